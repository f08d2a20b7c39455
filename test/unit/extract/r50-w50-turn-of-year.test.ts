import { describe, expect, it } from 'vitest';
import { writingMonth } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 50 (w50): without a publication date, a month of writing guessed as December may be the first days of
// January, so "last October" beside a year written with an earlier month puts the writing two years on. Sentences
// written for this test.

describe('r50-w50-turn-of-year: a December month of writing and "last <month>"', () => {
  const story = (recent: string): string[] => [
    'The borough council fined a scrap merchant on Monday for burning old tyres behind his yard.',
    'Neighbours first reported thick black smoke in May 2016, and an inspector called at the yard last October.',
    `The merchant was warned in writing ${recent}, and he lit another fire later that month, the council said.`,
  ];

  it('r50-w50-turn-of-year: yearless December days and "last October" beside "May 2016" put the writing in 2018', () => {
    const text = story('on Dec. 4');
    expect(writingMonth(text)).toBe(12);
    const e = at(text, 'fined a scrap merchant');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2018');
    // Told in January, the December just past is the year before's.
    const warned = at(text, 'was warned in writing');
    expect(warned.date).toMatchObject({ yearUncertain: true });
    expect(warned.date?.start).toBe('2017-12-04');
  });

  // Told in November, May of the year before lies more than a year back and has its year written anyway.
  it('r50-w50-turn-of-year: a month of writing before December keeps the year after', () => {
    const text = story('on Nov. 4');
    expect(writingMonth(text)).toBe(11);
    const e = at(text, 'fined a scrap merchant');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2017');
  });
});
