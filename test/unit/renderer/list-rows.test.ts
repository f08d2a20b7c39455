import { describe, expect, it } from 'vitest';
import type { NewslineEvent } from '../../../shared/document';
import { listRows, sortRows, toRows } from '../../../renderer/list/rows';

const ev = (id: string, title: string, start: string, extra: Partial<NewslineEvent['date']> = {}): NewslineEvent => ({
  id,
  title,
  date: { start, basis: 'stated', ...extra },
  evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: 1 }],
  origin: 'curated',
});

const events = [ev('a', 'Zebra crossing opens', '2021-08-15'), ev('b', 'apple harvest', '1999'), ev('c', 'Mid-year vote', '2005-06', { basis: 'record' })];
const rows = toRows(events, [{ id: 's1', title: 'The article' }]);

describe('event list rows', () => {
  it('give date, title, precision, provenance and source', () => {
    expect(rows[0]).toMatchObject({ date: '15 Aug 2021', title: 'Zebra crossing opens', precision: 'day', provenance: 'Stated', source: 'The article' });
    expect(rows[2]).toMatchObject({ precision: 'month', provenance: 'Public record' });
  });

  it('sort by any column, either way, ties in time order', () => {
    expect(sortRows(rows, 'date', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'date', true).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'title', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'precision', false).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'source', false).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('for events in time order, the first order is theirs, read by position and found by id, each row made when read', () => {
    const inTime = sortRows(rows, 'date', false).map((r) => r.event);
    const sources = [{ id: 's1', title: 'The article' }];
    const list = listRows(inTime, sources, 'date', false);
    const all = (l: ReturnType<typeof listRows>) => Array.from({ length: l.length }, (_, i) => l.at(i).id);
    expect(all(list)).toEqual(['b', 'c', 'a']);
    expect(list.at(2)).toBe(list.at(2));
    expect(list.at(0)).toMatchObject({ date: '1999', title: 'apple harvest', precision: 'year', source: 'The article' });
    expect([list.indexOf('a'), list.indexOf('b'), list.indexOf('missing')]).toEqual([2, 0, -1]);
    // Every other order is the sorted rows', found by id the same way.
    for (const [key, descending] of [['date', true], ['title', false], ['precision', false], ['source', false]] as const) {
      const sorted = listRows(inTime, sources, key, descending);
      expect(all(sorted), `${key} ${descending}`).toEqual(sortRows(rows, key, descending).map((r) => r.id));
      expect(sorted.indexOf(sorted.at(1).id)).toBe(1);
    }
  });
});
