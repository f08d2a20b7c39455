import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (b54): "a three-year deal that runs through Feb. 28, 2018" is that length ending on the date, not a stretch
// from publication. Every sentence here was written for this test.

describe('a thing of a told length that runs until a day', () => {
  it('starts that length before the day', () => {
    const texts = ['The ferry crews voted on Tuesday to accept a three-year deal that runs through Feb. 28, 2018, ending a strike.'];
    const ev = shortestAt('2015-03-10', texts, 'three-year deal');
    expect(ev.date.start).toBe('2015-03-01');
    expect(ev.date.end).toBe('2018-02-28');
  });

  it('days count both ends in', () => {
    const texts = ['The library is holding a ten-day book sale which will last until June 20.'];
    const ev = shortestAt('2019-06-01', texts, 'book sale');
    expect(ev.date.start).toBe('2019-06-11');
    expect(ev.date.end).toBe('2019-06-20');
  });
});
