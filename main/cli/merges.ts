import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatEventDate } from '../../shared/dates';
import { quoteOf, type Anchor, type EventDate, type NewslineDocument, type Source } from '../../shared/document';
import { acceptGroups, mergeGroups, type MergeProposal } from '../../shared/merges';

// `newsline merges`: the proposals the review panel would show, written out so they can be read or scored
// (../shared/eval/meantime-dev/README.md, "Scoring a merge feature"). The groups are exactly what the panel's
// "Accept all" at a level merges, and each span is also given as offsets into the file it was imported from.

/** A span as the merge scorer reads it: the article's name (its file name without the extension), offsets into that file. */
export interface FileSpan {
  file: string;
  start: number;
  end: number;
}

/** One side of a proposal: an event, or a sentence of another article that tells of it without a date. */
export interface ProposalSide {
  eventId: string | null;
  sourceId: string;
  sourceFile: string | null;
  title: string | null;
  date: EventDate | null;
  dateText: string;
  quote: string;
  anchor: Anchor;
  /** Where the quote is in the imported file, when it can be found there as it is. */
  span: FileSpan | null;
}

export interface ProposalExport {
  id: string;
  score: number;
  shared: string[];
  kind: 'events' | 'sentence';
  sides: ProposalSide[];
}

/**
 * Finds anchors in the files the sources were imported from: a paragraph's text is looked for in the file, in
 * order. `pathOf` gives a source's file on disk; a source without one, or a paragraph the import rewrote (an
 * HTML or Word file), has no offsets.
 */
export function fileLocator(doc: NewslineDocument, pathOf: (source: Source) => string | undefined): (a: Anchor) => FileSpan | null {
  const bySource = new Map<string, { name: string; at: Map<string, number> }>();
  for (const s of doc.sources) {
    const path = pathOf(s);
    if (!path) continue;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const at = new Map<string, number>();
    let from = 0;
    for (const p of s.paragraphs) {
      const i = text.indexOf(p.text, from);
      if (i === -1) continue;
      at.set(p.id, i);
      from = i + p.text.length;
    }
    bySource.set(s.id, { name: basename(path, extname(path)), at });
  }
  return (a) => {
    const o = bySource.get(a.sourceId);
    const base = o?.at.get(a.paragraphId);
    return o && base !== undefined ? { file: o.name, start: base + a.start, end: base + a.end } : null;
  };
}

/** Every proposal with both sides spelt out: events with ids, titles, dates and quotes; a sentence with its quote. */
export function describeProposals(doc: NewslineDocument, proposals: readonly MergeProposal[], locate: (a: Anchor) => FileSpan | null): ProposalExport[] {
  const events = new Map(doc.events.map((e) => [e.id, e]));
  const fileOf = (sourceId: string) => doc.sources.find((s) => s.id === sourceId)?.file ?? null;
  return proposals.map((p) => {
    const sides: ProposalSide[] = p.eventIds.flatMap((id) => {
      const e = events.get(id);
      const anchor = e?.evidence[0];
      if (!e || !anchor) return [];
      return [{ eventId: e.id, sourceId: anchor.sourceId, sourceFile: fileOf(anchor.sourceId), title: e.title, date: e.date, dateText: formatEventDate(e.date), quote: quoteOf(doc, anchor), anchor, span: locate(anchor) }];
    });
    if (p.anchor) {
      sides.push({ eventId: null, sourceId: p.anchor.sourceId, sourceFile: fileOf(p.anchor.sourceId), title: null, date: null, dateText: 'no date given', quote: quoteOf(doc, p.anchor), anchor: p.anchor, span: locate(p.anchor) });
    }
    return { id: p.id, score: p.score, shared: p.shared, kind: p.anchor ? 'sentence' : 'events', sides };
  });
}

/** A timeline's events reported by several articles, as the scorer's groups: one list of file spans per event. */
export function scorerGroups(doc: NewslineDocument, locate: (a: Anchor) => FileSpan | null): FileSpan[][] {
  return doc.events
    .filter((e) => new Set(e.evidence.map((a) => a.sourceId)).size > 1)
    .map((e) => e.evidence.map(locate).filter((s): s is FileSpan => s !== null))
    .filter((g) => g.length > 1);
}

/**
 * What accepting every proposal at or above `minScore` merges (the review panel's "Accept all"), as the scorer's
 * groups; events merged before are groups too, as the app shows them once.
 */
export function mergedGroups(doc: NewslineDocument, proposals: readonly MergeProposal[], minScore: number, locate: (a: Anchor) => FileSpan | null): FileSpan[][] {
  return scorerGroups(acceptGroups(doc, mergeGroups(proposals, minScore)).document, locate);
}
