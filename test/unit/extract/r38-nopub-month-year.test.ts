import { describe, expect, it } from 'vitest';
import { monthOfYearTold } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 38 (d38): news writes the year of a month only when it is not the year of writing ("was arrested in January
// 2018" is told from a later year; in that year it reads "in January"). So without a publication date, a latest
// written year that the text writes with a month, told as past, is guessed to be the year before the story's, and
// the writing year the one after it (unless weekdays beside yearless days rule). Sentences written for this test.

describe('a latest year written with its month is told from a later year', () => {
  it('finds the month written with the latest year, told as past, in several shapes', () => {
    expect(monthOfYearTold(2018, ['The ferry company was fined after an inspection in October 2018 found rust on every deck.'])).toBe(10);
    expect(monthOfYearTold(2016, ['Work on the new stand began on 3 April 2016 and was finished by the end of the season.'])).not.toBeNull();
    expect(monthOfYearTold(2009, ['The library lost its roof in a gale on February 9, 2009, and the books went into store.'])).not.toBeNull();
  });

  it('not for a plan, a notice line, a sign-off, or a year written without a month', () => {
    expect(monthOfYearTold(2030, ['The council says the new bridge will open in September 2030, two years late.'])).toBeNull();
    expect(monthOfYearTold(2005, ['Issued on behalf of the harbour board on 4 June 2005 by the clerk to the commissioners.'])).toBeNull();
    expect(monthOfYearTold(2007, ['Objections must reach the clerk by noon.\nM. Pellow, Clerk to the Board\n11 March 2007'])).toBeNull();
    // A month and a year loosely joined may be a past year's told in a story of another.
    expect(monthOfYearTold(1998, ['The last frost in May came in 1998, the growers say, and it killed the blossom.'])).toBeNull();
    expect(monthOfYearTold(2012, ['The bakery on Quarry Lane was sold in 2012 to a couple from the coast who kept its name.'])).toBeNull();
  });

  it('not when a yearless dateline a few months later dates the story', () => {
    const texts = [
      'ORRICK, Nov. 3 (Flood Recovery Office) - Aid was approved for damage done by storms from Sept. 28 to Oct. 2, 2014.',
      'Applications opened in October, officials said.',
    ];
    expect(at(texts, 'Applications opened').date).toMatchObject({ start: '2014-10', yearUncertain: true });
  });

  it('a yearless month then falls in the year after the one written with a month, flagged', () => {
    const texts = [
      'Builders finished the new foyer of the Tullby cinema in March, and the first film will be shown in the summer.',
      'A fire gutted the foyer in November 2015, its owners said.',
      'The cinema opened in 1928.',
    ];
    expect(at(texts, 'Builders finished').date).toMatchObject({ start: '2016-03', yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    const texts = [
      'Builders finished the new foyer of the Tullby cinema in March, and the first film will be shown in the summer.',
      'A fire gutted the foyer in November 2015, its owners said.',
    ];
    expect(at(texts, 'Builders finished', '2016-05-20').date.start).toBe('2016-03');
  });
});
