import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (b55): a date left alone after an undated relative aside ("…, which cost £4 million, on Tuesday") dates the
// predicate before the aside. Every sentence here was written for this test.

describe('a date after an undated aside', () => {
  it('dates the predicate before the aside', () => {
    const texts = ['The mayor opened the new footbridge, which cost £4 million, on Tuesday.'];
    const ev = shortestAt('2016-11-26', texts, 'opened the new footbridge');
    expect(ev.date.start).toBe('2016-11-22');
  });

  it('dates only the conjunct after "and" when the words before hold their own day', () => {
    const texts = ['The portrait was packed into a crate on Thursday and carried to the strongroom, which is kept dark all year, on Friday morning.'];
    const ev = shortestAt('2016-11-26', texts, 'carried to the strongroom');
    expect(ev.date.start).toBe('2016-11-25');
    const first = shortestAt('2016-11-26', texts, 'packed into a crate');
    expect(first.date.start).toBe('2016-11-24');
  });
});
