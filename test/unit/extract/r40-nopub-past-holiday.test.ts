import { describe, expect, it } from 'vitest';
import { nopub, shortestNoPub as at } from './event-lookup';

// Round 40 (w40): without a publication date, a holiday told as past with no year of its own sentence got no date at
// all (the clause fell back to "before publication"). It now takes the guessed year of writing (the latest year the
// article writes): a holiday of the first half of the year has more likely come round by the unknown day of writing,
// one of the second half (Christmas, Boxing Day, New Year's Eve) more likely not, so it is the year before's. Always
// flagged. A year of an earlier sentence of the holiday's paragraph still comes first. Sentences written for this test.

describe('a past holiday without a year, and no publication date', () => {
  it('"on Good Friday" takes the guessed year of writing, flagged', () => {
    const texts = [
      'The Hollin Street tea rooms were bought by the Varley family in 2014.',
      'Their new owners reopened the doors to the public on Good Friday after a winter of repairs.',
    ];
    // Good Friday 2014 fell on April 18.
    expect(at(texts, 'reopened the doors').date).toMatchObject({ start: '2014-04-18', yearUncertain: true });
  });

  it('"on Boxing Day", a day late in the year, is the year before\'s', () => {
    const texts = [
      'The Hollin Street tea rooms were bought by the Varley family in 2014.',
      'A burst pipe flooded the kitchen on Boxing Day, and the staff spent a week drying the floor.',
    ];
    expect(at(texts, 'A burst pipe flooded').date).toMatchObject({ start: '2013-12-26', yearUncertain: true });
  });

  it('"last Christmas Eve" too', () => {
    const texts = ['The choir was founded in 2009 by a retired organist.', 'Last Christmas Eve it sang carols at the station until midnight.'];
    expect(at(texts, 'sang carols').date).toMatchObject({ start: '2008-12-24', yearUncertain: true });
  });

  it('a year written in an earlier sentence of its paragraph comes first', () => {
    const texts = [
      'The choir was founded in 2009 by a retired organist.',
      'The flu came in the spring of 1998. Rehearsals were stopped from Easter until the end of May.',
    ];
    // Easter 1998 fell on April 12.
    expect(at(texts, 'Rehearsals were stopped').date).toMatchObject({ start: '1998-04-12', yearUncertain: true });
  });

  it('a holiday still to come gets no such guess; the same words told as past do', () => {
    const texts = ['The choir was founded in 2009 by a retired organist.', 'It will sing carols at the station on Christmas Eve.'];
    expect(nopub(...texts).filter((e) => /past\/writing-year/.test(e.date.rule ?? ''))).toEqual([]);
    // Round 44 (b44) reads it the other way round instead (r44-holiday-ahead): a day late in the year, still to come,
    // in the guessed year of writing, flagged.
    expect(nopub(...texts).find((e) => /future\/writing-year/.test(e.date.rule ?? ''))?.date).toMatchObject({ start: '2009-12-24', yearUncertain: true });
    // Told as past, the same words give the day.
    const past = ['The choir was founded in 2009 by a retired organist.', 'It sang carols at the station on Christmas Eve.'];
    expect(nopub(...past).some((e) => /writing-year/.test(e.date.rule ?? ''))).toBe(true);
  });
});
