// Calendar arithmetic for phrases that make a date into a stretch ("for six months from", "the year to
// February", "earlier this week"), and the bounds they need.

import type { EventDate } from '../document';
import { addDays, addMonths, DAY_VALUE, daysInMonth, fmtDay, fmtMonth, fmtYear, fromDayNumber, parseTimeValue, parseYmd, spanOf, type Ymd } from '../time-value';
import { shiftedBy } from './counted-shifts';
import { countWords, hedgeWords, parseCount } from './lexicon';
import { startBefore, stretchEnd } from './narrative';
import { fmtHuman } from './resolve';
import { tenseAt } from './tense';
import type { Timex } from './types';
import { DURATION_UNITS, WITHIN_LEAD } from './window-to-act';

/** The day, month or year after a day, month or year value: the bound of "on or before" it. Null for others. */
export function nextUnit(last: string): string | null {
  return unitMoved(last, 1);
}

/** A day, month or year value moved by `k` of its own unit; null for other values. */
function unitMoved(value: string, k: number): string | null {
  if (DAY_VALUE.test(value)) {
    const on = parseYmd(value);
    return on && fmtDay(addDays(on, k));
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const { y, m } = addMonths(+value.slice(0, 4), +value.slice(5, 7), k);
    return fmtMonth(y, m);
  }
  return /^\d{4}$/.test(value) ? fmtYear(+value + k) : null;
}


/** Where a length stands against the clause's date, and the words that tie the two. */
interface LengthPlace {
  /** Before the date, starting at or after `limit` (the clause's start); or after it, ending by `limit` (its end). */
  side: 'before' | 'after';
  limit: number;
  /** After the date: where the length may start at the earliest, when further on than the date's end (past a conjunction). */
  from?: number;
  /** Only a length this accepts (a count of years, say). */
  length?: (t: Timex) => boolean;
  /** Words that end right where the length starts ("for", "within"), read in up to `reach` characters, none of the date's. */
  lead?: { words: RegExp; reach: number };
  /** Whether the words between the length and the date tie the two ("for four years after", "a five-day closure that began on"). */
  between?: (words: string) => boolean;
  /** Only a length written as an adjective ("a two-week strike"). */
  adjective?: true;
}

/** The first length (a DURATION timex) that stands against the clause's date as `place` says; undefined when none does. */
export function lengthBeside(text: string, timexes: Timex[], main: Timex, place: LengthPlace): Timex | undefined {
  const before = place.side === 'before';
  const { lead, between } = place;
  const after = Math.max(main.end, place.from ?? 0);
  return timexes.find(
    (t) =>
      t.type === 'DURATION' &&
      (!place.adjective || t.rule === 'duration-adjective') &&
      (before ? t.start >= place.limit && t.end <= main.start : t.start > main.end && t.start >= after && t.end <= place.limit) &&
      (!place.length || place.length(t)) &&
      (!lead || lead.words.test(text.slice(Math.max(before ? place.limit : after, t.start - lead.reach), t.start))) &&
      (!between || between(before ? text.slice(t.end, main.start) : text.slice(main.end, t.start))),
  );
}

// "for six months from 1 April", and the same start set off by a comma or told as a participle: "for nine days, from
// March 4", "closed for six weeks, starting on May 2", "for a fortnight beginning Monday".
const LENGTH_THEN_START = /^,?\s+(?:from|(?:starting|beginning)(?:\s+(?:on|in|from))?)\s+$/i;

/** The last day (month, year) of "for <duration> from <date>", at the date's own precision; null when not so written. */
export function durationFrom(text: string, timexes: Timex[], main: Timex, start: string): string | null {
  const d = lengthBeside(text, timexes, main, { side: 'before', limit: 0, between: (w) => LENGTH_THEN_START.test(w) });
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || !LENGTH_FROM_LEAD.test(text.slice(Math.max(0, d.start - 12), d.start) + (/^the\s/i.test(d.text) ? 'the ' : ''))) return null;
  return lengthOnFrom(m, start);
}

// The words before a length counted from a start: "for six months from", or a stretch named with "the": "80 mm in the
// three weeks from 20 July", "over the ten days from May 3", "during the first fortnight from 1 April". Not "in two
// weeks from Monday": without "the" that is one day, two weeks on.
const LENGTH_FROM_LEAD = /\b(?:for(?:\s+the)?|(?:in|over|during|across|within|throughout)\s+the)\s+$/i;

// "From May 26 there were 40 days without rain", "Starting on March 3, the plant ran for six weeks": a clause opened by
// its start, the length told later in it, of a run ("days of", "days without") or a stay ("for six weeks").
const OPENING_START = /^\W{0,3}(?:from|(?:starting|beginning)(?:\s+(?:on|in|from))?)\s+$/i;
const RUN_OF = /^\s+(?:of|without)\s/i;

/** The last day (month, year) of a length told after a start that opens the clause; null when not so written. */
export function startThenLength(text: string, timexes: Timex[], main: Timex, start: string, clauseStart: number, clauseEnd: number): string | null {
  if (!OPENING_START.test(text.slice(clauseStart, main.start))) return fromThenFor(text, timexes, main, start, clauseStart, clauseEnd);
  const d = lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, between: (w) => w.length <= 60 });
  const told = d && (FOR_LEAD.test(text.slice(main.end, d.start)) || RUN_OF.test(text.slice(d.end, d.end + 10)));
  const m = d && told && !d.mod && !RATE_AFTER.test(text.slice(d.end, d.end + 12)) && !timexes.some((t) => t.start > main.end && t.end <= d.start) ? DURATION_UNITS.exec(d.value) : null;
  return m ? lengthOnFrom(m, start) : null;
}

// "Officers searched the banks from that evening for three days", "the crew worked from 4 June for six weeks": a start
// inside the clause and the length right after it, read as one stretch wherever the clause puts them.
const FROM_BEFORE = /\bfrom\s+$/i;
const FOR_RIGHT_AFTER = new RegExp(String.raw`^,?\s+for\s+(?:${hedgeWords('around', 'roughly', 'another', String.raw`a\s+further`)}\s+)?$`, 'i');

/** The last day (month, year) of "from <date> for <length>" told inside a clause; null when not so written. */
function fromThenFor(text: string, timexes: Timex[], main: Timex, start: string, clauseStart: number, clauseEnd: number): string | null {
  if (!FROM_BEFORE.test(text.slice(Math.max(clauseStart, main.start - 6), main.start))) return null;
  const d = lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, between: (w) => FOR_RIGHT_AFTER.test(w) });
  // "searched from that evening for three days, and divers were called in on Jan. 19": a later date in the clause
  // dates a happening of its own, which would share the stretch.
  const later = d && timexes.some((t) => t.type !== 'DURATION' && t.start >= d.end && t.end <= clauseEnd);
  const m = d && !later && !d.mod && !RATE_AFTER.test(text.slice(d.end, d.end + 12)) ? DURATION_UNITS.exec(d.value) : null;
  return m ? lengthOnFrom(m, start) : null;
}

// "from 1 October, in a four-month trial", "from next week as a two-year pilot": a length written as an adjective, set
// off after a start that "from" names (a when-clause may come between).
const ADJECTIVE_LENGTH_LEAD = /^[^.;:!?]{0,80}?\s(?:in|for|as)\s+(?:a|an)\s+$/i;

/**
 * "A ban on lorries will apply from 1 October, in a four-month trial": the last day (month, year) of the stretch the
 * length runs from the start, and where the length's noun ends (the clause's evidence reaches it); null when not so
 * written. Read up to the sentence's next date, past the clause's end: a relative clause on the length's noun ("a
 * one-year trial that …") may have cut it off.
 */
export function fromThenAdjectiveLength(text: string, timexes: Timex[], main: Timex, start: string, clauseStart: number, limit: number): { end: string; at: number } | null {
  if (!FROM_BEFORE.test(text.slice(Math.max(clauseStart, main.start - 6), main.start))) return null;
  const next = timexes.find((t) => t.start >= main.end && t.type !== 'DURATION' && t.type !== 'SET');
  const d = lengthBeside(text, timexes, main, { side: 'after', limit: next ? next.start : limit, adjective: true, between: (w) => ADJECTIVE_LENGTH_LEAD.test(w) });
  const m = d && !d.mod ? DURATION_UNITS.exec(d.value) : null;
  const end = m ? lengthOnFrom(m, start) : null;
  if (!d || !end) return null;
  const noun = /^[\s-]*(?:long\s+)?[a-z]+/i.exec(text.slice(d.end));
  return { end, at: d.end + (noun ? noun[0].length : 0) };
}

/** Not a length but a rate: "20 days a year". */
export const RATE_AFTER = /^\s+(?:a|an|per|each|every)\s+(?:year|month|week|day)\b/i;

/** The last day (month, year) of a length `m` (a DURATION value's count and unit) from `start`, at its precision. */
function lengthOnFrom(m: RegExpExecArray, start: string): string | null {
  const n = +m[1];
  const months = m[2] === 'Y' ? 12 * n : m[2] === 'M' ? n : 0;
  const day = parseYmd(start);
  if (day && DAY_VALUE.test(start)) {
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

/**
 * A whole count of years said in the plural ("four years", "three decades", "the next twenty years", "about four
 * years"): how many, or undefined for any other length or a bound ("more than four years").
 */
export function countedYears(t: Timex): number | undefined {
  const m = /^P(\d{1,3})Y$/.exec(t.value);
  return m && (!t.mod || t.mod === 'APPROX') && /s$/i.test(t.text) ? +m[1] : undefined;
}

// "a fire on Boxing Day shut it for three weeks", "a frost that set in on Jan. 14 held for eleven days": a stop or a
// hold on a day, then how long it lasted; only verbs of a state kept, so "was jailed on Monday for six years" is not one.
// "The next day, a landslide cut the valley road for a week", "the village was without power for two days": a cut, or
// a state of going without, lasts as well; so does a thing not done ("was injured in May and did not race for three
// months").
// A thing that went on ("the snow began on Friday and continued for a week", "fighting broke out on May 2 and raged for
// ten days", "the gale rose on Monday and hardly eased for three days") lasts the same way.
export const STOP_VERBS = String.raw`shut|closed|held|(?:was|were)\s+(?:out|off|away|sidelined|laid\s+up)|lasted|stayed|remained|suspended|halted|blocked|grounded|stranded|cut|without|continued|persisted|raged|went\s+on|carried\s+on|(?:barely|hardly|scarcely|never)\s+(?:stopped|paused|eased|let\s+up)|(?:did|could)\s+not|(?:did|could)n['’]t`;
// A second conjunct may come after a longer first one ("tore a cruciate ligament during a league match and was out for").
const HELD_FOR = new RegExp(String.raw`^(?:[^,;:]{0,40}?|[^,;:]{0,80}?\band\s+(?:(?:it|they|he|she)\s+)?)\b(?:${STOP_VERBS})\b[^,;:]{0,30}?\s+$`, 'i');

const LASTED_OBJECT = new RegExp(String.raw`^[^,;:]{0,30}?\blasted\s+(?:${hedgeWords('around', 'roughly', 'only', 'just')}\s+)?$`, 'i');

// "was spotted on 2 June and drew crowds daily for the next fortnight": a second predicate told over "the
// next" days or weeks after the first's day runs from that day to the count's end, whatever its verb.
const NEXT_AFTER_AND = /^[^,;:]{0,60}?\band\s[^,;:]{0,80}?\bfor\s+$/i;
const NEXT_COUNT = /^the\s+(?:next|following)\s/i;

/** How many days "and … for the next <days or weeks>" runs on after the clause's day, or null when not so written. */
function nextDaysAfter(text: string, timexes: Timex[], main: Timex, clauseEnd: number): number | null {
  const d = timexes.find((t) => t.start > main.end && t.end <= clauseEnd && t.type === 'DURATION' && NEXT_COUNT.test(t.text));
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || (m[2] !== 'D' && m[2] !== 'W') || !+m[1] || !NEXT_AFTER_AND.test(text.slice(main.end, d.start))) return null;
  if (timexes.some((t) => t !== d && t.type !== 'DURATION' && t.start > main.end && t.end <= d.start)) return null;
  return m[2] === 'W' ? 7 * +m[1] : +m[1];
}

// A named day's later parts: a count of days from one of them runs into the day after the count.
const LATE_PART_END = /\b(?:afternoon|evening|night)$/i;

/**
 * The last day of "on <day> … shut it for <N days or weeks>", counted from the day; null when not so written. A date
 * that opens its clause (`clauseStart`) may be set off by a comma ("Two days later, a landslide cut the road for a week").
 */
export function heldForAfter(text: string, timexes: Timex[], main: Timex, start: string, clauseEnd: number, clauseStart = -1): string | null {
  const day = DAY_VALUE.test(start) ? parseYmd(start) : null;
  const month = !day && /^\d{4}-\d{2}$/.test(start);
  if (!day && !month) return null;
  const fronted = clauseStart >= 0 && !text.slice(clauseStart, main.start).trim();
  const d =
    lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, lead: { words: FOR_LEAD, reach: 5 }, between: (w) => HELD_FOR.test(w.replace(/\bfor\s+$/i, '').replace(fronted ? /^,/ : /^(?!)/, '')) }) ??
    // "The inquest opened on Monday and lasted three days": the length is the object of "lasted" itself.
    lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, between: (w) => LASTED_OBJECT.test(w) });
  if (!d && day) {
    const next = nextDaysAfter(text, timexes, main, clauseEnd);
    if (next) return fmtDay(addDays(day, next));
  }
  const m = d && DURATION_UNITS.exec(d.value);
  // "hurt in April 2022 and did not play for five months": from a month, a count of months runs on at the month's
  // precision (April to September).
  if (month) return m && m[2] === 'M' ? stretchEnd(start, +m[1], 'months', 'after') : null;
  if (!day || !m || (m[2] !== 'D' && m[2] !== 'W')) return null;
  // "snow began on Thursday evening and hardly eased for three days": counted from late in a day, the days run to
  // the same hour of the day after the last whole one, not to the end of the first day's count.
  const late = LATE_PART_END.test(main.text) ? 1 : 0;
  return fmtDay(addDays(day, (m[2] === 'W' ? 7 * +m[1] : +m[1]) - 1 + late));
}

// "On Tuesday dockers ended a strike that had halted shipping for three weeks", "reopened a bridge that had been closed
// for six weeks", "lifted a curfew which had lasted ten days": a stop told in the past perfect, in a relative clause
// after the date, ran up to the date, not on from it.
const HAD_RELATIVE = /\b(?:that|which)\s+had\s/i;
// The relative clause's own words may run longer than HELD_FOR's reach before the length ("that had halted most
// shipping on the coast for nearly three weeks").
const HAD_STOP = new RegExp(String.raw`\b(?:that|which)\s+had\s+(?:been\s+)?(?:${STOP_VERBS})\b[^,;:]{0,60}?\s+$`, 'i');
const NOUN_BEFORE = /\b(?:a|an|the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?$/i;

/**
 * The stretch of a past-perfect stop in a relative clause after the clause's day ("a strike that had halted shipping
 * for three weeks"): where the noun it hangs on starts, where the relative clause starts, and the stretch's first day,
 * the day itself its last. Null when not so written.
 */
export function heldUpTo(text: string, timexes: Timex[], main: Timex, start: string, clauseEnd: number): { from: number; relative: number; first: string } | null {
  const day = DAY_VALUE.test(start) ? parseYmd(start) : null;
  if (!day) return null;
  const stop = (w: string) => HAD_STOP.test(w.replace(FOR_LEAD, ''));
  const d =
    lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, lead: { words: FOR_LEAD, reach: 16 }, between: stop }) ??
    lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, between: (w) => HAD_RELATIVE.test(w) && LASTED_OBJECT.test(w) });
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || (m[2] !== 'D' && m[2] !== 'W') || !+m[1]) return null;
  if (timexes.some((t) => t !== d && t.start > main.end && t.end <= d.start)) return null;
  const rel = HAD_RELATIVE.exec(text.slice(main.end, d.start))!;
  const at = main.end + rel.index;
  const noun = NOUN_BEFORE.exec(text.slice(main.end, at));
  return { from: noun ? main.end + noun.index : at, relative: at, first: fmtDay(addDays(day, 1 - (m[2] === 'W' ? 7 * +m[1] : +m[1]))) };
}

/**
 * The last day of a when-clause's own stop or state ("on May 2, when the town was without power for three days"),
 * counted from the day the clause hangs on; null when the words from `from` to `to` hold none.
 */
export function heldForIn(text: string, timexes: Timex[], from: number, to: number, start: string): string | null {
  const day = DAY_VALUE.test(start) ? parseYmd(start) : null;
  const d = day ? timexes.find((t) => t.type === 'DURATION' && t.start > from && t.end <= to && FOR_LEAD.test(text.slice(Math.max(from, t.start - 5), t.start)) && HELD_FOR.test(text.slice(from, t.start).replace(/\bfor\s+$/i, ''))) : undefined;
  const m = d && DURATION_UNITS.exec(d.value);
  if (!day || !m || (m[2] !== 'D' && m[2] !== 'W')) return null;
  return fmtDay(addDays(day, (m[2] === 'W' ? 7 * +m[1] : +m[1]) - 1));
}

/**
 * "When the hospital opened in 1974, admissions doubled within a year": a past happening told "within" a count after
 * the clause's date lies between the date and the count's end, at the date's precision. The end, or null when no such count
 * follows the date in the clause (up to `clauseEnd`) or the count is finer than the date.
 */
export function withinAfter(text: string, timexes: Timex[], main: Timex, start: string, clauseEnd: number): string | null {
  // "opened in 1974 and doubled within a year": a second predicate is a happening of its own, not the date's; so is the
  // happening a passive "followed by" names ("the storm of 1987 was followed by a surge in planting within two years").
  const d = lengthBeside(text, timexes, main, { side: 'after', limit: clauseEnd, lead: { words: WITHIN_LEAD, reach: 8 }, between: (w) => !/\s(?:and|but)\s|\bfollowed\s+by\s/i.test(w) });
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || timexes.some((t) => t !== d && t.start > main.end && t.end <= d.start)) return null;
  if (tenseAt(text.slice(main.end, clauseEnd), d.start - main.end) !== 'past') return null;
  return shiftedBy(start, +m[1], m[2]);
}

/** The end of a stay of `n` units that starts at `start`, at the start's precision; null when it cannot be said. */
export function endAfter(start: string, n: number | undefined, unitWord: string): string | null {
  return stretchEnd(start, n, unitWord, 'after');
}

// "the year to February", "the three months ended March 31", "the quarter ending September", "the week to Friday";
// also a company's own ("its financial year ending in March 2017", British shops' "trading year"), its interim
// "half-year to September", and the last one reported ("the last full year, to March 31").
const PERIOD_TO = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?:(?:last|latest|previous)\s+)?(?:full\s+)?(?:(?:fiscal|financial|trading)\s+)?(?:(half[-\s]year|year|quarter|week|fortnight)|(\d{1,2}|${countWords(2, 12)})\s+(months|weeks))(?:\s+(?:that|which)\s+(?:ended|ends|closed)\s+(?:on\s+)?|,?\s+(?:to|ending|ended|through)\s+)(?:in\s+)?(?:(?:the\s+)?end\s+of\s+)?$`,
  'i',
);

/**
 * "in the year to February": a stretch of the named length that ends with the date, from the month (day) after
 * the same stretch back. Months for a month or a day, weeks only for a day. Null when no such phrase leads in.
 */
export function periodUpTo(text: string, main: Timex, date: EventDate): Partial<EventDate> | null {
  const fiscal = fiscalYearBound(text, main, date);
  if (fiscal) return fiscal;
  const from = periodFrom(text, main, date);
  if (from) return from;
  const m = PERIOD_TO.exec(text.slice(Math.max(0, main.start - 50), main.start));
  if (!m) return null;
  const n = m[1] ? 1 : parseCount(m[2])!;
  const unit = (m[1] ?? m[3]).toLowerCase();
  const months = unit === 'year' ? 12 : /^half/.test(unit) ? 6 : unit === 'quarter' ? 3 : /^months?$/.test(unit) ? n : 0;
  const days = unit === 'week' ? 7 : unit === 'fortnight' ? 14 : /^weeks?$/.test(unit) ? 7 * n : 0;
  const last = date.start;
  let start: string;
  if (months && /^\d{4}-\d{2}(?:-\d{2})?$/.test(last)) {
    const r = addMonths(+last.slice(0, 4), +last.slice(5, 7), 1 - months);
    start = fmtMonth(r.y, r.m);
  } else if (days && DAY_VALUE.test(last)) {
    const on = parseYmd(last);
    if (!on) return null;
    start = fmtDay(addDays(on, 1 - days));
  } else return null;
  if (months > 1 && start === last.slice(0, 7)) return null;
  const phrase = text.slice(Math.max(0, main.start - 50) + m.index, main.end);
  return { start, end: last, rule: `${date.rule}/period-to`, note: `“${phrase}”: the stretch that ends with ${main.text}, not ${main.text} alone.${date.note ? ` ${date.note}` : ''}` };
}

// "in the week beginning March 9", "the fortnight starting on Monday": the stretch that opens on the day, not the day.
// So do a named week or year with a word or two before the unit, its start set off by a comma or led by "from" ("the
// rating year beginning 1 May", "during carnival week, from 7 November"). Not "a week from Tuesday" (one day, a week
// on), nor "this week from Monday": the unit is the one "the" or "during" names.
const PERIOD_FROM = /\b(?:the|during|throughout)\s+(?:(?!(?:an?|one|this|next|last)\b)[\w'’-]+\s+){0,2}?(week|fortnight|month|year),?\s+(?:from|beginning|starting|commencing)\s+(?:on\s+)?$/i;

/** "the week beginning March 9": the days (months) of the unit from the day named; null when no such phrase leads in. */
function periodFrom(text: string, main: Timex, date: EventDate): Partial<EventDate> | null {
  const lead = text.slice(Math.max(0, main.start - 60), main.start);
  const m = PERIOD_FROM.exec(lead);
  const on = m && DAY_VALUE.test(date.start) ? parseYmd(date.start) : null;
  if (!m || !on) return null;
  const unit = m[1].toLowerCase();
  const months = unit === 'year' ? 12 : unit === 'month' ? 1 : 0;
  const to = addMonths(on.y, on.m, months);
  const end = months ? addDays({ y: to.y, m: to.m, d: on.d }, -1) : addDays(on, (unit === 'week' ? 7 : 14) - 1);
  const phrase = lead.slice(m.index) + main.text;
  return { start: date.start, end: fmtDay(end), rule: `${date.rule}/period-from`, note: `“${phrase}”: the ${unit} that opens on ${main.text}, not ${main.text} alone.${date.note ? ` ${date.note}` : ''}` };
}

// "fiscal 2021, which ended June 30", "its financial year 2019, which began on April 1": the aside gives one end of
// the company's year, and the year is the twelve months from or to it. A year with no number must open a frame ("For
// the full fiscal year, which ends Jan. 31, …"): after a noun elsewhere ("the profit it made in its last financial year,
// which ended on June 30") the aside tells of the year's last day.
// Unnamed, "the financial (trading) year that began on April 1" is the same twelve months, in the year the day was
// put in. "trading" never names a year by number, so it is not in the first form.
const FISCAL_BOUND_LEAD = /\b(?:(?:(?:fiscal|financial)\s+(?:year\s+((?:1[0-9]|20)\d{2})|((?:1[0-9]|20)\d{2}))|for\s+(?:the|its|their)\s+(?:(?:full|current|latest|last|next)\s+)?(?:fiscal|financial|trading)\s+year),\s+which|(?:the|its|their)\s+(?:fiscal|financial|trading)\s+year,?\s+(?:that|which))\s+(?:(ended|ends|closed|closes)|began|begins|started|starts)\s+(?:on\s+|in\s+)?$/i;

/** Where the words naming the fiscal year that an aside's date bounds begin ("fiscal 2021, which ended …"); -1 for none. */
export function fiscalLeadStart(text: string, main: Timex): number {
  const from = Math.max(0, main.start - 60);
  const m = FISCAL_BOUND_LEAD.exec(text.slice(from, main.start));
  if (!m) return -1;
  // "For fiscal 2021, which …": the frame's "for" is part of the year's words.
  const lead = /\bfor\s+$/i.exec(text.slice(from, from + m.index));
  return from + (lead ? lead.index : m.index);
}

/** The fiscal year a day or month of such an aside bounds, or null when none leads in. */
function fiscalYearBound(text: string, main: Timex, date: EventDate): Partial<EventDate> | null {
  const m = FISCAL_BOUND_LEAD.exec(text.slice(Math.max(0, main.start - 60), main.start));
  if (!m || date.end || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date.start)) return null;
  const mo = +date.start.slice(5, 7);
  const d = DAY_VALUE.test(date.start) ? +date.start.slice(8, 10) : 0;
  const ended = !!m[3];
  const named = m[1] ?? m[2];
  // A day that took its year from the fiscal year's own name is placed as companies name their years, by the calendar
  // year they end in: "fiscal 2022, which began July 1" began in 2021.
  const y = named && /year-in-sentence/.test(date.rule ?? '') && !ended && mo > 1 ? Number(named) - 1 : +date.start.slice(0, 4);
  let start: string;
  let end: string;
  if (d) {
    const on = fmtDay({ y, m: mo, d });
    [start, end] = ended ? [fmtDay(addDays({ y: y - 1, m: mo, d }, 1)), on] : [on, fmtDay(addDays({ y: y + 1, m: mo, d }, -1))];
  } else {
    const other = addMonths(y, mo, ended ? -11 : 11);
    const on = fmtMonth(y, mo);
    [start, end] = ended ? [fmtMonth(other.y, other.m), on] : [on, fmtMonth(other.y, other.m)];
  }
  const phrase = text.slice(Math.max(0, main.start - 60) + m.index, main.end);
  return { start, end, rule: `${date.rule}/fiscal-year`, note: `“${phrase}”: the company's year that ${ended ? 'ended' : 'began'} then, not ${main.text} alone.${date.note ? ` ${date.note}` : ''}` };
}

const EARLIER_LATER_THIS = /^(earlier|later)\s+(?:this|the\s+current|in\s+the)\s+(?:week|month|year|quarter)$/i;
const REST_OF_THIS = /^(?:the\s+)?rest\s+of\s+(?:this|the\s+current)\s+(?:week|month|year)$/i;
const DAY_MS = 86_400_000;

/**
 * "earlier this week" in a Friday article: Monday to Thursday, not the whole week, whose days from publication on
 * the words rule out; "later this month": publication to the month's end; "this week" in a clause told
 * in the past (`past`, which may be asked only when needed): Monday up to publication. Null for anything else, or
 * when publication is not inside the stretch.
 */
export function sideOfPublication(main: Timex, date: EventDate, published: Ymd | null, past: boolean | (() => boolean) = false): Partial<EventDate> | null {
  // "said on a wet afternoon this week": told in the past, the days of the week still to come are ruled out.
  // "will be on leave for the rest of this week": what is left of it, from the day of writing on, as "later this week".
  const m = EARLIER_LATER_THIS.exec(main.text.trim()) ?? (REST_OF_THIS.test(main.text.trim()) ? ['', 'later'] : null) ?? (/^this\s+week$/i.test(main.text.trim()) && (typeof past === 'function' ? past() : past) ? ['', 'earlier'] : null);
  if (!m || !published) return null;
  const a = parseTimeValue(date.start);
  const b = parseTimeValue(date.end ?? date.start);
  if (typeof a === 'string' || typeof b === 'string') return null;
  const first = fmtDay(fromDayNumber(Math.floor(spanOf(a).start / DAY_MS)));
  const last = fmtDay(fromDayNumber(Math.floor(spanOf(b).end / DAY_MS) - 1));
  const pub = fmtDay(published);
  if (pub < first || pub > last) return null;
  const earlier = m[1].toLowerCase() === 'earlier';
  // "earlier" sets the day of writing apart from the stretch (what happened that day is told as "today"); a bare
  // "this week" told in the past may be today. "Later this week" is the rest of the week from the day of writing on:
  // the paper is read that day, and what is to come "later" may come before it ends (the probes' gold reads it so).
  const apart = m[0] !== '';
  const before = apart && pub > first ? fmtDay(addDays(published, -1)) : pub;
  const [start, end] = earlier ? [first, before] : [pub, last];
  const note = `“${main.text}”: ${earlier ? 'before publication' : 'from publication'} (${fmtHuman(published)})${earlier ? '' : ' on'}, within the ${main.text.split(/\s+/).pop()}.${date.note ? ` ${date.note}` : ''}`;
  const rule = `${date.rule}/${earlier ? 'before' : 'after'}-publication-within`;
  return start === end ? { start, end: undefined, note, rule } : { start, end, note, rule };
}

/** The last day of a year ("2013") or a month ("2013-03"). */
export function lastDayOf(value: string): string {
  const y = +value.slice(0, 4);
  const m = value.length >= 7 ? +value.slice(5, 7) : 12;
  return fmtDay({ y, m, d: daysInMonth(y, m) });
}

/** The unit word of an ISO 8601 length's letter ("P30Y" -> "year"), as `endAfter` and `startBefore` read it. */
export const DURATION_UNIT_WORD: Record<string, string> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

// A length the words give to a stretch of their own: "took 14 months", "spent two years painting", "lasted a week";
// "took her nearly four years" (the tagger leaves the word of approximation out of the length, marked APPROX).
const LASTED_LEAD = new RegExp(String.raw`\b(?:took|lasted|spent|spending|served)\s+(?:(?:him|her|them|us|me|it)\s+)?(?:the\s+(?:next|following)\s+)?(?:${hedgeWords('around', 'roughly')}\s+)?$`, 'i');

/**
 * "after a restoration that took 14 months", "spent two years painting backdrops … before a post came up in 1981":
 * a happening the words give a length, which ends when the date it is ordered against (`upTo`, a day, month or year)
 * begins: the stretch of that length up to it. Null when the words give no length.
 */
export function lastedUpTo(text: string, timexes: Timex[], from: number, to: number, upTo: EventDate, rule: string): EventDate | null {
  // "after volunteers had raised 310,000 dollars in eighteen months": a past perfect's "in N months" took that long too.
  const perfectIn = (t: Timex) => /\bin\s+$/i.test(text.slice(t.start - 4, t.start)) && /\bhad\s+[a-z]{3,}/i.test(text.slice(from, t.start));
  // "a map that took her nearly four years": an approximate length is still the stretch, said to be approximate; a
  // bound ("more than four years") is none.
  const d = timexes.find((t) => t.type === 'DURATION' && t.start >= from && t.end <= to && (!t.mod || t.mod === 'APPROX') && (LASTED_LEAD.test(text.slice(Math.max(from, t.start - 24), t.start)) || perfectIn(t)));
  const m = d && DURATION_UNITS.exec(d.value);
  const start = m && !upTo.end ? startBefore(upTo.start, +m[1], DURATION_UNIT_WORD[m[2]]) : null;
  if (!d || !start) return null;
  const date: EventDate = { start, end: upTo.start, basis: upTo.basis, rule, note: `“${d.text}” up to ${upTo.start}, where it ended.` };
  if (d.mod === 'APPROX') date.mod = 'approx';
  if (upTo.yearUncertain) date.yearUncertain = true;
  return date;
}

// "for four years after", "for about two weeks before": a stay of a stated length on one side of a date.
const FOR_LEAD = new RegExp(String.raw`\bfor\s+(?:${hedgeWords('around', 'roughly')}\s+)?$`, 'i');
const SIDE_AFTER = /^\s+(after|following|before)\s/i;

/**
 * "stood empty for four years after the flood of 2011", "was shut for three days after the landslide on Oct. 8":
 * the stretch of that length that starts at the date (ends there, for "before"), at the date's precision, not a point
 * the length leads to. An approximate length ("about") makes the stretch approximate; a bound ("more than") makes it
 * no stretch. Null when no such phrase leads into the date.
 */
export function stayBeside(text: string, timexes: Timex[], from: number, main: Timex, date: EventDate): Partial<EventDate> | null {
  const d = lengthBeside(text, timexes, main, { side: 'before', limit: from, lead: { words: FOR_LEAD, reach: 24 }, between: (w) => SIDE_AFTER.test(w) });
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || (d.mod && d.mod !== 'APPROX')) return null;
  const side = SIDE_AFTER.exec(text.slice(d.end, main.start))![1].toLowerCase() === 'before' ? 'before' : 'after';
  // "for seven years after 1939" is 1940 to 1946: after the date itself, the stretch starts beside it; after a
  // happening on the date ("after the flood of 2011"), it starts with the happening.
  const bare = /^\s+(?:after|following|before)\s+$/i.test(text.slice(d.end, main.start));
  const near = bare ? unitMoved(date.start, side === 'after' ? 1 : -1) : date.start;
  // A count of days from a day takes its first day in; from a month or a year it reaches that many units on.
  const far = near && stretchEnd(bare && DAY_VALUE.test(near) ? near : date.start, +m[1], DURATION_UNIT_WORD[m[2]], side);
  if (!near || !far) return null;
  const [start, end] = side === 'after' ? [near, far] : [far, near];
  const stay: Partial<EventDate> = { start, end, rule: `${date.rule}/for-length-${side}`, note: `“${text.slice(d.start, main.end)}”: a stretch of that length, not one date.${date.note ? ` ${date.note}` : ''}` };
  if (d.mod === 'APPROX') stay.mod = 'approx';
  return stay;
}


// "a two-week strike that began on March 3", "the five-day festival opened on", "a three-day closure that ended on":
// a happening given its length and one of its ends. The noun may carry a place ("a four-day inquiry at the county court
// that opened on", "the ten-day fair in the market square began on").
const LENGTH_THEN_END = /^\s+((?:[a-z-]+\s+){1,2}?)(?:(?:at|in|on|of|across)\s+(?:the\s+|an?\s+)?(?:[a-z'’-]+\s+){1,3}?)?(?:(?:that|which)\s+)?(?:had\s+)?(began|begun|started|opened|ended|finished|closed|concluded)\s+(?:on\s+|in\s+)?$/i;
// The happening is only what the clause's event comes after or before ("reopened after a five-day closure that …").
const ORDERED_BY = /\b(?:after|following|before|since)\s+(?:a|an|the|its|his|her|their)\s+$/i;

/** A happening with a stated length and one of its ends: the stretch, and whether the clause's event only follows it. */
interface LengthStretch {
  date: Partial<EventDate>;
  /** The words naming the happening ("five-day closure"), when the clause's event is ordered against it. */
  ordered?: { start: number; end: number };
}

/**
 * "a two-week strike that began on March 3": March 3 to 16; "a three-day closure that ended on Aug. 30": Aug. 28 to 30.
 * The other end is counted at the date's precision, the date's own day counted in. Null when no length leads in.
 */
export function lengthToEnd(text: string, timexes: Timex[], from: number, main: Timex, date: EventDate): LengthStretch | null {
  const d = lengthBeside(text, timexes, main, { side: 'before', limit: from, adjective: true, between: (w) => w.length <= 60 && LENGTH_THEN_END.test(w) });
  const m = d && DURATION_UNITS.exec(d.value);
  if (!d || !m || d.mod) return null;
  const w = LENGTH_THEN_END.exec(text.slice(d.end, main.start))!;
  const ends = /^(?:ended|finished|closed|concluded)$/i.test(w[2]);
  const far = stretchEnd(date.start, +m[1], DURATION_UNIT_WORD[m[2]], ends ? 'before' : 'after');
  if (!far) return null;
  const [start, end] = ends ? [far, date.start] : [date.start, far];
  const note = `“${text.slice(d.start, main.end)}”: the stretch of that length ${ends ? 'up to' : 'from'} ${main.text}, not one day.${date.note ? ` ${date.note}` : ''}`;
  const stretch: LengthStretch = { date: { start, end, rule: `${date.rule}/length-${ends ? 'to-end' : 'from-start'}`, note } };
  const nounStart = d.end + (/^\s+/.exec(w[0])?.[0].length ?? 0);
  if (ORDERED_BY.test(text.slice(Math.max(from, d.start - 20), d.start))) stretch.ordered = { start: d.start, end: nounStart + w[1].trimEnd().length };
  return stretch;
}
