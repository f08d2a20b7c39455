import { type EventDate, FIRST_SOURCE_ID, type NewslineEvent, type Paragraph } from '../document';
import { addDays, fmtDay, parseYmd, type Ymd } from '../time-value';
import { datesTheTelling } from './anchor';
import { countedBackFromNow, countedBackFromSubject } from './counted-back';
import { COUNTED_UNDATED } from './counted-shifts';
import { datedEvents } from './dated-events';
import { datelineEvent } from './dateline-event';
import { ANTECEDENT_ONLY, type Draft, pastDay, singleDay } from './draft';
import { thatYearOfOpenedHappening } from './that-year-of-happening';
import { addedTime, afterHappening, beforeCountDate, betweenDatesOf, countedBesideUntil, countedConjunct, countedFromHappening, countedToLaterConjunct, dayAnaphorFromHappening, firstStretchDate, firstStretchOf, hadStoodFor, lastedOf, lengthPredicateOf, NAMED_REACH, narrowedByCount, nextStretchOf, RECENT_EVENTS, recentDated, sinceHappeningState, thoseStretchOf, waitedUpTo, weekdayFromHappening, weekOfHappening, withinAfterAside, withinOf } from './happenings';
import { keeper, type Keeper } from './keeper';
import { namedAgainAside, namedAgainConjunct, namedAgainOf, namedAgainRelative, untilNamedAgain, untilToldLater } from './named-again';
import { matchedLengths } from './matched-lengths';
import { lengthFromAside, lengthFromNeighbour } from './neighbour-lengths';
import { anniversaryOfToldDate, namesHappening, type NarrativeContext, noteDated, noteHappening, noteIntroduced, noteToldByVerb } from './narrative';
import { orderedEvents } from './ordered-events';
import { RECORD_STORY, recordToStoryDay, withRecordLead } from './record-since';
import { countedFromStory, fmtHuman, type WritingGuess } from './resolve';
import { remarkAtNamedOccasion } from './occasions';
import { releaseTimexes, segmentEach, type SegmentedParagraph, type Unit } from './segment';
import { SINCE_OPEN, SINCE_TOLD, sinceToldToStoryDay, sinceToStoryDay } from './since-spans';
import { BESIDE_PERFECT, BESIDE_SINCE, DAY_BEFORE_CLOCK, IN_TRADING } from './undated-clauses';
import { carriedOnClause, focusDayOfClause, startYear, warYearsOf } from './undated-sentences';
import { noteOpenedOn, noteOpening, spanToUntil, UNTIL_OPEN, untilFromOpeningBefore, untilFromTheOpening } from './until-spans';
import { fromStepBefore } from './step-before';
import { PART_OF_DAY_ALTS } from './lexicon';

// Events from an article, in stages a reader can follow:
//   segment (segment.ts: paragraphs, dateline, sentences) → tag (tagger.ts: time expressions) →
//   anchor (anchor.ts: the clause each expression dates) → resolve (resolve.ts: the date, with its basis and
//   note; narrative.ts: undated events placed by narrative order) → title (title.ts).
// This file is the assembly. A sentence's dated clauses are read by dated-events.ts, whose steps live with their
// concern (tellings, until- and since-spans, deadlines, counts, …); the dateline's event by dateline-event.ts; the
// sentences a paragraph places after it has been read by happenings.ts; the drafts become events in keeper.ts.
// One event per dated clause, plus the undated ones the text orders against a dated one. Every date says
// which rule produced it and, when it rests on a guess, says so. A bad event is repaired or dropped here:
// an extraction bug never costs the user the article.

export { valueToRange } from './resolve';

export interface ExtractOptions {
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  /** The source the paragraphs belong to: every evidence span names it. The first source when not given. */
  sourceId?: string;
  /**
   * The year it is now, given by the caller from its clock: a text with no publication date that writes no year is
   * read in a year no later than it (setTextYear, tagger.ts). The clock's year when not given.
   */
  year?: number;
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
  const writing: { guess?: WritingGuess } = {};
  const segments = segmentEach(paragraphs, opts.published, writing, opts.year);
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
  const ctx: NarrativeContext = { published, writing: writing.guess, dateline: datelineDraft, unitEvent: new Map<Unit, Draft>(), nextOrder, focus: datelineDraft ?? undefined };
  const run: ArticleRun = { published, nextOrder, ctx, kept, datelineDrafts, change: null };
  for (const s of head) {
    paragraphEvents(s, run);
    yield;
  }
  for (let next = segments.next(); !next.done; next = segments.next()) {
    paragraphEvents(next.value, run);
    yield;
  }
  const result = kept.result();
  if (writing.guess?.unwritten) unwrittenYearNotes(result.events);
  matchedLengths(result.events, paragraphs);
  untilToldLater(result.events, paragraphs, published ? fmtDay(published) : null);
  return result;
}

/**
 * The notes of a guessed year speak of the latest year the article writes; an article that writes none has its year
 * from its weekdays and the day it is read, and the reader is told so, beside the note that says how the date was read.
 */
function unwrittenYearNotes(events: NewslineEvent[]): void {
  const told = 'The article writes no year at all: the year shown is a guess, the latest up to the day it was read in which the days it writes beside a weekday fall on that weekday (else the current year).';
  for (const e of events) if (e.date?.yearUncertain) e.date.note = e.date.note ? `${e.date.note} ${told}` : told;
}

// A count from a happening ("three weeks after the theft", "a week before it shut") is looked for only in a paragraph
// that has one's words: a determiner or a pronoun subject after "after"/"before", as COUNT_FROM reads them.
const COUNT_WORDS = /\s(?:after|before)\s+(?:the|his|her|its|their|it|he|she|they|we)\s/i;
// A happening named again in a first conjunct ("closed since the fire, and …") is looked for only where one may be.
// "that night", "the next morning": a day counted from the day in focus, which a happening named beside it may move.
const DAY_ANAPHOR_WORDS = new RegExp(String.raw`\b(?:next|following|previous|preceding|that|same)\s+(?:day|${PART_OF_DAY_ALTS})\b`, 'i');
const NAMED_AGAIN_WORDS = /\b(?:since|after|following|before|until|till)\s+(?:the|his|her|its|their)\s/i;

/**
 * "Shares of the mill fell 6 percent in early trading and have shed a third of their worth since January": the simple
 * past beside a present perfect that runs up to now is the latest happening, on the day the story tells of (the day in
 * focus, when one is within a fortnight before publication), else the publication day.
 */
function besidePerfectDay(d: Draft, before: Draft[], ctx: NarrativeContext, published: Ymd | null, paragraph?: string): void {
  if (!published) return;
  const pub = fmtDay(published);
  // The news beside a stretch up to now is recent: a day in focus more than a fortnight before publication is another
  // story's ("The firm was founded on March 3, 1990. Its shares fell …").
  const recent = fmtDay(addDays(published, -14));
  const day = (f: Draft | undefined) => !!f && pastDay(f.date, pub) && f.date.start >= recent;
  // The paragraph's own sentences before it first: the context's focus is noted only after the paragraph is read.
  // Beside a stretch "since" a date, the day another "since" counts from ("the strongest since the volcano woke on
  // Dec. 28") is a start, not the day in focus.
  const since = d.date.rule === BESIDE_SINCE;
  const sinceStart = (f: Draft) => since && paragraph !== undefined && /^since\s/i.test(paragraph.slice(f.start, f.start + 6));
  const focus = before.findLast((f) => f.paragraphId === d.paragraphId && f.end <= d.start && day(f) && !sinceStart(f)) ?? (day(ctx.focus) ? ctx.focus : undefined);
  const trading = d.date.rule === IN_TRADING;
  const why = trading ? 'A session of trading with no day of its own' : 'Told in the past beside a present perfect that runs up to now';
  const kind = trading ? 'in-trading' : 'beside-perfect';
  // Beside another subject's stretch since a date, the happening may be older news ("The council had to put the job
  // out to tender again, and the new contractor has been on site since February"): only a recent day in focus dates it.
  if (d.date.rule === BESIDE_SINCE) {
    if (focus) d.date = { ...focus.date, rule: 'narrative-focus/beside-since', note: `Told in the past beside a stretch up to now: the day the story is telling of, that of “${focus.title}”.` };
    else d.date.rule = 'narrative-order/before-publication';
    return;
  }
  d.date = focus
    ? { ...focus.date, rule: `narrative-focus/${kind}`, note: `${why}: the day the story is telling of, that of “${focus.title}”.` }
    : { start: pub, basis: 'publication', rule: `narrative-focus/${kind}-publication`, note: `${why}: the day of the news, publication (${fmtHuman(published)}).` };
}

/**
 * "Rain began before dawn on Sunday. The gate was shut at 9 p.m., and it reopened at 5 a.m. today": a first conjunct
 * whose clock time is later in the day than the second's falls before the second's day; the day the story is telling
 * of (the paragraph's last day before it, else the focus) when that day is earlier, else left before the second's.
 */
function dayBeforeClock(d: Draft, before: Draft[], ctx: NarrativeContext): void {
  const focus = before.findLast((f) => f.paragraphId === d.paragraphId && f.end <= d.start && singleDay(f)) ?? (singleDay(ctx.focus) ? ctx.focus : undefined);
  if (!focus || focus.date.start >= d.date.start) return;
  d.date = { ...focus.date, rule: 'narrative-focus/clock-before-conjunct', note: `Its hour is later in the day than that of the clause told after it, so it falls on an earlier day: the day the story is telling of, that of “${focus.title}”.` };
}

/** What the paragraphs of an article share as they are read in turn. */
interface ArticleRun {
  published: Ymd | null;
  nextOrder: () => number;
  ctx: NarrativeContext;
  kept: Keeper;
  datelineDrafts: Map<SegmentedParagraph, Draft>;
  /** The last change from one date to another read so far, which "an additional 30 days" counts. */
  change: { from: EventDate; to: EventDate } | null;
}

/** One paragraph's events, dated and undated, handed to the keeper. */
function paragraphEvents(s: SegmentedParagraph, run: ArticleRun): void {
  const { ctx, kept } = run;
  const d = run.datelineDrafts.get(s);
  const drafts: Draft[] = d ? [d] : [];
  const { unitEvent, unitLast, unitTold } = datedDrafts(s, run, drafts);
  ctx.unitEvent = unitEvent;
  ctx.unitLast = unitLast;
  ctx.unitTold = unitTold;
  const paraText = s.units[0]?.paraText;
  if (paraText !== undefined) for (const x of drafts) if (x.paragraphId === s.paragraph.id) withRecordLead(x, paraText);
  if (paraText !== undefined && NAMED_AGAIN_WORDS.test(paraText)) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const u = s.units.find((x) => x.start <= drafts[i].start && drafts[i].start < x.end);
      const recent = () => recentDated(drafts[i], drafts, () => kept.last(NAMED_REACH));
      if (!u || untilNamedAgain(drafts[i], u, ctx, recent)) continue;
      const c = namedAgainConjunct(drafts[i], u, ctx, recent) ?? namedAgainAside(drafts[i], u, ctx, recent) ?? namedAgainRelative(drafts[i], u, ctx, recent);
      if (c) drafts.splice(c.order < drafts[i].order ? i : i + 1, 0, c);
    }
  }
  for (let i = drafts.length - 1; i >= 0 && paraText !== undefined; i--) {
    const d = drafts[i];
    const rule = d.date.rule;
    if (!rule?.endsWith(COUNTED_UNDATED)) continue;
    // The flag is spent whether or not a happening is found: a clause with none keeps the date it was given.
    d.date.rule = rule.slice(0, -COUNTED_UNDATED.length);
    const counted = countedBesideUntil(d, paraText, ctx, recentDated(d, drafts, () => kept.last(RECENT_EVENTS)));
    if (!counted) continue;
    // In place: the unit maps of the context hold this draft.
    Object.assign(d, counted.clause);
    if (counted.stretch) drafts.splice(i + 1, 0, counted.stretch);
  }
  if (paraText !== undefined && COUNT_WORDS.test(paraText)) {
    for (const d of drafts) {
      const recent = recentDated(d, drafts, () => kept.last(RECENT_EVENTS));
      narrowedByCount(d, paraText, ctx, recent);
      // "the Monday after the last show", the show told many events before: a weekday looks as far back as a count's
      // phrase does (read only where WEEKDAY_FROM matches).
      weekdayFromHappening(d, paraText, ctx, () => recentDated(d, drafts, () => kept.last(NAMED_REACH)));
    }
    for (let i = drafts.length - 1; i >= 0; i--) {
      const u = s.units.find((x) => x.start <= drafts[i].start && drafts[i].start < x.end);
      const c = u ? countedConjunct(drafts[i], u, ctx, () => recentDated(drafts[i], drafts, () => kept.last(RECENT_EVENTS))) : null;
      if (c) drafts.splice(i + 1, 0, { ...c, order: drafts[i].order + 0.5 });
    }
    for (const u of s.units) releaseTimexes(u);
  }
  if (paraText !== undefined && /\b(?:that|same)\s+year\b/i.test(paraText)) {
    for (const d of drafts) thatYearOfOpenedHappening(d, paraText, ctx, recentDated(d, drafts, () => kept.last(NAMED_REACH)));
  }
  if (paraText !== undefined && DAY_ANAPHOR_WORDS.test(paraText)) {
    for (const d of drafts) dayAnaphorFromHappening(d, s.units, ctx, () => recentDated(d, drafts, () => kept.last(NAMED_REACH)));
  }
  for (const d of drafts) noteDated(ctx, d);
  for (const d of drafts) if (d.date.rule?.endsWith(SINCE_OPEN)) sinceToStoryDay(d, ctx.storyDay);
  for (const d of drafts) if (d.date.rule?.endsWith(SINCE_TOLD)) sinceToldToStoryDay(d, ctx.storyDay);
  for (const d of drafts) if (d.date.rule?.endsWith(RECORD_STORY)) recordToStoryDay(d, ctx.storyDay);
  // The dated events' titles are finished before the narrative pass quotes them in its notes; only as many as
  // can still be kept are read by the tagger.
  kept.finish(drafts);
  // The last change from one date to another read so far (this paragraph's included), which "an additional
  // 30 days" counts.
  for (let i = 1; i < drafts.length; i++) {
    if (drafts[i].date.rule?.endsWith('/change-to') && drafts[i - 1].date.rule?.endsWith('/change-from')) run.change = { from: drafts[i - 1].date, to: drafts[i].date };
  }
  const ordered = orderedEvents(s.units, ctx, drafts);
  refocusedCounts(drafts, ordered);
  // "… was sent north and married three years later": the undated conjunct is where the count starts.
  if (paraText !== undefined) {
    for (const o of [...drafts, ...ordered]) {
      const count = o.date.rule === 'narrative-order/before-publication' ? drafts.find((d) => d.paragraphId === o.paragraphId && d.start >= o.end && d.start <= o.end + 12) : undefined;
      const date = count && beforeCountDate(o, count, paraText);
      if (date) o.date = date;
    }
  }
  // A clause "since then" counts from the happening before is no longer only "before publication".
  for (const o of ordered) {
    if (o.date.rule !== 'narrative-focus/since-then') continue;
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d.paragraphId === o.paragraphId && d.start >= o.start && d.start < o.end && d.date.rule === 'narrative-order/before-publication') drafts.splice(i, 1);
    }
  }
  for (const u of s.units) placeUndated(u, s, run, drafts, ordered, unitEvent.get(u));
  fromStepBefore(drafts, s.units);
  for (const d of ordered) drafts.push(d);
  kept.add(drafts, s.paragraph);
}

/**
 * One sentence of a paragraph after the narrative pass: one the pass placed only by order, or left before publication,
 * is placed against a happening it names again; a dated one has its clauses so placed (namedAgainClauses); an undated
 * one takes the first placing that fits (a time added to the last change, a length from a neighbour, "within", "the
 * next …", how long something lasted, after or since a happening, a happening named again, how long a thing had
 * stood, a count from a happening), else a first stretch in a later clause, each put in `ordered` in its place.
 */
function placeUndated(u: Unit, s: SegmentedParagraph, run: ArticleRun, drafts: Draft[], ordered: Draft[], own: Draft | undefined): void {
  const { ctx, kept, nextOrder } = run;
  const recentKept = () => kept.last(RECENT_EVENTS);
  const namedKept = () => kept.last(NAMED_REACH);
  const namedBefore = () => recentDated(u, drafts, namedKept);
  // "After his arrest, Reed was held …": an opening the narrative pass placed only by order is placed against the
  // happening it names again, when the text told that with a date.
  // So is a sentence whose only expression ("on the day of the election") left it before publication.
  // "the family had waited fourteen months for answers": a wait up to the telling, from where the text began it.
  // "the family had waited fourteen months for answers": a wait up to the telling, from where the text began it.
  const placed = own ?? ordered.find((o) => o.paragraphId === u.paragraphId && o.start === u.start && o.end >= u.end - 1);
  const waited = placed && waitedUpTo(u, placed, [...namedKept(), ...drafts.filter((d) => d.end <= u.start)], ctx.published);
  if (waited?.whole) {
    placed!.date = waited.draft.date;
    return;
  }
  if (waited) {
    waited.draft.order = nextOrder();
    ordered.push(waited.draft);
    return;
  }
  const byOrder = own && ordered.includes(own);
  if (byOrder || own?.date.rule === 'narrative-order/before-publication') {
    const named = betweenDatesOf(u, () => recentDated(u, drafts, recentKept)) ?? namedAgainOf(u, ctx, namedBefore);
    // "was released a week after he was arrested": an ordering clause left before publication that counts from a
    // happening told with a date takes the counted date.
    // "The verdict came a week after …": a count after a subject naming a dated happening is read back from it first.
    const back = named || byOrder ? [] : countedBackFromSubject(u, ctx, drafts, namedKept);
    const counted = named || byOrder ? [] : back.length ? back : countedFromHappening(u, ctx, drafts, namedKept);
    const at = (named || counted.length) && !byOrder ? drafts.indexOf(own!) : -1;
    if (at >= 0) drafts.splice(at, 1);
    if (named) replaceOrdered(ordered, u, [named], nextOrder);
    else if (counted.length) replaceOrdered(ordered, u, counted, nextOrder);
    return;
  }
  if (own) {
    // "has been shut twice since the flood, most recently in May": the count before the last time's date runs from the
    // happening it names.
    const lastTime = own.paragraphId === u.paragraphId && own.start > u.start && /^most\s+recently\b/i.test(u.paraText.slice(own.start, own.start + 14));
    const placedBefore = (o: Draft) => o.paragraphId === u.paragraphId && o !== own && o.start < own.start && o.end > u.start;
    if (lastTime && !ordered.some(placedBefore) && !drafts.some(placedBefore)) {
      const count = sinceHappeningState(u, ctx, drafts, recentKept, own.start);
      if (count) {
        count.order = nextOrder();
        ordered.push(count);
      } else {
        // A happening the text never dated: the count stays with its last time, as one event.
        own.start = u.start;
      }
    }
    namedAgainClauses(u, ordered, drafts, ctx, namedBefore);
    return;
  }
  const d = addedTime(u, run.change) ?? lengthFromNeighbour(u, s.units, drafts) ?? withinOf(u, drafts, ctx) ?? thoseStretchOf(u, drafts) ?? betweenDatesOf(u, () => recentDated(u, drafts, recentKept)) ?? nextStretchOf(u, drafts) ?? lastedOf(u, drafts) ?? afterHappening(u, ctx, drafts, recentKept) ?? sinceHappeningState(u, ctx, drafts, recentKept) ?? namedAgainOf(u, ctx, namedBefore) ?? hadStoodFor(u, ctx);
  const back = d ? [] : countedBackFromSubject(u, ctx, drafts, namedKept);
  const found = d ? [d] : back.length ? back : countedFromHappening(u, ctx, drafts, namedKept);
  if (found.length) {
    replaceOrdered(ordered, u, found, nextOrder);
    return;
  }
  // "We sold the boat in the week the storm was at its worst": the sentence keeps its title, dated to that week.
  const week = placed?.date.rule === 'narrative-order/before-publication' ? weekOfHappening(u, ctx, drafts, namedKept) : null;
  if (week) {
    placed!.date = week;
    return;
  }
  // "has been listed, ten years after a storm tore off its sails": the clause counted back from publication is an event
  // of its own; the present perfect keeps its placing, its evidence ending before the count.
  const fromNow = countedBackFromNow(u, ctx);
  if (fromNow.length) {
    for (const o of ordered) if (o.paragraphId === u.paragraphId && o.start >= u.start && o.start < fromNow[0].start && o.end > fromNow[0].start) o.end = o.start + u.paraText.slice(o.start, fromNow[0].start).replace(/[\s,]+$/, '').length;
    for (const f of fromNow) {
      f.order = nextOrder();
      ordered.push(f);
    }
    return;
  }
  // A first stretch in a later clause of the sentence is an event of its own beside the sentence's placing.
  // So is a clause whose predicate is a length ("and she spent three years looking for it"), from the date before it.
  const first = firstStretchOf(u, drafts, recentKept) ?? lengthPredicateOf(u, drafts);
  if (first?.whole) replaceOrdered(ordered, u, [first.draft], nextOrder);
  else if (first) {
    first.draft.order = nextOrder();
    ordered.push(first.draft);
  }
}

/**
 * "After his retirement he taught for twenty years, and in 1986 the town made him a freeman": in a sentence with a
 * date of its own, a clause the narrative pass placed only by order that names a happening again is placed against it.
 */
function namedAgainClauses(u: Unit, ordered: Draft[], dated: Draft[], ctx: NarrativeContext, recent: () => Draft[]): void {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const o = ordered[i];
    if (o.paragraphId !== u.paragraphId || o.start < u.start || o.end > u.end || !/^(?:narrative-order|ordering-clause)\//.test(o.date.rule ?? '')) continue;
    const named = namedAgainOf(u, ctx, recent, o);
    if (!named) continue;
    named.order = o.order;
    // One event for the clause: the other placings of the same words go with it.
    const same = (x: Draft) => x !== o && x.paragraphId === o.paragraphId && x.start === o.start && x.end === o.end && x.date.rule?.startsWith('narrative-order/');
    for (let j = ordered.length - 1; j >= 0; j--) if (same(ordered[j])) ordered.splice(j, 1);
    for (let j = dated.length - 1; j >= 0; j--) if (same(dated[j])) dated.splice(j, 1);
    ordered[ordered.indexOf(o)] = named;
  }
  // "Ms Prull, who has been out of work since she was sacked, said on Wednesday …": an undated clause of a dated
  // sentence, left before publication beside the dated one, is placed against the happening it names again too.
  for (let i = dated.length - 1; i >= 0; i--) {
    const o = dated[i];
    if (o.paragraphId !== u.paragraphId || o.start < u.start || o.end > u.end || o.date.rule !== 'narrative-order/before-publication') continue;
    const named = namedAgainOf(u, ctx, recent, o);
    const counted = named ? null : countedToLaterConjunct(o, u, ctx, dated);
    if (counted) dated[i] = counted;
    if (!named) continue;
    // Its title keeps the subject the clause's drafting found ("Ms Prull has been out of work"), not the bare "who".
    dated[i] = { ...named, title: o.title, drafted: o.drafted, order: o.order };
  }
}

/** The sentence's own placing ("before publication", from its tense) gives way to the span it names, `found`. */
function replaceOrdered(ordered: Draft[], u: Unit, found: Draft[], nextOrder: () => number): void {
  for (let i = ordered.length - 1; i >= 0; i--) if (ordered[i].paragraphId === u.paragraphId && ordered[i].start >= u.start && ordered[i].end <= u.end) ordered.splice(i, 1);
  for (const f of found) {
    f.order = nextOrder();
    ordered.push(f);
  }
}

/** Whether draft `d` is only the day something was said ("told supporters last week"), dated by a telling. */
function tellingDay(u: Unit, d: Draft): boolean {
  if (d.date.rule?.endsWith('/telling')) return true;
  const inSpan = u.timexes.filter((t) => t.start >= d.start && t.end <= d.end);
  return inSpan.length > 0 && inSpan.every((t) => datesTheTelling(u.paraText, t));
}

/**
 * The dated events of a paragraph's sentences, added to `drafts`, each sentence's noted in the narrative context as
 * it is read. Returns each sentence's first dated event, which the narrative pass orders the undated ones against,
 * and its last happening, which "since then" and "later" in the next sentence count from.
 */
function datedDrafts(s: SegmentedParagraph, run: ArticleRun, drafts: Draft[]): { unitEvent: Map<Unit, Draft>; unitLast: Map<Unit, Draft>; unitTold: Map<Unit, Draft> } {
  const { published, nextOrder, ctx } = run;
  const unitEvent = new Map<Unit, Draft>();
  const unitLast = new Map<Unit, Draft>();
  const unitTold = new Map<Unit, Draft>();
  const unitLatest = new Map<Unit, Draft>();
  // Where the sentence before's drafts start in `drafts`.
  let prevFirst = drafts.length;
  for (const [k, u] of s.units.entries()) {
    const first = drafts.length;
    const beforeFirst = prevFirst;
    prevFirst = first;
    for (const d of datedEvents(u, published, nextOrder, ctx.writing)) {
      if (d.date.rule === BESIDE_PERFECT || d.date.rule === IN_TRADING || d.date.rule === BESIDE_SINCE) besidePerfectDay(d, drafts, ctx, published, u.paraText);
      if (d.date.rule === DAY_BEFORE_CLOCK) dayBeforeClock(d, drafts, ctx);
      // "On the first anniversary of his death, friends planted a tree, which …": an undated clause beside a dated aside.
      // "…, who has chaired the committee since 2021, told the meeting that …": a remark at the occasion it names.
      if (d.date.rule === 'narrative-order/before-publication') d.date = beforePublicationDate(u, s.units[k - 1], d, drafts, first, run);
      drafts.push(d);
      if (d.date.rule?.endsWith('/told-before') && !unitTold.has(u)) unitTold.set(u, d);
      // A year naming the subject dates no clause: the sentence is still placed as an undated one. Nor does the last
      // time a record is counted from ("the first rise since 2007"), nor an earlier figure set beside the clause's ("a
      // loss of $8 million, against a profit a year earlier"): the story is not there.
      if (d.date.rule?.endsWith('/names-subject') || d.date.rule?.endsWith('/when-clause') || d.date.rule?.endsWith('/record-since') || d.date.rule?.endsWith('/earlier-figure')) continue;
      // "were called to the yard on Thursday after smoke was seen": the happening "after" places (told first) is not the
      // sentence's own; the clause's dated one that follows is.
      if (!unitEvent.has(u) || (placedByOrder(unitEvent.get(u)!) && !placedByOrder(d))) {
        if (unitEvent.has(u) && unitEvent.get(u)!.date.mod === 'before') (ctx.afterAnother ??= new Set()).add(d);
        unitEvent.set(u, d);
      }
      // What a clause is counted from or names is not where the story has got to.
      // Nor is a stretch that runs up to publication ("and later closed"): "since then" cannot start at its end.
      const upToNow = !!published && !!d.date.end && d.date.end >= fmtDay(published);
      // Nor is a happening only placed before or after another ("after families were attacked"): the sentence's
      // last happening with a date of its own is.
      const placedOnly = d.date.mod === 'before' || d.date.mod === 'after';
      if (!ANTECEDENT_ONLY.test(d.date.rule ?? '') && !upToNow && !placedOnly) {
        const latest = unitLatest.get(u);
        // A plan still ahead is no happening "since then" could count from, nor the day something was told. A stretch
        // is as late as its end ("was built in 1931 and served as a school until 2001. It has been idle since then").
        if ((!latest || lastPoint(d) > lastPoint(latest)) && (!published || d.date.start <= fmtDay(published)) && !tellingDay(u, d)) unitLatest.set(u, d);
        // "In 1990 the club bought the hall, built in 1902, from the church": a phrase set off inside a clause that goes
        // on after it is not where the sentence has got to; the clause holding it is.
        const inside = drafts.slice(first).some((o) => o !== d && o.start < d.start && o.end > d.end && u.paraText[d.end] === ',');
        if (d.start >= (unitLast.get(u)?.start ?? -1) && !inside) unitLast.set(u, d);
      }
    }
    const last = unitLast.get(u);
    const latest = unitLatest.get(u);
    if (last && latest && latest !== last) ctx.latestBeside = (ctx.latestBeside ?? new Map()).set(last, latest);
    happeningBeforeTelling(u, drafts.slice(first), unitEvent);
    for (let i = first; i < drafts.length; i++) if (drafts[i].date.rule?.endsWith(UNTIL_OPEN)) spanToUntil(drafts[i], u.paraText, drafts, first, ctx, !u.paraText.slice(0, u.start).trim());
    for (let i = first; i < drafts.length; i++) if (drafts[i].date.rule?.endsWith('/until-from-publication')) untilFromOpeningBefore(drafts[i], u, s.units[k - 1], drafts.slice(beforeFirst, first), ctx.opening);
    for (let i = first; i < drafts.length; i++) if (drafts[i].date.rule?.endsWith('/until-from-publication')) untilFromTheOpening(drafts[i], u.paraText, ctx.openingDay);
    for (let i = first; i < drafts.length; i++) noteOpening(ctx, u.paraText, drafts[i], u.timexes);
    for (let i = first; i < drafts.length; i++) noteOpenedOn(ctx, u.paraText, drafts[i]);
    for (let i = first; i < drafts.length; i++) {
      noteIntroduced(ctx, u.paraText, drafts[i]);
      noteToldByVerb(ctx, u.paraText, drafts[i]);
    }
    // The expressions are read again only where a happening is named at all.
    if (drafts.length > first && namesHappening(u.paraText.slice(u.start, u.end))) {
      const timexes = u.timexes;
      for (let i = first; i < drafts.length; i++) noteHappening(ctx, u.paraText, drafts[i], timexes);
    }
    releaseTimexes(u);
  }
  return { unitEvent, unitLast, unitTold };
}

/** Where a dated happening ends: its stretch's end, or its one date. */
const lastPoint = (d: Draft): string => d.date.end ?? d.date.start;

/** A happening placed only before or after its clause's date by "after"/"before" ("after smoke was seen"). */
function placedByOrder(d: Draft): boolean {
  return (d.date.mod === 'before' || d.date.mod === 'after') && /^ordering-clause\//.test(d.date.rule ?? '');
}

/**
 * "A storm flooded the harbour on Friday, police said on Sunday", "The ferry left on Thursday, a day before the
 * storm": the story is at the day of the sentence's own happening, not the telling's nor the one it counts from, for
 * what the next sentences tell with no day of their own ("At 10 p.m. the coastguard closed the strait").
 */
function happeningBeforeTelling(u: Unit, own: Draft[], unitEvent: Map<Unit, Draft>): void {
  const first = unitEvent.get(u);
  const telling = !!first?.date.rule?.endsWith('/telling');
  const antecedent = ANTECEDENT_ONLY.test(first?.date.rule ?? '');
  // A subordinate happening's stretch ("after students came back in the week beginning Jan. 12") is still only what
  // the clause is placed after; the story is at the clause's own day.
  if (!first || (!antecedent && (first.date.end || first.date.mod)) || !(telling || antecedent)) return;
  // What is under way at publication ("Rescuers are searching for people missing after a ferry capsized Friday") is no
  // day the story tells of.
  const dayOf = (d: Draft) => singleDay(d) !== null && !d.date.rule?.endsWith('/telling') && !d.date.rule?.startsWith('present-tense') && !ANTECEDENT_ONLY.test(d.date.rule ?? '');
  const h = own.find((d) => d !== first && dayOf(d) && (!telling || d.date.start < first.date.start));
  if (h) unitEvent.set(u, h);
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
 * A clause left before publication, placed by the first reading that fits (an anniversary told before, a length in an
 * aside, a first stretch of a happening, a remark at a named occasion, a war's years), else as it was. The dates told
 * before the clause are gathered once, and only when a reading that needs them is reached.
 */
function beforePublicationDate(u: Unit, sentenceBefore: Unit | undefined, d: Draft, drafts: Draft[], first: number, run: ArticleRun): EventDate {
  const { ctx, published } = run;
  const text = u.paraText.slice(d.start, d.end);
  let told: Draft[] | undefined;
  const recent = () => (told ??= recentDated(d, drafts, () => run.kept.last(RECENT_EVENTS)));
  return anniversaryOfToldDate(ctx, text) ?? lengthFromAside(u, d, drafts.slice(first)) ?? withinAfterAside(u, d, drafts.slice(first)) ?? firstStretchDate(text, d, recent())?.date ?? remarkAtNamedOccasion(ctx, text) ?? warClauseDate(d, u.paraText, recent(), published) ?? partOfFocusDayBesideAside(u, d, drafts, ctx) ?? carriedOnClause(u, sentenceBefore, d.start, d.end, drafts, first, published) ?? d.date;
}

/** "X, who …, signed shortly after 9pm": a clause's clock time or part of the day, on the day in focus (focusDayOfClause). */
function partOfFocusDayBesideAside(u: Unit, d: Draft, drafts: Draft[], ctx: NarrativeContext): EventDate | undefined {
  const found = focusDayOfClause(u, d.start, d.end, drafts, ctx);
  if (!found) return undefined;
  return { ...found.day.date, rule: 'narrative-focus/part-of-day-beside-aside', note: `The article gives “${found.said}” with no day, beside an aside dated of its own noun; it is the day the story is telling of, that of “${found.day.title}”.` };
}

/**
 * "Apart from the war years, when he served with a survey unit, he drew for the paper until 1972": the undated clause
 * of a sentence whose other clause has its own date, told in a war, takes the war's years as an undated sentence would
 * (the unnamed war read from the date told last before it, flagged). The dated clause keeps its own date.
 */
function warClauseDate(d: Draft, paraText: string, recent: Draft[], published: Ymd | null): EventDate | undefined {
  // The date told last before the clause (recentDated: the kept events, then the paragraph's drafts before it).
  const before = recent.findLast((x) => /^\d{4}/.test(x.date.start));
  return warYearsOf(paraText.slice(d.start, d.end), startYear(before?.date), published?.y);
}
