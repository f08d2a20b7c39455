import type { NewslineDocument, NewslineEvent } from '../../shared/document';

// The one place the renderer asks which article an event came from.

export interface SourceInfo {
  id: string;
  title: string;
}

/** An event's lane: the source of its first evidence, or '' for an event with none (imported timelines). */
export function sourceIdOf(event: NewslineEvent): string {
  return event.evidence[0]?.sourceId ?? '';
}

export function sourcesOf(doc: NewslineDocument | null): SourceInfo[] {
  if (!doc) return [];
  return doc.sources.map((s) => ({ id: s.id, title: s.title }));
}
