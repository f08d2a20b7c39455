import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): the year written after a month's part of the day ("on an October afternoon in 1988") is that month's own,
// no coarser date the story steps back to: a day counted on from it is a day of that month. Every sentence here was
// written for this test.

describe('the year after a month and its part of the day keeps the month in focus', () => {
  it('a day counted on from a month given with its part of the day is a day of that month', () => {
    const texts = ['On an October afternoon in 1988 a water main burst beneath the market square. A contractor sealed the pipe the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'sealed the pipe');
    expect(ev.date.start).toBe('1988-10');
  });
});
