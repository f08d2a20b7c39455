import type { NewslineDocument, NewslineEvent } from '../../shared/document';

// The one place the renderer asks which article an event came from. Format v1 has a single article;
// format v2 (several sources, anchors with a sourceId) only needs these two functions to change.

export interface SourceInfo {
  id: string;
  title: string;
}

const FIRST_SOURCE = 's1';

export function sourceIdOf(event: NewslineEvent): string {
  const anchor = event.evidence[0] as { sourceId?: string } | undefined;
  return anchor?.sourceId ?? FIRST_SOURCE;
}

export function sourcesOf(doc: NewslineDocument | null): SourceInfo[] {
  if (!doc) return [];
  const v2 = (doc as unknown as { sources?: Array<{ id: string; title: string }> }).sources;
  if (Array.isArray(v2)) return v2.map((s) => ({ id: s.id, title: s.title }));
  return [{ id: FIRST_SOURCE, title: doc.article.title }];
}
