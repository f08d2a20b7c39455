import type { Paragraph } from '../document';
import { findDateline, type Dateline } from './dateline';
import { splitSentences } from './sentences';
import { tagPiece, tagState } from './tagger';
import type { Timex } from './types';

// Stage 1 and 2 of the extraction: segment the article into paragraphs and sentences, and tag its time
// expressions. The paragraphs are tagged one after another with the state the ones before left (the last
// year, the last day), so a year stated in one paragraph is known in the next, while only one paragraph's
// expressions are held at a time: a text dense with dates has tens of thousands.
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
  return [...segmentEach(paragraphs, published)];
}

/** What tagging needs of a text's start: its first 200 characters past any leading blank space. */
const HEAD_CHARS = 200;

/**
 * The body paragraphs, segmented and tagged one at a time, in reading order: what `segment` returns, for a
 * caller that is done with each paragraph before it asks for the next. Each is tagged as it stands in the
 * text of the body paragraphs each followed by a blank line, so a paragraph's expressions are those that
 * tagging that whole text would give it.
 */
export function* segmentEach(paragraphs: Paragraph[], published: string | null): Generator<SegmentedParagraph> {
  const used = bodyParagraphs(paragraphs);
  let head = '';
  for (const p of used) {
    // Cut only where enough of the paragraph is read: the head is then the text's start, as far as it matters.
    head += `${p.text.slice(0, /^\s*/.exec(p.text)![0].length + HEAD_CHARS)}\n\n`;
    if (head.trimStart().length >= HEAD_CHARS) break;
  }
  const state = tagState(head, { dct: published });
  let base = 0;
  for (let i = 0; i < used.length; i++) {
    const p = used[i];
    const timexes = within(tagPiece(`${p.text}\n\n`, state, base), p.text.length);
    base += p.text.length + 2;
    const dateline = i < 3 ? findDateline(p.text) : null;
    const from = dateline?.end ?? 0;
    yield { paragraph: p, timexes, dateline, units: unitsOf(p, timexes, from) };
  }
}

/** The expressions that end by `length`, kept in the list itself: a paragraph dense with dates has tens of thousands. */
function within(timexes: Timex[], length: number): Timex[] {
  let n = 0;
  for (const t of timexes) if (t.end <= length) timexes[n++] = t;
  timexes.length = n;
  return timexes;
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
