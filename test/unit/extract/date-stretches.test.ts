import { describe, expect, it } from 'vitest';
import { durationFrom, endAfter, lastDayOf, nextUnit, periodUpTo, sideOfPublication } from '../../../shared/extract/date-stretches';
import { windowToActLength } from '../../../shared/extract/window-to-act';
import { tagTimexes } from '../../../shared/extract/tagger';
import { clauseWork } from './clause-work';

// date-stretches.ts: calendar arithmetic for the phrases that make a date into a stretch.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('calendar steps', () => {
  it('nextUnit: the day, month or year after, at the value\'s own precision', () => {
    expect([nextUnit('2021-02-28'), nextUnit('2021-12'), nextUnit('2021'), nextUnit('199')]).toEqual(['2021-03-01', '2022-01', '2022', null]);
  });
  it('endAfter: the end of a stay of n units, a short month kept whole', () => {
    expect([endAfter('2020-01-31', 1, 'month'), endAfter('2019', 4, 'years'), endAfter('2020-03-01', 2, 'weeks')]).toEqual(['2020-02-29', '2023', '2020-03-14']);
  });
  it('lastDayOf: a month\'s or a year\'s last day', () => {
    expect([lastDayOf('2024-02'), lastDayOf('2023')]).toEqual(['2024-02-29', '2023-12-31']);
  });
});

describe('phrases that stretch a date', () => {
  it('"for six months from 1 April 2022" runs to the end of September', () => {
    const t = clauseWork('The museum will close for six months from 1 April 2022.', PUBLISHED, '1 April 2022');
    expect(durationFrom(t.w.u.paraText, t.w.u.timexes, t.w.main, t.w.date.start)).toBe('2022-09-30');
  });
  it('"the year to February 2021" is the twelve months that end with February', () => {
    const t = clauseWork('Prices rose 4% in the year to February 2021.', PUBLISHED, 'February 2021');
    expect(periodUpTo(t.w.u.paraText, t.w.main, t.w.date)).toMatchObject({ start: '2020-03', end: '2021-02' });
  });
  it('"earlier this week" stops the day before publication; "later this month" starts on it (round 33)', () => {
    const earlier = clauseWork('The board met earlier this week.', PUBLISHED, 'earlier this week');
    expect(sideOfPublication(earlier.w.main, earlier.w.date, earlier.w.published)).toMatchObject({ start: '2021-04-19', end: undefined });
    const later = clauseWork('The board will meet later this month.', PUBLISHED, 'later this month');
    expect(sideOfPublication(later.w.main, later.w.date, later.w.published)).toMatchObject({ start: '2021-04-20', end: '2021-04-30' });
  });
  it('"this week" told in the past stops at publication; told in the present it is the whole week', () => {
    // Published Tuesday 2021-04-20.
    const past = clauseWork('The ferryman said on a foggy morning this week that he would retire.', PUBLISHED, 'this week');
    expect(sideOfPublication(past.w.main, past.w.date, past.w.published, true)).toMatchObject({ start: '2021-04-19', end: '2021-04-20' });
    const present = clauseWork('This week marks ten years since the pier burned.', PUBLISHED, 'This week');
    expect(sideOfPublication(present.w.main, present.w.date, present.w.published, false)).toBeNull();
  });
});

describe('a window to act', () => {
  const windowOf = (text: string) => {
    const w = windowToActLength(text, tagTimexes(text, { dct: PUBLISHED }), 0, text.length);
    return w && { text: w.length.text, n: w.n, unit: w.unit };
  };
  it('reads the tagger\'s length: "has two weeks to object", "must be settled within 60 days of the award"', () => {
    expect(windowOf('The tenant has two weeks to object.')).toEqual({ text: 'two weeks', n: 2, unit: 'W' });
    expect(windowOf('The fine must be settled within 60 days of the award.')).toEqual({ text: '60 days', n: 60, unit: 'D' });
  });
  it('no window in "an extra 30 days to file", "within 60 days" of nothing named, or years', () => {
    expect(windowOf('The tenant got an extra 30 days to file.')).toBeNull();
    expect(windowOf('The fine was paid within 60 days.')).toBeNull();
    expect(windowOf('The tenant has two years to object.')).toBeNull();
  });
});
