import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 36 (d36): without a publication date, a month or day told as still to come ("will vote on Oct. 9", "is due to
// meet on May 4") lies after the article was written, so not in an older year written in another sentence: it takes
// the guessed year of writing (the latest the article writes) instead, flagged. Sentences written for this test.

describe('a date still to come after an older year written elsewhere', () => {
  it('a day in a later paragraph than the older year', () => {
    const texts = ['Work on the Kelby ring road began in 2016 and is running two months late.', 'The old toll bridge it replaces was built in 2013.', 'The council will vote on the final stretch on Oct. 9.'];
    expect(at(texts, 'will vote').date).toMatchObject({ start: '2016-10-09', yearUncertain: true, rule: 'month-day/latest-year-in-text' });
  });

  it('a month in the same paragraph as the older year', () => {
    const texts = ['Attendance at the Dorrow pool rose sharply in 2015.', 'The pool was last refitted in 2012. It will shut for repairs in March.'];
    expect(at(texts, 'shut for repairs').date).toMatchObject({ start: '2015-03', yearUncertain: true });
  });

  it('told as due, not with "will"', () => {
    const texts = ['Fares on the Sallow ferry went up twice in 2019.', 'The operator took over the route in 2017.', 'Its board is due to meet on May 4 to set the summer timetable.'];
    expect(at(texts, 'due to meet').date).toMatchObject({ start: '2019-05-04', yearUncertain: true });
  });

  it('a past date keeps the older year, and a year in the same sentence still wins', () => {
    const past = ['Attendance at the Dorrow pool rose sharply in 2015.', 'The pool was last refitted in 2012. It shut for repairs in March.'];
    expect(at(past, 'shut for repairs').date.start).toBe('2012-03');
    const same = ['Attendance at the Dorrow pool rose sharply in 2015.', 'The refit was approved in 2012 and work will begin in May.'];
    expect(at(same, 'work will begin').date.start).toBe('2012-05');
  });

  it('with a publication date nothing changes', () => {
    const texts = ['Work on the Kelby ring road began in 2016 and is running two months late.', 'The old toll bridge it replaces was built in 2013.', 'The council will vote on the final stretch on Oct. 9.'];
    expect(at(texts, 'will vote', '2017-09-20').date.start).toBe('2017-10-09');
  });
});
