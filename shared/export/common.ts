import { compareEventDates } from '../dates';
import { documentTitle, findSource, quoteOf, type NewslineDocument, type NewslineEvent, type Source } from '../document-core';
import { formatTimePoint, toTimePoint } from '../time-value';

// What every export shares: which events go out, in what order, and how a source and a quote are named.

/** Which events an export includes; later filters (issue 13) pass theirs here. Absent = every event. */
export type EventFilter = (event: NewslineEvent) => boolean;

export interface ExportOptions {
  filter?: EventFilter;
}

/** The events an export writes: those the filter keeps, in time order (the article's order for ties). */
export function exportedEvents(doc: NewslineDocument, opts: ExportOptions = {}): NewslineEvent[] {
  const kept = opts.filter ? doc.events.filter(opts.filter) : [...doc.events];
  return kept.sort(compareEventDates);
}

/** The source an event's first evidence span points into; imported events have none. */
export function eventSource(doc: NewslineDocument, event: NewslineEvent): Source | undefined {
  const anchor = event.evidence[0];
  return anchor ? findSource(doc, anchor.sourceId) : undefined;
}

/** The name a group of events carries in exports: its source's title, or the group it was imported in. */
export function groupOf(doc: NewslineDocument, event: NewslineEvent): string | undefined {
  const source = eventSource(doc, event);
  if (source) return source.title || source.publisher || source.id;
  return event.group;
}

/** Every quote of an event, in evidence order, without empty ones. */
export function quotesOf(doc: NewslineDocument, event: NewslineEvent): string[] {
  return event.evidence.map((a) => quoteOf(doc, a)).filter((q) => q.length > 0);
}

/** "TASS, 15 May 2024" — the source as a citation line, without its title. */
export function sourceDetails(source: Source): string {
  const parts: string[] = [];
  if (source.publisher) parts.push(source.publisher);
  if (source.published) parts.push(formatTimePoint(toTimePoint(source.published)));
  return parts.join(', ');
}

export { documentTitle };

/** Safe to put into HTML as text or in a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links are written out as links; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
