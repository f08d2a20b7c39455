import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 51 (a51): a year written earlier in a sentence stops holding a yearless month told after it when the sentence
// has moved off it: a repeat ("and again in March") whose month comes before the first one's, or a month named from
// publication ("last May") between them. Every sentence here was written for this test.

const tag = (text: string, dct?: string) => tagTimexes(text, { dct: dct ?? null });

describe('a repeat told after a month with its year', () => {
  const text = 'The ferry company put up its fares in October last year and again in March.';

  it('is the next such month, not a month before the first time', () => {
    const t = tag(text, '2015-07-20').find((x) => x.text === 'March');
    expect(t?.value).toBe('2015-03');
  });

  it('keeps the year when the repeat comes later in that same year', () => {
    const t = tag('The ferry company put up its fares in March last year and again in October.', '2015-07-20').find((x) => x.text === 'October');
    expect(t?.value).toBe('2014-10');
  });
});

describe('a month named from publication between a year and a yearless month', () => {
  const text = 'The bakery blamed a wet summer in 2012, a burst pipe last April and a lost contract, which ended in September.';

  it('leaves the year behind, with the publication date', () => {
    const t = tag(text, '2014-02-10').find((x) => x.text === 'September');
    expect(t?.value).toBe('2013-09');
  });

  it('leaves the year in doubt, without it', () => {
    const t = tag(text).find((x) => x.text === 'September');
    expect(t?.yearUncertain).toBe(true);
  });

  it('not when nothing stands between them', () => {
    const t = tag('The bakery blamed a wet summer in 2012 and a lost contract, which ended in September.', '2014-02-10').find((x) => x.text === 'September');
    expect(t?.value).toBe('2012-09');
  });
});
