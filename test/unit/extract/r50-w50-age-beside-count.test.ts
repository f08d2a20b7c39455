import { describe, expect, it } from 'vitest';
import { ageYear, storyCountYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 50 (w50): without a publication date, a living age beside one birth year written may be another person's;
// a count from a written date to the story's day outweighs it. Sentences written for this test.

describe('r50-w50-age-beside-count: a story count outweighs an age that may be anyone\'s', () => {
  const story = [
    'The chain ferry across the Pellow estuary carried passengers again on Saturday, 22 years after it was laid up in the autumn of 1969.',
    'Among the first aboard was Hester Quaile, 86, who had made the last crossing as a schoolgirl.',
    'The ferry trust\'s chairman, who was born in 1930 in a cottage by the slipway, rang the bell as it left.',
  ];

  it('r50-w50-age-beside-count: the two clues disagree', () => {
    expect(storyCountYear(story)).toBe(1991);
    expect(ageYear(story)).toBe(2016);
  });

  it('r50-w50-age-beside-count: "22 years after ... 1969" puts the writing in 1991, not the age\'s 2016', () => {
    const e = at(story, 'carried passengers again');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('1991');
  });

  // With no count, the age still gives the year (a profile's "Mr Orrin, 62" beside "born in 1956").
  it('r50-w50-age-beside-count: an age alone still counts', () => {
    const profile = [
      'Hester Quaile, 86, made her last crossing on the chain ferry on Saturday.',
      'She was born in 1930 in a cottage by the slipway and has worked the ferry since 1974.',
    ];
    const e = at(profile, 'made her last crossing');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2016');
  });
});
