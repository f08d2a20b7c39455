import { describe, expect, it } from 'vitest';
import { countedFrom, countedFromUndated, countedShift, countedShiftFromSub, subordinateOnDate } from '../../../shared/extract/counted-shifts';
import { shortestAt } from './event-lookup';
import { clauseWork } from './clause-work';

// counted-shifts.ts: counts against a clause's date, of the clause's own event or of the happening the count names.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('counts against the clause\'s date', () => {
  it('"a week before Christmas" moves the clause\'s event to that day', () => {
    const t = clauseWork('She came home a week before Christmas.', PUBLISHED, 'Christmas');
    const r = countedShift(t.w.u, t.w.c, t.w.main, t.w.date);
    expect(r?.date.start).toBe('2020-12-18');
    expect(r?.date.rule).toMatch(/\/counted-before$/);
  });
  it('"four minutes after lift-off on Monday" is the same day; the lift-off is its own event on it', () => {
    const t = clauseWork('The rocket broke apart four minutes after lift-off on Monday.', PUBLISHED, 'Monday');
    expect(countedShiftFromSub(t.w.u, t.w.a.sub!, t.w.date)?.date.start).toBe('2021-04-19');
    const sub = subordinateOnDate(t.w.u, t.w.a, t.w.main, t.w.published);
    expect(sub && [sub.title, sub.date.start]).toEqual(['Lift-off', '2021-04-19']);
  });
  it('"1982, 50 years after his father founded it" dates the founding 1932', () => {
    const t = clauseWork('He took over the firm in 1982, 50 years after his father founded it.', PUBLISHED, '1982');
    const r = countedFrom(t.w.u, t.w.c, t.w.main, t.w.date, t.w.published);
    expect(r && [r.draft.title, r.draft.date.start, r.draft.date.rule]).toEqual(['His father founded it', '1932', 'count-from-clause/after']);
  });
  it('no count, no shift', () => {
    const t = clauseWork('She came home on Christmas Day.', PUBLISHED, 'Christmas Day');
    expect(countedShift(t.w.u, t.w.c, t.w.main, t.w.date)).toBeNull();
    expect(countedFrom(t.w.u, t.w.c, t.w.main, t.w.date, t.w.published)).toBeNull();
  });
});

describe('a count opening a clause whose only date ends a stretch beside it', () => {
  const text = 'Two years after her defeat she was named editor of the gazette, a job she kept until 1988.';
  it('"a job she kept until 1988" is no date a count leads from: no happening is dated 1986', () => {
    const t = clauseWork(text, PUBLISHED, '1988');
    expect(countedFrom(t.w.u, t.w.c, t.w.main, t.w.date, t.w.published)).toBeNull();
    expect(countedFromUndated(t.w.u, t.w.c, t.w.main)).toBe(true);
  });
  it('the naming keeps no certain year from 1988', () => {
    const e = shortestAt(PUBLISHED, [text], 'named editor');
    expect(e.date.yearUncertain).toBe(true);
  });
  it('a count with a date of its own is not flagged', () => {
    const t = clauseWork('Two years after her defeat she was named editor in 1986.', PUBLISHED, '1986');
    expect(countedFromUndated(t.w.u, t.w.c, t.w.main)).toBe(false);
  });
});
