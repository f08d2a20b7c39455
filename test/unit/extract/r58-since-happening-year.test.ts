import { describe, expect, it } from 'vitest';
import { writtenYears } from '../../../shared/extract/text-years';

// Round 58 (w58): a year dating the happening a "since" phrase names ("the first stoppage since a two-day walkout in
// May 2012") is past, whatever the tense of the clause the phrase hangs on. Sentences written for this test.

describe('r58-since-happening-year: a year inside a "since" noun phrase is past', () => {
  it('r58-since-happening-year: under a future clause', () => {
    const texts = ['The Harbrey ferry opened in 1990.', 'It will be the first stoppage on the ferry since a two-day walkout in May 2012.'];
    expect(writtenYears(texts).latest).toBe(2012);
  });

  it('r58-since-happening-year: a season of the year too', () => {
    const texts = ['The Harbrey ferry opened in 1990.', 'The crossing will be the longest since the flood in the winter of 2009.'];
    expect(writtenYears(texts).latest).toBe(2009);
  });

  it('r58-since-happening-year: a plan with no "since" stays ahead', () => {
    const texts = ['The Harbrey ferry opened in 1990.', 'It will be the first stoppage on the ferry in May 2031.'];
    expect(writtenYears(texts)).toEqual({ latest: 1990, ahead: 2031 });
  });
});
