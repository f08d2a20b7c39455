import type { Anchor, Paragraph } from '../../shared/document';

/** The exact text an anchor points at. */
export function anchorText(paragraphs: Paragraph[], anchor: Anchor): string {
  const p = paragraphs.find((x) => x.id === anchor.paragraphId);
  return p ? p.text.slice(anchor.start, anchor.end) : '';
}

export interface Mark {
  start: number;
  end: number;
  eventId: string;
  /** The event's title, for the marked text's tooltip. */
  title?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Events whose evidence covers this stretch; empty for plain text. */
  eventIds: string[];
}

/**
 * Cuts a paragraph at every evidence boundary, so overlapping spans from different events each keep their
 * own clickable stretch and the text is never duplicated or reordered.
 */
export function segmentParagraph(text: string, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const eventIds = [...new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.eventId))];
    const last = segments[segments.length - 1];
    if (last && last.eventIds.join() === eventIds.join()) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), eventIds });
    }
  }
  return segments;
}
