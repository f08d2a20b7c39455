import { dateStyle, eventInterval, formatEventDate, isUncertain } from '../../shared/dates';
import type { NewslineEvent } from '../../shared/document';
import { toTimePoint } from '../../shared/time-value';
import { sourceIdOf, type SourceInfo } from '../timeline/sources';

// The event list's rows and their sorting, apart from React so they are tested directly.

export type SortKey = 'date' | 'title' | 'precision' | 'provenance' | 'source';

export interface ListRow {
  id: string;
  date: string;
  title: string;
  precision: string;
  provenance: string;
  source: string;
  style: ReturnType<typeof dateStyle>;
  event: NewslineEvent;
  /** The event's interval, [start, end) in UTC ms: what the date sort compares. */
  start: number;
  end: number;
}

const PRECISION_ORDER = ['day', 'month', 'year', 'decade'];
const PROVENANCE: Record<string, string> = { stated: 'Stated', publication: 'From publication date', record: 'Public record', imported: 'Imported' };

export function precisionOf(event: NewslineEvent): string {
  const p = toTimePoint(event.date.start).precision;
  return isUncertain(event.date) ? `${p}, uncertain` : p;
}

/**
 * A row whose date text and precision are worked out when first read: the list draws a screenful of its
 * rows, so at 10,000 events formatting them all up front only held back the window's first frame.
 */
class Row implements ListRow {
  readonly id: string;
  readonly title: string;
  readonly provenance: string;
  readonly start: number;
  readonly end: number;
  private text?: string;
  private precisionText?: string;
  constructor(
    readonly event: NewslineEvent,
    readonly source: string,
  ) {
    const { start, end } = eventInterval(event.date);
    this.start = start;
    this.end = end;
    this.id = event.id;
    this.title = event.title;
    this.provenance = PROVENANCE[event.date.basis] ?? event.date.basis;
  }
  get date(): string {
    return (this.text ??= formatEventDate(this.event.date));
  }
  get precision(): string {
    return (this.precisionText ??= precisionOf(this.event));
  }
  get style(): ReturnType<typeof dateStyle> {
    return dateStyle(this.event.date);
  }
}

/** The list's rows in the order shown: read by position, and found by event id. */
export interface RowList {
  readonly length: number;
  at(index: number): ListRow;
  /** The position of an event's row, or -1. */
  indexOf(id: string): number;
}

/**
 * The rows of events already in time order, which is the order of the store's events (viewOf sorts them with
 * the date sort's own comparison) and so the list's first order: each row is made when it is first read, and the
 * index by id when first asked for. At 10,000 events the window's first frame then makes a screenful of rows,
 * not 10,000 of them.
 */
class TimeOrderedRows implements RowList {
  private readonly made: Array<ListRow | undefined>;
  private readonly titles: Map<string, string>;
  private byId?: Map<string, number>;
  constructor(private readonly events: NewslineEvent[], sources: SourceInfo[]) {
    this.made = new Array(events.length);
    this.titles = new Map(sources.map((s) => [s.id, s.title]));
  }
  get length() {
    return this.events.length;
  }
  at(index: number): ListRow {
    return (this.made[index] ??= rowOf(this.events[index], this.titles));
  }
  indexOf(id: string): number {
    this.byId ??= new Map(this.events.map((e, i) => [e.id, i]));
    return this.byId.get(id) ?? -1;
  }
}

class SortedRows implements RowList {
  private byId?: Map<string, number>;
  constructor(private readonly rows: ListRow[]) {}
  get length() {
    return this.rows.length;
  }
  at(index: number): ListRow {
    return this.rows[index];
  }
  indexOf(id: string): number {
    this.byId ??= new Map(this.rows.map((r, i) => [r.id, i]));
    return this.byId.get(id) ?? -1;
  }
}

/**
 * The list's rows for a sort. `events` must be in time order (the store keeps them so): the list's first order,
 * by date ascending, is then theirs, and its rows are made as they are drawn.
 */
export function listRows(events: NewslineEvent[], sources: SourceInfo[], key: SortKey, descending: boolean): RowList {
  if (key === 'date' && !descending) return new TimeOrderedRows(events, sources);
  return new SortedRows(sortRows(toRows(events, sources), key, descending));
}

function rowOf(event: NewslineEvent, titles: Map<string, string>): ListRow {
  const source = sourceIdOf(event);
  return new Row(event, titles.get(source) ?? source);
}

export function toRows(events: NewslineEvent[], sources: SourceInfo[]): ListRow[] {
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  return events.map((event) => {
    const source = sourceIdOf(event);
    return new Row(event, titles.get(source) ?? source);
  });
}

// Made on first use: creating it loads the locale's collation data, which the window's first frame does not need.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string) => (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);

/** Sorted copy; ties keep time order, so a sort by source lists each source's events chronologically. */
export function sortRows(rows: ListRow[], key: SortKey, descending: boolean): ListRow[] {
  const byDate = (a: ListRow, b: ListRow) => a.start - b.start || a.end - b.end;
  const compare: Record<SortKey, (a: ListRow, b: ListRow) => number> = {
    date: byDate,
    title: (a, b) => compareText(a.title, b.title),
    precision: (a, b) => PRECISION_ORDER.indexOf(a.precision.split(',')[0]) - PRECISION_ORDER.indexOf(b.precision.split(',')[0]),
    provenance: (a, b) => compareText(a.provenance, b.provenance),
    source: (a, b) => compareText(a.source, b.source),
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || byDate(a, b));
}
