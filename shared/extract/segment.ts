import type { Paragraph } from '../document';
import { findDateline, type Dateline } from './dateline';
import type { WritingGuess } from './resolve';
import { type Span, splitSentences } from './sentences';
import { isDateLine, setTextYear, tagPieceList, tagState, type TimexList } from './tagger';
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
  /** All the paragraph's time expressions, with paragraph offsets: made anew at each read, so read once. */
  readonly timexes: Timex[];
  /** The same, held as numbers, when there are more than a few: a paragraph dense with dates has tens of thousands. */
  list: TimexList | null;
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
 * tagging that whole text would give it. `year` is the year it is now (ExtractOptions.year).
 */
export function* segmentEach(paragraphs: Paragraph[], published: string | null, writing?: { guess?: WritingGuess }, year?: number): Generator<SegmentedParagraph> {
  const used = bodyParagraphs(paragraphs);
  let head = '';
  for (const p of used) {
    // Cut only where enough of the paragraph is read: the head is then the text's start, as far as it matters.
    head += `${p.text.slice(0, /^\s*/.exec(p.text)![0].length + HEAD_CHARS)}\n\n`;
    if (head.trimStart().length >= HEAD_CHARS) break;
  }
  const state = tagState(head, { dct: published });
  // The headline is no body paragraph, but it may write what the body only completes ("ends 31-year wait").
  if (!published) setTextYear(state, used.map((p) => p.text), paragraphs.find((p) => p.role === 'title')?.text, year);
  // Without a publication date, the caller is told what the text suggests for the day it was written, read once here.
  if (writing && !published && state.textYear !== undefined) writing.guess = { ...(state.dctGuessed && state.dct ? { day: state.dct, year: state.dct.y } : { year: state.textYear }), ...(state.textYearUnwritten ? { unwritten: true } : {}) };
  let base = 0;
  const tagged = (i: number): SegmentedParagraph => {
    const p = used[i];
    const list = tagPieceList(`${p.text}\n\n`, state, base);
    // The same characters at every offset the expressions have: the tagged copy (the paragraph and a blank line)
    // is let go.
    list.text = p.text;
    list.length = countWithin(list, p.text.length);
    base += p.text.length + 2;
    const dateline = i < 3 ? findDateline(p.text) : null;
    // A date line at the head ("Published: 3 June") dates the article, not a happening: it gives no sentences. (An
    // importer marks such a line as page chrome when it writes its year; without one it reaches here as body text.)
    const from = i < 3 && isDateLine(p.text) ? p.text.length : (dateline?.end ?? 0);
    if (list.length <= FEW) {
      // The list is let go at once: kept to the paragraph's end, lists were promoted to the old space (V8 then
      // made every one there), and a text of thousands of short paragraphs left megabytes of them behind.
      const timexes = listed(list);
      return { paragraph: p, timexes, list: null, dateline, units: unitsOf(p, timexes, from, list.sentences) };
    }
    return {
      paragraph: p,
      get timexes() {
        return listed(list);
      },
      list,
      dateline,
      units: unitsOf(p, list, from, list.sentences),
    };
  };
  // A few paragraphs are tagged before any is handed on: the tagger's fifty patterns then stay in the processor's
  // caches from one paragraph to the next, where tagging a paragraph between two paragraphs' event steps found them
  // gone each time. Tagging reads nothing the steps after it write, so the expressions are the same.
  const batch: SegmentedParagraph[] = [];
  for (let i = 0; i < used.length; ) {
    let chars = 0;
    while (i < used.length && batch.length < BATCH && chars < BATCH_CHARS) {
      chars += used[i].text.length;
      batch.push(tagged(i++));
    }
    yield* batch;
    batch.length = 0;
  }
}

/** At most this many paragraphs, and this many characters of them (past the last one's start), are tagged ahead. */
const BATCH = 32;
const BATCH_CHARS = 8192;

/** The list's expressions as objects, made in a plain loop: Array.from with a map function is slower. */
function listed(list: TimexList): Timex[] {
  const out: Timex[] = [];
  for (let k = 0; k < list.length; k++) out.push(list.get(k));
  return out;
}

/** A paragraph with no more expressions than this holds them as objects (a few dozen kilobytes at most). */
const FEW = 256;

/** How many of the expressions (in text order) end by `length`: an expression past it reaches into the blank line. */
function countWithin(list: TimexList, length: number): number {
  let n = list.length;
  while (n > 0 && list.end(n - 1) > length) n--;
  return n;
}

/**
 * A sentence whose expressions are made from the paragraph's list when first read, and let go once the sentence
 * is worked on (releaseTimexes): a paragraph's sentences then never hold all its expressions at once.
 */
class ListedUnit implements Unit {
  private held: Timex[] | null = null;

  constructor(
    readonly paragraphId: string,
    readonly paraText: string,
    readonly start: number,
    readonly end: number,
    private readonly list: TimexList,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get timexes(): Timex[] {
    if (this.held) return this.held;
    const inside: Timex[] = [];
    for (let j = this.from; j < this.to; j++) if (this.list.end(j) <= this.end) inside.push(this.list.get(j));
    return (this.held = inside);
  }

  release(): void {
    this.held = null;
  }
}

/** Lets go of a sentence's expression objects, once it is worked on; they are made again if it is read again. */
export function releaseTimexes(u: Unit): void {
  if (u instanceof ListedUnit) u.release();
}

/** The sentences of a paragraph from an offset on, each with the expressions inside it. */
export function unitsOf(p: Paragraph, timexes: Timex[] | TimexList, from: number, tagged?: Span[]): Unit[] {
  const units: Unit[] = [];
  const count = timexes.length;
  const startOf = (k: number) => (Array.isArray(timexes) ? timexes[k].start : timexes.start(k));
  let k = 0;
  // From the paragraph's start, its sentences are those tagging split it into (`tagged`, of the paragraph and a blank
  // line, which ends no sentence differently): a megabyte paragraph is not split twice.
  for (const s of from === 0 && tagged ? tagged : splitSentences(p.text.slice(from))) {
    const start = from + s.start;
    const end = from + s.end;
    while (k < count && startOf(k) < start) k++;
    let j = k;
    while (j < count && startOf(j) < end) j++;
    if (Array.isArray(timexes)) {
      units.push({ paragraphId: p.id, paraText: p.text, start, end, timexes: timexes.slice(k, j).filter((t) => t.end <= end) });
    } else units.push(new ListedUnit(p.id, p.text, start, end, timexes, k, j));
  }
  return units;
}
