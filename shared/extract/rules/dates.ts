import { eitherCaseAlts, MONTH_NAME_ALTS, MONTH_RE, NUMBER_WORD_RE, ORDINAL_NUMBER_RE, ordinalNumberValue, PART_OF_DAY_ALTS, REPORTING_VERBS, parseCount, SAFE_MONTH_RE, TELLING_PAST, WEEKDAY_RE, monthNumber, weekdayNumber } from '../lexicon';
import { addMonths, fmtDay, fmtMonth, isValidYmd, isoWeekday, parseYmd, toDayNumber, type Ymd } from '../../time-value';
import { B, BEYOND_NEXT, BEYOND_NEXT_CUE, DAY, E, MONTH_CUE, MONTH_CUE_ANY_CASE, YEAR, pad2, rx, type Resolution, type Resolver, type Rule } from './rule';
import { chooseYear, monthDay } from './year-choice';
import { unplacedNearNow } from './days';

// Rules for calendar dates written out: ISO and numeric dates, month and day (with or without a year),
// months.

export const isoDateRule: Rule = {
  name: 'iso-date',
  cue: /\d-\d/,
  re: rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?${E}`),
  resolve: (m) => {
    const p = { y: +m[1], m: +m[2], d: +m[3] };
    if (!isValidYmd(p)) return null;
    if (m[4]) return { type: 'TIME', value: `${fmtDay(p)}T${m[4]}:${m[5]}`, rule: 'iso-date', explicitYear: true };
    return { type: 'DATE', value: fmtDay(p), rule: 'iso-date', explicitYear: true };
  },
};

export const numericDateRule: Rule = {
  name: 'numeric-date',
  cue: /\d\/\d/,
  re: rx(`${B}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${E}`),
  resolve: (m) => {
    // American news writes month first.
    let y = +m[3];
    if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
    const p = { y, m: +m[1], d: +m[2] };
    if (!isValidYmd(p)) return null;
    return { type: 'DATE', value: fmtDay(p), rule: 'numeric-date', explicitYear: true };
  },
};

// Days listed between the first of a list and its last ("3, 4, 5 and 7 June"; ", 4," of "June 3, 4, and 7"): each a
// comma and a day number, never followed by another digit (a count such as "3,000" is no day).
const LISTED_DAYS = String.raw`(?:\s{0,3},\s{0,3}\d{1,2}(?!\d)(?:st|nd|rd|th)?(?!,\d)){0,6},?`;

export const monthDayRangeStartRule: Rule = {
  name: 'month-day-range-start',
  cue: MONTH_CUE,
  // The first day of "November 18-19, 2003", "Dec. 4 through 19": the year written after the second day
  // is the first day's too.
  // "June 3, 4 and 7, 2015": so is the first of a list of days of one month.
  re: rx(`${B}(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+${DAY}(?=${LISTED_DAYS}\\s{0,3}(?:[-–]|to|through|thru|until|and)\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?(?![\\w%]|-\\w))`),
  resolve: (m, c) => {
    return dayOfMonth(monthNumber(m[2]), +m[3], m[4], c, 'explicit-date/range-start');
  },
};

/** A day of a month: with its written year, or, without one, the year chosen from the text and the publication date. */
function dayOfMonth(month: number | undefined, day: number, year: string | undefined, c: Resolver, rule: string): Resolution | null {
  if (!month || day < 1 || day > 31) return null;
  if (!year) return monthDay(month, day, c);
  const p = { y: +year, m: month, d: day };
  return isValidYmd(p) ? { type: 'DATE', value: fmtDay(p), rule, explicitYear: true } : null;
}

export const monthDayYearRule: Rule = {
  name: 'month-day-year',
  cue: MONTH_CUE,
  re: rx(`${B}(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\w]|-\\w|\\s*(?:%|percent|[-–]\\s*\\d))`),
  resolve: (m, c) => {
    const month = monthNumber(m[2]);
    const day = +m[3];
    if (!month || day < 1 || day > 31) return null;
    if (m[4]) {
      const p = { y: +m[4], m: month, d: day };
      if (!isValidYmd(p)) return null;
      return { type: 'DATE', value: fmtDay(p), rule: 'explicit-date', explicitYear: true };
    }
    if (m[1] && c.dct) {
      // A written weekday settles the year: take the nearest year where the day falls on it. Not one the verb's
      // tense rules out by more than two months ("closed on Wednesday, May 6" in an October article is not next
      // May's); and a match two or more years away may as well be a slip in the weekday, so it is a guess.
      const wd = weekdayNumber(m[1])!;
      const now = toDayNumber(c.dct);
      const tense = c.tense();
      for (const dy of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
        const p = { y: c.dct.y + dy, m: month, d: day };
        if (!isValidYmd(p) || isoWeekday(p) !== wd) continue;
        const gap = toDayNumber(p) - now;
        if ((tense === 'past' && gap > 62) || (tense === 'future' && gap < -62)) continue;
        return { type: 'DATE', value: fmtDay(p), rule: 'month-day/weekday-fixes-year', ...(Math.abs(dy) >= 2 ? { yearUncertain: true } : {}) };
      }
    }
    const r = monthDay(month, day, c);
    // Without a publication date the weekday written before it is the one check on the guessed year there is.
    const wd = (!c.dct ? m[1] : undefined) ?? APPOSITIVE_WEEKDAY.exec(c.following())?.[1];
    return r && wd ? weekdayPicksYear(r, weekdayNumber(wd)!, c) : r;
  },
};

// "on the 24th of October, a Monday": the weekday set off after the date, as a reader's check on which year it is.
const APPOSITIVE_WEEKDAY = new RegExp(`^,\\s+an?\\s+(${WEEKDAY_RE})(?![\\w'’])`);

/**
 * A day and month with no year, and a weekday written beside it: when the year read from the tense and publication
 * has the day on another weekday, and the year the text is telling of has it on this one, the day is that year's. Two
 * readings and one weekday that fits one of them is evidence, not the text's word, so the year stays a guess.
 */
function weekdayPicksYear(r: Resolution, wd: number, c: Resolver): Resolution {
  const p = parseYmd(r.value);
  if (!p || isoWeekday(p) === wd) return r;
  const focus = c.refDate('year');
  const q = focus && focus !== c.dct && focus.y !== p.y ? { y: focus.y, m: p.m, d: p.d } : null;
  if (q && isValidYmd(q) && isoWeekday(q) === wd) return { type: 'DATE', value: fmtDay(q), rule: 'day-month/weekday-fits-year-in-focus', counted: true, yearUncertain: true };
  return c.dct ? r : laterYearFitting(r, p, wd, c);
}

/**
 * "The bell was stolen on Sunday, Sept. 1": without a publication date, a year guessed from the text that has the day
 * on another weekday is surely not the one meant. News writes a weekday beside a date for days near its own, and its
 * own days are at or after the years it tells of: the first year from the guess (or from the latest year the article
 * writes, when later) that has the day on that weekday. Still a guess, flagged as one. Only for a guess taken from a
 * year outside the date's paragraph.
 */
function laterYearFitting(r: Resolution, p: Ymd, wd: number, c: Resolver): Resolution {
  // A year written in its own paragraph is the story's context ("The mill burned in 1950. The fire began on Tuesday,
  // March 9"): a weekday that does not fit it may as well be a slip; only a year from further back is overruled.
  if (!r.yearUncertain || !/\/(?:latest-)?year-in-text\b/.test(r.rule)) return r;
  // A day put a year either side of the guessed year of writing by the month of writing (year-choice.ts
  // aroundWriting) is tried in that year too before any later one.
  const guess = c.textYear?.() ?? p.y;
  const from = Math.abs(p.y - guess) === 1 ? Math.min(p.y, guess) : Math.max(p.y, guess);
  // Within seven years every day of the year but Feb. 29 comes round to each weekday.
  for (let y = from; y < from + 7; y++) {
    const q = { y, m: p.m, d: p.d };
    if (isValidYmd(q) && isoWeekday(q) === wd) return { ...r, value: fmtDay(q), rule: `${r.rule}/weekday-fits-later`, yearUncertain: true };
  }
  return r;
}

export const dayRangeMonthStartRule: Rule = {
  name: 'day-range-month-start',
  cue: MONTH_CUE,
  // The "18" of "18-19 November 2003", which takes its month and year from the second day.
  // The "3" and "4" of "3, 4 and 7 June" too: days listed before the last share its month.
  re: rx(`${B}${DAY}(?=${LISTED_DAYS}\\s{0,3}(?:[-–]|to|and)\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR})?(?![\\w]|-\\w))`),
  resolve: (m, c) => {
    return dayOfMonth(monthNumber(m[2]), +m[1], m[3], c, 'explicit-date/range-start');
  },
};

export const dayMonthYearRule: Rule = {
  name: 'day-month-year',
  cue: MONTH_CUE,
  // After "18-" too: the second day of "18-19 November 2003".
  re: rx(`(?:${B}|(?<=\\d[-–]))(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(${MONTH_RE})(?:,?\\s+${YEAR})?${E}`),
  resolve: (m, c) => {
    const r = dayOfMonth(monthNumber(m[3]), +m[2], m[4], c, 'explicit-date');
    if (!r || m[4]) return r;
    const wd = m[1] ?? APPOSITIVE_WEEKDAY.exec(c.following())?.[1];
    return wd ? weekdayPicksYear(r, weekdayNumber(wd)!, c) : r;
  },
};

export const ordinalDayRule: Rule = {
  name: 'ordinal-day',
  cue: /\d(?:st|nd|rd|th)|\sof\s+the\s+month\b/i,
  // "on the 15th": a day of the month in focus. Only after "on" ("booked for the 15th", "by the 15th", "until the
  // 15th" too) and before a clause's end or a joining word,
  // since "the 15th floor" and "the 21st anniversary" are no dates.
  // "On the 20th the council is giving a dinner": a determiner after it opens the clause, which a noun ("the 20th
  // floor") never does.
  // "since the 3rd" too. "the first of the month" is that day wherever it stands: "of the month" rules out a floor or
  // an anniversary, and the ordinal may be spelt out.
  re: rx(`(?=t)(?:(?<=\\b(?:on|for|by|until|since)\\s{1,4})the\\s+(\\d{1,2})(?:st|nd|rd|th)(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|but|when|after|before|at|in|to|as|with|by|for|until|or|that|the|a|an)\\b)|\\bthe\\s+(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_NUMBER_RE}))\\s+of\\s+the\\s+month\\b)`, 'gi'),
  resolve: (m, c) => {
    const day = m[1] ? +m[1] : m[2] ? +m[2] : ordinalNumberValue(m[3] ?? '');
    if (day < 1 || day > 31) return null;
    const dct = c.dct;
    const tense = c.tense();
    // After "in 1994" the month of a past day is not known. A day still ahead, or told in the present ("On the 20th the
    // council is giving a dinner"), is not in a year or month told before publication's: a plan is not made for a
    // day already gone. It is publication's month's, or the next's.
    const focused = c.focus() === 'year' ? null : c.refDate('month');
    const gone = !!dct && !!focused && focused !== dct && toDayNumber({ y: focused.y, m: focused.m, d: Math.min(day, 28) }) < toDayNumber(dct);
    const ahead = !!dct && (tense === 'future' || tense === 'present') && (c.focus() === 'year' || gone);
    if (c.focus() === 'year' && !ahead) return null;
    const ref = ahead ? dct : focused;
    if (!ref) return { type: 'DATE', value: `XXXX-XX-${pad2(day)}`, rule: 'ordinal-day/no-month' };
    let { y, m: month } = ref;
    // No date told before it: publication's month, or the one before or after it as the tense says.
    if (dct && ref === dct) {
      if (tense === 'past' && day > dct.d) month -= 1;
      else if ((tense === 'future' || ahead) && day < dct.d) month += 1;
      if (month === 0) [y, month] = [y - 1, 12];
      if (month === 13) [y, month] = [y + 1, 1];
    }
    const p = { y, m: month, d: day };
    if (!isValidYmd(p)) return null;
    return { type: 'DATE', value: fmtDay(p), rule: ref === dct ? 'ordinal-day/publication-month' : 'ordinal-day/month-in-focus', ...(ref === dct ? {} : { counted: true }) };
  },
};

export const ordinalOfMonthRule: Rule = {
  name: 'ordinal-of-month',
  cue: /\d(?:st|nd|rd|th)\s+of\s/i,
  // "by the 9th of this month", "the 28th of last month": a day of a month counted from publication's, as "this
  // month" alone is, not that month as a whole.
  re: rx(`\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(this|last|next)\\s+month\\b`, 'gi'),
  resolve: (m, c) => {
    const day = +m[1];
    if (day < 1 || day > 31) return null;
    const mod = m[2].toLowerCase() as 'this' | 'last' | 'next';
    // Without publication's date, near the unknown day of writing, as "last month" is.
    if (!c.dct) return unplacedNearNow({ this: 'PRESENT_REF', last: 'PAST_REF', next: 'FUTURE_REF' }[mod], 'ordinal-of-month', c);
    const p = { ...addMonths(c.dct.y, c.dct.m, { this: 0, last: -1, next: 1 }[mod]), d: day };
    return isValidYmd(p) ? { type: 'DATE', value: fmtDay(p), rule: `ordinal-of-month/${mod}` } : null;
  },
};

/** The month of the match's first group in the year of its second, as rule `rule`. */
function monthOfWrittenYear(m: RegExpExecArray, rule: string): Resolution | null {
  const month = monthNumber(m[1]);
  return month ? { type: 'DATE', value: fmtMonth(+m[2], month), rule, explicitYear: true } : null;
}

export const monthYearRule: Rule = {
  name: 'month-year',
  cue: MONTH_CUE,
  // "mid-April 2019": after the hyphen of a part of the month too.
  re: rx(`(?:${B}|(?<=\\b(?:mid|late|early)-))(${MONTH_RE})(?:\\s+of)?,?\\s+${YEAR}${E}`),
  resolve: (m) => monthOfWrittenYear(m, 'month-year'),
};

export const monthPartYearRule: Rule = {
  name: 'month-part-year',
  cue: MONTH_CUE,
  // "on a cold February morning in 1990", "one March night of 1944": the year after the time of day is the
  // month's. The month alone is the expression (the year is tagged on its own), with that year.
  re: rx(`${B}(${MONTH_RE})(?=\\s{1,4}(?:${PART_OF_DAY_ALTS}|day|weekend)\\s{1,4}(?:in|of)\\s{1,4}${YEAR}${E})`),
  resolve: (m) => monthOfWrittenYear(m, 'month-part-year'),
};

// "last year", "the year before last", "two years ago" after a month or season written without its year: its groups are
// (this|last|next), (before last|after next) and the count of years ago. The count may be set off by a comma ("that
// autumn, 73 years ago"): it still names the year the season is of. The count is any a day's count takes
// (YEARS_AGO_COUNT): "in June twenty years ago" as "on 3 June twenty years ago".
const YEARS_AGO_COUNT = String.raw`(\d{1,2}|${NUMBER_WORD_RE})\s+years\s+ago`;
export const RELATIVE_YEAR = String.raw`(?:(?:\s+of)?\s+(?:(this|last|next)\s+year|the\s+year\s+${BEYOND_NEXT})|(?:\s+of|,)?\s+${YEARS_AGO_COUNT})`;
export const RELATIVE_YEAR_CUE = /(?:this|last|next)\s+year|year\s+(?:before|after)|years\s+ago/i;

/**
 * The year RELATIVE_YEAR's groups name, counted from publication, and the words for the rule's name ("last", "ago"),
 * so that its year reads as one the words give (not a guess from tense); null for a count that is no whole number.
 */
export function relativeYear(dct: Ymd, named: string | undefined, beyond: string | undefined, ago: string | undefined): { year: number; words: string } | null {
  const n = ago ? parseCount(ago) : undefined;
  if (ago && (n === undefined || !Number.isInteger(n) || n < 1)) return null;
  const shift = named ? { this: 0, last: -1, next: 1 }[named.toLowerCase() as 'this'] : beyond ? (/^before/i.test(beyond) ? -2 : 2) : -n!;
  const words = named ? named.toLowerCase() : beyond ? (shift < 0 ? 'before-last' : 'after-next') : 'ago';
  return { year: dct.y + shift, words };
}

/**
 * Without a publication date, the year RELATIVE_YEAR's groups name counted from the guessed year of writing (the
 * latest year the article writes, or one its clues give): "in March last year" lies in the year before the writing,
 * not in a year written in another clause, as "last March" does (relativeMonthRule). Always a guess, so flagged by the
 * caller; null with a publication date or with no year to guess from. A guess put two years past the latest year
 * written because the text says "last year" is counted from too: that guess is only a least year, but the words still
 * name the year before the writing, and read as a yearless month they landed in the guessed year itself, a year off
 * whenever the guess was right.
 */
export function relativeYearFromWriting(c: Resolver, named: string | undefined, beyond: string | undefined, ago: string | undefined): number | null {
  const latest = c.dct ? null : (c.textYear?.() ?? null);
  return latest === null ? null : (relativeYear({ y: latest, m: 1, d: 1 }, named, beyond, ago)?.year ?? null);
}

export const monthRelativeYearRule: Rule = {
  name: 'month-relative-year',
  cue: RELATIVE_YEAR_CUE,
  // "in March last year": the year is counted from publication, the month written (a day with it: dayRelativeYearRule).
  // So are "in November the year before last", "in June two years ago", "in May the year after next".
  re: rx(`${B}(${MONTH_RE})${RELATIVE_YEAR}${E}`),
  resolve: (m, c) => {
    const month = monthNumber(m[1]);
    if (!month) return null;
    if (!c.dct) {
      // Written with its year left out of the value, as "last May" is: a guessed month is no month in focus for the
      // dates after it.
      const guess = relativeYearFromWriting(c, m[2], m[3], m[4]);
      return guess === null ? null : { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/from-writing-year/no-dct', yearUncertain: true, exact: { start: fmtMonth(guess, month) } };
    }
    const y = relativeYear(c.dct, m[2], m[3], m[4]);
    return y && { type: 'DATE', value: fmtMonth(y.year, month), rule: `month/${y.words}-year` };
  },
};

// "The flood came in the spring of 1974 … after a dry July two years later": a month followed by a count of years
// "later" or "earlier" is that month of the year the count lands on, counted from the year the story is at (the ago
// rule would take the years alone and lose the month). "after" and "before" may open a happening ("June two years
// after the flood"), which other rules count from; only these two words.
export const monthYearsLaterRule: Rule = {
  name: 'month-years-later',
  cue: /years?\s+(?:later|earlier)/i,
  re: rx(`${B}(${MONTH_RE})\\s+(\\d{1,2}|${NUMBER_WORD_RE}|a)\\s+years?\\s+(later|earlier)${E}`),
  resolve: (m, c) => {
    const month = monthNumber(m[1]);
    const n = /^a$/i.test(m[2]) ? 1 : parseCount(m[2]);
    const from = c.refDate('year');
    if (!month || n === undefined || !Number.isInteger(n) || n < 1 || !from || from === c.dct) return null;
    const y = from.y + (/^later$/i.test(m[3]) ? n : -n);
    return { type: 'DATE', value: fmtMonth(y, month), rule: `month/years-${m[3].toLowerCase()}`, counted: true };
  },
};

// "on Jan. 1 last year", "on 3 May this year": a day of a month in the year the words name, counted from publication.
// So are "on 9 May 31 years ago", "on June 3, twenty years ago": a count of years ago keeps the day it follows (without
// it, "May 31 years ago" would be read as a month and the day lost).
// Longer than the month-day and "May this year" inside it, so it wins over both.
// A weekday written before the day ("on Thursday 3 March next year") is part of the date: left out, the weekday alone
// would be read as one of publication's week and win over the day the words name.
const DAY_YEARS_AGO = String.raw`,?\s+${YEARS_AGO_COUNT}`;
export const dayRelativeYearRule: Rule = {
  name: 'day-relative-year',
  cue: /(?:this|last|next)\s+year|years\s+ago/,
  re: rx(`${B}(?:${WEEKDAY_RE},?\\s+)?(?:(${MONTH_RE})\\s+${DAY},?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}))(?:(?:\\s+of)?\\s+(this|last|next)\\s+year|${DAY_YEARS_AGO})${E}`),
  resolve: (m, c) => {
    const month = monthNumber(m[1] ?? m[4]);
    if (!month) return null;
    // Without publication the words count from the guessed year of writing, flagged; with no year to guess from they
    // name none, and the day is one written without its year.
    if (!c.dct) {
      const guess = relativeYearFromWriting(c, m[5], undefined, m[6]);
      const day = guess === null ? null : { y: guess, m: month, d: +(m[2] ?? m[3]) };
      if (!day) return monthDay(month, +(m[2] ?? m[3]), c);
      return isValidYmd(day) ? { type: 'DATE', value: fmtDay(day), rule: 'month-day/from-writing-year/no-dct', yearUncertain: true } : null;
    }
    const y = relativeYear(c.dct, m[5], undefined, m[6]);
    const p = y && { y: y.year, m: month, d: +(m[2] ?? m[3]) };
    if (!p || !isValidYmd(p)) return null;
    return { type: 'DATE', value: fmtDay(p), rule: `month-day/${y!.words}-year` };
  },
};

// "opened on 12 May that year", "on June 3 of the same year": a day of the year in focus, as "in May that year" is a
// month of it (anaphoricMonthRule), not the day nearest publication with its own day lost.
export const dayThatYearRule: Rule = {
  name: 'day-that-year',
  cue: /(?:that|same)\s+year/,
  re: rx(`${B}(?:(${MONTH_RE})\\s+${DAY},?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}))\\s+(?:of\\s+)?(?:that|the\\s+same)\\s+year${E}`),
  resolve: (m, c) => {
    const month = monthNumber(m[1] ?? m[4]);
    if (!month) return null;
    const ref = c.refDate('year');
    const p = ref && { y: ref.y, m: month, d: +(m[2] ?? m[3]) };
    if (!p) return monthDay(month, +(m[2] ?? m[3]), c);
    return isValidYmd(p) ? { type: 'DATE', value: fmtDay(p), rule: 'month-day/anaphoric-that', counted: true } : null;
  },
};

export const secondDayRule: Rule = {
  name: 'second-day',
  cue: MONTH_CUE,
  // The "25" of "April 24 and 25".
  // The "19, 2003" of "November 18-19, 2003" keeps its year.
  // The "7, 2015" of "June 3, 4 and 7, 2015": after days listed between.
  re: rx(`(?=\\d)(?<=\\b(${MONTH_RE})\\s{1,8}\\d{1,2}(?:st|nd|rd|th)?${LISTED_DAYS}\\s{0,8}(?:and|to|through|thru|until|or|-|–)\\s{0,8})(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)${YEAR}(?!\\w))?(?![\\w%]|-\\w|,\\s*\\d)`),
  resolve: (m, c) => {
    return dayOfMonth(monthNumber(m[1]), +m[2], m[3], c, 'explicit-date/range-end');
  },
};

export const listedDayRule: Rule = {
  name: 'listed-day',
  cue: MONTH_CUE,
  // The "4" and "5" of "June 3, 4, 5 and 7, 2015": days listed between a month's first day and its last take the month
  // and the year written after the last.
  re: rx(`(?=\\d)(?<=\\b(${MONTH_RE})\\s{1,8}\\d{1,2}(?:st|nd|rd|th)?(?:\\s{0,3},\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?){0,6}\\s{0,3},\\s{0,3})(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?=${LISTED_DAYS}\\s{0,3}and\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)${YEAR})?(?![\\w%]|-\\w|,\\s*\\d))`),
  resolve: (m, c) => {
    return dayOfMonth(monthNumber(m[1]), +m[2], m[3], c, 'explicit-date/range-start');
  },
};

function relativeMonthDay(month: number, day: number, mod: string, c: Resolver): Resolution | null {
  if (day < 1 || day > 31) return null;
  const dct = c.dct;
  if (!dct) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}`, rule: 'month-day/no-dct' };
  const before = month < dct.m || (month === dct.m && day < dct.d);
  const after = month > dct.m || (month === dct.m && day > dct.d);
  let y = dct.y;
  if (mod === 'last' || mod === 'past' || mod === 'previous') y = before ? dct.y : dct.y - 1;
  else if (mod === 'next' || mod === 'coming') y = after ? dct.y : dct.y + 1;
  const p = { y, m: month, d: day };
  return isValidYmd(p) ? { type: 'DATE', value: fmtDay(p), rule: `month-day/${mod}` } : null;
}

export const relativeMonthRule: Rule = {
  name: 'relative-month',
  cue: MONTH_CUE_ANY_CASE,
  // With a day too: "last Oct. 23" is the last 23 October before publication, "next May 5" the first after.
  re: rx(`${B}(?:(last|this|next|past|previous|coming)\\s+)(${MONTH_RE})(?:\\s+${DAY}(?![\\w]|-\\w|,?\\s+\\d|\\s*(?:%|percent|[-–]\\s*\\d)))?${E}`, 'gi'),
  accept: (m) => /^[A-Z]/.test(m[2]),
  resolve: (m, c) => {
    const month = monthNumber(m[2])!;
    const dct = c.dct;
    const mod = m[1].toLowerCase();
    if (m[3]) return relativeMonthDay(month, +m[3], mod, c);
    if (!dct) {
      // Without a publication date, "last May" is counted from a guess at the year of writing: a month earlier in
      // that year would more often be written "in May", so the year before, flagged; "next May" the year after.
      const latest = c.textYear?.() ?? null;
      const years = mod === 'last' || mod === 'past' || mod === 'previous' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
      if (latest === null || mod === 'previous') return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/no-dct' };
      return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/from-writing-year/no-dct', yearUncertain: true, exact: { start: fmtMonth(latest + years, month) } };
    }
    const { y, justGone } = namedMonth(month, mod, dct);
    return { type: 'DATE', value: fmtMonth(y, month), rule: `month/${mod}`, ...(justGone ? { yearUncertain: true } : {}) };
  },
};

export const monthBeforeLastRule: Rule = {
  name: 'month-before-last',
  cue: BEYOND_NEXT_CUE,
  // "the September before last": a year before last September; "the March after next": a year after next March (as
  // "the summer before last" is, seasonBeforeLastRule).
  re: rx(`${B}the\\s+(${MONTH_RE})\\s+${BEYOND_NEXT}${E}`, 'gi'),
  accept: (m) => /^[A-Z]/.test(m[1]),
  resolve: (m, c) => {
    const month = monthNumber(m[1])!;
    const before = /^before/i.test(m[2]);
    if (!c.dct) return { type: 'DATE', value: before ? 'PAST_REF' : 'FUTURE_REF', rule: 'month-before-last/no-dct' };
    const { y } = namedMonth(month, before ? 'last' : 'next', c.dct);
    return { type: 'DATE', value: fmtMonth(y + (before ? -1 : 1), month), rule: `month/${before ? 'before-last' : 'after-next'}` };
  },
};

/** The year "last May", "this May" or "next May" names, counted from publication, and whether it is in doubt. */
export function namedMonth(month: number, mod: string, dct: Ymd): { y: number; justGone: boolean } {
  let y = dct.y;
  if (mod === 'last' || mod === 'past' || mod === 'previous') y = month < dct.m ? dct.y : dct.y - 1;
  else if (mod === 'next' || mod === 'coming') y = month > dct.m ? dct.y : dct.y + 1;
  // "her comeback last September", written in October: the month just gone, or the one a year before it, which
  // many writers mean when the other is too near to need "last". The text alone does not say which.
  const justGone = (mod === 'last' || mod === 'past') && month === (dct.m === 1 ? 12 : dct.m - 1);
  return { y, justGone };
}

// The words after which "May" and "March" are months, also capitalised at the start of a sentence ("In March, …").
// "a hearing set for March", "the vote scheduled for May": after a participle of timetable, "for" introduces the month.
const TIMETABLED_FOR = '(?:set|scheduled|slated|planned|booked|fixed|pencilled|penciled|earmarked|timetabled)\\sfor';
// "spend May touring", "spent March at sea": a month as the time spent is no verb either.
const MONTH_INTRO = eitherCaseAlts(['in', 'of', 'since', 'until', 'till', 'by', 'during', 'through', 'before', 'after', 'from', 'to', 'early', 'late', 'and', 'or', 'between', 'last', 'next', 'this', 'that', 'each', 'spend', 'spent', 'spending']);

// "The hall reopened that November", "the team won that December": a verb told in the past right before "that" dates
// the happening by the month of the year in focus. Not after a verb of saying, knowing or deciding ("warned that June
// would be dry"), where "that" opens what was said.
const PAST_BEFORE_THAT = 'won|lost|began|came|fell|rose|met|left|sold|built|held|ran|took|made|went|broke|shut';
const THAT_AFTER_KNOWING = new RegExp(`\\b(?:${[...REPORTING_VERBS].join('|')}|${TELLING_PAST.join('|')}|decided|agreed|hoped|feared|expected|learned|learnt|realised|realized|showed|proved|ensured|assumed|ordered|promised|pledged|vowed|indicated|concluded|determined|discovered|noticed|complained|denied|threatened|proposed|recommended|requested|doubted|worried|signalled|signaled|guaranteed|demanded|urged|emphasised|emphasized|conceded|testified|replied|answered|remembered|reckoned|calculated|judged|stipulated|specified|provided|required|implied|meant)\\s{1,8}that\\b`, 'i');

// After "and", "but" or "then", "that May" opens a clause when a subject (or a comma) follows the month; "… and that
// May would be wet" goes on with what was said.
const CONJUNCTION_BEFORE = /\b(?:and|but|then)\s+$/i;
const SUBJECT_AFTER_MONTH = /^\s*(?:,|(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their|our|my)\b)/;
const joinedThatOpensWhatWasSaid = (m: RegExpExecArray): boolean =>
  !!m[2] && CONJUNCTION_BEFORE.test(m.input.slice(Math.max(0, m.index - 6), m.index)) && !SUBJECT_AFTER_MONTH.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 8));

export const anaphoricMonthRule: Rule = {
  name: 'anaphoric-month',
  cue: MONTH_CUE_ANY_CASE,
  // "elected in November 1994, he took office the following January": counted from the month in focus,
  // not from publication. "That December" and "that same May" are the month of the year in focus ("founded in
  // 1952 … That December, it sold its first radio"): opening the sentence, or after a preposition or "later" (looked
  // back at only once "That" has matched: a look-behind tried first would run at every position of the text); after
  // "and", "but" or "then" opening a clause of its own too ("searched for days, and that May she …").
  // "in August of that year", "by March of the same year", "in May that year": the month of the year in focus,
  // written after it. "in March of the following year": the month of the year after the one in focus.
  // After any other word, "that June" closing its clause ("A public inquiry opened in Kelverton that June and sat for
  // weeks", "the mill was back at full strength that March."): a month of the year in focus as well; "that" before a
  // month going on to a verb opens what was said ("the fear that June would be wet") and is left alone.
  re: rx(`${B}(?:(?:the\\s+(following|next|previous|preceding)|[Tt]hat(?<=(?:^|[.!?;,"“]\\s{0,3}|\\b(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Ss]ince|[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly|[Oo]f|[Aa]nd|[Bb]ut|[Tt]hen)\\s{1,8}|\\b(?:[a-z]{2,16}ed|${PAST_BEFORE_THAT})\\s{1,8})[Tt]hat)(?:\\s+same)?)\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(?:(?:of\\s+)?(?:that|the\\s+same)|of\\s+the\\s+(following|next|previous|preceding))\\s+year|[Tt]hat(?<=\\b[A-Za-z]{2,20}\\s{1,8}[Tt]hat)(?:\\s+same)?\\s+(${MONTH_RE})(?=\\s*[.,;:!?]|\\s+(?:and|but|when|while|after|before|until)\\s+(?!${MONTH_RE}\\b)))${E}`, 'gi'),
  accept: (m) => /^[A-Z]/.test(m[2] ?? m[3] ?? m[5]) && !THAT_AFTER_KNOWING.test(m.input.slice(Math.max(0, m.index - 20), m.index + 5)) && !joinedThatOpensWhatWasSaid(m),
  resolve: (m, c) => {
    const month = monthNumber(m[2] ?? m[3] ?? m[5])!;
    // "That December" needs only the year in focus ("in 1952"); "the following January" needs its month.
    const ref = c.refDate(m[1] ? 'month' : 'year');
    if (!ref) return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/anaphoric-no-ref' };
    if (m[4]) {
      const after = /following|next/i.test(m[4]);
      return { type: 'DATE', value: fmtMonth(ref.y + (after ? 1 : -1), month), rule: `month/of-${after ? 'following' : 'previous'}-year`, counted: true };
    }
    if (!m[1]) return { type: 'DATE', value: fmtMonth(ref.y, month), rule: 'month/anaphoric-that', counted: true };
    const after = /following|next/i.test(m[1]);
    // "proposed in 1933, and we were married the following June": counted from a year told alone, not from a month
    // told before it; the next year's (the year before's) as the likelier reading, though the same year's may be meant.
    // A month of that year's, or a season ("in the spring of 1963 … the following January"), still gives the order.
    const year = c.focus() === 'year' ? c.refDate('year') : null;
    if (year && year !== c.dct && ref.y !== year.y) return { type: 'DATE', value: fmtMonth(year.y + (after ? 1 : -1), month), rule: `month/anaphoric-${after ? 'following' : 'previous'}-year`, counted: true, yearUncertain: true };
    const y = after ? (month > ref.m ? ref.y : ref.y + 1) : month < ref.m ? ref.y : ref.y - 1;
    return { type: 'DATE', value: fmtMonth(y, month), rule: `month/anaphoric-${after ? 'following' : 'previous'}`, counted: true };
  },
};

// "A letter came in the September", "by the March the mill had closed", "during the June they married": a month
// with "the" and no noun after it is a month of the year the story is at, not the latest one before publication
// ("the September floods", "the May 4 vote" name a thing and are left to the month rule). A month before the one in
// focus is most often the next year's ("lost in November 1990 … found in the March"), but only a guess.
const DEFINITE_MONTH = `(?:${MONTH_NAME_ALTS})`;
const DEFINITE_MONTH_CLOSE = 'to|and|but|or|when|while|as|after|before|until|that|which|who|he|she|they|it|we|I|you|there|then|a|an|the|his|her|their|its|our|for|in|at|with';
export const definiteMonthRule: Rule = {
  name: 'definite-month',
  cue: MONTH_CUE,
  // "the March to the sea", "the May in the mountains": a march or a may is not a month. The lookahead first keeps the
  // look-behind from running at every position of the text.
  re: rx(`(?=the\\s)(?<=\\b(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]ill|[Ss]ince|[Tt]hrough|[Bb]efore|[Aa]fter)\\s{1,8})the\\s{1,8}(?!(?:March|May)\\s{1,8}(?:to|in|for|at|with|and|or|from)\\b)(${DEFINITE_MONTH})(?=\\s{0,3}[.,;:!?)"”]|\\s{1,8}(?:${DEFINITE_MONTH_CLOSE})\\b)`),
  resolve: (m, c) => {
    const month = monthNumber(m[1])!;
    const base = c.refDate(c.focus() === 'year' ? 'year' : 'month');
    if (!base) return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/anaphoric-no-ref' };
    // With no time of the story told before it, the year in focus is publication's, and nothing says it is meant.
    const fromPublication = !!c.dct && base.y === c.dct.y && base.m === c.dct.m;
    const earlier = c.focus() !== 'year' && month < base.m;
    return { type: 'DATE', value: fmtMonth(base.y + (earlier ? 1 : 0), month), rule: 'month/anaphoric-definite', counted: true, ...(fromPublication || earlier ? { yearUncertain: true } : {}) };
  },
};

export const monthRule: Rule = {
  name: 'month',
  cue: MONTH_CUE,
  // "May" and "March" are also a verb and a noun, so they count as months only after a word that
  // introduces a date.
  // After "the" they are months when a noun follows ("the March accession", "the May elections"), and not
  // before "of" ("the March of Dimes").
  // Listed between two months ("April, May and June", "February, March, April") they are months too.
  // Heading an entry of a dated list ("March - Talks fail.", "May: The pier reopens."), at the start of a line, too.
  // Each branch first looks ahead at the month's first letter, so its look-behinds run only where a month may start.
  re: rx(`(?:(?=[JFMASOND])(?:${B}|(?<=\\b(?:mid|late|early)-))${SAFE_MONTH_RE}${E}|(?=[MS])(?<=\\b(?:${MONTH_INTRO})\\s{1,8}|\\b${TIMETABLED_FOR}\\s|mid-)(?:May|March|Sept|Sep)${E}|(?=M)(?<=\\b[Tt]he\\s{1,8})(?:May|March)(?=\\s{1,8}(?!of\\b)[a-z])|(?=[MS])(?<=\\b(?:${MONTH_RE}),\\s{1,3})(?:May|March|Sept|Sep)(?=,?\\s{1,3}(?:(?:and|or)\\s{1,3})?(?:${MONTH_RE})\\b)|(?=[MS])(?<=(?:^|\\n)[ \\t"“•*]{0,3})(?:May|March|Sept|Sep)(?=\\s{1,3}[-–—]\\s|:\\s))`),
  resolve: (m, c) => {
    const month = monthNumber(m[0])!;
    // "as of February" states how things stand now: the month is read as the present's.
    const asOf = /\bas\s+of\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index));
    // "survivors of the October floods will …": a month naming a thing is not put in the future by the verb of the
    // clause it sits in (a future clause often names what already happened); the nearest such month is taken. A
    // past verb still places it ("gathered evidence in the October slaying").
    const attributive = /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index)) && /^\s+(?!of\b)[a-z]{3,}/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const tense = asOf ? 'present' : attributive && c.tense() === 'future' ? 'unknown' : null;
    const choice = chooseYear(month, undefined, tense ? { ...c, tense: () => tense } : c, 'month');
    if (!choice) return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/no-year' };
    return { type: 'DATE', value: fmtMonth(choice.year, month), rule: choice.rule, yearUncertain: choice.uncertain || undefined };
  },
};
