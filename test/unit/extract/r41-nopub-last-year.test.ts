import { describe, expect, it } from 'vitest';
import { tellsLastYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 41 (w41): news names a year by its number only when it cannot name it from the day of writing; the year before
// that one is "last year". So without a publication date, a text that says "last year" and writes its latest year as
// past wrote that year from two years on at least: the guessed year of writing is that year plus two (or later, as the
// weekdays beside yearless days allow), always flagged. Sentences written for this test.

describe('r41-last-year: what counts as "last year" told from the day of writing', () => {
  it('r41-last-year: "last year" and "last year\'s", anywhere in a sentence', () => {
    expect(tellsLastYear(['The ferry carried more cars last year than in any year before.'])).toBe(true);
    expect(tellsLastYear(['Last year\'s gales took the roof off the boathouse.'])).toBe(true);
    expect(tellsLastYear(['She joined the choir in May last year.'])).toBe(true);
  });

  it('r41-last-year: not a last year of something else\'s ("the last year of the war", "in its last year")', () => {
    expect(tellsLastYear(['He was born in the last year of the war, in a farmhouse by the lake.'])).toBe(false);
    expect(tellsLastYear(['In its last year the mill made only sacking.'])).toBe(false);
    expect(tellsLastYear(['Over the last years of her life she painted every day.'])).toBe(false);
  });
});

describe('r41-last-year: the guessed year of writing is two years after the latest year told as past', () => {
  it('r41-last-year: a yearless month takes that year, flagged', () => {
    const texts = [
      'The Marrow Lane bakery reopened in March, its owners said.',
      'The river broke its banks in 2015 and filled the shop with mud.',
      'Last year the owners borrowed money to rebuild the ovens.',
    ];
    expect(at(texts, 'bakery reopened').date).toMatchObject({ start: '2017-03', yearUncertain: true });
    // "last year" itself is counted from that guess.
    expect(at(texts, 'borrowed money').date).toMatchObject({ start: '2016', yearUncertain: true });
  });

  it('r41-last-year: without "last year" the guess stays the latest year written', () => {
    const texts = ['The Marrow Lane bakery reopened in March, its owners said.', 'The river broke its banks in 2015 and filled the shop with mud.'];
    expect(at(texts, 'bakery reopened').date).toMatchObject({ start: '2015-03', yearUncertain: true });
  });

  it('r41-last-year: not past a year told as still ahead, nor with a publication date', () => {
    const ahead = ['The Marrow Lane bakery reopened in March, its owners said.', 'A new bridge will be built in 2030.', 'Last year the owners borrowed money to rebuild the ovens.'];
    expect(at(ahead, 'bakery reopened').date.start).not.toBe('2032-03');
    const dated = ['The Marrow Lane bakery reopened in March, its owners said.', 'The river broke its banks in 2015 and filled the shop with mud.', 'Last year the owners borrowed money.'];
    expect(at(dated, 'bakery reopened', '2016-05-02').date).toMatchObject({ start: '2016-03' });
  });

  it('r41-last-year: a yearless dateline whose lead weekday fits the year so far and not two years on keeps it', () => {
    const texts = [
      'KELLBY, Oct. 3 (Harbour Wire) - A cargo ship carrying timber ran aground at the mouth of the Kell estuary on Wednesday, and tugs failed to free it.',
      'The quay was rebuilt in 2018 after a storm.',
      'Last year the harbour handled more timber than ever.',
    ];
    // Oct. 3 is a Wednesday in 2018; in 2020 a Saturday, and a Wednesday or Thursday next only in 2024.
    expect(at(texts, 'ran aground').date).toMatchObject({ start: '2018-10-03', yearUncertain: true });
  });
});
