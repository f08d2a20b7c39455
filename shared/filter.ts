import { eventInterval, isUncertain } from './dates';
import { sourceIndex, type DateBasis, type NewslineDocument, type NewslineEvent } from './document-core';
import { parseTimeValue, spanOf, toTimePoint, type Precision } from './time-value';

// Filters and search over a document: pure predicates, shared by the timeline, the event list, every export
// and the tests. Within one facet any choice matches (this source or that one); across facets all must.

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year', 'decade'];

export interface EventFilter {
  /** Source ids: an event matches when any of its evidence is in one of them. */
  sources?: string[];
  /** The precision of the event's (start) date. */
  precisions?: Precision[];
  /** Where the date comes from (the list's "Provenance"). */
  bases?: DateBasis[];
  /** Only dates the text does not pin down: a guessed year, or only a bound. */
  uncertainOnly?: boolean;
  /** A time value (2021, 2021-08, 2021-08-15): events that end before its start are left out. */
  from?: string;
  /** A time value: events that start after its end are left out. */
  to?: string;
  /** Category ids: an event matches when it has any of them. */
  categories?: string[];
}

export const NO_FILTER: EventFilter = Object.freeze({});

export type FilterFacet = keyof EventFilter;

/** True when the filter leaves anything out; an unreadable date bound does not count (it is reported instead). */
export function isFilterActive(f: EventFilter): boolean {
  return (
    !!f.sources?.length ||
    !!f.precisions?.length ||
    !!f.bases?.length ||
    f.uncertainOnly === true ||
    boundOf(f.from, 'start') !== undefined ||
    boundOf(f.to, 'end') !== undefined ||
    !!f.categories?.length
  );
}

function boundOf(value: string | undefined, side: 'start' | 'end'): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const p = parseTimeValue(v);
  return typeof p === 'string' ? undefined : spanOf(p)[side];
}

/** What is wrong with a filter's date bounds, in words; empty when nothing is. */
export function filterProblems(f: EventFilter): string[] {
  const problems: string[] = [];
  for (const [name, value] of [['From', f.from], ['To', f.to]] as const) {
    const v = value?.trim();
    if (v && typeof parseTimeValue(v) === 'string') problems.push(`${name}: "${v}" is not a date; write a year (2021), a month (2021-08) or a day (2021-08-15)`);
  }
  const from = boundOf(f.from, 'start');
  const to = boundOf(f.to, 'end');
  if (from !== undefined && to !== undefined && to <= from) problems.push('The range ends before it starts');
  return problems;
}

/** An event's parsed date facts, kept per event object: events are never changed in place, so each is parsed once. */
const facts = new WeakMap<NewslineEvent['date'], { precision: Precision; start: number; end: number }>();
function dateFacts(date: NewslineEvent['date']) {
  let f = facts.get(date);
  if (!f) {
    f = { precision: toTimePoint(date.start).precision, ...eventInterval(date) };
    facts.set(date, f);
  }
  return f;
}

/** One test per event, with the filter's sets built once: fast enough to run over 10,000 events per keystroke. */
export function eventPredicate(f: EventFilter): (event: NewslineEvent) => boolean {
  const sources = f.sources?.length ? new Set(f.sources) : null;
  const precisions = f.precisions?.length ? new Set<string>(f.precisions) : null;
  const bases = f.bases?.length ? new Set<string>(f.bases) : null;
  const categories = f.categories?.length ? new Set(f.categories) : null;
  const from = boundOf(f.from, 'start');
  const to = boundOf(f.to, 'end');
  const uncertain = f.uncertainOnly === true;
  return (e) => {
    if (sources && !e.evidence.some((a) => sources.has(a.sourceId))) return false;
    if (precisions && !precisions.has(dateFacts(e.date).precision)) return false;
    if (bases && !bases.has(e.date.basis)) return false;
    if (uncertain && !isUncertain(e.date)) return false;
    if (categories && !e.categories?.some((c) => categories.has(c))) return false;
    if (from !== undefined || to !== undefined) {
      const i = dateFacts(e.date);
      if (from !== undefined && i.end <= from) return false;
      if (to !== undefined && i.start >= to) return false;
    }
    return true;
  };
}

/** The events the filter keeps, in their order; the same array when it keeps them all. */
export function filterEvents<E extends NewslineEvent>(events: E[], f: EventFilter): E[] {
  if (!isFilterActive(f)) return events;
  const keep = eventPredicate(f);
  const kept = events.filter(keep);
  return kept.length === events.length ? events : kept;
}

/** The document with only the events the filter keeps: what every export receives. Sources stay whole (quotes point into them). */
export function filterDocument(doc: NewslineDocument, f: EventFilter): NewslineDocument {
  const events = filterEvents(doc.events, f);
  return events === doc.events ? doc : { ...doc, events };
}

/** Each active facet as a chip's words, e.g. "Source: TASS", "Uncertain only", "From 2020 to 2021". */
export function describeFilter(f: EventFilter, doc: Pick<NewslineDocument, 'sources' | 'categories'> | null): Array<{ facet: FilterFacet; label: string }> {
  const chips: Array<{ facet: FilterFacet; label: string }> = [];
  const names = (ids: string[], all: ReadonlyArray<{ id: string }>, name: (x: never) => string) =>
    ids.map((id) => {
      const found = all.find((x) => x.id === id);
      return found ? name(found as never) : id;
    });
  if (f.sources?.length) chips.push({ facet: 'sources', label: `${f.sources.length === 1 ? 'Source' : 'Sources'}: ${names(f.sources, doc?.sources ?? [], (s: { title: string; id: string }) => s.title || s.id).join(', ')}` });
  if (f.precisions?.length) chips.push({ facet: 'precisions', label: `Precision: ${f.precisions.join(', ')}` });
  if (f.bases?.length) chips.push({ facet: 'bases', label: `Provenance: ${f.bases.map((b) => BASIS_WORDS[b]).join(', ')}` });
  if (f.uncertainOnly) chips.push({ facet: 'uncertainOnly', label: 'Uncertain only' });
  const from = boundOf(f.from, 'start') !== undefined ? f.from!.trim() : '';
  const to = boundOf(f.to, 'end') !== undefined ? f.to!.trim() : '';
  if (from && to) chips.push({ facet: 'from', label: `From ${from} to ${to}` });
  else if (from) chips.push({ facet: 'from', label: `From ${from}` });
  else if (to) chips.push({ facet: 'to', label: `Until ${to}` });
  if (f.categories?.length) chips.push({ facet: 'categories', label: `${f.categories.length === 1 ? 'Category' : 'Categories'}: ${names(f.categories, doc?.categories ?? [], (c: { name: string }) => c.name).join(', ')}` });
  return chips;
}

/** Provenance in the event list's words. */
export const BASIS_WORDS: Record<DateBasis, string> = { stated: 'Stated', publication: 'From publication date', record: 'Public record', imported: 'Imported' };

// Search.

/** Text lowercased once, with where each lowercased character came from when lowercasing changed the length. */
interface LowerText {
  lower: string;
  /** origin[i] is the index in the original text of lower[i]; absent when the lengths match. */
  origin?: Int32Array;
}

function lowerWithOrigin(text: string): LowerText {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return { lower };
  // Rare ("İ" becomes two code units): map character by character.
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const low = ch.toLowerCase();
    for (let k = 0; k < low.length; k++) origin.push(i);
    out += low;
    i += ch.length;
  }
  origin.push(text.length);
  return { lower: out, origin: Int32Array.from(origin) };
}

export interface SearchIndex {
  /** Per event: its title, notes and quotes, lowercased, joined by a character no query contains. */
  events: Map<string, string>;
  paragraphs: Array<{ sourceId: string; paragraphId: string; text: LowerText }>;
}

const SEP = '\u0000';
const indexes = new WeakMap<NewslineDocument, SearchIndex>();

/** The document's lowercased text, computed once per document (documents are never changed in place). */
export function searchIndexOf(doc: NewslineDocument): SearchIndex {
  const cached = indexes.get(doc);
  if (cached) return cached;
  const paragraphsById = sourceIndex(doc.sources);
  const events = new Map<string, string>();
  for (const e of doc.events) {
    const parts = [e.title, e.note ?? '', e.date.note ?? ''];
    for (const a of e.evidence) parts.push(paragraphsById.get(a.sourceId)?.get(a.paragraphId)?.slice(a.start, a.end) ?? '');
    events.set(e.id, parts.join(SEP).toLowerCase());
  }
  const paragraphs: SearchIndex['paragraphs'] = [];
  for (const s of doc.sources) {
    for (const p of s.paragraphs) if (p.role !== 'chrome') paragraphs.push({ sourceId: s.id, paragraphId: p.id, text: lowerWithOrigin(p.text) });
  }
  const index = { events, paragraphs };
  indexes.set(doc, index);
  return index;
}

/** The query as matched: trimmed, inner runs of space made one, lowercased; empty matches nothing. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().toLowerCase().replaceAll(SEP, '');
}

export interface TextHit {
  sourceId: string;
  paragraphId: string;
  start: number;
  end: number;
}

export type SearchHit = { kind: 'event'; eventId: string } | ({ kind: 'text' } & TextHit);

export interface SearchResult {
  query: string;
  /** Matching events, in the order given. */
  eventIds: string[];
  eventSet: Set<string>;
  /** Matches in the articles' text, in source then reading order. */
  text: TextHit[];
  /** Everything Enter steps through: the events first, in time order, then the places in the text. */
  hits: SearchHit[];
  /** True when there were more places in the text than `textLimit`. */
  truncated: boolean;
}

export const TEXT_HIT_LIMIT = 5000;

/**
 * Finds the query in the events' titles, notes and quotes, and in the article text of `sourceIds` (all when
 * absent). Case-insensitive; the document's text is lowercased only once (searchIndexOf).
 */
export function searchDocument(
  doc: NewslineDocument,
  events: readonly NewslineEvent[],
  query: string,
  opts: { sourceIds?: ReadonlySet<string>; textLimit?: number } = {},
): SearchResult {
  const q = normaliseQuery(query);
  const empty: SearchResult = { query: q, eventIds: [], eventSet: new Set(), text: [], hits: [], truncated: false };
  if (!q) return empty;
  const index = searchIndexOf(doc);
  const eventIds: string[] = [];
  for (const e of events) if (index.events.get(e.id)?.includes(q)) eventIds.push(e.id);
  const limit = opts.textLimit ?? TEXT_HIT_LIMIT;
  const text: TextHit[] = [];
  let truncated = false;
  outer: for (const p of index.paragraphs) {
    if (opts.sourceIds && !opts.sourceIds.has(p.sourceId)) continue;
    const { lower, origin } = p.text;
    for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, at + q.length)) {
      if (text.length >= limit) {
        truncated = true;
        break outer;
      }
      const start = origin ? origin[at] : at;
      const end = origin ? origin[at + q.length] : at + q.length;
      text.push({ sourceId: p.sourceId, paragraphId: p.paragraphId, start, end });
    }
  }
  const hits: SearchHit[] = [...eventIds.map((eventId) => ({ kind: 'event' as const, eventId })), ...text.map((t) => ({ kind: 'text' as const, ...t }))];
  return { query: q, eventIds, eventSet: new Set(eventIds), text, hits, truncated };
}
