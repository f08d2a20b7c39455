import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): the year written after a month's part of the day ("on a March evening in 1974") is that month's own,
// no coarser date the story steps back to: a day counted on from it is a day of that month. Every sentence here was
// written for this test.

describe('the year after a month and its part of the day keeps the month in focus', () => {
  it('a day counted on from a month given with its part of the day is a day of that month', () => {
    const texts = ['On a March evening in 1974 a ferry lost its rudder off the point. The lifeboat crew towed it into harbour the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'towed it into harbour');
    expect(ev.date.start).toBe('1974-03');
  });
});
