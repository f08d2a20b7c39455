import { describe, expect, it } from 'vitest';
import { obituaryYear } from '../../../shared/extract/text-years';

// Round 42 (w42): without a publication date, an obituary's year is the birth year plus the age at death, plus one
// when the birthday may not have come round that year. When the birth day is written and the death's own telling
// names a day of its year after it ("died on Christmas Eve", "unwell since a fall in June"), the birthday had come
// round: the birth year plus the age. Sentences written for this test.

describe('r42-obituary-birthday: the birthday told, and a day of the death after it', () => {
  it('r42-obituary-birthday: "died on Christmas Eve" after a November birthday is the birth year plus the age', () => {
    const text = ['Edda Pruel, who kept the lighthouse at Vorne for thirty years, died on Christmas Eve at her niece\'s farm. She was 77.', 'She was born on Nov. 14, 1920, in a cottage below the light.'];
    expect(obituaryYear(text)).toBe(1997);
  });

  it('r42-obituary-birthday: a month told beside the death, after a February birthday, counts too', () => {
    const text = ['Aurel Tamm, the last ropemaker of Kessby, died on Friday at his home. He was 90, and had been frail since a stroke in June.', 'He was born on 3 February 1899 above his father\'s shop.'];
    expect(obituaryYear(text)).toBe(1989);
  });

  it('r42-obituary-birthday: the abbreviated month\'s dot does not hide the birth year', () => {
    // Without a day of the death's year after the birthday, the later year is kept.
    const text = ['Wim Sarle, organist at St Olaf\'s for half a century, died on Tuesday. He was 83.', 'He was born in a mill house on Sept. 30, 1910, and learned the organ from his uncle.'];
    expect(obituaryYear(text)).toBe(1994);
  });

  it('r42-obituary-birthday: a day before the birthday, or no birth day written, keeps the later year', () => {
    const before = ['Nell Aske, the ferry cook, died on Sunday. She was 70, and had been ill since a fall in March.', 'She was born on Oct. 2, 1930, on the quay.'];
    expect(obituaryYear(before)).toBe(2001);
    // No birth day written and no day of the death's year (round 46 reads a day from June on as after the birthday).
    const yearOnly = ['Nell Aske, the ferry cook, died on Sunday. She was 70.', 'She was born in 1930 on the quay.'];
    expect(obituaryYear(yearOnly)).toBe(2001);
  });
});
