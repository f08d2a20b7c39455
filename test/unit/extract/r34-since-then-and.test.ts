import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 34 (c34): "since then" or "ever since" closes its clause, so a bare "and" right after it (no comma) before a
// subject of its own opens a second clause, with its own tense and date, as ", and" already did. The date of the second
// is not the first's. Every sentence here was written for this test.

const PUB = '2021-06-01';

function dated(texts: string[], words: string): string[] {
  return events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes(words)).map((e) => e.date.start);
}

describe('"since then … and …" with no comma', () => {
  it('"Sales have doubled since then and the owners expect … by Christmas": Christmas dates only the plan', () => {
    const texts = ['The bakery opened in 2015.', 'Sales have doubled since then and the owners expect to open a second shop by Christmas.'];
    const evs = events(PUB, ...texts);
    const plan = evs.find((e) => quoteOf(e, texts).includes('second shop'))!;
    expect(quoteOf(plan, texts)).not.toContain('Sales');
    expect(plan.date.start).toBe('2021-12-25');
    const sales = evs.find((e) => quoteOf(e, texts).includes('Sales have doubled'));
    expect(sales).toBeDefined();
    expect(sales!.date.start).not.toBe('2021-12-25');
  });

  it('"has grown ever since and the club plans to build a hall next year": next year is the plan\'s', () => {
    const texts = ['The club was founded in 1990.', 'Membership has grown ever since and the club plans to build a new hall next year.'];
    expect(dated(texts, 'new hall')).toEqual(['2022']);
    expect(dated(texts, 'Membership has grown')).not.toContain('2022');
  });

  it('"has shrunk since then and its last shop will shut in March": March is the shop\'s only', () => {
    const texts = ['The mine closed in 1986.', 'The village has shrunk since then and its last shop will shut in March.'];
    const shop = events(PUB, ...texts).find((e) => quoteOf(e, texts).includes('last shop'))!;
    expect(quoteOf(shop, texts)).not.toContain('village has shrunk');
  });

  it('"since" before a date is no such closing: "has run the farm since 2003 and the trust …" keeps 2003 with its clause', () => {
    const texts = ['She has run the farm since 2003 and the trust will review the lease in March.'];
    const farm = events(PUB, ...texts).find((e) => quoteOf(e, texts).includes('run the farm'))!;
    expect(farm.date.start).toBe('2003');
  });
});
