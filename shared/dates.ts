import type { DateBasis, EventDate } from './document';
import { formatTimePoint, spanOf, toTimePoint, type TimePoint } from './time-value';

// Intervals by their time values: sorting, fitting and planning 10,000 events ask for the same few thousand
// dates again and again, and parsing each time was a third of a large document's load. Strings are keys,
// so a cached answer can never go stale; each caller still gets an object of its own.
const intervals = new Map<string, { start: number; end: number }>();
const MAX_CACHED = 100_000;

// And by date object, checked against its strings: building the string key for every one of 10,000 events, at
// each of the passes a load makes, cost more than the lookups it saved. A date changed in place misses.
const byDate = new WeakMap<EventDate, { from: string; to: string | undefined; start: number; end: number }>();

/** The whole stretch of time an event date allows, [start, end) in UTC ms. */
export function eventInterval(date: EventDate): { start: number; end: number } {
  const seen = byDate.get(date);
  if (seen && seen.from === date.start && seen.to === date.end) return { start: seen.start, end: seen.end };
  const key = date.end === undefined ? date.start : `${date.start}/${date.end}`;
  let known = intervals.get(key);
  if (!known) {
    known = { start: spanOf(toTimePoint(date.start)).start, end: spanOf(toTimePoint(date.end ?? date.start)).end };
    if (intervals.size >= MAX_CACHED) intervals.clear();
    intervals.set(key, known);
  }
  byDate.set(date, { from: date.start, to: date.end, start: known.start, end: known.end });
  return { start: known.start, end: known.end };
}

/** A point sits on one instant of the timeline; anything longer than a day is drawn as a range. */
export function isRange(date: EventDate): boolean {
  return date.end !== undefined || toTimePoint(date.start).precision !== 'day';
}

/** True when the text does not pin the date down: a guessed year, or only a bound ("by …", "after …"). */
export function isUncertain(date: EventDate): boolean {
  return date.yearUncertain === true || date.mod === 'before' || date.mod === 'after' || date.mod === 'approx';
}

export type DateStyle = 'stated' | 'record' | 'uncertain';

/** How the timeline and legend mark an event's date. */
export function dateStyle(date: EventDate): DateStyle {
  if (isUncertain(date)) return 'uncertain';
  return date.basis === 'record' ? 'record' : 'stated';
}

export const BASIS_LABELS: Record<DateBasis, string> = {
  stated: 'Stated in the article',
  publication: 'Inferred from the publication date',
  // The note says what the article itself gives: sometimes the day but not the year, sometimes nothing.
  record: 'From the public record',
  imported: 'As given in the imported timeline',
};

/**
 * The provenance a reader sees before the note. A date Newsline drafted whose year is flagged is neither wholly
 * "stated" nor plainly "from the publication date": its label says the year is inferred, and the note says from what.
 * A date from the record or an import keeps its own label.
 */
export function basisLabel(date: EventDate): string {
  const drafted = date.basis === 'stated' || date.basis === 'publication';
  return date.yearUncertain && drafted ? YEAR_INFERRED_LABEL : BASIS_LABELS[date.basis];
}

export const YEAR_INFERRED_LABEL = 'Year inferred, not stated';

function sameUnit(a: TimePoint, b: TimePoint): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

function formatRange(a: TimePoint, b: TimePoint): string {
  if (sameUnit(a, b)) return formatTimePoint(a);
  // Share the trailing year when both ends sit in it: "14 Apr – 15 Aug 2021", "Apr–Aug 2021".
  const sameYear = a.year === b.year && a.precision !== 'year' && a.precision !== 'decade';
  if (sameYear && b.precision !== 'year' && b.precision !== 'decade') {
    const left = formatTimePoint(a, { year: false });
    const sep = a.precision === 'day' || b.precision === 'day' ? ' – ' : '–';
    return `${left}${sep}${formatTimePoint(b)}`;
  }
  const simple = (p: TimePoint) => p.precision === 'year' || p.precision === 'decade';
  const sep = simple(a) && simple(b) ? '–' : ' – ';
  return `${formatTimePoint(a)}${sep}${formatTimePoint(b)}`;
}

/**
 * The date as a person reads it: "15 Aug 2021", "Apr 2021", "1979–1989", "by 15 May 2024". A "before" bound is read up
 * to and including its value at the value's precision (the extractor's one convention for "by", "until", "before";
 * the merges' `dateWindow` and the scorers read it so), so its label says "by", not "before".
 */
export function formatEventDate(date: EventDate): string {
  const start = toTimePoint(date.start);
  const end = date.end === undefined ? undefined : toTimePoint(date.end);
  let text: string;
  switch (date.mod) {
    case 'before':
      text = `by ${formatTimePoint(end ?? start)}`;
      break;
    case 'after':
      text = `after ${formatTimePoint(start)}`;
      break;
    case 'approx':
      text = `about ${end ? formatRange(start, end) : formatTimePoint(start)}`;
      break;
    case 'start':
    case 'mid':
    case 'end':
      text = `${{ start: 'early', mid: 'mid', end: 'late' }[date.mod]} ${end ? formatRange(start, end) : formatTimePoint(start)}`;
      break;
    default:
      text = end ? formatRange(start, end) : formatTimePoint(start);
  }
  return date.yearUncertain ? `${text} (year uncertain)` : text;
}

/** A compact label for the timeline, where the year is drawn on the axis. */
export function shortEventDate(date: EventDate): string {
  return formatEventDate(date).replace(' (year uncertain)', '?');
}

/** The full range of possible dates, for uncertain dates whose label shows only a bound. */
export function possibleRange(date: EventDate): string | undefined {
  if (!date.mod || !date.end) return undefined;
  return formatRange(toTimePoint(date.start), toTimePoint(date.end));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The events' time order and intervals, worked out where a document is loaded (main, in plain Node) and sent
 * with it, so the window does not parse and sort every date again before its first frame: at 10,000 events
 * that was a tenth of a second of the page's main thread. `order` lists the events' indices in time order
 * (compareEventDates, ties in the document's order); `days` holds each event's [start, end) as whole UTC days
 * since 1970, start then end, in the document's order: small integers, so they add little to the answer.
 */
export interface EventTimes {
  order: number[];
  days: number[];
}

/** EventTimes for these events, or undefined when an interval does not fall on whole days (it then goes unsent). */
export function eventTimes(events: ReadonlyArray<{ date: EventDate }>): EventTimes | undefined {
  const days = new Array<number>(events.length * 2);
  for (let i = 0; i < events.length; i++) {
    const { start, end } = eventInterval(events[i].date);
    if (start % DAY_MS !== 0 || end % DAY_MS !== 0) return undefined;
    days[2 * i] = start / DAY_MS;
    days[2 * i + 1] = end / DAY_MS;
  }
  const order = events.map((_, i) => i);
  // Stable: same start and end keep the document's order.
  order.sort((a, b) => days[2 * a] - days[2 * b] || days[2 * a + 1] - days[2 * b + 1]);
  return { order, days };
}

/**
 * The events in time order from times sent with them (eventTimes), their intervals remembered as if each had
 * been asked for: later passes (the timeline's lanes, Fit all) then parse nothing. Null when the times do not
 * fit these events (another length, not a permutation, not in order), and the caller sorts them itself.
 */
export function adoptEventTimes<E extends { date: EventDate }>(events: readonly E[], times: EventTimes | undefined | null): E[] | null {
  if (!times || !Array.isArray(times.order) || !Array.isArray(times.days)) return null;
  const { order, days } = times;
  const n = events.length;
  if (order.length !== n || days.length !== 2 * n) return null;
  const seen = new Uint8Array(n);
  const sorted = new Array<E>(n);
  let lastStart = -Infinity;
  let lastEnd = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (!Number.isInteger(i) || i < 0 || i >= n || seen[i]) return null;
    seen[i] = 1;
    const start = days[2 * i];
    const end = days[2 * i + 1];
    if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return null;
    if (start < lastStart || (start === lastStart && end < lastEnd)) return null;
    lastStart = start;
    lastEnd = end;
    sorted[k] = events[i];
  }
  for (let i = 0; i < n; i++) {
    const date = events[i].date;
    byDate.set(date, { from: date.start, to: date.end, start: days[2 * i] * DAY_MS, end: days[2 * i + 1] * DAY_MS });
  }
  return sorted;
}

/** Orders by when events start, then end; a stable sort keeps the article's order for same-day events. */
export function compareEventDates(a: { date: EventDate }, b: { date: EventDate }): number {
  const ia = eventInterval(a.date);
  const ib = eventInterval(b.date);
  return ia.start - ib.start || ia.end - ib.end;
}
