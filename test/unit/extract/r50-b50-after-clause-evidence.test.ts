import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 50 (b50): a clause only bounded by a dated subordinate happening ("rebuilt after a gale in 1974") leaves the
// happening's words to the happening's own event (sentences written for this test).

const PUB = '2024-06-20';
const quotes = (t: string) => events(PUB, t).map((e) => ({ q: quoteOf(e, [t]), e }));

describe('r50-b50-after-clause-evidence: the bounded clause does not hold its subordinate happening', () => {
  it('a closing "after" phrase is the happening\'s evidence alone', () => {
    const got = quotes('The chapel roof was mended after a gale in the autumn of 1974.');
    const main = got.find((x) => x.q.includes('chapel roof'))!;
    expect(main.e.date.mod).toBe('after');
    expect(main.q).toBe('The chapel roof was mended');
    const gale = got.filter((x) => x.q.includes('gale'));
    expect(gale).toHaveLength(1);
    expect(gale[0].e.date.mod).toBeUndefined();
    expect(gale[0].e.date.start).toBe('1974-09');
  });

  it('an opening "after" clause is cut off the front of the clause it bounds', () => {
    const got = quotes('After a landslide in March 2003 blocked the valley road, the county built a new bridge.');
    expect(got.find((x) => x.q.includes('new bridge'))!.q).toBe('the county built a new bridge.');
    expect(got.filter((x) => x.q.includes('landslide')).map((x) => x.e.date.start)).toEqual(['2003-03']);
  });

  it('a "before" bound does the same', () => {
    const got = quotes('The quarry was fenced off before a storm in January 1990.');
    expect(got.find((x) => x.q.includes('quarry'))!.q).toBe('The quarry was fenced off');
  });

  it('a "since" stretch keeps the phrase it runs from', () => {
    const got = quotes('The bakery on Mill Lane has been shut since a fire in May.');
    const stretch = got.find((x) => x.e.date.end === PUB)!;
    expect(stretch.q).toContain('since a fire in May');
  });

  it('so does one told in the past perfect, placed after the clause is read', () => {
    const t = ['Mr Pellow died at home on Tuesday. He was 90, and had been frail since a stroke in March.'];
    const got = events(PUB, ...t).map((e) => quoteOf(e, t));
    expect(got.some((q) => q.includes('had been frail since a stroke in March'))).toBe(true);
  });

  it('a clause counted from the happening ("the week after") keeps the words its count needs', () => {
    const t = 'She served at the mill for 28 years, beginning the week after she finished college and stepping down in 1991.';
    for (const x of quotes(t)) expect(x.q.endsWith('the week')).toBe(false);
  });
});
