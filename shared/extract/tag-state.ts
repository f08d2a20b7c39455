// What normalising carries from one expression to the next (TagState), what a count needs to know of the date it
// counts from (Anchor), and the steps that judge a resolved expression's year against them and then leave it in the
// state for the expressions after it.

import { DAY_VALUE, fmtDay, parseYmd, toDayNumber, type Ymd } from '../time-value';
import { yearModifier } from './anchor';
import { asksQuestion, datesSpeaking, insideQuote, pastPerfectAt } from './anaphor-anchors';
import { holdsPastForm, IRREGULAR_PAST, isPastForm, listEntryHead, MONTH_RE, monthNumber, PART_OF_DAY_ALTS, periodYearAt, recordSinceBefore, SAME_FORM_PAST, SEASON_ALTS, SEASON_FIRST_MONTH, SET_OFF_OPENING, tellingBeforeDate, VERB_IN_SUBJECT } from './lexicon';
import { phraseParticiple } from './named-dates';
import { isStated } from './resolve';
import type { Resolution, SeasonWritten } from './rules/rule';
import { sentenceAt, sentenceIndexAt, type Span } from './sentences';
import type { TagCursor } from './tag-cursor';
import type { CountedFrom, Timex } from './types';

const YEAR_IN_VALUE = /^(\d{4})/;

// "since 2008", "since the end of 2008", "ever since early 2008": a year that opens a stretch running on from it.
const SINCE_LEAD = new RegExp(String.raw`\bsince\s+(?:at\s+least\s+)?(?:(?:the\s+(?:end|start|beginning|middle|${SEASON_ALTS})\s+of|early|late|mid)[\s-]+)?$`, 'i');

// "since the port opened in 1904", "since he arrived in 2019": a clause after "since" whose year starts a stretch.
const SINCE_CLAUSE = String.raw`(?:[\w'’-]+\s+){1,4}(?:[a-z]{2,}ed|began|came|took|won|left|became|built|made|begun|born)\s+(?:[\w'’-]+\s+){0,4}?in\s+`;
export const SINCE_CLAUSE_LEAD = new RegExp(String.raw`\bsince\s+${SINCE_CLAUSE}$`, 'i');
// "the wettest since records began in 1862", "the first strike since the plant opened in 1974": such a clause after a
// record's "since" holds the year the record is measured from, background as "since 1862" is. Without the record the
// happening may be where the story is ("has stood empty since the last tenant left in 2004. … the following year").
const RECORD_SINCE_CLAUSE = recordSinceBefore(SINCE_CLAUSE);

// "Born in 1956", "born on 3 May 1956": the year an age is counted from.
const BORN_BEFORE = /\bborn\s+(?:(?:in|on)\s+)?$/i;

/**
 * What normalising carries from one expression to the next, and so from one piece of a text to the next when
 * a long text is tagged a paragraph at a time (the extractor does, so that it never holds every expression of
 * an article at once). Positions in it are offsets in the whole text.
 */
export interface TagState {
  dct: Ymd | null;
  /** The last year written, where, and whether it opens a span running to the present ("since 2008"). */
  lastYear: { year: number; pos: number; sentence?: number; opensSpan?: boolean; month?: number; season?: SeasonWritten; counted?: CountedYear } | null;
  lastDay: Ymd | null;
  /** The last day written with its year ("January 25, 1992"): the day an anniversary piece looks back to, which a
   * later day of the present (a service "on Sunday") does not take the story away from for the past it tells. */
  writtenDay?: Ymd;
  /** The words of the sentence `writtenDay` was written in, lower-cased: what a happening named later by its year
   * ("the 1953 gale") is looked for in. */
  writtenDayWords?: string;
  /** The last stretch of days written from one day to another within two weeks ("from Friday, June 26, to Sunday,
   * June 28"): the days of a happening, whose "the Saturday" is one of them. */
  daySpan?: { start: Ymd; end: Ymd; uncertain: boolean };
  /** Where the sentence of `lastDay` starts, in the whole text (-1 before any). */
  lastDaySentence: number;
  /** The minute of the day of the last clock time told on `lastDay` ("at 10pm yesterday"), kept while the story stays
   * on that day; undefined when none was. */
  lastClock?: number;
  /** Where that clock time ends, in the whole text: a day written right after it ("at 10pm yesterday") is its day. */
  lastClockEnd?: number;
  lastYearDate: Ymd | null;
  lastMonthDate: Ymd | null;
  /** How precisely the last date mentioned was given, for "that day" after "last October". */
  focus: 'day' | 'month' | 'year';
  /** Without a publication date, the latest year the whole text writes as a date (text-years.ts); unset otherwise. */
  textYear?: number;
  /** Without a publication date, a guess at the month of writing in `textYear` (text-years.ts writingMonth). */
  textMonth?: number;
  /** Without a publication date, whether `textYear` is a recent year guessed for a text that writes none at all. */
  textYearUnwritten?: boolean;
  /** Without a publication date, `dct` is a yearless dateline's day put in `textYear`: every year drawn from it is a guess. */
  dctGuessed?: boolean;
  /** The year of the last "born in <year>", for an age ("at 23 she …") further on. */
  birthYear?: number;
  /** The paragraph (counted from the text's first) that `birthYear` was read in. */
  birthParagraph?: number;
  /** How many paragraphs the pieces tagged before this one held. */
  paragraphsBefore?: number;
  /** An earlier piece wrote a sports season across two years ("the 1998-99 season"). */
  seasonsSpanYears?: boolean;
  /** Whether `lastDay`, `lastYearDate` and `lastMonthDate` are dates the text states (or counts from one it states). */
  statedDay?: boolean;
  statedYearDate?: boolean;
  statedMonthDate?: boolean;
  /** How many sentences the pieces tagged before this one held: sentences are counted across the whole text. */
  sentencesBefore?: number;
  /** Where the year of `lastDay`, and of `lastYearDate`/`lastMonthDate`, came from: see Anchor. */
  dayAnchor?: Anchor;
  yearAnchor?: Anchor;
  /** The sentence being read and the latest year its dates have named so far. */
  sentenceYears?: { sentence: number; latest: number };
  /** The last sentence that told of a stretch of unsaid length ("within months", "for years"). */
  vagueSentence?: number;
  /** The paragraph being read, the latest year written in it so far and the sentence that wrote it. */
  paragraphYears?: { paragraph: number; latest: number; sentence: number };
  /** The day the story was at when a past-perfect flashback stepped back from it: what a clause out of the
   * flashback counts from ("On Friday the pipe burst. The crew had checked it on March 2. The next morning …"). */
  beforeFlashback?: { day: Ymd; stated: boolean; anchor: Anchor | undefined; countedBack?: boolean };
  /** Whether the coarser date in focus was told in an aside beside `lastDay` (see asideBesideDay). */
  focusInAside?: boolean;
  /** The month the story was at when the date in focus was told in an aside beside it (see asideBesideMonth). */
  monthBeforeAside?: { month: Ymd; stated: boolean; anchor: Anchor | undefined };
  /** Whether `lastDay` dates a telling ("researchers said on Wednesday"): the day news of the story came out, not a
   * step of the story a count of days goes on from once the text has gone back to a coarser date. */
  dayTells?: boolean;
  /** Whether `lastDay` was written inside a noun phrase that names a happening by it ("charged in the May 3, 1990,
   * robbery"): background the text refers to, not a day its narrative has stepped to. */
  dayNamesHappening?: boolean;
  /** The last day the text said someone spoke on ("We spoke to her on Monday"), for a quote's "yesterday"; `tells`
   * when a telling verb dated it (not a visit or an interview), `end` where its date ends in the whole text. */
  spoken?: { day: Ymd; sentence: number; paragraph: number; sentenceAt: number; tells: boolean; end: number };
  /** The first day the story was at, when the text dated one in its opening paragraphs (null when it did not): the
   * occasion a report published a day or two later was written about. */
  leadDay?: Ymd | null;
  /** Whether the last paragraph of the pieces before was an interviewer's question standing alone ("Who will take
   * over?"): the paragraph after it is the answer, told on the day of the interview. */
  questionBefore?: boolean;
  /** Where the company's fiscal year ends, once the text has said ("fiscal 2021, which ended June 30"). */
  fiscalEnd?: { month: number; day: number; offset: number };
  /** The year of the last date told before publication's year, written or counted and not a guess: see olderYear. */
  olderYear?: number;
  /** Whether the head of the last dated list entry read gave only a year ("1987 - A gale in October …"). */
  entryHeadYearOnly?: boolean;
  /** Whether the season `lastMonthDate` starts was counted back from publication past last year's (SEASON_COUNTED_BACK). */
  seasonCountedBack?: boolean;
}

/**
 * What an anaphor ("the following spring", "two days later", "that year") needs to know of the date it counts
 * from to show its year as certain: in which sentence that date sits (counted across the text), whether its own
 * year was a guess, and whether it steps back from a later year its sentence already named, so that which of the
 * two the story has got to is a reader's guess ("came in the autumn of 1997 under a scheme that has run since
 * 1988. The pair met the following spring").
 */
export interface Anchor {
  sentence: number;
  uncertain: boolean;
  ambiguous: boolean;
  /** The paragraph it sits in, counted from the text's first. */
  paragraph?: number;
  /** It steps back from a later year its paragraph wrote in a sentence before it: told as background, and the story
   * may have gone back to that later year ("The last train ran in 2008. My father had first taken it in 1966."). */
  flashback?: boolean;
}

/**
 * Whether a day counted while the date in focus is coarse ("that same evening" after "in 1950", told after "found it
 * on Aug. 4") is one a reader may place in either of two years: the coarse date and the day told before it give
 * different years, and the coarse date is not in the count's sentence or the one just before it in its paragraph,
 * or its own year was in doubt. Which of the two the story has returned to, the words do not say.
 */
function rivalAntecedents(coarse: Anchor | undefined, sentence: number, paragraph: number, rivalYear: number, year: number): boolean {
  if (rivalYear === year) return false;
  return !coarse || coarse.uncertain || coarse.paragraph !== paragraph || sentence - coarse.sentence > 1;
}

/**
 * Whether a date counted from `anchor`, read in sentence `sentence`, may show its year as certain: the anchor's
 * year is known (written, or counted from publication) and is where its sentence left the story, and no sentence
 * between the two moved the story on by a stretch of unsaid length ("… approved in 1994. Two wolves were shot
 * within months. The first pups were born the following spring": counted from what, a reader cannot tell).
 */
export function anchorHoldsYear(anchor: Anchor, sentence: number, vagueSentence: number | undefined): boolean {
  const movedOn = vagueSentence !== undefined && vagueSentence > anchor.sentence && vagueSentence < sentence;
  return !anchor.uncertain && !anchor.ambiguous && !(anchor.flashback && sentence > anchor.sentence) && !movedOn;
}

/** Where the date a count is made from was told, seen from the count's sentence and paragraph. */
export function countDistance(anchor: Anchor, sentence: number, paragraph: number): CountedFrom {
  if (anchor.paragraph !== undefined && anchor.paragraph !== paragraph) return 'earlier-paragraph';
  return anchor.sentence < sentence ? 'earlier-sentence' : 'own-sentence';
}

/**
 * Whether a count is made across a paragraph with sentences between it and its date ("… in 1961. Its first boat
 * carried mail. ¶ The company bought a second boat two years later."): a new paragraph is where news moves the story
 * on, and nothing in the words of a count ties it to a date told before the break. Measured over news-dev and probes
 * 1-9, both modes, counts across a paragraph had the right year 15 times in 22. The text does tie them when the count
 * opens the sentence right after its date's, or opens its paragraph ("¶ Two years later, …"): the writer links the
 * paragraph to the time the last one left, and no sentence of the new one has moved the story first.
 */
export function acrossParagraphs(from: CountedFrom | undefined, anchor: Anchor, sentence: number, opensParagraph: boolean): boolean {
  return from === 'earlier-paragraph' && sentence - anchor.sentence > 1 && !opensParagraph;
}

// The words before a count that opens its paragraph: at most a quote mark and a conjunction or preposition.
const OPENS_PARAGRAPH = /^[\s"“‘(]*(?:(?:and|but|then|in|by|during|over)\s+)?$/i;

// A weekday named from a happening ("the Monday after the sinking"), placed near publication only as a guess.
const OF_HAPPENING_RULE = /^weekday\/of-happening\b/;

/** Whether a date with a written year steps back from a later year written in an earlier sentence of its paragraph. */
function steppedBack(state: TagState, t: Timex, paragraph: number, sentence: number): boolean {
  const y = t.explicitYear && t.type !== 'DURATION' ? YEAR_IN_VALUE.exec(t.value) : null;
  if (!y) return false;
  const seen = state.paragraphYears?.paragraph === paragraph ? state.paragraphYears : undefined;
  const back = !!seen && +y[1] < seen.latest && seen.sentence < sentence;
  if (!seen || +y[1] > seen.latest) state.paragraphYears = { paragraph, latest: +y[1], sentence };
  return back;
}


/**
 * Whether a count's year is as sure as the date it counts from. A count from a date whose year is unsure, or is one
 * of several, or lies sentences back, is as unsure; so is one from a date told paragraphs back.
 */
export function markCountedYear(t: Timex, r: Resolution, cur: TagCursor, state: TagState): void {
  const { sentence, paragraph, refAnchor, paraStart } = cur;
  if (r.counted && cur.refStated) t.fromStated = true;
  if (r.counted && refAnchor) t.countedFrom = countDistance(refAnchor, sentence, paragraph);
  // Read only for a count across a paragraph, and only a short stretch: at most a quote mark and a word precede it.
  const opensParagraph = t.countedFrom === 'earlier-paragraph' && t.start - paraStart <= 24 && OPENS_PARAGRAPH.test(cur.text.slice(paraStart, t.start));
  if (r.counted && refAnchor && (acrossParagraphs(t.countedFrom, refAnchor, sentence, opensParagraph) || !anchorHoldsYear(refAnchor, sentence, state.vagueSentence))) t.yearUncertain = true;
  const yv = YEAR_IN_VALUE.exec(t.value);
  if (r.rivalYear !== undefined && yv && rivalAntecedents(state.yearAnchor, sentence, paragraph, r.rivalYear, +yv[1])) t.yearUncertain = true;
}

/**
 * Leaves a resolved expression in the state for the ones after it: the year it writes, the day or coarser date the
 * story is at, and how sure counts from them may be.
 */
export function carryForward(state: TagState, t: Timex, cur: TagCursor): void {
  const { text, sentence, paragraph } = cur;
  const start = t.start;
  if (t.type === 'DURATION' && /X/.test(t.value)) state.vagueSentence = sentence;
  const stated = isStated(t);
  const y = YEAR_IN_VALUE.exec(t.value);
  const ambiguous = y && (t.type === 'DATE' || t.type === 'TIME') ? stepsBackInSentence(state, +y[1], sentence) : false;
  const since = opensStretch(cur, start, t.rule);
  const flashback = steppedBack(state, t, paragraph, sentence);
  const anchor: Anchor = { sentence, uncertain: !!t.yearUncertain, ambiguous, paragraph, ...(flashback ? { flashback } : {}) };
  // "the winter of 2023-24" writes two years, and leaves the later one the last written, as "2023-2024" does.
  const lastWritten = t.exact?.end ? YEAR_IN_VALUE.exec(t.exact.end) : y;
  if (t.explicitYear && lastWritten && t.type !== 'DURATION') noteWrittenYear(state, cur, t, +lastWritten[1], since);
  // "counted last year's nests during a survey that ran from May 11 to June 22": a year named relative to
  // publication names it as surely as one written out, for the months and days told after it.
  else if ((YEAR_NAMED.test(t.rule) && /^\d{4}$/.test(t.value)) || (DAY_OF_NAMED_YEAR.test(t.rule) && /^\d{4}-\d{2}/.test(t.value))) noteWrittenYear(state, cur, t, +t.value.slice(0, 4), since);
  // "in the autumn of the year before last, … in October": a season whose year the words name, as "last year" does.
  else if (SEASON_YEAR_NAMED.test(t.rule) && SEASON_VALUE.test(t.value)) noteWrittenYear(state, cur, t, +t.value.slice(0, 4), since);
  if (y && state.dct && +y[1] < state.dct.y && (t.type === 'DATE' || t.type === 'TIME') && !t.yearUncertain && !since) state.olderYear = +y[1];
  noteEntryHead(state, cur, t);
  if (t.rule === 'fiscal-year/stated-end' && t.exact?.end) {
    const end = parseYmd(t.exact.end)!;
    state.fiscalEnd = { month: end.m, day: end.d, offset: end.y - +t.value.slice(2) };
  }
  const day = parseYmd(t.value);
  // "picked it up two summers ago. … 'It looked like a stone,' she said on Thursday. A week later …": the week is
  // counted from the summer the story is telling of, not from the day the quote was given.
  const tells = day !== null && tellingBeforeDate(text.slice(Math.max(0, start - 40), start));
  // Nor is a telling's day after a day the story is at ("fire gutted the mill on Saturday, the chief said on Sunday. A
  // heater had been fitted two days earlier": Thursday): it dates when the news was told, and the story stays at its day.
  // A telling told first, with no day of the story before it, is where the story starts; one on or before the story's
  // day still serves a clock time after it.
  // Nor is a day owning the thing a past verb acted on ("voted for the plan in May 1977 and set today's date a year
  // later", "approved tomorrow's programme"): it names the thing, not when the clause happened.
  const telling = (day !== null && ownedByObject(text, start, t.end)) || (tells && day !== null && ((state.focus !== 'day' && !state.focusInAside) || (!!state.lastDay && !state.dayTells && toDayNumber(day) > toDayNumber(state.lastDay))));
  // A year a present perfect runs on from ("has rehomed 400 ponies since it was founded in 1996") is background: the story
  // stays where it was, in a flashback or at its day (noteFocus).
  const perfectSince = !!y && !day && perfectSinceClause(cur, start);
  if ((t.type === 'DATE' || t.type === 'TIME') && !telling && !perfectSince) noteFlashback(state, cur, t);
  if (day && (t.type === 'DATE' || t.type === 'TIME') && datesSpeaking(text, start) && !insideQuote(text, cur.paraStart, start)) state.spoken = { day, sentence, paragraph: cur.paragraph, sentenceAt: cur.base + sentenceAt(cur.sentences, start).start, tells, end: cur.base + t.end };
  const reading: DateReading = { telling, since, perfectSince, tells, stated, anchor };
  if (day && !telling && t.type !== 'DURATION' && t.type !== 'SET' && !OF_HAPPENING_RULE.test(t.rule) && !backgroundDay(state, cur, t)) noteDayTold(state, cur, t, day, reading);
  if (t.type === 'DATE' || t.type === 'TIME') moveFocus(state, cur, t, day, reading);
}

/** How carryForward read a date: what moveFocus and noteDayTold go on from. */
interface DateReading {
  /** Whether the date is a telling's, or a day naming the thing a verb acted on (no step of the story). */
  telling: boolean;
  /** Whether it opens a stretch ("since 1996"). */
  since: boolean;
  /** Whether it closes a "since" clause a present perfect runs on from (perfectSinceClause). */
  perfectSince: boolean;
  /** Whether a telling verb comes right before it. */
  tells: boolean;
  stated: boolean;
  anchor: Anchor;
}

/** A day the story is at, told as no telling's and no background's: where "the next day" and a clock time count from. */
function noteDayTold(state: TagState, cur: TagCursor, t: Timex, day: Ymd, { stated, tells, anchor }: DateReading): void {
  const { text } = cur;
  const start = t.start;
  const from = state.lastDay;
  if (from && t.type === 'DATE' && SPAN_TO_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && toDayNumber(day) - toDayNumber(from) >= 1 && toDayNumber(day) - toDayNumber(from) <= 14) state.daySpan = { start: from, end: day, uncertain: !!t.yearUncertain || !!state.dayAnchor?.uncertain || !!state.dctGuessed };
  noteStoryClock(state, cur, day, t);
  noteStoryDay(state, cur, day, stated, anchor);
  if (t.explicitYear) {
    state.writtenDay = day;
    const at = sentenceAt(cur.sentences, start);
    state.writtenDayWords = text.slice(at.start, at.end).toLowerCase();
  }
  state.dayTells = tells;
  state.dayNamesHappening = namesHappening(text, start, t.end);
}

/** After a date or time: how precisely the story's date is known now, and the date the next count goes from. */
function moveFocus(state: TagState, cur: TagCursor, t: Timex, day: Ymd | null, { telling, since, perfectSince, stated, anchor }: DateReading): void {
  const { text } = cur;
  // Read before the focus moves: whether this date sits in an aside beside the day the story is at.
  const aside = !day && asideBesideDay(state, cur, t);
  const asideBefore = !!state.focusInAside;
  const monthAside = day || aside ? undefined : asideBesideMonth(state, cur, t);
  const monthBefore = state.monthBeforeAside;
  // "On an October afternoon in 1988 …": the year after the part of the day is the month's own (monthPartYearRule
  // tags the month with it), no coarser date the story steps back to; "the next morning" stays in that month.
  if (monthPartsYear(state, cur, t) || relativeFlashbackYear(state, cur, t)) return;
  noteFocus(state, cur, t, !!day && !telling, since, perfectSince);
  // A telling's day after the aside leaves the aside as it was: the story is still at the day before it.
  state.focusInAside = (aside || (telling && asideBefore)) && state.focus !== 'day';
  state.monthBeforeAside = monthAside ?? (telling ? monthBefore : undefined);
  // "since the autumn of 1962, when a barn burned down": the when-clause makes the start a happening, which
  // "the following year" counts from.
  const happening = since && SINCE_WHEN_AFTER.test(text.slice(t.end, t.end + 8));
  if (!telling && !orderedBefore(state, text, t, anchor)) {
    noteDateCountedFrom(state, t, since && !happening, stated, anchor);
    if (!since) monthOfNamedHappening(state, text, t);
  }
}

// "a March evening in ", "one June morning of ": a month and a part of the day or week, then the year they are in.
const MONTH_PART_BEFORE_YEAR = new RegExp(String.raw`\b${MONTH_RE}\s{1,4}(?:${PART_OF_DAY_ALTS}|day|weekend)\s{1,4}(?:in|of)\s{1,4}$`);

/** Whether the bare year `t` is the year of the month in focus, written after that month's part of the day. */
function monthPartsYear(state: TagState, cur: TagCursor, t: Timex): boolean {
  if (state.focus !== 'month' || !state.lastMonthDate || !/^\d{4}$/.test(t.value) || +t.value !== state.lastMonthDate.y) return false;
  return MONTH_PART_BEFORE_YEAR.test(cur.text.slice(Math.max(0, t.start - 40), t.start));
}

// "a joiner who had last wound it in ", "the barn, which had stood empty since ": a relative clause in the past
// perfect, up to the date, within its sentence.
const PERFECT_RELATIVE_BEFORE = /\b(?:who|which)\s+had\s[^,;.!?]{0,60}$/i;

/**
 * "The clock was found in a shed in March. It was restored by a joiner who had last wound it in 1971. The tower
 * opened again on 12 June": a bare year older than the month in focus, told in a past-perfect relative clause, steps back
 * to tell of that clause's noun, as an aside does; the story stays at its month, which the days after it go on from.
 */
function relativeFlashbackYear(state: TagState, cur: TagCursor, t: Timex): boolean {
  if (state.focus !== 'month' || !state.lastMonthDate || !/^\d{4}$/.test(t.value) || +t.value >= state.lastMonthDate.y) return false;
  const s = sentenceAt(cur.sentences, t.start);
  return PERFECT_RELATIVE_BEFORE.test(cur.text.slice(Math.max(s.start, t.start - 80), t.start));
}

// The noun a year made its adjective names ("the 1953 gale").
const NOUN_AFTER_YEAR = /^\s+([a-z]{3,})/;

/**
 * "A storm wrecked the pier's far end on February 9, 1962. … After the 1962 storm, the council fenced it off. A shorter
 * deck was laid the following summer": a happening named by its year, whose noun the sentence of a day written in that
 * year told, is that day's: the story is at the day's month, not at a bare year, so a season or month counted on from
 * it is the first one after that day (the summer of 1962), not one in the year after.
 */
function monthOfNamedHappening(state: TagState, text: string, t: Timex): void {
  const day = state.writtenDay;
  if (!day || !state.writtenDayWords || +t.value !== day.y || !yearModifier(text, t)) return;
  const noun = NOUN_AFTER_YEAR.exec(text.slice(t.end, t.end + 24))?.[1];
  if (!noun || !state.writtenDayWords.split(/[^a-z]+/).some((w) => w === noun || w === `${noun}s` || `${w}s` === noun)) return;
  state.lastMonthDate = { y: day.y, m: day.m, d: 1 };
  state.focus = 'month';
}

// "voted for the plan in May 1990 and set today's date two years later", "postponed Sunday's match": a date owning the
// object of a past verb names a thing (the date, the match), not a time the story moves to; counts after it go on from
// the date told before.
const PAST_VERB_BEFORE = /\b([a-z]{2,})\s+$/i;
const POSSESSIVE_AFTER = /^['’]s\s/;

/** Whether the date at start..end, in the possessive, owns the object of a past verb right before it. */
function ownedByObject(text: string, start: number, end: number): boolean {
  if (!POSSESSIVE_AFTER.test(text.slice(end, end + 3))) return false;
  const verb = PAST_VERB_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const word = verb?.[1].toLowerCase();
  return !!word && (isPastForm(word) || SAME_FORM_PAST.has(word));
}

// A list entry's head lies within the first few words of its paragraph: a date further in is never one.
const ENTRY_HEAD_REACH = 40;

/** Notes whether a date heading a dated list entry ("1987 - …", "March 3: …") gave only a year (see listEntryYear). */
function noteEntryHead(state: TagState, cur: TagCursor, t: Timex): void {
  if (t.start - cur.paraStart > ENTRY_HEAD_REACH || t.type === 'DURATION' || t.type === 'SET') return;
  if (!listEntryHead(cur.text.slice(cur.paraStart, t.start), cur.text.slice(t.end, t.end + 4))) return;
  state.entryHeadYearOnly = /^\d{4}$/.test(t.value);
}

// ", which rose to 87 mm on Jan. 1": a relative aside closing its sentence, its verb in the simple past.
const RELATIVE_ASIDE_LEAD = /,\s+which\s+(?:[a-z]+\s+){0,2}?(?:[a-z]{3,}ed|rose|fell|came|began|took|went|was|were|grew|broke)\s(?:[^,;:.!?"“”]|\.(?=\d)){0,80}$/i;

// " a hearing that began on", " the ship which sailed from Hull on": a relative pronoun, its past verb, then the date.
const RELATIVE_CLOSING = /\b(?:that|which)\s+(?:had\s+)?([a-z]{3,})\s(?:[^,;:.!?"“”]){0,40}$/i;

/**
 * "Officers boarded the boat on May 2 and found lobsters short of the limit, which rose to 87 mm on Jan. 1. They were
 * put back the same day.": an earlier day told in a relative aside at the end of its sentence is background to the
 * day the story is at, which "the same day" still counts from.
 */
function backgroundDay(state: TagState, cur: TagCursor, t: Timex): boolean {
  if (state.focus !== 'day' || !state.lastDay || !DAY_VALUE.test(t.value) || t.value >= fmtDay(state.lastDay)) return false;
  const s = sentenceAt(cur.sentences, t.start);
  const rest = cur.text.slice(t.end, s.end);
  if (/^\W*$/.test(rest) && RELATIVE_ASIDE_LEAD.test(cur.text.slice(Math.max(0, t.start - 120), t.start))) return true;
  // "was cleared on March 3 after a hearing that began on February 20.": so is one in a relative clause with its
  // own past verb closing the sentence, set off or not; "the same afternoon" after it is the clearing's.
  const relative = /^\W*$/.test(rest) ? RELATIVE_CLOSING.exec(cur.text.slice(Math.max(s.start, t.start - 80), t.start)) : null;
  if (relative && isPastForm(relative[1].toLowerCase())) return true;
  // "The owners, whose insurers renewed the policy on April 20, said …", "… is run by Harl Ltd., which bought it on April
  // 20 from the council.", "Its manager, who took over on April 20, was at home": an earlier day told in a relative
  // aside, closed by a comma or by the sentence's end, is background to the day the story is at, as a coarser date in
  // such an aside is (asideBesideDay): "the next morning", "that afternoon" still count from the story's day.
  // Not the first day of a stretch the aside tells ("which ran from Sept. 3 until Monday"): its end is read against it.
  if (SPAN_ON.test(rest)) return false;
  // Not a day in a participle phrase ("The first tie, set for Jan. 9, was called off"): that may be the story's own day.
  return ASIDE_OPEN.test(cur.text.slice(Math.max(s.start, t.start - 90), t.start)) && (ASIDE_CLOSE.test(rest) || ASIDE_ENDS_SENTENCE.test(rest));
}

// ", who bought it in 1994,", ", which opened in the 1920s", "(built in 1860)": the opening of an aside set off
// from its clause, its date still inside (no comma, bracket or clause mark between them).
const ASIDE_OPEN = /(?:,\s+(?:who|which|where|whose)\s|\()[^,;:.!?()"“”]{0,80}$/i;
// "The roof, built in 1994, …", "The crew, founded two years earlier, …": a past participle set off by a comma right
// after the sentence's subject, whose words hold no verb of their own ("He sold the farm, moved …" is no aside).
const PARTICIPLE_ASIDE_OPEN = new RegExp(String.raw`^([^,;:.!?()"“”]{1,60})${SET_OFF_OPENING}([a-z]{3,})\s[^,;:.!?()"“”]{0,80}$`);

/**
 * Whether the date `t` sits in an aside, relative or participle, opened before it in its sentence and closed after it
 * with the sentence going on (ASIDE_CLOSE): the one test asideBesideDay and asideBesideMonth share.
 */
function closedAsideAt(cur: TagCursor, t: Timex): boolean {
  const s = sentenceAt(cur.sentences, t.start);
  return asideOpens(cur, s.start, t.start) && ASIDE_CLOSE.test(cur.text.slice(t.end, s.end));
}

/** Whether the date at `at` sits in an aside opened before it in its sentence (starting at `from`), still open. */
function asideOpens(cur: TagCursor, from: number, at: number): boolean {
  if (ASIDE_OPEN.test(cur.text.slice(Math.max(from, at - 90), at))) return true;
  const m = at - from <= 150 ? PARTICIPLE_ASIDE_OPEN.exec(cur.text.slice(from, at)) : null;
  if (!m || VERB_IN_SUBJECT.test(m[1]) || holdsPastForm(m[1])) return false;
  return phraseParticiple(m[2]);
}

// What follows the date up to the aside's close: a comma or bracket with the sentence going on. Not one that closes
// the sentence ("… the lido, which shut in 1958. That afternoon …"): after it the story may be at the aside's year.
const ASIDE_CLOSE = /^[^,;:.!?()"“”]{0,60}[,)]\s*[a-z(]/i;
// An aside that runs on to the end of its sentence with no other clause after the date.
const ASIDE_ENDS_SENTENCE = /^[^,;:!?()"“”]{0,60}$/;
// What follows the first day of a stretch: "until Monday", "to June 9", "through Friday", "and June 9", "-9".
const SPAN_ON = /^\s*(?:until|till|to|through|and|[-–])(?:\s|\d)/i;

/**
 * "Fire broke out at the warehouse on Oct. 3. The owner, who bought it in 1994, arrived the next morning": a coarser
 * date told in an aside, after a day the story is at told in an earlier sentence, is background to that day, which a
 * day or part of a day counted after it still counts from. Only after a day: with none, the aside's date is the only
 * one there is. Longer counts may still start at the aside ("…, who took over in January 2021, said: 'Sixteen months
 * later we are champions'"), so the focus moves as usual and the aside is only noted.
 */
function asideBesideDay(state: TagState, cur: TagCursor, t: Timex): boolean {
  // A second aside after one that already left the day in focus is background to it too.
  if ((state.focus !== 'day' && !state.focusInAside) || !state.lastDay) return false;
  if (state.lastDaySentence === cur.base + sentenceAt(cur.sentences, t.start).start) return false;
  return closedAsideAt(cur, t);
}

/**
 * "On an October afternoon in 1988 a water main burst. The borough engineer, appointed six months before, sealed it the
 * next morning": a date told in an aside, after a month the story is at told in an earlier sentence, is background to that
 * month, as one beside a day is (asideBesideDay): a day counted after it is a day of that month. The month, its
 * sureness and its anchor, or undefined when the date is no such aside.
 */
function asideBesideMonth(state: TagState, cur: TagCursor, t: Timex): TagState['monthBeforeAside'] {
  if (state.focus !== 'month' || !state.lastMonthDate || state.yearAnchor?.sentence === cur.sentence) return undefined;
  if (!closedAsideAt(cur, t)) return undefined;
  return { month: state.lastMonthDate, stated: !!state.statedMonthDate, anchor: state.yearAnchor };
}

// "in the May 3, 1990, robbery", "after the June 4 vote": the day between "the" and the noun it modifies.
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^,?\s+[a-z]{3,}/;

/** Whether the date at start..end modifies a noun after "the", naming a happening rather than dating a clause. */
function namesHappening(text: string, start: number, end: number): boolean {
  return THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && NOUN_AFTER.test(text.slice(end, end + 16));
}

// "nine years ago, in the spring": a count of years back from publication names its year as "last year" does, but
// only in its own clause (CountedYear).
const AGO_YEAR = /^ago\/ago$/;
const YEAR_NAMED = new RegExp(`^relative-unit/(?:last|this|next)$|${AGO_YEAR.source}`);
// "on 9 January last year, and again on 2 February", "in March this year", "on 9 May 31 years ago": a month or day the
// words give its year (monthRelativeYearRule, dayRelativeYearRule) names that year as "last year" alone does, for the
// days told after it.
const DAY_OF_NAMED_YEAR = /^(?:month|month-day)\/(?:last|this|next|ago|before-last|after-next)-year$/;
const SEASON_YEAR_NAMED = /^season\/[a-z-]+-year$/;

// "from Friday, June 26, to Sunday, June 28", "June 3 through June 7": the word closing a stretch of days.
const SPAN_TO_BEFORE = /(?:\bto|\buntil|\bthrough|[-–])\s*$/i;

/**
 * A date told in the past perfect, before the day the story is at, steps back from it: the story's day is kept for
 * the clauses after the flashback. A date told in another tense ends the flashback (the story moves on from it).
 */
function noteFlashback(state: TagState, cur: TagCursor, t: Timex): void {
  const s = sentenceAt(cur.sentences, t.start);
  if (!pastPerfectAt(cur.text, t.start, s.start, s.end)) {
    state.beforeFlashback = undefined;
    return;
  }
  const story = state.lastDay;
  // A day still ahead (a clinic set for next week) is no story to step back from.
  if (state.beforeFlashback || !story || state.focus !== 'day' || !/^\d{4}/.test(t.value) || (state.dct && toDayNumber(story) > toDayNumber(state.dct))) return;
  const told = t.value.slice(0, 10);
  if (told < fmtDay(story).slice(0, told.length)) state.beforeFlashback = { day: story, stated: !!state.statedDay, anchor: state.dayAnchor, countedBack: COUNT_BACK.test(t.text) };
}

// "three days earlier", "the day before", "the previous night": a day counted back, with no object, from the time told of.
export const COUNT_BACK = /\b(?:earlier|before|previous)\b/i;

/**
 * The day the story is at for a count made at the cursor, when a past-perfect flashback has stepped back from it
 * and the count's own clause is not told in the past perfect (one that is goes on counting in the flashback).
 */
export function storyDayOutsideFlashback(cur: TagCursor, state: TagState): TagState['beforeFlashback'] {
  const story = state.beforeFlashback;
  if (!story) return undefined;
  const s = sentenceAt(cur.sentences, cur.pos);
  return pastPerfectAt(cur.text, cur.pos, s.start, s.end) ? undefined : story;
}
const SINCE_WHEN_AFTER = /^,\s+when\s/i;

/** A date before a later year its sentence already named steps back from where the story is. */
function stepsBackInSentence(state: TagState, year: number, sentence: number): boolean {
  const seen = state.sentenceYears;
  if (seen && seen.sentence === sentence) {
    const back = year < seen.latest;
    seen.latest = Math.max(seen.latest, year);
    return back;
  }
  state.sentenceYears = { sentence, latest: year };
  return false;
}

/**
 * "since 2008" opens a stretch that runs on to the time told of: background to what the text goes on to date.
 * So does a year a clause is about rather than in ("a loss for 2010 on March 30"): neither holds the month after it.
 */
function opensStretch(cur: TagCursor, start: number, rule: string): boolean {
  const { text } = cur;
  return SINCE_LEAD.test(text.slice(Math.max(0, start - 40), start)) || RECORD_SINCE_CLAUSE.test(text.slice(Math.max(0, start - 120), start)) || sinceNounAt(cur, start) || periodYearAt(text, start, rule);
}

// "has searched fields since his fiftieth birthday in 1994", "since the merger in 2011": a noun phrase after "since"
// names the happening a stretch runs on from, and its year is that stretch's start, as "since 1994" is. A verb in the
// phrase ("since his wife died in 1990") makes it a clause, which may be where the story is.
// A happening brought in by "a / an" ("has leaked since a frost in March last year") is the stretch's start only under
// a present perfect, which runs the stretch to publication; under a past perfect ("had been lame since a fall in May")
// it is a new step of the story, which the days after it go on from.
const SINCE_NOUN_LEAD = /\bsince\s+(the|an?|his|her|its|their|our|my|your)\s+((?:[\w'’-]+\s+){1,3})in\s+$/i;

function sinceNounAt(cur: TagCursor, start: number): boolean {
  const m = SINCE_NOUN_LEAD.exec(cur.text.slice(Math.max(0, start - 80), start));
  if (m && /^an?$/i.test(m[1]) && !perfectSinceBefore(cur, start)) return false;
  return !!m && !m[2].split(/\s+/).some((w) => /ed$/i.test(w) || IRREGULAR_PAST.has(w.toLowerCase()) || SAME_FORM_PAST.has(w.toLowerCase()) || /^(?:was|were|is|are|had|has)$/i.test(w));
}

/**
 * A year counted back from publication ("eight years ago"): it names the year of a month or season told after it in its
 * own clause ("nine years ago, in the spring"), not beyond; `before` is the year written before it, which the rest of
 * the text still reads.
 */
interface CountedYear {
  before: TagState['lastYear'];
}

/** A written year is the one the dates after it take theirs from; after "born in" it is also the year ages count from. */
function noteWrittenYear(state: TagState, cur: TagCursor, t: Timex, year: number, since: boolean): void {
  const { text } = cur;
  const start = t.start;
  const month = /^\d{4}-(\d{2})/.exec(t.value);
  const season = seasonWritten(t);
  const counted = AGO_YEAR.test(t.rule) ? { counted: { before: state.lastYear?.counted ? state.lastYear.counted.before : state.lastYear } } : {};
  state.lastYear = { year, pos: cur.base + cur.pos, sentence: cur.sentence, ...(since ? { opensSpan: true } : {}), ...(month ? { month: +month[1] } : {}), ...(season ? { season } : {}), ...counted };
  if (BORN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
    state.birthYear = year;
    state.birthParagraph = (state.paragraphsBefore ?? 0) + cur.para;
  }
}

const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;

/** The season a season-and-year expression writes, or undefined for any other date. */
function seasonWritten(t: Timex): SeasonWritten | undefined {
  if (t.rule !== 'season-year' && t.rule !== 'winter-years' && !SEASON_YEAR_NAMED.test(t.rule)) return undefined;
  const m = SEASON_VALUE.exec(t.value);
  return m ? { code: m[2] as SeasonWritten['code'], year: +m[1], ...(t.rule === 'winter-years' ? { across: true } : {}) } : undefined;
}

const CLOCK_OF_VALUE = /T(\d{2}):(\d{2})/;

// Between a clock time and the day written after it that it is on: "10pm yesterday", "9 a.m., Friday", "noon on 3 May".
const CLOCK_DAY_GAP = /^\s*(?:,\s*|on\s+)?$/;

/** The clock time the story is at on its day (see lastClock), before `day` becomes the day in focus. */
function noteStoryClock(state: TagState, cur: TagCursor, day: Ymd, t: Timex): void {
  const clock = t.type === 'TIME' ? CLOCK_OF_VALUE.exec(t.value) : null;
  if (clock) {
    state.lastClock = +clock[1] * 60 + +clock[2];
    state.lastClockEnd = cur.base + t.end;
    return;
  }
  const sameDay = !!state.lastDay && toDayNumber(state.lastDay) === toDayNumber(day);
  const clocksDay = state.lastClockEnd !== undefined && state.lastClockEnd >= cur.base && cur.base + t.start >= state.lastClockEnd && cur.base + t.start - state.lastClockEnd <= 4 && CLOCK_DAY_GAP.test(cur.text.slice(state.lastClockEnd - cur.base, t.start));
  if (!sameDay && !clocksDay) state.lastClock = undefined;
}

/** The day the story is at, for "the next day" and a bare clock time after it. */
function noteStoryDay(state: TagState, cur: TagCursor, day: Ymd, stated: boolean, anchor: Anchor): void {
  // A headline and a lead take the first two or three paragraphs; a day first dated later is no lead's.
  if (state.leadDay === undefined) state.leadDay = cur.paragraph <= 2 ? day : null;
  state.lastDay = day;
  state.statedDay = stated;
  state.dayAnchor = anchor;
  state.lastDaySentence = cur.base + sentenceAt(cur.sentences, cur.pos).start;
}

// "has kept … since it was founded in ": a present perfect, then "since" (the clause up to the date is SINCE_CLAUSE_LEAD's).
// Read inside the date's sentence only, so a full stop between them is an abbreviation's ("from St. Ives").
const PERFECT_BEFORE_SINCE = /\b(?:has|have)\s+[^;:]{0,100}\bsince\s/i;

/** Whether the date at `start` closes a "since" clause a present perfect in its sentence runs on from. */
function perfectSinceClause(cur: TagCursor, start: number): boolean {
  return SINCE_CLAUSE_LEAD.test(cur.text.slice(Math.max(0, start - 140), start)) && perfectSinceBefore(cur, start);
}

/** Whether a present perfect earlier in the sentence of `start`, within 140 characters, runs on from a "since" before it. */
function perfectSinceBefore(cur: TagCursor, start: number): boolean {
  return PERFECT_BEFORE_SINCE.test(cur.text.slice(Math.max(0, start - 140, sentenceAt(cur.sentences, start).start), start));
}

/** How precisely the story's date is known, for "that day" after "last October". */
function noteFocus(state: TagState, cur: TagCursor, t: Timex, storyDay: boolean, since: boolean, perfectSince: boolean): void {
  if (storyDay) state.focus = 'day';
  // "broke out on Thursday night. The farm has kept ostriches since the spring of 1979. … the next morning": the start
  // of a stretch running on to the time told of is background, no step the story goes back to: the day stays in focus.
  // So is it after a month in focus ("found last October by a man who has searched since his birthday in 1994").
  else if (since && (state.focus === 'day' || state.focus === 'month')) return;
  // "Twelve ponies were turned out on the moor on April 9. The charity has rehomed 400 since it was founded in 1996.
  // … the following night": a stretch a present perfect runs on from a clause's year is background too, for the day:
  // no part of a day counts from a bare year. The year is still the one "the following year" counts from (lastYearDate).
  else if (perfectSince && state.focus === 'day') return;
  // A coarser date after a day in the same sentence is background to it ("landed on Dec. 28, ending a tour
  // that began in December 2008"): "the next morning" after it still counts from the day.
  // A season is a stretch of its year: "the next morning" after "two summers ago" is a day of that year.
  else if (/^\d{4}(?:-\d{2}|-(?:SP|SU|FA|WI))?$/.test(t.value) && state.lastDaySentence !== cur.base + sentenceAt(cur.sentences, cur.pos).start) {
    state.focus = t.value.length === 4 || /[A-Z]$/.test(t.value) ? 'year' : 'month';
  }
}

/** The month or year "that year", "the following month" count from (a telling's date is not one). */
// ", after a grant was awarded in the summer of 2018": a clause after the sentence's date, placing a happening before
// it; with or without a comma ("closed in 2004 following a fire in 2003", "stopped in 1989 after a hearing, held in
// 1988, was told …", "shut in 1995 after losses that began in 1993").
const SET_OFF_AFTER = /(?:,\s+|\s)(?:after|following)\s[^;.!?]{0,80}$/i;

/**
 * "Work began in March 2019, after a grant was awarded in the summer of 2018, but it stopped the following year": an
 * earlier year in a set-off after-clause is background to the sentence's own date, which "the following year" still
 * counts from.
 */
function orderedBefore(state: TagState, text: string, t: Timex, anchor: Anchor): boolean {
  const last = state.lastYearDate;
  const y = /^(\d{4})/.exec(t.value);
  if (!last || !y || state.yearAnchor?.sentence !== anchor.sentence || +y[1] >= last.y) return false;
  return SET_OFF_AFTER.test(text.slice(Math.max(0, t.start - 90), t.start));
}

const WEEK_VALUE = /^\d{4}-W\d{2}$/;
// "two summers ago", "the winter before last": a season the words count back from publication by whole years, its
// year never written (seasonCountedBack).
const SEASON_COUNTED_BACK = /^season\/(?:ago|before-last)(?:\/|$)/;

function noteDateCountedFrom(state: TagState, t: Timex, since: boolean, stated: boolean, anchor: Anchor): void {
  const ym = /^(\d{4})(?:-(\d{2}))?/.exec(t.value);
  // A stretch's start is no happening to count on from ("came in 1997 under a scheme run since 1988. The next
  // spring …" is 1998): the date before it stays in focus, when there is one.
  if (ym && !(since && state.lastYearDate)) {
    const p = { y: +ym[1], m: ym[2] ? +ym[2] : 1, d: 1 };
    // A season of a year ("in the spring of 1963") is a stretch of months: "the following January" after it counts
    // from its first month, not from the publication date.
    // Looked up only for a value with no month: a property read by a fresh string (the sliced "05-01") makes V8 look
    // the string up in its table, and this runs for every dated expression.
    const season = ym[2] ? undefined : SEASON_FIRST_MONTH[t.value.slice(5)];
    // "It was a year ago this week that I took on the plot … the summer before": a week told is in the month its first
    // day is in, which a season or month counted from it goes from.
    const week = !ym[2] && !season && WEEK_VALUE.test(t.value) && t.exact ? parseYmd(t.exact.start) : null;
    state.lastYearDate = p;
    state.lastMonthDate = ym[2] ? p : season ? { ...p, m: season } : week ? { y: week.y, m: week.m, d: 1 } : null;
    state.seasonCountedBack = !!season && SEASON_COUNTED_BACK.test(t.rule);
    state.statedYearDate = stated;
    state.statedMonthDate = stated;
    state.yearAnchor = anchor;
  }
}

// "the 1998-99 season", "the 2015/16 season": a season written with the two years it spans.
export const SEASON_ACROSS_YEARS = /\b(?:1[89]|20)\d{2}[-–/](?:\d{2}|(?:1[89]|20)\d{2})\s+season\b/i;

// A season's opening, "the season began …" or "will open its new season …": where the text places it says which sport
// or stage it is.
const SEASON_OPENING = /\b(?:season\s+(?:opens|opened|begins|began|starts|started)|(?:open|opens|opened|opening|begin|begins|began|start|starts|started)\s+(?:(?:its|their|our|his|her|the|a|new)\s+){0,2}(?:autumn\s+|winter\s+)?season)\b/gi;
const MID_SEASON = /\bmid-?season\b/gi;
const MONTH_OR_AUTUMN = new RegExp(`(?<![A-Za-z])(?:${MONTH_RE})(?![a-z])|\\b[Aa]utumn\\b`);

/** The first month (9 for "autumn") named in `text` from `from` up to `end`, if any. */
function firstMonthNamed(text: string, from: number, end: number): number | undefined {
  // Only the window is read: a search past it would run on to the text's end for every opening with no month.
  const m = MONTH_OR_AUTUMN.exec(text.slice(from, end));
  return m ? (/autumn/i.test(m[0]) ? 9 : monthNumber(m[0])) : undefined;
}

// The last piece's answer: the rule context asks once per season phrase and leavePiece once more, of the same text.
let crossing: { text: string; sentences: Span[]; result: boolean } | undefined;

/**
 * A piece whose seasons run over the turn of the year: one written with both years ("the 1998-99 season"); one whose
 * opening the text places in the autumn, in its own sentence or the next ("The season began slowly. We lost our first
 * two games in October", "will open its new season on 30 September"); or one whose middle is in the winter months ("the
 * mid-season break ends on 4 January"). A season opened in the spring or summer keeps its year.
 */
export function seasonsCrossYear(text: string, sentences: Span[]): boolean {
  if (crossing?.text !== text || crossing.sentences !== sentences) crossing = { text, sentences, result: crossesYear(text, sentences) };
  return crossing.result;
}

function crossesYear(text: string, sentences: Span[]): boolean {
  if (SEASON_ACROSS_YEARS.test(text)) return true;
  const sentenceEnd = (at: number, more: number): number => {
    const i = sentenceIndexAt(sentences, at);
    return i < 0 ? Math.min(text.length, at + 200) : sentences[Math.min(sentences.length - 1, i + more)].end;
  };
  for (const m of text.matchAll(SEASON_OPENING)) {
    const month = firstMonthNamed(text, m.index + m[0].length, sentenceEnd(m.index, 1));
    if (month !== undefined && month >= 8 && month <= 11) return true;
  }
  for (const m of text.matchAll(MID_SEASON)) {
    const month = firstMonthNamed(text, m.index + m[0].length, sentenceEnd(m.index, 0));
    if (month === 12 || month === 1 || month === 2) return true;
  }
  return false;
}

/** Counts the piece's paragraphs and sentences, so that the next piece counts on from them. */
export function leavePiece(state: TagState, cur: TagCursor): void {
  state.paragraphsBefore = (state.paragraphsBefore ?? 0) + cur.paras.filter((at) => at < cur.text.length).length;
  if (!state.seasonsSpanYears && seasonsCrossYear(cur.text, cur.sentences)) state.seasonsSpanYears = true;
  state.sentencesBefore = (state.sentencesBefore ?? 0) + cur.sentences.length;
  const last = cur.paras.filter((at) => at < cur.text.length).pop();
  state.questionBefore = last !== undefined && cur.text.length - last <= 240 && asksQuestion(cur.text.slice(last));
}
