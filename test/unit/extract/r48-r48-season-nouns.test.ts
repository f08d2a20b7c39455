import { describe, expect, it } from 'vitest';
import { SEASON_ALTS, SEASON_NOUN_ALTS, SEASON_NOUN_PLURAL_ALTS } from '../../../shared/extract/lexicon';

// Round 48 (r48): the season words that are never a verb, shared from lexicon.ts where patterns spelled them out
// ("fall" left out, as in "prices fall"). Every word here was written for this test.

describe('r48-season-nouns: the season words but "fall", and their plurals', () => {
  it('are the season words less "fall", in their order', () => {
    expect(SEASON_NOUN_ALTS).toBe('spring|summer|autumn|winter');
    expect(SEASON_ALTS.split('|').filter((w) => !SEASON_NOUN_ALTS.split('|').includes(w))).toEqual(['fall']);
  });

  it('give the plurals of the same words', () => {
    expect(SEASON_NOUN_PLURAL_ALTS).toBe('springs|summers|autumns|winters');
  });

  it('read a season and leave the verb', () => {
    const season = new RegExp(`^(?:${SEASON_NOUN_ALTS})$`, 'i');
    expect(['Winter', 'spring', 'AUTUMN', 'summer'].every((w) => season.test(w))).toBe(true);
    expect(season.test('fall')).toBe(false);
    expect(new RegExp(`\\b(?:${SEASON_NOUN_PLURAL_ALTS})\\b`).exec('after three winters of drought')?.[0]).toBe('winters');
  });
});
