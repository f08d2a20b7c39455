import { describe, expect, it } from 'vitest';
import { weekdayWritingYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 36 (d36): without a publication date, a weekday written beside a yearless day and month ("on Tuesday, March
// 18") rules out the years in which that day falls on another weekday. When the latest year the article writes is
// ruled out, the writing year is guessed as the first later year that fits, always flagged. Sentences written for
// this test.

describe('the writing year from weekdays beside yearless days', () => {
  it('moves past a latest written year that the weekday rules out', () => {
    // March 18 is a Friday in 2011, a Tuesday in 2014.
    expect(weekdayWritingYear(2011, ['The hearing opened on Tuesday, March 18, and the mill had closed in 2011.'])).toBe(2014);
    // "Oct. 4, a Monday": 2010 is the first year from 2008 in which it is.
    expect(weekdayWritingYear(2008, ['The vote was held on Oct. 4, a Monday, two years after the 2008 flood.'])).toBe(2010);
    // Day before month, British style: March 14 is a Friday in 2014.
    expect(weekdayWritingYear(2011, ['Crews were called out on Friday 14 March to the quarry, which was sold in 2011.'])).toBe(2014);
  });

  it('keeps the guess when every such day fits it', () => {
    expect(weekdayWritingYear(2010, ['The bridge shut on Monday, Oct. 4, and had last been repainted in 2010.'])).toBe(2010);
    // Told as still to come: April 1 is a Saturday in 2017, the year after the guess.
    expect(weekdayWritingYear(2016, ['The tower, restored in 2016, will open to walkers on Saturday, April 1.'])).toBe(2016);
    // Across the turn of the year: Dec. 30 was a Friday in 2011, just before a story in 2012.
    expect(weekdayWritingYear(2012, ['The pipes froze on Friday, Dec. 30, the worst cold since the winter of 2012 began.'])).toBe(2012);
  });

  it('leaves out a day with its year written, and keeps the guess when nothing fits', () => {
    expect(weekdayWritingYear(2011, ['The plant opened on Tuesday, March 18, 2008, and expanded in 2011.'])).toBe(2011);
    expect(weekdayWritingYear(2011, ['No weekday is written here, only the year 2011.'])).toBe(2011);
    // February 30 never comes round.
    expect(weekdayWritingYear(2011, ['It was due on Monday, February 30, in 2011.'])).toBe(2011);
  });

  it('a yearless month before any year written takes the fitted year, flagged', () => {
    const texts = [
      'The Dunmere swimming baths will close for good after councillors voted in February to sell the site.',
      'The decision was confirmed at a meeting on Tuesday, March 18, when the sale to a housing trust was approved.',
      'The baths opened in 1936 and were last refitted in 2011.',
    ];
    expect(at(texts, 'voted in February').date).toMatchObject({ start: '2014-02', yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    const texts = [
      'The Dunmere swimming baths will close for good after councillors voted in February to sell the site.',
      'The decision was confirmed at a meeting on Tuesday, March 18, when the sale to a housing trust was approved.',
      'The baths opened in 1936 and were last refitted in 2011.',
    ];
    expect(at(texts, 'voted in February', '2012-04-02').date.start).toBe('2012-02');
  });
});
