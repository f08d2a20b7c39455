import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 54 (w54): without a publication date, a month, a day, a season or a holiday with "this year", "next year",
// "last year" or "N years ago" after it is counted from the guessed year of writing, flagged, as "last March" already
// was, not put in a year written in another clause or left undated. Not when the guess was itself put two years past
// the latest year written because the text says "last year": that guess is only a least year. The texts here write
// 2035 as their latest year, so the year of writing is guessed as 2035. Every sentence was written for this test.

const story = (second: string) => [
  'The Ostrey rowing club opened its new boathouse on the river in 2035, after six years of fundraising.',
  second,
  'The club\'s captain, Maelle Garvock, said the crews would race again at the spring regatta.',
];

describe('r54-nopub-relative-year: a date with "this year", "next year" or "years ago" counts from the guessed year', () => {
  it('r54-nopub-relative-year: "on 9 March two years ago" is that day two years before the guess, flagged', () => {
    const e = at(story('Its slipway was poured on 9 March two years ago by a builder from the coast.'), 'slipway was poured');
    expect(e.date).toMatchObject({ start: '2033-03-09', yearUncertain: true });
  });

  it('r54-nopub-relative-year: "in October next year" is the month a year after the guess, flagged', () => {
    const e = at(story('Its second floor will be finished in October next year.'), 'second floor will be finished');
    expect(e.date).toMatchObject({ start: '2036-10', yearUncertain: true });
  });

  it('r54-nopub-relative-year: "in June two years ago" counts back two years from the guess, flagged', () => {
    const e = at(story('The first bricks were laid in June two years ago.'), 'first bricks were laid');
    expect(e.date).toMatchObject({ start: '2033-06', yearUncertain: true });
  });

  it('r54-nopub-relative-year: "in the spring three years ago" is that season three years before the guess, flagged', () => {
    const e = at(story('Its pontoons were towed upriver in the spring three years ago.'), 'pontoons were towed');
    expect(e.date).toMatchObject({ start: '2032-03', end: '2032-05', yearUncertain: true });
  });

  it('r54-nopub-relative-year: "on Easter Monday this year" is that holiday of the guessed year, flagged', () => {
    const e = at(story('Its doors were painted blue on Easter Monday this year by the junior crews.'), 'doors were painted');
    expect(e.date).toMatchObject({ start: '2035-03-26', yearUncertain: true });
  });

  it('r54-nopub-relative-year: "last year" when no year past the written one is guessed from it', () => {
    const texts = [
      'The Ostrey rowing club will open a new boathouse on the river in 2036, after six years of fundraising.',
      'Its slipway was poured on 9 March last year by a builder from the coast.',
    ];
    const e = at(texts, 'slipway was poured');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2035-03-09');
  });

  it('r54-nopub-relative-year: with the publication date the words still count from it', () => {
    const e = at(story('Its second floor will be finished in October next year.'), 'second floor will be finished', '2038-02-11');
    expect(e.date?.start).toBe('2039-10');
    expect(e.date?.yearUncertain).toBeUndefined();
  });
});
