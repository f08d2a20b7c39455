import { describe, expect, it } from 'vitest';
import { obituaryYear } from '../../../shared/extract/text-years';
import { shortestAt, shortestNoPub as at } from './event-lookup';

// Round 35 (d35): without a publication date, an obituary tells the year it was written without writing it: the age
// at death and the year of birth. Birth year plus age, plus one (the birthday may not yet have come round), is the
// guess, used when it is later than every year the article writes; always flagged. Sentences written for this test.

describe('the year of an obituary from the age at death and the year of birth', () => {
  it('"She was 81." after the death, "Born in 1931" later', () => {
    expect(obituaryYear(['Ann Vell, who ran the island ferry, died on Monday at a care home in Port Lisk. She was 81.', 'Born in 1931 on the island, she left school at 14.'])).toBe(2013);
  });

  it('"dies at 90" in a headline, "was born in Corrin in 1899"', () => {
    expect(obituaryYear(['Tom Arde, last lamplighter of Corrin, dies at 90', 'Tom Arde lit the gas lamps of Corrin for half a century.', 'He was born in Corrin in 1899.'])).toBe(1990);
  });

  it('"died ... at the age of seventy-two", the age in words', () => {
    expect(obituaryYear(['The poet Ilse Marr died at her home on Tuesday at the age of seventy-two.', 'Marr was born in 1940 in a river town.'])).toBe(2013);
  });

  it('"aged 66" at the end of the death sentence, past "at a hospice"', () => {
    expect(obituaryYear(['Piet Droom died at a hospice in Varl on Sunday, aged 66.', 'He was born in 1951.'])).toBe(2018);
  });

  it('a clock time is no age, and two years of birth are two lives', () => {
    expect(obituaryYear(['Mr Bly died at 4 a.m. on Sunday.', 'He was born in 1950.'])).toBeNull();
    expect(obituaryYear(['He was born in 1950 and his wife was born in 1952.', 'He died on Sunday, aged 70.'])).toBeNull();
    expect(obituaryYear(['She was born in 1950.', 'She was 70.'])).toBeNull();
  });

  it('a yearless month in the obituary takes the guessed year, flagged', () => {
    const texts = ['Ann Vell, who ran the island ferry, died on Monday at a care home in Port Lisk. She was 81.', 'She had been ill since a fall in March.', 'Born in 1931 on the island, she took over the ferry in 1968 and sold it in 1996.'];
    expect(at(texts, 'ill since').date).toMatchObject({ start: expect.stringMatching(/^2013-03/), yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    const texts = ['Ann Vell, who ran the island ferry, died on Monday at a care home in Port Lisk. She was 81.', 'Born in 1931 on the island, she took over the ferry in 1968 and sold it in 1996.'];
    expect(shortestAt('2012-05-10', texts, 'died on Monday').date).toMatchObject({ start: '2012-05-07' });
  });
});
