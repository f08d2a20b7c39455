import { eventInterval, formatEventDate } from './dates';
import { quoteOf, type Anchor, type EventDate, type MergePart, type NewslineDocument, type NewslineEvent } from './document-core';
import { freshEventId, mergeEvents, updateEvent } from './edits';

// The same event in several articles. Newsline proposes to merge events of different sources that look alike
// (dates in the same window; the same names, action and object in their quotes), the user accepts or rejects each
// proposal, a merged event can be split back, and where the merged sources disagree on the date the user picks
// one or keeps the range. Pure functions over the document: main computes proposals, the store applies them.

export interface MergeProposal {
  /** Stable for the pair: "idA+idB" with the ids in the document's order, or "id@sentence" for a sentence. */
  id: string;
  /**
   * The two events, the one whose date is better supported first (it becomes the merged event); or, for a sentence
   * of another source that tells of the event without a date, the one event.
   */
  eventIds: [string, string] | [string];
  /** The sentence proposed as more evidence for eventIds[0] (its source gives no date of its own). */
  anchor?: Anchor;
  /** How alike they are, 0..1. */
  score: number;
  /** The words they share, for the review panel ("resign", "Jobs"). */
  shared: string[];
}

/** Dates further apart than this (after their own precision and bounds) are not the same event. */
export const DATE_WINDOW_DAYS = 7;
const DAY = 86_400_000;

/** The stretch of time a date allows, with "before"/"after" open on that side; precise when the article states it. */
export function dateWindow(date: EventDate): { lo: number; hi: number; precise: boolean } {
  const { start, end } = eventInterval(date);
  if (date.mod === 'before') return { lo: -Infinity, hi: end, precise: false };
  if (date.mod === 'after') return { lo: start, hi: Infinity, precise: false };
  return { lo: start, hi: end, precise: date.basis !== 'publication' };
}

/** True when two events' dates could be the same happening, within the window. */
export function datesCompatible(a: EventDate, b: EventDate, windowDays = DATE_WINDOW_DAYS): boolean {
  const x = dateWindow(a);
  const y = dateWindow(b);
  return x.lo <= y.hi + windowDays * DAY && y.lo <= x.hi + windowDays * DAY;
}

export function overlapsAnchor(a: Anchor, b: Anchor): boolean {
  return a.sourceId === b.sourceId && a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
}

/** True when the user has already said these two (events, or an event and a sentence) are not the same. */
export function isRejected(doc: Pick<NewslineDocument, 'rejectedMerges'>, a: readonly Anchor[], b: readonly Anchor[]): boolean {
  const has = (list: readonly Anchor[], x: Anchor) => list.some((y) => overlapsAnchor(x, y));
  return (doc.rejectedMerges ?? []).some((r) => (has(a, r.a) && has(b, r.b)) || (has(a, r.b) && has(b, r.a)));
}

/** What accepting proposals makes of some events: one merged event, with sentences of other sources as evidence. */
export interface MergeGroup {
  /** The events to merge, the lead first. */
  eventIds: string[];
  /** Sentences (of sources that give no date) that join it as evidence. */
  sentences: Anchor[];
}

/**
 * The groups accepting every proposal at or above `minScore` makes, in score order (the review panel's
 * "Accept all"): events joined through any chain of proposals become one; a sentence joins the first group
 * proposed for it.
 */
export function mergeGroups(proposals: readonly MergeProposal[], minScore = 0): MergeGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const groups = new Map<string, MergeGroup>();
  const used = new Set<string>();
  const sorted = [...proposals].filter((p) => p.score >= minScore).sort((p, q) => q.score - p.score);
  for (const p of sorted) {
    if (p.anchor || p.eventIds.length < 2) continue;
    const a = find(p.eventIds[0]);
    const b = find(p.eventIds[1]!);
    if (a === b) continue;
    const ga = groups.get(a) ?? { eventIds: [a], sentences: [] };
    const gb = groups.get(b) ?? { eventIds: [b], sentences: [] };
    parent.set(b, a);
    groups.set(a, { eventIds: [...ga.eventIds, ...gb.eventIds], sentences: [] });
    groups.delete(b);
  }
  const firstFor = new Map<string, string>();
  for (const p of sorted) {
    if (!p.anchor) continue;
    const key = `${p.anchor.sourceId}:${p.anchor.paragraphId}:${p.anchor.start}`;
    const first = firstFor.get(key);
    if (first === undefined) firstFor.set(key, p.eventIds[0]);
    else {
      const a = find(first);
      const b = find(p.eventIds[0]);
      if (a !== b) {
        const ga = groups.get(a) ?? { eventIds: [a], sentences: [] };
        const gb = groups.get(b) ?? { eventIds: [b], sentences: [] };
        parent.set(b, a);
        groups.set(a, { eventIds: [...ga.eventIds, ...gb.eventIds], sentences: [] });
        groups.delete(b);
      }
    }
  }
  for (const p of sorted) {
    if (!p.anchor) continue;
    const key = `${p.anchor.sourceId}:${p.anchor.paragraphId}:${p.anchor.start}`;
    if (used.has(key)) continue;
    used.add(key);
    const root = find(p.eventIds[0]);
    const g = groups.get(root) ?? { eventIds: [root], sentences: [] };
    g.sentences.push(p.anchor);
    groups.set(root, g);
  }
  return [...groups.values()];
}

/** Adds a sentence of another source to an event as more evidence, as a part the merge can later split off. */
export function attachSentence(doc: NewslineDocument, eventId: string, anchor: Anchor): { document: NewslineDocument; id: string } | null {
  const event = doc.events.find((e) => e.id === eventId);
  const source = doc.sources.find((s) => s.id === anchor.sourceId);
  const text = quoteOf(doc, anchor).replace(/\s+/g, ' ').trim();
  if (!event || !source || !text || event.evidence.some((a) => overlapsAnchor(a, anchor))) return null;
  const date: EventDate = source.published
    ? { start: source.published, mod: 'before', basis: 'publication' }
    : event.date;
  const part: NewslineEvent = { id: freshEventId(doc, `${anchor.sourceId}-m`), title: text.length > 160 ? `${text.slice(0, 159)}…` : text, date, evidence: [anchor], origin: 'extracted' };
  return mergeEvents({ ...doc, events: [...doc.events, part] }, [eventId, part.id]);
}

/** Accepts one proposal: merges its two events, or adds its sentence to the event. */
export function acceptProposal(doc: NewslineDocument, proposal: Pick<MergeProposal, 'eventIds' | 'anchor'>): { document: NewslineDocument; id: string } | null {
  if (proposal.anchor) return attachSentence(doc, proposal.eventIds[0], proposal.anchor);
  return mergeEvents(doc, proposal.eventIds);
}

/** Accepts several groups at once (one undo step): each becomes one event. Returns the merged events' ids. */
export function acceptGroups(doc: NewslineDocument, groups: readonly MergeGroup[]): { document: NewslineDocument; ids: string[] } {
  let document = doc;
  const ids: string[] = [];
  for (const group of groups) {
    let id = group.eventIds[0];
    if (group.eventIds.length > 1) {
      const merged = mergeEvents(document, group.eventIds);
      if (!merged) continue;
      document = merged.document;
      id = merged.id;
    }
    for (const anchor of group.sentences) {
      const joined = attachSentence(document, id, anchor);
      if (joined) document = joined.document;
    }
    if (document !== doc) ids.push(id);
  }
  return { document, ids };
}

/** Records that a proposal is wrong, so it is not proposed again (the first span of each side). */
export function rejectMerge(doc: NewslineDocument, proposal: Pick<MergeProposal, 'eventIds' | 'anchor'>): NewslineDocument {
  const a = doc.events.find((e) => e.id === proposal.eventIds[0]);
  const other = proposal.anchor ? proposal.anchor : doc.events.find((e) => e.id === proposal.eventIds[1])?.evidence[0];
  if (!a?.evidence[0] || !other || isRejected(doc, a.evidence, [other])) return doc;
  return { ...doc, rejectedMerges: [...(doc.rejectedMerges ?? []), { a: a.evidence[0], b: other }] };
}

/**
 * Splits a merged event back into the events it was made from, as they were. The parts keep their own ids
 * where no other event has taken them. Returns the ids of the restored events.
 */
export function unmergeEvent(doc: NewslineDocument, id: string): { document: NewslineDocument; ids: string[] } | null {
  const at = doc.events.findIndex((e) => e.id === id);
  const event = doc.events[at];
  if (!event?.merged) return null;
  const taken = new Set(doc.events.filter((e) => e.id !== id).map((e) => e.id));
  const restored: NewslineEvent[] = event.merged.map((part) => {
    let partId = part.id;
    for (let k = 2; taken.has(partId); k++) partId = `${part.id}-${k}`;
    taken.add(partId);
    return { ...part, id: partId, ...(event.categories?.length ? { categories: event.categories } : {}) };
  });
  const events = [...doc.events.slice(0, at), ...restored, ...doc.events.slice(at + 1)];
  return { document: { ...doc, events }, ids: restored.map((e) => e.id) };
}

/** How many sources report an event. */
export function sourceCount(event: Pick<NewslineEvent, 'evidence'>): number {
  return new Set(event.evidence.map((a) => a.sourceId)).size;
}

export interface SourceDate {
  /** The part (the event as one source reported it) that gave this date. */
  partId: string;
  sourceIds: string[];
  date: EventDate;
  label: string;
}

function sameDate(a: EventDate, b: EventDate): boolean {
  return a.start === b.start && a.end === b.end && a.mod === b.mod && !!a.yearUncertain === !!b.yearUncertain;
}

/** Only "before it was published": an article that tells of the event without a date of its own. */
const onlyBound = (date: EventDate) => date.basis === 'publication' && date.mod === 'before';

/**
 * Each source's date for a merged event whose sources disagree; null when they agree or it is not merged. An
 * article that gives no date of its own (only "before it was published") disagrees with nobody.
 */
export function dateConflict(event: NewslineEvent): SourceDate[] | null {
  if (!event.merged) return null;
  const all = event.merged.map((p) => ({ partId: p.id, sourceIds: [...new Set(p.evidence.map((a) => a.sourceId))], date: p.date, label: formatEventDate(p.date) }));
  const dated = all.filter((d) => !onlyBound(d.date));
  const dates = dated.length ? dated : all;
  return dates.some((d) => !sameDate(d.date, dates[0].date)) ? dates : null;
}

/** True when the merged event's date is the range over every source's date. */
export function keepsRange(event: NewslineEvent): boolean {
  const range = rangeDate(event);
  return range !== null && sameDate(range, event.date);
}

/** True when a merged event's sources' dates have a range over them to keep (not one open both ways). */
export function hasDateRange(event: NewslineEvent): boolean {
  return rangeDate(event) !== null;
}

/** The date from the earliest any source allows to the latest, for a merged event. */
function rangeDate(event: NewslineEvent): EventDate | null {
  if (!event.merged) return null;
  const dated = event.merged.filter((p) => !onlyBound(p.date));
  const parts = dated.length ? dated : event.merged;
  const spans = parts.map((p) => ({ p, ...eventInterval(p.date) }));
  const first = spans.reduce((x, y) => (y.start < x.start ? y : x));
  const last = spans.reduce((x, y) => (y.end > x.end ? y : x));
  const bases = new Set(parts.map((p) => p.date.basis));
  const basis = bases.size === 1 ? parts[0].date.basis : 'stated';
  // "since 2004" is open towards the future, "before 2004" towards the past: the range over it is open too, and
  // over both it would say nothing.
  const after = parts.some((p) => p.date.mod === 'after');
  const before = parts.some((p) => p.date.mod === 'before');
  if (after && before) return null;
  let date: EventDate;
  if (after) date = { start: first.p.date.start, mod: 'after', basis };
  else if (before) date = { start: last.p.date.end ?? last.p.date.start, mod: 'before', basis };
  else {
    const start = first.p.date.start;
    const end = last.p.date.end ?? last.p.date.start;
    date = { start, basis };
    if (end !== start) date.end = end;
  }
  if (parts.some((p) => p.date.yearUncertain)) date.yearUncertain = true;
  date.note = `The sources disagree on the date; the range covers ${parts.map((p) => formatEventDate(p.date)).join(' and ')}.`;
  return date;
}

/** The user picks one source's date for a merged event. */
export function pickSourceDate(doc: NewslineDocument, eventId: string, partId: string): NewslineDocument {
  const event = doc.events.find((e) => e.id === eventId);
  const part = event?.merged?.find((p) => p.id === partId);
  return part ? updateEvent(doc, eventId, { date: part.date }) : doc;
}

/** The user keeps the range over every source's date. */
export function keepDateRange(doc: NewslineDocument, eventId: string): NewslineDocument {
  const event = doc.events.find((e) => e.id === eventId);
  const range = event && rangeDate(event);
  return range ? updateEvent(doc, eventId, { date: range }) : doc;
}

/** The proposals that involve one event, for its details card. */
export function proposalsFor(proposals: readonly MergeProposal[], eventId: string): MergeProposal[] {
  return proposals.filter((p) => p.eventIds.includes(eventId));
}

/** The parts of a merged event as plain parts (for code that does not care whether it was merged). */
export function partsOf(event: NewslineEvent): MergePart[] {
  if (event.merged) return event.merged;
  const { merged: _m, categories: _c, ...part } = event;
  return [part];
}
