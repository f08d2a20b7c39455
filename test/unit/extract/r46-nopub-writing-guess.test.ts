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

describe('r46-died-near-birthday: a death told beside a counted birthday gives the year of death', () => {
  it('r46-died-near-birthday: "a fortnight short of his ninetieth birthday" is the birth year plus ninety', () => {
    const text = ['Cosmo Verrall, who mended clocks in the Hartsend arcade, died on Monday at his daughter\'s house, a fortnight short of his ninetieth birthday.', 'Born in Hartsend in 1917, he was apprenticed to a watchmaker at thirteen.'];
    expect(obituaryYear(text)).toBe(2007);
  });

  it('r46-died-near-birthday: "just after her 75th birthday" too, but not "two years after" it', () => {
    const base = 'Born in 1931, Mina Stroud kept the ferry café at Pellow Cross.';
    expect(obituaryYear([`Mina Stroud died on Saturday, just after her 75th birthday.`, base])).toBe(2006);
    // Two years after the birthday is another year, and no age is written: no guess from the birthday.
    expect(obituaryYear([`Mina Stroud died on Saturday, two years after her 75th birthday.`, base])).toBeNull();
  });
});
