import { describe, expect, it } from 'vitest';
import { latestWrittenYear } from '../../../shared/extract/text-years';

// Round 50 (w50): without a publication date, the latest year written counts a year after a capitalised preposition or
// season opening a sentence or a line, and a year heading a chronology's line before a dash. Sentences written for
// this test.

describe('r50-w50-year-heads: years opening a sentence or a chronology line', () => {
  it('r50-w50-year-heads: "In 2009 the ..." opening a sentence is a date', () => {
    expect(latestWrittenYear(['The bakery on Quell Street opened in 1994. In 2009 the family sold it to a cooperative of its staff.'])).toBe(2009);
  });

  it('r50-w50-year-heads: a capitalised season opening a line dates it', () => {
    expect(latestWrittenYear(['1978 - The pier is closed after a storm.', 'Summer 2004 - Volunteers repaint the kiosk.'])).toBe(2004);
  });

  it('r50-w50-year-heads: a year heading a line before a dash is a date', () => {
    expect(latestWrittenYear(['The quarry was dug from the late 1890s.', '1962 - The quarry floods and the pumps are switched off.', '1987 - Divers find a crane on the bottom.'])).toBe(1987);
  });

  it('r50-w50-year-heads: a count before a dash inside a line is not', () => {
    expect(latestWrittenYear(['Work began in 1990, and the score was 2011 - 1980 in the final frame.'])).toBe(1990);
  });
});
