import { describe, expect, it } from 'vitest';
import { compareEventDates, dateStyle, eventInterval, formatEventDate, isRange, possibleRange, shortEventDate } from '../../../shared/dates';
import type { EventDate } from '../../../shared/document';
import { parseTimeValue, timeValueOf } from '../../../shared/time-value';

const d = (start: string, extra: Partial<EventDate> = {}): EventDate => ({ start, basis: 'stated', ...extra });

describe('formatEventDate reads as a person writes dates', () => {
  it.each([
    [d('2021-08-15'), '15 Aug 2021'],
    [d('2021-04'), 'Apr 2021'],
    [d('2021'), '2021'],
    [d('197'), '1970s'],
    [d('1979', { end: '1989' }), '1979–1989'],
    [d('197', { end: '198' }), '1970s–1980s'],
    [d('2021-04', { end: '2021-08' }), 'Apr–Aug 2021'],
    [d('2021-04-14', { end: '2021-08-15' }), '14 Apr – 15 Aug 2021'],
    [d('2021-05', { end: '2021-08-15' }), 'May – 15 Aug 2021'],
    [d('2020-12-30', { end: '2021-01-02' }), '30 Dec 2020 – 2 Jan 2021'],
    [d('2019', { end: '2021-08' }), '2019 – Aug 2021'],
    [d('2021-08-15', { end: '2024-05-15', mod: 'before' }), 'by 15 May 2024'],
    [d('2021-08-15', { mod: 'after' }), 'after 15 Aug 2021'],
    [d('2021', { mod: 'approx' }), 'about 2021'],
    [d('199', { mod: 'end' }), 'late 1990s'],
    [d('2021-08-15', { yearUncertain: true }), '15 Aug 2021 (year uncertain)'],
  ])('%j → %s', (date, text) => {
    expect(formatEventDate(date)).toBe(text);
  });

  it('shortens the uncertain-year note for the timeline', () => {
    expect(shortEventDate(d('2021-08-15', { yearUncertain: true }))).toBe('15 Aug 2021?');
  });

  it('gives the possible range only for bounded dates', () => {
    expect(possibleRange(d('2021-08-15', { end: '2024-05-15', mod: 'before' }))).toBe('15 Aug 2021 – 15 May 2024');
    expect(possibleRange(d('2021-08-15'))).toBeUndefined();
  });
});

describe('intervals', () => {
  it('covers the whole unit of each precision', () => {
    expect(eventInterval(d('2021-08-15'))).toEqual({ start: Date.UTC(2021, 7, 15), end: Date.UTC(2021, 7, 16) });
    expect(eventInterval(d('2021-02'))).toEqual({ start: Date.UTC(2021, 1, 1), end: Date.UTC(2021, 2, 1) });
    expect(eventInterval(d('2020'))).toEqual({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) });
    expect(eventInterval(d('197'))).toEqual({ start: Date.UTC(1970, 0, 1), end: Date.UTC(1980, 0, 1) });
    expect(eventInterval(d('1979', { end: '1989' }))).toEqual({ start: Date.UTC(1979, 0, 1), end: Date.UTC(1990, 0, 1) });
  });

  it('draws only single days as points', () => {
    expect(isRange(d('2021-08-15'))).toBe(false);
    expect(isRange(d('2021-08'))).toBe(true);
    expect(isRange(d('2021-08-15', { end: '2021-08-16' }))).toBe(true);
  });

  it('sorts by start, then end, keeping the article order for same-day events', () => {
    const events = [
      { id: 'b', date: d('2021-08-15') },
      { id: 'a', date: d('2021-08-15') },
      { id: 'range', date: d('2021-08-15', { end: '2024' }) },
      { id: 'early', date: d('1979') },
    ];
    expect([...events].sort(compareEventDates).map((e) => e.id)).toEqual(['early', 'b', 'a', 'range']);
  });

  it('styles dates by where they came from and how sure they are', () => {
    expect(dateStyle(d('2021-08-15'))).toBe('stated');
    expect(dateStyle(d('2024-05-15', { basis: 'publication' }))).toBe('stated');
    expect(dateStyle(d('2021-04-14', { basis: 'record' }))).toBe('record');
    expect(dateStyle(d('2021-08-15', { yearUncertain: true }))).toBe('uncertain');
    expect(dateStyle(d('2021-08-15', { end: '2024-05-15', mod: 'before', basis: 'publication' }))).toBe('uncertain');
  });
});

describe('time values', () => {
  it.each(['2021-08-15', '2021-08', '2021', '197', '0800'])('round-trips %s', (v) => {
    const p = parseTimeValue(v);
    expect(typeof p).toBe('object');
    expect(timeValueOf(p as never)).toBe(v);
  });

  it.each(['2021-13', '2021-02-29', '21', '2021-8-15', 'XXXX-08-15', ''])('rejects %s', (v) => {
    expect(typeof parseTimeValue(v)).toBe('string');
  });
});
