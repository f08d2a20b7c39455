import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 55 (w55): without a publication date, an obituary whose death is told on its own yearless day earlier in the
// year than a written day of birth puts the death before that year's birthday: the year of writing is the birth year
// plus the age plus one, whatever later months the article tells. The death's month is then the month of writing.
// Sentences written for this test.

const obituary = (deathDay: string) => [
  `Ysolda Gribble, who sold tickets at the Brenmouth ferry kiosk for forty years, has died at the age of 90. She died ${deathDay} at her daughter's house.`,
  'She was born on 20 April 1941 in a cottage by the slipway.',
  'In October she was still walking to the kiosk every morning.',
];

describe('r55-nopub-death-before-birthday: a death told on a day before the birthday', () => {
  it('r55-nopub-death-before-birthday: "died on 14 January" with a birthday on 20 April is the birth year plus 91', () => {
    const e = at(obituary('on 14 January'), 'died on 14 January');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2032-01-14');
  });

  it("r55-nopub-death-before-birthday: \"died on New Year's Day\" with a birthday on 20 April is the birth year plus 91", () => {
    const e = at(obituary("on New Year's Day"), "died on New Year's Day");
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2032');
  });

  it('r55-nopub-death-before-birthday: a December day told as past lies in the year before a death on New Year\'s Day', () => {
    const e = at([...obituary("on New Year's Day"), 'She was taken to hospital on 20 December after a fall.', 'The funeral will be held on 9 January.'], 'taken to hospital on 20 December');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2031-12-20');
  });

  it('r55-nopub-death-before-birthday: a death on a day after the birthday keeps the birth year plus the age', () => {
    const e = at(obituary('on 3 September'), 'died on 3 September');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2031');
  });
});
