import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (s48): a month written without its year, in a happening set "after" or "before" the clause's date, took
// the year written elsewhere in the sentence even when that broke the order the sentence gives (a past happening
// "after" it falling after publication, one "before" it starting when the clause's year starts). It now takes the
// nearest year that keeps the order. Every sentence here was written for this test.

describe('r48-s48-ordered-month-year: a yearless month keeps the order "after" or "before" gives it', () => {
  it.each([
    ['2016-01-03', 'The ferry timetable was cut back this year after a pier collapsed in November.', 'pier collapsed', '2015-11'],
    ['2016-06-10', 'Talks on the merger stalled in 1994 and twice last year, before the members chose a chairman in January.', 'members chose a chairman', '2016-01'],
    ['2021-02-14', 'The cafe shut for good this year after its landlord doubled the rent in December.', 'landlord doubled', '2020-12'],
  ])('%s %s', (pub, text, words, month) => {
    const d = shortestAt(pub, [text], words).date;
    expect(d).toMatchObject({ start: month, rule: expect.stringContaining('ordering-clause-own-date') });
  });

  it('leaves a month that already keeps the order', () => {
    const d = shortestAt('2016-11-20', ['The ferry timetable was cut back this year after a pier collapsed in March.'], 'pier collapsed').date;
    expect(d.start).toBe('2016-03');
  });
});
