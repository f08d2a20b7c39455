import { describe, expect, it } from 'vitest';
import { ageYear } from '../../../shared/extract/text-years';

// Without a publication date, a living person's age and their one birth year give the year a profile was written.
describe('ageYear: the year of writing from an age told as now and a birth year', () => {
  it('adds an apposed age to the year written after "born"', () => {
    expect(ageYear(['Born in 1948 in a village on the fen, Marra Stovell trained as a saddler.', 'Mrs Stovell, 71, still opens the workshop at seven.'])).toBe(2019);
  });

  it('takes the birth year from a birthday kept in a written year', () => {
    expect(ageYear(['The lifeboat house was built in 1902.', 'He bought his first boat on his twenty-first birthday, in May 1969, and now, aged 74, he sails it alone.'])).toBe(2022);
    expect(ageYear(['She gave up driving on her 80th birthday in 2011.', 'At the fair, Ms Pell, 87, judged the jam.'])).toBe(2018);
  });

  it('reads an age written as "-year-old" or "who is"', () => {
    expect(ageYear(['The 58-year-old ferryman, born in 1961 on the far shore, took the last crossing.'])).toBe(2019);
    expect(ageYear(['Tolla Breck, who is 45 and was born in Ostry in 1977, opened the bakery.'])).toBe(2022);
  });

  it('takes the oldest age: ages told of the past are younger', () => {
    expect(ageYear(['Kell left school at 14, went to sea at 16, and was born in 1950 to a family of pilots.', '"I never wanted an office," said Kell, who at 69, still rows every morning.'])).toBe(2019);
  });

  it('gives nothing for two birth years, no age, or a count that is no age', () => {
    expect(ageYear(['He was born in 1950 and his brother was born in 1953.', 'Mr Tarn, 70, said so.'])).toBeNull();
    expect(ageYear(['She was born in 1961 in the harbour town.', 'The mill closed in 1990.'])).toBeNull();
    expect(ageYear(['The mayor was born in 1961.', 'The hall now holds 80 people.', 'It was aged 40 years in oak.'])).toBeNull();
  });
});
