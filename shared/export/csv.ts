import { basisLabel } from '../dates';
import { quoteOf, type NewslineDocument, type NewslineEvent } from '../document-core';
import { toTimePoint } from '../time-value';
import { eventSource, exportedEvents, sourceDetails, type ExportOptions } from './common';

// The event list as a table, one row per event. main/export writes it with csv-stringify; this module only
// decides the cells, so the renderer and the command line share it.

export const CSV_COLUMNS = [
  'id', 'title', 'start', 'end', 'precision', 'before/after', 'year uncertain', 'provenance', 'note', 'quote', 'source', 'paragraph id', 'span',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function precisionOf(event: NewslineEvent): string {
  const start = toTimePoint(event.date.start).precision;
  const end = event.date.end === undefined ? start : toTimePoint(event.date.end).precision;
  return start === end ? start : `${start} to ${end}`;
}

export function eventToCsvRow(doc: NewslineDocument, event: NewslineEvent): CsvRow {
  const source = eventSource(doc, event);
  const sourceName = source ? [source.title, sourceDetails(source), source.url].filter(Boolean).join(', ') : (event.group ?? '');
  return {
    id: event.id,
    title: event.title,
    start: event.date.start,
    end: event.date.end ?? '',
    precision: precisionOf(event),
    // before/after, or TIMEX3's other qualifiers (approx, start, mid, end) where the date has one.
    'before/after': event.date.mod ?? '',
    'year uncertain': event.date.yearUncertain ? 'yes' : 'no',
    provenance: [basisLabel(event.date), event.date.note].filter(Boolean).join('. '),
    note: event.note ?? '',
    // Several evidence spans: one line each, in the same order in quote, paragraph id and span.
    quote: event.evidence.map((a) => quoteOf(doc, a)).join('\n'),
    source: sourceName,
    'paragraph id': event.evidence.map((a) => a.paragraphId).join('\n'),
    span: event.evidence.map((a) => `${a.start}-${a.end}`).join('\n'),
  };
}

/** Header then one row per exported event, as arrays of cells in CSV_COLUMNS order. */
export function toCsvRecords(doc: NewslineDocument, opts: ExportOptions = {}): string[][] {
  return [[...CSV_COLUMNS], ...exportedEvents(doc, opts).map((e) => CSV_COLUMNS.map((c) => eventToCsvRow(doc, e)[c]))];
}
