import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): what "has been booked (reserved, hired) until" a time is kept to a time still ahead, as a grant in
// the present perfect is. Every sentence here was written for this test.

describe('a booking until a time', () => {
  it('runs to the coming end of the month', () => {
    const texts = ['The choir thanked the rector for the Drubwell room, which has been hired until the end of November.'];
    const e = events('2012-09-10', ...texts).find((x) => quoteOf(x, texts).includes('end of November'));
    // From the booking, told now, up to that month's end (worst59: the present-perfect grant runs from publication).
    expect([e?.date.start, e?.date.end]).toEqual(['2012-09-10', '2012-11']);
  });

  it('a stay that is over is left in the past', () => {
    const texts = ['The Cragwold barge stayed in the dock until the end of March.'];
    const e = events('2012-09-10', ...texts).find((x) => quoteOf(x, texts).includes('end of March'));
    expect(e?.date.start).toBe('2012-03');
  });
});
