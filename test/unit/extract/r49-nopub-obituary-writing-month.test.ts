import { describe, expect, it } from 'vitest';
import { obituaryYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 49 (w49): without a publication date, an obituary whose yearless months put the writing after the birthday.
// Sentences written for this test.

describe('r49-nopub-obituary-writing-month: the month of writing after the birthday puts the death after it', () => {
  const life = [
    'Marguerite Oddley, who stitched the banners of half the chapels in the dale, died on Sunday. She was 80.',
    'Oddley was born in 1921 above a saddler\'s shop in Kettlethorpe.',
  ];

  it('r49-nopub-obituary-writing-month: a quilt finished in July, a show opened in August and a funeral ahead in September', () => {
    const text = [
      ...life,
      'Her last quilt, begun in 1999, was finished in July.',
      'A show of her banners, planned since 1995, opened in August at the county museum.',
      'Her funeral will be held on Sept. 14 at Kettlethorpe chapel.',
    ];
    // 1921 + 80: the writing, in August, is after a birthday thought to fall by the end of May.
    expect(obituaryYear(text)).toBe(2001);
    const e = at(text, 'died on Sunday');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2001');
  });

  it('r49-nopub-obituary-writing-month: months that put the writing early in the year leave the later year', () => {
    const text = [...life, 'Her last quilt, begun in 1999, was finished in January.', 'A show of her banners, planned since 1995, opened in February.', 'Her funeral will be held on March 4.'];
    expect(obituaryYear(text)).toBe(2002);
  });
});
