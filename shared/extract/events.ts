import { EventDateSchema, FIRST_SOURCE_ID, type NewslineEvent, type Paragraph } from '../document';
import { fmtDay, parseTimeValue, parseYmd, spanOf, toDayNumber, type Ymd } from '../time-value';
import { anchorUnit, datesTheTelling, usable } from './anchor';
import type { Draft } from './draft';
import { orderedEvents } from './narrative';
import { beforePublication, dateFromTimex } from './resolve';
import { segment, type SegmentedParagraph, type Unit } from './segment';
import { splitSentences } from './sentences';
import { makeTitle, removeRanges } from './title';

// Events from an article, in stages a reader can follow:
//   segment (segment.ts: paragraphs, dateline, sentences) → tag (tagger.ts: time expressions) →
//   anchor (anchor.ts: the clause each expression dates) → resolve (resolve.ts: the date, with its basis and
//   note; narrative.ts: undated events placed by narrative order) → title (title.ts).
// One event per dated clause, plus the undated ones the text orders against a dated one. Every date says
// which rule produced it and, when it rests on a guess, says so. A bad event is repaired or dropped here:
// an extraction bug never costs the user the article.

export { valueToRange } from './resolve';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The source the paragraphs belong to: every evidence span names it. The first source when not given. */
  sourceId?: string;
}

/** The events of an article, all of them. */
export function extractEvents(paragraphs: Paragraph[], opts: ExtractOptions): NewslineEvent[] {
  return extractEventsUpTo(paragraphs, opts, Infinity).events;
}

/**
 * The first `max` events in reading order, and how many the article has in all (`found`). Past the cap the
 * rest are only counted: no document entry is built for them and their date is not put through the
 * document's schema (that check catches extractor bugs, which are rare, while a text dense with dates has
 * thousands of events past the cap, and checking them took longer than finding them).
 */
export function extractEventsUpTo(paragraphs: Paragraph[], opts: ExtractOptions, max: number): { events: NewslineEvent[]; found: number } {
  const published = parseYmd(opts.published);
  const segments = segment(paragraphs, opts.published);
  let order = 0;
  const nextOrder = () => order++;
  const drafts: Draft[] = [];
  const unitEvent = new Map<Unit, Draft>();

  // The dateline dates the lead sentence, unless the lead has a date of its own.
  let datelineDraft: Draft | null = null;
  for (const s of segments) {
    const d = datelineEvent(s, published, nextOrder);
    if (d) {
      datelineDraft = d;
      drafts.push(d);
      s.units = s.units.slice(1);
    }
  }

  for (const s of segments) {
    for (const u of s.units) {
      for (const d of datedEvents(u, published, nextOrder)) {
        drafts.push(d);
        if (!unitEvent.has(u)) unitEvent.set(u, d);
      }
    }
  }
  // One context for the whole article: the day in narrative focus carries from paragraph to paragraph.
  const ctx = { published, dateline: datelineDraft, unitEvent, nextOrder, focus: datelineDraft ?? undefined };
  for (const s of segments) drafts.push(...orderedEvents(s.units, ctx));
  return finalize(drafts, paragraphs, opts.sourceId ?? FIRST_SOURCE_ID, max);
}

function datelineEvent(s: SegmentedParagraph, published: Ymd | null, nextOrder: () => number): Draft | null {
  const { dateline: dl, paragraph: p, timexes } = s;
  if (!dl?.date) return null;
  const dt = timexes.find((t) => t.start >= dl.date!.start && t.end <= dl.date!.end);
  const date = dt && dateFromTimex(dt, published);
  const lead = splitSentences(p.text.slice(dl.end))[0];
  if (!date || !lead) return null;
  const start = dl.end + lead.start;
  const end = dl.end + lead.end;
  // A lead sentence with a date of its own ("… swept into Kabul on Sunday") is dated by that, not the dateline.
  if (timexes.some((t) => t.start >= start && t.end <= end && usable(t) && !datesTheTelling(p.text, t))) return null;
  date.rule = `dateline/${dt.rule}`;
  if (!dt.explicitYear && published) date.note = `The dateline reads “${dl.text}”; the year is that of the publication date.`;
  return {
    paragraphId: p.id,
    start,
    end,
    title: makeTitle(p.text.slice(start, end)),
    date,
    extraEvidence: [{ paragraphId: p.id, start: 0, end: dl.end }],
    order: nextOrder(),
  };
}

const REPORTED_THAT = /\b(said|says|announced|announces|reported|reports|stated|states|confirmed|confirms|told\s+\w+)(?:\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?[^,;:"“”]{0,30}?)?\s+that\s+/i;
const BY_DEADLINE = /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

/** One event per dated clause of a unit. */
function datedEvents(u: Unit, published: Ymd | null, nextOrder: () => number): Draft[] {
  const out: Draft[] = [];
  for (const a of anchorUnit(u)) {
    const { clause: c, main } = a;
    // "twice a day in summer", "on Tuesdays": a habit or a schedule is not an event (family 7).
    if (u.timexes.some((t) => t.type === 'SET' && t.start >= c.start && t.end <= c.end)) continue;
    const date = dateFromTimex(main, published, a.end);
    if (!date) continue;
    if (a.bound && !date.mod) {
      date.mod = a.bound;
      date.rule = `${date.rule}/${a.bound}-clause`;
    }
    // "aims to end its losses by 2012": a goal with a deadline, some time between publication and then.
    if (published && !a.end && !date.end && !date.mod && /^\d{4}(?:-\d{2})?$/.test(date.start) && BY_DEADLINE.test(u.paraText.slice(Math.max(0, main.start - 20), main.start))) {
      const pub = fmtDay(published);
      if (date.start >= pub.slice(0, date.start.length)) {
        date.note = `“by ${main.text}”: some time between publication (${pub}) and ${main.text}.${date.note ? ` ${date.note}` : ''}`;
        date.end = date.start;
        date.start = pub;
        date.rule = `${date.rule}/by-deadline`;
      }
    }
    // Reported speech (family 8): "The ministry said on Tuesday that exports fell in March". The happening
    // reported, from "that" on, is one event; the saying is another, dated by its own expression when it
    // has one ("on Tuesday"), else placed before publication ("said") or on it ("says"), as undated
    // sentences are.
    const told = REPORTED_THAT.exec(u.paraText.slice(c.start, main.start));
    if (told && main.value !== 'PAST_REF') {
      const thatEnd = c.start + told.index + told[0].length;
      const telling = a.inClause.find((t) => t !== main && t.end <= thatEnd && t.start >= c.start);
      const present = /^(?:says|announces|reports|states|confirms)$/i.test(told[1]);
      const sayDate = telling
        ? dateFromTimex(telling, published)
        : present && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'reported-speech/present-telling', note: `“${told[1]}”: the telling is as of publication.` }
          : beforePublication(published, 'reported-speech/before-publication');
      if (sayDate) {
        const sayText = u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '');
        const title = makeTitle(telling ? removeRanges(sayText, [{ start: telling.start - c.start, end: telling.end - c.start }]) : sayText);
        if (title) out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + sayText.length, title, date: sayDate, order: nextOrder() });
      }
      const reported = u.paraText.slice(thatEnd, c.end);
      const title = makeTitle(removeRanges(reported, a.inClause.filter((t) => t.start >= thatEnd).map((t) => ({ start: t.start - thatEnd, end: t.end - thatEnd }))));
      if (title) {
        out.push({ paragraphId: u.paragraphId, start: thatEnd, end: c.end, title, date, order: nextOrder() });
        continue;
      }
    }
    const clauseText = u.paraText.slice(c.start, c.end);
    let title: string;
    if (main.value === 'PAST_REF') {
      // "Some time ago, when the Taliban was fighting …": the event is the when-clause, not the sentence.
      const rest = u.paraText.slice(main.end, c.end).replace(/^[\s,]+/, '');
      const when = /^when\s+([^,;:]+)/i.exec(rest);
      title = makeTitle(when ? when[1] : removeRanges(clauseText, [{ start: main.start - c.start, end: main.end - c.start }]));
    } else {
      title = makeTitle(removeRanges(clauseText, a.inClause.map((t) => ({ start: t.start - c.start, end: t.end - c.start }))));
    }
    out.push({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, date, order: nextOrder() });
  }
  return out;
}

/** Why a draft cannot go into a document as it is, or null when it can. */
export function draftProblem(d: Draft, paragraphLength: Map<string, number>): string | null {
  if (!d.title.trim()) return 'no title';
  if (!EventDateSchema.safeParse(d.date).success) return 'the date is not valid';
  const { start, end } = d.date;
  if (end !== undefined) {
    const a = parseTimeValue(start);
    const b = parseTimeValue(end);
    if (typeof a === 'string' || typeof b === 'string' || spanOf(b).end <= spanOf(a).start) return `the range ends (${end}) before it starts (${start})`;
  }
  for (const e of [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])]) {
    const len = paragraphLength.get(e.paragraphId);
    if (len === undefined || e.start < 0 || e.end <= e.start || e.end > len) return 'the evidence span is outside its paragraph';
  }
  return null;
}

/**
 * Ids, reading order and a last check. A range that ends before it starts keeps its start and loses its end
 * (the start is the date the clause is anchored on); anything else the document would refuse is dropped.
 * Only the first `max` in reading order are checked and kept; the rest are counted when they have a title.
 */
function finalize(drafts: Draft[], paragraphs: Paragraph[], sourceId: string, max: number): { events: NewslineEvent[]; found: number } {
  const paraIndex = new Map(paragraphs.map((p, i) => [p.id, i]));
  const paragraphLength = new Map(paragraphs.map((p) => [p.id, p.text.length]));
  drafts.sort((a, b) => paraIndex.get(a.paragraphId)! - paraIndex.get(b.paragraphId)! || a.start - b.start || a.order - b.order);
  const kept: Draft[] = [];
  let past = 0;
  for (const d of drafts) {
    if (kept.length >= max) {
      if (d.title.trim()) past++;
      continue;
    }
    d.title = d.title.slice(0, 160);
    let problem = draftProblem(d, paragraphLength);
    if (problem?.startsWith('the range ends')) {
      const { end: _dropped, ...rest } = d.date;
      d.date = { ...rest, yearUncertain: rest.yearUncertain, rule: `${rest.rule ?? ''}/end-dropped`.replace(/^\//, '') };
      if (d.date.yearUncertain === undefined) delete d.date.yearUncertain;
      problem = draftProblem(d, paragraphLength);
    }
    if (!problem) kept.push(d);
  }
  const events = kept.map((d, i) => ({
    id: `x${i + 1}`,
    title: d.title,
    date: d.date,
    evidence: [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])].map((a) => ({ sourceId, ...a })),
    origin: 'extracted' as const,
  }));
  return { events, found: events.length + past };
}

/** Days between two dates, for callers that want to show how far a guess reaches. */
export function daysBetween(a: string, b: string): number | null {
  const x = parseYmd(a);
  const y = parseYmd(b);
  return x && y ? toDayNumber(y) - toDayNumber(x) : null;
}
