import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../../shared/time-value';
import { unwrittenWritingYear } from '../../../shared/extract/text-years';
import { nopub, quoteOf } from './event-lookup';

// Round 55 (e55): an article that writes no year at all and comes without a publication date still has its events on
// the timeline, each in a guessed year that is flagged: read as recent, the latest year up to now in which the days it
// writes with their weekdays fall on them. Sentences written for this test.

const texts = [
  'Flood gates on the Dunwyn marsh road were shut on Tuesday, March 4, after two days of heavy rain.',
  'The drainage board said the gates would open again on Friday if the water fell.',
  'Work on a new pumping station at Hollarth started in January and is due to finish in the autumn.',
];

describe('r55b-nopub-no-year: events of an article writing no year', () => {
  it('r55b-nopub-no-year: are found, every one with its year flagged', () => {
    const all = nopub(...texts);
    const quotes = all.map((e) => quoteOf(e, texts));
    for (const words of ['gates on the Dunwyn marsh road were shut', 'pumping station at Hollarth started']) {
      expect(quotes.some((q) => q.includes(words)), words).toBe(true);
    }
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const e of all) {
      expect(e.date).toMatchObject({ yearUncertain: true });
      expect(e.date?.note).toContain('writes no year at all');
    }
    // With a year written the guess is drawn from it, and no such note is added.
    const t = [...texts, 'The old pumps were installed in 1998.'];
    const shut = nopub(...t).find((e) => quoteOf(e, t).includes('were shut'))!;
    expect(shut.date?.note ?? '').not.toContain('writes no year at all');
  });

  it('r55b-nopub-no-year: the weekday-dated day lands in a year where it falls on its weekday', () => {
    const shut = nopub(...texts).find((e) => quoteOf(e, texts).includes('were shut'))!;
    const [y, m, d] = shut.date!.start.split('-').map(Number);
    expect([m, d]).toEqual([3, 4]);
    expect(isoWeekday({ y, m, d })).toBe(2);
  });
});

describe('r55b-nopub-no-year: unwrittenWritingYear', () => {
  it('r55b-nopub-no-year: the latest year up to now whose calendar fits the weekdays', () => {
    // Tuesday, March 4 fell in 2025 and 2014, not in the years between.
    expect(unwrittenWritingYear(2025, texts)).toEqual({ year: 2025, unwritten: true });
    expect(unwrittenWritingYear(2024, texts)).toEqual({ year: 2014, unwritten: true });
  });

  it('r55b-nopub-no-year: now, when no day is written with its weekday', () => {
    expect(unwrittenWritingYear(2031, ['The ferry to the island stopped running in October after its engine failed.'])).toEqual({ year: 2031, unwritten: true });
  });

  it('r55b-nopub-no-year: the latest number that reads as a year, though no word says so, no later than now', () => {
    const t = ['The council will debate the 2019 budget on Monday, after the losses of 2016 and a 2040 target.'];
    expect(unwrittenWritingYear(2031, t)).toEqual({ year: 2019, unwritten: false });
  });

  it('r55b-nopub-no-year: such a number places the events of its article, flagged, with no "no year" note', () => {
    const t = ['The mayor resigned in January.', 'Councillors will debate the 2019 budget on Monday, March 4.'];
    const quit = nopub(...t).find((e) => quoteOf(e, t).includes('mayor resigned'))!;
    expect(quit.date).toMatchObject({ start: '2019-01', yearUncertain: true });
    expect(quit.date?.note ?? '').not.toContain('writes no year at all');
  });
});
