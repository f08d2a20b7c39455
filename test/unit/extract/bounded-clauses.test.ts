import { describe, expect, it } from 'vitest';
import { boundedClause } from '../../../shared/extract/bounded-clauses';
import { clauseWork } from './clause-work';

// bounded-clauses.ts: a clause bounded by its date ("since March", "before Friday", "after suffering a stroke in 1995").
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('boundedClause', () => {
  it('"since March" in the present perfect runs up to publication', () => {
    const t = clauseWork('The shares have lost half their value since March.', PUBLISHED, 'March');
    expect(boundedClause(t.w)).toBeNull();
    expect(t.w.date).toMatchObject({ start: '2021-03', end: '2021-04-20' });
    expect(t.w.date.mod).toBeUndefined();
  });
  it('what is still to be done "before Friday" has that day as its deadline', () => {
    const t = clauseWork('Applicants must register before Friday.', PUBLISHED, 'Friday');
    boundedClause(t.w);
    expect(t.w.date.start).toBe('2021-04-23');
    expect(t.w.date.rule).toMatch(/\/deadline$/);
  });
  it('the subordinate happening is on the date, the clause\'s own event only after it', () => {
    const t = clauseWork('She moved to Paris after suffering a stroke in 1995.', PUBLISHED, '1995');
    boundedClause(t.w);
    expect(t.w.date).toMatchObject({ start: '1995', mod: 'after' });
    expect(t.emitted.map((d) => [d.title, d.date.start, d.date.mod])).toEqual([['She suffered a stroke', '1995', undefined]]);
  });
  it('a count before the date moves the clause\'s event, and its words are returned to be cut from the title', () => {
    const text = 'She came home a week before Christmas.';
    const t = clauseWork(text, PUBLISHED, 'Christmas');
    const shift = boundedClause(t.w);
    expect(t.w.date.start).toBe('2020-12-18');
    expect(shift && text.slice(shift.cut.start, shift.cut.end)).toBe('a week before ');
  });
});
