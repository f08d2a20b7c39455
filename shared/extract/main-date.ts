// Which of a clause's dates dates its event (the others tell when it was told, which thing it was, or what it is
// compared with), and the date that closes a range it opens.

import { beganAndEnded, type Clause, datesTheTelling, decisionInfinitiveAt, holidayFor, listEnd, nextMonth, nextSeason, nextWeekday, nextYear, PART_OF_NEXT_DAY, periodModifier, secondDayOf, triedAgain, usable, yearModifier } from './anchor';
import { CLOCK_HOUR_WORDS, listedOrRegularParticiple, NUMBER_WORD_RE, periodYearAt, RECORD_BEFORE_DATE, SEASON_FIRST_MONTH, SEASONS, TOPIC_LEAD } from './lexicon';
import { quoteMarks } from './quote-marks';
import type { Timex } from './types';
import { valueToRange } from './resolve';
import { DAY_VALUE, MONTH_VALUE } from '../time-value';

// "from November 27, 2005, to March 31, 2006": the comma closing the first date's year may come before "to".
// "from 1990 up to 2003": "up to" is "until", its end included as every bound's is (doneBy, deadlines.ts).
const WEEKDAY_START = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const RANGE_GAP = /^,?\s*(?:to|until|till|up\s+to|through|thru|into|and|-|–|—)\s*$/i;

/** The date of a clause's event among the clause's dates (`inClause`, in text order, never empty). */
export function mainDate(text: string, c: Clause, inClause: Timex[]): Timex {
  const pool = timingDates(text, c, inClause);
  // "won the title for the first time since 1993 on Saturday": the year is the last time, and the other date the
  // event's. Alone ("its first loss since 1992") it is still a bound: the event is after it.
  const recorded = pool.length > 1 ? pool.filter((t) => !RECORD_BEFORE_DATE.test(text.slice(Math.max(0, t.start - 72), t.start))) : pool;
  const first = (recorded.length ? recorded : pool).find((t) => t.value !== 'PAST_REF') ?? pool[0];
  // "This summer, restrictions began on June 3": a day inside the season the clause opens with dates its event; so
  // does one inside its month ("At its March meeting, on March 9, the board …").
  if (SEASON_VALUE.test(first.value)) return pool.find((t) => t !== first && dayInSeason(t.value, first.value)) ?? first;
  if (MONTH_VALUE.test(first.value)) return pool.find((t) => finerIn(t, first)) ?? first;
  // "This year the barley was not cut until August 9", "Last year, the pier reopened on May 2": a month or day inside the
  // year the clause opens with dates its event.
  // So does one set off right after the year ("open late this year, on Friday 12 May"), or after a year told among
  // the verb's auxiliaries ("will this year close on 9 June"), which sets the clause's time as one opening it does.
  const narrowed = YEAR_VALUE.test(first.value) ? pool.find((t) => finerIn(t, first) && NARROWING_GAP.test(text.slice(first.end, t.start))) : undefined;
  if (narrowed) return narrowed;
  if (YEAR_VALUE.test(first.value) && (SETTING_OPENS.test(text.slice(c.start, first.start)) || AUXILIARY_BEFORE.test(text.slice(Math.max(c.start, first.start - 12), first.start)))) return pool.find((t) => t.start > first.end && finerIn(t, first)) ?? first;
  // "And this week, Christmas Day was the mildest on record": so does a day inside the week it opens with.
  const week = WEEK_VALUE.test(first.value) && SETTING_OPENS.test(text.slice(c.start, first.start)) ? valueToRange(first.value) : null;
  if (week?.end) return pool.find((t) => t !== first && t.start > first.end && DAY_VALUE.test(t.value) && t.value >= week.start && t.value <= week.end!) ?? first;
  return first;
}

/**
 * The clause's dates that may date its event: not the date of its telling, nor a date that names a thing. Each cut
 * leaves the dates before it when it would leave none.
 */
function timingDates(text: string, c: Clause, inClause: Timex[]): Timex[] {
  // "The board agreed on Tuesday to raise rents next year": the day dates the decision, an event of its own; a date
  // in the infinitive after it dates what was decided, the clause's event.
  const decided = (t: Timex) => {
    const at = decisionInfinitiveAt(text, t);
    return at >= 0 && inClause.some((o) => o.start > at && o.end <= c.end && usable(o) && !datesTheTelling(text, o));
  };
  const own = inClause.filter((t) => !datesTheTelling(text, t) && !decided(t));
  // "will report fourth-quarter results in February": a period made an adjective tells which results, not when
  // the clause's event is; another date in the clause dates it.
  // "vote on the 2018 budget next Thursday": a bare year between a determiner and a noun says which budget; the
  // other date dates the vote.
  // "reported a loss for 2010 on March 30": a year after "for" is the period the clause tells about; the other date
  // dates the telling.
  // "will close for Christmas on Dec. 20", "broke up for the Easter holidays on April 2": a holiday after "for" is what
  // the happening is for; the other date dates it.
  // "stood down its gritting crews for the summer on March 28": a season after "for" is what the happening is for.
  // "said the workers laid off last year would be taken back from April 1": a date in a participle phrase after the
  // subject's noun says which workers; a date after the clause's own verb dates it.
  // "Next year's race will start an hour earlier", "the shop will shut two hours later on Sundays": a count of hours
  // or minutes moves a time of day, and lends the clause no more than the day it was counted from; a date of the
  // clause's own (here the possessive year) says which day or year.
  // "burglaries fell from 40 in 2012 to six last year": the date of a change's first figure is where it is measured from;
  // the date of the figure it reached dates the change.
  const timing0 = own.filter((t) => !periodModifier(text, t) && !(own.length > 1 && (yearModifier(text, t) || periodFor(text, t, own) || holidayFor(text, t) || seasonFor(text, t) || participleModifier(text, t, own) || clockCount(t) || changeStart(text, t, own))));
  // "The winter schedule starts on Sunday 1 November": a season between a determiner and a noun says which schedule;
  // the other date dates the start.
  // "hail swept through the Christmas market a week ago": so does a holiday there ("the Easter parade").
  const timing = timing0.length > 1 ? timing0.filter((t) => !seasonModifier(text, t) && !holidayModifier(text, t)) : timing0;
  // "was offered the wheat "for delivery after harvest" on the Monday before": a date inside a few quoted words set
  // in the narration is the speaker's (often a plan); a date the narration gives outside them dates the event.
  const unquoted = timing.filter((t) => !quotedFragment(text, c, t));
  const kept = unquoted.length ? unquoted : timing;
  const pool0 = kept.length ? kept : own.length ? own : inClause;
  // "Tuesday's recount was halted on Wednesday", "Survivors of last November's wildfire now have until May 13": a
  // date made possessive names a happening of its own (for a day, an event of its own, in events.ts); another date
  // in the clause dates the clause's event. A bare year only when the other date is read in it ("next year's
  // elections, due in June") or is a day; else the other may lie outside it.
  // Fronted as the clause's setting ("In Sunday's debate, Spitzer attacked him …") it still dates the clause.
  // Nor when the other is a day ("set a hearing on next year's budget for Tuesday, February 6"): a whole year made a
  // noun's possessive says which budget, and a day is what a clause tells a happening on. Nor after a preposition of
  // topic ("will decide on next year's budget in March"): the other date is the clause's own, not inside that year.
  const inYear = (t: Timex) => pool0.some((o) => o !== t && ((o.value.length > 4 && o.value.startsWith(`${t.value}-`)) || DAY_VALUE.test(o.value)));
  const possessive = (t: Timex) => (!/^\d{4}$/.test(t.value) || inYear(t) || TOPIC_LEAD.test(text.slice(Math.max(c.start, t.start - 8), t.start))) && possessiveDate(text, t) && !SETTING_BEFORE.test(text.slice(c.start, t.start));
  const unpossessed = pool0.some(possessive) ? pool0.filter((t) => !possessive(t)) : pool0;
  return unpossessed.length ? unpossessed : pool0;
}

// "the workers laid off last year", "the nurses hired in 2012", "the ferries built in 1974": a determiner, a noun, its
// participle (with a particle) and a preposition, right before the date; then the clause's own finite verb.
const PARTICIPLE_PHRASE_BEFORE =
  /\b(?:the|those|these|all|its|their|his|her|our|some|many|most)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+([a-z]+)\s+(?:(?:off|up|out|down|back|away|over)\s+)?(?:(?:in|on|at|during|over)\s+)?$/i;
const FINITE_AFTER = /^,?\s+(?:would|will|were|are|could|can|may|might|must|should|shall|have|has|had|is|was)\s+(?:now\s+|also\s+|still\s+|not\s+)?(?:(?:to\s+)?be\s+)?[a-z]/;

const SUBORDINATOR = /\b(?:since|after|before|when|until|while|as|because|than|which|who|that)\b/i;

// A figure after "from" or "to", perhaps with its unit ("71", "£18.3 million", "40 per cent", "nine"), then the date it is at.
/** A figure with its unit, if any: "71", "£18.3 million", "40 per cent", "nine". */
export const FIGURE = String.raw`(?:[£$€]?\d[\d,.]*|${NUMBER_WORD_RE})(?:\s*%|\s+(?:per\s+cent|percent|[a-z]+))?`;
const FROM_FIGURE_BEFORE = new RegExp(String.raw`\bfrom\s+${FIGURE}\s+(?:in|on|during)\s+$`, 'i');
const TO_FIGURE_BETWEEN = new RegExp(String.raw`^,?\s+to\s+${FIGURE}\s+(?:(?:in|on|during|by)\s+)?$`, 'i');

/** The date of a change's first figure ("from 40 in 2012"), with the figure it went to at a date of its own after it. */
function changeStart(text: string, t: Timex, own: Timex[]): boolean {
  if (!FROM_FIGURE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return false;
  const next = own.find((o) => o.start >= t.end);
  return !!next && next.start - t.end <= 40 && TO_FIGURE_BETWEEN.test(text.slice(t.end, next.start));
}

const CLOCK_COUNT = /\b(?:hours?|minutes?|seconds?)\s+(?:earlier|later|before|after)\b/i;

/** "an hour earlier", "ten minutes later": a clock count from the time told before. */
function clockCount(t: Timex): boolean {
  return /^ago\/(?:earlier|later|before|after)\b/.test(t.rule) && CLOCK_COUNT.test(t.text);
}

/** A date inside a participle phrase that says which things the subject names, with another date after the verb. */
function participleModifier(text: string, t: Timex, own: Timex[]): boolean {
  const m = PARTICIPLE_PHRASE_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
  const word = m?.[1].toLowerCase() ?? '';
  if (!m || !listedOrRegularParticiple(word, /^[a-z]{3,}ed$/)) return false;
  // "had shown profits level with the year before" compares; it dates nothing.
  // "the offer made on Monday was the best since talks collapsed in February": a date in a clause of its own is no
  // date of the verb's.
  return FINITE_AFTER.test(text.slice(t.end, t.end + 30)) && own.some((o) => o.start > t.end && !o.rule.startsWith('anaphoric') && !SUBORDINATOR.test(text.slice(t.end, o.start)));
}

// A bare season word after a noun's determiner, then a word that is no preposition, verb or determiner: the noun's
// adjective ("the summer menu"), not the time of the clause ("That summer the mill closed" keeps its season).
const SEASON_DETERMINER = /\b(?:the|its|their|his|her|our)\s+$/i;
const NOT_SEASON_NOUN = /^\s+(?:and|or|to|through|when|as|in|on|at|by|for|of|with|from|after|before|until|was|were|is|are|has|had|have|will|would|the|a|an|its|their|his|her|it|they|he|she|we)\b/i;

/** A season made a noun's adjective ("the winter timetable"): it names the noun, not a time of the clause. */
function seasonModifier(text: string, t: Timex): boolean {
  return SEASONS[t.text.toLowerCase()] !== undefined && SEASON_DETERMINER.test(text.slice(Math.max(0, t.start - 6), t.start)) && /^\s+[a-z][a-z'’-]/.test(text.slice(t.end, t.end + 4)) && !NOT_SEASON_NOUN.test(text.slice(t.end, t.end + 12));
}

/** A holiday made a noun's adjective ("the Christmas market", "its Easter parade"): it names the noun. */
function holidayModifier(text: string, t: Timex): boolean {
  return t.rule.startsWith('holiday') && !/\bday$/i.test(t.text) && SEASON_DETERMINER.test(text.slice(Math.max(0, t.start - 6), t.start)) && /^\s+[a-z][a-z'’-]/.test(text.slice(t.end, t.end + 4)) && !NOT_SEASON_NOUN.test(text.slice(t.end, t.end + 12));
}

const SEASON_FOR_LEAD = /\bfor\s+(?:the|this|next)\s+$/i;

/** A season named as what a happening is for ("closed for the winter", "stood down for the summer"). */
export function seasonFor(text: string, t: Timex): boolean {
  return t.rule.startsWith('season') && SEASON_FOR_LEAD.test(text.slice(Math.max(0, t.start - 12), t.start));
}

const HOUR_WORD_LEAD = new RegExp(`\\bfrom\\s+(?:${CLOCK_HOUR_WORDS.join('|')})\\s+$`, 'i');

const FROM_NAMED_OF = /\bfrom\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){1,3}of\s+$/i;

/** Whether `t` sits in a short quotation inside the clause's narration (not one the clause opens with). */
function quotedFragment(text: string, c: Clause, t: Timex): boolean {
  const last = quoteMarks(text, c.start, t.start).at(-1);
  if (!last?.opens || !/[A-Za-z]/.test(text.slice(c.start, last.at))) return false;
  const close = text.slice(t.end, c.end).search(/["”]/);
  return close >= 0 && t.end + close - last.at <= 80;
}

/** The date that closes a range `main` opens ("from 1979 to 1989", "on February 21 and 22"), if the clause gives one. */
export function rangeEnd(text: string, inClause: Timex[], main: Timex): Timex | undefined {
  const next = inClause[inClause.indexOf(main) + 1];
  // "in January, February and March 2020", "on 3, 4 and 7 June": a list that runs as one stretch ends at its last item.
  const listLast = listEnd(text, inClause, inClause.indexOf(main));
  if (listLast >= 0) return inClause[listLast];
  // "began on Feb. 2 and ended on Friday" with no publication date: a weekday of no known week ends no stretch.
  if (next?.rule.endsWith('/no-dct')) return undefined;
  // "through Tuesday night and most of Wednesday": the next day, or part of it, after a day is the same stretch.
  const partOfNext = !!next && PART_OF_NEXT_DAY.test(text.slice(main.end, next.start)) && nextWeekday(main, next);
  if (partOfNext) return next;
  if (next && (beganAndEnded(text, main, next) || triedAgain(text, main, next))) return next;
  // "from the Thursday to the Monday": "the" before a weekday that ends the range is no word between the two.
  const between = next ? text.slice(main.end, next.start).replace(/(?<=\s)the\s{1,3}$/i, (x) => (WEEKDAY_START.test(next.text) ? '' : x)) : '';
  if (next && RANGE_GAP.test(between)) {
    // "from 1979 to 1989", "between May and July", "1979-89"; a bare "and" joins a range only after "between".
    // "from six that evening until noon the next day": an hour in words may stand between "from" and the day.
    // "from the Thursday to the Monday": a weekday with "the" opens the range as a bare one does.
    const lead = HOUR_WORD_LEAD.test(text.slice(Math.max(0, main.start - 20), main.start)) ? 'from ' : text.slice(Math.max(0, main.start - 13), main.start).replace(/\bthe\s+$/i, '');
    const gap = between.replace(/^,/, '').trim().toLowerCase();
    // "on February 21 and 22": a bare day number after "and" is the second day of the same month, a range too.
    // "on Tuesday and Wednesday": two weekdays in a row, one stretch of two days.
    const secondDay = gap === 'and' && (secondDayOf(text, main, next) || nextWeekday(main, next) || nextMonth(main, next) || nextSeason(main, next) || nextYear(main, next));
    if (secondDay || (/\b(?:from|between)\s+$/i.test(lead) ? gap !== 'and' || /between/i.test(lead) : /^(?:[-–—]|through|thru)$/.test(gap))) return next;
    // "from the great flood of 1930 until 1962": a happening of the start's year names where the stretch begins.
    if (/^(?:to|until|till|up\s+to)$/.test(gap) && FROM_NAMED_OF.test(text.slice(Math.max(0, main.start - 48), main.start))) return next;
  }
  return undefined;
}

/**
 * A bare year after "for" ("results for 2010", "its forecast for the year 2012"), the period something is about,
 * with another date in the same stretch of words to date the happening ("reported a loss for 2010 on March 30"). Past
 * a comma or a conjunction the other date belongs to another clause ("fell last week after figures showed the deficit
 * for 2017 had reached …"), and the year dates its own.
 */
function periodFor(text: string, t: Timex, own: Timex[]): boolean {
  if (!periodYearAt(text, t.start, t.rule) && !relativePeriodFor(text, t)) return false;
  return own.some((o) => {
    if (o === t) return false;
    const gap = o.start > t.end ? text.slice(t.end, o.start) : text.slice(o.end, t.start);
    return gap.length <= 40 && !/[,;]|\b(?:after|before|when|while|as|since|until|and|but)\b/i.test(gap);
  });
}

// "will publish its results for last year on March 28", "figures for the last quarter", "results for the first half":
// a year, quarter or half counted from publication after "for" is, like a bare year there, the period told about.
const FOR_LEAD = /\bfor\s+$/i;
function relativePeriodFor(text: string, t: Timex): boolean {
  return /^(?:relative-unit\/|quarter(?:\/|$))/.test(t.rule) && /^\d{4}(?:-[QH]\d)?$/.test(t.value) && FOR_LEAD.test(text.slice(Math.max(0, t.start - 6), t.start));
}

// A clause opening on a phrase of occasion: "In", "At", "During", before a possessive date.
const SETTING_BEFORE = /^\W*(?:in|at|during)\s+$/i;

/** A date in the possessive before a noun ("Tuesday's rock slide", "last November's Dunmore Ridge fire"). */
function possessiveDate(text: string, t: Timex): boolean {
  return /^['’]s\s+[A-Za-z]/.test(text.slice(t.end, t.end + 5));
}

const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;
const YEAR_VALUE = /^\d{4}$/;
const WEEK_VALUE = /^\d{4}-W\d{1,2}$/;
// A date opening its clause, as its setting: nothing before it but a preposition or "and".
// "In its first year, 1987, …": the year may follow a noun phrase naming it, set off by commas.
const SETTING_OPENS = /^\s*["“]?(?:(?:and|but|so)\s+)?(?:(?:in|during|by|for)\s+(?:(?:its|his|her|their|our|my|the)\s+(?:[a-z]+\s+){0,2}?(?:year|season),\s+)?)?$/i;

/** Whether `t` is a month or day inside the coarser date `coarse` ("2024-05" or "2024-05-12" in "2024"). */
const finerIn = (t: Timex, coarse: Timex): boolean => t !== coarse && t.value.startsWith(`${coarse.value}-`) && (DAY_VALUE.test(t.value) || MONTH_VALUE.test(t.value));

// ", on Saturday 29 April", ", in June" right after the year: the day or month it meant (anchor.ts joins such a phrase
// to the clause before).
// "this year's Boxing Day meet", "last year's Christmas Eve dance": a year made possessive right before a day
// inside it narrows to that day just as well.
const NARROWING_GAP = /^(?:,\s+(?:(?:on|in)\s+)?|['’]s\s+)$/;
// "will this year begin", "has this year moved": the year between an auxiliary and its verb.
const AUXILIARY_BEFORE = /\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|did|does|do)\s+$/i;

/** Whether a day's value falls in a season's ("2024-06-03" in "2024-SU"; winter runs into the next year). */
function dayInSeason(day: string, season: string): boolean {
  const d = /^(\d{4})-(\d{2})-\d{2}$/.exec(day);
  const s = SEASON_VALUE.exec(season);
  if (!d || !s) return false;
  // Months counted on from the season's January, so winter's are 12, 13 and 14.
  const month = (+d[1] - +s[1]) * 12 + +d[2];
  return month >= SEASON_FIRST_MONTH[s[2]] && month <= SEASON_FIRST_MONTH[s[2]] + 2;
}
