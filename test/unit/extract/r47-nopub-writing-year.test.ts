import { describe, expect, it } from 'vitest';
import { obituaryYear, weekdayWritingYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 47 (w47): without a publication date, readings of the text that place the year of writing. Sentences written
// for this test.

describe('r47-weekday-named-year: a weekday and day whose sentence says "next year" or "last year"', () => {
  it('r47-weekday-named-year: "Next year\'s regatta … on Monday, Aug. 17" puts the writing in the year before that Monday', () => {
    // Aug. 17 is a Monday in 2020: the regatta is next year's, so the writing is 2019, not 2020.
    const text = ['The Tarnby sailing club last won the coastal cup in 2017.', "Next year's regatta will begin on Monday, Aug. 17, with a race round the lighthouse."];
    expect(weekdayWritingYear(2017, text)).toBe(2019);
  });

  it('r47-weekday-named-year: "Last year\'s fair … on Saturday, June 3" puts the writing in the year after that Saturday', () => {
    // June 3 is a Saturday in 2017.
    expect(weekdayWritingYear(2015, ["Last year's cheese fair opened on Saturday, June 3, in a marquee on the green."])).toBe(2018);
  });

  it('r47-weekday-named-year: a possessive inside the sentence dates another thing, not the day', () => {
    // The hearing is on Monday, Aug. 17 (2020); the fees are next year's.
    const text = ['The harbour board, formed in 2020, will hear objections to next year\'s mooring fees on Monday, Aug. 17.'];
    expect(weekdayWritingYear(2020, text)).toBe(2020);
  });
});

describe('r47-obituary-survivor-age: in an obituary an age told as now is a survivor\'s', () => {
  it('r47-obituary-survivor-age: a brother\'s age does not move the year past the one the age at death gives', () => {
    const text = [
      'Wilfred Ambry, who kept the lock at Pennow for forty years, died on Tuesday. He was 90.',
      'Born in 1920 at the lock cottage, he took over from his father in 1951.',
      'He is survived by a brother, Cyril, 96, and by two nieces.',
    ];
    // 1920 + 90, and one more with no day of death after a birthday: 2011, not 1920 + 96.
    expect(at(text, 'died on Tuesday').date).toMatchObject({ yearUncertain: true });
    expect(at(text, 'died on Tuesday').date?.start.slice(0, 4)).toBe('2011');
  });
});

describe('r47-obituary-past-month: a yearless month told as past in an obituary is of the year of death', () => {
  const life = ['Hester Quell, who bound books for the cathedral library, died at home on Friday. She was 84.', 'Quell was born in 1930 in a tanner\'s cottage at Limmock.'];

  it('r47-obituary-past-month: weeks in hospital in October, told further on, put the death after a birthday', () => {
    const text = [...life, 'She finished her last binding in 1999.', 'Her nephew said she had spent a fortnight in hospital in October and had asked to come home.'];
    expect(obituaryYear(text)).toBe(2014);
  });

  it('r47-obituary-past-month: not a month of last year, nor one in a sentence that writes its year', () => {
    expect(obituaryYear([...life, 'Her nephew said she had spent a fortnight in hospital in October of last year.'])).toBe(2015);
    expect(obituaryYear([...life, 'She bound a psalter in October, the last she finished, in 1999.'])).toBe(2015);
    // "That October" is the October of a year told before it.
    expect(obituaryYear([...life, 'She went to work for the diocese in 1951.', 'That October, she bound her first missal.'])).toBe(2015);
  });
});
