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

export function toRows(events: NewslineEvent[], sources: SourceInfo[]): ListRow[] {
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  return events.map((event) => ({
    ...eventInterval(event.date),
    id: event.id,
    date: formatEventDate(event.date),
    title: event.title,
    precision: precisionOf(event),
    provenance: PROVENANCE[event.date.basis] ?? event.date.basis,
    source: titles.get(sourceIdOf(event)) ?? sourceIdOf(event),
    style: dateStyle(event.date),
    event,
  }));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorted copy; ties keep time order, so a sort by source lists each source's events chronologically. */
export function sortRows(rows: ListRow[], key: SortKey, descending: boolean): ListRow[] {
  const byDate = (a: ListRow, b: ListRow) => a.start - b.start || a.end - b.end;
  const compare: Record<SortKey, (a: ListRow, b: ListRow) => number> = {
    date: byDate,
    title: (a, b) => collator.compare(a.title, b.title),
    precision: (a, b) => PRECISION_ORDER.indexOf(a.precision.split(',')[0]) - PRECISION_ORDER.indexOf(b.precision.split(',')[0]),
    provenance: (a, b) => collator.compare(a.provenance, b.provenance),
    source: (a, b) => collator.compare(a.source, b.source),
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || byDate(a, b));
}
