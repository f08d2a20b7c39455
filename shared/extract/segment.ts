import type { Paragraph } from '../document';
import { findDateline, type Dateline } from './dateline';
import { splitSentences } from './sentences';
import { tagTimexes } from './tagger';
import type { Timex } from './types';

// Stage 1 and 2 of the extraction: segment the article into paragraphs and sentences, and tag its time
// expressions once over the whole text, so that a year stated in one paragraph is known in the next.
// Every offset handed on from here is relative to its own paragraph.

/** A sentence (or a piece of an over-long one): the unit an event is found in. */
export interface Unit {
  paragraphId: string;
  paraText: string;
  start: number;
  end: number;
  /** The time expressions inside the unit, in text order, with paragraph offsets. */
  timexes: Timex[];
}

export interface SegmentedParagraph {
  paragraph: Paragraph;
  /** All the paragraph's time expressions, with paragraph offsets. */
  timexes: Timex[];
  /** A dateline opening one of the first paragraphs: "WASHINGTON, March 3 (Wire) --". */
  dateline: Dateline | null;
  /** The sentences after the dateline, if any. */
  units: Unit[];
}

/** Paragraphs that hold the article's own text: the title and page chrome carry no events. */
export function bodyParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.filter((p) => p.role !== 'chrome' && p.role !== 'title');
}

export function segment(paragraphs: Paragraph[], published: string | null): SegmentedParagraph[] {
  const used = bodyParagraphs(paragraphs);
  let combined = '';
  const offsets: number[] = [];
  for (const p of used) {
    offsets.push(combined.length);
    combined += `${p.text}\n\n`;
  }
  const all = tagTimexes(combined, { dct: published });
  // One sweep hands each paragraph its expressions: both lists are in text order.
  let k = 0;
  return used.map((p, i) => {
    const base = offsets[i];
    const timexes: Timex[] = [];
    while (k < all.length && all[k].start < base) k++;
    while (k < all.length && all[k].end <= base + p.text.length) {
      // Moved to paragraph offsets in place, not copied: the combined list is not used again, and a text
      // dense with dates has tens of thousands of these.
      const t = all[k];
      t.start -= base;
      t.end -= base;
      timexes.push(t);
      k++;
    }
    const dateline = i < 3 ? findDateline(p.text) : null;
    const from = dateline?.end ?? 0;
    return { paragraph: p, timexes, dateline, units: unitsOf(p, timexes, from) };
  });
}

/** The sentences of a paragraph from an offset on, each with the expressions inside it. */
export function unitsOf(p: Paragraph, timexes: Timex[], from: number): Unit[] {
  const units: Unit[] = [];
  let k = 0;
  for (const s of splitSentences(p.text.slice(from))) {
    const start = from + s.start;
    const end = from + s.end;
    while (k < timexes.length && timexes[k].start < start) k++;
    const inside: Timex[] = [];
    let j = k;
    while (j < timexes.length && timexes[j].start < end) {
      if (timexes[j].end <= end) inside.push(timexes[j]);
      j++;
    }
    units.push({ paragraphId: p.id, paraText: p.text, start, end, timexes: inside });
  }
  return units;
}
