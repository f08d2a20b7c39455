// The events of one unit (a sentence, or a clause that is one): one per dated clause, and the events its
// tellings, asides and counts name beside it. Each dated clause goes through the steps of datedClause in turn;
// a step may make events of its own, refine the clause's date, or cut words off the clause for the next step.

import { addDays, DAY_VALUE, fmtDay, parseYmd, type Ymd } from '../time-value';
import { type Anchored, datesTheTelling, type SubjectYear } from './anchor';
import { anchorUnit } from './anchor-unit';
import { boundedClause } from './bounded-clauses';
import { continuesWithVerb, dateSpans, thatAntecedent, trimmedEnd, withSubject } from './clause-words';
import { begunLength } from './begun-lengths';
import { clauseYearCertainty, UNPLACED } from './clause-year';
import { COUNTED_UNDATED, type Counted, countedFrom, countedFromUndated } from './counted-shifts';
import { dateChangeEvents } from './date-changes';
import { durationFrom, endAfter, fromThenAdjectiveLength, startThenLength, fiscalLeadStart, heldForAfter, heldUpTo, lengthToEnd, periodUpTo, sideOfPublication, withinAfter } from './date-stretches';
import { BEGIN_VERB_RE, DAYBREAK_RE, hedgeWords, MONTH_NAME_ALTS, NUMBER_WORD_RE, parseCount, SEASON_ALTS, TELLING_OR_TOLD_WORD, THROUGH_NIGHT, UNIT_RE, WEEKDAY_NAME_ALTS } from './lexicon';
import { byDeadline, PLEDGED } from './deadlines';
import { type ClauseWork, type Draft, singleDay } from './draft';
import { betweenDatedConjuncts, butAfter, followedWithin, lastOfUndatedCount, laterAfter, mostRecentlyEvent, orderingClauseEvent, ordinalDayAfter, spentAfter, thenAtUntil, yearsAfter } from './later-predicates';
import { earlierFigureEvents, recordSinceDateEvents, recordSinceHappening } from './record-since';
import { beforePublication, dateFromTimex, fmtHuman, type WritingGuess } from './resolve';
import { habitBeforeCut, scheduleCutOf } from './schedules';
import { sinceUpToNow } from './since-spans';
import type { Unit } from './segment';
import { tenseAt } from './tense';
import { endedByClauseBefore, endingPhrase, lengthBeforeDatedConjunct, lengthBeforeLaterDate, runFrom, stretchesUpToDate } from './stretches-beside';
import { tellingEvents } from './telling-events';
import { antecedentOf, draftTitle, participleAside, titled, type TitleDraft, withoutSpans } from './title';
import { undatedClauseEvents } from './undated-clauses';
import { openingRunStart, untilSpans } from './until-spans';
import { pastPerfectRelativeEvent } from './past-perfect-relatives';
import { type WhenClause, whenClauseEvents, whenClauses } from './when-clauses';
import { isPartOfPeriod } from '../document-core';

// "'s vote for governor", "'s runoff": the noun a possessive date names, and a few words of its phrase, up to a
// clause break, a verb or a joining word.
const POSSESSIVE_HAPPENING = /^['’]s\s+((?:[a-z][a-z-]+)(?:\s+(?!(?:after|before|when|which|that|who|and|but|or|was|were|is|are|has|had|have|will|would|in|on|at|by|since|with|to)\b)[a-z][a-z-]*){0,3})/;
const POSSESSIVE_LEAD = /\b(?:from|of|in|after|before|since|at|during|over|for|ahead\s+of)\s+$/i;
// "after Tuesday's blast at the Ridgeway refinery": where the happening was is part of its naming, and of its evidence.
const POSSESSIVE_PLACE = /^\s+(?:at|in|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?!(?:and|or|but|to|was|were|is|are|has|had|on|in|at|with|for|that|which|who|after|before)\b)[a-z]{3,}){0,2}/;
// A date phrase with no words of its own after "and": "…, and on Saturday, January 6".
const BARE_DATE_PHRASE = /^[\s,]*(?:(?:and|or)\s+)?(?:on|in|at|during)?[\s,.]*$/i;
// A cheap look before begunLength: a verb that begins a length, or the noun of "at the beginning/opening of a two-year
// study" ("start" is both).
const BEGIN_VERB = new RegExp(String.raw`\b(?:${BEGIN_VERB_RE}|beginning|opening)\s`, 'i');

type Emit = (d: Omit<Draft, 'order'>) => void;
type Titled = { title: string; drafted?: TitleDraft };

/** One event per dated clause of a unit. */
export function datedEvents(u: Unit, published: Ymd | null, nextOrder: () => number, writing?: WritingGuess): Draft[] {
  const out: Draft[] = [];
  // Each draft is made afresh for its one emit, so it takes its order itself: copying every draft cost more than
  // the rest of its unit's bookkeeping.
  const emit: Emit = (d) => {
    const draft = d as Draft;
    draft.order = nextOrder();
    out.push(draft);
  };
  const subjectYears: SubjectYear[] = [];
  const anchored = anchorUnit(u, published, subjectYears);
  subjectYearEvents(u, subjectYears, published, emit);
  const whens = whenClauses(u);
  whenClauseEvents(u, whens, published, emit);
  let last: Titled = { title: '' };
  // The unit's expressions left unplaced for want of a publication date, read once for all its clauses.
  const unplaced = anchored.length ? u.timexes.filter((t) => t.type === 'DATE' && UNPLACED.test(t.rule)) : [];
  for (const a of anchored) {
    possessiveEvents(u, a, published, emit);
    recordSinceDateEvents(u, a, published, emit);
    earlierFigureEvents(u, a, published, emit);
    let scheduleCut = scheduleCutOf(u, a);
    // "The pier is painted every spring, and the last coat went on in May 2020": the dated conjunct alone.
    const habitCut = scheduleCut === null ? habitBeforeCut(u, a) : -1;
    if (scheduleCut === null && habitCut < 0) continue;
    scheduleCut ??= -1;
    // "born the year her father arrived", with no publication date: a past time of its own, before the guessed day
    // of writing like any past clause, its year a guess.
    const date = dateFromTimex(a.main, published, a.end) ?? (a.main.value === 'PAST_REF' && !a.main.exact ? beforePublication(null, `${a.main.rule}/past-ref`, `The article says only “${a.main.text}”.`, writing) : null);
    if (!date) continue;
    clauseYearCertainty(date, a.main, a, unplaced);
    if (habitCut >= 0) habitSpellEvent(u, a, habitCut, published, emit, writing);
    const w: ClauseWork = { u, a, main: a.main, c: habitCut < 0 ? a.clause : { ...a.clause, start: habitCut }, date, published, writing, anchored, emit };
    last = datedClause(w, whens, scheduleCut, last);
  }
  undatedClauseEvents(u, anchored, published, out, emit, writing);
  return out;
}

/** "1991 Nobel peace prizewinner Aung San Suu Kyi spent …": the prize is the year's event; the clause is not. */
function subjectYearEvents(u: Unit, subjectYears: SubjectYear[], published: Ymd | null, emit: Emit): void {
  for (const y of subjectYears) {
    const date = dateFromTimex(y.timex, published);
    const { title, drafted } = titled(`${u.paraText.slice(y.timex.end, y.subjectEnd)}`);
    if (date && title) {
      date.rule = `${date.rule}/names-subject`;
      emit({ paragraphId: u.paragraphId, start: y.timex.start, end: y.phraseEnd, title, drafted, date });
    }
  }
}

/**
 * "began a recount of ballots from last Sunday's vote": a day made possessive names a happening of its own, on that
 * day, beside the clause's event on its own date.
 */
function possessiveEvents(u: Unit, a: Anchored, published: Ymd | null, emit: Emit): void {
  for (const t of a.inClause) {
    if (t === a.main || (u.paraText[t.end] !== "'" && u.paraText[t.end] !== '’') || t === a.end || t.type !== 'DATE' || t.start < a.clause.start || t.end > a.clause.end || datesTheTelling(u.paraText, t)) continue;
    const np = POSSESSIVE_HAPPENING.exec(u.paraText.slice(t.end, Math.min(a.clause.end, t.end + 80)));
    const d = np && dateFromTimex(t, published);
    // A day's ("Sunday's vote", "Tuesday's recount") is a happening; a year's or a month's ("this year's work",
    // "last month's sales") more often names an amount or a season's business.
    if (!np || !d || !singleDay({ date: d })) continue;
    const lead = POSSESSIVE_LEAD.exec(u.paraText.slice(Math.max(a.clause.start, t.start - 12), t.start));
    const title = draftTitle(np[1].replace(/^[a-z]/, (x) => x.toUpperCase()));
    if (!title) continue;
    d.rule = `${d.rule}/possessive`;
    const place = POSSESSIVE_PLACE.exec(u.paraText.slice(t.end + np[0].length, Math.min(a.clause.end, t.end + np[0].length + 80)));
    emit({ paragraphId: u.paragraphId, start: t.start - (lead?.[0].length ?? 0), end: t.end + np[0].length + (place?.[0].length ?? 0), title, date: d });
  }
}

/**
 * "A two-week strike that began on March 3 shut the port": the clause's date made the strike's stretch. When the
 * clause's event only follows or precedes the happening ("reopened after a five-day closure that ended on Sept. 14"),
 * the happening is an event of its own, with the stretch, and the clause keeps its date.
 */
function lengthStretch(w: ClauseWork): void {
  const { u, main, date } = w;
  const length = lengthToEnd(u.paraText, u.timexes, w.c.start, main, date);
  if (!length) return;
  if (!length.ordered) {
    Object.assign(date, length.date);
    return;
  }
  const { title, drafted } = titled(u.paraText.slice(length.ordered.start, length.ordered.end));
  if (title) w.emit({ paragraphId: u.paragraphId, start: length.ordered.start, end: main.end, title, drafted, date: { ...date, ...length.date } });
}

/**
 * "When the hospital opened in 1974, births fell within a year": the when-clause opening the clause, which holds the
 * date, is a happening on the date itself, beside the stretch the main clause was given.
 */
function leadingWhenOnDate(w: ClauseWork): void {
  const { u, c, main, published } = w;
  const head = u.paraText.slice(c.start, main.end);
  const when = /^["“]?when\s+/i.exec(head);
  const date = when && !/[,;:]/.test(head) && /^,\s/.test(u.paraText.slice(main.end, main.end + 2)) ? dateFromTimex(main, published) : null;
  if (!date) return;
  const start = c.start + when![0].length;
  const { title, drafted } = titled(withoutSpans(u.paraText, start, main.end, [main]));
  if (title) w.emit({ paragraphId: u.paragraphId, start: c.start, end: main.end, title, drafted, date: { ...date, rule: `${date.rule}/when-clause` } });
}

// The first predicate after a fronted date, up to the "and" of a second one: "(, she tore a ligament) and was out".
const FRONTED_FIRST = /^(,?\s+[^,;:]{6,90}?)\s+and\s+(?:(?:it|they|he|she)\s+)?(?=(?:was|were|did|could|stayed|remained|never|barely|hardly)\b)/i;

// The clause's own time, told after a night set off before it: the morning that night ended in ("at 7 a.m. on
// Wednesday", "early on Monday morning"), or that night itself ("despite a frost on Saturday night").
const MORNING_TIME = new RegExp(String.raw`\b(?:morning|${DAYBREAK_RE}|a\.m\.|am)\b`, 'i');
const NIGHT_TIME = /\bnight\b/i;

/**
 * "He stayed in the bay overnight, watched by a boat, and was last seen at 7 a.m. on Wednesday": a night told as a
 * whole and set off by a comma before the clause's day is a happening of its own, the night that ended that morning;
 * "camped overnight on the hill, despite a frost on Saturday night", the night the day names. Its evidence runs up to
 * the last comma before the date, and the clause keeps its day. Not a telling, nor a night with a date between it and
 * the day, nor a day named without its part (the night before a bare "on Wednesday" may be Wednesday's own).
 */
function nightSetOffBefore(w: ClauseWork): void {
  const { u, a, main, date, published } = w;
  if (a.end || !singleDay({ date }) || !parseYmd(date.start)) return;
  const seg = u.paraText.slice(w.c.start, main.start);
  const night = THROUGH_NIGHT.exec(seg);
  const comma = seg.lastIndexOf(',');
  if (!night || comma < night.index + night[0].length || TELLING_OR_TOLD_WORD.test(seg)) return;
  if (u.timexes.some((t) => t !== main && (t.type === 'DATE' || t.type === 'TIME') && t.start >= w.c.start && t.end <= main.start)) return;
  const hour = /T(\d{2})/.exec(main.value);
  const morning = hour ? +hour[1] < 12 : MORNING_TIME.test(main.text);
  if (!morning && (hour || !NIGHT_TIME.test(main.text))) return;
  const day = parseYmd(date.start)!;
  const [from, to] = morning ? [addDays(day, -1), day] : [day, addDays(day, 1)];
  if (published && fmtDay(to) > fmtDay(published)) return;
  const { title, drafted } = titled(seg.slice(0, comma));
  if (!title) return;
  const { end: _e, mod: _m, ...was } = date;
  w.emit({ paragraphId: u.paragraphId, start: w.c.start, end: w.c.start + comma, title, drafted, date: { ...was, start: fmtDay(from), end: fmtDay(to), rule: `${date.rule}/night-set-off`, note: `${date.note ? `${date.note} ` : ''}“${night[0]}” is the night ${morning ? 'that ended on' : 'of'} that day.` } });
}

/**
 * The events of one dated clause, its own last. The order of the steps matters: each reads the date and the clause
 * the ones before it left. Returns the title a bare date phrase after it may repeat (`last`, when it made none).
 */
function datedClause(w: ClauseWork, whens: WhenClause[], scheduleCut: number, last: Titled): Titled {
  const { u, a, main, date, published } = w;
  // "will close for six months from 1 April": the stretch the duration runs from the date, not its first day.
  // "From May 26 there were 40 days without rain": the same, the start opening the clause and the length after it.
  const lastsTo = !a.end && !date.mod && !date.end ? (durationFrom(u.paraText, u.timexes, main, date.start) ?? startThenLength(u.paraText, u.timexes, main, date.start, w.c.start, w.c.end)) : null;
  if (lastsTo) {
    date.end = lastsTo;
    date.rule = `${date.rule}/for-duration`;
  }
  // "will apply from 1 October, in a four-month trial": the same, the length an adjective set off after the start; the
  // length's words are the clause's evidence too.
  const trial = !lastsTo && !a.end && !date.mod && !date.end ? fromThenAdjectiveLength(u.paraText, u.timexes, main, date.start, w.c.start, u.end) : null;
  if (trial) {
    date.end = trial.end;
    date.rule = `${date.rule}/for-duration`;
  }
  // "on Tuesday ended a strike that had halted shipping for three weeks": the stop ran up to the day, an event of its
  // own; the clause keeps its day and the noun ("ended a strike").
  const stopUpTo = !lastsTo && !a.end && !a.bound && !date.mod && !date.end && (!published || date.start <= fmtDay(published)) ? heldUpTo(u.paraText, u.timexes, main, date.start, w.c.end) : null;
  const stopTitle = stopUpTo ? titled(u.paraText.slice(stopUpTo.from, w.c.end)) : null;
  if (stopUpTo && stopTitle?.title) {
    w.emit({ paragraphId: u.paragraphId, start: stopUpTo.from, end: w.c.end, title: stopTitle.title, drafted: stopTitle.drafted, date: { ...date, start: stopUpTo.first, end: date.start, rule: `${date.rule}/had-held-up-to` } });
    w.c = { ...w.c, end: trimmedEnd(u.paraText, w.c.start, stopUpTo.relative) };
  }
  // "a fire on Boxing Day shut it for three weeks": the stop's stretch, from the day, told in the past.
  // The tense is read only when such a length follows: reading it for every clause costs a twentieth of extraction.
  // "In the autumn of 2008 she tore a ligament and was out for eleven months": a season, months from its first month.
  const season = /^\d{4}-(?:SP|SU|FA|WI)$/.test(main.value) && /^\d{4}-\d{2}$/.test(date.start);
  const held = !lastsTo && !a.end && !a.bound && !date.mod && (!date.end || season) ? heldForAfter(u.paraText, u.timexes, main, date.start, w.c.end, w.c.start) : null;
  // "Two weeks later, floods cut the road for ten days": a verb the same in both tenses, on a day before publication.
  const heldTense = held ? tenseAt(u.paraText.slice(w.c.start, w.c.end), main.start - w.c.start) : null;
  const heldFor = heldTense === 'past' || (heldTense === 'unknown' && !!published && date.start < fmtDay(published)) ? held : null;
  if (heldFor) {
    // "The inquest opened on Monday and lasted three days", "was hurt in April and did not play for five months": the
    // first predicate is a happening of its own on its date, told before the stretch the second gives the whole.
    // The date may be told in two pieces ("on Tuesday last week"): the second's words are the date's, not the clause's.
    const dateEnd = u.timexes.find((t) => t.start >= main.end && !u.paraText.slice(main.end, t.start).trim())?.end ?? main.end;
    const opened = /^\s+and\s/i.test(u.paraText.slice(dateEnd, w.c.end)) ? titled(u.paraText.slice(w.c.start, main.start).replace(/\s+(?:on|in)\s*$/i, '')) : null;
    if (opened?.title) w.emit({ paragraphId: u.paragraphId, start: w.c.start, end: dateEnd, title: opened.title, drafted: opened.drafted, date: { ...date, rule: `${date.rule}/first-predicate` } });
    // "In the autumn of 2008 she tore a ligament and was out for eleven months": with the date opening the clause, the
    // first predicate runs from it up to the "and" before the stop.
    const lead = u.paraText.slice(w.c.start, main.start).replace(/^\s*(?:(?:in|on|during|at)\s+)?(?:the\s+)?/i, '');
    const fronted = !opened && !lead.trim() ? FRONTED_FIRST.exec(u.paraText.slice(main.end, w.c.end)) : null;
    const first = fronted ? titled(u.paraText.slice(w.c.start, main.end + fronted[1].length)) : null;
    if (fronted && first?.title) w.emit({ paragraphId: u.paragraphId, start: w.c.start, end: main.end + fronted[1].length, title: first.title, drafted: first.drafted, date: { ...date, rule: `${date.rule}/first-predicate` } });
    date.end = heldFor;
    date.rule = `${date.rule}/held-for`;
  }
  const within = !lastsTo && !heldFor && !a.end && !a.bound && !date.mod && !date.end ? withinAfter(u.paraText, u.timexes, main, date.start, w.c.end) : null;
  if (within) {
    date.end = within;
    date.rule = `${date.rule}/within`;
    leadingWhenOnDate(w);
  }
  // "a two-week strike that began on March 3": the happening's stretch, from one of its ends and its length.
  if (!a.end && !date.mod && !date.end) lengthStretch(w);
  // "closed for five months and reopened in July": the first conjunct's stretch up to the second's date.
  lengthBeforeDatedConjunct(w);
  // "opened it in the 1950s and ran it for thirty years before selling it in 1990": the second conjunct's years.
  lengthBeforeLaterDate(w);
  if (dateChangeEvents(w)) return last;
  untilSpans(w);
  // The aside names what the clause before ended: its title is that thing ("12-month deployment to Iraq").
  const endedSpan = endedByClauseBefore(w);
  // "rose 4 % in the year to February": the twelve months that end with February, not February.
  const upTo = !a.end && !date.end && !date.mod ? periodUpTo(u.paraText, main, date) : null;
  if (upTo) Object.assign(date, upTo);
  // "earlier this week", "later this month": the part of the week (month, year) before or after publication.
  // The clause's tense is read only when the expression needs it ("this week"): reading it for every clause was a
  // twentieth of extraction.
  const past = () => tenseAt(u.paraText.slice(w.c.start, w.c.end), main.start - w.c.start) === 'past';
  const side = !a.end && !date.mod ? sideOfPublication(main, date, published, past) : null;
  if (side) {
    Object.assign(date, side);
    if (date.end === undefined) delete date.end;
  }
  presentAndNamedEvents(w);
  nightSetOffBefore(w);
  const shifted = boundedClause(w);
  // The pledge is an event of its own: the deadline's title says what is to be done ("Government to inspect …").
  const pledgedDeadline = byDeadline(w);
  // "The clerk said the bridge had seen two crashes, in 1991 and in June 2004": a date phrase after what was told is
  // that happening again, so the last event the telling made (what it told) is the clause before.
  let toldLast: Titled | null = null;
  const emit = w.emit;
  w.emit = (d) => {
    if (d.title) toldLast = { title: d.title, drafted: d.drafted };
    emit(d);
  };
  // "The mayor said it was the wettest week since 1987, when the weir was built": what was told ends before the
  // when-clause closing it, an event of its own (whenClauseEvents), as the clause's own evidence does (clauseTail).
  // Only for the telling's events: a clause not told keeps its words, which clauseTail cuts the same way.
  const closingTold = closingWhen(w, whens, w.c.end);
  const whole = w.c.end;
  if (closingTold) w.c = { ...w.c, end: trimmedEnd(u.paraText, w.c.start, closingTold.open) };
  const told = tellingEvents(w);
  if (closingTold && !told && w.c.end === trimmedEnd(u.paraText, w.c.start, closingTold.open)) w.c = { ...w.c, end: whole };
  w.emit = emit;
  if (told) {
    // "the court ruled on Thursday, ending a two-year fight": a ruling or an announcement ends a stretch as any other
    // happening does.
    if (!a.end && !date.end && !date.mod) endingPhrase(w, true);
    return toldLast ?? last;
  }
  const { clauseEnd: tailEnd, counted, later, resumed } = clauseTail(w, whens);
  const evidenceEnd = trial && trial.at > tailEnd ? trial.at : tailEnd;
  const { c } = w;
  const clauseEnd = scheduleCut >= 0 ? Math.min(evidenceEnd, scheduleCut) : evidenceEnd;
  let { title, drafted } = ownTitle(w, clauseEnd, whens, [...(counted && counted.cut.end <= main.start ? [counted.cut] : []), ...(shifted ? [shifted.cut] : [])]);
  // "… hold sessions on Thursday, December 21, and on Saturday, January 6": a date phrase with no words of its own
  // after "and" is the clause before it again, on its own date.
  if (!title && last.title && BARE_DATE_PHRASE.test(withoutSpans(u.paraText, c.start, clauseEnd, dateSpans(a)))) ({ title, drafted } = last);
  // "In 1972, after a fire …, she rebuilt it": the words after the aside tell the happening when none come before it.
  if (!title && resumed) ({ title, drafted } = titled(u.paraText.slice(resumed.start, resumed.end)));
  spentFromDate(w, resumed ? u.paraText.slice(resumed.start, resumed.end) : u.paraText.slice(main.end, clauseEnd));
  // "began six weeks of shooting on Monday": the words are looked for before the pattern is run.
  if (BEGIN_VERB.test(u.paraText.slice(w.c.start, u.end))) begunLength(w);
  const next = title ? { title, drafted } : last;
  const redrafted = (t: string) => {
    const again = titled(t);
    if (again.title) ({ title, drafted } = again);
  };
  if (endedSpan && title) redrafted(title.replace(/^(?:ending|concluding|capping|closing|completing)\s+(?:an?\s+|the\s+)?/i, '').replace(/\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened)$/i, ''));
  if (pledgedDeadline && title) redrafted(title.replace(PLEDGED, '').replace(/\s{2,}/g, ' '));
  if (date.rule?.endsWith('/deadline') && title) title = `Deadline: ${title.replace(/\s+(?:before|prior\s+to|ahead\s+of)(?:\s+the\s+deadline)?$/i, '')}`;
  // "Apple's suit, filed in September 2003, …": the evidence of a participle aside holds the subject it tells of.
  // "the full fiscal year, which ends Jan. 31": so does a relative aside whose date bounds the fiscal year it follows.
  // "a losing streak that began on May 17": so does a relative clause cut from its noun by its own date.
  const fiscalFrom = c.aside && !c.subject && date.rule?.endsWith('/fiscal-year') ? fiscalLeadStart(u.paraText, main) : -1;
  // "Since then it has flooded four times, most recently in 2016": the date is the last time's; the count before it
  // is left to be placed from its "since".
  const lastTime = lastOfUndatedCount(w);
  const from = lastTime !== null
    ? lastTime
    : c.aside && c.subject
      ? c.subject.start
      : fiscalFrom >= 0 && fiscalFrom < c.start
        ? fiscalFrom
        : (thatAntecedent(u, c.start, u.paraText.slice(c.start, c.start + 40))?.at ?? runningThingAt(u, c.start, date.rule) ?? openingRunStart(w) ?? (CLOSES_SENTENCE.test(u.paraText.slice(c.end, u.end)) ? relativeNounAt(u, c.start) : undefined) ?? c.start);
  const own = date.mod === 'after' || date.mod === 'before' ? withoutOwnSub(u.paraText, from, evidenceEnd, w.ownSub) : { start: from, end: evidenceEnd };
  w.emit({ paragraphId: u.paragraphId, start: own.start, end: own.end, title, drafted, date, ...(resumed ? { extraEvidence: [{ paragraphId: u.paragraphId, ...resumed }] } : {}) });
  if (later) w.emit(later);
  return next;
}

// Two words (letters, then other characters, then letters): a lower bound of two kept linear.
const TWO_WORDS = /[a-z]{2}\W+[a-z]{2}/i;
const UNIT_BEFORE = new RegExp(String.raw`\b${UNIT_RE}\s*$`, 'i');

/**
 * The clause's evidence without the subordinate happening that has its own event ("rebuilt after a storm in 1987"),
 * when that happening opens or closes it; one in the middle stays, the clause's words being on both sides.
 */
function withoutOwnSub(text: string, start: number, end: number, sub: { start: number; end: number } | undefined): { start: number; end: number } {
  // "beginning the month after she quit college": a count from the happening, whose words need it.
  if (!sub || sub.end <= start || sub.start >= end || UNIT_BEFORE.test(text.slice(Math.max(start, sub.start - 20), sub.start))) return { start, end };
  const words = (from: number, to: number) => TWO_WORDS.test(text.slice(from, to));
  if (sub.start > start && /^[\s,.;:!?"”’)]*$/.test(text.slice(sub.end, end)) && words(start, sub.start)) return { start, end: trimmedEnd(text, start, sub.start) };
  if (sub.start <= start && sub.end < end && words(sub.end, end)) return { start: sub.end + /^[\s,]*/.exec(text.slice(sub.end))![0].length, end };
  return { start, end };
}

/**
 * "the old colliery, which closed in 1979": a relative clause set off by its comma, with a date of its own, tells of
 * the noun phrase before it, whose words are its evidence too. Where that phrase starts, or undefined.
 */
// Only a clause closing its sentence: one set off between a subject and its verb ("The minister, who resigned last
// week, said …") leaves the subject to the main clause's evidence and title.
const CLOSES_SENTENCE = /^[\s.!?"”’)]*$/;
const TIME_OBJECT = new RegExp(String.raw`^(?:\d|(?:${MONTH_NAME_ALTS}|${WEEKDAY_NAME_ALTS}|${SEASON_ALTS}|the\s+(?:${SEASON_ALTS}|year|month|week|day|morning|evening|night))\b)`, 'i');
function relativeNounAt(u: Unit, start: number): number | undefined {
  if (!/^(?:which|who)\s/i.test(u.paraText.slice(start, start + 6))) return undefined;
  const before = u.paraText.slice(Math.max(u.start, start - 200), start);
  if (!/,\s+$/.test(before)) return undefined;
  const np = antecedentOf(before);
  const at = np ? before.lastIndexOf(np) : -1;
  // Only the phrase right before the comma: a subject found further back ("The board will meet in March, which …") is not.
  if (!(at >= 0 && /^[\s,]*$/.test(before.slice(at + np.length)))) return undefined;
  // "gave a concert in the hall, which had reopened": the clause tells of the noun after the last preposition, and
  // the main clause's words before it stay the main clause's own.
  const object = /^.*\b(?:in|on|at|for|to|from|with|by|into|onto|near|under|over|inside|outside|beside|behind)\s+(?=\S)/is.exec(np);
  // "won the cup in May, which was its first title": a time after the preposition leaves the "which" telling of the
  // whole clause.
  // Nor a time that is the whole phrase ("the diary she kept in 1945, which …"): the clause tells of the noun the
  // time is passed over for.
  if (TIME_OBJECT.test(object ? np.slice(object[0].length) : np)) return undefined;
  return start - before.length + at + (object ? object[0].length : 0);
}

/**
 * "for the winter exercise, which runs until Feb. 14": a relative clause that gives the stretch its noun runs for (from
 * the sentence's date before it up to its own) tells of that noun, whose words are its evidence too. Where the noun
 * phrase starts, or undefined for any other clause or when none is found.
 */
function runningThingAt(u: Unit, start: number, rule: string | undefined): number | undefined {
  if (!rule?.endsWith('/until-from-sentence-date') || !/^(?:which|that)\s/i.test(u.paraText.slice(start, start + 6))) return undefined;
  const before = u.paraText.slice(Math.max(u.start, start - 200), start);
  const np = antecedentOf(before);
  const at = np ? before.lastIndexOf(np) : -1;
  return at >= 0 ? start - before.length + at : undefined;
}

/**
 * A complement told in the present progressive, under way at publication, and "the 1991 agreement", the thing a year
 * names: events of their own beside the clause's.
 */
function presentAndNamedEvents(w: ClauseWork): void {
  const { u, a, main, published } = w;
  if (a.present && published) {
    const { title, drafted } = titled(withSubject(u, a.present, u.paraText.slice(a.present.start, a.present.end).replace(/^that\s+/i, '')));
    const note = `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`;
    if (title) w.emit({ paragraphId: u.paragraphId, start: a.present.start, end: a.present.end, title, drafted, date: { start: fmtDay(published), basis: 'publication', rule: 'present-tense/publication', note } });
  }
  if (a.named) {
    const namedDate = dateFromTimex(main, published);
    // The year stays in the title: it is what names the thing ("1991 agreement").
    const { title, drafted } = titled(u.paraText.slice(a.named.start, a.named.end));
    if (namedDate && title) {
      namedDate.rule = `${namedDate.rule}/named-thing`;
      // "figures show that complaints have risen every year since 2015": a told clause's present perfect runs from
      // its since-date up to publication, as the clause's own would.
      if (published && !namedDate.mod && !namedDate.end && sinceUpToNow(u.paraText, a.named, main) && namedDate.start < fmtDay(published)) {
        namedDate.end = fmtDay(published);
        namedDate.rule = `${namedDate.rule}/since-until-publication`;
        namedDate.note = `“since ${main.text}”, told in the present perfect: from then up to publication (${fmtHuman(published)}).${namedDate.note ? ` ${namedDate.note}` : ''}`;
      }
      w.emit({ paragraphId: u.paragraphId, start: a.named.start, end: a.named.end, title, drafted, date: namedDate });
    }
  }
}

// "came to the office every morning for another five years and read the proofs in 1980": a habit kept up for a length
// is a stretch the article tells of, though it gives it no date.
const HABIT_LENGTH = new RegExp(String.raw`\bfor\s+${hedgeWords('another', String.raw`a\s+further`, String.raw`(?:the\s+)?(?:next|following)`)}?\s*(?:\d{1,2}|[a-z]+)\s+(?:more\s+)?(?:days|weeks|months|years|decades)\b`, 'i');

/** The habit conjunct before a dated one, when it holds a length: an event of its own, before publication. */
function habitSpellEvent(u: Unit, a: Anchored, cut: number, published: Ymd | null, emit: (d: Omit<Draft, 'order'>) => void, writing?: WritingGuess): void {
  const end = trimmedEnd(u.paraText, a.clause.start, cut);
  const words = u.paraText.slice(a.clause.start, end).replace(/\s+and\s*$/i, '');
  const date = HABIT_LENGTH.test(words) ? beforePublication(published, 'narrative-order/before-publication', '', writing) : null;
  const { title, drafted } = titled(words);
  if (date && title) emit({ paragraphId: u.paragraphId, start: a.clause.start, end: a.clause.start + words.length, title, drafted, date });
}

/**
 * What the clause tells after its date that is an event of its own: a happening it is ordered against, one a count
 * places, a stretch up to the date, a later predicate (`later`, made after the clause's own event). Returns where the
 * clause's own evidence ends, before them.
 */
function clauseTail(w: ClauseWork, whens: WhenClause[]): { clauseEnd: number; counted: Counted | null; later: Draft | null; resumed: { start: number; end: number } | null } {
  const { u, a, c, main, date, published } = w;
  const orderCut = orderingClauseEvent(w);
  let clauseEnd = orderCut ?? c.end;
  let counted: Counted | null = null;
  // "walked out late Tuesday, three months after she was arrested": a part of a day is still that day to count from.
  const partOfDay = DAY_VALUE.test(date.start) && isPartOfPeriod(date.mod);
  if (!a.end && (!date.mod || partOfDay) && (!date.end || date.end.slice(0, 4) === date.start.slice(0, 4))) counted = countedFrom(u, c, main, date, published);
  if (!counted && countedFromUndated(u, c, main)) {
    // The paragraph's pass counts it from the happening its phrase names, when the text dated that (countedBesideUntil).
    date.rule = `${date.rule}${COUNTED_UNDATED}`;
    date.yearUncertain = true;
    date.note = `The clause is counted from a happening the article does not date here; “${main.text}” ends a stretch told beside it, so the year may be wrong.${date.note ? ` ${date.note}` : ''}`;
  }
  let resumed: { start: number; end: number } | null = orderCut === null ? null : resumedAfterOrdering(w, orderCut);
  if (counted && !resumed) {
    w.emit(counted.draft);
    if (counted.also) w.emit(counted.also);
    if (counted.told) w.emit(counted.told);
    if (counted.cut.start > main.end) {
      // "came in March 1958, two years after he arrived, when the pump failed": after the count's aside the clause goes
      // on, on its own date; those words are its evidence too.
      const phraseEnd = counted.told?.end ?? counted.draft.end;
      const rest = phraseEnd < clauseEnd ? /^[\s,]*/.exec(u.paraText.slice(phraseEnd, clauseEnd))![0].length + phraseEnd : -1;
      let restEnd = clauseEnd;
      while (restEnd > rest && /[\s,.;!?]/.test(u.paraText[restEnd - 1])) restEnd--;
      if (rest >= 0 && rest < restEnd) resumed = { start: rest, end: restEnd };
      clauseEnd = trimmedEnd(u.paraText, main.end, counted.cut.start);
    }
  }
  // "and spent four years in prison", ", and then it stood empty for three years": a stay counted on from the date.
  const stay = spentAfter(w) ?? yearsAfter(w);
  if (stay) clauseEnd = stay.at;
  const lastTime = mostRecentlyEvent(w);
  if (lastTime !== null) clauseEnd = Math.min(clauseEnd, lastTime);
  const record = recordSinceHappening(w);
  if (record !== null) clauseEnd = Math.min(clauseEnd, record);
  runFrom(w);
  clauseEnd = stretchesUpToDate(w, clauseEnd, !!stay);
  const later = stay ?? ordinalDayAfter(w) ?? butAfter(w) ?? laterAfter(w) ?? betweenDatedConjuncts(w) ?? thenAtUntil(w) ?? followedWithin(w);
  if (later && !stay) clauseEnd = Math.min(clauseEnd, later.at);
  // The when-clause closing the clause is an event of its own (whenClauseEvents).
  // So is one followed only by the "and" that joins the next clause ("since 1921, when it was founded, and …").
  const closing = closingWhen(w, whens, clauseEnd);
  if (closing) clauseEnd = closing.open;
  // (A when-clause's own relative clauses are whenClauseEvents'.)
  if (!a.end && !a.bound) pastPerfectRelativeEvent(u, main.end, clauseEnd, date, a.inClause, w.emit);
  // What has an event of its own after the count is no evidence of the clause's ("…, and has been held since then").
  const restCut = Math.min(...[stay?.at, lastTime, record, later?.at].filter((x): x is number => typeof x === 'number'));
  if (resumed && restCut < resumed.end) resumed = restCut > resumed.start ? { start: resumed.start, end: trimmedEnd(u.paraText, resumed.start, restCut) } : null;
  return { clauseEnd, counted, later: later?.draft ?? null, resumed };
}

const JOINING_TAIL = /^[\s,;]*(?:(?:and|but)\s*)?$/i;

/** The when-clause after the clause's date that closes the clause's words up to `end` (or only "and" follows it). */
function closingWhen(w: ClauseWork, whens: WhenClause[], end: number): WhenClause | undefined {
  const { u, main } = w;
  return whens.find((x) => x.open >= main.end && x.start < end && (x.end >= end - 1 || JOINING_TAIL.test(u.paraText.slice(x.end, end))));
}

// "In 1972 she spent two years rebuilding the stock": the clause's own verb is the stay, counted on from its date.
const SPENT_IN = new RegExp(`^[^,;:]{0,40}?\\b(?<!\\bhad\\s)(?:spent|served)\\s+(?:the\\s+(?:next|following)\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\b(?!['’])`, 'i');

/** "In 1972 she spent two years rebuilding the stock": the clause's date made the stay's span, from the date on. */
function spentFromDate(w: ClauseWork, after: string): void {
  const { a, date } = w;
  // The words are looked for before the pattern is run: most clauses have neither.
  const spent = !a.end && !date.end && !date.mod && /\b(?:spent|served)\s/i.test(after) ? SPENT_IN.exec(after) : null;
  const end = spent ? endAfter(date.start, parseCount(spent[1]), spent[2]) : null;
  if (!spent || !end) return;
  date.end = end;
  date.rule = `${date.rule}/spent-from-date`;
  date.note = `“${spent[0].trim()}” counted from ${w.main.text}.${date.note ? ` ${date.note}` : ''}`;
}

// "In 1972, after a fire …, she rebuilt it": nothing but a preposition before the date that opens the clause.
const FRONTED_DATE_LEAD = /^["“]?(?:(?:in|on|by|at|during|late|early|from|until)\s+)*(?:the\s+)?$/i;

/**
 * "In 1972, after a fire destroyed the stock, she rebuilt it from drawings": with the date opening the clause, the
 * ordering phrase set off by commas is an aside, and the clause goes on after it on the date; those words are where
 * the clause's happening is told. Null when the clause does not go on so.
 */
function resumedAfterOrdering(w: ClauseWork, orderCut: number): { start: number; end: number } | null {
  const { u, c, main } = w;
  if (!FRONTED_DATE_LEAD.test(u.paraText.slice(c.start, main.start)) || !/^,\s/.test(u.paraText.slice(main.end, orderCut + 2))) return null;
  const comma = u.paraText.indexOf(',', orderCut + 1);
  if (comma < 0 || comma >= c.end) return null;
  const start = comma + /^,\s*/.exec(u.paraText.slice(comma))![0].length;
  let end = c.end;
  while (end > start && /[\s,.;!?]/.test(u.paraText[end - 1])) end--;
  return /[a-z]{2,}\W+[a-z]{2,}/i.test(u.paraText.slice(start, end)) ? { start, end } : null;
}

const RELATIVE_HOLE = /^(?:who|which|whom|whose|where)\s/i;

/**
 * The clause's own title, from its words up to `clauseEnd` without its dates and without what has an event of its
 * own (the subordinate happening, a when-clause, a count's words in `cuts`).
 */
function ownTitle(w: ClauseWork, clauseEnd: number, whens: WhenClause[], cuts: { start: number; end: number }[]): Titled {
  const { u, a, c, main } = w;
  if (main.value === 'PAST_REF') {
    // "Some time ago, when the Taliban was fighting …": the event is the when-clause, not the sentence.
    const rest = u.paraText.slice(main.end, c.end).replace(/^[\s,]+/, '');
    const when = /^when\s+([^,;:]+)/i.exec(rest);
    const own = withoutSpans(u.paraText, c.start, clauseEnd, [main]);
    // "The traveler, an adult who had recently returned": a relative clause cut off the subject tells of that subject.
    return titled(when ? when[1] : c.subject && c.aside ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${own}` : own);
  }
  // The subordinate happening has its own event; the main one's title leaves it out ("She moved to Paris").
  const cut = a.sub && (a.sub.start > c.start || a.sub.end < clauseEnd - 8) ? [...dateSpans(a), a.sub] : dateSpans(a);
  for (const x of whens) if (x.start >= c.start && x.end <= clauseEnd) cut.push({ start: x.open, end: x.end });
  cut.push(...cuts);
  // "In May the mill, which grinds oats, cut its hours": the relative clause the clause is joined across says which
  // mill, not what was done (anchor.ts, joinedAcrossSubjectAside).
  if (c.hole && RELATIVE_HOLE.test(u.paraText.slice(c.hole.start, c.hole.end))) {
    const open = u.paraText.lastIndexOf(',', c.hole.start);
    const close = /^\s*,/.exec(u.paraText.slice(c.hole.end, c.hole.end + 4));
    cut.push({ start: open >= c.start ? open : c.hole.start, end: c.hole.end + (close ? close[0].length : 0) });
  }
  const rest = withoutSpans(u.paraText, c.start, clauseEnd, cut);
  // "Smith, who in 1990 founded the firm, died on March 3": the main clause's title names its subject.
  // "the main, laid in 1961, was still in service": a participle aside tells of its noun in the passive ("The main
  // was laid"). Only one the clause goes on after with its verb: in "His design, the Orm bridge, opened in 1955"
  // the "aside" is the predicate.
  const subject = c.subject ? u.paraText.slice(c.subject.start, c.subject.end) : '';
  const aside = c.aside && /^\s*,\s*$/.test(u.paraText.slice(c.subject?.end ?? 0, c.start)) && continuesWithVerb(u.paraText.slice(c.end, c.end + 40));
  return titled(c.subject ? (aside ? participleAside(subject, rest) : `${subject} ${rest}`) : withSubject(u, c, rest));
}
