import type { TextHit } from '../../shared/filter';

/** Pieces of `text` (which starts at `offset` in its paragraph) inside and outside the search's hits. */
export function splitByHits(text: string, offset: number, hits: readonly TextHit[]): Array<{ text: string; start: number; hit: boolean }> {
  const end = offset + text.length;
  const pieces: Array<{ text: string; start: number; hit: boolean }> = [];
  let at = offset;
  for (const h of hits) {
    if (h.end <= at || h.start >= end) continue;
    const s = Math.max(h.start, at);
    const e = Math.min(h.end, end);
    if (s > at) pieces.push({ text: text.slice(at - offset, s - offset), start: at, hit: false });
    pieces.push({ text: text.slice(s - offset, e - offset), start: s, hit: true });
    at = e;
  }
  if (at < end || pieces.length === 0) pieces.push({ text: text.slice(at - offset), start: at, hit: false });
  return pieces;
}

/** Text with the search's matches marked; as plain text nodes when nothing matches (the common case). */
export function Highlighted({ text, offset, hits, current }: { text: string; offset: number; hits: readonly TextHit[]; current: number }) {
  if (hits.length === 0 || !text) return <>{text}</>;
  return (
    <>
      {splitByHits(text, offset, hits).map((p) =>
        p.hit ? (
          <mark key={p.start} className={`nl-search-hit${hits.some((h) => h.start === current && p.start >= h.start && p.start < h.end) ? ' nl-search-hit--current' : ''}`} data-search-hit={p.start}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
