import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 53 (a53): "the 3rd of this month", "the 28th of last month" name a day, counted from publication's month as
// "this month" alone is. Every sentence here was written for this test.

describe('"the <ordinal> of this / last / next month" is a day', () => {
  it('this month', () => {
    const texts = ['The surveyor had measured the orchard on the 4th of this month and found the wall leaning.'];
    const ev = shortestAt('2015-09-17', texts, 'measured the orchard');
    expect([ev.date.start, ev.date.end ?? null]).toEqual(['2015-09-04', null]);
  });

  it('last month, across the turn of the year', () => {
    const texts = ['The choir last sang in the chapel on the 30th of last month.'];
    const ev = shortestAt('2016-01-08', texts, 'choir last sang');
    expect(ev.date.start).toBe('2015-12-30');
  });

  it('next month', () => {
    const texts = ['The ferry will resume its winter crossings on the 2nd of next month.'];
    const ev = shortestAt('2016-10-21', texts, 'ferry will resume');
    expect(ev.date.start).toBe('2016-11-02');
  });

  it('without publication\'s date, a guess near the writing, flagged', () => {
    const texts = ['The mill burned down in 2011. Its new wheel was turned for the first time on the 9th of last month.'];
    const ev = shortestNoPub(texts, 'new wheel');
    expect(ev.date.yearUncertain).toBe(true);
  });
});
