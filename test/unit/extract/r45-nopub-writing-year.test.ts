import { describe, expect, it } from 'vitest';
import { obituaryYear, weekdayWritingYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 45 (w45): without a publication date, the guess at the year of writing. Sentences written for this test.

describe('r45-plan-weekday-year: a plan dated with its weekday lies months ahead, not most of two years', () => {
  // Nov. 30 is a Sunday in 2014 and a Monday in 2015; the months told as past (January, February) put the writing
  // early in its year.
  const plan = [
    'A meeting on the route of the Ardley bypass will be held at the town hall on Monday, Nov. 30.',
    'The road went to a public inquiry in January, and the inspector reported in February.',
    'It was first called for in 2014.',
  ];

  it('r45-plan-weekday-year: a plan that fits only the year after the guess, far past the months told, moves the guess', () => {
    expect(weekdayWritingYear(2014, plan)).toBe(2015);
    expect(at(plan, 'inspector reported in February').date).toMatchObject({ start: '2015-02', yearUncertain: true });
  });

  it('r45-plan-weekday-year: a plan just past the turn of the year, or with no month of writing to weigh, keeps the guess', () => {
    // Told in November and December: April 1, a Saturday in 2017, is four months on.
    const soon = ['The pier, restored in 2016, was inspected in November and repainted in December.', 'It will open to walkers on Saturday, April 1.'];
    expect(weekdayWritingYear(2016, soon)).toBe(2016);
    expect(weekdayWritingYear(2016, ['The pier, restored in 2016, will open to walkers on Saturday, April 1.'])).toBe(2016);
  });
});

describe('r45-obituary-birthday: the month of birth and of death, read a sentence further', () => {
  const death = ['Ingrid Saltmarsh, who compiled the Fenwold place-name survey, died on Sunday at her home in Tarrow. She was 88.', 'Her daughter said she had been in hospital since a fall in July.'];

  it('r45-obituary-birthday: a birthday kept in a written month and year gives the month of birth', () => {
    // Born in 1912, in March (1972 less sixty); the fall in July is after it, so she was 88 in 2000, not 2001.
    expect(obituaryYear([...death, 'Saltmarsh was born in 1912 in Wick End. She retired on her sixtieth birthday, in March 1972.'])).toBe(2000);
    // With no month of birth and a death told after a fall in February, the birthday may not have come round: the later
    // year (round 46 reads a fall in July, past mid-year, as after a birthday not written).
    expect(obituaryYear([death[0], 'Her daughter said she had been in hospital since a fall in February.', 'Saltmarsh was born in 1912 in Wick End. She retired in 1972.'])).toBe(2001);
  });

  it('r45-obituary-birthday: after a sentence giving only the age, the next one may date the death', () => {
    expect(obituaryYear([...death, 'Saltmarsh was born in March 1912 in Wick End.'])).toBe(2000);
    // A birthday in November is not yet past in July: 88 years after 1912, and one more.
    expect(obituaryYear([...death, 'Saltmarsh was born in November 1912 in Wick End.'])).toBe(2001);
  });
});
