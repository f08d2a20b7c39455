import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 40 (w40): without a publication date, the weekday a wire lead names picks the year of a yearless dateline
// (round 39). A weekday made possessive ("Sunday's break-in") names an occasion, which may lie days before the filing:
// it is passed over for the lead's own weekday, and a lead with only a possessive one picks no year. Sentences written
// for this test.

describe("a possessive weekday in a wire lead does not pick the dateline's year", () => {
  it('"Sunday\'s break-in … on Tuesday": the Tuesday is the day of filing', () => {
    const texts = [
      "ALSTON, June 2 (Northline) - Sunday's break-in at the town museum was solved when police charged a man on Tuesday.",
      'The silver cups were given to the museum in 2005.',
    ];
    // June 2 falls on a Tuesday first in 2009 (from 2005); on a Sunday or Monday first in 2008.
    expect(at(texts, 'police charged a man').date).toMatchObject({ start: '2009-06-02', yearUncertain: true });
  });

  it('a lead naming only a possessive weekday keeps the latest year written', () => {
    const texts = [
      "ALSTON, June 2 (Northline) - Sunday's break-in at the town museum has cost the council its insurance cover.",
      'The silver cups were given to the museum in 2005.',
    ];
    expect(at(texts, 'has cost the council').date.start.slice(0, 4)).toBe('2005');
  });
});
