import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (clause58): a participle phrase set off by commas, holding a year of its own, inside a sentence whose clause
// is dated elsewhere, is a happening of its own at that year. Every sentence here was written for this test.

describe('a dated participle phrase after an object in a clause dated before it', () => {
  const texts = ['In 2001 the rowing club sold its wooden clubhouse, built in 1935, to a local brewery. The members voted against the sale.'];

  it('dates the phrase at its own year and the clause at the year before it', () => {
    const all = events('2019-05-02', ...texts);
    expect(all.some((e) => e.date.start === '1935' && quoteOf(e, texts).includes('built in 1935'))).toBe(true);
    expect(all.some((e) => e.date.start === '2001' && quoteOf(e, texts).includes('sold its wooden clubhouse'))).toBe(true);
  });

  it('a sentence going on after it goes on from the clause, not the phrase inside it', () => {
    const voted = events('2019-05-02', ...texts).find((e) => quoteOf(e, texts).includes('voted against'));
    expect(voted?.date.start).toBe('2001');
  });

  it('a date right before the phrase leaves it a second predicate', () => {
    const texts2 = ['The old mill was closed in 1990, sold in 1992 and then pulled down.'];
    const all = events('2019-05-02', ...texts2);
    expect(all.some((e) => e.date.start === '1992' && quoteOf(e, texts2).startsWith('sold in 1992'))).toBe(false);
  });
});

describe('a phrase of origin after a noun dated by a day', () => {
  it('dates "first staged in" at its own year', () => {
    const texts = ['The fair will close in August with a tug of war, and the pancake race on Shrove Tuesday, first staged in 1988.'];
    const all = events('2019-05-02', ...texts);
    const first = all.find((e) => quoteOf(e, texts).includes('first staged in 1988'));
    expect(first?.date.start).toBe('1988');
    expect(quoteOf(first!, texts).includes('Shrove')).toBe(false);
  });
});
