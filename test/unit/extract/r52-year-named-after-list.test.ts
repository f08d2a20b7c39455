import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 52 (a52): a year counted from publication by the words after the last of a list of months ("in April and May
// last year") belongs to every month of the list, as a written year does ("in April and May 2009"). Every sentence
// here was written for this test.

const tag = (text: string, dct: string) => tagTimexes(text, { dct });

describe('a list of months closed by a year counted from publication', () => {
  it('gives "last year" to the month before it', () => {
    const t = tag('The choir rehearsed in the old chapel in April and May last year, its leader said.', '2012-09-03').find((x) => x.text === 'April');
    expect(t?.value).toBe('2011-04');
  });

  it('passes the year along a longer list', () => {
    const all = tag('Volunteers cleared the canal towpath in March, April and June two years ago.', '2012-09-03');
    expect(all.find((x) => x.text === 'March')?.value).toBe('2010-03');
    expect(all.find((x) => x.text === 'April')?.value).toBe('2010-04');
  });

  it('keeps "this year" for the months it closes', () => {
    const t = tag('The bakery sold its rye loaves in January and February this year.', '2012-09-03').find((x) => x.text === 'January');
    expect(t?.value).toBe('2012-01');
  });

  it('not for a month the list does not join to it', () => {
    const t = tag('The bakery shut in August, and the owners bought a van in May last year.', '2012-09-03').find((x) => x.text === 'August');
    expect(t?.value).toBe('2012-08');
  });
});
