import type { Anchor, NewslineDocument, Paragraph, Source } from './document';

export type { Anchor, Category, EventDate, MergePart, NewslineDocument, NewslineEvent, Paragraph, RejectedMerge, Source } from './document';

// The parts of the document model that need no validator: its constants, the words for a problem, and the
// lookups every view makes. The renderer's first frame loads only this; the zod schemas (document.ts, which
// re-exports all of this) are loaded once the window is ready, for checking edits.

export const DOCUMENT_FORMAT = 'newsline-document';
export const DOCUMENT_VERSION = 2;

export const PARAGRAPH_ROLES = ['title', 'standfirst', 'dateline', 'body', 'chrome'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

/** The id the first (and, for now, only) source of a document gets: migrations and importers use it. */
export const FIRST_SOURCE_ID = 's1';

/** Where a date came from. */
export const DATE_BASES = ['stated', 'publication', 'record', 'imported'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** TIMEX3's modifiers, in words. */
export const DATE_MODS = ['before', 'after', 'approx', 'start', 'mid', 'end'] as const;
export type DateMod = (typeof DATE_MODS)[number];
/** Whether a modifier names a part of its period ("early March", "mid-2019", "late Tuesday"), which still lies within it. */
export const isPartOfPeriod = (mod: string | undefined): boolean => mod === 'start' || mod === 'mid' || mod === 'end';

/** Who made an event: a curator, the extractor, a person editing an extracted one, a person adding one, an import. */
export const EVENT_ORIGINS = ['curated', 'extracted', 'edited', 'added', 'imported'] as const;
export type EventOrigin = (typeof EVENT_ORIGINS)[number];

/** The paragraphs of every source, by source id then paragraph id. */
export function sourceIndex(sources: ReadonlyArray<{ id: string; paragraphs: ReadonlyArray<{ id: string; text: string }> }>) {
  return new Map(sources.map((s) => [s.id, new Map(s.paragraphs.map((p) => [p.id, p.text]))]));
}

/** One thing wrong with a document, pinned to where it is. */
export interface DocumentProblem {
  /** Dotted path into the document, e.g. "events[2].evidence[0].end"; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export type ValidationResult =
  | { ok: true; document: NewslineDocument }
  | { ok: false; problems: DocumentProblem[] };

/** The sentence a person reads for one problem: "This file is damaged at events[3].date.end: …". */
export function describeProblem(problem: DocumentProblem): string {
  return problem.path ? `This file is damaged at ${problem.path}: ${problem.message}` : problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
}

// Helpers for one source at a time: every lookup goes through the anchor's sourceId.

/** The timeline's title: its own, else its first source's. */
export function documentTitle(doc: Pick<NewslineDocument, 'title' | 'sources'>): string {
  return doc.title ?? doc.sources[0]?.title ?? '';
}

export function findSource(doc: Pick<NewslineDocument, 'sources'>, sourceId: string): Source | undefined {
  return doc.sources.find((s) => s.id === sourceId);
}

export function findParagraph(doc: Pick<NewslineDocument, 'sources'>, anchor: Pick<Anchor, 'sourceId' | 'paragraphId'>): Paragraph | undefined {
  return findSource(doc, anchor.sourceId)?.paragraphs.find((p) => p.id === anchor.paragraphId);
}

/** The exact text an anchor points at; empty when it points nowhere. */
export function quoteOf(doc: Pick<NewslineDocument, 'sources'>, anchor: Anchor): string {
  return findParagraph(doc, anchor)?.text.slice(anchor.start, anchor.end) ?? '';
}

export function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.sourceId === b.sourceId && a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end;
}
