import { describe, expect, it } from 'vitest';
import { ORDINAL_NUMBER_RE, ordinalNumberValue } from '../../../shared/extract/lexicon';
import { ageYear, anniversaryYear } from '../../../shared/extract/text-years';

// Round 39 (r39): one reader of ordinals written as words (lexicon.ts) serves the anniversary and the birthday
// patterns of text-years.ts, which each kept a list of their own: the anniversary now reads the teens and a ten joined
// to a unit ("twenty-fifth") as the birthday did. Sentences written for this test.

describe('the ordinal reader', () => {
  it('gives the value of an ordinal written as words, up to a hundredth', () => {
    const cases: [string, number][] = [['first', 1], ['Tenth', 10], ['eleventh', 11], ['nineteenth', 19], ['twentieth', 20], ['seventy-fifth', 75], ['Ninety-Ninth', 99], ['hundredth', 100]];
    for (const [w, n] of cases) expect([w, ordinalNumberValue(w)]).toEqual([w, n]);
  });

  it('gives 0 for other words', () => {
    for (const w of ['twenty', 'fifty-fifty', 'twenty-tenth', 'last', 'seconds']) expect([w, ordinalNumberValue(w)]).toEqual([w, 0]);
  });

  it('matches whole ordinals only', () => {
    const re = new RegExp(`^${ORDINAL_NUMBER_RE}$`, 'i');
    for (const w of ['sixty-third', 'thirteenth', 'fortieth', 'second']) expect(re.test(w)).toBe(true);
    for (const w of ['sixty', 'thirteen', 'forty-', 'seconds']) expect(re.test(w)).toBe(false);
  });
});

describe('anniversaries and birthdays read with it', () => {
  it('an anniversary named with a teen or a joined ordinal', () => {
    expect(anniversaryYear(['The town marks the twenty-fifth anniversary of the Brenmoor flood this week.', 'The river broke its banks on 12 April 1996.'])).toBe(2021);
    expect(anniversaryYear(['Friday is the fifteenth anniversary of the pit closure.', 'The last shift came up in June 2004.'])).toBe(2019);
  });

  it('the ordinals the anniversary read before still read the same', () => {
    expect(anniversaryYear(['It is the fortieth anniversary of the first broadcast.', 'The station went on air in October 1980.'])).toBe(2020);
    expect(anniversaryYear(['Next month brings the bicentenary of the canal.', 'It opened in August 1822.'])).toBe(2022);
  });

  it('a birthday in a written year, in words of each kind', () => {
    expect(ageYear(['She sold the bakery on her sixty-second birthday, in 2009.', 'Ms Arden, 75, still bakes on Sundays.'])).toBe(2022);
    expect(ageYear(['He left for sea on his seventeenth birthday, in 1966.', 'Mr Tolley, 80, keeps the logbook.'])).toBe(2029);
  });
});
