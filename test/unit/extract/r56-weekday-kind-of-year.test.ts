import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56): a bare weekday opening a plural noun's phrase ("Friday night concerts", "Sunday markets") in a clause
// that writes its year names a kind of thing held every week; the year dates the clause, not a weekday near
// publication. Every sentence here was written for this test.

describe('a weekday made the adjective of a plural noun in a clause with its year', () => {
  it('with a part of the day, the year dates the clause', () => {
    const texts = ['Friday night concerts began in 1981 at the Ilvercote hall, and in June 1990 the hall sold out.'];
    const ev = shortestAt('2009-05-04', texts, 'concerts began');
    expect(ev.date.start).toBe('1981');
  });

  it('a bare weekday does the same', () => {
    const texts = ['Sunday markets started in 1990 on the quay at Harbinsly.'];
    const ev = shortestAt('2009-05-04', texts, 'markets started');
    expect(ev.date.start).toBe('1990');
  });

  it('after a determiner too', () => {
    const texts = ['The Monday morning briefings were introduced in 1995 by the new chief constable.'];
    const ev = shortestAt('2009-05-04', texts, 'briefings were introduced');
    expect(ev.date.start).toBe('1995');
  });

  it('with no year in the clause the weekday still dates it', () => {
    const texts = ['Tuesday night storms flooded the lower town at Kessingale.'];
    const ev = shortestAt('2009-05-04', texts, 'storms flooded');
    expect(ev.date.start).toBe('2009-04-28');
  });
});
