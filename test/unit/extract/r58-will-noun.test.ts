import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../shared/extract/tense';
import { writtenYears } from '../../../shared/extract/text-years';

// Round 58 (w58): "will" after a determiner or possessive is the noun (a testament), not the modal: "contested the
// will in the summer of 2011" tells of a past act, and its year is a year told as past. Sentences written for this test.

const at = (sentence: string, words: string): number => sentence.indexOf(words);

describe('r58-will-noun: a determiner before "will" makes it a noun', () => {
  it('r58-will-noun: the year after "the will" is past', () => {
    const s = 'The Dorrance cousins contested the will in the summer of 2011, saying their aunt had been confused.';
    expect(tenseAt(s, at(s, 'the summer'))).toBe('past');
  });

  it('r58-will-noun: a possessive before it too', () => {
    const s = 'Her will was read to the family in March 1998.';
    expect(tenseAt(s, at(s, 'March'))).not.toBe('future');
  });

  it('r58-will-noun: the modal keeps its future', () => {
    const s = 'The Quillam trustees will contest the ruling in March.';
    expect(tenseAt(s, at(s, 'March'))).toBe('future');
  });

  it('r58-will-noun: without the date, the year is a past one the guess can rest on', () => {
    const texts = ['The Harbrey mill closed in 2008.', 'Three cousins contested the will in the summer of 2011, and the hearing ended on Tuesday.'];
    expect(writtenYears(texts).latest).toBe(2011);
  });
});
