import { describe, expect, it } from 'vitest';
import { butAfter, laterAfter, orderingClauseEvent, spentAfter, yearsAfter } from '../../../shared/extract/later-predicates';
import { events, quoteOf } from './event-lookup';
import { clauseWork } from './clause-work';

// later-predicates.ts: a second predicate after the dated one, placed against the clause's date.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('second predicates', () => {
  it('"and spent four years in prison" is the four years from the clause\'s date', () => {
    const t = clauseWork('He was arrested in 1983 and spent four years in prison.', PUBLISHED, '1983');
    const r = spentAfter(t.w);
    expect(r?.draft.title).toBe('He spent four years in prison');
    expect(r?.draft.date).toMatchObject({ start: '1983', end: '1987' });
  });
  it('", but withdrew …" runs from the clause\'s date up to publication', () => {
    const t = clauseWork('The union threatened on May 5 to strike, but withdrew the threat after talks.', '2021-06-01', 'May 5');
    expect(butAfter(t.w)?.draft.date).toMatchObject({ start: '2021-05-05', end: '2021-06-01' });
  });
  it('", and later …" too, with the clause\'s subject', () => {
    const t = clauseWork('The rebels seized the town in 2014, and later lost it to the army.', PUBLISHED, '2014');
    const r = laterAfter(t.w);
    expect(r?.draft.title).toBe('Rebels lost it to the army');
    expect(r?.draft.date).toMatchObject({ start: '2014', end: '2021-04-20' });
  });
  it('"after soldiers attacked her convoy" is before the clause\'s date, and the clause ends before it', () => {
    const text = 'She was detained in May 2003 after soldiers attacked her convoy.';
    const t = clauseWork(text, PUBLISHED, 'May 2003');
    const end = orderingClauseEvent(t.w);
    expect(text.slice(0, end!)).toBe('She was detained in May 2003');
    expect(t.emitted.map((d) => [d.title, d.date.start, d.date.mod])).toEqual([['Soldiers attacked her convoy', '2003-05', 'before']]);
  });
  it('"and spent …" and "for N years" are read apart: spentAfter is no years-length reading', () => {
    const t = clauseWork('The chapel was sold in 1962, and then it stood empty for four years.', PUBLISHED, '1962');
    expect(spentAfter(t.w)).toBeNull();
    expect(yearsAfter(t.w)?.draft.date).toMatchObject({ start: '1962', end: '1966' });
  });
  it('a "spent" stay that cannot be dated leaves a later length of years its own event', () => {
    const text = 'The builder was arrested in March 1983 and spent three days in a cell, and then the yard stood empty for two years.';
    const yard = events(PUBLISHED, text).find((e) => quoteOf(e, [text]).includes('yard stood empty'));
    expect(yard && [quoteOf(yard, [text]), yard.date.start, yard.date.end]).toEqual(['the yard stood empty for two years.', '1983-03', '1985-03']);
  });
  it('but not a length in a conjunct after the one the years would date', () => {
    const text = 'The builder was arrested in 1983, and spent two weeks in jail, and then lived abroad for ten years.';
    expect(events(PUBLISHED, text).map((e) => e.date.rule)).not.toContain('sequence/years-from-date');
  });
  it('no second predicate, nothing', () => {
    const t = clauseWork('The museum opened in 1998.', PUBLISHED, '1998');
    expect([spentAfter(t.w), butAfter(t.w), laterAfter(t.w), orderingClauseEvent(t.w)]).toEqual([null, null, null, null]);
  });
});
