import { describe, expect, it } from 'vitest';
import { countWords, parseCount, PART_OF_DAY_ALTS, SEASON_ALTS, SEASONS, WAKING_PART_ALTS } from '../../../shared/extract/lexicon';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 47: word lists several patterns spelled out each for themselves are read from lexicon.ts (the counts in words,
// the seasons, the parts of the day), and the holiday rules' cue is the holiday names themselves. These show the
// lists hold what the patterns read, and that the rules built from them still find what they found.

const DCT = { dct: '2024-03-05' } as never;
const tagged = (sentence: string) => tagTimexes(sentence, DCT).map((t) => [t.text, t.value]);

describe('r47-shared-lists: the lists in lexicon.ts', () => {
  it('r47-shared-lists: countWords spells the counts it is asked for, in order, each the count it names', () => {
    const words = countWords(2, 12).split('|');
    expect(words).toHaveLength(11);
    words.forEach((w, i) => expect(parseCount(w)).toBe(i + 2));
    expect(countWords(1, 1)).toBe('one');
  });

  it('r47-shared-lists: SEASON_ALTS are the season words SEASONS codes, "fall" and "autumn" both', () => {
    expect(SEASON_ALTS.split('|').sort()).toEqual(Object.keys(SEASONS).sort());
    expect(SEASON_ALTS.split('|')).toEqual(expect.arrayContaining(['fall', 'autumn']));
  });

  it('r47-shared-lists: the parts of the day are the waking three and "night"', () => {
    expect(WAKING_PART_ALTS.split('|')).toEqual(['morning', 'afternoon', 'evening']);
    expect(PART_OF_DAY_ALTS.split('|')).toEqual(['morning', 'afternoon', 'evening', 'night']);
  });
});

describe('r47-shared-lists: the rules built from them', () => {
  it('r47-shared-lists: holidays the old cue found only by a part of their name are still found ("Whitsunday", "Pancake Day")', () => {
    expect(tagged('The fair was rained off on Whitsunday 2019.')).toContainEqual(['Whitsunday 2019', '2019-06-09']);
    expect(tagged('Stalls sold out on Pancake Day 2019.')).toContainEqual(['Pancake Day 2019', '2019-03-05']);
  });

  it('r47-shared-lists: a count of months read from countWords ("the first eleven months of 2023")', () => {
    expect(tagged('Takings rose over the first eleven months of 2023.')).toContainEqual(['the first eleven months of 2023', '2023']);
  });

  it('r47-shared-lists: a weekday\'s part of the day as a habit ("Tuesday evenings") and a season with its year', () => {
    expect(tagged('The café opens on Tuesday evenings.')).toContainEqual(['Tuesday evenings', 'XXXX-WXX-2TEV']);
    expect(tagged('The hall was let for the autumn of 2015.')).toContainEqual(['the autumn of 2015', '2015-FA']);
  });
});
