import { describe, expect, it } from 'vitest';
import { anniversaryYear, happeningYear } from '../../../shared/extract/text-years';

// An anniversary named by the happening's noun ("of its opening") counts from the year the text tells that happening
// with its verb elsewhere, moved by the year the anniversary is told in.
describe('anniversaryYear from a happening told elsewhere', () => {
  it('counts a past anniversary of an opening from the verb year', () => {
    const text = [
      'Workers at the Tembrel waterworks found a sealed jar of coins under a pump house floor on Monday.',
      'The pumping station was begun in 1866 and opened to the public in the autumn of 1871, after two dry summers.',
      'Last year, with steam engines running all day, its owners held a fair for the 150th anniversary of its opening.',
    ];
    expect(anniversaryYear(text)).toBe(2022);
  });
  it('counts an anniversary told as next year from a founding', () => {
    const text = [
      'A rowing club on the Pessen river has bought a new eight.',
      'The club was founded by three schoolmasters in 1927.',
      'Next year, members hope to race it at the regatta kept for the 100th anniversary of its founding.',
    ];
    expect(anniversaryYear(text)).toBe(2026);
  });
  it('gives no year when the verb is told with two years or none', () => {
    expect(anniversaryYear(['The tower opened in 1910.', 'It was repainted for the 75th anniversary of its opening.'])).toBeNull();
    expect(anniversaryYear(['A bakery in Pessen was opened by two sisters.', 'Its staff baked a cake for the 40th anniversary of its opening.'])).toBeNull();
    expect(happeningYear('The mill opened in 1850. Its shop opened in 1902.', 'opened')).toBeNull();
    expect(happeningYear('The mill opened in 1850, and its shop later.', 'opened')).toBe(1850);
  });
});
