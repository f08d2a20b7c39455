import { describe, expect, it } from 'vitest';
import { endedByClauseBefore, runFrom, stretchesUpToDate } from '../../../shared/extract/stretches-beside';
import { clauseWork } from './clause-work';

// stretches-beside.ts: a stretch told beside a dated clause that ends or starts at its date.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

describe('stretches beside the clause', () => {
  it('"after two days of talks" is the two days up to the clause\'s day, cut from the clause', () => {
    const text = 'The two sides reached a deal late Sunday after two days of talks.';
    const t = clauseWork(text, PUBLISHED, 'late Sunday');
    const end = stretchesUpToDate(t.w, t.w.c.end, false);
    expect(text.slice(0, end)).toBe('The two sides reached a deal late Sunday');
    expect(t.emitted.map((d) => [d.title, d.date.start, d.date.end])).toEqual([['Two days of talks', '2021-04-17', '2021-04-18']]);
  });
  it('"returned in August from a nine-month deployment" is the months up to the return', () => {
    const t = clauseWork('The crew returned in August from a nine-month deployment to the Gulf.', PUBLISHED, 'August');
    stretchesUpToDate(t.w, t.w.c.end, false);
    expect(t.emitted.map((d) => [d.date.start, d.date.end, d.date.rule])).toEqual([['2019-11', '2020-08', 'sequence/stay-before-return']]);
  });
  it('none beside a second predicate already read', () => {
    const t = clauseWork('The two sides reached a deal late Sunday after two days of talks.', PUBLISHED, 'late Sunday');
    expect(stretchesUpToDate(t.w, t.w.c.end, true)).toBe(t.w.c.end);
    expect(t.emitted).toEqual([]);
  });
  it('"three days of mourning beginning Monday" runs from Monday', () => {
    const t = clauseWork('The city declared three days of mourning beginning Monday.', PUBLISHED, 'Monday');
    runFrom(t.w);
    expect(t.w.date).toMatchObject({ start: '2021-04-26', end: '2021-04-28' });
  });
  it('", ending a tour that began in May 2008" spans from then to the date of the clause before', () => {
    const t = clauseWork('The ship docked on Dec. 28, 2009, ending a tour that began in May 2008.', PUBLISHED, 'May 2008');
    expect(endedByClauseBefore(t.w)).toBe(true);
    expect(t.w.date).toMatchObject({ start: '2008-05', end: '2009-12-28' });
  });
});
