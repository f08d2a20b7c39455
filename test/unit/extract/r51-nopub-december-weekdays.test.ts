import { describe, expect, it } from 'vitest';
import { weekdaysFixDecember, writingMonth } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 51 (w51): without a publication date, weekdays written beside December days ("Sunday 20 December") may fix
// that December in a year later than any the article writes. When the yearless months told put the writing in
// December, the story is taken as told in the first days of the January after, those December days just past.
// Sentences written for this test.

describe('r51-nopub-december-weekdays: December days fixed by their weekdays', () => {
  // December 20 is a Sunday in 2015 (and in no year from 2012 to 2014); December 14 a Monday in 2015.
  const story = (close: string): string[] => [
    'The Pellbury ice rink has reopened after a broken chiller kept skaters away over the holidays.',
    `Engineers first found a leak in November, and the rink ${close}.`,
    'The rink was built in 1994 and its roof was replaced in 2012, the trust that runs it said.',
  ];

  it('r51-nopub-december-weekdays: the writing is the January after the fixed December', () => {
    const text = story('shut on Sunday 20 December after the chiller failed');
    expect(writingMonth(text)).toBe(12);
    expect(weekdaysFixDecember(2015, text)).toBe(true);
    const reopened = at(text, 'has reopened');
    expect(reopened.date).toMatchObject({ yearUncertain: true });
    expect(reopened.date?.start.slice(0, 4)).toBe('2016');
    // The December day keeps the year its weekday fixes.
    const shut = at(text, 'shut on Sunday 20 December');
    expect(shut.date).toMatchObject({ start: '2015-12-20', yearUncertain: true });
  });

  it('r51-nopub-december-weekdays: a December day told as still to come leaves the year', () => {
    const text = story('will shut again on Monday 14 December for a second repair');
    expect(weekdaysFixDecember(2015, text)).toBe(false);
  });

  it('r51-nopub-december-weekdays: a day of another month beside it leaves the year', () => {
    const text = [...story('shut on Sunday 20 December after the chiller failed'), 'A first repair had been tried on Monday 14 September.'];
    expect(weekdaysFixDecember(2015, text)).toBe(false);
  });
});
