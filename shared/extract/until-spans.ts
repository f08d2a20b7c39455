// "until <date>" and "until <clause>": a stretch that ends at a date, and where it starts (publication, the clause
// before, or the happening told before it).

import type { EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, MONTH_VALUE, parseYmd, type Ymd } from '../time-value';
import { type Anchored, type Clause, namedSubjectEnd, subjectVerbAt } from './anchor';
import { trimmedEnd } from './clause-words';
import { ANTECEDENT_ONLY, type ClauseWork, type Draft, singleDay } from './draft';
import { type NarrativeContext, startBefore } from './narrative';
import { boundWordBefore, DEFINITE_DETERMINER, GRANT_LEADS, NAMED_TIME_OF_DAY_RE, NUMBER_WORD_RE, parseCount, PERFECT_LEADS } from './lexicon';
import { dateFromTimex, fmtHuman } from './resolve';
import type { Unit } from './segment';
import { happeningOf, perfectGrantBefore, tenseAt } from './tense';
import { titled, type TitleDraft } from './title';
import type { Timex } from './types';
import { isPartOfPeriod } from '../document-core';

/**
 * "Fans gathered on Sunday evening … The celebrations went on until dawn on Monday": a past stretch up to a date
 * starts at the happening told just before it, in its own paragraph (an earlier sentence, or the clause before),
 * or the last one of the paragraph before. Left as the date alone when none is earlier.
 */
export function spanToUntil(d: Draft, text: string, drafts: Draft[], unitFirst: number, ctx: NarrativeContext, opensParagraph: boolean): void {
  d.date.rule = d.date.rule!.slice(0, -UNTIL_OPEN.length);
  // "By Friday it had …" is on that day or before it: the bound is the day itself (doneBy, deadlines.ts).
  const byDay = d.date.mod === 'before' && DAY_VALUE.test(d.date.start);
  const day = byDay || !d.date.mod ? d.date.start : null;
  if (!day) return;
  // "It was shut until 2005" need not have begun with what the sentence before tells; "ran it from its first day
  // until 1994" and "By Sunday it had …" count from it.
  // So does "It then stalled until the autumn": "then" before the "until" carries on from what was told before.
  const own = text.slice(d.start, d.end);
  const across = !!byDay || FROM_ANAPHOR.test(own) || THEN_BEFORE_UNTIL.test(own);
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

// "It runs until May 9", "The fair will stay open until Sunday": a sentence that is only its subject and a verb of
// going on up to a date, the subject a pronoun or a noun for a show or an event.
// A short place between the verb and "until" ("will run on the common until May 9") changes nothing.
const GOES_ON_UNTIL = /^(?:it|the\s+(?:show|exhibition|exhibit|display|fair|festival|season|production|run|series|event|programme|program))\s+(?:will\s+|is\s+to\s+)?(?:runs?|continues?|lasts?|(?:stays?|remains?)\s+open)\s+(?:(?:on|at|in)\s+(?:the\s+)?[\w'’-]+\s+)?(?:until|till|through|to)\s/i;
// The first words of untilFromNow's note for a stretch from publication.
const FROM_PUBLICATION_NOTE = /^“until [^”]{1,80}”: from publication \([^)]{1,40}\) up to then\.\s*/;
// The verbs a show or a fair opens by, a run going on after them: read by openingRunStart and opensOn.
const SHOW_OPENS = String.raw`open|opens|opened|reopen|reopens|reopened|go\s+on\s+show|goes\s+on\s+show|went\s+on\s+show`;
// "will open the show on Friday", "a fair that opens on April 12": the sentence before tells the day it opens.
// A word of opening, then "on" before its day within the sentence part (read from each such word, so linear).
const OPENING_WORD = new RegExp(String.raw`\b(?:${SHOW_OPENS}|opening|starts|begins|premieres)\b`, 'gi');
const ON_AHEAD = /^[^.;:!?]{0,80}?\bon\s/;

function opensOn(text: string): boolean {
  for (const m of text.matchAll(OPENING_WORD)) if (ON_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 84))) return true;
  return false;
}

/**
 * "A kite show opens on Saturday. It continues until May 9.": a stretch told from publication whose
 * sentence only says the thing goes on up to its date starts at the day the sentence before in the paragraph opened
 * it on, when that sentence tells an opening and every event it dates is on that one day. `before` is that sentence's
 * drafts.
 */
export function untilFromOpeningBefore(d: Draft, u: Unit, prev: Unit | undefined, before: Draft[], opening?: EventDate): void {
  if (!d.date.end || d.date.mod || !GOES_ON_UNTIL.test(u.paraText.slice(d.start, d.end).trimStart())) return;
  // A show that "runs until" a date has not run for years: an opening over a year before the end is another's.
  const yearBefore = `${+d.date.end.slice(0, 4) - 1}${d.date.end.slice(4)}`;
  const inReach = (day: string | null | undefined): day is string => !!day && day < d.date.end! && day >= yearBefore && day !== d.date.start;
  const toldBefore = !!prev && prev.paragraphId === u.paragraphId && opensOn(u.paraText.slice(prev.start, prev.end));
  const days = toldBefore ? new Set(before.filter((p) => p.paragraphId === u.paragraphId && p.start >= prev!.start).map(singleDay)) : new Set<string | null>();
  const [day] = days;
  if (days.size !== 1 || !inReach(day)) {
    // "The fair's opening on Saturday filled the square, … It will stay until 3 October": else an opening the article named by the
    // noun with a date of its own, already past, starts the run.
    if (opening && !opening.mod && inReach(opening.start) && DAY_VALUE.test(opening.start) && d.date.start > opening.start) startAtOpening(d, opening.start, opening, 'the article told earlier', 'until-from-named-opening');
    return;
  }
  const from = before.find((p) => singleDay(p) === day)!;
  startAtOpening(d, day, from.date, `the sentence before tells (“${from.title}”)`, 'until-from-opening-before');
}

// "the fair's opening on Saturday", "the opening last night": the noun of a show's opening right beside its date.
const OPENING_BESIDE_DATE = /^(?:['’]s)?\s+(?:[a-z-]+\s+)?opening\b|\bopening\s+(?:night\s+)?(?:on|in)\s+$/i;

/** Notes an opening the draft `d` dates by the noun beside its date, already past at publication (ctx.opening). */
export function noteOpening(ctx: NarrativeContext, text: string, d: Draft, timexes: readonly Timex[]): void {
  if (d.date.mod || !DAY_VALUE.test(d.date.start) || (ctx.published && d.date.start > fmtDay(ctx.published))) return;
  const beside = timexes.some((t) => t.start >= d.start && t.end <= d.end && t.type !== 'DURATION' && (OPENING_BESIDE_DATE.test(text.slice(t.end, Math.min(d.end, t.end + 30))) || OPENING_BESIDE_DATE.test(text.slice(Math.max(d.start, t.start - 24), t.start))));
  if (beside) ctx.opening = d.date;
}

// "lasts from the opening night till", "from the reopening until": the run's start is named by the opening's noun.
const FROM_THE_OPENING = /\bfrom\s+(?:the|its|their)\s+(?:re)?opening(?:\s+(?:day|night|weekend))?\s+(?:until|till|through|to)\s/i;
// A verb of opening (not a state of being open: "stays open till ten", "is open daily").
const OPENS_VERB = /(?<!\b(?:stay|stays|stayed|remain|remains|remained|be|is|are|was|were|been|keep|keeps|kept)\s)\b(?:re)?open(?:s|ed)?\b(?!\s+(?:late|early|daily|each|every|all)\b)/i;

/** Notes the day a draft tells a thing opened or will open on, by a verb of opening (ctx.openingDay). */
export function noteOpenedOn(ctx: NarrativeContext, text: string, d: Draft): void {
  if (!d.date.mod && !d.date.end && DAY_VALUE.test(d.date.start) && OPENS_VERB.test(text.slice(d.start, d.end))) ctx.openingDay = d.date;
}

/**
 * "The gallery opens on 3 May. Tours go on from the opening night till 30 June": a run told from publication
 * whose clause names its start by the opening's noun starts on the day the article told the opening on, when that
 * day is after the run's start so far and before its end.
 */
export function untilFromTheOpening(d: Draft, text: string, opened?: EventDate): void {
  if (!opened || !d.date.end || d.date.mod || !FROM_THE_OPENING.test(text.slice(d.start, d.end))) return;
  if (opened.start <= d.date.start || opened.start >= d.date.end) return;
  startAtOpening(d, opened.start, opened, 'the article told earlier', 'until-from-opening-told');
}

/**
 * The run `d`, told until a date and so far read from publication, starts on `day`, the day of an opening (`opening`
 * its date) the article told where `told` says; `rule` replaces the rule's "until-from-publication".
 */
function startAtOpening(d: Draft, day: string, opening: EventDate, told: string, rule: string): void {
  // Its note said it ran from publication; it now runs from the opening.
  const rest = (d.date.note ?? '').replace(FROM_PUBLICATION_NOTE, '');
  d.date.note = `“until”: from the day of the opening ${told} up to then.${rest ? ` ${rest}` : ''}`;
  d.date.start = day;
  if (opening.basis !== d.date.basis) d.date.basis = 'publication';
  d.date.rule = d.date.rule!.replace(/\/until-from-publication$/, `/${rule}`);
  if (opening.yearUncertain) d.date.yearUncertain = true;
}

// "then", "thereafter", "after that" before "until" in the same clause (not "then-mayor", not "until then").
const THEN_BEFORE_UNTIL = /\b(?:then|thereafter|afterwards?|after\s+that)\b(?!-)[^.;:!?]{0,80}?\buntil\s/i;
const UNTIL_THE = /\buntil\s+(?:the\s+)?$/i;
// "through Sunday", not a weekday's range of opening hours ("Monday through Friday").
const THROUGH_BEFORE = boundWordBefore('through|thru');
const DEADLINE_WORDS = /\b(?:applications?|apply|accepted|register|registrations?|entries|submissions?|claims?|nominations?|bookings?)\b/i;
// Where a bound's word stands in the words before its date.
const BOUND_WORD = /\b(?:until|till|up\s+to|through|thru)\s/i;
const FROM_ANAPHOR = /\bfrom\s+(?:(?:its|the|their|his|her|that)\s+(?:very\s+)?(?:first\s+day|start|beginning|outset|opening|founding)|then|that\s+(?:day|time|moment))\b/i;
// "until Nov. 26", "until dawn on Monday", "until her retirement in 1994": the date ends what the clause tells.
// "until at least 27 February": the date still ends the stretch, as a lower bound on its end.
// "till" and "up to" before a date are "until" (the bound included: see doneBy in deadlines.ts).
export const UNTIL_BEFORE = new RegExp(String.raw`\b(?:until|till|up\s+to)\s+(?:at\s+least\s+)?(?:(?:${NAMED_TIME_OF_DAY_RE}\s+(?:on\s+)?)|(?:the|her|his|its|their)\s+(?:[\w'’-]+\s+){1,3}?(?:in|on)\s+)?$`, 'i');
// "will stay in force until the end of September": the stretch runs to the month the end is of.
const UNTIL_END_OF = /\b(?:until|till|up\s+to)\s+(?:at\s+least\s+)?the\s+(?:end|close)\s+of\s+$/i;
// "have until May 13 to apply" is a deadline day; "will not reopen until May", "wait until May" happen at the date.
// So do "no one else managed it until 1958", "nobody saw it until May": what nobody did before the date, someone did then.
const UNTIL_NOT_SPAN = /\b(?:(?:not|n['’]t|never)\s+(?:[a-z]+\s+){0,3}?|(?:no[\s-]one|nobody|none|nothing)\s+(?:[a-z]+\s+){0,4}?|(?:wait|waits|waited|waiting|has|have|had|postponed|delayed|deferred|adjourned)\s+)until\s/i;
// Still to come, two of those are stretches from publication after all. "will not sail until at least 19 May": the
// date is only a lower bound on when it happens, so what the clause tells is the stop up to it. "The builder has until
// 30 June to lodge an objection": one party's time to act, a window open from now (an application deadline set for
// the public, "have until 30 June to apply", stays the day: see APPLY_AFTER).
const UNTIL_AT_LEAST = /\buntil\s+at\s+least\s+$/i;
const HAS_UNTIL = /\b(?:has|have)\s+until\s+$/i;
const APPLY_AFTER = /^,?\s+to\s+(?:apply|register|enrol|enroll|sign\s+up|file|submit|claim|book)\b/i;
// "until her death in", "until the mill shut in": a happening with its own date after "until" (UNTIL_BEFORE's
// words between a determiner and "in" / "on").
const UNTIL_HAPPENING = new RegExp(String.raw`\b(?:until|till)\s+(?:${DEFINITE_DETERMINER})\s+(?:[\w'’-]+\s+){1,3}?(?:in|on)\s+$`, 'i');
// A past stretch "until" a date whose start is the happening told before it: marked for the paragraph's pass.
export const UNTIL_OPEN = '/until-open';
// The clause before ends its sentence part with "and" or "but" before the second predicate, with no full stop between.
const AND_OPENING = /^[^.;:!?]*\b(?:and|but)\s+/i;
// A subject of its own, a noun with its determiner, and a verb not in the simple past ("the league has agreed"): a
// past one ("but the seam was worked until 1924") still goes on from the clause before.
const NEW_SUBJECT = /^(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){1,4}?(?:has|have|is|are|will|would)\b/i;
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
  const ownEnd = untilClauseEnd(text, at, c.end, a.inClause);
  const own = a.inClause.find((t) => t.start > at && t.end <= ownEnd && t.type === 'DATE');
  const endDate = own && dateFromTimex(own, published);
  if (!own || !endDate) return null;
  // Only a plain date ends a stretch; a clause that keeps its own date may hold any.
  const plain = !endDate.mod && !endDate.end && !date.mod;
  let from: EventDate | undefined;
  let keep = false;
  if (!plain && own === main) return null;
  if (own === main) {
    const prev = anchored.findLast((p) => p.clause.end <= c.start && !p.end && !p.bound);
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

/**
 * Where the until-clause starting at `at` ends: its first comma, semicolon or colon, but not a comma inside one of its
 * dates ("until it opened on May 1, 1845, when …" runs past "May 1,").
 */
function untilClauseEnd(text: string, at: number, end: number, dates: Timex[]): number {
  const stops = /[,;:]/g;
  // "until a new vet, Dr Ann Bell, joined in March": the commas around the name are inside the clause.
  const verb = namedSubjectEnd(text, at + 5);
  stops.lastIndex = verb >= 0 && verb < end ? verb : at;
  for (let s = stops.exec(text); s && s.index < end; s = stops.exec(text)) {
    if (!dates.some((t) => t.start < s!.index && t.end > s!.index)) return s.index;
  }
  return end;
}

/** The title of an until-clause: its words without "until" and its date. */
function titledUntil(text: string, at: number, own: Timex, ownEnd: number): { title: string; drafted: TitleDraft } {
  return titled(`${text.slice(at + 6, own.start).replace(/\s+(?:in|on|at|during)\s*$/i, '')}${text.slice(own.end, ownEnd)}`.trim());
}

/**
 * The stretches "until" makes of the clause's date: from the date of the clause before ("retired in 1996 but kept
 * teaching until last year"), up to an until-clause's own date, from publication when told in the present or the
 * future, or (marked UNTIL_OPEN) from the happening told before it, which the paragraph's pass finds (spanToUntil).
 */
export function untilSpans(w: ClauseWork): void {
  const { u, a, main, date } = w;
  // "until the autumn": a season's months end the stretch at their start, as a month's name does; so do a season's
  // with its year written ("stayed shut until the spring of 2010", "lay untouched until the summer of 1971").
  const season = !!date.end && /^season\b/.test(date.rule ?? '');
  const before = u.paraText.slice(Math.max(w.c.start, main.start - 48), main.start);
  const endOf = date.mod === 'end' && /^\d{4}(?:-\d{2})?$/.test(date.start) && (UNTIL_END_OF.test(before) || (UNTIL_BEFORE.test(before) && /^the\s+(?:end|close)\s+of\s/i.test(main.text)));
  // "have until the middle of March", "is shut until early March": a month's hedged part ends the stretch too, at the
  // month (the gold convention leaves such modifiers unencoded).
  const partOf = (date.mod === 'mid' || date.mod === 'start') && MONTH_VALUE.test(date.start) && UNTIL_BEFORE.test(before);
  const untilAt = !a.end && (!date.end || season) && (!date.mod || endOf || partOf) && (UNTIL_BEFORE.test(before) || endOf || (season && UNTIL_THE.test(before)));
  // "The exhibition runs through May 13", "Fishing is banned through Sunday": told in the present or the future,
  // "through" ends a stretch from publication as "until" does (told in the past it is left alone: "kept watch through
  // Tuesday night" goes on from a start the text may give, and "through" may be no bound at all).
  // "Applications will be accepted through Oct. 10" is a deadline, a day (as "have until … to apply" is).
  const throughAt = !untilAt && !a.end && !date.end && !date.mod && THROUGH_BEFORE.test(before) && !DEADLINE_WORDS.test(before) && tenseAt(before, before.length) !== 'past';
  const seasonEnd = season ? date.end : undefined;
  if (untilAt) untilFromClauseBefore(w);
  // "…, and it carried the line until the line closed in 1965": the stretch from the clause before ends at a happening
  // the until-clause tells with its own subject and verb, an event of its own on that date.
  if (untilAt && date.end && date.rule?.endsWith('/until-from-clause-before')) untilOwnHappening(w);
  // "went on to coach the team until he retired in 1989", "was listed from 1986 until the family bought the shares
  // back in 2001": a clause of its own after "until", with its own date, ends the stretch and is a happening of its
  // own on that date.
  if (!a.end && !date.end) untilClause(w);
  // "turned birds away in January and February, until a new vet joined in March": after a stretch the clause already
  // names, an until-clause with its own subject, verb and date is still a happening of its own; the stretch stays.
  else if (!untilAt) untilClause(w, true);
  if (!a.end && !date.end && !date.mod) untilNamedEnd(w);
  if (!a.end && !date.end && !date.mod) fromUpToStop(w);
  if ((untilAt && (!date.end || date.end === seasonEnd)) || throughAt) untilFromNow(w, u.paraText.slice(w.c.start, main.start), !!seasonEnd);
}

/** "retired in 1996 but kept teaching until last year": the second predicate runs from the first one's date. */
function untilFromClauseBefore(w: ClauseWork): void {
  const { u, c, main, date, published, anchored } = w;
  const prevClause = anchored.findLast((p) => p.clause.end <= c.start && !p.end);
  const prevDate = prevClause && dateFromTimex(prevClause.main, published);
  // "was first explored in 1908, but the sump was not passed until 1961": a negated "until" tells when it happened.
  if (UNTIL_NOT_SPAN.test(u.paraText.slice(c.start, main.start))) return;
  // "meets on Thursday, and the league has agreed to take entries until Jan. 10": a conjunct with a subject of its own
  // tells of another doing, which need not start with the clause before's.
  const opening = prevDate ? AND_OPENING.exec(u.paraText.slice(prevClause!.main.end, c.start + 12)) : null;
  const ownSubject = !!opening && NEW_SUBJECT.test(u.paraText.slice(prevClause!.main.end + opening[0].length, main.start));
  // "Schools stay shut until Thursday, and speed limits stay in force until 1 October": a date the clause before itself
  // reached with "until" is where its stretch ends, no start for the next one's.
  const prevEnds = !!prevClause && UNTIL_BEFORE.test(u.paraText.slice(Math.max(prevClause.clause.start, prevClause.main.start - 48), prevClause.main.start));
  if (prevDate && !prevDate.mod && !prevDate.end && opening && !ownSubject && !prevEnds && prevDate.start < date.start) {
    date.note = `“until ${main.text}”, after ${prevClause!.main.text} in the clause before: from then to then.${date.note ? ` ${date.note}` : ''}`;
    date.end = date.start;
    date.start = prevDate.start;
    // "until the end of June": the stretch runs to the period's end, the whole of it included (the bound convention).
    if (isPartOfPeriod(date.mod)) delete date.mod;
    date.rule = `${date.rule}/until-from-clause-before`;
    if (prevDate.yearUncertain) date.yearUncertain = true;
  }
}

// "will open on 20 May and remain there until October", "opens on Saturday and runs until 15 October": a thing's
// opening and its run after "and", one showing from the first date to the second.
// Not any start ("starts", "begins"): a phase or a trial that starts in one month and runs to another is often
// told with an aside between its subject and verb, and from the clause's start its title loses the subject.
const OPENING_THEN_RUN = new RegExp(String.raw`\b(?:${SHOW_OPENS})\b[^,;:]{0,80}$`, 'i');
const RUN_AFTER_AND = /^\s*(?:and|but)\s+(?:will\s+)?(?:run|runs|ran|remain|remains|remained|stay|stays|stayed|continue|continues|continued|last|lasts|lasted)\b/i;

/**
 * Where the evidence of a run dated by untilFromClauseBefore starts when it goes on from a thing's opening ("…, which
 * opens at the library on Saturday and runs until 15 October"): at the start of the opening's clause. Else its
 * evidence would hold the run alone ("runs until 15 October"), naming neither the thing nor the first date; from the
 * clause's start it holds the subject (or the relative pronoun that stands for it) and the opening, one showing from
 * the first date to the second. Undefined unless the clause before holds an opening verb within 80 characters of its
 * date and no comma between, and this clause opens on "and" or "but" and a verb of running on.
 */
export function openingRunStart(w: ClauseWork): number | undefined {
  const { u, c, date, anchored } = w;
  if (!date.rule?.endsWith('/until-from-clause-before')) return undefined;
  const prev = anchored.findLast((p) => p.clause.end <= c.start && !p.end);
  // Words after the opening's date ("on Saturday at the library and runs") are passed over up to the "and".
  if (!prev || !RUN_AFTER_AND.test(u.paraText.slice(prev.main.end, c.start + 30).replace(/^[^,;]*?(?=\s(?:and|but)\s)/i, ''))) return undefined;
  return OPENING_THEN_RUN.test(u.paraText.slice(prev.clause.start, prev.main.start)) ? prev.clause.start : undefined;
}

/** The until-clause holding the clause's date, when it opens with its own subject and verb: an event on that date. */
function untilOwnHappening(w: ClauseWork): void {
  const { u, c, a, main, published } = w;
  const text = u.paraText;
  const lead = text.slice(Math.max(c.start, main.start - 48), main.start);
  const k = lead.search(/\buntil\s[^,;:]*$/i);
  if (k < 0) return;
  const at = main.start - lead.length + k;
  // The until-clause's verb comes before its date: "until the autumn of 2011 while surveyors …" is a date, and the
  // subject and verb after it belong to another clause. (A "verb" at the date's own first word, "until the fall of
  // 2011", is the date, so a date right after "until" or "until the" never has a verb before it.)
  const verb = subjectVerbAt(text, at + 5);
  if (at <= c.start || verb < 0 || verb >= main.start) return;
  const ownEnd = untilClauseEnd(text, at, c.end, a.inClause);
  const own = dateFromTimex(main, published);
  const title = own && main.end <= ownEnd ? titledUntil(text, at, main, ownEnd) : null;
  if (!own || !title?.title) return;
  w.emit({ paragraphId: u.paragraphId, start: at, end: ownEnd, ...title, date: { ...own, rule: `${own.rule}/until-clause-own` } });
  w.c = { ...c, end: trimmedEnd(text, c.start, at) };
}

// "traded from 1950 until a fire in 1987", "hung there from 1933 until a refit five years ago", "ran it from 1962 until
// her retirement in 1990": after a start told with "from", "until" and a happening named by a noun, with its own date,
// end the stretch at that date (the noun told with any determiner, not only the one UNTIL_BEFORE reads).
const UNTIL_NAMED = /^\s+until\s+(?:the|a|an|its|their|his|her|our|my|this|that)\s+(?:[\w'’-]+\s+){1,5}?(?:(?:in|on|at|during)\s+)?$/i;

/** "from <date> until <a named happening> <date>": the stretch from the clause's date to the happening's. */
function untilNamedEnd(w: ClauseWork): void {
  const { u, a, main, date, published } = w;
  if (!/\bfrom\s+$/i.test(u.paraText.slice(Math.max(w.c.start, main.start - 6), main.start))) return;
  const own = a.inClause.find((t) => t.start > main.end && t.type === 'DATE');
  if (!own || own.end > w.c.end || !UNTIL_NAMED.test(u.paraText.slice(main.end, own.start))) return;
  const endDate = dateFromTimex(own, published);
  if (!endDate || endDate.mod || endDate.end || !(date.start < endDate.start.slice(0, date.start.length))) return;
  date.end = endDate.start;
  if (endDate.yearUncertain) date.yearUncertain = true;
  date.rule = `${date.rule}/until-named`;
  date.note = `From ${main.text} up to “${u.paraText.slice(main.end, own.end).trim()}”.${date.note ? ` ${date.note}` : ''}`;
  // The named happening is an event of its own on its date ("a refit five years ago"), as an until-clause is.
  const at = u.paraText.indexOf('until', main.end);
  const ownEnd = untilClauseEnd(u.paraText, at, w.c.end, a.inClause);
  const title = titledUntil(u.paraText, at, own, ownEnd);
  if (!title.title) return;
  w.emit({ paragraphId: u.paragraphId, start: at, end: ownEnd, ...title, date: { ...endDate, rule: `${endDate.rule}/until-named-own` } });
  w.c = { ...w.c, end: trimmedEnd(u.paraText, w.c.start, at) };
}

// "The trust, which paid the warden a wage from 1961, stopped it in 1994", "was worked from the 1890s with coal from the
// pit, which closed in 1962": a stretch opened with "from" and no end of its own, in a sentence whose later clause
// tells a stop, a closing or a withdrawal in the past with its own date right after the verb and its object, runs up
// to that date. No "until", "to" or "and" takes another end first, and the stop is reached within the sentence.
const STOPPED_LATER = /^[^;:]{0,120}?\b(?:stopped|ended|closed|shut|ceased|scrapped|abolished|withdrew|halted|axed|gave\s+(?:it|them)\s+up)\b(?:\s+(?:it|them|down|for\s+good))?\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$/i;
const OTHER_END = /^\s*(?:to|until|till|through|-|–)\s/i;

/** "from <date>" with no end, a stop told later in the sentence with its own date: the stretch up to that date. */
function fromUpToStop(w: ClauseWork): void {
  const { u, main, date, published } = w;
  if (!/\bfrom\s+(?:the\s+)?$/i.test(u.paraText.slice(Math.max(w.c.start, main.start - 10), main.start))) return;
  if (OTHER_END.test(u.paraText.slice(main.end, main.end + 8))) return;
  const stop = u.timexes.find((t) => t.start > main.end && t.type === 'DATE' && t.start <= u.end);
  if (!stop || !STOPPED_LATER.test(u.paraText.slice(main.end, stop.start))) return;
  const endDate = dateFromTimex(stop, published);
  if (!endDate || endDate.mod || endDate.end || !(date.start < endDate.start.slice(0, date.start.length))) return;
  date.end = endDate.start;
  if (endDate.yearUncertain) date.yearUncertain = true;
  date.rule = `${date.rule}/up-to-stop`;
  date.note = `From ${main.text} up to “${u.paraText.slice(main.end, stop.end).replace(/^[^,;]*,\s*/, '').trim()}”, the stop told after it.${date.note ? ` ${date.note}` : ''}`;
}

/** The until-clause as an event of its own, the clause's date made the stretch it ends, and the clause cut before it. */
function untilClause(w: ClauseWork, keepOnly = false): void {
  const { u, c, a, main, date, published, anchored } = w;
  const untilSplit = untilClauseSplit(u, c, a, main, date, anchored, published);
  if (!untilSplit || (keepOnly && !untilSplit.keep)) return;
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
  w.emit({ paragraphId: u.paragraphId, start: at, end: ownEnd, ...ownTitle, date: { ...endDate, rule: `${endDate.rule}/until-clause-own` } });
  w.c = { ...c, end: trimmedEnd(u.paraText, c.start, at) };
}

// "a show that will run until Sept. 1", "the drill, which lasts until Friday": a relative clause telling how long the
// thing the sentence's happening brings in goes on. Not a clause of another subject's ("and the board will take
// comments until Jan. 10"), which need not start then.
const RELATIVE_UNTIL = /\b(?:which|that)\s+(?:[a-z]+\s+){1,3}?until\s+$/i;

/**
 * The day a clause before this one in the sentence is dated to, when it is still to come (after `pub`) and before the
 * clause's own "until" date: where a stretch up to that date starts. Null when there is none.
 */
function laterStartBefore(w: ClauseWork, pub: string): { text: string; date: EventDate } | null {
  const { a, main, date, anchored, published, u, c } = w;
  const prev = anchored.findLast((p) => p !== a && p.main.end <= main.start && p.clause.end <= a.clause.start + 1);
  const prevDate = prev ? dateFromTimex(prev.main, published, prev.end) : null;
  if (!prev || !prevDate || prevDate.mod || !DAY_VALUE.test(prevDate.start) || !(prevDate.start > pub) || !(prevDate.start < date.start)) return null;
  // "travel there on Jan. 4 before the winter break, which runs until Jan. 16": the break comes after that day, so the
  // stretch starts the day after it. A single day only: the last day of a range is where its happening ends.
  const between = (prev.end ?? prev.main).end <= c.start ? u.paraText.slice((prev.end ?? prev.main).end, c.start) : '';
  if (!prev.end && BEFORE_THE_NOUN.test(between)) {
    const next = fmtDay(addDays(parseYmd(prevDate.start)!, 1));
    if (next < date.start) return { text: `the day after ${prev.main.text}`, date: { ...prevDate, start: next } };
  }
  return { text: prev.main.text, date: prevDate };
}

// "a four-year lease that runs until", "a six-month trial which will last through": a thing of a told length whose end
// the date gives.
const LENGTH_THAT_RUNS = new RegExp(
  String.raw`\b(?:a|an)\s+((\d{1,2}|${NUMBER_WORD_RE})-(year|month|week|day))\s+(?:[a-z]+\s+)?[a-z]+\s+(?:that|which)\s+(?:will\s+)?(?:runs?|lasts?)\s+(?:until|till|through|to)\s+$`,
  'i',
);

/** The first day of the told length that ends on `end` (a day), when `lead` tells one ("a two-year deal that runs until"). */
function startOfLength(lead: string, end: string): { start: string; length: string } | null {
  // Its words fit in the 80 characters before the date; reading no further keeps the pattern's work bounded.
  const m = LENGTH_THAT_RUNS.exec(lead.slice(-80));
  const before = m ? startBefore(end, parseCount(m[2]), m[3]) : null;
  if (!m || !before) return null;
  // Days and weeks are counted with both ends in; a year or a month back lands on the day before the first.
  return { start: /^(?:year|month)$/i.test(m[3]) ? fmtDay(addDays(parseYmd(before)!, 1)) : before, length: m[1] };
}

// The words after a day before the noun a relative clause hangs on, when the noun is what comes "before": "on Jan. 4
// before the winter break, ".
const BEFORE_THE_NOUN = /^\s+before\s+(?:the|a|an|its|their|his|her|our)\s+[^,;.]{1,60},\s*$/i;

/**
 * "should watch for a rash until Nov. 26": told in the present or the future, a stretch from publication up to the
 * date; told in the past ("the celebrations went on until dawn on Monday"), from the happening told before it,
 * which the paragraph's pass fills in (spanToUntil). `lead` is the clause up to the date.
 */
function untilFromNow(w: ClauseWork, lead: string, season = false): void {
  const { main, date, published } = w;
  const windowAhead = UNTIL_AT_LEAST.test(lead) || (HAS_UNTIL.test(lead) && !APPLY_AFTER.test(w.u.paraText.slice(main.end, main.end + 40)));
  // A month still to come ends the stretch as a day does ("until September", "until the end of September").
  // So does a year's end ("until the end of 2017"), not a bare year ("until 2017" may mean its start).
  const month = (date.start.length === 7 && (!date.mod || isPartOfPeriod(date.mod))) || (date.start.length === 4 && date.mod === 'end');
  if (lead && published && (windowAhead || !UNTIL_NOT_SPAN.test(lead)) && (DAY_VALUE.test(date.start) || month)) {
    const tense = tenseAt(lead, lead.search(BOUND_WORD));
    const pub = fmtDay(published);
    // "until the end of the year" told in its own year is still ahead: its end is.
    const ahead = date.mod ? date.start >= pub.slice(0, date.start.length) : date.start > pub;
    const from = tense !== 'past' && ahead && RELATIVE_UNTIL.test(lead) ? laterStartBefore(w, pub) : null;
    const lengthStart = DAY_VALUE.test(date.start) && !date.mod ? startOfLength(lead, date.start) : null;
    if (lengthStart) {
      // "a four-year lease that runs until June 30, 2031": the stretch is the length told, ending on the date.
      date.note = `“until ${main.text}”, the end of “${lengthStart.length}”: that long up to then.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = lengthStart.start;
      date.rule = `${date.rule}/until-after-length`;
    } else if (from) {
      // "will reopen on May 4 with a show that will run until Sept. 1": the stretch starts at the sentence's date
      // before it, still to come, not at publication.
      date.note = `“until ${main.text}”, after ${from.text} earlier in the sentence: from then up to then.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = from.date.start;
      delete date.mod;
      date.rule = `${date.rule}/until-from-sentence-date`;
      if (from.date.yearUncertain) date.yearUncertain = true;
    } else if ((tense !== 'past' || PERFECT_LEADS.test(lead) || perfectGrantBefore(lead, lead.length) || (GRANT_LEADS.test(lead) && !APPLY_AFTER.test(w.u.paraText.slice(main.end, main.end + 40)))) && ahead) {
      // "Police have shut the bridge until Saturday": a present perfect with its bound still ahead goes on now; so does
      // what the present perfect grants ("has lent us the barn until May": the loan runs from now) and time a past verb
      // granted ("the court gave the landlord until May 2"), save a public deadline to apply (the day).
      date.note = `“until ${main.text}”: from publication (${fmtHuman(published)}) up to then.${date.note ? ` ${date.note}` : ''}`;
      date.end = date.start;
      date.start = pub;
      delete date.mod;
      date.rule = `${date.rule}/until-from-publication`;
    }
  }
  // "kept its books until her death in 1981", "stayed until the mill shut in 1972": the date is the happening's own,
  // which ends the stretch but tells nothing of its start; only "from the very start" and the like point back.
  const ownHappening = UNTIL_HAPPENING.test(lead) && !FROM_ANAPHOR.test(lead);
  if (lead && (!date.end || season) && !UNTIL_NOT_SPAN.test(lead) && !ownHappening && happeningOf(lead) === 'past') date.rule = `${date.rule}${UNTIL_OPEN}`;
}
