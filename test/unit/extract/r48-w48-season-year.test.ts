import { describe, expect, it } from 'vitest';
import { monthOfYearTold } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 48 (w48): news names a season's year, as a month's, only when it is not the year of writing: "in the summer
// of 2009" is told from a later year; in 2009 itself it reads "this summer" or "in the summer". So without a
// publication date a latest written year told as past with a season (not winter, whose months run into the next
// year) is guessed, as one told with a month, to be the year before the story's. Sentences written for this test.

describe('a latest year written with its season is told from a later year', () => {
  it('finds the season written with the latest year, told as past, as its first month', () => {
    expect(monthOfYearTold(2009, ['The old pier at Wendle Sands was painted in the summer of 2009 by a team of volunteers.'])).toBe(6);
    expect(monthOfYearTold(1987, ['Autumn 1987 brought the worst gales the orchard had known, the grower said.'])).toBe(9);
    expect(monthOfYearTold(2011, ['The choir first sang in the abbey in spring 2011 and has returned every year.'])).toBe(3);
  });

  it('not for winter, nor a plan', () => {
    expect(monthOfYearTold(2009, ['The canal froze solid in the winter of 2009, and skaters came from miles around.'])).toBeNull();
    expect(monthOfYearTold(2031, ['The trust says the new ferry will be launched in the spring of 2031, a year late.'])).toBeNull();
  });

  it('a yearless month then falls in the year after the season named with its year, flagged', () => {
    const texts = [
      'Volunteers finished repainting the bandstand on Otterby green in April, and the first concert will be held there in June.',
      'Its roof was blown off in a gale in the autumn of 2013, the parish council said.',
      'The bandstand was built in 1902.',
    ];
    expect(at(texts, 'Volunteers finished').date).toMatchObject({ start: '2014-04', yearUncertain: true });
  });
});
