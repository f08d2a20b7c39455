import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56): an infinitive on the object noun of a plain past verb ("rejected a bid to ...") says what the noun
// was for; a date closing it dates the past act, not something still to come. A deadline ("by Christmas") or a verb
// that looks forward ("asked the board to ...") still points ahead. Every sentence here was written for this test.

describe('a date closing an infinitive on a past verb\'s object', () => {
  it('a month is the one just gone', () => {
    const texts = ['The planning board turned down a request to list the old Barrowdene mill in September.'];
    const ev = shortestAt('2009-11-24', texts, 'turned down a request');
    expect(ev.date.start).toBe('2009-09');
    expect(ev.date.yearUncertain ?? false).toBe(false);
  });

  it('a weekday is the one before publication', () => {
    const texts = ['The trustees rejected an offer to buy the pavilion on Thursday.'];
    const ev = shortestAt('2009-11-24', texts, 'rejected an offer');
    expect(ev.date.start).toBe('2009-11-19');
  });

  it('a deadline still points ahead', () => {
    const texts = ['The choir launched an appeal to raise £5,000 by Christmas.'];
    const ev = shortestAt('2009-11-24', texts, 'launched an appeal');
    expect(ev.date.start).toBe('2009-12-25');
  });

  it('a verb that looks forward still points ahead', () => {
    const texts = ['The tenants asked the landlord to mend the roof on Thursday.'];
    const ev = shortestAt('2009-11-24', texts, 'mend the roof');
    expect(ev.date.start).toBe('2009-11-26');
  });
});
