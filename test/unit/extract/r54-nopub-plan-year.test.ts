import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 54 (w54): without a publication date, a text that says "last year" beside its latest past year is guessed to
// be written two years after that year, unless that later year is one the text writes as still ahead (a writer in the
// year of a plan calls it "this year"). That now holds for any year written as ahead, not only the latest plan's.
// Sentences written for this test.

const story = (plans: string) => [
  'The Felbrook ferry trust voted on Monday to sell its two oldest boats.',
  'Talks on the sale began in November 2031, and a first offer was turned down last year.',
  plans,
];

describe('r54-nopub-plan-year: a plan for the year after next keeps the writing in the year after the latest past year', () => {
  it('r54-nopub-plan-year: "by the end of 2033" beside a later plan for 2034 puts the writing in 2032', () => {
    const e = at(story('The boats will leave the slipway by the end of 2033, and a new ferry will enter service in the summer of 2034.'), 'voted on Monday');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2032');
  });

  it('r54-nopub-plan-year: a plan only for a later year leaves the writing two years on', () => {
    const e = at(story('A new ferry will enter service in the summer of 2035.'), 'voted on Monday');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2033');
  });
});
