import type { Anchor, EventDate, MergePart, NewslineDocument, NewslineEvent } from './document-core';
import { sameAnchor } from './document-core';
import { formatEventDate } from './dates';

// Every change a person makes to a document, as plain functions from one document to the next. They never
// mutate their input, so the store can keep the previous document for undo and compare references for
// "unsaved". The store validates each result before it becomes the document.

export interface EventPatch {
  title?: string;
  date?: EventDate;
  evidence?: Anchor[];
  note?: string;
}

/** A fresh event id that no event in the document has. */
export function freshEventId(doc: Pick<NewslineDocument, 'events'>, prefix = 'e'): string {
  const taken = new Set(doc.events.map((e) => e.id));
  for (let n = doc.events.length + 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

function replaceEvent(doc: NewslineDocument, id: string, make: (e: NewslineEvent) => NewslineEvent): NewslineDocument {
  const at = doc.events.findIndex((e) => e.id === id);
  if (at === -1) return doc;
  const events = [...doc.events];
  events[at] = make(events[at]);
  return { ...doc, events };
}

/** What an event becomes once a person has changed it: "edited", keeping the machine's first proposal. */
function touched(event: NewslineEvent): Pick<NewslineEvent, 'origin' | 'suggestion'> {
  if (event.origin === 'added') return { origin: 'added' };
  const suggestion = event.suggestion ?? (event.origin === 'extracted' ? { title: event.title, date: event.date } : undefined);
  return suggestion ? { origin: 'edited', suggestion } : { origin: 'edited' };
}

function withoutEmptyNote<T extends { note?: string }>(x: T): T {
  if (x.note !== undefined && x.note.trim() === '') {
    const { note: _n, ...rest } = x;
    return rest as T;
  }
  return x;
}

/** Changes an event's title, date, evidence or note. A change that changes nothing returns the same document. */
export function updateEvent(doc: NewslineDocument, id: string, patch: EventPatch): NewslineDocument {
  const event = doc.events.find((e) => e.id === id);
  if (!event) return doc;
  const next = withoutEmptyNote({ ...event, ...patch, date: patch.date ? withoutEmptyNote(patch.date) : event.date });
  if (JSON.stringify(next) === JSON.stringify(event)) return doc;
  return replaceEvent(doc, id, () => ({ ...next, ...touched(event) }));
}

/** Puts back what the machine first proposed for an edited event: its title and date. */
export function revertToSuggestion(doc: NewslineDocument, id: string): NewslineDocument {
  const event = doc.events.find((e) => e.id === id);
  if (!event?.suggestion) return doc;
  const { suggestion, ...rest } = event;
  return replaceEvent(doc, id, () => ({ ...rest, title: suggestion.title, date: suggestion.date, origin: 'extracted' }));
}

export interface NewEvent {
  title: string;
  date: EventDate;
  evidence: Anchor[];
  note?: string;
}

export function addEvent(doc: NewslineDocument, event: NewEvent): { document: NewslineDocument; id: string } {
  const id = freshEventId(doc);
  const added: NewslineEvent = withoutEmptyNote({ id, title: event.title, date: event.date, evidence: event.evidence, origin: 'added', note: event.note });
  return { document: { ...doc, events: [...doc.events, added] }, id };
}

export function deleteEvents(doc: NewslineDocument, ids: readonly string[]): NewslineDocument {
  const events = doc.events.filter((e) => !ids.includes(e.id));
  return events.length === doc.events.length ? doc : { ...doc, events };
}

/**
 * Joins two or more events into the first one named: its title and date stay, the evidence of all of them is
 * joined (each span once), and so are their notes.
 */
export function mergeEvents(doc: NewslineDocument, ids: readonly string[]): { document: NewslineDocument; id: string } | null {
  const parts = [...new Set(ids)].map((id) => doc.events.find((e) => e.id === id)).filter((e): e is NewslineEvent => e !== undefined);
  if (parts.length < 2) return null;
  const [first, ...rest] = parts;
  const evidence: Anchor[] = [];
  for (const a of parts.flatMap((e) => e.evidence)) if (!evidence.some((b) => sameAnchor(a, b))) evidence.push(a);
  const notes = parts.map((e) => e.note?.trim()).filter((n): n is string => !!n);
  // The merged event shows the first part's date: another part's note explains a date it does not show ("the
  // article gives no date" beside a stated one), so only notes of parts that give the same date are joined.
  const shownDate = formatEventDate(first.date);
  const dateNotes = parts.filter((e) => formatEventDate(e.date) === shownDate && e.date.basis === first.date.basis).map((e) => e.date.note?.trim()).filter((n): n is string => !!n);
  // The merged event keeps every category any of its parts had.
  const categories = [...new Set(parts.flatMap((e) => e.categories ?? []))];
  // What each event was before the merge, so it can be split back and each source's date shown; an event that
  // was itself merged brings its own parts rather than nesting.
  const merged: NewslineEvent = withoutEmptyNote({
    ...first,
    ...(categories.length ? { categories } : {}),
    date: withoutEmptyNote({ ...first.date, note: [...new Set(dateNotes)].join(' ') }),
    evidence,
    note: [...new Set(notes)].join('\n\n'),
    ...touched(first),
    merged: parts.flatMap((e) => e.merged ?? [asPart(e)]),
  });
  const gone = new Set(rest.map((e) => e.id));
  const events = doc.events.filter((e) => !gone.has(e.id)).map((e) => (e.id === first.id ? merged : e));
  return { document: { ...doc, events }, id: first.id };
}

/**
 * An event as one part of a merged event: everything but its own parts and its categories (the merged event carries
 * them all, and unmerging gives them back to every part, so a category deleted meanwhile is never left behind).
 */
export function asPart(event: NewslineEvent): MergePart {
  const { merged: _m, categories: _c, ...part } = event;
  return part;
}

/** Removes an event and remembers its spans as "not an event", so re-extraction never brings it back. */
export function dismissEvent(doc: NewslineDocument, id: string): NewslineDocument {
  const event = doc.events.find((e) => e.id === id);
  if (!event) return doc;
  const dismissed = [...(doc.dismissed ?? [])];
  for (const a of event.evidence) if (!dismissed.some((b) => sameAnchor(a, b))) dismissed.push(a);
  return { ...doc, events: doc.events.filter((e) => e.id !== id), dismissed };
}

function overlaps(a: Anchor, b: Anchor): boolean {
  return a.sourceId === b.sourceId && a.paragraphId === b.paragraphId && a.start < b.end && b.start < a.end;
}

/** True for an event the machine drafted from this source and no person has touched since. */
export function isUntouchedDraft(event: NewslineEvent, sourceId: string): boolean {
  return event.origin === 'extracted' && event.evidence.length > 0 && event.evidence.every((a) => a.sourceId === sourceId);
}

/**
 * A source's publication date changes: only the machine's untouched drafts from that source are placed again,
 * from `extracted` (the extraction run against the new date). Curated, edited, added and imported events keep
 * their dates; new drafts that overlap them or a span marked "not an event" are left out. The same date changes
 * nothing: the same document comes back.
 */
export function applyPublished(doc: NewslineDocument, sourceId: string, published: string | null, extracted: NewslineEvent[]): NewslineDocument {
  const source = doc.sources.find((s) => s.id === sourceId);
  if (!source || source.published === published) return doc;
  const old = doc.events.filter((e) => isUntouchedDraft(e, sourceId));
  const kept = doc.events.filter((e) => !isUntouchedDraft(e, sourceId));
  const blocked = [...kept.flatMap((e) => e.evidence), ...(doc.dismissed ?? [])];
  const used = new Set(kept.map((e) => e.id));
  const fresh: NewslineEvent[] = [];
  for (const draft of extracted) {
    const evidence = draft.evidence.map((a) => ({ ...a, sourceId }));
    if (evidence.some((a) => blocked.some((b) => overlaps(a, b)))) continue;
    // A draft of the same sentence keeps its old id, so a selection or a link to it survives.
    const same = old.find((o) => !used.has(o.id) && overlaps(o.evidence[0], evidence[0]));
    const taken = (x: string) => used.has(x) || old.some((o) => o.id === x);
    const id = same ? same.id : !taken(draft.id) ? draft.id : freshEventId({ events: [...kept, ...fresh, ...old] }, 'x');
    used.add(id);
    fresh.push({ ...draft, id, evidence, origin: 'extracted' });
  }
  return {
    ...doc,
    sources: doc.sources.map((s) => (s.id === sourceId ? { ...s, published } : s)),
    events: [...kept, ...fresh],
  };
}
