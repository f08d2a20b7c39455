import { describe, expect, it } from 'vitest';
import { formatSpan, isClusterId, planStillFits, planView, type Entry } from '../../../renderer/timeline/overview';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const point = (id: string, t: number, source = 's1'): Entry => ({ id, start: t, end: t + DAY, source });

describe('planView', () => {
  const window = { start: day(2000, 1, 1), end: day(2010, 1, 1) };

  it('draws sparse events as themselves', () => {
    const entries = [point('a', day(2001, 3, 1)), point('b', day(2005, 3, 1)), point('c', day(2009, 3, 1))];
    const plan = planView(entries, window, 1000, new Set());
    expect(plan.items).toEqual(entries.map((e) => ({ kind: 'event', id: e.id })));
  });

  it('folds a dense stretch into one cluster with its count and extent', () => {
    const dense = Array.from({ length: 50 }, (_, i) => point(`d${i}`, day(2004, 6, 1) + i * 3600_000));
    const plan = planView([point('far', day(2001, 1, 1)), ...dense], window, 1000, new Set());
    const clusters = plan.items.filter((p) => p.kind === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 50, source: 's1', start: dense[0].start, end: dense[49].end });
    expect(isClusterId(clusters[0].id)).toBe(true);
    expect(plan.items).toContainEqual({ kind: 'event', id: 'far' });
  });

  it('never folds a selected event, and keeps sources apart', () => {
    const a = Array.from({ length: 10 }, (_, i) => point(`a${i}`, day(2004, 6, 1), 's1'));
    const b = Array.from({ length: 10 }, (_, i) => point(`b${i}`, day(2004, 6, 1), 's2'));
    const plan = planView([...a, ...b], window, 1000, new Set(['a3']));
    expect(plan.items).toContainEqual({ kind: 'event', id: 'a3' });
    const clusters = plan.items.filter((p) => p.kind === 'cluster');
    expect(clusters.map((c) => [c.kind === 'cluster' && c.source, c.kind === 'cluster' && c.count])).toEqual([
      ['s1', 9],
      ['s2', 10],
    ]);
    // Each cluster names the events folded in (the search marks a cluster by them): the selected one is not.
    const s1 = clusters.find((c) => c.kind === 'cluster' && c.source === 's1');
    expect(s1?.kind === 'cluster' && [...s1.members].sort()).toEqual(a.map((e) => e.id).filter((id) => id !== 'a3').sort());
  });

  it('plans only around the window, and keeps its clusters while panning at the same zoom', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => point(`e${i}`, day(1950, 1, 1) + i * 13 * DAY));
    const plan = planView(entries, window, 1000, new Set());
    const counted = plan.items.reduce((n, p) => n + (p.kind === 'cluster' ? p.count : 1), 0);
    expect(counted).toBeLessThan(entries.length / 2);
    const shifted = { start: window.start + 365 * DAY, end: window.end + 365 * DAY };
    expect(planStillFits(plan, shifted, 1000)).toBe(true);
    const again = planView(entries, shifted, 1000, new Set());
    const ids = (p: typeof plan) => new Set(p.items.filter((i) => i.kind === 'cluster').map((i) => i.id));
    const shared = [...ids(again)].filter((id) => ids(plan).has(id));
    expect(shared.length).toBeGreaterThan(0);
    // Zooming in by 4x is a new zoom level: a new plan, with more single events.
    const zoomed = { start: day(2004, 1, 1), end: day(2006, 6, 1) };
    expect(planStillFits(plan, zoomed, 1000)).toBe(false);
  });

  it('draws an event wider than a bucket as itself, however many share its stretch', () => {
    const long: Entry = { id: 'war', start: day(2001, 1, 1), end: day(2009, 1, 1), source: 's1' };
    const plan = planView([long], window, 1000, new Set());
    expect(plan.items).toEqual([{ kind: 'event', id: 'war' }]);
  });
});

describe('formatSpan', () => {
  it('says a cluster’s dates as briefly as they allow', () => {
    expect(formatSpan(day(2003, 2, 1), day(2007, 5, 2))).toBe('2003–2007');
    expect(formatSpan(day(2021, 3, 1), day(2021, 6, 30))).toBe('Mar–Jun 2021');
    expect(formatSpan(day(2021, 3, 3), day(2021, 3, 29))).toBe('3–28 Mar 2021');
    expect(formatSpan(day(2021, 8, 15), day(2021, 8, 16))).toBe('15 Aug 2021');
  });
});
