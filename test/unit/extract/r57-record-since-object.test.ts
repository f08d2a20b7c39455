import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 57 (a57): a record that is a verb's object ("will hand out its first bonus since 2003 on June 12"), not set off
// by a comma, a copula or "for": when another date of the clause dates the clause's event, the year after "since" is
// the last time the same happened, an event of its own. Every sentence here was written for this test.

describe('a record as an object, beside the clause\'s own date', () => {
  const texts = ['The Tarrowby brewery will hand out its first staff bonus since 2003 on June 12, the owners said.'];

  it('the last bonus is an event of its own, in the year after "since"', () => {
    const ev = shortestAt('2010-03-01', texts, 'first staff bonus since 2003');
    expect(ev.date.start).toBe('2003');
    expect(ev.date.mod).toBeUndefined();
    expect(ev.date.rule).toMatch(/record-since$/);
  });

  it('the clause keeps its own day', () => {
    const all = events('2010-03-01', ...texts);
    const day = all.find((e) => quoteOf(e, texts).includes('will hand out'));
    expect(day?.date.start).toBe('2010-06-12');
  });

  it('alone in its clause, the record is still the clause\'s bound', () => {
    const alone = ['The Tarrowby brewery has paid its first staff bonus since 2003.'];
    const all = events('2010-03-01', ...alone);
    expect(all.some((e) => e.date.rule?.endsWith('record-since'))).toBe(false);
  });
});
