import {
  addDays,
  addMonths,
  easter,
  fmtCentury,
  fmtDay,
  fmtDecade,
  fmtMonth,
  fmtWeek,
  fmtYear,
  isValidYmd,
  isoWeekday,
  nthWeekday,
  parseYmd,
  toDayNumber,
  type Ymd,
} from '../time-value';
import {
  MONTH_RE,
  NUMBER_WORD_RE,
  PARTS_OF_DAY,
  SAFE_MONTH_RE,
  SEASONS,
  UNIT_RE,
  VAGUE_COUNT_RE,
  WEEKDAY_RE,
  durationValue,
  monthNumber,
  parseCount,
  unitOf,
  weekdayNumber,
  type Unit,
} from './lexicon';
import { findDateline } from './dateline';
import { splitSentences, type Span } from './sentences';
import { tenseAt, type Tense } from './tense';
import type { TagOptions, Timex, TimexType } from './types';

// A HeidelTime-style tagger: regular-expression rules find candidate expressions, the longest
// non-overlapping ones win, and each is then normalised in text order so that anaphoric expressions
// ("the next day") can lean on the last date mentioned.

/** What normalising a match decides: the Timex without its place in the text. */
type Resolution = Omit<Timex, 'start' | 'end' | 'text'>;

interface Rule {
  name: string;
  re: RegExp;
  /** Rejects a match from its surroundings, before overlaps are settled. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  resolve: (m: RegExpExecArray, c: Resolver) => Resolution | null;
}

/** A rule's match before overlaps are settled: only where it is, not its groups (see matchAt). */
interface Candidate {
  start: number;
  end: number;
  rule: Rule;
  order: number;
}

/** What a rule may ask about the text around its match while normalising it. */
export interface Resolver {
  dct: Ymd | null;
  tense(): Tense;
  /** A year written earlier in the same paragraph, or else earlier in the text. */
  yearHint(): { year: number; scope: 'sentence' | 'paragraph' | 'text' } | null;
  /** The day the narrative is at: the last day-precise date mentioned, else the DCT. */
  refDay(): Ymd | null;
  /** The last date mentioned at month or year precision or finer, for "that year", "the following month". */
  refDate(gran: 'month' | 'year'): Ymd | null;
  /** The few words of text right after the match. */
  following(): string;
}

const B = '(?<![\\w$£€#-])';
const E = '(?![\\w]|-\\w)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[0-9]|20)\\d{2})';
const COUNT = `(\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORD_RE}(?:\\s+and\\s+a\\s+half)?)`;

function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------------
// Year resolution for expressions written without one.

interface YearChoice {
  year: number;
  rule: string;
  uncertain: boolean;
}

/**
 * Picks the year of a month (and day) written without one. A year stated earlier in the paragraph wins;
 * otherwise the tense of the governing verb places it before or after the publication date; a past event
 * whose day lies months after the publication day is put in the previous year but marked uncertain, since
 * news style names the year of anything that long ago and its absence means we cannot know it.
 */
export function chooseYear(month: number, day: number | undefined, c: Resolver, kind: string): YearChoice | null {
  const hint = c.yearHint();
  const dct = c.dct;
  // In news, a year named earlier in a paragraph is usually background ("in 1990 …") while an undated
  // month is recent, so the stated year wins only within its own sentence, without a publication date,
  // or when the publication date leaves the year in doubt (below).
  const conflicts = (y: number) => !!dct && ((c.tense() === 'future' && y < dct.y) || (c.tense() === 'past' && y > dct.y));
  if (hint && !conflicts(hint.year) && (hint.scope === 'sentence' || (!dct && hint.scope === 'paragraph'))) {
    return { year: hint.year, rule: `${kind}/year-in-${hint.scope}`, uncertain: false };
  }
  if (!dct) {
    if (hint) return { year: hint.year, rule: `${kind}/year-in-text`, uncertain: true };
    return null;
  }
  const d = day ?? 15;
  const dayOf = (y: number) => toDayNumber({ y, m: month, d: Math.min(d, 28) });
  const now = toDayNumber(dct);
  const tense = c.tense();
  const sameMonthAsDct = month === dct.m && day === undefined;
  let year: number;
  let rule: string;
  if (tense === 'past') {
    year = sameMonthAsDct || dayOf(dct.y) <= now ? dct.y : dct.y - 1;
    rule = `${kind}/past-tense`;
  } else if (tense === 'future') {
    year = sameMonthAsDct || dayOf(dct.y) >= now ? dct.y : dct.y + 1;
    rule = `${kind}/future-tense`;
  } else {
    year = [dct.y - 1, dct.y, dct.y + 1].reduce((a, b) => (Math.abs(dayOf(b) - now) < Math.abs(dayOf(a) - now) ? b : a));
    rule = `${kind}/nearest`;
  }
  // News leaves the year out of dates close to publication. When the tense points almost a year away
  // but the same day falls within two months on the other side of publication, the tense is more
  // likely misread (a plan reported in the past: "invited them to a ceremony on March 12") than the
  // article is silently reaching back or forward a whole year.
  if (tense === 'past' || tense === 'future') {
    const other = year === dct.y ? (tense === 'past' ? dct.y + 1 : dct.y - 1) : dct.y;
    const otherGap = Math.abs(dayOf(other) - now);
    if (!sameMonthAsDct && Math.abs(dayOf(year) - now) > 240 && otherGap <= 62) {
      return { year: other, rule: `${kind}/near-publication`, uncertain: true };
    }
  }
  const gap = Math.abs(dayOf(year) - now);
  // Within about four months either side news style leaves the year out; beyond that we are guessing.
  const limit = day === undefined ? 150 : 125;
  let uncertain = year !== dct.y && gap > limit;
  if (tense !== 'past' && tense !== 'future' && gap > limit) uncertain = true;
  // A year stated in the same paragraph is the likelier reading; one from elsewhere in the article is still a
  // guess, and says so.
  if (uncertain && hint && hint.year <= dct.y) return { year: hint.year, rule: `${kind}/year-in-${hint.scope}`, uncertain: hint.scope === 'text' };
  return { year, rule, uncertain };
}

function monthDay(month: number, day: number, c: Resolver, kind = 'month-day'): Resolution {
  const choice = chooseYear(month, day, c, kind);
  if (!choice) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}`, rule: `${kind}/no-year` };
  return {
    type: 'DATE',
    value: fmtDay({ y: choice.year, m: month, d: day }),
    rule: choice.rule,
    yearUncertain: choice.uncertain || undefined,
  };
}

// ---------------------------------------------------------------------------------------------------
// Relative arithmetic.

type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

function granValue(p: Ymd, gran: Gran): string {
  switch (gran) {
    case 'day':
      return fmtDay(p);
    case 'week':
      return fmtWeek(p);
    case 'weekend':
      return `${fmtWeek(p)}-WE`;
    case 'month':
      return fmtMonth(p.y, p.m);
    case 'quarter':
      return `${fmtYear(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case 'year':
      return fmtYear(p.y);
    case 'decade':
      return fmtDecade(Math.floor(p.y / 10));
    case 'century':
      return fmtCentury(Math.floor(p.y / 100));
  }
}

function shift(p: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return p;
    case 'day':
      return addDays(p, n);
    case 'week':
    case 'weekend':
      return addDays(p, 7 * n);
    case 'month': {
      const r = addMonths(p.y, p.m, n);
      return { y: r.y, m: r.m, d: Math.min(p.d, 28) };
    }
    case 'quarter': {
      const r = addMonths(p.y, p.m, 3 * n);
      return { y: r.y, m: r.m, d: 1 };
    }
    case 'year':
      return { y: p.y + n, m: p.m, d: Math.min(p.d, 28) };
    case 'decade':
      return { y: p.y + 10 * n, m: p.m, d: 1 };
    case 'century':
      return { y: p.y + 100 * n, m: p.m, d: 1 };
  }
}

function granOf(unit: Unit): Gran {
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? 'day' : unit;
}

function weekdayNear(dct: Ymd, wd: number, direction: 'past' | 'future' | 'strict-past' | 'strict-future'): Ymd {
  const cur = isoWeekday(dct);
  if (direction === 'past' || direction === 'strict-past') {
    let back = (cur - wd + 7) % 7;
    if (back === 0 && direction === 'strict-past') back = 7;
    return addDays(dct, -back);
  }
  let fwd = (wd - cur + 7) % 7;
  if (fwd === 0 && direction === 'strict-future') fwd = 7;
  return addDays(dct, fwd);
}

// What a possessive weekday names has usually already happened: "Wednesday's ruling" is reported after
// the fact whatever the tense of the sentence around it ("they would look for ways around …"). Scheduled
// events ("Tuesday's election") are left to the tense.
const OUTCOME_NOUN =
  /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ruling|decision|verdict|attack|attacks|bombing|bombings|blast|explosion|shooting|killing|raid|crash|announcement|statement|remarks|speech|editorial|edition|report|incident|arrest|death|deaths|victory|defeat|approval)\b/;

function weekday(wd: number, c: Resolver, modifier?: string, possessive?: string): Resolution {
  const dct = c.dct;
  const mod = modifier?.toLowerCase();
  if (!dct) return { type: 'DATE', value: `XXXX-WXX-${wd}`, rule: 'weekday/no-dct' };
  if (mod === 'last' || mod === 'past' || mod === 'previous') {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'strict-past')), rule: 'weekday/last' };
  }
  if (mod === 'next' || mod === 'coming') {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'strict-future')), rule: 'weekday/next' };
  }
  if (possessive && OUTCOME_NOUN.test(possessive)) {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'past')), rule: 'weekday/possessive-outcome' };
  }
  const tense = c.tense();
  // News reports mostly what already happened, so a weekday with no future cue looks back.
  const dir = tense === 'future' ? 'future' : 'past';
  return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, dir)), rule: `weekday/${tense === 'future' ? 'future' : 'past'}-tense` };
}

function seasonValue(season: string, c: Resolver, modifier?: string): Resolution {
  const code = SEASONS[season.toLowerCase()];
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const dct = c.dct;
  if (!dct) return { type: 'DATE', value: `XXXX-${code}`, rule: 'season/no-dct' };
  const current = dct.m >= 12 || dct.m <= 2 ? 'WI' : dct.m >= 9 ? 'FA' : dct.m >= 6 ? 'SU' : 'SP';
  // Winter is named by the year it begins in, so January 2000 is in winter 1999.
  const curYear = current === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  const order = ['SP', 'SU', 'FA', 'WI'];
  const cmp = order.indexOf(code) - order.indexOf(current);
  const mod = modifier?.toLowerCase();
  let y: number;
  if (mod === 'this') y = cmp < 0 && current === 'WI' ? curYear + 1 : curYear;
  else if (mod === 'last' || mod === 'past' || mod === 'previous') y = cmp < 0 ? curYear : curYear - 1;
  else if (mod === 'next' || mod === 'coming') y = cmp > 0 ? curYear : curYear + 1;
  else {
    const choice = chooseYear(startMonth[code], undefined, c, 'season');
    return { type: 'DATE', value: `${fmtYear(choice!.year)}-${code}`, rule: choice!.rule, yearUncertain: choice!.uncertain || undefined };
  }
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${mod}` };
}

function holiday(name: string, y: number): Ymd | null {
  const n = name.toLowerCase().replace(/['’]s?/g, '').replace(/\s+/g, ' ');
  if (/christmas eve/.test(n)) return { y, m: 12, d: 24 };
  if (/christmas/.test(n)) return { y, m: 12, d: 25 };
  if (/new year eve/.test(n)) return { y, m: 12, d: 31 };
  if (/new year/.test(n)) return { y, m: 1, d: 1 };
  if (/thanksgiving/.test(n)) return nthWeekday(y, 11, 4, 4);
  if (/good friday/.test(n)) return addDays(easter(y), -2);
  if (/easter monday/.test(n)) return addDays(easter(y), 1);
  if (/easter/.test(n)) return easter(y);
  if (/independence day|fourth of july|july fourth/.test(n)) return { y, m: 7, d: 4 };
  if (/halloween/.test(n)) return { y, m: 10, d: 31 };
  if (/valentine/.test(n)) return { y, m: 2, d: 14 };
  if (/labor day/.test(n)) return nthWeekday(y, 9, 1, 1);
  if (/memorial day/.test(n)) return nthWeekday(y, 5, 1, -1);
  if (/election day/.test(n)) return addDays(nthWeekday(y, 11, 1, 1), 1);
  if (/veterans day/.test(n)) return { y, m: 11, d: 11 };
  return null;
}

const HOLIDAY_SEASON =
  /^\s+(?:and\s+New\s+Year['’]?s?\s+)?(?:holiday\s+|shopping\s+|sales\s+|travel\s+|buying\s+|gift\s+){0,2}(?:season|period|holidays|sales|shopping|rush|break|vacation|travel)\b/;

function timeOfDay(hour: number, minute: number, meridiem: string | undefined): string | null {
  let h = hour;
  let mer = meridiem?.toLowerCase().replace(/\./g, '');
  if (mer && /in the/.test(mer)) mer = /morning/.test(mer) ? 'am' : 'pm';
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 24 || minute > 59) return null;
  return `T${pad2(h)}:${pad2(minute)}`;
}

// ---------------------------------------------------------------------------------------------------
// The rules. Longer matches beat shorter ones; among equal lengths the earlier rule wins.

const REL_MOD = '(last|this|next|past|previous|coming|following|current)';
const PART = '(morning|afternoon|evening|night|overnight)';

// A day with a part of it ("Friday night") keeps the part in its value but is typed DATE, as the
// TempEval-3 corpora type it; only clock times are TIME.
function dayWithPart(day: Ymd | null, part: string | undefined, rulePrefix: string): Resolution | null {
  if (!day) return null;
  if (!part) return { type: 'DATE', value: fmtDay(day), rule: rulePrefix };
  return { type: 'DATE', value: `${fmtDay(day)}T${PARTS_OF_DAY[part.toLowerCase()]}`, rule: `${rulePrefix}+part` };
}

function relGran(unit: Unit): Gran {
  return granOf(unit);
}

/**
 * "a year ago Thursday", "ten years ago last week", "two months ago today": the named day or week, moved back
 * (or forward) by the count. It keeps the precision of what is named: a day stays a day.
 */
function agoFrom(m: RegExpExecArray, c: Resolver): Resolution | null {
  const dct = c.dct;
  const n = m[2] ? parseCount(m[2]) : undefined;
  const dir = m[5].toLowerCase();
  if (!dct || n === undefined || !Number.isInteger(n) || (dir !== 'ago' && dir !== 'from now' && dir !== 'hence')) return null;
  const unit = unitOf(m[4]);
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
  const sign = dir === 'ago' ? -1 : 1;
  const word = m[7].toLowerCase();
  const mod = m[6]?.toLowerCase();
  const wd = weekdayNumber(m[7]);
  if (wd) {
    const base = weekday(wd, c, mod === 'on' ? undefined : mod);
    const p = parseYmd(base.value);
    if (!p) return null;
    return { type: 'DATE', value: fmtDay(shift(p, unit, sign * n)), rule: `ago/${dir}+weekday` };
  }
  if (word === 'today' || word === 'yesterday') {
    if (mod) return null;
    return { type: 'DATE', value: fmtDay(shift(addDays(dct, word === 'today' ? 0 : -1), unit, sign * n)), rule: `ago/${dir}+${word}` };
  }
  // "last week", "this month": the stretch named, moved by the count, as the dates it covers.
  const delta = mod === 'last' ? -1 : mod === 'next' ? 1 : mod === 'this' ? 0 : null;
  if (delta === null) return null;
  if (word === 'week') {
    const monday = addDays(dct, 1 - isoWeekday(dct) + 7 * delta);
    const start = shift(monday, unit, sign * n);
    return { type: 'DATE', value: fmtWeek(start), rule: `ago/${dir}+week`, exact: { start: fmtDay(start), end: fmtDay(addDays(start, 6)) } };
  }
  const r = addMonths(dct.y, dct.m, delta);
  const moved = shift({ y: r.y, m: r.m, d: 1 }, unit, sign * n);
  return { type: 'DATE', value: fmtMonth(moved.y, moved.m), rule: `ago/${dir}+month` };
}

const RULES: Rule[] = [
  {
    name: 'iso-date',
    re: rx(`${B}(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?${E}`),
    resolve: (m) => {
      const p = { y: +m[1], m: +m[2], d: +m[3] };
      if (!isValidYmd(p)) return null;
      if (m[4]) return { type: 'TIME', value: `${fmtDay(p)}T${m[4]}:${m[5]}`, rule: 'iso-date', explicitYear: true };
      return { type: 'DATE', value: fmtDay(p), rule: 'iso-date', explicitYear: true };
    },
  },
  {
    name: 'numeric-date',
    re: rx(`${B}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${E}`),
    resolve: (m) => {
      // American news writes month first.
      let y = +m[3];
      if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
      const p = { y, m: +m[1], d: +m[2] };
      if (!isValidYmd(p)) return null;
      return { type: 'DATE', value: fmtDay(p), rule: 'numeric-date', explicitYear: true };
    },
  },
  {
    name: 'month-day-range-start',
    // The first day of "November 18-19, 2003", "Dec. 4 through 19": the year written after the second day
    // is the first day's too.
    re: rx(`${B}(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+${DAY}(?=\\s{0,3}(?:[-–]|to|through|thru|until|and)\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?(?![\\w%]|-\\w))`),
    resolve: (m, c) => {
      const month = monthNumber(m[2]);
      const day = +m[3];
      if (!month || day < 1 || day > 31) return null;
      if (m[4]) {
        const p = { y: +m[4], m: month, d: day };
        if (!isValidYmd(p)) return null;
        return { type: 'DATE', value: fmtDay(p), rule: 'explicit-date/range-start', explicitYear: true };
      }
      return monthDay(month, day, c, 'month-day');
    },
  },
  {
    name: 'month-day-year',
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
        // A written weekday settles the year: take the nearest year where the day falls on it.
        const wd = weekdayNumber(m[1])!;
        for (const dy of [0, -1, 1, -2, 2, -3, -4, -5, -6]) {
          const p = { y: c.dct.y + dy, m: month, d: day };
          if (isValidYmd(p) && isoWeekday(p) === wd) return { type: 'DATE', value: fmtDay(p), rule: 'month-day/weekday-fixes-year' };
        }
      }
      return monthDay(month, day, c);
    },
  },
  {
    name: 'day-range-month-start',
    // The "18" of "18-19 November 2003", which takes its month and year from the second day.
    re: rx(`${B}${DAY}(?=\\s{0,3}(?:[-–]|to|and)\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR})?(?![\\w]|-\\w))`),
    resolve: (m, c) => {
      const day = +m[1];
      const month = monthNumber(m[2]);
      if (!month || day < 1 || day > 31) return null;
      if (m[3]) {
        const p = { y: +m[3], m: month, d: day };
        if (!isValidYmd(p)) return null;
        return { type: 'DATE', value: fmtDay(p), rule: 'explicit-date/range-start', explicitYear: true };
      }
      return monthDay(month, day, c, 'month-day');
    },
  },
  {
    name: 'day-month-year',
    // After "18-" too: the second day of "18-19 November 2003".
    re: rx(`(?:${B}|(?<=\\d[-–]))(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(${MONTH_RE})(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => {
      const day = +m[2];
      const month = monthNumber(m[3]);
      if (!month || day < 1 || day > 31) return null;
      if (m[4]) {
        const p = { y: +m[4], m: month, d: day };
        if (!isValidYmd(p)) return null;
        return { type: 'DATE', value: fmtDay(p), rule: 'explicit-date', explicitYear: true };
      }
      return monthDay(month, day, c);
    },
  },
  {
    name: 'month-year',
    re: rx(`${B}(${MONTH_RE})(?:\\s+of)?,?\\s+${YEAR}${E}`),
    resolve: (m) => {
      const month = monthNumber(m[1]);
      if (!month) return null;
      return { type: 'DATE', value: fmtMonth(+m[2], month), rule: 'month-year', explicitYear: true };
    },
  },
  {
    name: 'month-relative-year',
    re: rx(`${B}(${MONTH_RE})(?:\\s+of)?\\s+(this|last|next)\\s+year${E}`),
    resolve: (m, c) => {
      const month = monthNumber(m[1]);
      if (!month || !c.dct) return null;
      const y = c.dct.y + { this: 0, last: -1, next: 1 }[m[2] as 'this'];
      return { type: 'DATE', value: fmtMonth(y, month), rule: `month/${m[2]}-year` };
    },
  },
  {
    name: 'second-day',
    // The "25" of "April 24 and 25".
    // The "19, 2003" of "November 18-19, 2003" keeps its year.
    re: rx(`(?<=\\b(${MONTH_RE})\\s{1,8}\\d{1,2}(?:st|nd|rd|th)?\\s{0,8}(?:and|to|through|thru|until|or|-|–)\\s{0,8})(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,\\s*|\\s+)${YEAR}(?!\\w))?(?![\\w%]|-\\w|,\\s*\\d)`),
    resolve: (m, c) => {
      const month = monthNumber(m[1]);
      const day = +m[2];
      if (!month || day < 1 || day > 31) return null;
      if (m[3]) {
        const p = { y: +m[3], m: month, d: day };
        if (!isValidYmd(p)) return null;
        return { type: 'DATE', value: fmtDay(p), rule: 'explicit-date/range-end', explicitYear: true };
      }
      return monthDay(month, day, c);
    },
  },
  {
    name: 'the-weekend',
    re: rx(`${B}the\\s+weekend${E}`, 'gi'),
    resolve: (m, c) => {
      if (!c.dct) return null;
      // A weekend with no other word is the nearest one in the direction the verb points.
      const future = c.tense() === 'future';
      const sat = weekdayNear(c.dct, 6, future ? 'future' : 'strict-past');
      return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, rule: `weekend/${future ? 'future' : 'past'}-tense` };
    },
  },
  {
    name: 'relative-month',
    re: rx(`${B}(?:(last|this|next|past|previous|coming)\\s+)(${MONTH_RE})${E}`, 'gi'),
    accept: (m) => /^[A-Z]/.test(m[2]),
    resolve: (m, c) => {
      const month = monthNumber(m[2])!;
      const dct = c.dct;
      if (!dct) return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/no-dct' };
      const mod = m[1].toLowerCase();
      let y = dct.y;
      if (mod === 'last' || mod === 'past' || mod === 'previous') y = month < dct.m ? dct.y : dct.y - 1;
      else if (mod === 'next' || mod === 'coming') y = month > dct.m ? dct.y : dct.y + 1;
      return { type: 'DATE', value: fmtMonth(y, month), rule: `month/${mod}` };
    },
  },
  {
    name: 'month',
    // "May" and "March" are also a verb and a noun, so they count as months only after a word that
    // introduces a date.
    re: rx(
      `(?:(?:${B}|(?<=\\b(?:mid|late|early)-))${SAFE_MONTH_RE}${E}|(?<=\\b(?:in|of|since|until|till|by|during|through|before|after|from|to|early|late|mid-|and|or|between|last|next|this|since|that|each)\\s{1,8}|mid-)(?:May|March|Sept|Sep)${E})`,
    ),
    resolve: (m, c) => {
      const month = monthNumber(m[0])!;
      const choice = chooseYear(month, undefined, c, 'month');
      if (!choice) return { type: 'DATE', value: `XXXX-${pad2(month)}`, rule: 'month/no-year' };
      return { type: 'DATE', value: fmtMonth(choice.year, month), rule: choice.rule, yearUncertain: choice.uncertain || undefined };
    },
  },
  {
    name: 'fiscal-year',
    re: rx(`${B}(?:fiscal(?:\\s+year)?|FY)\\s*${YEAR}${E}`, 'gi'),
    resolve: (m) => ({ type: 'DATE', value: `FY${m[1]}`, rule: 'fiscal-year', explicitYear: true }),
  },
  {
    name: 'year-range-end',
    // The "2000" of "1995-2000", which the year rule leaves alone after a hyphen.
    re: rx(`(?<=\\b(?:1[0-9]|20)\\d{2}[-–])${YEAR}${E}`),
    resolve: (m) => ({ type: 'DATE', value: fmtYear(+m[1]), rule: 'year-range', explicitYear: true }),
  },
  {
    name: 'weekday-plural',
    // "on Tuesdays": every Tuesday.
    re: rx(`${B}(${WEEKDAY_RE})s${E}`),
    resolve: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[1])}`, rule: 'set/weekday-plural' }),
  },
  {
    name: 'year-range-tail',
    // The "89" of "1979-89".
    re: rx(`(?<=\\b(1[0-9]|20)(\\d{2})[-–])(\\d{2})${E}`),
    resolve: (m) => {
      const y = +(m[1] + m[3]);
      if (y <= +(m[1] + m[2])) return null;
      return { type: 'DATE', value: fmtYear(y), rule: 'year-range', explicitYear: true };
    },
  },
  {
    name: 'year',
    re: rx(`(?:${B}|(?<=\\b(?:mid|late|early|post|pre)-))${YEAR}(?:['’]s)?(?![\\w]|,\\d|\\.\\d|\\s*(?:%|percent))`),
    accept: (m, text) => {
      const y = +m[1];
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/(?:\d[,.]|[$£€#]|No\.\s?|number\s)$/i.test(before)) return false;
      if (y % 10 === 0 && /['’]s$/.test(m[0]) && /\b(?:the|early|late|mid-?)\s*$/i.test(before)) return false;
      if (/^\s*(?:people|persons|men|women|children|troops|soldiers|dollars|yuan|euros|pounds|miles|kilometers|km|meters|metres|feet|tons|tonnes|points|members|cases|votes|acres|homes|students|employees|workers|jobs|units|cars|barrels|shares|calories|marines|police|officers|delegates|rooms|guests|to\s+\d|-\d)\b/i.test(after)) return false;
      if (y < 1900) return /(?:\b(?:in|since|of|from|until|by|before|after|during|year|around|circa|c\.)\s+)$/i.test(before);
      return y <= 2099;
    },
    resolve: (m) => ({ type: 'DATE', value: fmtYear(+m[1]), rule: 'year', explicitYear: true }),
  },
  {
    name: 'decade',
    // "mid-1980s" and "the 1990's" are decades too.
    re: rx(`(?:${B}|(?<=\\b(?:mid|early|late|pre|post)-))(?:(1[0-9]|20)(\\d)0['’]?s|['’](\\d)0s)${E}`),
    accept: (m, text) => !/['’]s$/.test(m[0]) || !!m[3] || /\b(?:the|early|late|mid-?)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
    resolve: (m, c) => {
      if (m[1]) return { type: 'DATE', value: fmtDecade(+`${m[1]}${m[2]}`), rule: 'decade' };
      // "the '90s": the century is the most recent one in which that decade has begun.
      const ref = c.dct?.y ?? 2000;
      let century = Math.floor(ref / 100);
      if (century * 100 + +m[3] * 10 > ref) century -= 1;
      return { type: 'DATE', value: fmtDecade(century * 10 + +m[3]), rule: 'decade/short' };
    },
  },
  {
    name: 'century',
    re: rx(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century${E}`, 'gi'),
    resolve: (m) => ({ type: 'DATE', value: fmtCentury(+m[1] - 1), rule: 'century' }),
  },
  {
    name: 'century-words',
    re: rx(`${B}(?:the\\s+)?(nineteenth|twentieth|twenty-first)\\s+century${E}`, 'gi'),
    resolve: (m) => ({ type: 'DATE', value: fmtCentury({ nineteenth: 18, twentieth: 19, 'twenty-first': 20 }[m[1].toLowerCase()]!), rule: 'century' }),
  },
  {
    name: 'season-year',
    re: rx(`${B}(?:the\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+of)?,?\\s+${YEAR}${E}`, 'gi'),
    resolve: (m) => ({ type: 'DATE', value: `${m[2]}-${SEASONS[m[1].toLowerCase()]}`, rule: 'season-year', explicitYear: true }),
  },
  {
    name: 'season',
    re: rx(`${B}(?:(?:(this|last|next|past|previous|coming)\\s+)(spring|summer|fall|autumn|winter)|(?<=\\b(?:in|during|by|until|since|through|early|late|mid-|the)\\s{1,8})(spring|summer|autumn|winter|fall)(?!\\s+of\\s+(?!\\d)))${E}`, 'gi'),
    accept: (m, text) => {
      // "the fall of Kabul" is an event, not a season.
      if (m[3] && /^fall$/i.test(m[3]) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) {
        return !/^\s+of\b/.test(text.slice(m.index + m[0].length));
      }
      return true;
    },
    resolve: (m, c) => seasonValue(m[2] ?? m[3], c, m[1]),
  },
  {
    name: 'quarter',
    re: rx(`${B}(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(quarter|half)(?:\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year|(?:the|its|their)\\s+(fiscal|financial)\\s+year))?${E}`, 'gi'),
    resolve: (m, c) => {
      const nth = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 0, last: 0 }[m[1].toLowerCase()]!;
      const half = m[2].toLowerCase() === 'half';
      const n = nth === 0 ? (half ? 2 : 4) : nth;
      if (half && n > 2) return null;
      let y: number | undefined = m[3] ? +m[3] : undefined;
      const ofYear = !!(m[3] || m[4] || m[5]);
      const dct = c.dct;
      // "the last quarter", "last half" with no year: the one before publication's, not the year's fourth.
      if (!ofYear && dct && /^last$/i.test(m[1])) {
        const cur = half ? (dct.m <= 6 ? 1 : 2) : Math.floor((dct.m - 1) / 3) + 1;
        const count = half ? 2 : 4;
        const prev = cur === 1 ? count : cur - 1;
        const py = cur === 1 ? dct.y - 1 : dct.y;
        return { type: 'DATE', value: `${fmtYear(py)}-${half ? 'H' : 'Q'}${prev}`, rule: 'quarter/last' };
      }
      // "the first quarter of the financial year": a company's fiscal quarters need not be the calendar's.
      const fiscal = !!m[5];
      if (y === undefined && dct) {
        y = dct.y + (m[4] ? { this: 0, last: -1, next: 1 }[m[4].toLowerCase() as 'this']! : 0);
        // A quarter still to come this year cannot be reported in the past tense: it is last year's.
        const endMonth = half ? n * 6 : n * 3;
        if (!m[4] && endMonth > dct.m && c.tense() === 'past') y -= 1;
      }
      const label = half ? `H${n}` : `Q${n}`;
      const r: Resolution = { type: 'DATE', value: y === undefined ? `XXXX-${label}` : `${fmtYear(y)}-${label}`, rule: fiscal ? 'quarter/fiscal' : 'quarter', explicitYear: !!m[3] };
      if (fiscal) r.yearUncertain = true;
      return r;
    },
  },
  {
    name: 'holiday',
    re: rx(
      `${B}(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Good\\s+Friday|Easter(?:\\s+(?:Sunday|Monday))?|Independence\\s+Day|Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|Valentine['’]s\\s+Day|Labor\\s+Day|Memorial\\s+Day|Election\\s+Day|Veterans\\s+Day)(?:,?\\s+${YEAR})?${E}`,
    ),
    resolve: (m, c) => {
      if (m[3]) {
        const p = holiday(m[2], +m[3]);
        return p && { type: 'DATE', value: fmtDay(p), rule: 'holiday/explicit', explicitYear: true };
      }
      const dct = c.dct;
      const name = m[2];
      if (!dct) return null;
      const mod = m[1]?.toLowerCase();
      const cands = [dct.y - 1, dct.y, dct.y + 1].map((y) => holiday(name, y)!);
      const now = toDayNumber(dct);
      let pick: Ymd;
      if (mod === 'last') pick = [...cands].reverse().find((p) => toDayNumber(p) < now)!;
      else if (mod === 'next') pick = cands.find((p) => toDayNumber(p) > now)!;
      else if (mod === 'this') pick = cands[1];
      else {
        const t = c.tense();
        if (t === 'past') pick = [...cands].reverse().find((p) => toDayNumber(p) <= now)!;
        else if (t === 'future') pick = cands.find((p) => toDayNumber(p) >= now)!;
        else pick = cands.reduce((a, b) => (Math.abs(toDayNumber(b) - now) < Math.abs(toDayNumber(a) - now) ? b : a));
      }
      // "the Christmas sales period", "Thanksgiving travel": the season around the day, not the day.
      const season = HOLIDAY_SEASON.test(c.following()) ? 'APPROX' : undefined;
      return { type: 'DATE', value: fmtDay(pick), rule: `holiday/${mod ?? c.tense()}${season ? '/season' : ''}`, mod: season };
    },
  },
  {
    name: 'day-word',
    re: rx(`${B}(the\\s+day\\s+(?:before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+${PART})?${E}`, 'gi'),
    resolve: (m, c) => {
      if (!c.dct) {
        const w = m[2].toLowerCase();
        return { type: 'DATE', value: w === 'tomorrow' ? 'FUTURE_REF' : w === 'yesterday' ? 'PAST_REF' : 'PRESENT_REF', rule: 'day-word/no-dct' };
      }
      const w = m[2].toLowerCase();
      let delta = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[w]!;
      if (m[1]) delta += /before/i.test(m[1]) ? -1 : 1;
      const day = addDays(c.dct, delta);
      if (w === 'tonight') return { type: 'DATE', value: `${fmtDay(day)}TNI`, rule: 'day-word' };
      return dayWithPart(day, m[3], 'day-word');
    },
  },
  {
    name: 'last-night',
    re: rx(`${B}(last\\s+night|this\\s+(?:morning|afternoon|evening))${E}`, 'gi'),
    resolve: (m, c) => {
      if (!c.dct) return { type: 'TIME', value: 'PRESENT_REF', rule: 'part-of-day/no-dct' };
      const last = /^last/i.test(m[1]);
      const part = m[1].split(/\s+/)[1];
      return dayWithPart(last ? addDays(c.dct, -1) : c.dct, part, 'part-of-day');
    },
  },
  {
    name: 'weekday',
    re: rx(`${B}(?:(last|next|this|past|previous|coming|Last|Next|This|Past|Previous|Coming)\\s+)?(${WEEKDAY_RE})(['’]s)?(?:\\s+${PART})?${E}`, 'g'),
    resolve: (m, c) => {
      const base = weekday(weekdayNumber(m[2])!, c, m[1], m[3] && !m[4] ? m[3] + c.following() : undefined);
      if (!m[4] || !/^\d/.test(base.value)) return base;
      return { type: 'DATE', value: `${base.value}T${PARTS_OF_DAY[m[4].toLowerCase()]}`, rule: `${base.rule}+part` };
    },
  },
  {
    name: 'weekday-lower',
    // Sentence-initial or lower-case "last monday" style text is rare but cheap to cover.
    re: rx(`${B}(last|next|this)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)${E}`, 'g'),
    resolve: (m, c) => weekday(weekdayNumber(m[2])!, c, m[1]),
  },
  {
    name: 'anaphoric-day',
    re: rx(
      `${B}(?:(the\\s+(?:next|following|previous|preceding)|that|the\\s+same|the\\s+day\\s+before\\s+that|earlier\\s+that|later\\s+that|that\\s+same)\\s+(day|morning|afternoon|evening|night|week|month|year))${E}`,
      'gi',
    ),
    resolve: (m, c) => {
      const ref = c.refDay();
      if (!ref) return null;
      const lead = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const delta = /next|following/.test(lead) ? 1 : /previous|preceding|before/.test(lead) ? -1 : 0;
      if (unit === 'month' || unit === 'year') {
        // "that year" points at the year last talked about, however precisely it was given.
        const base = c.refDate(unit) ?? ref;
        return { type: 'DATE', value: granValue(shift(base, unit, delta), unit), rule: 'anaphoric' };
      }
      if (unit === 'week') return { type: 'DATE', value: granValue(shift(ref, unit, delta), unit), rule: 'anaphoric' };
      const day = addDays(ref, delta);
      if (unit === 'day') return { type: 'DATE', value: fmtDay(day), rule: 'anaphoric' };
      return { type: 'DATE', value: `${fmtDay(day)}T${PARTS_OF_DAY[unit]}`, rule: 'anaphoric' };
    },
  },
  {
    name: 'relative-unit',
    re: rx(
      `${B}(?:(the\\s+)?${REL_MOD}|(earlier|later)\\s+(?:this|that)|(?:the\\s+)?(?:early|late|end|beginning|start|middle)\\s+of\\s+(?:this|the|last|next)|the\\s+rest\\s+of\\s+(?:this|the))\\s+(week(?:end)?|month|year|quarter|decade|century)${E}`,
      'gi',
    ),
    resolve: (m, c) => {
      const unit = unitOf(m[4]);
      const mod = (m[2] ?? 'this').toLowerCase();
      const ofFollows = /^\s+of\b/.test(c.following());
      const long = unit === 'year' || unit === 'decade' || unit === 'century';
      if ((mod === 'past' || (mod === 'last' && m[1] && long)) && unit !== 'weekend' && !ofFollows) {
        // "the past year", "the last decade" are the stretch up to now, a duration, not the calendar unit
        // before; "the last year of the war" is not.
        return { type: 'DURATION', value: durationValue(1, unit), rule: 'relative-unit/past-duration' };
      }
      if (!c.dct) return { type: 'DATE', value: mod === 'next' || mod === 'coming' ? 'FUTURE_REF' : mod === 'this' || mod === 'current' ? 'PRESENT_REF' : 'PAST_REF', rule: 'relative-unit/no-dct' };
      const delta = mod === 'last' || mod === 'previous' ? -1 : mod === 'next' || mod === 'coming' || mod === 'following' ? 1 : 0;
      const whole = m[0].toLowerCase();
      let value = granValue(shift(c.dct, unit, delta), relGran(unit));
      if (/\bof\s+(?:last|next)\b/.test(whole)) {
        const d2 = /\blast\b/.test(whole) ? -1 : 1;
        value = granValue(shift(c.dct, unit, d2), relGran(unit));
      }
      let tmod: string | undefined;
      if (/^(?:the\s+)?(?:early|beginning|start)\b/.test(whole)) tmod = 'START';
      else if (/^(?:the\s+)?(?:late|end)\b/.test(whole)) tmod = 'END';
      else if (/^(?:the\s+)?middle\b/.test(whole)) tmod = 'MID';
      return { type: 'DATE', value, mod: tmod, rule: `relative-unit/${mod}` };
    },
  },
  {
    name: 'ago',
    re: rx(
      `${B}(?:(more\\s+than|less\\s+than|about|almost|nearly|some|over|around|roughly|at\\s+least)\\s+)?(?:${COUNT}|(${VAGUE_COUNT_RE}))\\s+(${UNIT_RE})\\s+(ago|earlier|later|hence|from\\s+now)(?:\\s+(?:(last|this|next|on)\\s+)?(${WEEKDAY_RE}|week|month|today|yesterday))?${E}`,
      'gi',
    ),
    resolve: (m, c) => {
      if (m[7]) {
        const r = agoFrom(m, c);
        if (r) return r;
      }
      const n = m[2] ? parseCount(m[2]) : undefined;
      const unit = unitOf(m[4]);
      const dir = m[5].toLowerCase();
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      const quant = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const mod = quant === 'more than' || quant === 'over' ? 'MORE_THAN' : quant === 'less than' ? 'LESS_THAN' : quant ? 'APPROX' : undefined;
      // "two years later" counts from the year last talked about, "two days later" from the last day.
      const narrative = unit === 'year' || unit === 'decade' || unit === 'century' ? c.refDate('year') : unit === 'month' || unit === 'quarter' ? c.refDate('month') : c.refDay();
      const anchor = dir === 'earlier' || dir === 'later' ? narrative : c.dct;
      if (n === undefined || !anchor || !Number.isInteger(n)) {
        return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'ago/vague', mod };
      }
      const gran: Gran = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : granOf(unit);
      const shifted = unit === 'hour' ? anchor : shift(anchor, unit, sign * n);
      // "a decade ago" points at a year, not at a decade.
      const g = gran === 'decade' || gran === 'century' ? 'year' : gran;
      const r: Resolution = { type: 'DATE', value: granValue(shifted, g), rule: `ago/${dir}`, mod };
      // "a week ago" is, to a reader, the day seven days back (TimeML's value stays the week): exact
      // counts keep a day's precision. An approximate one ("about two weeks ago") keeps the week.
      if (g === 'week' && !mod) r.exact = { start: fmtDay(shifted) };
      return r;
    },
  },
  {
    name: 'duration',
    re: rx(
      `${B}(?:(the\\s+)?(past|last|next|coming|first|previous|following|recent|final|few|better\\s+part\\s+of\\s+the)\\s+)?(?:(more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|nearly|almost|about|around|some|roughly|approximately)\\s+)?(?:(?:${COUNT}|(${VAGUE_COUNT_RE}))\\s+)?(?:more\\s+|additional\\s+|full\\s+|straight\\s+|consecutive\\s+|long\\s+)?(${UNIT_RE})${E}`,
      'gi',
    ),
    accept: (m, text) => {
      const hasCount = !!(m[4] || m[5]);
      const plural = /s$/i.test(m[6]) || /centuries/i.test(m[6]);
      if (!hasCount && !m[2]) {
        // A bare plural such as "for years" is a duration only after a word that asks for one.
        if (!plural) return false;
        return /\b(?:for|over|in\s+recent|within|recent|coming|took|take|takes|lasted|spent|spend)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index));
      }
      if (!hasCount && m[2] && !plural) return false;
      if (m[4] && /^an?$/i.test(m[4].trim()) && plural) return false;
      // "60 Minutes" is a programme, "a second attempt" an ordinal.
      if (/^[A-Z]/.test(m[6]) && !/^\s*$|[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
      if (m[4] && /^a$/i.test(m[4].trim()) && /^second$/i.test(m[6])) {
        return /\b(?:for|in|within|than|about|just|only|split)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      }
      return true;
    },
    resolve: (m) => {
      const unit = unitOf(m[6]);
      const n = m[4] ? parseCount(m[4].replace(/\s+and\s+a\s+half$/i, '')) : undefined;
      const plus = m[4] && /and\s+a\s+half$/i.test(m[4]) ? 0.5 : 0;
      const quant = m[3]?.toLowerCase().replace(/\s+/g, ' ');
      const mod =
        quant === 'more than' ? 'MORE_THAN' : quant === 'less than' || quant === 'fewer than' ? 'LESS_THAN' : quant === 'at least' ? 'EQUAL_OR_MORE' : quant === 'at most' || quant === 'up to' ? 'EQUAL_OR_LESS' : quant ? 'APPROX' : undefined;
      return { type: 'DURATION', value: durationValue(n === undefined ? undefined : n + plus, unit), mod, rule: 'duration' };
    },
  },
  {
    name: 'duration-adjective',
    re: rx(`${B}(\\d+|${NUMBER_WORD_RE}|day|week|month|year|decades?|years?)-(hour|day|week|month|year|decade|minute|second|long)(?:-long)?(?!-old)${E}`, 'gi'),
    resolve: (m) => {
      const first = m[1].toLowerCase();
      if (m[2].toLowerCase() === 'long') {
        // "day-long", "decades-long"
        const unit = unitOf(first);
        return { type: 'DURATION', value: durationValue(/s$/.test(first) ? undefined : 1, unit), rule: 'duration-adjective' };
      }
      const n = parseCount(first);
      if (n === undefined) return null;
      return { type: 'DURATION', value: durationValue(n, unitOf(m[2])), rule: 'duration-adjective' };
    },
  },
  {
    name: 'set',
    re: rx(
      `${B}(?:(every|each)\\s+(other\\s+)?(?:${COUNT}\\s+)?(day|week|month|year|morning|evening|night|weekend|hour|minute|quarter|summer|winter|spring|fall|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly)|(once|twice|three\\s+times|four\\s+times|\\d+\\s+times|several\\s+times|many\\s+times)\\s+(?:a|an|per|each|every)\\s+(day|week|month|year|hour|decade))${E}`,
      'gi',
    ),
    // "the Communist Party daily Granma" names a newspaper.
    accept: (m, text) => !(m[5] && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))),
    resolve: (m) => {
      if (m[5]) {
        const w = m[5].toLowerCase();
        const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P1Q', biweekly: 'P2W' };
        return { type: 'SET', value: v[w], rule: 'set/adverb' };
      }
      if (m[6]) return { type: 'SET', value: durationValue(1, unitOf(m[7])), rule: 'set/frequency' };
      const what = m[4];
      const wd = weekdayNumber(what);
      if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}`, rule: 'set/weekday' };
      const part = PARTS_OF_DAY[what.toLowerCase()];
      if (part) return { type: 'SET', value: `TXX${part}`.replace('TXX', 'XXXX-XX-XXT'), rule: 'set/part-of-day' };
      const season = SEASONS[what.toLowerCase()];
      if (season) return { type: 'SET', value: `XXXX-${season}`, rule: 'set/season' };
      let n = m[3] ? parseCount(m[3]) : 1;
      if (m[2]) n = 2;
      return { type: 'SET', value: durationValue(n ?? 1, unitOf(what)), rule: 'set/every' };
    },
  },
  {
    name: 'clock-time',
    re: rx(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM|A\\.M\\.?|P\\.M\\.?|(?:o['’]clock\\s+)?in\\s+the\\s+(?:morning|afternoon|evening|night))(?:\\s+(?:[A-Z]{2,4}T|GMT|UTC)\\b)?|${B}(\\d{1,2}):(\\d{2})(?!\\d)|${B}(noon|midnight|midday)${E}`, 'g'),
    accept: (m, text) => {
      // "4:30" alone is also a score or a ratio; accept it only with an o'clock context nearby.
      if (m[4] && !m[3]) return /\b(?:at|by|until|from|before|after|around|about)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
      return true;
    },
    resolve: (m, c) => {
      let t: string | null;
      if (m[6]) t = { noon: 'T12:00', midday: 'T12:00', midnight: 'T24:00' }[m[6].toLowerCase()]!;
      else if (m[4]) t = timeOfDay(+m[4], +m[5], undefined);
      else t = timeOfDay(+m[1], m[2] ? +m[2] : 0, m[3]);
      if (!t) return null;
      // A bare clock time belongs to the day the narrative is at.
      const day = c.refDay();
      return { type: 'TIME', value: day ? `${fmtDay(day)}${t}` : `XXXX-XX-XX${t}`, rule: 'clock-time' };
    },
  },
  {
    name: 'vague',
    re: rx(
      `${B}(now|currently|nowadays|these\\s+days|at\\s+present|presently|right\\s+now|recently|lately|(?:the|in)\\s+(?:recent\\s+|distant\\s+|near\\s+)?past|(?:the|in)\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|(?:some|a\\s+long|a|quite\\s+some)\\s+(?:time|while)\\s+ago|long\\s+ago|years\\s+ago|months\\s+ago|weeks\\s+ago|days\\s+ago|decades\\s+ago|once\\s+upon\\s+a\\s+time|soon)${E}`,
      'gi',
    ),
    accept: (m, text) => {
      const w = m[1].toLowerCase();
      // "now" as a discourse marker ("Now, ...") still refers to the present, but "until now" and
      // "by now" too; only "now that" is a conjunction worth skipping.
      if (w === 'now' && /^\s+that\b/i.test(text.slice(m.index + m[0].length))) return false;
      if (w === 'soon') return false;
      return true;
    },
    resolve: (m) => {
      const w = m[1].toLowerCase();
      let value = 'PRESENT_REF';
      if (/past|ago|recently|lately|once/.test(w)) value = 'PAST_REF';
      else if (/future|soon/.test(w)) value = 'FUTURE_REF';
      return { type: 'DATE', value, rule: 'vague' };
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// Post-passes over the chosen expressions.

const MOD_PREFIX =
  /(?:\b(early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|(?:start|beginning|end|middle)\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|post|pre)(?:\s+|-))$/i;

function modFor(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/early|start|beginning|first half/.test(w)) return 'START';
  if (/late|end|second half/.test(w)) return 'END';
  if (/mid|middle/.test(w)) return 'MID';
  if (w === 'post') return 'AFTER';
  if (w === 'pre') return 'BEFORE';
  return undefined;
}

function extendWithModifier(t: Timex, text: string, prevEnd: number): Timex {
  if (t.type !== 'DATE' || t.mod || /_REF$/.test(t.value)) return t;
  const before = text.slice(Math.max(prevEnd, t.start - 30), t.start);
  const m = MOD_PREFIX.exec(before);
  if (!m) return t;
  const start = t.start - m[0].length;
  return { ...t, start, text: text.slice(start, t.end), mod: modFor(m[1]) };
}

/** "the day before last Tuesday", "the week of March 6": a day named to point at its neighbour or its week. */
function extendWithAnchor(t: Timex, text: string, prevEnd: number): Timex {
  const day = t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? parseYmd(t.value) : null;
  if (!day) return t;
  const m = /\bthe\s+(day|week)\s+(before|after|of)\s+$/i.exec(text.slice(Math.max(prevEnd, t.start - 20), t.start));
  if (!m) return t;
  const unit = m[1].toLowerCase();
  const rel = m[2].toLowerCase();
  let value: string;
  if (unit === 'week' && rel === 'of') value = fmtWeek(day);
  else if (unit === 'day' && rel !== 'of') value = fmtDay(addDays(day, rel === 'before' ? -1 : 1));
  else return t;
  const start = t.start - m[0].length;
  return { ...t, start, text: text.slice(start, t.end), value, rule: `${t.rule}+${unit}-${rel}` };
}

/** "10 p.m. Friday", "Friday at 3 p.m.": one point in time, written in two pieces. */
function mergeTimes(list: Timex[], text: string): Timex[] {
  const out: Timex[] = [];
  for (const t of list) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, t.start);
      const clock = (x: Timex) => x.type === 'TIME' && x.rule === 'clock-time';
      const dayish = (x: Timex) => x.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(x.value);
      let merged: Timex | null = null;
      if (clock(prev) && dayish(t) && /^\s*(?:,\s*|on\s+)?$/.test(gap)) {
        merged = { ...prev, end: t.end, value: t.value + prev.value.slice(10), rule: `${t.rule}+clock` };
      } else if (dayish(prev) && clock(t) && /^\s*(?:,\s*|at\s+|,\s*at\s+)$/.test(gap)) {
        merged = { ...prev, type: 'TIME', end: t.end, value: prev.value + t.value.slice(10), rule: `${prev.rule}+clock` };
      }
      if (merged) {
        merged.text = text.slice(merged.start, merged.end);
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

// Candidates keep no match arrays: a text dense with dates ("May 5 May 5 …") has tens of thousands of
// candidates, most of them overlapping and dropped, and keeping every rule's groups for all of them until the
// overlaps are settled was most of the tagger's memory and time. The chosen ones are matched again, at
// their position only, with a sticky copy of their rule's pattern: the same pattern at the same position
// gives the same match.
const STICKY = new Map<RegExp, RegExp>();

function matchAt(cand: Candidate, text: string): RegExpExecArray | null {
  let re = STICKY.get(cand.rule.re);
  if (!re) {
    re = new RegExp(cand.rule.re.source, `${cand.rule.re.flags.replace('g', '')}y`);
    STICKY.set(cand.rule.re, re);
  }
  re.lastIndex = cand.start;
  const m = re.exec(text);
  return m && m.index + m[0].length === cand.end ? m : null;
}

function collect(text: string): Candidate[] {
  const out: Candidate[] = [];
  RULES.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      // An empty match would never move on; matchAll stepped past it, and so does this.
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      if (m[0].trim().length === 0) continue;
      if (rule.accept && !rule.accept(m, text)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, rule, order });
    }
  });
  return out;
}

function selectNonOverlapping(cands: Candidate[], length: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const chosen: Candidate[] = [];
  // Characters already taken: a candidate is checked over its own span only, so the cost is the total length
  // of the candidates, not their number squared.
  const taken = new Uint8Array(length);
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAt(spans: Span[], pos: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return spans[mid];
  }
  return { start: Math.max(0, pos - 200), end: pos + 200 };
}

const YEAR_IN_VALUE = /^(\d{4})/;

/**
 * The year at `yearPos` sits in an aside that closes before `pos` ("Smith, who in 1990 founded the firm, died
 * on March 3"): it is the aside's year, not the main clause's.
 */
function inClosedAside(text: string, sentenceStart: number, yearPos: number, pos: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, yearPos - 200), yearPos);
  return /,\s+(?:who|which|whom|whose)\s[^,;]*$/i.test(lead) && /[,;]/.test(text.slice(yearPos, pos));
}

/**
 * Finds the time expressions in a text and normalises them against the document creation time.
 * Paragraphs are separated by blank lines; a year stated in a paragraph carries to the dates after it.
 */
export function tagTimexes(text: string, opts: TagOptions): Timex[] {
  const dct = datelineDay(text, parseYmd(opts.dct));
  const sentences = splitSentences(text);
  const paras = paragraphStarts(text);
  const chosen = selectNonOverlapping(collect(text), text.length);
  const out: Timex[] = [];
  let lastYear: { year: number; pos: number } | null = null;
  let lastDay: Ymd | null = null;
  let lastYearDate: Ymd | null = null;
  let lastMonthDate: Ymd | null = null;
  let para = 0;
  for (const cand of chosen) {
    const pos = cand.start;
    // Candidates come in text order, so the paragraph they sit in only moves forward.
    while (para + 1 < paras.length && paras[para + 1] <= pos) para++;
    const paraStart = paras[para];
    const resolver: Resolver = {
      dct,
      tense: () => {
        const s = sentenceAt(sentences, pos);
        return tenseAt(text.slice(s.start, s.end), pos - s.start);
      },
      yearHint: () => {
        if (!lastYear) return null;
        const s = sentenceAt(sentences, pos);
        if (lastYear.pos >= s.start && !inClosedAside(text, s.start, lastYear.pos, pos)) return { year: lastYear.year, scope: 'sentence' };
        return { year: lastYear.year, scope: lastYear.pos >= paraStart ? 'paragraph' : 'text' };
      },
      refDay: () => lastDay ?? dct,
      following: () => text.slice(cand.end, cand.end + 40),
      refDate: (gran) => (gran === 'year' ? lastYearDate : lastMonthDate) ?? lastDay ?? dct,
    };
    const match = matchAt(cand, text);
    if (!match) continue;
    const r = cand.rule.resolve(match, resolver);
    if (!r) continue;
    // TimeML leaves the possessive marker outside the expression: "[Wednesday]'s ruling".
    const end = /['’]s$/.test(match[0]) && !r.rule.startsWith('decade') ? cand.end - 2 : cand.end;
    // The TempEval-3 corpora leave an approximating word outside a duration ("about [five hours]") and say
    // it with mod="APPROX" instead; comparatives ("more than a decade") stay inside.
    const approx = r.type === 'DURATION' ? /^(?:about|nearly|almost|around|roughly|approximately|some)\s+/i.exec(match[0]) : null;
    const start = cand.start + (approx ? approx[0].length : 0);
    // Built with only the keys it has, never with delete: an object that loses keys becomes a slow
    // dictionary, and there is one of these per expression (tens of thousands in a text dense with dates).
    const t: Timex = { start, end, text: text.slice(start, end), type: r.type, value: r.value, rule: r.rule };
    if (r.mod) t.mod = r.mod;
    if (r.yearUncertain) t.yearUncertain = r.yearUncertain;
    if (r.explicitYear) t.explicitYear = r.explicitYear;
    if (r.exact) t.exact = r.exact;
    out.push(t);
    const y = YEAR_IN_VALUE.exec(t.value);
    if (t.explicitYear && y && t.type !== 'DURATION') lastYear = { year: +y[1], pos };
    const day = parseYmd(t.value);
    if (day && t.type !== 'DURATION' && t.type !== 'SET') lastDay = day;
    if (t.type === 'DATE' || t.type === 'TIME') {
      const ym = /^(\d{4})(?:-(\d{2}))?/.exec(t.value);
      if (ym) {
        const p = { y: +ym[1], m: ym[2] ? +ym[2] : 1, d: 1 };
        lastYearDate = p;
        lastMonthDate = ym[2] ? p : null;
      }
    }
  }
  let prevEnd = 0;
  const withMods = out.map((t) => {
    const x = extendWithModifier(extendWithAnchor(t, text, prevEnd), text, prevEnd);
    prevEnd = x.end;
    return x;
  });
  return datedClockTimes(mergeTimes(withMods, text), text, sentences);
}

/**
 * The writer's "today". A dateline ("WASHINGTON, March 12 (Xinhua) --") gives the day the report was
 * filed, which can be a day off the creation time when the wire stamps it in another time zone; relative
 * expressions in the report ("on Friday", "yesterday") count from the dateline. A dateline far from the
 * creation time is not trusted.
 */
function datelineDay(text: string, dct: Ymd | null): Ymd | null {
  if (!dct) return dct;
  const head = /^\s*/.exec(text)![0].length;
  const dl = findDateline(text.slice(head, head + 200));
  if (!dl?.date) return dct;
  const m = new RegExp(`^(?:(${MONTH_RE})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_RE}))(?:,?\\s+(\\d{4}))?`).exec(dl.date.text);
  if (!m) return dct;
  const month = monthNumber(m[1] ?? m[4]);
  const d = +(m[2] ?? m[3]);
  if (!month) return dct;
  const years = m[5] ? [+m[5]] : [dct.y - 1, dct.y, dct.y + 1];
  for (const y of years) {
    const p = { y, m: month, d };
    if (isValidYmd(p) && Math.abs(toDayNumber(p) - toDayNumber(dct)) <= 2) return p;
  }
  return dct;
}

/** A bare clock time takes its day from a day named in the same sentence ("at 10:35 a.m. … Friday"). */
function datedClockTimes(list: Timex[], text: string, sentences: Span[]): Timex[] {
  const isDay = (x: Timex) => x.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(x.value);
  // The first day-precise date of each sentence, found in one pass over the list (which is in text order).
  const firstDay = new Map<number, Timex>();
  for (const x of list) {
    if (!isDay(x)) continue;
    const s = sentenceAt(sentences, x.start);
    if (x.end <= s.end && !firstDay.has(s.start)) firstDay.set(s.start, x);
  }
  return list.map((t) => {
    if (t.rule !== 'clock-time') return t;
    const day = firstDay.get(sentenceAt(sentences, t.start).start);
    if (!day) return t;
    return { ...t, value: day.value + t.value.slice(t.value.indexOf('T')), rule: 'clock-time+sentence-day' };
  });
}

