import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 50 (a50): a month that "will" governs a few words on is the next such month, not one just gone (nearPublication
// reads a tense as misread only when the words leave room for it). Every sentence here was written for this test.

const valueOf = (text: string, dct: string, words: string) => tagTimexes(text, { dct }).find((t) => t.text === words);

describe('"will" and its own predicate before a month', () => {
  it('is the month ahead, even one just gone before publication', () => {
    const text = 'Under the new rules, the depots will start closing in March and the last van will go in 2023.';
    expect(valueOf(text, '2021-05-10', 'March')?.value).toBe('2022-03');
  });

  it('a month in a clause "will" does not govern may still be the one just gone', () => {
    const text = 'The inquiry will say whether the depot closed in March.';
    expect(valueOf(text, '2021-05-10', 'March')?.value).toBe('2021-03');
  });
});
