import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53 (a53): a weekday made a noun's adjective after a season's name ("a winter Sunday market") or "usual /
// regular" names a kind of thing that comes round every week: not a day of the clause, and no habit of its verb, so the
// clause keeps the date it writes. Every sentence here was written for this test.

describe('a weekday naming a weekly kind of thing leaves the clause its own date', () => {
  it('after a season\'s name, a count of years goes on from the written year', () => {
    const texts = ['In 2011 the regulator told the operator to bring back a summer Saturday train it had dropped the previous year.'];
    expect(shortestAt('2018-09-12', texts, 'had dropped').date.start).toBe('2010');
    expect(shortestAt('2018-09-12', texts, 'In 2011').date.start).toBe('2011');
  });

  it('after "its usual", the clause is not made a habit', () => {
    const texts = ['In 2011 the parish restored its usual Sunday market.'];
    const ev = shortestAt('2018-09-12', texts, 'restored');
    expect(ev.date.start).toBe('2011');
  });
});
