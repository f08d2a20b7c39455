import { MAX_EVENTS_PER_ARTICLE } from '../limits';
import { documentSchemas, FIRST_SOURCE_ID, type EventDate, type NewslineEvent, type Paragraph } from '../document';
import { addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtYear, fromDayNumber, parseTimeValue, parseYmd, spanOf, toDayNumber, type Ymd } from '../time-value';
import { anchorUnit, datesTheTelling, TRAILING_TELLER, periodModifier, statementStart, subjectVerbAt, TELLING_BEFORE_DATE, undatedClauses, usable, yearModifier, type Anchored, type Clause, type SubjectYear } from './anchor';
import type { Draft } from './draft';
import type { Timex } from './types';
import { namesHappening, noteDated, noteHappening, noteIntroduced, orderedEvents, startBefore, type NarrativeContext } from './narrative';
import { beforePublication, countedFromStory, dateFromTimex, fmtHuman, relativeTo } from './resolve';
import { explainedYear } from './year-route';
import { happeningOf, tenseAt } from './tense';
import { releaseTimexes, segmentEach, type SegmentedParagraph, type Unit } from './segment';
import { splitSentences } from './sentences';
import { fullerTitle, joinedSubject, LOOK_BACK, nameForNoun, namedSubject, OPENS_ON_PERSON, OPENS_ON_PRONOUN, predicateTitle, quotedTitle, repeatedTitle, resolvedPronoun, SPOKEN } from './title-context';
import { clauseSubject, fittedTitle, lastSubject, opensOnVerb, soleCandidate, titleHasVerb, titleOpening } from './title-syntax';
import { antecedentOf, draftTitle, participleAside, finishTitle, gerundTitle, makeTitle, patternVerb, RELATIVE_PRONOUN, relativeTitle, removeRanges, titled, type TitleDraft, withFrontedSubject, withJoinedSubject } from './title';
import { isSchedule } from './rules/sets';
import { IRREGULAR_PAST, isCommonWord, NOT_PAST_ED, NUMBER_WORD_RE, parseCount, SUDDEN_HAPPENING, TELLING_PRESENT, TELLING_VERB_RE } from './lexicon';

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
  const steps = extractEventsInSteps(paragraphs, opts, max);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * extractEventsUpTo a paragraph at a time: the generator pauses after each paragraph and returns the result,
 * for a caller that does something between paragraphs (the import worker frees the garbage a long article
 * leaves, which V8 would otherwise hold to the end of the import).
 */
export function* extractEventsInSteps(paragraphs: Paragraph[], opts: ExtractOptions, max: number): Generator<void, { events: NewslineEvent[]; found: number }> {
  const published = parseYmd(opts.published);
  let order = 0;
  const nextOrder = () => order++;
  const kept = keeper(paragraphs, max, opts.sourceId ?? FIRST_SOURCE_ID);
  // A paragraph at a time, each done with before the next is tagged: only the little that carries across
  // paragraphs (the tagger's last year and day, the day in narrative focus, the dateline's event) and the
  // events kept are held, never every expression and draft of the article.
  const segments = segmentEach(paragraphs, opts.published);
  // A dateline opens one of the first three paragraphs; it dates the lead sentence, unless the lead has a
  // date of its own, and the remarks reported after it, so it is read before any paragraph's events.
  const head: SegmentedParagraph[] = [];
  while (head.length < 3) {
    const next = segments.next();
    if (next.done) break;
    head.push(next.value);
  }
  const datelineDrafts = new Map<SegmentedParagraph, Draft>();
  let datelineDraft: Draft | null = null;
  for (const s of head) {
    const d = datelineEvent(s, published, nextOrder);
    if (d) {
      datelineDraft = d;
      datelineDrafts.set(s, d);
      s.units = s.units.slice(1);
    }
  }
  // One context for the whole article: the day in narrative focus carries from paragraph to paragraph.
  const ctx: NarrativeContext = { published, dateline: datelineDraft, unitEvent: new Map<Unit, Draft>(), nextOrder, focus: datelineDraft ?? undefined };
  let change: { from: EventDate; to: EventDate } | null = null;
  const paragraphEvents = (s: SegmentedParagraph) => {
    const d = datelineDrafts.get(s);
    const drafts: Draft[] = d ? [d] : [];
    // The first dated event of each sentence, which the narrative pass orders the undated ones against.
    const unitEvent = new Map<Unit, Draft>();
    // The last happening each sentence dates, which "since then" and "later" in the next sentence count from.
    const unitLast = new Map<Unit, Draft>();
    for (const u of s.units) {
      const first = drafts.length;
      for (const d of datedEvents(u, published, nextOrder)) {
        drafts.push(d);
        // A year naming the subject dates no clause: the sentence is still placed as an undated one.
        if (/\/(?:names-subject|when-clause)$/.test(d.date.rule ?? '')) continue;
        if (!unitEvent.has(u)) unitEvent.set(u, d);
        // What a clause is counted from or names is not where the story has got to.
        // Nor is a stretch that runs up to publication ("and later closed"): "since then" cannot start at its end.
        const upToNow = !!published && !!d.date.end && d.date.end >= fmtDay(published);
        // Nor is a happening only placed before or after another ("after families were attacked"): the sentence's
        // last happening with a date of its own is.
        const placedOnly = d.date.mod === 'before' || d.date.mod === 'after';
        if (!ANTECEDENT_ONLY.test(d.date.rule ?? '') && !upToNow && !placedOnly && d.start >= (unitLast.get(u)?.start ?? -1)) unitLast.set(u, d);
      }
      for (let i = first; i < drafts.length; i++) if (drafts[i].date.rule?.endsWith(UNTIL_OPEN)) spanToUntil(drafts[i], u.paraText, drafts, first, ctx, !u.paraText.slice(0, u.start).trim());
      for (let i = first; i < drafts.length; i++) noteIntroduced(ctx, u.paraText, drafts[i]);
      // The expressions are read again only where a happening is named at all.
      if (drafts.length > first && namesHappening(u.paraText.slice(u.start, u.end))) {
        const timexes = u.timexes;
        for (let i = first; i < drafts.length; i++) noteHappening(ctx, u.paraText, drafts[i], timexes);
      }
      releaseTimexes(u);
    }
    ctx.unitEvent = unitEvent;
    ctx.unitLast = unitLast;
    for (const d of drafts) noteDated(ctx, d);
    // The dated events' titles are finished before the narrative pass quotes them in its notes; only as many as
    // can still be kept are read by the tagger.
    kept.finish(drafts);
    // The last change from one date to another read so far (this paragraph's included), which "an additional
    // 30 days" counts.
    for (let i = 1; i < drafts.length; i++) {
      if (drafts[i].date.rule?.endsWith('/change-to') && drafts[i - 1].date.rule?.endsWith('/change-from')) change = { from: drafts[i - 1].date, to: drafts[i].date };
    }
    const ordered = orderedEvents(s.units, ctx);
    refocusedCounts(drafts, ordered);
    // A clause "since then" counts from the happening before is no longer only "before publication".
    for (const o of ordered) {
      if (o.date.rule !== 'narrative-focus/since-then') continue;
      for (let i = drafts.length - 1; i >= 0; i--) {
        const d = drafts[i];
        if (d.paragraphId === o.paragraphId && d.start >= o.start && d.start < o.end && d.date.rule === 'narrative-order/before-publication') drafts.splice(i, 1);
      }
    }
    for (const u of s.units) {
      const d = unitEvent.has(u) ? null : (addedTime(u, change) ?? withinOf(u, drafts, ctx) ?? afterHappening(u, ctx, drafts, () => kept.last(RECENT_EVENTS)));
      if (!d) continue;
      // The sentence's own placing ("before publication", from its tense) gives way to the span it names.
      for (let i = ordered.length - 1; i >= 0; i--) if (ordered[i].paragraphId === u.paragraphId && ordered[i].start >= u.start && ordered[i].end <= u.end) ordered.splice(i, 1);
      d.order = nextOrder();
      ordered.push(d);
    }
    for (const d of ordered) drafts.push(d);
    kept.add(drafts, s.paragraph);
  };
  for (const s of head) {
    paragraphEvents(s);
    yield;
  }
  for (let next = segments.next(); !next.done; next = segments.next()) {
    paragraphEvents(next.value);
    yield;
  }
  return kept.result();
}

const ADDED_TIME = new RegExp(`\\b(?:additional|extra|further)\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?)\\b`, 'i');
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44 };

/**
 * "The extension gives applicants an additional 30 days": the time a change of deadline told before it ("from
 * January 9 to February 8") adds, from the old day to the new, when the count agrees with the gap between them
 * (within a tenth, or three days).
 */
function addedTime(u: Unit, change: { from: EventDate; to: EventDate } | null): Draft | null {
  if (!change) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = ADDED_TIME.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  const from = parseYmd(change.from.start);
  const to = parseYmd(change.to.start);
  if (!m || !n || !from || !to || change.from.end || change.to.end || change.from.mod || change.to.mod) return null;
  const want = n * UNIT_DAYS[m[2].toLowerCase().replace(/s$/, '')];
  const gap = toDayNumber(to) - toDayNumber(from);
  const { title, drafted } = titled(text);
  if (gap <= 0 || Math.abs(gap - want) > Math.max(3, want / 10) || !title) return null;
  const uncertain = change.from.yearUncertain || change.to.yearUncertain;
  return wholeUnit(u, { title, drafted }, {
      start: change.from.start,
      end: change.to.start,
      basis: change.to.basis,
      rule: 'change/added-time',
      note: `“${m[0]}”: the time the change from ${fmtHuman(from)} to ${fmtHuman(to)} adds.`,
      ...(uncertain ? { yearUncertain: true } : {}),
    });
}

/** A draft whose evidence is its whole unit (a sentence, or the clause the unit is), placed by the order it is kept in. */
function wholeUnit(u: Unit, t: { title: string; drafted: TitleDraft }, date: EventDate): Draft {
  return { paragraphId: u.paragraphId, start: u.start, end: u.end, ...t, date, order: 0 };
}

/** How many of the events already kept "the <happening>" may name, newest first. */
/**
 * "Fans gathered on Sunday evening … The celebrations went on until dawn on Monday": a past stretch up to a date
 * starts at the happening told just before it, in its own paragraph (an earlier sentence, or the clause before),
 * or the last one of the paragraph before. Left as the date alone when none is earlier.
 */
function spanToUntil(d: Draft, text: string, drafts: Draft[], unitFirst: number, ctx: NarrativeContext, opensParagraph: boolean): void {
  d.date.rule = d.date.rule!.slice(0, -UNTIL_OPEN.length);
  // "By Friday it had …" is on that day or before it: the day is the one before its bound.
  const byDay = d.date.mod === 'before' ? parseYmd(d.date.start) : null;
  const day = byDay ? fmtDay(addDays(byDay, -1)) : d.date.mod ? null : d.date.start;
  if (!day) return;
  // "It was shut until 2005" need not have begun with what the sentence before tells; "ran it from its first day
  // until 1994" and "By Sunday it had …" count from it.
  const across = !!byDay || FROM_ANAPHOR.test(text.slice(d.start, d.end));
  let from: Draft | undefined;
  for (let i = drafts.indexOf(d) - 1; i >= 0 && !from; i--) {
    const p = drafts[i];
    if (i < unitFirst && !across) break;
    if (p.paragraphId === d.paragraphId && (i >= unitFirst ? p.start < d.start : true) && !p.date.mod && !ANTECEDENT_ONLY.test(p.date.rule ?? '') && !/\/(?:names-subject|when-clause)$/.test(p.date.rule ?? '')) from = p;
  }
  // The paragraph before only for its opening sentence: a sentence with no date between would hide it.
  if (!from && ctx.lastDated && opensParagraph && across) from = ctx.lastDated;
  // After a stretch that ended before the day ("ran it from 1970 to 1994"), from its end; one still going on then
  // ("has burned since Tuesday") from its start.
  const start = from && !from.date.mod ? (from.date.end && from.date.end < day ? from.date.end : from.date.start) : undefined;
  if (!from || !start || !(start < day.slice(0, start.length))) return;
  d.date.note = `${byDay ? '“by”' : '“until”'}, told in the past: from “${from.title}” up to then.${d.date.note ? ` ${d.date.note}` : ''}`;
  d.date.end = day;
  d.date.start = start;
  delete d.date.mod;
  d.date.rule = `${d.date.rule}/${byDay ? 'by' : 'until'}-from-previous`;
  if (from.date.yearUncertain) d.date.yearUncertain = true;
  if (from.date.basis !== d.date.basis) d.date.basis = 'publication';
}

const FROM_ANAPHOR = /\bfrom\s+(?:(?:its|the|their|his|her|that)\s+(?:very\s+)?(?:first\s+day|start|beginning|outset|opening|founding)|then|that\s+(?:day|time|moment))\b/i;
const RECENT_EVENTS = 12;

const WITHIN_OPENING = new RegExp(`^\\W*within\\s+(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\s*,`, 'i');

/**
 * "In 1952 she was sent to the district. … Within five years, deaths had fallen by half": a sentence that opens
 * with "Within N years", told in the past, is counted from the last date its paragraph gave before it.
 */
function withinOf(u: Unit, dated: Draft[], ctx?: NarrativeContext): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const m = WITHIN_OPENING.exec(text);
  if (!m || happeningOf(text) !== 'past') return null;
  let from: Draft | null = null;
  for (const d of dated) if (d.paragraphId === u.paragraphId && d.end <= u.start && !d.date.mod && !d.date.end && (!from || d.start > from.start)) from = d;
  // "In the days after the collapse, … Within a month, …": with no date of its own before it in the paragraph, the
  // count runs on from the happening a span was just counted from, from its start to a month after its end.
  const happening = !from && ctx?.happening?.paragraphId === u.paragraphId ? ctx.happening.draft : null;
  const n = /^an?$/i.test(m[1]) ? 1 : parseCount(m[1]);
  const base = from ?? happening;
  const end = base ? endAfter(base.date.end ?? base.date.start, n, m[2]) : null;
  const { title, drafted } = titled(text.slice(m[0].length));
  if (!base || !end || !title) return null;
  return wholeUnit(u, { title, drafted }, { start: base.date.start, end, basis: base.date.basis, rule: 'sequence/within-from-date', note: `“${m[0].replace(/,$/, '')}” of “${base.title}”.`, ...(base.date.yearUncertain ? { yearUncertain: true } : {}) });
}

// "In the days after the collapse, …", "In the weeks following the vote, …": an opening span after a happening named.
const AFTER_HAPPENING = /^\W*(?:in|during|over)\s+the\s+(?:(?:first|few|following|next)\s+)?(hours|days|weeks|months)\s+(?:after|following)\s+the\s+((?:[a-z-]+\s+){0,2}?([a-z-]{4,}))\s*,\s*/i;
// "in the first 48 hours of the incident period": the first stretch of a happening or period named.
const FIRST_OF = new RegExp(`\\b(?:in|during|over|within)\\s+the\\s+first\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(hours|days|weeks)\\s+of\\s+the\\s+((?:[a-z-]+\\s+){0,2}([a-z-]{4,}))(?=\\s*[,.;:!?]|\\s*$)`, 'i');
// How long "the days (weeks, months, hours) after" a happening runs past its last day.
const AFTER_REACH: Record<string, number> = { hours: 1, days: 14, weeks: 42 };

/**
 * The dated event "the <noun>" names: one whose words hold the noun (`guessed` false), else the story's lead for a
 * happening noun, or the first range for "the … period" (`guessed` true: which happening is meant is a reading).
 */
function namedHappening(u: Unit, ctx: NarrativeContext, phrase: string, noun: string, recent: Draft[]): { draft: Draft; guessed: boolean } | undefined {
  const stem = noun.toLowerCase().replace(/(?:es|s|e|ing)$/, '');
  const before = (d: Draft) => d.paragraphId !== u.paragraphId || d.end <= u.start;
  const root = (stem.length >= 4 ? stem : noun.toLowerCase()).replace(/[^a-z-]/g, '');
  const word = new RegExp(`\\b${root}`, 'i');
  for (let i = recent.length - 1; i >= 0; i--) if (root.length >= 3 && word.test(recent[i].title)) return { draft: recent[i], guessed: false };
  // "the incident period": the first stretch of days the text gave.
  if (/^period$/i.test(noun)) return ctx.firstRange && before(ctx.firstRange) ? { draft: ctx.firstRange, guessed: true } : undefined;
  const lead = SUDDEN_HAPPENING.test(noun) && !/\b(?:next|first|second|last|previous|coming)\b/i.test(phrase) && ctx.storyLead && before(ctx.storyLead) ? ctx.storyLead : undefined;
  return lead && { draft: lead, guessed: true };
}

/**
 * "In the days after the collapse, rescue teams arrived", "recorded 14 inches in the first 48 hours of the
 * incident period": a stretch counted from a happening the text dated, told in the past with no date of its own.
 */
function afterHappening(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): Draft | null {
  const opening = AFTER_HAPPENING.exec(u.paraText.slice(u.start, u.end));
  const first = opening ? null : FIRST_OF.exec(u.paraText.slice(u.start, u.end));
  const m = opening ?? first;
  if (!m) return null;
  const text = u.paraText.slice(u.start, u.end);
  if (happeningOf(text) !== 'past') return null;
  // The dated events read before it, newest last: the article's last few kept, then this paragraph's.
  const recent: Draft[] = kept()
    .filter((e) => e.date.mod !== 'before' && e.date.mod !== 'after')
    .map((e) => ({ paragraphId: e.evidence[0].paragraphId, start: e.evidence[0].start, end: e.evidence[0].end, title: e.title, date: e.date, order: 0 }));
  for (const d of drafts) if (d.paragraphId === u.paragraphId && d.end <= u.start && d.date.mod !== 'before' && d.date.mod !== 'after') recent.push(d);
  const named = namedHappening(u, ctx, m[opening ? 2 : 3], m[opening ? 3 : 4], recent);
  const h = named?.draft;
  const start = h && parseYmd(h.date.start);
  const last = h && parseYmd(h.date.end ?? h.date.start);
  if (!h || !start || !last || h.date.mod) return null;
  let end: Ymd;
  if (opening) {
    const unit = m[1].toLowerCase();
    end = unit === 'months' ? (() => { const e = addMonths(last.y, last.m, 3); return { ...e, d: Math.min(last.d, new Date(Date.UTC(e.y, e.m, 0)).getUTCDate()) }; })() : addDays(last, AFTER_REACH[unit]);
  } else {
    const n = parseCount(m[1]);
    if (!n || !Number.isInteger(n)) return null;
    const days = m[2].toLowerCase() === 'hours' ? Math.ceil(n / 24) : m[2].toLowerCase() === 'weeks' ? 7 * n : n;
    end = addDays(start, days - 1);
    if (toDayNumber(end) > toDayNumber(last)) return null;
  }
  const { title, drafted } = titled(opening ? text.slice(m[0].length) : removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!title) return null;
  // What is counted from it next ("Within a month", "Since then") rests on the same reading, and is flagged with it.
  const from = named!.guessed ? { ...h, date: { ...h.date, yearUncertain: true } } : h;
  ctx.happening = { draft: from, paragraphId: u.paragraphId };
  ctx.lastDated = from;
  return wholeUnit(u, { title, drafted }, {
      start: h.date.start,
      ...(fmtDay(end) !== h.date.start ? { end: fmtDay(end) } : {}),
      basis: h.date.basis,
      rule: 'sequence/counted-from-happening',
      note: `“${m[0].replace(/[\s,]+$/, '').replace(/^\W+/, '')}”: counted from “${h.title}”${opening ? ', up to some days (weeks, months) after it' : ''}.${named!.guessed ? ' The article does not name it again; that it is meant is a reading, so the date is shown as a guess.' : ''}`,
      ...(h.date.yearUncertain || named!.guessed ? { yearUncertain: true } : {}),
    });
}

function datelineEvent(s: SegmentedParagraph, published: Ymd | null, nextOrder: () => number): Draft | null {
  const { dateline: dl, paragraph: p } = s;
  if (!dl?.date) return null;
  const lead = splitSentences(p.text.slice(dl.end), 1)[0];
  const start = dl.end + (lead?.start ?? 0);
  const end = dl.end + (lead?.end ?? 0);
  // Only the expressions up to the lead's end are read (the dateline's date is before it): a long paragraph's
  // others are not made.
  const { list } = s;
  const timexes: Timex[] = list ? [] : s.timexes;
  for (let i = 0; list && i < list.length && list.start(i) < end; i++) timexes.push(list.get(i));
  const dt = timexes.find((t) => t.start >= dl.date!.start && t.end <= dl.date!.end);
  const date = dt && dateFromTimex(dt, published);
  if (!date || !lead) return null;
  // A lead sentence with a date of its own ("… swept into Kabul on Sunday") is dated by that, not the dateline.
  if (timexes.some((t) => t.start >= start && t.end <= end && usable(t) && !datesTheTelling(p.text, t))) return null;
  const told = toldBeforeTelling(p.text, timexes, start, end, published);
  if (told) Object.assign(date, told);
  else {
    date.rule = `dateline/${dt.rule}`;
    if (!dt.explicitYear && published) date.note = `The dateline reads “${dl.text}”; the year is that of the publication date.`;
  }
  return {
    paragraphId: p.id,
    start,
    end,
    ...titled(removeRanges(p.text.slice(start, end), statementPhrases(p.text, timexes, start, end))),
    date,
    extraEvidence: [{ paragraphId: p.id, start: 0, end: dl.end }],
    order: nextOrder(),
  };
}

/**
 * "CITY, Nov. 4 - The port said Sunday it had reopened two berths": the dateline's day is when the story was
 * filed and Sunday is when it was told, so what was told, in the past, happened on or before Sunday (before
 * the day after it). Null when the lead has no dated telling, or tells of something not yet done.
 */
function toldBeforeTelling(text: string, timexes: Timex[], start: number, end: number, published: Ymd | null): Partial<EventDate> | null {
  const telling = timexes.find((t) => t.start >= start && t.end <= end && usable(t) && datesTheTelling(text, t));
  const day = telling && dateFromTimex(telling, published);
  const reported = telling && REPORTED_THAT.exec(text.slice(start, end));
  const what = reported ? text.slice(start + reported.index + reported[0].length, end) : '';
  // As in the body of the story: only the past perfect says plainly that it was done before the telling ("ruled on
  // Thursday that the singer copied the tune" is the ruling, on Thursday).
  if (!telling || !day || !reported || !PAST_PERFECT.test(what) || !doneByTheTelling(what)) return null;
  const date = onOrBeforeTelling(day, telling);
  return date && { ...date, rule: `dateline/${date.rule}` };
}

/**
 * "The coast guard said Sunday it had rescued 40 people": what was told as done happened on that day or before
 * it, so it is placed before the end of the telling's day (month, year), with a note; the telling's guessed
 * year stays guessed. Null when the telling's date is itself open or bounded.
 */
function onOrBeforeTelling(day: EventDate, telling: Timex): EventDate | null {
  if (day.mod) return null;
  const last = day.end ?? day.start;
  const next = nextUnit(last);
  const on = parseYmd(last);
  if (!next) return null;
  const when = on ? (day.end ? `by ${fmtHuman(on)}` : `on ${fmtHuman(on)}`) : last.length === 7 ? `in ${telling.text.replace(/^(?:on|in)\s+/i, '')}` : `in ${last}`;
  const date: EventDate = {
    start: next,
    mod: 'before',
    basis: day.basis,
    rule: `${day.rule}/told-before`,
    note: `It was told ${when} (“${telling.text}”) and had happened by then: ${last.length === 10 && !day.end ? 'on that day or before it' : 'then or before'}.${day.note ? ` ${day.note}` : ''}`,
  };
  if (day.yearUncertain) date.yearUncertain = true;
  return date;
}

/** The day, month or year after a day, month or year value: the bound of "on or before" it. Null for others. */
function nextUnit(last: string): string | null {
  if (last.length === 10) {
    const on = parseYmd(last);
    return on && fmtDay(addDays(on, 1));
  }
  if (/^\d{4}-\d{2}$/.test(last)) {
    const { y, m } = addMonths(+last.slice(0, 4), +last.slice(5, 7), 1);
    return fmtMonth(y, m);
  }
  return /^\d{4}$/.test(last) ? fmtYear(+last + 1) : null;
}

// "was calm", "were safe", "had been missing": a state the telling finds, which holds when it is told; "was
// arrested", "had been freed" are happenings.
const TOLD_BE = /\b(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:(?:still|not|now|also|very|largely|relatively|mostly|fully)\s+)?([a-z]+)/i;
const EARLIER_VERB = /\b(?:had|has|have|did|[a-z]{3,}ed)\b/i;
const PARTICIPLE_BE = new Set(['killed', 'hurt', 'shot', 'taken', 'given', 'seen', 'held', 'made', 'built', 'sold', 'paid', 'sent', 'found', 'hit', 'struck', 'stolen', 'driven', 'thrown', 'beaten', 'born', 'done', 'won', 'lost', 'caught', 'brought', 'set', 'cut', 'shut', 'put', 'kept', 'left', 'told', 'chosen', 'broken', 'frozen', 'flown', 'torn', 'sunk', 'sworn', 'swept', 'spent', 'split', 'freed', 'fired', 'hidden', 'overrun', 'run', 'begun', 'withdrawn', 'undertaken', 'rebuilt', 'reopened']);

/** What a telling reports as done by the time it is told: a past happening, not a state, a plan or the present. */
function doneByTheTelling(reported: string): boolean {
  if (happeningOf(reported) !== 'past') return false;
  const be = TOLD_BE.exec(reported);
  const state = be && !EARLIER_VERB.test(reported.slice(0, be.index)) && !/ed$/i.test(be[1]) && !PARTICIPLE_BE.has(be[1].toLowerCase());
  return !state;
}

/**
 * "In a statement on Sunday" in a lead the dateline dates: the phrase names the telling, not what the title
 * says, so it leaves the title whole (the bare "on Sunday" would leave "In a statement," behind).
 */
function statementPhrases(text: string, timexes: Timex[], start: number, end: number): { start: number; end: number }[] {
  return timexes
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => ({ start: statementStart(text, t), end: t.end }))
    .filter((r) => r.start >= start)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
}

// The saying, then what is said: "… said on Tuesday that …", "… claims that …", "Ford says it made …" (a
// pronoun opens the reported clause when "that" is left out).
const REPORTED_THAT = new RegExp(
  String.raw`\b(${TELLING_VERB_RE})(?:\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?[^,;:"“”]{0,30}?)?\s+(?:that\s+|(?=(?:it|he|she|they|we)\s+[a-z]))`,
  'i',
);
const PRESENT_TELLING = new RegExp(`^(?:${TELLING_PRESENT.join('|')})$`, 'i');
// The subject a second predicate shares: "She …", "Bin Laden …", "The council …", and "she" after an opening date
// ("In 1981, she was dismissed … and spent …").
const LEAD_SUBJECT = /^((?:[Tt]he\s+[a-z]+|[A-Z][\w'’.-]*|she|he|they|we)(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]/;
const DURATION_UNITS = /^P(\d{1,3})([DWMY])$/;

/** The last day (month, year) of "for <duration> from <date>", at the date's own precision; null when not so written. */
function durationFrom(text: string, timexes: Timex[], main: Timex, start: string): string | null {
  const d = timexes.find((t) => t.type === 'DURATION' && t.end <= main.start && /^\s+from\s+$/i.test(text.slice(t.end, main.start)));
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || !/\bfor\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start))) return null;
  const n = +m[1];
  const months = m[2] === 'Y' ? 12 * n : m[2] === 'M' ? n : 0;
  const day = parseYmd(start);
  if (day && start.length === 10) {
    if (!months) return fmtDay(addDays(day, (m[2] === 'W' ? 7 * n : n) - 1));
    const to = addMonths(day.y, day.m, months);
    return fmtDay(addDays({ y: to.y, m: to.m, d: day.d }, -1));
  }
  if (!months) return null;
  const ym = /^(\d{4})(?:-(\d{2}))?$/.exec(start);
  if (!ym) return null;
  if (!ym[2]) return months % 12 ? null : fmtYear(+ym[1] + months / 12 - 1);
  const to = addMonths(+ym[1], +ym[2], months - 1);
  return fmtMonth(to.y, to.m);
}

const BARE_DATE_PHRASE = /^[\s,]*(?:(?:and|or)\s+)?(?:on|in|at|during)?[\s,.]*$/i;
const TRAILING_ORDER = /^,?\s+(after|before|following)\s+([^,;:"“”]{8,160})/i;
// The same, set off by a comma further on and running to the clause's end.
const TRAILING_ORDER_LAST = /,\s(after|before|following)\s([^,;:"“”]{8,160})$/i;
// "…, and inspectors have since visited …": a second predicate may bring a subject of its own (a few lower-case words).
// "was arrested on February 21, and has been held in custody since then": the same span, "since then" at the end.
const AND_HAS = /\sand\s(?=(?:has|have)\s)/i;
// "… and has been free on bail since.": a bare "since" closing the conjunct is the same.
const SINCE_THEN_AHEAD = /^[^,;.]{3,90}?\ssince(?:\sthen\b|(?=\s*(?:[,;.!?]|$)))/i;
function sinceThenAnd(text: string): RegExpExecArray | null {
  const m = AND_HAS.exec(text);
  return m && SINCE_THEN_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120)) ? m : null;
}
const LATER_AND = /,?\s+and\s+(?:(?:then\s+)?(later)|((?:[a-z]+\s+){1,3}?)?(?:has|have|had)\s+(since))\s+(?=[a-z])/i;
// "'s vote for governor", "'s runoff": the noun a possessive date names, and a few words of its phrase, up to a
// clause break, a verb or a joining word.
const POSSESSIVE_HAPPENING = /^['’]s\s+((?:[a-z][a-z-]+)(?:\s+(?!(?:after|before|when|which|that|who|and|but|or|was|were|is|are|has|had|have|will|would|in|on|at|by|since|with|to)\b)[a-z][a-z-]*){0,3})/;
const POSSESSIVE_LEAD = /\b(?:from|of|in|after|before|since|at|during|over|for|ahead\s+of)\s+$/i;
// ", ending a 12-month tour that began in May 2008": an aside telling of what the clause's happening ended.
const ENDING_ASIDE = /^(?:ending|concluding|capping|closing|completing)\s/i;
const BEGAN_BEFORE = /\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)\s+(?:in|on)\s+$/i;
// ", but withdrew the threat": a second predicate after "but", its verb first (the subject is the clause's).
const BUT_PAST = /,\s+but\s+(?:(?:then|later)\s+)?([a-z]{3,})\s/i;
const TELLING_WORD = new RegExp(`^${TELLING_VERB_RE}$`, 'i');
const AFTER_SPELL = new RegExp(`\\b(?:after|following|ended|ending)\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\s+of\\s+(?=[a-z])`, 'i');
// ", after running trials every night for three weeks": a gerund phrase after the date, with its own length of time.
const AFTER_DOING_FOR = new RegExp(`^[\\s,]*(?:after|following)\\s+[a-z]{3,}ing\\s[^,;.:]{0,80}?\\bfor\\s+(?:the\\s+(?:past|last|previous)\\s+)?(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)(?=[\\s.,;]*$)`, 'i');
// "returned in August from a nine-month deployment": the stay is the months up to the return.
const RETURN_FROM_SPELL = new RegExp(`^\\s+from\\s+(?:a|an|its|their|his|her|the)\\s+(\\d{1,2}|${NUMBER_WORD_RE})-(day|week|month|year)\\s+(?:[a-z-]+\\s+){0,2}?(?:deployment|tour|mission|stint|posting|assignment|trip|voyage|expedition|journey|stay|absence|exile|rotation)\\b[^,;.]*`, 'i');
const RETURN_VERB = /\b(?:returned|came\s+(?:back|home)|arrived\s+(?:back|home)|flew\s+(?:back|home)|got\s+back)\s+(?:home\s+)?(?:in|on|late|early)?\s*$/i;
const RUN_FROM = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_RE})\\s+(days?|weeks?)\\s+of\\s+(?:[a-z]+\\s+){1,4}?(?:beginning|starting)\\s+(?:on\\s+)?$`, 'i');
// "until Nov. 26", "until dawn on Monday", "until her retirement in 1994": the date ends what the clause tells.
const UNTIL_BEFORE = /\buntil\s+(?:(?:(?:dawn|dusk|daybreak|nightfall|midnight|noon|sunrise|sunset)\s+(?:on\s+)?)|(?:the|her|his|its|their)\s+(?:[\w'’-]+\s+){1,3}?(?:in|on)\s+)?$/i;
// "have until May 13 to apply" is a deadline day; "will not reopen until May", "wait until May" happen at the date.
const UNTIL_NOT_SPAN = /\b(?:(?:not|n['’]t|never)\s+(?:[a-z]+\s+){0,3}?|(?:wait|waits|waited|waiting|has|have|had|postponed|delayed|deferred|adjourned)\s+)until\s/i;
// A past stretch "until" a date whose start is the happening told before it: marked for the paragraph's pass.
const UNTIL_OPEN = '/until-open';
// The clause before ends its sentence part with "and" or "but" before the second predicate, with no full stop between.
const AND_OPENING = /^[^.;:!?]*\b(?:and|but)\s+/i;
const SPENT_AND = new RegExp(`,?\\s+and\\s+(?:then\\s+)?(spent|served)\\s+(?:the\\s+(?:next|following)\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\b`, 'i');

/** `end` moved back over spaces and commas, not before `floor`. */
function trimmedEnd(text: string, floor: number, end: number): number {
  while (end > floor && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/** The end of a stay of `n` units that starts at `start`, at the start's precision; null when it cannot be said. */
function endAfter(start: string, n: number | undefined, unitWord: string): string | null {
  if (!n || !Number.isInteger(n)) return null;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const p = parseTimeValue(start);
  if (typeof p === 'string') return null;
  if (unit === 'year' && p.precision === 'year') return fmtYear(p.year + n);
  if (unit === 'year' && p.precision === 'month' && p.month) return fmtMonth(p.year + n, p.month);
  if (unit === 'month' && p.precision === 'month' && p.month) {
    const e = addMonths(p.year, p.month, n);
    return fmtMonth(e.y, e.m);
  }
  const day = parseYmd(start);
  if (!day) return null;
  if (unit === 'day' || unit === 'week') return fmtDay(addDays(day, (unit === 'week' ? 7 : 1) * n - 1));
  if (unit === 'month') {
    const e = addMonths(day.y, day.m, n);
    return fmtDay({ ...e, d: Math.min(day.d, new Date(Date.UTC(e.y, e.m, 0)).getUTCDate()) });
  }
  return null;
}

const CHANGE_FROM =
  /\b(?:extension|extended|extends|extending|postponed|postpones|postponing|postponement|moved|moves|moving|rescheduled|reschedules|rescheduling|delayed|delays|pushed\s+back|brought\s+forward|changed|changes|shifted|shifts|deferred|defers)\b(?:\s+[\w'’-]+){0,5}?\s+from\s+$/i;
const CHANGED_PAST = /^(?:extended|postponed|moved|rescheduled|delayed|pushed\s+back|brought\s+forward|changed|shifted|deferred)$/i;
const NOT_A_TELLING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'newly', 'be', 'being', 'to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'can', 'not']);

/**
 * Whether the text before a change's first date ("FEMA has extended the deadline from ") tells of the change as done:
 * a past or perfect verb ("has extended", "was postponed", "moved"), not an adjective ("the extended deadline") or
 * one still to come ("will be moved").
 */
function changeDone(lead: string): boolean {
  const m = CHANGE_FROM.exec(lead);
  const verb = m ? /^[a-z]+(?:\s+(?:back|forward))?/i.exec(m[0])?.[0] ?? '' : '';
  if (!m || !CHANGED_PAST.test(verb)) return false;
  const prev = /([a-z]+)\s+(?:(?:also|now|already|just|again)\s+)?$/i.exec(lead.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
  return !!prev && !NOT_A_TELLING.has(prev);
}

// "be profitable by 2011", "be back in service by May": a state (be + an adjective or a place, not a passive).
const STATE_BY = /\bbe\s+["“]?(?:[a-z]+ly\s+)?(?!(?:[a-z]+ed|done|made|built|paid|sold|cut|shut|set|met|taken|given|seen|known|held|run|won|lost)\b)[a-z]+["”]?(?:\s+(?:again|once\s+more))?\s+by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;
const HAS_SINCE = /^(?:and\s+)?(?:has|have|had)\s+since\s+[a-z]/i;
const START_ASIDE = /^(?:which|that|who)\s+(?:first\s+)?(?:started|began|broke\s+out|erupted|opened|(?:was|were)\s+(?:founded|launched|set\s+up|opened|started))\b/i;
const WHICH_LATER = /^(?:which|who)\s+(?:then\s+)?later\s+[a-z]/i;
const BY_DEADLINE = /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$/i;

/** "By <date>" told as done: that date or earlier, so before the unit after it. */
function doneBy(date: EventDate, next: string, when: string, main: Timex): void {
  date.note = `“by ${main.text}”: done by then, ${when}.${date.note ? ` ${date.note}` : ''}`;
  date.start = next;
  date.mod = 'before';
  date.rule = `${date.rule}/by-past`;
}

const TELLING_AFTER = new RegExp(
  String.raw`[,;]\s+((?:[A-Z][\w'’.-]*|he|she|they|we|it|the\s+(?:[a-z]+|[A-Z][\w'’.-]*))(?:\s+[A-Z][\w'’.-]*){0,3}\s+(${TELLING_VERB_RE}))(?=[\s,.])`,
);

// What may open a clause before its date: nothing, or a phrase of place or occasion ("On", "In his keynote address").
const OPENING_BEFORE_DATE = /^\W*(?:(?:on|in|at|during|late|early|earlier|later)\b[^,;]{0,60})?$/i;

function tellingDate(verb: string, published: Ymd | null): EventDate | null {
  if (!published) return null;
  return PRESENT_TELLING.test(verb)
    ? { start: fmtDay(published), basis: 'publication', rule: 'reported-speech/present-telling', note: `“${verb}”: the telling is as of publication.` }
    : beforePublication(published, 'reported-speech/before-publication');
}

/** The text a title leaves out: each date of the clause, and the whole of a range ("November 18-19, 2003"). */
function dateSpans(a: Anchored): { start: number; end: number }[] {
  // "fourth-quarter results" keeps its adjective: it says which results.
  const spans = a.inClause.filter((t) => t === a.main || !(periodModifier(a.unit.paraText, t) || yearModifier(a.unit.paraText, t))).map((t) => ({ start: t.start, end: t.end }));
  if (a.end) spans.push({ start: a.main.start, end: a.end.end });
  // A clause that borrows its date from before an aside does not hold that date's words.
  return spans.filter((x) => x.start >= a.clause.start && x.end <= a.clause.end).sort((x, y) => x.start - y.start);
}

// A subordinate happening, a named thing or a count back from the clause: what the clause is placed against.
const ANTECEDENT_ONLY = /\/(?:subordinate|named-thing)$|^count-from-clause\//;

/** One event per dated clause of a unit. */
/** What a telling tells, from its clause: the clause without its dates and without the telling's own words, its
 * first word in lower case when it is capitalised only because it opens the sentence, so that it reads on after
 * "X said" ("Ministry said exports rose", but "Ministry said Smith resigned"). */
function toldWithout(clauseText: string, a: Anchored, clauseStart: number, telling: { start: number; end: number }, paraText: string): string {
  const cuts = [...dateSpans(a).map((t) => ({ start: t.start - clauseStart, end: t.end - clauseStart })), telling];
  const told = removeRanges(clauseText, cuts.filter((r) => r.start >= 0 && r.end <= clauseText.length)).replace(/^[\s,]+/, '');
  const first = /^[A-Z][a-z]+\b/.exec(told)?.[0];
  const opensSentence = !!first && clauseText.replace(/^[\s"“]+/, '').startsWith(first) && /(?:^|[.!?]["”]?\s+)$/.test(paraText.slice(0, clauseStart));
  return opensSentence ? told.replace(/^[A-Z][a-z]+\b/, (w) => (isCommonWord(w, paraText) ? w.toLowerCase() : w)) : told;
}

/**
 * A count ("the following day", "two years later") is made from the last date the text wrote. When a sentence
 * between them turned the story to a happening it dated elsewhere ("The government says the speech at the rally
 * …"), the count may be from that happening instead: its year is a guess.
 */
function refocusedCounts(dated: Draft[], ordered: Draft[]): void {
  for (const d of dated) {
    // A count already flagged (made across a paragraph) still has its likelier antecedent named.
    if (!countedFromStory(d.date.rule)) continue;
    const turned = ordered.find(
      (o) =>
        o.date.rule === 'narrative-focus/named-happening' &&
        o.paragraphId === d.paragraphId &&
        o.end <= d.start &&
        o.date.start.slice(0, 4) !== d.date.start.slice(0, 4) &&
        !dated.some((x) => x !== d && x.paragraphId === d.paragraphId && x.start >= o.end && x.start < d.start),
    );
    if (!turned) continue;
    d.date.yearUncertain = true;
    d.date.note = `${d.date.note ?? ''} The sentence before it turned to “${turned.title}”, which it may be counted from instead: the year is uncertain.`.trim();
  }
}

/**
 * The date sits in what a telling reports ("after the brewer reported that profit had fallen in the last months of
 * last year"): it dates what was reported, and the telling came some time after it, in a year the text leaves open.
 */
function toldIn(before: string): boolean {
  return REPORTED_THAT.test(before);
}

// A deictic expression left unplaced for want of a publication date ("on Tuesday", "last October", "two years ago").
const UNPLACED = /\/no-dct$|^ago\/vague$/;

/**
 * What the clause itself says of the year of the date it is given (see "Year certainty" in docs/extraction.md):
 * - a year the clause writes confirms a year that was counted or guessed ("Two years later, in 2013, the probe …"):
 *   the written year is the text's word, whatever the count was counted from;
 * - a clause whose own "on Tuesday" or "last October" could not be placed (no publication date) is dated by another
 *   expression of its sentence only as a guess ("went on trial on Tuesday over a collapse in the summer of 2022"):
 *   the year that expression names is its own happening's.
 */
function clauseYearCertainty(date: EventDate, main: Timex, a: Anchored, unplaced: Timex[]): void {
  const inside = (t: Timex) => t !== main && t !== a.end && t.start >= a.clause.start && t.end <= a.clause.end;
  const year = date.start.slice(0, 4);
  if (date.yearUncertain) {
    if ((date.end ?? date.start).slice(0, 4) === year && a.inClause.some((t) => inside(t) && t.explicitYear && !t.yearUncertain && t.value.slice(0, 4) === year)) delete date.yearUncertain;
  } else if (unplaced.some((t) => inside(t) && apart(a.unit.paraText, t, main))) date.yearUncertain = true;
}

/**
 * Two expressions of a clause that are not one phrase ("the winter of 2023-24"): words lie between them, and an
 * expression after the date is not set off by a comma, as an aside of its own ("opened in October 1974, … but it
 * still carries traffic today").
 */
function apart(text: string, t: Timex, main: Timex): boolean {
  const gap = t.end <= main.start ? text.slice(t.end, main.start) : text.slice(main.end, t.start);
  return /[a-z]\s+[a-z]/i.test(gap) && (t.end <= main.start || !/[,;]/.test(gap));
}

function datedEvents(u: Unit, published: Ymd | null, nextOrder: () => number): Draft[] {
  const out: Draft[] = [];
  const subjectYears: SubjectYear[] = [];
  const anchored = anchorUnit(u, published, subjectYears);
  // "1991 Nobel peace prizewinner Aung San Suu Kyi spent …": the prize is the year's event; the clause is not.
  for (const y of subjectYears) {
    const date = dateFromTimex(y.timex, published);
    const { title, drafted } = titled(`${u.paraText.slice(y.timex.end, y.subjectEnd)}`);
    if (date && title) {
      date.rule = `${date.rule}/names-subject`;
      out.push({ paragraphId: u.paragraphId, start: y.timex.start, end: y.phraseEnd, title, drafted, date, order: nextOrder() });
    }
  }
  // "an improvement from 2008, when the company posted a loss": the when-clause after a date happened then,
  // whatever the date is to the main clause (its yardstick, or a bound).
  const whens = whenClauses(u);
  for (const w of whens) {
    const date = dateFromTimex(w.timex, published);
    const { title, drafted } = whenTitle(u, w);
    if (date && title) {
      date.rule = `${date.rule}/when-clause`;
      out.push({ paragraphId: u.paragraphId, start: w.start, end: w.end, title, drafted, date, order: nextOrder() });
    }
  }
  let last: { title: string; drafted?: TitleDraft } = { title: '' };
  // The unit's expressions left unplaced for want of a publication date, read once for all its clauses.
  const unplaced = anchored.length ? u.timexes.filter((t) => t.type === 'DATE' && UNPLACED.test(t.rule)) : [];
  for (const a of anchored) {
    const { main } = a;
    // The pledge is an event of its own (below): the deadline's title says what is to be done ("Government to inspect …").
    let pledgedDeadline = false;
    // The aside names what the clause before ended: its title is that thing ("12-month deployment to Iraq").
    let endedSpan = false;
    // "began a recount of ballots from last Sunday's vote": a day made possessive names a happening of its own, on
    // that day, beside the clause's event on its own date.
    for (const t of a.inClause) {
      if (t === main || (u.paraText[t.end] !== "'" && u.paraText[t.end] !== '’') || t === a.end || t.type !== 'DATE' || t.start < a.clause.start || t.end > a.clause.end || datesTheTelling(u.paraText, t)) continue;
      const np = POSSESSIVE_HAPPENING.exec(u.paraText.slice(t.end, Math.min(a.clause.end, t.end + 80)));
      const d = np && dateFromTimex(t, published);
      // A day's ("Sunday's vote", "Tuesday's recount") is a happening; a year's or a month's ("this year's work",
      // "last month's sales") more often names an amount or a season's business.
      if (!np || !d || d.mod || d.end || d.start.length !== 10) continue;
      const lead = POSSESSIVE_LEAD.exec(u.paraText.slice(Math.max(a.clause.start, t.start - 12), t.start));
      const title = draftTitle(np[1].replace(/^[a-z]/, (x) => x.toUpperCase()));
      if (!title) continue;
      d.rule = `${d.rule}/possessive`;
      out.push({ paragraphId: u.paragraphId, start: t.start - (lead?.[0].length ?? 0), end: t.end + np[0].length, title, date: d, order: nextOrder() });
    }
    let c = a.clause;
    // "twice a day in summer", "on Tuesdays": a habit or a schedule is not an event (family 7). One set off after
    // the dated event ("called a strike for May 3 and promised marches every Saturday", "passed a law in June
    // requiring checks every year") leaves that event whole; the title stops before it.
    const set = u.timexes.find((t) => t.type === 'SET' && t.start >= c.start && t.end <= c.end);
    const scheduleCut = set ? separatedSchedule(u.paraText, c, main, set) : -1;
    // "below average in every year from 2020 to 2023": a habit bounded by a stated range is a span of the calendar.
    const bounded = !!set && !!a.end && set.end <= main.start && /^\s+(?:from|between)\s+$/i.test(u.paraText.slice(set.end, main.start));
    // "have gathered every evening since Monday": a habit told in the present perfect since a date is the stretch
    // from that date to publication (below), not a schedule with no place on the calendar.
    const sinceHabit = !!set && !a.end && set.end <= main.start && /^\s+since\s+$/i.test(u.paraText.slice(set.end, main.start)) && sinceUpToNow(u.paraText, c, main) && !OPENING_HOURS.test(u.paraText.slice(c.start, c.end));
    if ((set && scheduleCut < 0 && !bounded && !sinceHabit) || isSchedule(u.paraText.slice(c.start, scheduleCut < 0 ? c.end : scheduleCut))) continue;
    const date = dateFromTimex(main, published, a.end);
    if (!date) continue;
    clauseYearCertainty(date, main, a, unplaced);
    if (a.guessedYear) date.yearUncertain = true;
    // "will close for six months from 1 April": the stretch the duration runs from the date, not its first day.
    const lastsTo = !a.end && !date.mod && !date.end ? durationFrom(u.paraText, u.timexes, main, date.start) : null;
    if (lastsTo) {
      date.end = lastsTo;
      date.rule = `${date.rule}/for-duration`;
    }
    // "The deadline was moved from May 3 to June 7", "the extension from January 11 to March 11": a change
    // from one date to another names two days, not the span between them.
    if (a.end && date.end && CHANGE_FROM.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start))) {
      const toAt = u.paraText.lastIndexOf('to', a.end.start) >= main.end ? u.paraText.lastIndexOf('to', a.end.start) : a.end.start;
      const { title: base, drafted } = titled(clauseWithoutDates(u, c, a).replace(/\s+from\s+to\b/i, ''));
      const { end: newDay, ...rest } = date;
      const note = (day: string) => `A change from one date to another (“${u.paraText.slice(main.start, a.end!.end)}”): ${day}.${rest.note ? ` ${rest.note}` : ''}`;
      if (base) {
        out.push({ paragraphId: u.paragraphId, start: c.start, end: main.end, title: `${base}: the date it moves from`, drafted, date: { ...rest, rule: `${rest.rule}/change-from`, note: note('the date it moves from') }, order: nextOrder() });
        out.push({ paragraphId: u.paragraphId, start: toAt, end: a.end.end, title: `${base}: the date it moves to`, drafted, date: { ...rest, start: newDay!, rule: `${rest.rule}/change-to`, note: note('the date it moves to') }, order: nextOrder() });
        // The change itself ("… was granted"), when the clause tells of it after the dates, is placed by its tense.
        const restStart = a.end.end;
        const how = c.end - restStart > 8 ? happeningOf(u.paraText.slice(restStart, c.end)) : null;
        const decided = how === 'past' ? beforePublication(published, 'narrative-order/before-publication') : null;
        if (decided) out.push({ paragraphId: u.paragraphId, start: restStart, end: c.end, title: base, drafted, date: decided, order: nextOrder() });
        // "FEMA has extended the deadline from January 9 to …": the extending is done, before publication; the old
        // deadline is only what it moved away from, so it does not date the act.
        const fromAt = main.start - (/\bfrom\s+$/i.exec(u.paraText.slice(c.start, main.start))?.[0].length ?? 0);
        const done = !decided && fromAt > c.start + 8 && changeDone(u.paraText.slice(c.start, main.start));
        const act = done ? beforePublication(published, 'narrative-order/before-publication') : null;
        if (act) out.push({ paragraphId: u.paragraphId, start: c.start, end: fromAt, title: base, drafted, date: act, order: nextOrder() });
        continue;
      }
    }
    // "retired in 1996 but kept teaching until last year": the second predicate runs from the first one's date.
    const untilAt = !a.end && !date.end && !date.mod && UNTIL_BEFORE.test(u.paraText.slice(Math.max(c.start, main.start - 48), main.start));
    const prevClause = untilAt ? [...anchored].reverse().find((p) => p.clause.end <= c.start && !p.end) : undefined;
    const prevDate = prevClause && dateFromTimex(prevClause.main, published);
    if (prevDate && !prevDate.mod && !prevDate.end && AND_OPENING.test(u.paraText.slice(prevClause!.main.end, c.start + 12)) && prevDate.start < date.start) {
      date.note = `“until ${main.text}”, after ${prevClause!.main.text} in the clause before: from then to then.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = prevDate.start;
      date.rule = `${date.rule}/until-from-clause-before`;
      if (prevDate.yearUncertain) date.yearUncertain = true;
    }
    // "went on to coach the team until he retired in 1989", "was listed from 1986 until the family bought the shares
    // back in 2001": a clause of its own after "until", with its own date, ends the stretch and is a happening of its
    // own on that date.
    const untilSplit = !a.end && !date.end ? untilClauseSplit(u, c, a, main, date, anchored, published) : null;
    if (untilSplit) {
      const { endDate, at, ownEnd, title: ownTitle } = untilSplit;
      if (untilSplit.keep) {
        // The clause's date stays its own.
      } else if (untilSplit.from) {
        date.end = date.start;
        date.start = untilSplit.from.start;
        if (untilSplit.from.yearUncertain) date.yearUncertain = true;
      } else {
        date.end = endDate.start;
        if (endDate.yearUncertain) date.yearUncertain = true;
      }
      if (!untilSplit.keep) {
        date.rule = `${date.rule}/until-clause`;
        date.note = `Up to “${u.paraText.slice(at, ownEnd).trim()}”, a happening the article dates on its own.${date.note ? ` ${date.note}` : ''}`;
      }
      out.push({ paragraphId: u.paragraphId, start: at, end: ownEnd, ...ownTitle, date: { ...endDate, rule: `${endDate.rule}/until-clause-own` }, order: nextOrder() });
      c = { ...c, end: trimmedEnd(u.paraText, c.start, at) };
    }
    // "should watch for a rash until Nov. 26": told in the present or the future, a stretch from publication up to the
    // date; told in the past ("the celebrations went on until dawn on Monday"), from the happening told before it,
    // which the paragraph's pass fills in (spanToUntil).
    const lead = untilAt && !date.end ? u.paraText.slice(c.start, main.start) : '';
    if (lead && published && !UNTIL_NOT_SPAN.test(lead) && date.start.length === 10) {
      const tense = tenseAt(lead, lead.search(/\buntil\s/i));
      const pub = fmtDay(published);
      if (tense !== 'past' && date.start > pub) {
        date.note = `“until ${main.text}”: from publication (${fmtHuman(published)}) up to then.${date.note ? ` ${date.note}` : ''}`;
        date.end = date.start;
        date.start = pub;
        date.rule = `${date.rule}/until-from-publication`;
      }
    }
    if (lead && !date.end && !UNTIL_NOT_SPAN.test(lead) && happeningOf(lead) === 'past') date.rule = `${date.rule}${UNTIL_OPEN}`;
    // "landed on Dec. 28, ending a deployment that began in December 2008": what the aside ends began on its own
    // date and ended on the date of the clause before it: the span between them.
    const ending = c.aside && !a.end && !date.end && !date.mod && ENDING_ASIDE.test(u.paraText.slice(c.start, c.end)) && BEGAN_BEFORE.test(u.paraText.slice(Math.max(c.start, main.start - 24), main.start));
    const endedBy = ending ? [...anchored].reverse().find((p) => p.clause.end <= c.start && !p.end) : undefined;
    const endedDate = endedBy && dateFromTimex(endedBy.main, published);
    if (endedDate && !endedDate.mod && (endedDate.end ?? endedDate.start) > date.start) {
      endedSpan = true;
      date.end = endedDate.end ?? endedDate.start;
      date.rule = `${date.rule}/ended-by-clause-before`;
      date.note = `“${main.text}” is when it began; the clause before (“${endedBy!.main.text}”) is when it ended.${date.note ? ` ${date.note}` : ''}`;
      if (endedDate.yearUncertain) date.yearUncertain = true;
      if (endedDate.basis !== date.basis) date.basis = 'publication';
    }
    // "rose 4 % in the year to February": the twelve months that end with February, not February.
    const upTo = !a.end && !date.end && !date.mod ? periodUpTo(u.paraText, main, date) : null;
    if (upTo) Object.assign(date, upTo);
    // "earlier this week", "later this month": the part of the week (month, year) before or after publication.
    const side = !a.end && !date.mod ? sideOfPublication(main, date, published) : null;
    if (side) {
      Object.assign(date, side);
      if (date.end === undefined) delete date.end;
    }
    if (a.present && published) {
      const { title, drafted } = titled(withSubject(u, a.present, u.paraText.slice(a.present.start, a.present.end).replace(/^that\s+/i, '')));
      const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
      if (title) out.push({ paragraphId: u.paragraphId, start: a.present.start, end: a.present.end, title, drafted, date: { start: fmtDay(published), basis: 'publication', rule: 'present-tense/publication', note }, order: nextOrder() });
    }
    if (a.named) {
      const namedDate = dateFromTimex(main, published);
      // The year stays in the title: it is what names the thing ("1991 agreement").
      const { title, drafted } = titled(u.paraText.slice(a.named.start, a.named.end));
      if (namedDate && title) {
        namedDate.rule = `${namedDate.rule}/named-thing`;
        out.push({ paragraphId: u.paragraphId, start: a.named.start, end: a.named.end, title, drafted, date: namedDate, order: nextOrder() });
      }
    }
    // "After the breakup in the early 1990s, war broke out": a part of a stretch still bounds the clause's event.
    // "left a week before Christmas", "reopened three days after Oct. 1": a count from the date, not a bound.
    const shifted = a.bound && !date.mod && !date.end ? (a.sub ? countedShiftFromSub(u, a.sub, date) : countedShift(u, c, main, date)) : null;
    if (shifted) {
      Object.assign(date, shifted.date);
      // The subordinate happening is still on the date; the clause's own event is counted from it.
      const sub = a.sub ? subordinateOnDate(u, a, main, published) : null;
      if (sub) out.push({ ...sub, order: nextOrder() });
    } else if (a.bound && (!date.mod || date.mod === 'start' || date.mod === 'mid' || date.mod === 'end')) {
      // The subordinate happening is on the date; the clause's own event only after (or before) it.
      if (a.sub) {
        const subDate = dateFromTimex(main, published);
        let subText = u.paraText.slice(a.sub.start, a.sub.end).replace(/^(?:after|since|following|before|prior\s+to|ahead\s+of)\s+/i, '');
        const skip = a.sub.end - a.sub.start - subText.length;
        subText = removeRanges(subText, dateSpans(a).filter((t) => t.start >= a.sub!.start + skip && t.end <= a.sub!.end).map((t) => ({ start: t.start - a.sub!.start - skip, end: t.end - a.sub!.start - skip })));
        // "since suffering a stroke": who suffered it is the clause's subject.
        const lead = u.paraText.slice(c.start, a.sub.start);
        const mainTitle = draftTitle(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${lead}` : withSubject(u, c, lead));
        const subTitle = gerundTitle(subText, mainTitle) ?? titled(subText).drafted;
        if (subDate && subTitle.title) {
          subDate.rule = `${subDate.rule}/subordinate`;
          out.push({ paragraphId: u.paragraphId, start: a.sub.start, end: a.sub.end, title: subTitle.title, drafted: subTitle, date: subDate, order: nextOrder() });
        }
      }
      // "must register before midnight Friday", "get into the system before the April 14 deadline": what is
      // still to be done before a day names that day as its deadline, the event the reader must see.
      if (a.bound === 'before' && !a.sub && tenseAt(u.paraText.slice(c.start, main.end), main.start - c.start) === 'future') {
        date.rule = `${date.rule}/deadline`;
        date.note = `A deadline still ahead: this is to be done before “${main.text}”.${date.note ? ` ${date.note}` : ''}`;
      } else if (a.bound === 'after' && (!a.sub || SINCE_HAPPENING.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start)) || sinceClause(u.paraText, a.sub)) && (!date.mod || date.mod === 'mid' || date.mod === 'end') && published && sinceUpToNow(u.paraText, c, main) && (date.end ?? date.start) < fmtDay(published)) {
        // "have lost half their value since March": the present perfect runs from the date up to publication. From
        // "mid-November" or "late 2015" it runs from inside that month or year: the stretch starts there, at its precision.
        delete date.mod;
        date.end = fmtDay(published);
        date.rule = `${date.rule}/since-until-publication`;
        date.note = `“since ${main.text}”, told in the present perfect: from then up to publication (${fmtHuman(published)}).${date.note ? ` ${date.note}` : ''}`;
      } else if (a.bound === 'after' && a.sub && a.sub.start > c.start && published && !date.mod && (date.end ?? date.start) <= fmtDay(published) && happeningOf(u.paraText.slice(c.start, a.sub.start)) === 'ongoing') {
        // "Rescue teams are searching for people missing after a ferry capsized Friday": under way at publication.
        for (const k of ['end', 'mod', 'yearUncertain'] as const) delete date[k];
        date.start = fmtDay(published);
        date.basis = 'publication';
        date.rule = 'present-tense/publication';
        date.note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
      } else {
        // "had been in hospital since a fall in January and came home on Thursday": a state told in the past perfect
        // lasted from its "since" up to the time the sentence tells of, which a later date of it names.
        const until = a.bound === 'after' && !date.mod ? pastPerfectSinceEnd(u, c, main, date, anchored, published) : null;
        if (until) {
          date.end = until.end;
          date.rule = `${date.rule}/since-until-${until.to}`;
          date.note = `“since ${main.text}”, told in the past perfect: from then up to ${until.to === 'later-date' ? `“${until.what}”, the later time the sentence tells of` : `publication, when it was told`}.${date.note ? ` ${date.note}` : ''}`;
          if (until.yearUncertain) date.yearUncertain = true;
        } else {
          date.mod = a.bound;
          date.rule = `${date.rule}/${a.bound}-clause`;
        }
      }
    }
    // "aims to end its losses by 2012": a goal with a deadline, some time between publication and then. "By
    // the end of March" is the same deadline: any time up to then, not late March.
    const byEndOf = date.mod === 'end' && /^the\s+end\s+of\b/i.test(main.text);
    const afterBy = BY_DEADLINE.test(u.paraText.slice(Math.max(0, main.start - 20), main.start));
    if (published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) {
      const pub = fmtDay(published);
      const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
      const next = nextUnit(date.start);
      const now = pub.slice(0, date.start.length);
      // The tense of what is to be done by then, not of its telling ("said it would cut 500 jobs by March").
      const before = u.paraText.slice(c.start, main.start);
      const reported = REPORTED_THAT.exec(before);
      const done = happeningOf(reported ? before.slice(reported.index + reported[0].length) : before) === 'past';
      if (state && byEndOf) {
        // "would be profitable by the end of 2011": left as the end of that year.
      } else if (state && date.start >= now) {
        // "would be profitable by 2011": a state reached by then holds in that year; no span from publication.
        date.note = `“${state[0].trim()} ${main.text}”: a state the article expects to hold by then, so in ${main.text}.${date.note ? ` ${date.note}` : ''}`;
        date.rule = `${date.rule}/state-by`;
      } else if (date.start > now || (date.start === now && !done)) {
        if (byEndOf) {
          // "will be finished by the end of March": the deadline is a day, the period's last, as "by Friday" is.
          date.note = `“by ${main.text}”: a deadline, that period's last day.${date.note ? ` ${date.note}` : ''}`;
          date.start = lastDayOf(date.start);
          date.rule = `${date.rule}/by-deadline-day`;
        } else {
          date.note = `“by ${main.text}”: some time between publication (${pub}) and ${main.text}.${date.note ? ` ${date.note}` : ''}`;
          date.end = date.start;
          date.start = pub;
          date.rule = `${date.rule}/by-deadline`;
        }
        delete date.mod;
        // "GM, which is seeking to cut 31,500 jobs by 2012": the seeking is under way now; the cut has the deadline.
        const aim = AIMING.exec(before);
        const aimTitle = aim ? titled(withSubject(u, c, u.paraText.slice(c.start, c.start + aim.index + aim[0].length))) : null;
        if (aim && aimTitle?.title) {
          const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
          out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + aim.index + aim[0].length, ...aimTitle, date: { start: pub, basis: 'publication', rule: 'present-tense/publication', note }, order: nextOrder() });
        }
        // "The government has pledged to inspect the dams by 2015": the pledge was made, before publication; the
        // deadline is what was pledged. The pledge's evidence stops before the deadline's words.
        const pledge = !aim ? PLEDGED.exec(before) : null;
        const byAt = main.start - (BY_DEADLINE.exec(u.paraText.slice(Math.max(0, main.start - 20), main.start))?.[0].length ?? 0);
        let pledgeEnd = byAt;
        while (pledgeEnd > c.start && /[\s,]/.test(u.paraText[pledgeEnd - 1])) pledgeEnd--;
        const pledgeTitle = pledge && draftTitle(withSubject(u, c, u.paraText.slice(c.start, pledgeEnd)));
        const pledgeDate = pledge && pledgeTitle ? beforePublication(published, 'narrative-order/before-publication', 'A promise told as made:') : null;
        if (pledgeTitle && pledgeDate) out.push({ paragraphId: u.paragraphId, start: c.start, end: pledgeEnd, title: pledgeTitle, date: pledgeDate, order: nextOrder() });
        if (pledgeTitle && pledgeDate) pledgedDeadline = true;
      } else if (!state && next && date.start <= now && done) {
        // "The repairs had been completed by the end of February": done then or earlier, not in late February.
        doneBy(date, next, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
      }
    }
    // With no publication date a goal "by 2015" may be met in any year up to then: at the latest then, not in it.
    if (!published && !a.end && !date.end && (!date.mod || byEndOf) && /^\d{4}(?:-\d{2})?$/.test(date.start) && afterBy) {
      const next = nextUnit(date.start);
      const state = STATE_BY.exec(u.paraText.slice(Math.max(c.start, main.start - 60), main.start));
      if (next && !state) {
        doneBy(date, next, `at the latest in ${main.text.replace(/^the\s+end\s+of\s+/i, '')}`, main);
        date.rule = (date.rule ?? '').replace(/\/by-past$/, '/by-deadline-unplaced');
      }
    }
    // "By Friday the river had burst its banks": done by that day, told in the past, so on it or before it.
    const byDay = published && afterBy && !a.end && !date.end && !date.mod && date.start.length === 10 && date.start <= fmtDay(published);
    if (byDay && happeningOf(u.paraText.slice(c.start, c.end)) === 'past') {
      const next = nextUnit(date.start);
      if (next) doneBy(date, next, 'on that day or before it', main);
      // From the happening told before it, when there is one (spanToUntil): "Fire broke out on Tuesday. By Friday
      // it had destroyed 40 homes."
      if (next) date.rule = `${date.rule}${UNTIL_OPEN}`;
    }
    // "The coast guard said Sunday it had rescued 40 people", "In a statement on Sunday, the army said it had
    // …": the only date is the telling's. What it tells as done is the event (family 8: the reported happening),
    // on that day or before it; the telling is in its evidence and its note, as in a dateline lead, and is no
    // event of its own. A state or a plan told ("said Sunday the streets were calm") stays on the telling's day.
    const toldDone = !a.end && !a.bound && main.value !== 'PAST_REF' ? toldHappening(u.paraText, c, main, a.inClause) : null;
    const toldDate = toldDone && onOrBeforeTelling(date, main);
    if (toldDone && toldDate) {
      // "it had rescued …" names its teller: "Coast guard had rescued …" (not "he"/"she", who may be anyone).
      const teller = `${c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ` : ''}${toldDone.teller}`.trim();
      const pronoun = /^(?:it|they|we)\s+(?=[a-z])/i.exec(toldDone.reported);
      // "Police said Monday he had fled": "he" may be anyone, so the telling stays ("Police said he fled").
      const personal = /^(?:he|she)\s+(?=[a-z])/i.test(toldDone.reported);
      const { title, drafted } = titled(
        pronoun && teller ? `${teller} ${toldDone.reported.slice(pronoun[0].length)}` : personal && teller ? `${teller} ${toldDone.verb} ${toldDone.reported}` : toldDone.reported,
      );
      if (title) {
        // The telling is an event of its own on its day (the gold's convention: the saying on the day of saying),
        // and what it told, done by then, the other; each has its own words as evidence.
        let tellingEnd = toldDone.reportAt > main.end ? trimmedEnd(u.paraText, c.start, toldDone.reportAt) : c.end;
        if (tellingEnd < c.end && /\sthat$/i.test(u.paraText.slice(main.end, tellingEnd))) tellingEnd = trimmedEnd(u.paraText, c.start, tellingEnd - 4);
        // Not after "he" or "she", whose title already names the teller ("Police said he fled").
        const tellingText = tellingEnd < c.end && !personal ? clauseWithoutDates(u, c, a) : '';
        const said = tellingText ? titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${tellingText}` : tellingText, { telling: true }) : null;
        if (said?.title) {
          out.push({ paragraphId: u.paragraphId, start: c.start, end: tellingEnd, ...said, date: { ...date, rule: `${date.rule}/telling` }, order: nextOrder() });
          out.push({ paragraphId: u.paragraphId, start: toldDone.reportAt, end: c.end, title, drafted, date: toldDate, order: nextOrder() });
        } else out.push({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date: toldDate, order: nextOrder() });
        continue;
      }
    }
    // "The ferry sank, the coast guard said Friday": the day is the telling's, after what it tells. What is told
    // as done is one event, on or before that day; the telling is another, on its day (MEANTIME's gold links
    // such a "said" to its day and the happening before it or before publication).
    const toldFirst = !a.end && !a.bound && main.value !== 'PAST_REF' ? trailingTelling(u.paraText, c, main, a.inClause) : null;
    const toldFirstDate = toldFirst && onOrBeforeTelling(date, main);
    const toldFirstTitle = toldFirst ? titled(`${subjectText(u, c)}${u.paraText.slice(c.start, toldFirst.happeningEnd)}`) : null;
    const tellerTitle = toldFirst ? trailingTellingTitle(u, a, c, toldFirst, main) : null;
    if (toldFirst && toldFirstDate && toldFirstTitle?.title && tellerTitle?.title) {
      out.push({ paragraphId: u.paragraphId, start: c.start, end: toldFirst.happeningEnd, ...toldFirstTitle, date: toldFirstDate, order: nextOrder() });
      out.push({ paragraphId: u.paragraphId, start: toldFirst.tellerStart, end: main.end, ...tellerTitle, date: { ...date, rule: `${date.rule}/telling` }, order: nextOrder() });
      continue;
    }
    // Reported speech (family 8): "The ministry said on Tuesday that exports fell in March". The happening
    // reported, from "that" on, is one event; the saying is another, dated by its own expression when it
    // has one ("on Tuesday"), else placed before publication ("said") or on it ("says"), as undated
    // sentences are.
    let told = REPORTED_THAT.exec(u.paraText.slice(c.start, main.start));
    // "GM admitted Thursday night that the loss could grow": the only date is the telling's; the happening
    // told has none of its own and is not given the telling's day.
    const toldOnly = !told && main.value !== 'PAST_REF' ? REPORTED_THAT.exec(u.paraText.slice(c.start, c.end)) : null;
    // "In a statement on Sunday, the army said it had …": the statement's date is the saying's, after it or not.
    const statementAt = toldOnly ? statementStart(u.paraText, main) : -1;
    const ofStatement = toldOnly && statementAt >= c.start && c.start + toldOnly.index >= main.end;
    if (toldOnly && (ofStatement || (c.start + toldOnly.index < main.start && c.start + toldOnly.index + toldOnly[0].length >= main.end))) {
      const thatEnd = c.start + toldOnly.index + toldOnly[0].length;
      if (!a.inClause.some((t) => t.start >= thatEnd)) {
        const sayText = u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '');
        // The title says what was told, not only who told it ("Mayor said the tram line would reopen").
        const said = removeRanges(u.paraText.slice(c.start, c.end), [{ start: (ofStatement ? statementAt : main.start) - c.start, end: main.end - c.start }]);
        const { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${said}` : said, { telling: true });
        if (title) {
          date.rule = `${date.rule}/telling`;
          // "Police said Tuesday they found the van": what is told in the past is read as of the telling's day (the
          // gold's convention), so the telling's evidence runs on over it.
          const pastTold = happeningOf(u.paraText.slice(thatEnd, c.end)) === 'past';
          out.push({ paragraphId: u.paragraphId, start: c.start, end: pastTold ? c.end : c.start + sayText.length, title, drafted, date, order: nextOrder() });
          continue;
        }
      }
      told = null;
    }
    // "The council announced Monday a hearing to be held on March 30", "Police said Friday the suspect was
    // arrested on Monday": a telling dated by its own expression, with what it tells dated by another and no
    // "that" between them, is two events: the telling on its day, what is told on the other.
    const tellingAt = !told && !a.end ? a.inClause.find((t) => t !== main && t.start >= c.start && t.end <= main.start && datesTheTelling(u.paraText, t)) : undefined;
    const tellingDay = tellingAt && dateFromTimex(tellingAt, published);
    if (tellingAt && tellingDay) {
      let restStart = tellingAt.end;
      while (restStart < main.start && /[\s,]/.test(u.paraText[restStart])) restStart++;
      const sayText = u.paraText.slice(c.start, c.end);
      const { title, drafted } = titled(removeRanges(sayText, dateSpans(a).map((t) => ({ start: t.start - c.start, end: t.end - c.start }))));
      if (title && restStart < main.start) {
        tellingDay.rule = `${tellingDay.rule}/telling`;
        out.push({ paragraphId: u.paragraphId, start: c.start, end: tellingAt.end, ...(c.subject ? titled(`${u.paraText.slice(c.subject.start, c.subject.end)} ${title}`) : { title, drafted }), date: tellingDay, order: nextOrder() });
        c = { start: restStart, end: c.end };
      }
    }
    // "For the last quarter of 2009, Ford says it made …", "This, he said, would happen next year": a telling
    // after the date is an event of its own, as of publication ("says") or before it ("said").
    if (!told) {
      const clauseText = u.paraText.slice(c.start, c.end);
      const after = TELLING_AFTER.exec(clauseText);
      const at = after ? c.start + after.index + after[0].length - after[1].length : 0;
      // "On Tuesday, the ministry said …", "In his keynote address Wednesday, Jobs announced …": a past telling
      // right after an opening date is dated by it, and the clause's event on that date already holds it.
      const opened = after && !PRESENT_TELLING.test(after[2]) && /^[\s,]*$/.test(u.paraText.slice(main.end, at)) && OPENING_BEFORE_DATE.test(u.paraText.slice(c.start, main.start));
      // Before the date only as an aside ("This, he said, would …").
      const placed = after && !opened && (at >= main.end || /^,/.test(clauseText.slice(at - c.start + after[1].length)));
      // "…, the ministry said on Tuesday": the telling's own day, when it has one, not a place before publication.
      const sayEnd = at + (after?.[1].length ?? 0);
      const own = placed ? a.inClause.find((t) => t !== main && t.start >= sayEnd && TELLING_DAY_GAP.test(u.paraText.slice(sayEnd, t.start)) && datesTheTelling(u.paraText, t)) : undefined;
      const ownDate = own && dateFromTimex(own, published);
      if (ownDate) ownDate.rule = `${ownDate.rule}/telling`;
      const sayDate = placed && (ownDate || tellingDate(after![2], published));
      if (after && sayDate) {
        const start = at;
        // "This, he said, would happen next year": "He said this would happen", not "He said".
        const offset = after.index + after[0].length - after[1].length;
        const told = toldWithout(clauseText, a, c.start, { start: after.index, end: offset + after[1].length }, u.paraText);
        out.push({ paragraphId: u.paragraphId, start, end: ownDate ? own!.end : sayEnd, ...titled(`${after[1]} ${told}`, { telling: true }), date: sayDate, order: nextOrder() });
        // A telling closing the clause with its own day is no part of what it told (evidence, title).
        if (ownDate && at > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(own!.end, c.end))) c = { ...c, end: trimmedEnd(u.paraText, main.end, at) };
      } else if (!after) {
        // "…, the coast guard said on Tuesday.": a teller of more words than the pattern above takes, when the
        // telling's own day closes the clause after the clause's date.
        // Or before a closing ", after <happening>", which is an event of its own (below).
        const day = a.inClause.find((t) => t !== main && t.start >= main.end && /^(?:[\s.!]*$|,\s(?:after|before|following)\s)/.test(u.paraText.slice(t.end, c.end)) && datesTheTelling(u.paraText, t));
        const teller = day && trailingTeller(u.paraText, main.end, day);
        const dayDate = teller && dateFromTimex(day!, published);
        // The comma before the teller stays with what was told: what is cut runs from the teller to its day.
        const tellerTitle = teller ? trailingTellingTitle(u, a, c, { ...teller, happeningEnd: teller.tellerStart }, day!) : null;
        if (dayDate && tellerTitle?.title) {
          dayDate.rule = `${dayDate.rule}/telling`;
          out.push({ paragraphId: u.paragraphId, start: teller!.tellerStart, end: day!.end, ...tellerTitle, date: dayDate, order: nextOrder() });
          // What was told ends where its teller starts, when the teller's day closes the clause: the teller is not
          // its evidence or its title.
          if (teller!.tellerStart > main.end && /^[\s.!"”]*$/.test(u.paraText.slice(day!.end, c.end))) c = { ...c, end: teller!.tellerStart };
        }
      }
    }
    if (told && main.value !== 'PAST_REF') {
      const thatEnd = c.start + told.index + told[0].length;
      const telling = a.inClause.find((t) => t !== main && t.end <= thatEnd && t.start >= c.start);
      const present = PRESENT_TELLING.test(told[1]);
      const sayDate = telling
        ? dateFromTimex(telling, published)
        : present && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'reported-speech/present-telling', note: `“${told[1]}”: the telling is as of publication.` }
          : beforePublication(published, 'reported-speech/before-publication');
      if (sayDate) {
        const sayText = u.paraText.slice(c.start, thatEnd).replace(/\s*that\s*$/i, '');
        // The saying's title holds what it tells, without the dates ("He stated he expected …", not "He stated").
        const whole = clauseWithoutDates(u, c, a);
        const { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${whole}` : whole, { telling: true });
        if (title) out.push({ paragraphId: u.paragraphId, start: c.start, end: c.start + sayText.length, title, drafted, date: sayDate, order: nextOrder() });
      }
      const reported = u.paraText.slice(thatEnd, c.end);
      const { title, drafted } = titled(removeRanges(reported, a.inClause.filter((t) => t.start >= thatEnd).map((t) => ({ start: t.start - thatEnd, end: t.end - thatEnd }))));
      if (title) {
        out.push({ paragraphId: u.paragraphId, start: thatEnd, end: c.end, title, drafted, date, order: nextOrder() });
        continue;
      }
    }
    let clauseEnd = c.end;
    let laterDraft: Draft | null = null;
    // "took over in 1982, 50 years after his father unified the tribes", "Five years after its launch, the
    // service in February passed its rival": the happening named after "after" is counted back (or, after
    // "before", forward) from the clause's own date.
    // "She was detained in May 2003 after soldiers attacked her convoy": the happening after "after" is its
    // own event, before the clause's date (after it, for "before"); the date is not its.
    let trailing = !a.end && !date.mod && !a.bound ? TRAILING_ORDER.exec(u.paraText.slice(main.end, c.end)) : null;
    let orderDate = date;
    let orderText = main.text;
    if (!trailing && !a.end && !date.mod && !a.bound) {
      // "was called in June, a year early, after the government lost a vote", "will close from 1 April, the council
      // confirmed on Wednesday, after inspectors found corrosion": further on, the happening is placed against the
      // last date before it.
      let tailEnd = c.end;
      while (tailEnd > main.end && /[\s.;]/.test(u.paraText[tailEnd - 1])) tailEnd--;
      const far = TRAILING_ORDER_LAST.exec(u.paraText.slice(main.end, tailEnd));
      const near = far && a.inClause.filter((t) => t.end <= main.end + far.index).pop();
      const nearDate = near && (near === main ? date : dateFromTimex(near, published));
      if (far && near && nearDate && !nearDate.mod && !nearDate.end) {
        trailing = far;
        orderDate = nearDate;
        orderText = near.text;
      }
    }
    if (trailing) {
      const at = main.end + trailing.index + trailing[0].length - trailing[2].length;
      const what = trailing[2].replace(/[\s,.;]+$/, '');
      const word = trailing[1].toLowerCase();
      // "after it broadcast an interview": a pronoun subject opens a clause, whatever its verb.
      const pronounClause = /^(?:it|he|she|they|we)\s+[a-z]{3,}/.test(what);
      if (pronounClause || /\b(?:[a-z]{3,}ed|was|were|had|did|made|took|began|broke|fell|won|lost|left|came|went|gave|ran|hit|struck)\b/.test(what) || (what.match(/[a-z]+/g) ?? []).some((w) => IRREGULAR_PAST.has(w))) {
        // "will return on Tuesday after the union suspended its strike late Sunday": a happening with a date of its
        // own is on that date, not merely before the clause's.
        const ownTimex = a.inClause.find((t) => t.start >= at && t.end <= at + what.length);
        const ownDate = ownTimex && dateFromTimex(ownTimex, published);
        const { title, drafted } = titled(ownTimex ? removeRanges(what, [{ start: ownTimex.start - at, end: ownTimex.end - at }]) : what);
        if (title) {
          out.push({
            paragraphId: u.paragraphId,
            start: main.end + trailing.index + trailing[0].search(/[^\s,]/),
            end: at + what.length,
            title,
            drafted,
            date: ownDate
              ? { ...ownDate, rule: `${ownDate.rule}/ordering-clause-own-date`, ...(toldIn(u.paraText.slice(at, ownTimex.start)) ? { yearUncertain: true } : {}) }
              : relativeTo(orderDate, word === 'before' ? 'after' : 'before', `ordering-clause/${word}`, `The article gives no date; it places this ${word === 'before' ? 'after' : 'before'} “${orderText}”.`),
            order: nextOrder(),
          });
          clauseEnd = main.end + trailing.index;
        }
      }
    }
    let counted: { draft: Draft; cut: { start: number; end: number } } | null = null;
    // "walked out late Tuesday, three months after she was arrested": a part of a day is still that day to count from.
    const partOfDay = date.start.length === 10 && (date.mod === 'start' || date.mod === 'mid' || date.mod === 'end');
    if (!a.end && (!date.mod || partOfDay) && (!date.end || date.end.slice(0, 4) === date.start.slice(0, 4))) counted = countedFrom(u, c, main, date, published);
    if (counted) {
      out.push({ ...counted.draft, order: nextOrder() });
      if (counted.cut.start > main.end) {
        clauseEnd = counted.cut.start;
        while (clauseEnd > main.end && /[\s,]/.test(u.paraText[clauseEnd - 1])) clauseEnd--;
      }
    }
    // "… attacked the United States in 2001, and later struck inside Saudi Arabia": the later happening is
    // after the clause's date and, told in the past, before publication: that span, not the clause's date.
    // "was arrested in 1983 and spent four years in prison": the stay is a span from the clause's date, its own event.
    const spent = !a.end && !date.mod && !date.end && main.value !== 'PAST_REF' ? SPENT_AND.exec(u.paraText.slice(main.end, c.end)) : null;
    const spentEnd = spent ? endAfter(date.start, parseCount(spent[2]), spent[3]) : null;
    if (spent && spentEnd) {
      const at = main.end + spent.index;
      const tail = u.paraText.slice(at, c.end);
      const spentTitle = titled(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*and\s+(?:then\s+)?/i, '')}`.trim());
      if (spentTitle.title) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*and\s+(?:then\s+)?/i.exec(tail)?.[0].length ?? 0),
          end: c.end,
          ...spentTitle,
          date: { start: date.start, end: spentEnd, basis: date.basis, rule: 'sequence/spent-from-date', note: `“${spent[0].replace(/^[\s,]*and\s+/i, '')}” counted from ${main.text}.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = at;
      }
    }
    // "three days of mourning beginning Monday": the days from that one on.
    const run = !a.end && !date.end && !date.mod && date.start.length === 10 ? RUN_FROM.exec(u.paraText.slice(Math.max(c.start, main.start - 80), main.start)) : null;
    const runEnd = run ? endAfter(date.start, parseCount(run[1]), run[2]) : null;
    if (run && runEnd) {
      date.end = runEnd;
      date.rule = `${date.rule}/run-from`;
      date.note = `“${run[0].trim()} ${main.text}”: from that day on.${date.note ? ` ${date.note}` : ''}`;
    }
    // A stretch told beside the clause that ends at the clause's date ("after four years of construction", "from a
    // nine-month deployment"): an event of its own, from `start` up to that date, cut from the clause's evidence.
    const stretchUpTo = (at: number, what: string, titleText: string, start: string, rule: string, note: string) => {
      const { title, drafted } = titled(titleText);
      if (!title) return;
      out.push({
        paragraphId: u.paragraphId,
        start: at,
        end: at + what.length,
        title,
        drafted,
        date: { start, end: date.start, basis: date.basis, rule, note, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
        order: nextOrder(),
      });
      clauseEnd = Math.min(clauseEnd, trimmedEnd(u.paraText, main.end, at));
    };
    // "reached a deal late Sunday after two days of talks": the talks are the days up to and including that day.
    // "opened in 1955 after four years of construction", "signed the accord that ended eleven years of emergency rule":
    // the stretch ends at the clause's date, at its precision.
    const spell = !laterDraft && !a.end && !date.end && (!date.mod || date.mod === 'end') ? AFTER_SPELL.exec(u.paraText.slice(main.end, c.end)) : null;
    const spellStart = spell ? startBefore(date.start, parseCount(spell[1]), spell[2]) : null;
    if (spell && spellStart && happeningOf(u.paraText.slice(c.start, c.end)) === 'past') {
      const at = main.end + spell.index;
      const what = u.paraText.slice(at, c.end).replace(/[\s,.;]+$/, '');
      stretchUpTo(at, what, what.replace(/^(?:after|following|ended|ending)\s+/i, ''), spellStart, 'sequence/spell-before-date', `“${spell[0].trim()}”: the ${spell[1]} ${spell[2]} up to ${main.text}.`);
    }
    // "completed the checks on Monday, after running trials every night for three weeks": what was done "for" a
    // length of time before the clause's happening is the stretch of that length up to its date.
    const doing = !spell && !laterDraft && !a.end && !date.end && !date.mod ? AFTER_DOING_FOR.exec(u.paraText.slice(main.end, c.end)) : null;
    const doingStart = doing ? startBefore(date.start, parseCount(doing[1]), doing[2]) : null;
    if (doing && doingStart && happeningOf(u.paraText.slice(c.start, main.end)) === 'past') {
      const at = main.end + doing.index + doing[0].search(/after|following/i);
      const what = u.paraText.slice(at, main.end + doing.index + doing[0].length);
      stretchUpTo(at, what, what.replace(/^(?:after|following)\s+/i, ''), doingStart, 'sequence/doing-before-date', `“${what}”: the ${doing[1]} ${doing[2]} up to ${main.text}.`);
    }
    const back = !laterDraft && !a.end && !date.end && !date.mod && RETURN_VERB.test(u.paraText.slice(Math.max(c.start, main.start - 40), main.start)) ? RETURN_FROM_SPELL.exec(u.paraText.slice(main.end, c.end)) : null;
    const backStart = back ? startBefore(date.start, parseCount(back[1]), back[2]) : null;
    if (back && backStart) {
      const at = main.end + back.index + back[0].search(/\S/);
      const what = back[0].trim();
      stretchUpTo(at, what, what.replace(/^from\s+/i, ''), backStart, 'sequence/stay-before-return', `“${what}”: the ${back[1]} ${back[2]}s up to the return, ${main.text}.`);
    }
    const afterMain = u.paraText.slice(main.end, c.end);
    // "had threatened on September 5 to order them back, but withdrew the threat after protests": the second
    // predicate, with no date of its own, comes after the first one's date and, told in the past, before
    // publication. Not a telling ("but said …"), which is dated as tellings are.
    const but = !laterDraft && main.value !== 'PAST_REF' && !a.end && !date.mod && !a.bound && published ? BUT_PAST.exec(afterMain) : null;
    const butVerb = but?.[1].toLowerCase() ?? '';
    if (but && !TELLING_WORD.test(butVerb) && !/^(?:was|were|had|did)$/.test(butVerb) && (IRREGULAR_PAST.has(butVerb) || (/[a-z]{2,}ed$/.test(butVerb) && !NOT_PAST_ED.has(butVerb)))) {
      const at = main.end + but.index;
      const tail = u.paraText.slice(at, c.end);
      const from = date.end ?? date.start;
      const pub = fmtDay(published!);
      const butTitle = draftTitle(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*but\s+(?:then\s+|later\s+)?/i, '')}`.trim());
      if (butTitle && happeningOf(tail) === 'past' && from < pub) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*but\s+/i.exec(tail)?.[0].length ?? 0),
          end: c.end,
          title: butTitle,
          date: { start: from, end: pub, basis: date.basis, rule: 'sequence/but-until-publication', note: `“but ${but[1]}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = Math.min(clauseEnd, at);
      }
    }
    const later = !laterDraft && main.value !== 'PAST_REF' && !a.end && published ? (LATER_AND.exec(afterMain) ?? sinceThenAnd(afterMain)) : null;
    if (later && !date.mod) {
      const at = main.end + later.index;
      const word = (later[1] ?? later[3] ?? 'since').toLowerCase();
      const tail = u.paraText.slice(at, c.end);
      const lead = later[2] ? '' : leadSubject(u, c, main, at);
      const laterTitle = titled(`${lead} ${tail.replace(/^[\s,]*and\s+(?:then\s+)?/i, '')}`.trim());
      const from = date.end ?? date.start;
      const pub = fmtDay(published!);
      if (laterTitle.title && happeningOf(tail) === 'past' && from < pub) {
        laterDraft = {
          paragraphId: u.paragraphId,
          start: at + (/^[\s,]*/.exec(tail)?.[0].length ?? 0),
          end: c.end,
          ...laterTitle,
          date: { start: from, end: pub, basis: date.basis, rule: `sequence/${word}-until-publication`, note: `“${word}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
          order: 0,
        };
        clauseEnd = Math.min(clauseEnd, at);
      }
    }
    // The when-clause closing the clause is an event of its own (above).
    const closing = whens.find((w) => w.open >= main.end && w.start < clauseEnd && w.end >= clauseEnd - 1);
    if (closing) {
      clauseEnd = closing.open;
    }
    const evidenceEnd = clauseEnd;
    if (scheduleCut >= 0) clauseEnd = Math.min(clauseEnd, scheduleCut);
    const clauseText = u.paraText.slice(c.start, clauseEnd);
    let title: string;
    let drafted: TitleDraft | undefined;
    if (main.value === 'PAST_REF') {
      // "Some time ago, when the Taliban was fighting …": the event is the when-clause, not the sentence.
      const rest = u.paraText.slice(main.end, c.end).replace(/^[\s,]+/, '');
      const when = /^when\s+([^,;:]+)/i.exec(rest);
      ({ title, drafted } = titled(when ? when[1] : removeRanges(clauseText, [{ start: main.start - c.start, end: main.end - c.start }])));
    } else {
      // The subordinate happening has its own event; the main one's title leaves it out ("She moved to Paris").
      const cut = a.sub && (a.sub.start > c.start || a.sub.end < clauseEnd - 8) ? [...dateSpans(a), a.sub] : dateSpans(a);
      for (const w of whens) if (w.start >= c.start && w.end <= clauseEnd) cut.push({ start: w.open, end: w.end });
      if (counted && counted.cut.end <= main.start) cut.push(counted.cut);
      if (shifted) cut.push(shifted.cut);
      const rest = removeRanges(clauseText, cut.map((t) => ({ start: t.start - c.start, end: t.end - c.start })));
      // "Smith, who in 1990 founded the firm, died on March 3": the main clause's title names its subject.
      // "the main, laid in 1961, was still in service": a participle aside tells of its noun in the passive ("The main
      // was laid"). Only one the clause goes on after with its verb: in "His design, the Orm bridge, opened in 1955"
      // the "aside" is the predicate.
      const subject = c.subject ? u.paraText.slice(c.subject.start, c.subject.end) : '';
      const aside = c.aside && /^\s*,\s*$/.test(u.paraText.slice(c.subject?.end ?? 0, c.start)) && continuesWithVerb(u.paraText.slice(c.end, c.end + 40));
      ({ title, drafted } = titled(c.subject ? (aside ? participleAside(subject, rest) : `${subject} ${rest}`) : withSubject(u, c, rest)));
    }
    // "… hold sessions on Thursday, December 21, and on Saturday, January 6": a date phrase with no words of its own
    // after "and" is the clause before it again, on its own date.
    if (!title && last.title && BARE_DATE_PHRASE.test(removeRanges(clauseText, dateSpans(a).map((t) => ({ start: t.start - c.start, end: t.end - c.start }))))) ({ title, drafted } = last);
    if (title) last = { title, drafted };
    const redrafted = (t: string) => {
      const again = titled(t);
      if (again.title) ({ title, drafted } = again);
    };
    if (endedSpan && title) redrafted(title.replace(/^(?:ending|concluding|capping|closing|completing)\s+(?:an?\s+|the\s+)?/i, '').replace(/\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)$/i, ''));
    if (pledgedDeadline && title) redrafted(title.replace(PLEDGED, '').replace(/\s{2,}/g, ' '));
    if (date.rule?.endsWith('/deadline') && title) title = `Deadline: ${title.replace(/\s+(?:before|prior\s+to|ahead\s+of)(?:\s+the\s+deadline)?$/i, '')}`;
    // "Apple's suit, filed in September 2003, …": the evidence of a participle aside holds the subject it tells of.
    const from = c.aside && c.subject ? c.subject.start : c.start;
    out.push({ paragraphId: u.paragraphId, start: from, end: evidenceEnd, title, drafted, date, order: nextOrder() });
    if (laterDraft) out.push({ ...laterDraft, order: nextOrder() });
  }
  // The main clause around a dated aside, when it has no date of its own: placed by its tense, as an undated
  // sentence is ("Aid reached the island, which the storm hit a week ago": before publication).
  for (const c of undatedClauses(u)) {
    const text = u.paraText.slice(c.start, c.end);
    // An aside a count already dated ("…, 2016, two days after police searched his office").
    if (out.some((d) => d.date.rule?.startsWith('count-from-clause') && d.start <= c.start + 2 && d.end >= c.start + text.trimEnd().replace(/[.!?]$/, '').length)) continue;
    const how = happeningOf(text);
    let { title, drafted } = titled(c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${text}` : withSubject(u, c, text));
    // "In 2009, Fiat bought a stake, which …, and has since raised it": from the date of the clause before
    // up to publication, as "since then" is.
    // "left the yard in 1975 to start a studio, which later built 200 yachts": the same, from a relative "later".
    const whichLater = how === 'past' && WHICH_LATER.test(text);
    const prev = how === 'past' && published && (HAS_SINCE.test(text) || whichLater) ? [...anchored].reverse().find((a) => a.clause.end <= c.start && !a.end) : undefined;
    const prevDate = prev && dateFromTimex(prev.main, published);
    const pub = published && fmtDay(published);
    const since =
      prevDate && pub && !prevDate.mod && (prevDate.end ?? prevDate.start) < pub
        ? { start: prevDate.end ?? prevDate.start, end: pub, basis: prevDate.basis, rule: `sequence/${whichLater ? 'later' : 'since'}-until-publication`, note: `“${whichLater ? 'later' : 'since'}”: after ${prev!.main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(prevDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    if (since && !whichLater) ({ title, drafted } = titled(`${leadSubject(u, prev!.clause, prev!.main, c.start)} ${text.replace(/^and\s+/i, '')}`.trim()));
    // "The fire, which started on July 27, has burned 86,000 acres": told in the present perfect of a thing whose
    // start an aside dates, it is the stretch from that start up to publication.
    const started = !since && how === 'past' && pub && PRESENT_PERFECT.test(text) ? anchored.find((a) => a.clause.aside && !a.end && START_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end))) : undefined;
    const startDate = started && dateFromTimex(started.main, published);
    const fromStart =
      startDate && pub && !startDate.mod && (startDate.end ?? startDate.start) < pub
        ? { start: startDate.start, end: pub, basis: startDate.basis, rule: 'sequence/since-start-until-publication', note: `Told in the present perfect of what began ${started!.main.text}: from then up to publication (${fmtHuman(published!)}).`, ...(startDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    const date =
      since ??
      fromStart ??
      (how === 'past'
        ? beforePublication(published, 'narrative-order/before-publication')
        : how === 'ongoing' && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'present-tense/publication', note: `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).` }
          : null);
    if (date && title) out.push({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date, order: nextOrder() });
  }
  return out;
}

// "has been open every Saturday since March": opening hours, no happening.
const OPENING_HOURS = /\b(?:open|opens|opened|closed|closes|staffed)\b/i;
const FIRST_SINCE = /\b(?:first|only|[a-z]{3,}est|most|least)\b[^,.;]{0,60}\bsince\s+(?:the\s+)?\S*\s*$/i;
// "has pledged to", "promised to", "have agreed to": a promise made, told in the past or present perfect, of what is
// to be done by a deadline.
const PLEDGED = /\b(?:(?:has|have|had)\s+(?:(?:also|now|already|since|publicly)\s+)?)?(?:pledged|promised|vowed|agreed|undertaken|committed\s+(?:itself|themselves|himself|herself)|sworn|swore|undertook)(?=\s+to\s+[a-z])/i;
// "is seeking to", "are planning to": an aim under way, told in the present progressive, before what it aims at.
const AIMING = /\b(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:seeking|trying|planning|hoping|aiming|looking|working|preparing|striving)(?=\s+to\s+[a-z])/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;
// Irregular participles with no regular ending among them ("has stood empty since 2003", "have sat idle since May").
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:not|already|also|now|only|just|barely)\s+)?(?:been|met|led|set|put|cut|won|got|stood|sat|spent|sent|come|become|run|hung|stuck|slept|[a-z]{2,}(?:ed|en|wn|un|ht|lt|st|id|ne|ld|ft|pt))\b/i;
// "Since the centers opened on June 16", "since the declaration on October 21": a happening dated after "since".
const SINCE_HAPPENING = /\bsince\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){1,4}?(?:on|in)\s+$/i;

/** "since the first centre opened on May 2": a clause of its own after "since", its subject and verb first. */
function sinceClause(text: string, sub: { start: number; end: number }): boolean {
  return /^since\s/i.test(text.slice(sub.start, sub.start + 6)) && subjectVerbAt(text, sub.start + 5) >= 0;
}

// A state told in the past perfect ("had been closed", "had worked") or as the state a happening ended ("reopened after
// being closed"): it held up to a time in the past, not up to now.
// "Shares rose on Wednesday, having fallen since July": a perfect participle set off after a dated clause also held up
// to that clause's time.
const PAST_PERFECT_STATE = /\b(?:had\s+(?:(?:not|never|also|already|only|just|long)\s+)?(?!(?:a|an|the|no|to|his|her|its|their)\b)[a-z]{2,}|(?:after|before)\s+(?:being|having\s+been)\s+[a-z]{3,}|having\s+(?:(?:not|never|also|already|only|just|long)\s+)?[a-z]{3,})\b/i;
const TELLING_BEFORE = new RegExp(`\\b${TELLING_VERB_RE}\\b`, 'i');

/**
 * Where a stretch from "since <date>" told in the past perfect ends: at the nearest later date the sentence gives
 * another of its clauses ("had been missing since Friday and was found on Sunday"), else, when a telling puts it
 * in the past ("said her knee had hurt since Monday"), at publication; null when the sentence names no such time.
 */
function pastPerfectSinceEnd(u: Unit, c: Clause, main: Timex, date: EventDate, anchored: Anchored[], published: Ymd | null): { end: string; to: 'later-date' | 'publication'; what?: string; yearUncertain?: boolean } | null {
  // Read no further back than a clause's opening words: the search below is slow on a long stretch without a comma.
  const leadStart = Math.max(u.start, c.start - 24, main.start - 160);
  const lead = u.paraText.slice(leadStart, main.start);
  const sinceAt = lead.search(/\bsince\s[^,;:]*$/i);
  if (sinceAt < 0 || FIRST_SINCE.test(lead)) return null;
  if (!PAST_PERFECT_STATE.test(lead.slice(0, sinceAt))) return null;
  const from = date.end ?? date.start;
  let best: { end: string; what: string; yearUncertain?: boolean; gap: number } | null = null;
  for (const p of anchored) {
    if (p.main === main || p.end || (p.clause.start < c.end && p.clause.end > c.start)) continue;
    const d = dateFromTimex(p.main, published);
    if (!d || d.mod || d.end || d.start.length < from.length || d.start <= from) continue;
    const gap = Math.abs(p.main.start - main.start);
    if (!best || gap < best.gap) best = { end: d.start, what: p.main.text, yearUncertain: d.yearUncertain, gap };
  }
  if (best) return { end: best.end, to: 'later-date', what: best.what, yearUncertain: best.yearUncertain };
  const pub = published && fmtDay(published);
  if (pub && from < pub && TELLING_BEFORE.test(u.paraText.slice(u.start, leadStart + sinceAt))) return { end: pub, to: 'publication' };
  return null;
}

// "until" opening a clause of its own (its subject and verb next), not a bare date ("until May").
const UNTIL_WORD = /\buntil(?=\s)/gi;

/**
 * A clause of its own after "until" that holds a date ("until he retired in 1989"): where it starts and ends, its
 * date and title, and the start of the stretch it ends: "from <date>" before it in the clause, or else the date of
 * the clause before, joined by "and"/"but" ("The ban was lifted in 1977, and he coached until he retired in 1989").
 * Null when the clause names no start, or the "until" is no stretch ("did not return until she retired in 1990").
 */
function untilClauseSplit(u: Unit, c: Clause, a: Anchored, main: Timex, date: EventDate, anchored: Anchored[], published: Ymd | null): { at: number; ownEnd: number; endDate: EventDate; from?: EventDate; keep?: boolean; title: { title: string; drafted: TitleDraft } } | null {
  UNTIL_WORD.lastIndex = c.start;
  const text = u.paraText;
  let m: RegExpExecArray | null = null;
  for (let k = UNTIL_WORD.exec(text); k && k.index < c.end; k = UNTIL_WORD.exec(text)) {
    if (subjectVerbAt(text, k.index + 5) >= 0) {
      m = k;
      break;
    }
  }
  if (!m || m.index <= c.start || UNTIL_NOT_SPAN.test(text.slice(Math.max(c.start, m.index - 40), m.index + 6))) return null;
  const at = m.index;
  const stop = /[,;:]/.exec(text.slice(at, c.end));
  const ownEnd = stop ? at + stop.index : c.end;
  const own = a.inClause.find((t) => t.start > at && t.end <= ownEnd && t.type === 'DATE');
  const endDate = own && dateFromTimex(own, published);
  if (!own || !endDate) return null;
  // Only a plain date ends a stretch; a clause that keeps its own date may hold any.
  const plain = !endDate.mod && !endDate.end && !date.mod;
  let from: EventDate | undefined;
  let keep = false;
  if (!plain && own === main) return null;
  if (own === main) {
    const prev = [...anchored].reverse().find((p) => p.clause.end <= c.start && !p.end && !p.bound);
    const prevDate = prev && dateFromTimex(prev.main, published);
    if (!prevDate || prevDate.mod || prevDate.end || !AND_OPENING.test(text.slice(prev!.main.end, c.start + 12)) || prevDate.start >= endDate.start) return null;
    from = prevDate;
  } else if (plain && main.start < at && /\bfrom\s+$/i.test(text.slice(Math.max(c.start, main.start - 8), main.start))) {
    if (date.start >= endDate.start) return null;
  } else if (main.start < at) {
    // "The opening had been set for mid-January until cracks were found last autumn": the clause's own date is not a
    // start the stretch runs from; the until-clause is a happening of its own, at its own date, and the clause keeps its date.
    keep = true;
  } else return null;
  const title = titledUntil(text, at, own, ownEnd);
  if (!title.title) return null;
  return { at, ownEnd, endDate, from, title, ...(keep ? { keep } : {}) };
}

/** The title of an until-clause: its words without "until" and its date. */
function titledUntil(text: string, at: number, own: Timex, ownEnd: number): { title: string; drafted: TitleDraft } {
  return titled(`${text.slice(at + 6, own.start).replace(/\s+(?:in|on|at|during)\s*$/i, '')}${text.slice(own.end, ownEnd)}`.trim());
}

/** "since March" in a clause told in the present perfect ("has sat since July"): a stretch up to now. */
function sinceUpToNow(text: string, c: Clause, main: Timex): boolean {
  const lead = text.slice(Math.max(c.start, main.start - 80), main.start);
  // "has posted its first annual loss since 1992": a first (a record) since then is one happening after it.
  if (FIRST_SINCE.test(lead)) return false;
  const k = lead.search(/\bsince\s[^,;:]*$/i);
  const since = SINCE_BEFORE.test(text.slice(Math.max(c.start, main.start - 16), main.start)) || SINCE_HAPPENING.test(text.slice(Math.max(c.start, main.start - 60), main.start)) || (k >= 0 && sinceClause(text, { start: main.start - lead.length + k, end: main.start }));
  if (!since) return false;
  const clause = text.slice(c.start, c.end);
  if (PRESENT_PERFECT.test(clause)) return true;
  // "told analysts that the company had struggled since …": a present perfect put into the past by the telling (which
  // a clause of its own may hold, just before).
  const before = text.slice(Math.max(0, c.start - 160), main.start);
  const told = REPORTED_THAT.exec(before);
  const reported = told ? before.slice(told.index + told[0].length) : '';
  return !!told && !/[.!?]\s/.test(reported) && REPORTED_PAST_PERFECT.test(reported);
}
const REPORTED_PAST_PERFECT = /^[^,;:.!?"“”]{0,60}?\bhad\s+(?:(?:not|also|been)\s+)?[a-z]{2,}(?:ed|en|wn|un|ht|lt|st|id|ne|ld|ft|pt)\b/i;

// What sets a habit off from the dated event before it: a conjunction or a comma, or a participle phrase.
const SCHEDULE_SEPARATOR_ALL = /,?\s+(?:and|but|while)\s+(?!to\s)|[,;]\s+|\s+(?=[a-z]{3,}ing\s)/g;

/** Where the dated event ends when a habit (a SET) follows it in another phrase of the clause; -1 when none does. */
function separatedSchedule(text: string, c: Clause, main: Timex, set: Timex): number {
  if (set.start < main.end) return -1;
  // "In 1952, she was sent to a clinic, where typhoid killed children every summer": not the comma after an opening
  // date, which would leave the event no words; the first one after the clause has some of its own.
  const between = text.slice(main.end, set.start);
  const before = text.slice(c.start, main.start);
  for (const sep of between.matchAll(SCHEDULE_SEPARATOR_ALL)) {
    if (/[a-z]{2,}\W+[a-z]{2,}/i.test(before + between.slice(0, sep.index))) return main.end + sep.index!;
  }
  return -1;
}

const TELLING_VERB = new RegExp(String.raw`\b${TELLING_VERB_RE}\s+(?:that\s+)?`, 'i');
const PAST_PERFECT = /^[^,;:]{0,60}?\bhad\s+(?:(?:not|already|just|also|since)\s+)?[a-z]+/i;
// A reported clause opens with its subject: a name, a noun phrase or a pronoun.
const REPORTED_OPENING = /^(?:[A-Z"“]|\d|(?:the|a|an|its|their|his|her|our|some|all|two|three|four|five|it|he|she|they|we)\b)/;

/**
 * The telling and what it tells, when the clause's only date is the telling's ("X said Sunday it had …", "In a
 * statement on Sunday, X said …") and what it tells is done by then. Null otherwise.
 */
function toldHappening(text: string, c: Clause, main: Timex, inClause: Timex[]): { teller: string; verb: string; reported: string; reportAt: number } | null {
  if (!datesTheTelling(text, main)) return null;
  const statementAt = statementStart(text, main);
  let tellerStart = c.start;
  let verbAt: number;
  let reportAt: number;
  if (statementAt >= c.start) {
    const verb = TELLING_VERB.exec(text.slice(main.end, c.end));
    if (!verb) return null;
    tellerStart = main.end;
    verbAt = main.end + verb.index;
    reportAt = verbAt + verb[0].length;
  } else {
    const from = Math.max(c.start, main.start - 30);
    const verb = TELLING_BEFORE_DATE.exec(text.slice(from, main.start));
    if (!verb) return null;
    verbAt = from + verb.index;
    reportAt = main.end + (/^[\s,]*(?:that\s+)?/i.exec(text.slice(main.end, c.end))?.[0].length ?? 0);
  }
  if (inClause.some((t) => t !== main && usable(t) && t.end > reportAt)) return null;
  const reported = text.slice(reportAt, c.end).replace(/[\s.]+$/, '');
  // Only the past perfect says plainly that it was done before the telling: "announced Monday it has settled",
  // "said Friday the firm was sold" are read, as MEANTIME's gold reads them, as of the telling's day.
  if (reported.length < 8 || !REPORTED_OPENING.test(reported) || !PAST_PERFECT.test(reported) || !doneByTheTelling(reported)) return null;
  const teller = text.slice(tellerStart, verbAt).replace(/^[\s,]+|[\s,]+$/g, '');
  const verb = /^(?:told\s+\w+|\w+)/.exec(text.slice(verbAt, reportAt))?.[0] ?? 'said';
  return { teller, verb, reported, reportAt };
}

const PREPOSITIONAL_RELATIVE = /^(from|in|at|with|by|for|during|under|through|on)\s+(?:which|whom)\s+/i;

// Verbs whose object is the one an infinitive after it tells of ("urged residents to leave").
const ASKING = /^(?:urge[sd]?|encourage[sd]?|ask(?:s|ed)?|tell(?:s)?|told|allow(?:s|ed)?|invite[sd]?|require[sd]?|order(?:s|ed)?|remind(?:s|ed)?|advise[sd]?|force[sd]?|persuade[sd]?|want(?:s|ed)?)$/i;

/**
 * The words a clause's title needs before `text` when the clause has no subject of its own: a relative clause
 * names its antecedent ("The minister, who resigned …" → "Minister resigned"), and a verb after an undated
 * aside names the subject before it ("The king, who was 82, had been ill" → "King had been ill"), and so does an
 * infinitive set off after a noun ("…the new terminal, to be opened in May" → "New terminal to be opened").
 */
/** Whether the text after a phrase set off by commas opens on a verb: the clause's own predicate, after an aside. */
function continuesWithVerb(after: string): boolean {
  const word = /^[\s,]*(?:(?:still|also|now|then|not|never|already)\s+)?([a-z]+)\b/.exec(after)?.[1] ?? '';
  return /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|remains|remained)$/.test(word) || (patternVerb(word) && !/ing$/.test(word));
}

function withSubject(u: Unit, c: { start: number; end?: number }, text: string): string {
  const before = u.paraText.slice(Math.max(u.start, c.start - 300), c.start);
  if (RELATIVE_PRONOUN.test(text)) return relativeTitle(u, before, c.start - before.length, text);
  // "the college, from which she graduated in 1952" → "She graduated from the college".
  const prepositional = PREPOSITIONAL_RELATIVE.exec(text);
  if (prepositional) {
    const found = antecedentOf(before);
    // A date is no antecedent ("plans announced in January, in which …" are the plans').
    const np = found && !u.timexes.some((t) => u.paraText.slice(t.start, t.end) === found.replace(/^(?:the|a|an)\s+/i, '')) ? found : '';
    const rest = text.slice(prepositional[0].length).replace(/[\s,.;:!?]+$/, '');
    return np ? `${rest} ${prepositional[1]} ${np.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}` : rest;
  }
  // "…, to be released in mid-2011": the infinitive set off by a comma tells of the noun phrase before it.
  if (/^to\s+be\s+[a-z]+/i.test(text) && /,\s*$/.test(before.slice(-3))) {
    const np = antecedentOf(before);
    if (np) return `${np} ${text}`;
  }
  // "Officials urged residents hit by the floods from May 2 to May 9, to apply for aid by Friday": an infinitive
  // cut from its sentence by a date is what the words before it ask or plan; alone it is a fragment ("To apply").
  if (/^to\s+[a-z]+/i.test(text) && c.start > u.start) {
    const from = Math.max(u.start, c.start - 200);
    const lead = removeRanges(
      u.paraText.slice(from, c.start),
      u.timexes.filter((t) => t.start >= from && t.end <= c.start).map((t) => ({ start: t.start - from, end: t.end - from })),
    )
      .replace(/^\S*\s+/, from > u.start ? '' : '$&')
      .replace(/(?:[\s,;:]+|\s+(?:and|or|but))+$/, '');
    const words = lead.split(/\s+/);
    if (words.length >= 2 && words.length <= 10) return `${lead} ${text}`;
    // A long lead gives the one asked: "… encourage residents affected by the fires to register".
    const asked = words.findLastIndex((w) => ASKING.test(w));
    if (asked >= 0 && words.length - asked > 1 && words.length - asked <= 10) return `${words.slice(asked + 1).join(' ')} ${text}`;
  }
  const lead = /^(?:had|has|have|was|were|is|are|will|would|could|can|did|does|[a-z]{3,}ed)\s/.test(text) && /^([^,;]{2,60}?),\s+(?:who|which|whose)\s/.exec(u.paraText.slice(u.start, c.start));
  if (lead) return `${lead[1]} ${text}`;
  // "Born in 1930 near Ashford, Holloway was …": a phrase opening the sentence, dated within it and the clause
  // after it not, tells of the subject after it.
  const comma = c.start === u.start && c.end !== undefined ? u.paraText.indexOf(',', c.start) : -1;
  if (comma > c.start && comma < c.end! && u.timexes.some((t) => t.start >= c.start && t.end <= comma) && !u.timexes.some((t) => t.start > comma && t.end <= c.end!)) return withFrontedSubject(text);
  return withJoinedSubject(u.paraText.slice(u.start, c.start), text, u.paraText.slice(c.start, c.start + 80));
}

const TELLING_DAY_GAP = /^\s+(?:on\s+)?$/i;

/**
 * "The ferry sank, the coast guard said Friday": where the happening ends and the telling starts, when the
 * clause's only date closes it and dates the telling after it, and what is told is done by then. Null otherwise.
 */
function trailingTelling(text: string, c: Clause, main: Timex, inClause: Timex[]): TrailingTeller | null {
  if (!datesTheTelling(text, main) || statementStart(text, main) >= 0 || !/^[\s.!]*$/.test(text.slice(main.end, c.end))) return null;
  const teller = trailingTeller(text, c.start, main);
  if (!teller) return null;
  const { happeningEnd } = teller;
  if (inClause.some((t) => t !== main && usable(t) && t.start < happeningEnd)) return null;
  const happening = text.slice(c.start, happeningEnd);
  // "Anna decided then that she would …": the clause's own verb, before what it tells in turn, says whether it was done.
  const own = /^(.{8,}?)\sthat\s/.exec(happening.slice(0, 300));
  if (happening.trim().length < 8 || !(doneByTheTelling(happening) || (own && doneByTheTelling(own[1])))) return null;
  return teller;
}

interface TrailingTeller {
  /** Where what is told ends: the comma before the teller. */
  happeningEnd: number;
  tellerStart: number;
  verbEnd: number;
}

/** "…, the coast guard said" right before the telling's day, looked for from `from`: where it sits. */
function trailingTeller(text: string, from: number, day: Timex): TrailingTeller | null {
  const m = TRAILING_TELLER.exec(text.slice(from, day.start));
  if (!m) return null;
  const tellerStart = from + m.index + m[0].indexOf(m[1]);
  return { happeningEnd: from + m.index, tellerStart, verbEnd: tellerStart + m[1].length };
}

/**
 * The title of a trailing telling: "Coast guard said the ferry sank", the teller and its verb with what was told
 * (the clause without its dates and without the telling, from `happeningEnd` to the day), not "Coast guard said".
 */
function trailingTellingTitle(u: Unit, a: Anchored, c: Clause, teller: TrailingTeller, day: Timex): { title: string; drafted: TitleDraft } {
  const told = toldWithout(u.paraText.slice(c.start, c.end), a, c.start, { start: teller.happeningEnd - c.start, end: day.end - c.start }, u.paraText).replace(/[\s,.!]+$/, '');
  // After the teller, the subject's first word keeps its capital only when it is a name ("said heavy rain …").
  const subject = subjectText(u, c).replace(/^[A-Z][a-z]+\b/, (w) => (isCommonWord(w, u.paraText) ? w.toLowerCase() : w));
  return titled(`${u.paraText.slice(teller.tellerStart, teller.verbEnd)} ${subject}${told}`, { telling: true });
}

/** The subject a clause shares with the words before it ("Rain that began on Monday | has forced …"), and a space. */
/** The clause's words with its dates cut out, for its title. */
function clauseWithoutDates(u: Unit, c: Clause, a: Anchored): string {
  return removeRanges(u.paraText.slice(c.start, c.end), dateSpans(a).map((t) => ({ start: t.start - c.start, end: t.end - c.start })));
}

function subjectText(u: Unit, c: Clause): string {
  return c.subject && c.subject.end <= c.start ? `${u.paraText.slice(c.subject.start, c.subject.end)} ` : '';
}

// "the year to February", "the three months ended March 31", "the quarter ending September", "the week to Friday".
const PERIOD_TO =
  /\bthe\s+(?:(?:fiscal|financial)\s+)?(?:(year|quarter|week|fortnight)|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(months|weeks))\s+(?:to|ending|ended|through)\s+(?:(?:the\s+)?end\s+of\s+)?$/i;
const COUNT_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * "in the year to February": a stretch of the named length that ends with the date, from the month (day) after
 * the same stretch back. Months for a month or a day, weeks only for a day. Null when no such phrase leads in.
 */
function periodUpTo(text: string, main: Timex, date: EventDate): Partial<EventDate> | null {
  const m = PERIOD_TO.exec(text.slice(Math.max(0, main.start - 50), main.start));
  if (!m) return null;
  const n = m[1] ? 1 : COUNT_WORD[m[2].toLowerCase()] ?? +m[2];
  const unit = (m[1] ?? m[3]).toLowerCase();
  const months = unit === 'year' ? 12 : unit === 'quarter' ? 3 : /^months?$/.test(unit) ? n : 0;
  const days = unit === 'week' ? 7 : unit === 'fortnight' ? 14 : /^weeks?$/.test(unit) ? 7 * n : 0;
  const last = date.start;
  let start: string;
  if (months && /^\d{4}-\d{2}(?:-\d{2})?$/.test(last)) {
    const r = addMonths(+last.slice(0, 4), +last.slice(5, 7), 1 - months);
    start = fmtMonth(r.y, r.m);
  } else if (days && last.length === 10) {
    const on = parseYmd(last);
    if (!on) return null;
    start = fmtDay(addDays(on, 1 - days));
  } else return null;
  if (months > 1 && start === last.slice(0, 7)) return null;
  const phrase = text.slice(Math.max(0, main.start - 50) + m.index, main.end);
  return { start, end: last, rule: `${date.rule}/period-to`, note: `“${phrase}”: the stretch that ends with ${main.text}, not ${main.text} alone.${date.note ? ` ${date.note}` : ''}` };
}

const EARLIER_LATER_THIS = /^(earlier|later)\s+(?:this|the\s+current|in\s+the)\s+(?:week|month|year|quarter)$/i;
const DAY_MS = 86_400_000;

/**
 * "earlier this week" in a Friday article: Monday up to publication, not the whole week, whose days after
 * publication the words rule out; "later this month": publication to the month's end. Null for anything else,
 * or when publication is not inside the stretch.
 */
function sideOfPublication(main: Timex, date: EventDate, published: Ymd | null): Partial<EventDate> | null {
  const m = EARLIER_LATER_THIS.exec(main.text.trim());
  if (!m || !published) return null;
  const a = parseTimeValue(date.start);
  const b = parseTimeValue(date.end ?? date.start);
  if (typeof a === 'string' || typeof b === 'string') return null;
  const first = fmtDay(fromDayNumber(Math.floor(spanOf(a).start / DAY_MS)));
  const last = fmtDay(fromDayNumber(Math.floor(spanOf(b).end / DAY_MS) - 1));
  const pub = fmtDay(published);
  if (pub < first || pub > last) return null;
  const earlier = m[1].toLowerCase() === 'earlier';
  const [start, end] = earlier ? [first, pub] : [pub, last];
  const note = `“${main.text}”: ${earlier ? 'before' : 'after'} publication (${fmtHuman(published)}), within the ${main.text.split(/\s+/).pop()}.${date.note ? ` ${date.note}` : ''}`;
  const rule = `${date.rule}/${earlier ? 'before' : 'after'}-publication-within`;
  return start === end ? { start, end: undefined, note, rule } : { start, end, note, rule };
}

/** The subject a clause's later predicate shares ("The rebels seized …, and later lost it"). */
function leadSubject(u: Unit, c: Clause, main: Timex, upTo: number): string {
  if (c.subject) return u.paraText.slice(c.subject.start, c.subject.end);
  // "In 2006, the bank bought …": the subject comes after a date that opens the clause.
  const opens = /^\W*(?:in|on|by|during)?\s*$/i.test(u.paraText.slice(c.start, main.start));
  const from = opens ? u.paraText.slice(main.end, upTo).replace(/^[\s,]+/, '') : u.paraText.slice(c.start, main.start);
  return LEAD_SUBJECT.exec(from)?.[1] ?? '';
}

const COUNT_DURATION = /^P(\d+)([YMWD])$/;
const WHEN_AFTER = /^,\s+when\s+/i;

/** "2008, when the company posted a loss": the when-clause right after a date, up to the next comma. */
function whenClauses(u: Unit): { timex: Timex; open: number; start: number; end: number }[] {
  const out: { timex: Timex; open: number; start: number; end: number }[] = [];
  for (const t of u.timexes) {
    if (t.type !== 'DATE' || t.value === 'PAST_REF' || !usable(t)) continue;
    const m = WHEN_AFTER.exec(u.paraText.slice(t.end, t.end + 12));
    if (!m) continue;
    const start = t.end + m[0].length;
    const stop = /[,;:]/.exec(u.paraText.slice(start, u.end));
    let end = stop ? start + stop.index : u.end;
    while (end > start && /[\s.!?]/.test(u.paraText[end - 1])) end--;
    // The clause must hold a date of its own no more: one with a date is dated by that.
    if (end - start < 8 || u.timexes.some((x) => x.start >= start && x.end <= end && usable(x))) continue;
    out.push({ timex: t, open: t.end, start, end });
  }
  return out;
}

/**
 * The title of a when-clause: its evidence stops at the first comma, but its words go on past a comma inside a number
 * ("when the firm sold 3,100 pianos") and past an aside between its subject and its verb ("when the comet, still
 * too faint to see, will be shown"), where a title cut at the comma would be a fragment ("Firm sold 3", "The comet").
 */
function whenTitle(u: Unit, w: { start: number; end: number }): { title: string; drafted: TitleDraft } {
  const text = u.paraText.slice(w.start, u.end);
  const stop = /[;:]|,(?!\d)/.exec(text);
  const made = titled(text.slice(0, stop ? stop.index : text.length).replace(/[\s.!?]+$/, ''));
  return !made.title || titleHasVerb(made.title, patternVerb) ? made : titled(text);
}

// A count right before "before" or "after" and the date: "a week before Christmas", "two days after Oct. 1".
const COUNT_LEAD = /^\s+(before|after)\s+(?:the\s+)?$/i;

/**
 * "came home a week before Christmas": the date the count leads to from the clause's date, at the count's precision
 * (days and weeks need a day, months a month or a day, years any). Null when there is no such count, or when the
 * count is vague ("days before Christmas" carries no number and stays a bound).
 */
function countedShift(u: Unit, c: Clause, main: Timex, date: EventDate): { date: Partial<EventDate>; cut: { start: number; end: number } } | null {
  const text = u.paraText;
  const t = u.timexes.find((x) => x.type === 'DURATION' && x.start >= c.start && x.end <= main.start && COUNT_LEAD.test(text.slice(x.end, main.start)));
  const n = t && COUNT_DURATION.exec(t.value);
  if (!t || !n) return null;
  const rel = COUNT_LEAD.exec(text.slice(t.end, main.start))![1].toLowerCase();
  const k = +n[1] * (rel === 'before' ? -1 : 1);
  const base = parseTimeValue(date.start);
  if (typeof base === 'string') return null;
  let value: string;
  if (n[2] === 'Y') value = base.day && base.month ? fmtDay({ y: base.year + k, m: base.month, d: Math.min(base.day, daysInMonth(base.year + k, base.month)) }) : base.month ? fmtMonth(base.year + k, base.month) : fmtYear(base.year + k);
  else if (n[2] === 'M' && base.month) {
    const r = addMonths(base.year, base.month, k);
    value = base.day ? fmtDay({ ...r, d: Math.min(base.day, daysInMonth(r.y, r.m)) }) : fmtMonth(r.y, r.m);
  } else if ((n[2] === 'D' || n[2] === 'W') && base.month && base.day) value = fmtDay(addDays({ y: base.year, m: base.month, d: base.day }, k * (n[2] === 'W' ? 7 : 1)));
  else return null;
  const date2 = { start: value, rule: `${date.rule}/counted-${rel}`, note: `“${t.text} ${rel} ${main.text}”: counted from ${main.text}.${date.note ? ` ${date.note}` : ''}` };
  return { date: date2, cut: { start: t.start, end: main.start } };
}

/** "… after lift-off on Monday": the subordinate happening, on the clause's date, as an event of its own. */
function subordinateOnDate(u: Unit, a: Anchored, main: Timex, published: Ymd | null): Draft | null {
  const sub = a.sub!;
  const subDate = dateFromTimex(main, published);
  const subText = u.paraText.slice(sub.start, sub.end).replace(/^(?:after|following|before|prior\s+to|ahead\s+of)\s+/i, '');
  const skip = sub.end - sub.start - subText.length;
  const dates = dateSpans(a).filter((t) => t.start >= sub.start + skip && t.end <= sub.end);
  const t = titled(removeRanges(subText, dates.map((x) => ({ start: x.start - sub.start - skip, end: x.end - sub.start - skip }))));
  if (!subDate || !t.title) return null;
  subDate.rule = `${subDate.rule}/subordinate`;
  return { paragraphId: u.paragraphId, start: sub.start, end: sub.end, ...t, date: subDate, order: 0 };
}

// A count of minutes or of a few hours: a happening that soon after (or before) another is on the same day.
const SAME_DAY_COUNT = /^PT(\d+)([HM])$/;

/**
 * "broke apart four minutes after lift-off on Monday", "reopened two days after the fire on Oct. 1": the clause's
 * own event counted from the subordinate happening's date, at a day's precision. A few minutes or hours are the
 * same day. Null when no count leads into the subordinate phrase, or the date is not a single day.
 */
function countedShiftFromSub(u: Unit, sub: { start: number; end: number }, date: EventDate): { date: Partial<EventDate>; cut: { start: number; end: number } } | null {
  const text = u.paraText;
  const word = /^(after|before)\s/i.exec(text.slice(sub.start, sub.start + 7));
  const t = word ? u.timexes.find((x) => x.type === 'DURATION' && x.end <= sub.start && /^\s+$/.test(text.slice(x.end, sub.start))) : undefined;
  const base = parseYmd(date.start);
  if (!t || !base || date.start.length !== 10) return null;
  const k = word![1].toLowerCase() === 'before' ? -1 : 1;
  const small = SAME_DAY_COUNT.exec(t.value);
  const n = COUNT_DURATION.exec(t.value);
  let day: Ymd;
  if (small && (small[2] === 'M' ? +small[1] <= 180 : +small[1] <= 6)) day = base;
  else if (n && (n[2] === 'D' || n[2] === 'W')) day = addDays(base, k * +n[1] * (n[2] === 'W' ? 7 : 1));
  else return null;
  const what = text.slice(t.start, sub.end).replace(/[\s,.;]+$/, '');
  return { date: { start: fmtDay(day), rule: `${date.rule}/counted-${word![1].toLowerCase()}`, note: `“${what}”: counted from the day of what it follows.${date.note ? ` ${date.note}` : ''}` }, cut: { start: t.start, end: t.end } };
}

/**
 * The happening a count of years (months, weeks, days) places against the clause's date: "1982, 50 years
 * after his father unified the tribes" is 1932. Its evidence runs from the count to the end of the phrase; the
 * result keeps the precision of the count (years give a year).
 */
function countedFrom(u: Unit, c: { start: number; end: number }, main: Timex, date: EventDate, published: Ymd | null): { draft: Draft; cut: { start: number; end: number } } | null {
  const base = parseTimeValue(date.start);
  if (typeof base === 'string') return null;
  // "in the summer of 2001, two years after …": a stretch inside one year still gives the year a count of years
  // runs from; a count of months or days needs a single month or day.
  const within = !date.end || date.end.slice(0, 4) === date.start.slice(0, 4);
  if (!within) return null;
  for (const t of u.timexes) {
    if (t.type !== 'DURATION' || t.start < c.start) continue;
    // Right after the clause's date, the count may have been set off as an aside of its own ("Smith, 58, resigned
    // on July 14, 2016, two days after police searched his office"): it still counts from that date. So it does when
    // the clause goes on between them (a short way) and a comma sets the count off ("agreed on Monday to sell the
    // plant, a year after …"), with no other date between.
    const between = t.start >= main.end && t.start - main.end <= 200 ? u.paraText.slice(main.end, t.start) : null;
    const rightAfter = between !== null && (/^,?\s*$/.test(between) || (/,\s*$/.test(between) && !/[;:]/.test(between) && !u.timexes.some((x) => x !== main && usable(x) && x.start >= main.end && x.end <= t.start)));
    if (t.type !== 'DURATION' || t.start < c.start || (t.end > c.end && !(rightAfter && t.start <= c.end + 2))) continue;
    const n = COUNT_DURATION.exec(t.value);
    const rel = /^\s+(after|before)\s+/i.exec(u.paraText.slice(t.end, t.end + 10));
    if (!n || !rel) continue;
    if (date.end && n[2] !== 'Y') continue;
    let phraseEnd: number;
    if (rightAfter && t.end > c.end) {
      const stop = /[,;]/.exec(u.paraText.slice(t.end, u.end));
      phraseEnd = stop ? t.end + stop.index : u.end;
      while (phraseEnd > t.end && /[\s.!?]/.test(u.paraText[phraseEnd - 1])) phraseEnd--;
    } else if (rightAfter) phraseEnd = c.end;
    else if (t.end <= main.start && t.start === c.start) {
      const comma = u.paraText.indexOf(',', t.end);
      if (comma < 0 || comma > main.start) continue;
      phraseEnd = comma;
    } else continue;
    const count = +n[1] * (rel[1].toLowerCase() === 'after' ? -1 : 1);
    const unit = n[2];
    const y = base.year;
    let value: string;
    if (unit === 'Y') value = fmtYear(y + count);
    else if (unit === 'M' && base.month) { const r = addMonths(y, base.month, count); value = fmtMonth(r.y, r.m); }
    else if ((unit === 'D' || unit === 'W') && base.month && base.day) value = fmtDay(addDays({ y, m: base.month, d: base.day }, count * (unit === 'W' ? 7 : 1)));
    else continue;
    const what = u.paraText.slice(t.end + rel[0].length, phraseEnd);
    const { title, drafted } = titled(what);
    if (!title) continue;
    const draft: Draft = {
      paragraphId: u.paragraphId,
      start: t.start,
      end: phraseEnd,
      title,
      drafted,
      date: {
        start: value,
        basis: date.basis,
        rule: `count-from-clause/${rel[1].toLowerCase()}`,
        note: `“${t.text} ${rel[1].toLowerCase()}” is counted from the clause's own date, “${main.text}”${countBaseOrigin(date, published)}.`,
        ...(date.yearUncertain ? { yearUncertain: true } : {}),
      },
      order: 0,
    };
    let cutEnd = phraseEnd;
    while (cutEnd < c.end && /[\s,]/.test(u.paraText[cutEnd])) cutEnd++;
    return { draft, cut: { start: t.start, end: t.end <= main.start ? cutEnd : phraseEnd } };
  }
  return null;
}

/** The last day of a year ("2013") or a month ("2013-03"). */
/** What a count's note says of the date it is counted from: that its year is inferred, or placed by publication. */
function countBaseOrigin(date: EventDate, published: Ymd | null): string {
  if (date.yearUncertain) return ', whose own year is inferred, so this year may be wrong too';
  return published && date.basis === 'publication' ? ', itself placed by the publication date' : '';
}

function lastDayOf(value: string): string {
  const y = +value.slice(0, 4);
  const m = value.length >= 7 ? +value.slice(5, 7) : 12;
  return fmtDay({ y, m, d: daysInMonth(y, m) });
}

/** Why a draft cannot go into a document as it is, or null when it can. */
export function draftProblem(d: Draft, paragraphLength: { get(id: string): number | undefined }): string | null {
  if (!d.title.trim()) return 'no title';
  if (!documentSchemas().EventDateSchema.safeParse(d.date).success) return 'the date is not valid';
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
 * Ids, reading order and a last check, a paragraph's drafts at a time, in reading order. A range that ends
 * before it starts keeps its start and loses its end (the start is the date the clause is anchored on);
 * anything else the document would refuse is dropped. Only the first `max` in reading order are checked and
 * kept; the rest are counted when they have a title.
 * A draft kept becomes its event at once (its id is its place in reading order), so only the event is held to
 * the end of the article: drafts held that long were promoted to the old space beside the events made from
 * them, and counted in the import's peak memory though dead.
 */
function keeper(paragraphs: Paragraph[], max: number, sourceId: string) {
  // A draft's evidence lies in the paragraph it was found in: the table of every paragraph's length is made
  // only for a span elsewhere, never as a matter of course (a text of thousands of one-line paragraphs made a
  // table of thousands to check the first 500 events, each in its own paragraph).
  let all: Map<string, number> | null = null;
  const lengthIn = (paragraph: Paragraph | undefined) => ({
    get: (id: string) => (paragraph?.id === id ? paragraph.text.length : (all ??= new Map(paragraphs.map((p) => [p.id, p.text.length]))).get(id)),
  });
  const events: NewslineEvent[] = [];
  let past = 0;
  // Drafts whose titles the tagger's pass has finished (title.ts, finishTitle).
  const finished = new WeakSet<Draft>();
  const finish = (d: Draft) => {
    if (finished.has(d) || events.length >= MAX_EVENTS_PER_ARTICLE) return;
    d.title = finishTitle(d.title, d.drafted);
    // A title the clause alone could not make whole is made from the text around it (title-context.ts).
    const paragraph = paragraphOf(d);
    if (paragraph) d.title = predicateTitle(d.title, paragraph.text, d.start, makeTitle, patternVerb);
    d.title = nameForNoun(d.title, patternVerb);
    d.title = fittedTitle(d.title);
    if (paragraph && SPOKEN.test(d.title)) d.title = quotedTitle(d.title, paragraph.text, d.start, makeTitle);
    if (paragraph) d.title = fullerTitle(d.title, paragraph.text, d.start, () => textBefore(d), titleOpening, lastSubject, patternVerb);
    if (paragraph && OPENS_ON_PRONOUN.test(d.title)) d.title = resolvedPronoun(d.title, paragraph.text, d.start, d.end, clauseSubject, soleCandidate);
    if (paragraph && OPENS_ON_PERSON.test(d.title)) d.title = namedSubject(d.title, textBefore(d));
    // Once more after the pronouns are named: "Moberg retired" takes her whole name.
    if (paragraph) d.title = fullerTitle(d.title, paragraph.text, d.start, () => textBefore(d), titleOpening, lastSubject, patternVerb);
    // The clause is read once: a draft held on (the day in narrative focus) does not hold it too.
    d.drafted = undefined;
    finished.add(d);
  };
  // The article's text before a draft, its own paragraph's and a few before it: where a pronoun's name is.
  let at = 0;
  const paragraphOf = (d: Draft) => {
    // Drafts come a paragraph at a time, in reading order: the search starts where the last one was found.
    if (paragraphs[at]?.id !== d.paragraphId) {
      let next = at;
      while (next < paragraphs.length && paragraphs[next].id !== d.paragraphId) next++;
      at = next < paragraphs.length ? next : paragraphs.findIndex((p) => p.id === d.paragraphId);
    }
    return paragraphs[at];
  };
  const textBefore = (d: Draft) => {
    if (!paragraphOf(d)) return '';
    const parts = [paragraphs[at].text.slice(Math.max(0, d.start - LOOK_BACK), d.start)];
    for (let i = at - 1, n = parts[0].length; i >= 0 && n < LOOK_BACK; i--) {
      parts.unshift(paragraphs[i].text);
      n += paragraphs[i].text.length;
    }
    return parts.join('\n\n');
  };
  return {
    /**
     * Finishes the titles of the first drafts, in reading order, that may still be kept: no more than the events
     * an article shows (MAX_EVENTS_PER_ARTICLE), even with no cap, so a text of thousands of dated clauses costs
     * the tagger no more than one at the cap; titles past it stay as the patterns made them.
     */
    finish(drafts: Draft[]) {
      const room = Math.min(max, MAX_EVENTS_PER_ARTICLE) - events.length;
      if (room <= 0) return;
      const first = drafts.length <= room ? drafts : [...drafts].sort((a, b) => a.start - b.start || a.order - b.order).slice(0, room);
      for (const d of first) finish(d);
    },
    /** One paragraph's drafts, after those of the paragraphs before it. */
    add(drafts: Draft[], paragraph?: Paragraph) {
      const paragraphLength = lengthIn(paragraph);
      drafts.sort((a, b) => a.start - b.start || a.order - b.order);
      for (const d of drafts) {
        if (events.length >= max) {
          if (d.title.trim()) past++;
          continue;
        }
        finish(d);
        const before = events[events.length - 1];
        if (before?.evidence[0].paragraphId === d.paragraphId) d.title = joinedSubject(repeatedTitle(d.title, before.title), before.title, opensOnVerb, patternVerb);
        d.title = d.title.slice(0, 160);
        let problem = draftProblem(d, paragraphLength);
        if (problem?.startsWith('the range ends')) {
          const { end: _dropped, ...rest } = d.date;
          d.date = { ...rest, yearUncertain: rest.yearUncertain, rule: `${rest.rule ?? ''}/end-dropped`.replace(/^\//, '') };
          if (d.date.yearUncertain === undefined) delete d.date.yearUncertain;
          problem = draftProblem(d, paragraphLength);
        }
        if (!problem) {
          events.push({
            id: `x${events.length + 1}`,
            title: d.title,
            date: explainedYear(d.date),
            evidence: [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])].map((a) => ({ sourceId, ...a })),
            origin: 'extracted' as const,
          });
        }
      }
    },
    /** The last `n` events kept, in reading order. */
    last(n: number): NewslineEvent[] {
      return events.slice(-n);
    },
    result(): { events: NewslineEvent[]; found: number } {
      // A sentence that tells no event is shown as none, though it was read as one: what it dates (a heading's "What
      // did Tuesday's vote decide?") still put that day in narrative focus for the sentences after it.
      const text = new Map(paragraphs.map((p) => [p.id, p.text]));
      const shown = events.filter((e) => !toldNoEvent(text.get(e.evidence[0].paragraphId) ?? '', e.evidence[0].start));
      if (shown.length === events.length) return { events, found: events.length + past };
      shown.forEach((e, i) => (e.id = `x${i + 1}`));
      return { events: shown, found: shown.length + past };
    },
  };
}

// "Here is how it got there", "Here are the key dates": a sentence that points to what follows.
const POINTS_AHEAD = /^["“]?Here(?:\s+is|\s+are|['’]s)\s/;
// "Dated this 14th day of July 2003", "Dated: 3 March": the formula a notice is signed off with.
const SIGNED_OFF = /^Dated\b[\s:]/;
const HEADING_WORDS = 12;
const SENTENCE_REACH = 400;
const SENTENCE_CLOSE = /[.!?]["”]?\s+/g;

/**
 * Whether the sentence an event's evidence opens in (`start` in `paragraph`) tells no event: a short question opening
 * its paragraph, the heading of what the paragraph answers ("What did Tuesday's vote decide? The extra money …"); a
 * sentence that points ahead ("Here is how it got there"); a notice's closing date formula. A question further into
 * a paragraph may ask about a happening the article tells, and is none of these.
 */
export function toldNoEvent(paragraph: string, start: number): boolean {
  // Only the stretch around the evidence is read: a paragraph of a megabyte is not scanned once per event.
  const windowStart = Math.max(0, start - SENTENCE_REACH);
  let opens = -1;
  for (const m of paragraph.slice(windowStart, start).matchAll(SENTENCE_CLOSE)) opens = windowStart + m.index! + m[0].length;
  // No sentence's end within reach, and the paragraph's start out of it: where the sentence opens is unknown.
  if (opens < 0 && windowStart > 0) return false;
  const from = Math.max(opens, 0);
  const rest = paragraph.slice(Math.max(from, start), Math.max(from, start) + SENTENCE_REACH);
  const close = /[.!?](?=["”]?(?:\s|$))/.exec(rest);
  const sentence = paragraph.slice(from, Math.max(from, start) + (close ? close.index + 1 : rest.length)).trim();
  const short = sentence.split(/\s+/).length <= HEADING_WORDS;
  if (opens < 0 && short && sentence.endsWith('?') && !/^["“]/.test(sentence)) return true;
  if (opens < 0 && short && SIGNED_OFF.test(sentence)) return true;
  return POINTS_AHEAD.test(sentence);
}

/** Days between two dates, for callers that want to show how far a guess reaches. */
export function daysBetween(a: string, b: string): number | null {
  const x = parseYmd(a);
  const y = parseYmd(b);
  return x && y ? toDayNumber(y) - toDayNumber(x) : null;
}
