import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (b58): the clause after a "Born …," opener is the sentence's own; when its date is set off after a comma at
// its end ("…, in 1948.") that date dates it, and the birth keeps only its own year. Every sentence here was written
// for this test.

describe('the clause after a birth opener', () => {
  it('takes the date set off at its end, after an appositive', () => {
    const texts = ['Born in Wraxbourne in 1931, the son of a blacksmith, he signed on with the pilot cutter at Gulley Point, in 1948.'];
    const all = events('2019-05-02', ...texts);
    const joined = all.find((e) => quoteOf(e, texts).includes('signed on with the pilot cutter'));
    expect(joined?.date.start).toBe('1948');
    expect(quoteOf(joined!, texts).startsWith('he signed on')).toBe(true);
    const born = all.find((e) => quoteOf(e, texts).startsWith('Born in Wraxbourne'));
    expect(born?.date.start).toBe('1931');
    expect(quoteOf(born!, texts)).toBe('Born in Wraxbourne in 1931');
  });

  it('a named object set off by commas does not stop it', () => {
    const texts = ['Born in Dunnockby in 1902, the eldest of five daughters, she was taken on by a printer, Pilsworth and Fennock, in 1916.'];
    const taken = events('1990-01-10', ...texts).find((e) => quoteOf(e, texts).includes('was taken on'));
    expect(taken?.date.start).toBe('1916');
  });

  it('a conjunct with a date of its own is left as it was', () => {
    const texts = ['Born in Wraxbourne in 1931, he went to sea; in 1950 he joined the navy.'];
    const all = events('2019-05-02', ...texts);
    expect(all.find((e) => quoteOf(e, texts).startsWith('in 1950'))?.date.start).toBe('1950');
  });
});
