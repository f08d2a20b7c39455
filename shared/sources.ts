import type { Anchor, NewslineDocument, NewslineEvent, Source } from './document';

// Several articles in one timeline: adding an imported article as a new source, and removing one. Pure
// functions over the document; the store calls them and keeps the result (and the previous one, for undo).

/** The next free source id: s1, s2, ... never reusing one still in the document. */
export function nextSourceId(doc: Pick<NewslineDocument, 'sources'>): string {
  const used = new Set(doc.sources.map((s) => s.id));
  let n = doc.sources.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

/**
 * Adds every source of `incoming` (an imported article, usually one source) to `doc`, giving each a fresh source
 * id, and its events fresh event ids; their anchors follow the new source ids. Nothing already in `doc` changes.
 * Returns the new document and the ids the incoming sources were given, in order.
 */
export function addSources(doc: NewslineDocument, incoming: Pick<NewslineDocument, 'sources' | 'events' | 'dismissed'>): { document: NewslineDocument; sourceIds: string[] } {
  const sources = [...doc.sources];
  const renamed = new Map<string, string>();
  for (const source of incoming.sources) {
    const id = nextSourceId({ sources });
    renamed.set(source.id, id);
    sources.push({ ...source, id });
  }
  const moveAnchor = (a: Anchor): Anchor => ({ ...a, sourceId: renamed.get(a.sourceId) ?? a.sourceId });
  const eventIds = new Set(doc.events.map((e) => e.id));
  const events = [...doc.events];
  for (const event of incoming.events) {
    const sourceId = renamed.get(event.evidence[0]?.sourceId ?? '') ?? [...renamed.values()][0] ?? 'x';
    let id = `${sourceId}-${event.id}`;
    for (let n = 2; eventIds.has(id); n++) id = `${sourceId}-${event.id}-${n}`;
    eventIds.add(id);
    events.push({ ...event, id, evidence: event.evidence.map(moveAnchor) });
  }
  const dismissed = [...(doc.dismissed ?? []), ...(incoming.dismissed ?? []).map(moveAnchor)];
  // A timeline of one article used that article's title; once there are several, keep showing the same title.
  const title = doc.title ?? (doc.sources.length ? doc.sources[0].title : undefined);
  return {
    document: { ...doc, ...(title !== undefined ? { title } : {}), sources, events, ...(dismissed.length ? { dismissed } : {}) },
    sourceIds: [...renamed.values()],
  };
}

export interface RemovalSummary {
  /** Events that had evidence only in the removed source, and went with it. */
  removedEvents: string[];
  /** Events other sources also report: they stay, with their other evidence. */
  keptEvents: string[];
}

/**
 * Removes one source. Its events go, except those another source also reports, which keep their other evidence.
 * Events with no evidence at all (imported from a timeline) never belonged to a source and stay.
 */
export function removeSource(doc: NewslineDocument, sourceId: string): { document: NewslineDocument; summary: RemovalSummary } {
  const summary: RemovalSummary = { removedEvents: [], keptEvents: [] };
  if (!doc.sources.some((s) => s.id === sourceId)) return { document: doc, summary };
  const events: NewslineEvent[] = [];
  for (const event of doc.events) {
    if (!event.evidence.some((a) => a.sourceId === sourceId)) {
      events.push(event);
      continue;
    }
    const evidence = event.evidence.filter((a) => a.sourceId !== sourceId);
    if (evidence.length === 0) {
      summary.removedEvents.push(event.id);
    } else {
      summary.keptEvents.push(event.id);
      events.push(withoutSourceParts({ ...event, evidence }, sourceId));
    }
  }
  const dismissed = doc.dismissed?.filter((a) => a.sourceId !== sourceId);
  const rejected = doc.rejectedMerges?.filter((r) => r.a.sourceId !== sourceId && r.b.sourceId !== sourceId);
  const next: NewslineDocument = { ...doc, sources: doc.sources.filter((s) => s.id !== sourceId), events };
  if (doc.dismissed) {
    if (dismissed!.length) next.dismissed = dismissed;
    else delete next.dismissed;
  }
  if (doc.rejectedMerges) {
    if (rejected!.length) next.rejectedMerges = rejected;
    else delete next.rejectedMerges;
  }
  return { document: next, summary };
}

/** A merged event loses the parts that only the removed source reported; one part left is no merge any more. */
function withoutSourceParts(event: NewslineEvent, sourceId: string): NewslineEvent {
  if (!event.merged) return event;
  const parts = event.merged
    .map((p) => ({ ...p, evidence: p.evidence.filter((a) => a.sourceId !== sourceId) }))
    .filter((p) => p.evidence.length > 0);
  const { merged: _m, ...rest } = event;
  return parts.length >= 2 ? { ...rest, merged: parts } : rest;
}

/** The sources an event's evidence comes from, in the document's order. */
export function sourcesOf(doc: Pick<NewslineDocument, 'sources'>, event: Pick<NewslineEvent, 'evidence'>): Source[] {
  const ids = new Set(event.evidence.map((a) => a.sourceId));
  return doc.sources.filter((s) => ids.has(s.id));
}

/**
 * Puts freshly extracted events of one source in place of the old ones (after its publication date changed).
 * Events reported only by that source go; events other sources also report stay. New ids never collide with
 * another source's events.
 */
export function replaceSourceEvents(doc: NewslineDocument, sourceId: string, extracted: NewslineEvent[]): NewslineDocument {
  const kept = doc.events.filter((e) => e.evidence.length === 0 || e.evidence.some((a) => a.sourceId !== sourceId));
  const ids = new Set(kept.map((e) => e.id));
  const fresh = extracted.map((event) => {
    let id = event.id;
    if (ids.has(id)) id = `${sourceId}-${event.id}`;
    for (let n = 2; ids.has(id); n++) id = `${sourceId}-${event.id}-${n}`;
    ids.add(id);
    return { ...event, id };
  });
  return { ...doc, events: [...kept, ...fresh] };
}
