import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 50 (a50): a past day told without its year in the sentence right after one that set the story at a month of
// the year before publication's ("in May last year"), within weeks after that month, goes on with that story: the
// story's year, flagged as a guess. Every sentence here was written for this test.

const valueOf = (text: string, dct: string, words: string) => tagTimexes(text, { dct }).find((t) => t.text === words);

describe('a yearless past day right after a month of last year', () => {
  it('takes last year, as a guess, and what follows goes on from it', () => {
    const text = 'The leak in the boiler room was found in May last year by a caretaker. The site manager quit on 2 June. Inspectors came back that July and the school was shut in the winter.';
    const day = valueOf(text, '2020-11-05', '2 June');
    expect(day?.value).toBe('2019-06-02');
    expect(day?.yearUncertain).toBe(true);
    expect(valueOf(text, '2020-11-05', 'that July')?.value).toBe('2019-07');
  });

  it('not a day months after that month, nor one after a month told a paragraph back', () => {
    const far = 'The leak in the boiler room was found in May last year by a caretaker. The site manager quit on 20 September.';
    expect(valueOf(far, '2020-11-05', '20 September')?.value).toBe('2020-09-20');
    const apart = 'The leak in the boiler room was found in May last year by a caretaker.\n\nThe site manager quit on 2 June.';
    expect(valueOf(apart, '2020-11-05', '2 June')?.value).toBe('2020-06-02');
  });
});
