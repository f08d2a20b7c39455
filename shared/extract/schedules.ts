// Habits and schedules (family 7): where a dated event ends when a habit follows it in the same clause.

import type { Anchored, Clause } from './anchor';
import { insideQuote } from './anaphor-anchors';
import { isPastForm, PAST_PARTICIPLES, SUBJECT_DETERMINER, TELLING_BEFORE_DATE } from './lexicon';
import { isSchedule, kindAdjective } from './rules/sets';
import type { Unit } from './segment';
import { isStated } from './resolve';
import { sinceUpToNow } from './since-spans';
import type { Timex } from './types';

// "has been open every Saturday since March": opening hours, no happening.
const OPENING_HOURS = /\b(?:open|opens|opened|closed|closes|staffed)\b/i;
// "every year since 1974", "every year since the service began in 1974": "since" right after the habit, and no
// clause break before the date (sinceUpToNow says whether the date is what "since" counts from).
const SINCE_AFTER_SET = /^\s+since\s[^,;:.]{0,60}$/i;
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
    // "… and ended 23 days later, when the crews agreed to a raise each year": a conjunct opening on its own past verb
    // has words enough before its date.
    if (/[a-z]{2,}\W+[a-z]{2,}/i.test(before + between.slice(0, sep.index)) || /^[a-z]{3,}ed\s+$/i.test(before)) return main.end + sep.index!;
  }
  return -1;
}

// "said on Friday that": the telling's date, then the word opening what it told.
const THAT_AFTER_DATE = /^\s+that\s/i;

/**
 * "The warden told us on Friday that boats moored each week had doubled in number": a habit inside what a dated
 * telling reports is the report's, not the telling's; the telling is an event on its day, and its title stops at its
 * date. Null when the habit is not in such a that-clause.
 */
function toldHabitCut(text: string, c: Clause, main: Timex, set: Timex): number | null {
  if (set.start < main.end || !THAT_AFTER_DATE.test(text.slice(main.end, set.start))) return null;
  return datesTelling(text, c, main) ? main.end : null;
}

// "estimated in 2014 that", "said in a review in 2014 that": the "in" of a year or a month, and the paper the telling
// was made in, between the telling verb and its date.
const TOLD_IN_DATE = /\s+(?:(?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|speech|interview|letter|paper|report|study|survey|review|submission|briefing)\s+)?in\s+$/i;

function datesTelling(text: string, c: Clause, t: Timex): boolean {
  const before = text.slice(Math.max(c.start, t.start - 60), t.start);
  if (TELLING_BEFORE_DATE.test(before.slice(-40))) return true;
  const inDate = TOLD_IN_DATE.exec(before);
  return !!inDate && TELLING_BEFORE_DATE.test(`${before.slice(0, inDate.index)} `);
}

/**
 * "The warden said on Friday that the boats moored each week had fallen from 90 in May": the habit is in what the
 * dated telling reports, before the report's own date, which the clause is anchored on. It leaves the clause whole (the
 * telling is parted from its report later, as with no habit), not a schedule with no place on the calendar.
 */
function habitInReport(u: Unit, c: Clause, main: Timex, set: Timex): boolean {
  if (set.end > main.start) return false;
  const text = u.paraText;
  return u.timexes.some((t) => t.type === 'DATE' && t.start >= c.start && t.end <= set.start && THAT_AFTER_DATE.test(text.slice(t.end, set.start)) && datesTelling(text, c, t));
}

// What opens a clause of its own after a dated one: a semicolon, or ", and"/", but" before anything but a preposition.
const OWN_CLAUSE_AFTER = /;|,\s+(?:and|but)\s+(?!(?:on|in|at|from|until|till|to|by|every|each|and|or|then)\b)(?=[A-Za-z])/;

// The words between a habit and the date it starts on: "from", "starting", "beginning".
const HABIT_FROM = /^\s+(?:from|starting(?:\s+(?:from|in|on))?|beginning(?:\s+(?:in|on))?)\s+(?:the\s+)?$/i;

// The same words opening the clause, before the date: "From Monday, April 4, …", "Starting in June, …".
const HABIT_FROM_LEAD = /^\s*(?:from|starting(?:\s+(?:from|in|on))?|beginning(?:\s+(?:in|on))?)\s+(?:the\s+)?$/i;

// A past perfect ("had walked", "had not missed"): not "has had", nor "had" of having ("had water", "had to").
const HAD_DONE = /(?<!\b(?:has|have)\s{1,3})\bhad\s+(?:(?:not|never|already|also|always)\s+)?([a-z]{3,})\b/i;

function pastPerfectIn(text: string): boolean {
  const m = HAD_DONE.exec(text);
  return !!m && (isPastForm(m[1].toLowerCase()) || PAST_PARTICIPLES.has(m[1].toLowerCase()));
}

const UNTIL_AFTER_SET = /^\s+(?:right\s+)?(?:up\s+)?until\s+$/i;
const KEPT_UP = /\b(?:(?:went|carried|kept)\s+on|kept|continued)\s+[a-z]+ing\b/i;

const CHANGE_TENSE = /\b(?:will|would|shall|(?:is|are)\s+to|was|were|has|have|had)\b/i;

/** The last habit (SET) of the clause before its date. */
function lastSetBefore(u: Unit, c: Clause, main: Timex): Timex {
  return u.timexes.filter((t) => t.type === 'SET' && t.start >= c.start && t.end <= main.start).pop()!;
}

/**
 * "twice a day in summer", "on Tuesdays": a habit or a schedule is not an event (family 7): null for such a clause.
 * One set off after the dated event ("called a strike for May 3 and promised marches every Saturday", "passed a law
 * in June requiring checks every year") leaves that event whole: where its title stops is returned, else -1.
 */
export function scheduleCutOf(u: Unit, a: Anchored): number | null {
  const { clause: c, main } = a;
  // '"We were told every year it was hopeless," she said on Tuesday': a habit inside a quotation is the speaker's, not
  // the telling's, whose day dates the clause from outside the quote.
  const quotedSet = (t: Timex) => insideQuote(u.paraText, 0, t.start) && !insideQuote(u.paraText, 0, main.start);
  const set = u.timexes.find((t) => t.type === 'SET' && t.start >= c.start && t.end <= c.end && !kindAdjective(u.paraText, t.start, t.end) && !quotedSet(t));
  const scheduleCut = set ? (toldHabitCut(u.paraText, c, main, set) ?? separatedSchedule(u.paraText, c, main, set)) : -1;
  const reported = !!set && scheduleCut < 0 && habitInReport(u, c, main, set);
  // "below average in every year from 2020 to 2023": a habit bounded by a stated range is a span of the calendar.
  // "Between 1950 and 1956 she spent every summer at the mill": the same with the range of stated years opening the
  // clause, before the habit ("From May to September the ferry sails daily" is a timetable).
  const bounded = !!set && !!a.end && ((set.end <= main.start && /^\s+(?:from|between)\s+$/i.test(u.paraText.slice(set.end, main.start))) || (set.start >= a.end.end && /^\W*(?:from|between)\s+$/i.test(u.paraText.slice(c.start, main.start)) && isStated(main) && isStated(a.end)));
  // "have gathered every evening since Monday": a habit told in the present perfect since a date is the stretch
  // from that date to publication, not a schedule with no place on the calendar; so is one since a happening the
  // date is in ("have risen every year since the service began in 1974").
  // "will be collected every other week from the summer": a habit that starts on a date is a change made then.
  // A habit in the plain present ("opens every day from Easter") is a timetable, no change.
  const startsHabit = !!set && !a.end && set.end <= main.start && main.type === 'DATE' && HABIT_FROM.test(u.paraText.slice(lastSetBefore(u, c, main).end, main.start)) && CHANGE_TENSE.test(u.paraText.slice(c.start, set.start));
  // "From 4 May, the ferry will sail twice a day": the mirror, a change date put before the habit it starts.
  const habitFromDate = !!set && !a.end && set.start >= main.end && main.type === 'DATE' && HABIT_FROM_LEAD.test(u.paraText.slice(c.start, main.start)) && CHANGE_TENSE.test(u.paraText.slice(main.end, set.start));
  // "went on refereeing matches every other Sunday until last spring": a habit told as kept up ("went on", "kept",
  // "continued"), until a date, is a stretch ending then (the until-clause's work), not a timetable ("the pool opens
  // every day until September"). A habit alone ("was manned every summer until 1979") stays one.
  const untilHabit = !!set && !a.end && set.end <= main.start && main.type === 'DATE' && UNTIL_AFTER_SET.test(u.paraText.slice(lastSetBefore(u, c, main).end, main.start)) && KEPT_UP.test(u.paraText.slice(c.start, set.start));
  // So is one told in the past perfect ("had walked the dog every evening since the snow came in March"), up to the
  // time the story is at rather than to publication.
  const sinceHabit = !!set && !a.end && set.end <= main.start && SINCE_AFTER_SET.test(u.paraText.slice(set.end, main.start)) && (sinceUpToNow(u.paraText, c, main, true) || pastPerfectIn(u.paraText.slice(c.start, set.start))) && !OPENING_HOURS.test(u.paraText.slice(c.start, set.start));
  // "has had a customs post since 1911; it is staffed from 7 a.m. to 7 p.m.": opening hours told in a clause of their
  // own after a semicolon, or after ", and"/", but" and a subject of their own ("…, and the shop will stay open on
  // weekdays from 9 a.m. to 5 p.m."), leave the dated clause before it whole.
  const semi = !set ? (OWN_CLAUSE_AFTER.exec(u.paraText.slice(main.end, c.end))?.index ?? -1) : -1;
  if (semi >= 0 && isSchedule(u.paraText.slice(main.end + semi + 1, c.end)) && !isSchedule(u.paraText.slice(c.start, main.end + semi))) return main.end + semi;
  if ((set && scheduleCut < 0 && !bounded && !sinceHabit && !startsHabit && !habitFromDate && !untilHabit && !reported) || isSchedule(u.paraText.slice(c.start, scheduleCut < 0 ? c.end : scheduleCut))) return null;
  return scheduleCut;
}

// What ends a habit's conjunct before a dated one: a comma and a conjunction, or a semicolon.
const HABIT_CONJUNCT_END = /,\s+(?:and|but)\s+|;\s+/g;
const AND_PAST = /\s+and\s+([a-z]{3,})\b/g;
// "until" and the first words of its clause: a subject opening on a determiner, a capital or a personal pronoun.
const UNTIL_CLAUSE = new RegExp(String.raw`\s(?:until|till)\s+((?:${SUBJECT_DETERMINER}|[A-Z][\w'’-]*|he|she|it|they|we)(?:\s+[\w'’-]+){1,4})`);
// Pasts written as their present ("read", "put"): after a habit and before a date of their own, told as done.
const SAME_AS_PRESENT = new Set(['read', 'put', 'set', 'cut', 'let', 'shut', 'spread', 'cast']);
const isPastWord = (w: string): boolean => isPastForm(w) || SAME_AS_PRESENT.has(w);

/**
 * "The dam is inspected every two years, and the cracks were not there in the spring of 2019": a habit told in a
 * conjunct of its own before the dated one leaves that one an event. Where the dated conjunct starts, or -1 when the
 * clause's first habit is not so set off (or the rest is a schedule too: "open every day, and on Sundays from 10 a.m.").
 */
export function habitBeforeCut(u: Unit, a: Anchored): number {
  const { clause: c, main } = a;
  const set = u.timexes.find((t) => t.type === 'SET' && t.start >= c.start && t.end <= c.end && !kindAdjective(u.paraText, t.start, t.end));
  if (!set || a.end || set.end > main.start || u.timexes.some((t) => t.type === 'SET' && t !== set && t.start >= set.end && t.end <= c.end)) return -1;
  const between = u.paraText.slice(set.end, main.start);
  let cut = -1;
  for (const sep of between.matchAll(HABIT_CONJUNCT_END)) cut = set.end + sep.index! + sep[0].length;
  // "came in every morning for five more years and read the proofs in the autumn of 1980": a bare "and" before a verb
  // in the past opens the dated conjunct as well.
  if (cut < 0) for (const sep of between.matchAll(AND_PAST)) if (isPastWord(sep[1])) cut = set.end + sep.index! + sep[0].length - sep[1].length;
  // "had a boat every day until the firm took over the route in 2009": a clause "until" opens, with a subject and a
  // past verb of its own, is a happening of its own, dated; the habit before it only ran up to it.
  if (cut < 0) {
    const until = UNTIL_CLAUSE.exec(between);
    const words = until ? until[1].split(/\s+/) : [];
    // A past verb within four words of the subject's first ("the bus company took").
    if (until && words.slice(1, 5).some((w) => isPastWord(w))) cut = set.end + until.index + until[0].length - until[1].length;
  }
  // The dated conjunct has words of its own before its date ("the last coat went on"), not "and on Easter Monday".
  if (cut < 0 || !/[a-z]{2,}\W+[a-z]{2,}/i.test(u.paraText.slice(cut, main.start)) || isSchedule(u.paraText.slice(cut, c.end))) return -1;
  return cut;
}
