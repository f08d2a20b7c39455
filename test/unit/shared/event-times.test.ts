import { describe, expect, it } from 'vitest';
import { adoptEventTimes, compareEventDates, eventInterval, eventTimes } from '../../../shared/dates';
import type { EventDate } from '../../../shared/document';

// The time order main works out for a document it loads, and the window's use of it instead of sorting again.

const ev = (id: string, start: string, end?: string): { id: string; date: EventDate } => ({ id, date: { start, ...(end ? { end } : {}), basis: 'stated' } });
const events = () => [
  ev('late', '2021-08-15'),
  ev('decade', '197'),
  ev('same-day-first', '2001-09-11'),
  ev('year', '2001'),
  ev('same-day-second', '2001-09-11'),
  ev('range', '1979', '1989'),
  ev('month', '2001-09'),
];

describe('eventTimes', () => {
  it('orders as compareEventDates does, same start and end in the given order, with whole-day intervals', () => {
    const list = events();
    const times = eventTimes(list)!;
    expect(times.order.map((i) => list[i].id)).toEqual([...list].sort(compareEventDates).map((e) => e.id));
    expect(times.order.map((i) => list[i].id)).toEqual(['decade', 'range', 'year', 'month', 'same-day-first', 'same-day-second', 'late']);
    list.forEach((e, i) => {
      const { start, end } = eventInterval(e.date);
      expect([times.days[2 * i] * 86_400_000, times.days[2 * i + 1] * 86_400_000]).toEqual([start, end]);
    });
  });

  it('survives JSON, as an answer from main does', () => {
    const list = events();
    const times = JSON.parse(JSON.stringify(eventTimes(list)));
    expect(adoptEventTimes(list, times)?.map((e) => e.id)).toEqual([...list].sort(compareEventDates).map((e) => e.id));
  });
});

describe('adoptEventTimes', () => {
  it('gives the events in time order and remembers their intervals, so asking again parses nothing new', () => {
    const list = events();
    const times = eventTimes(list)!;
    // Fresh date objects with the same strings: only the times sent can have given their intervals.
    const fresh = list.map((e) => ({ ...e, date: { ...e.date } }));
    const sorted = adoptEventTimes(fresh, times)!;
    expect(sorted.map((e) => e.id)).toEqual(times.order.map((i) => list[i].id));
    expect(sorted[0]).toBe(fresh[1]);
    fresh.forEach((e) => expect(eventInterval(e.date)).toEqual(eventInterval(list.find((x) => x.id === e.id)!.date)));
  });

  it('a date changed in place after adopting is worked out again, not read from what was sent', () => {
    const list = [ev('a', '2001'), ev('b', '2002')];
    adoptEventTimes(list, eventTimes(list));
    list[0].date.start = '2010-05-01';
    expect(eventInterval(list[0].date)).toEqual({ start: Date.UTC(2010, 4, 1), end: Date.UTC(2010, 4, 2) });
  });

  it.each([
    ['nothing sent', () => undefined],
    ['another number of events', (t: { order: number[]; days: number[] }) => ({ order: t.order.slice(1), days: t.days.slice(2) })],
    ['an index twice', (t: { order: number[]; days: number[] }) => ({ ...t, order: [t.order[0], ...t.order.slice(0, -1)] })],
    ['an index out of range', (t: { order: number[]; days: number[] }) => ({ ...t, order: [...t.order.slice(0, -1), 99] })],
    ['not in time order', (t: { order: number[]; days: number[] }) => ({ ...t, order: [...t.order].reverse() })],
    ['an interval that is not whole days', (t: { order: number[]; days: number[] }) => ({ ...t, days: t.days.map((d, i) => (i === 0 ? d + 0.5 : d)) })],
    ['an empty interval', (t: { order: number[]; days: number[] }) => ({ ...t, days: t.days.map((d, i) => (i === 1 ? t.days[0] : d)) })],
    ['not arrays', () => ({ order: 'x', days: {} })],
  ])('refuses times that do not fit the events (%s): the caller sorts them itself', (_, spoil) => {
    const list = events();
    expect(adoptEventTimes(list, spoil(eventTimes(list)!) as never)).toBeNull();
  });
});
