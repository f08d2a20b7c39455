import { describe, expect, it } from 'vitest';
import { obituaryYear } from '../../../shared/extract/text-years';

// Round 46 (w46): without a publication date, more of what the text tells about the day it was written. Sentences
// written for this test.

describe('r46-obituary-half-year: with no month of birth, a death told from June on most likely followed the birthday', () => {
  it('r46-obituary-half-year: a death after a fall in August is the birth year plus the age', () => {
    const text = ['Orla Fennick, who ran the Saltcombe lending library, died on Thursday at home. She was 91.', 'She had been housebound since a fall in August.', 'Fennick was born in 1921 above a chandler\'s shop.'];
    expect(obituaryYear(text)).toBe(2012);
  });

  it('r46-obituary-half-year: a death told only by its weekday, or after a month early in the year, keeps the later year', () => {
    expect(obituaryYear(['Orla Fennick, who ran the Saltcombe lending library, died on Thursday at home. She was 91.', 'Fennick was born in 1921 above a chandler\'s shop.'])).toBe(2013);
    expect(obituaryYear(['Orla Fennick, who ran the Saltcombe lending library, died on Thursday at home. She was 91.', 'She had been housebound since a fall in March.', 'Fennick was born in 1921 above a chandler\'s shop.'])).toBe(2013);
  });
});
