import { countWords, hedgeWords, MONTH_RE, SUPERLATIVE_RE, monthNumber, PART_OF_DAY_ALTS, SEASON_ALTS, tellingBeforeDate, UNIT_RE, VAGUE_COUNT_RE, WEEKDAY_RE, durationValue, parseCount, unitOf, weekdayNumber, type Unit } from '../lexicon';
import { addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeekday, parseYmd, toDayNumber, type Ymd } from '../../time-value';
import { B, BEYOND_NEXT, BEYOND_NEXT_CUE, COUNT, E, ofPeriodFollows, REL_MOD, rx, type Resolution, type Resolver, type Rule } from './rule';
import { dayWithPart, granOf, granValue, relGran, shift, weekdayNear, type Gran } from './calendar-math';
import { namedMonth } from './dates';
import { countedFromWriting, unplacedNearNow, weekday } from './days';

// Rules for dates counted from another: "the next day", "last year", "two weeks ago", "three days later".

// The units of "ago" and "later", and "a fortnight" (two weeks), which names no calendar stretch of its own.
const AGO_UNIT_RE = `${UNIT_RE.slice(0, -1)}|fortnights?)`;

/** The unit and the count of an "ago"/"later" match: "a fortnight later" is two weeks later. */
function agoUnit(word: string, n: number | undefined): [Unit, number | undefined] {
  return /^fortnight/i.test(word) ? ['week', n === undefined ? n : 2 * n] : [unitOf(word), n];
}

// The units a half of one is counted in to make it whole: "half a century ago" is 50 years, "a day and a half" 36 hours.
const HALF_IN: Partial<Record<Unit, [Unit, number]>> = { century: ['year', 100], decade: ['year', 10], year: ['month', 12], day: ['hour', 24] };

// "a quarter of a century ago", "three quarters of an hour earlier": a share of one unit, not the "a century" it ends on.
const SHARE_OF = '(?:(?:a|one)\\s+)?quarter\\s+of\\s+an?|three\\s+quarters\\s+of\\s+an?';

/** The unit and count of "two years ago", "half a century ago", "a year and a half ago"; the count undefined when vague. */
function agoCount(m: RegExpExecArray): [Unit, number | undefined] {
  let [unit, n] = agoUnit(m[4], m[2] ? parseCount(m[2].replace(/\s+and\s+a\s+half$/i, '')) : undefined);
  // "half a century ago", "a year and a half ago", "a quarter of a century ago": counted in the next smaller unit that
  // makes it whole.
  const share = /\bhalf\s+an?\s/i.test(m[0]) ? 0.5 : /\bthree\s+quarters\s+of\s/i.test(m[0]) ? 0.75 : /\bquarter\s+of\s/i.test(m[0]) ? 0.25 : undefined;
  if (share !== undefined) n = share;
  else if (n !== undefined && /\band\s+a\s+half\b/i.test(m[0])) n += 0.5;
  if (n !== undefined && !Number.isInteger(n)) {
    const s = HALF_IN[unit];
    if (s && Number.isInteger(n * s[1])) {
      n *= s[1];
      unit = s[0];
    }
  }
  return [unit, n];
}

/**
 * "sold in March 2015, and laid off two weeks later": a month (its first day) moved by `k` days or weeks lands
 * somewhere in the month, or the two months, its days are moved into, at the month's precision.
 */
// The most days a count from a bare month may run on and still be taken to stay in that month.
const FEW_DAYS = 3;

function monthsMovedInto(month: Ymd, unit: Unit, k: number): { start: string; end?: string } {
  const a = granValue(shift(month, unit, k), 'month');
  const b = granValue(shift({ y: month.y, m: month.m, d: daysInMonth(month.y, month.m) }, unit, k), 'month');
  return a === b ? { start: a } : { start: a, end: b };
}

/**
 * "a year ago Thursday", "ten years ago last week", "two months ago today" (or tomorrow): the named day or week, moved back
 * (or forward) by the count. It keeps the precision of what is named: a day stays a day.
 */
const FOR_BEFORE = /\bfor\s+$/i;
function agoFrom(m: RegExpExecArray, c: Resolver): Resolution | null {
  const dct = c.dct;
  const [unit, n] = agoUnit(m[4], m[2] ? parseCount(m[2]) : undefined);
  const dir = m[5].toLowerCase();
  // "to be exhibited for a fortnight from Monday" with no publication date: a run from a weekday of no known week,
  // dated as the weekday alone is, by a guess at its year, flagged.
  if (!dct && dir === 'from' && m[7] && weekdayNumber(m[7]) && n !== undefined) return unplacedNearNow(`XXXX-WXX-${weekdayNumber(m[7])}`, 'ago/from+weekday', c);
  // "a week from Friday": from a weekday named, forward.
  if (!dct || n === undefined || !Number.isInteger(n) || (dir !== 'ago' && dir !== 'from now' && dir !== 'hence' && dir !== 'from')) return null;
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return null;
  const sign = dir === 'ago' ? -1 : 1;
  // "nine years ago last June": the month "last June" names, moved back by the count; a month, as that one is.
  if (m[9]) {
    const month = monthNumber(m[9]);
    if (!month || !/^[A-Z]/.test(m[9])) return null;
    const named = namedMonth(month, m[8].toLowerCase(), dct);
    const moved = shift({ y: named.y, m: month, d: 1 }, unit, sign * n);
    return { type: 'DATE', value: fmtMonth(moved.y, moved.m), rule: `ago/${dir}+named-month`, ...(named.justGone ? { yearUncertain: true } : {}) };
  }
  const word = m[7].toLowerCase();
  const mod = m[6]?.toLowerCase();
  const wd = weekdayNumber(m[7]);
  // "suspended for 90 days from Monday": a length that starts on the weekday, not a day counted on from it. Unless
  // told in the past, the start is the weekday on or after publication.
  if (wd && dir === 'from' && !mod && FOR_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index))) {
    const p = c.tense() === 'past' ? parseYmd(weekday(wd, c).value) : weekdayNear(dct, wd, 'future');
    if (!p) return null;
    const last = addDays(shift(p, unit, n), -1);
    return { type: 'DATE', value: fmtDay(p), rule: 'ago/for-from+weekday', exact: { start: fmtDay(p), end: fmtDay(last) } };
  }
  if (wd) {
    const base = weekday(wd, c, mod === 'on' ? undefined : mod);
    const p = parseYmd(base.value);
    if (!p) return null;
    return { type: 'DATE', value: fmtDay(shift(p, unit, sign * n)), rule: `ago/${dir}+weekday` };
  }
  // "a hundred years ago tomorrow": the anniversary falls on the day after publication.
  if (word === 'today' || word === 'yesterday' || word === 'tomorrow') {
    if (mod) return null;
    return { type: 'DATE', value: fmtDay(shift(addDays(dct, word === 'today' ? 0 : word === 'tomorrow' ? 1 : -1), unit, sign * n)), rule: `ago/${dir}+${word}` };
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

// "before" and "after" with nothing after them in their clause ("two days before, …", "the day after.") point
// back at the date in focus, as "earlier" and "later" do; followed by a happening they anchor to it instead.
const CLAUSE_END = '(?=\\s*(?:[.,;:!?)"”]|$))';

// "last week", "this week", "next week" earlier in the sentence, with no other week or day named after it.
const NAMED_WEEK_BEFORE = /\b(last|this|next)\s+week\b(?![^]*\b(?:week|day|month|year|[A-Z][a-z]+day)\b)/i;

// "that day", "the same morning": a day of no count, the one a date told before gave.
const SAME_LEAD = /^(?:that|(?:the|that)\s+same)$/i;
// " in April 1966", " in 1990": the month or year right after it.
const PLACED_AFTER = new RegExp(String.raw`^\s+in\s+(?:${MONTH_RE}(?![a-z])|(?:1[0-9]|20)\d{2}\b)`);

// ", after an inspection in 1997 found …": an after-clause right behind a count, its year written in it before any comma.
const AFTER_CLAUSE_YEAR = /^,?\s+(?:after|following)\s[^,;:.!?()"“”]{0,60}?\bin\s+((?:1[6-9]|20)\d{2})\b/i;

export const anaphoricDayRule: Rule = {
  name: 'anaphoric-day',
  cue: new RegExp(`day|${PART_OF_DAY_ALTS}|week|month|year`, 'i'),
  re: rx(
    `${B}(?:(the\\s+(?:next|following|previous|preceding)|that|the\\s+same|the\\s+day\\s+before\\s+that|earlier\\s+that|later\\s+that|that\\s+same)\\s+(day|${PART_OF_DAY_ALTS}|weekend|week|month|year)|the\\s+(day|${PART_OF_DAY_ALTS}|week|month|year)\\s+(before|after)(?:\\s+that)?${CLAUSE_END})${E}`,
    'gi',
  ),
  accept: (m, text) => {
    // "the day before", "the week after that": no lead word to weigh.
    if (!m[2]) return true;
    const same = SAME_LEAD.test(m[1]);
    // "the following weekend", "the next weekend" are the relative-unit rule's (the first weekend after the day in focus).
    if (/^weekend$/i.test(m[2])) return same;
    // "The twins joined on the same day in May 1987", "that morning in 1990": a day the date after it places, shared by
    // the clause's subjects or picked out of that date, not a day the text told before; the date after it dates the clause.
    return !same || /^(?:week|month|year)$/i.test(m[2]) || !PLACED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
  },
  resolve: (m, c) => {
    const ref = c.refDay();
    // "the day before." with nothing after it counts from the day in focus, like "the previous day"; so does "the
    // night before.", the night of the day before, and "the day after that." the day after the day in focus.
    const lead = (m[1] ?? (m[4].toLowerCase() === 'after' ? 'following' : 'previous')).toLowerCase();
    const unit = (m[2] ?? m[3]).toLowerCase();
    // Without a day told or a publication date, "the following year" still counts from the year in focus; "that night"
    // and "the next morning" are a day of the year (month) in focus, as they are when publication is the only day.
    if (!ref && unit !== 'month' && unit !== 'year') {
      const focus = c.focus();
      const base = unit !== 'week' && unit !== 'weekend' && focus !== 'day' ? c.refDate(focus) : null;
      if (base) return { type: 'DATE', value: focus === 'month' ? `${fmtMonth(base.y, base.m)}-XX` : `${base.y}-XX-XX`, rule: `anaphoric/${focus}-in-focus`, counted: true };
      // After a day of no known week ("shuts on Friday. That night, …"), a day as near the unknown day of writing.
      return !c.dct && focus === 'day' && unit !== 'week' && unit !== 'weekend' ? unplacedNearNow('XXXX-XX-XX', 'anaphoric', c) : null;
    }
    const delta = /next|following/.test(lead) ? 1 : /previous|preceding|before/.test(lead) ? -1 : 0;
    // "Two days later … That weekend, volunteers cleared the gardens": the Saturday and Sunday of the (Monday-start)
    // week of the day in focus; only while a day is in focus.
    if (unit === 'weekend') {
      if (!ref || c.focus() !== 'day') return null;
      const saturday = addDays(ref, 6 - isoWeekday(ref));
      return { type: 'DATE', value: `${fmtWeek(saturday)}-WE`, rule: 'anaphoric/weekend', counted: true };
    }
    if (unit === 'month' && delta !== 0 && c.focus() === 'year') {
      // "Two years later, it opened a plant. The next month, …": a month counted from a year given alone is in that
      // year or the next, and which month the text does not say; not a month counted from publication.
      const year = c.refDate('year') ?? ref;
      return year && { type: 'DATE', value: granValue(year, 'year'), rule: 'anaphoric/month-of-year', counted: true, yearUncertain: true };
    }
    // "shut the pool the following year, after an inspection in 1997 found cracks": the after-clause right behind names the
    // year the count goes on from, whatever year the text was at before.
    const after = unit === 'year' && delta > 0 ? AFTER_CLAUSE_YEAR.exec(c.restOfSentence?.() ?? '') : null;
    if (after) return { type: 'DATE', value: String(+after[1] + 1), rule: 'anaphoric/after-clause-year' };
    if (unit === 'month' || unit === 'year') {
      // "that year" points at the year last talked about, however precisely it was given.
      const base = c.refDate(unit) ?? ref;
      return base && { type: 'DATE', value: granValue(shift(base, unit, delta), unit), rule: 'anaphoric', counted: true };
    }
    if (!ref) return null;
    if (unit === 'week' && delta !== 0 && c.focus() !== 'day') {
      // "In 1958 the board complained; the editor printed the letter the following week": a week counted from a year
      // (month) given alone lies in it, at its precision, not a week after a day told before that year. Only when the
      // story has moved on past the day: a year told after it as background ("added a women's race in 2012. The men's
      // race, held the week before, …") leaves the day in focus. Across the turn of the year from a December (January)
      // the year is a guess.
      const focus = c.focus() as 'month' | 'year';
      const base = c.refDate(focus);
      const edge = focus === 'month' && base && (delta > 0 ? base.m === 12 : base.m === 1);
      // With no day told at all (the day in focus is publication's), a week counted from an earlier month or year is
      // in it: "The lake flooded in 2015. The following week …" is no week after publication.
      const movedOn = !!base && (ref === c.dct || (focus === 'year' ? base.y > ref.y : base.y * 12 + base.m > ref.y * 12 + ref.m));
      // Nor is a day that only dates a telling a step of the story ("the trustees said on Wednesday that … was filled
      // every June until 1954, when a storm cracked its wall. The borough shut it the following week"): the story went
      // back to the coarser date, as "a week later" does (agoRule), and that day's year is the rival reading.
      const tells = !!base && !movedOn && ref !== c.dct && !!c.dayTells?.() && base.y !== ref.y;
      if (base && base !== c.dct && (movedOn || tells)) return { type: 'DATE', value: granValue(base, focus), rule: `anaphoric/week-of-${focus}`, counted: true, ...(edge ? { yearUncertain: true } : {}), ...(tells ? { rivalYear: ref.y } : {}) };
    }
    // "four new cases last week against 23 the week before": counted from the week the sentence named, not from the day
    // in focus.
    const named = unit === 'week' && delta !== 0 && c.dct ? NAMED_WEEK_BEFORE.exec(c.preceding()) : null;
    if (named) {
      const from = addDays(c.dct!, 7 * ({ last: -1, this: 0, next: 1 } as Record<string, number>)[named[1].toLowerCase()]);
      return { type: 'DATE', value: granValue(shift(from, 'week', delta), 'week'), rule: 'anaphoric/week-from-week' };
    }
    if (unit === 'week') {
      // Counted from the day in focus after all: asked again, so that the year's sureness passed on is that day's, not
      // that of the coarser date looked at above.
      if (c.focus() !== 'day') c.refDay();
      return { type: 'DATE', value: granValue(shift(ref, unit, delta), unit), rule: 'anaphoric', counted: true };
    }
    // "killed last October … crossed out that same day": a day of the month (or year) in focus, which one
    // the text does not say; TimeML writes the unknown day with X's.
    // "The owner, who bought it in 1994, arrived the next morning": a year in an aside leaves the day in focus.
    const focus = unit !== 'week' && c.focusInAside?.() ? 'day' : c.focus();
    // "On an October afternoon in 1988 … The engineer, appointed six months before, sealed it the next morning": so
    // does one beside a month the story is at; the day is one of that month.
    const asideMonth = unit !== 'week' && focus !== 'day' ? c.monthBeforeAside?.() : null;
    if (asideMonth) return { type: 'DATE', value: `${fmtMonth(asideMonth.y, asideMonth.m)}-XX`, rule: 'anaphoric/month-in-focus', counted: true };
    if (focus !== 'day') {
      const base = c.refDate(focus);
      const rival = ref !== c.dct ? { rivalYear: ref.y } : {};
      // "voted on Tuesday night. … as when the lido shut in 1958. That afternoon, 60 swimmers marched": "that
      // afternoon" points at a day told, which a year given alone is not; the day told before it is as likely the one
      // meant, however near the year, so a year the two disagree on is a guess. ("The next morning" counts on from a
      // happening, whatever its day.)
      const partGuess = focus === 'year' && unit !== 'day' && delta === 0 && base && ref !== c.dct && ref.y !== base.y;
      // Of the two, the day told is the one a part of a day can name: "that afternoon" is taken as its afternoon, the
      // year given alone the rival reading, so that the year stays a guess either way.
      if (partGuess) {
        // Asked again so that the count is taken as one from the day (its anchor and provenance), not from the year.
        c.refDay();
        const r = dayWithPart(ref, unit, 'anaphoric');
        if (r) return { ...r, rule: 'anaphoric/day-before-year-in-focus', counted: true, rivalYear: base.y, yearUncertain: true };
      }
      if (base) return { type: 'DATE', value: focus === 'month' ? `${fmtMonth(base.y, base.m)}-XX` : `${base.y}-XX-XX`, rule: `anaphoric/${focus}-in-focus`, counted: true, ...rival, ...(partGuess ? { yearUncertain: true } : {}) };
    }
    const r = dayWithPart(addDays(ref, delta), unit === 'day' ? undefined : unit, 'anaphoric');
    return r && { ...r, counted: true };
  },
};

// "the week before last", "the year after next": two of the unit away from publication's.
export const beforeLastRule: Rule = {
  name: 'before-last',
  cue: BEYOND_NEXT_CUE,
  re: rx(`${B}the\\s+(week(?:end)?|month|year)\\s+${BEYOND_NEXT}${E}`, 'gi'),
  resolve: (m, c) => {
    const unit = unitOf(m[1]);
    const delta = /^before/i.test(m[2]) ? -2 : 2;
    // Without a publication date, "the year before last" is two years from the guessed year of writing, flagged.
    if (!c.dct) return unit === 'year' ? countedFromWriting(delta < 0 ? 'PAST_REF' : 'FUTURE_REF', 'before-last', delta, c) : { type: 'DATE', value: delta < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'before-last/no-dct' };
    return { type: 'DATE', value: granValue(shift(c.dct, unit === 'weekend' ? 'week' : unit, delta), relGran(unit)), rule: 'before-last' };
  },
};

// "the latest quarter" is the last one reported, the one before publication's.
const REL_MOD_UNIT = REL_MOD.replace(/\)$/, '|latest)');

// A year named from now, perhaps a part of it: "last year", "this year", "the end of next year", "early last year".
const YEAR_FROM_NOW = /^(?:(?:the\s+)?(?:early|late|end|beginning|start|middle)\s+of\s+)?(?:last|this|next|coming|current)\s+year$/i;

/** The part of the year a phrase names ("the end of last year"), as the TimeML mod; undefined for the whole year. */
function yearPart(phrase: string): string | undefined {
  const p = phrase.toLowerCase();
  return /^(?:the\s+)?(?:early|beginning|start)\b/.test(p) ? 'START' : /^(?:the\s+)?(?:late|end)\b/.test(p) ? 'END' : /^(?:the\s+)?middle\b/.test(p) ? 'MID' : undefined;
}

const AT_BEFORE = /\bat\s+$/i;

// "before the year is out", "by the time the month is over": a deadline from publication to the end of that period.
// Only "is": "before the year was out" is told of a year the story is in.
const PERIOD_OUT = rx(`${B}(?:before|until|till|by\\s+the\\s+time)\\s+the\\s+(year|month|week)\\s+(is|was)\\s+(?:out|over)${E}`, 'gi');
// "said the inspectors would arrive before the week was out": "was" is only the reported future's shift of "is"
// after a "would" (or "could", "should", "might") of the same sentence; in a plain past story ("the dam had burst
// before the week was out") the week is the story's, not publication's.
const REPORTED_FUTURE_BEFORE = /\b(?:would|could|should|might)\b[^.;:!?"“”]{0,100}$/i;

/**
 * "The new ward should open before the year is out": some time from publication to the last day of publication's year
 * (month, week). Without a publication date the year is the guessed year of writing, flagged; a month or week, near
 * an unknown day, is left unplaced.
 */
export const periodOutRule: Rule = {
  name: 'period-out',
  cue: /\b(?:is|was)\s+(?:out|over)\b/i,
  re: PERIOD_OUT,
  accept: (m, text) => m[2].toLowerCase() === 'is' || REPORTED_FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index)),
  resolve: (m, c) => {
    const unit = m[1].toLowerCase();
    if (!c.dct) return unit === 'year' ? countedFromWriting('PRESENT_REF', 'period-out', 0, c) : unplacedNearNow('PRESENT_REF', 'period-out', c);
    const d = c.dct;
    const end = unit === 'year' ? { y: d.y, m: 12, d: 31 } : unit === 'month' ? { y: d.y, m: d.m, d: daysInMonth(d.y, d.m) } : addDays(d, 7 - isoWeekday(d));
    const value = unit === 'year' ? String(d.y) : unit === 'month' ? fmtMonth(d.y, d.m) : fmtWeek(d);
    return { type: 'DATE', value, rule: 'period-out/from-publication', exact: { start: fmtDay(d), end: fmtDay(end) } };
  },
};

// "on the first day of the year", "by the final day of the month": the period's first or last day.
const PERIOD_EDGE_DAY = rx(`${B}the\\s+(first|opening|last|final|closing)\\s+day\\s+of\\s+the\\s+(year|month)${E}`, 'gi');

/**
 * "The pier reopened on the first day of the year", "the depot shuts on the final day of the month": the first or last day of the
 * year (month) of the day the story is at, else publication's; the one before (after) when the tense says it is past
 * (ahead) and that day is not. Flagged when the story's year (month) in focus is another: "the year" may be that one.
 */
export const periodEdgeDayRule: Rule = {
  name: 'period-edge-day',
  cue: /\bday\s+of\s+the\s+(?:year|month)\b/i,
  re: PERIOD_EDGE_DAY,
  resolve: (m, c) => {
    const ref = c.refDay();
    if (!c.dct || !ref) return null;
    const first = /^(?:first|opening)$/i.test(m[1]);
    const year = m[2].toLowerCase() === 'year';
    const at = (y: number, mo: number): Ymd => (year ? (first ? { y, m: 1, d: 1 } : { y, m: 12, d: 31 }) : first ? { y, m: mo, d: 1 } : { y, m: mo, d: daysInMonth(y, mo) });
    let day = at(ref.y, ref.m);
    const tense = c.tense();
    const step = (n: number): Ymd => {
      if (year) return at(day.y + n, 1);
      const { y, m: mo } = addMonths(day.y, day.m, n);
      return at(y, mo);
    };
    if (tense === 'past' && toDayNumber(day) > toDayNumber(ref)) day = step(-1);
    else if (tense === 'future' && toDayNumber(day) < toDayNumber(ref)) day = step(1);
    const focus = c.refDate(year ? 'year' : 'month');
    const other = !!focus && (focus.y !== day.y || (!year && focus.m !== day.m));
    return { type: 'DATE', value: fmtDay(day), rule: `period-edge-day/${ref === c.dct ? 'publication' : 'story-day'}`, ...(other ? { yearUncertain: true } : {}) };
  },
};

export const relativeUnitRule: Rule = {
  name: 'relative-unit',
  cue: /week|month|year|quarter|decade|century/i,
  re: rx(
    `${B}(?:(the\\s+)?${REL_MOD_UNIT}|(earlier|later)\\s+(?:this|that|in\\s+the)|(?:the\\s+)?(?:early|late|end|beginning|start|middle)\\s+of\\s+(?:this|the|last|next)|the\\s+rest\\s+of\\s+(?:this|the))\\s+(week(?:end)?|month|year|quarter|decade|century)${E}`,
    'gi',
  ),
  // "the last week of March", "the last year of the war": a stretch at the end of another period, not the
  // calendar unit before publication (a month or year after "of" takes the whole phrase, see the tagger).
  accept: (m, text) => !(m[1] && m[2]?.toLowerCase() === 'last' && ofPeriodFollows(m, text)),
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
    // "The mill opened in 1921. Over the following decade it …": a stretch counted on from the year in focus, a
    // length here (the sentence's event counts it from that year), not the decade after publication's. So is "the
    // next decade" told in the past.
    if ((unit === 'decade' || unit === 'century') && m[1] && (mod === 'following' || (mod === 'next' && c.tense() === 'past'))) {
      return { type: 'DURATION', value: durationValue(1, unit), rule: `relative-unit/${mod}-duration` };
    }
    // "drove there on Jan. 22 and searched over the following weekend": counted from the day in focus, as "the
    // following week" is (anaphoric-day), not from publication. The first weekend after that day.
    const ref = unit === 'weekend' && m[1] && /^(?:following|previous|preceding)$/.test(mod) ? c.refDay() : null;
    if (ref) {
      const wd = isoWeekday(ref);
      const delta = mod === 'following' ? (wd >= 6 ? 1 : 0) : -1;
      return { type: 'DATE', value: granValue(shift(ref, unit, delta), relGran(unit)), rule: `relative-unit/${mod}-from-focus`, counted: true };
    }
    if (!c.dct) {
      const value = mod === 'next' || mod === 'coming' ? 'FUTURE_REF' : mod === 'this' || mod === 'current' ? 'PRESENT_REF' : 'PAST_REF';
      // "last week", "next month": near the unknown day of writing, so dated by a guessed year as a weekday is.
      if (unit === 'week' || unit === 'weekend' || unit === 'month') return unplacedNearNow(value, 'relative-unit', c);
      // "last year", "this year", "next year": the year before, of or after the guessed year of writing, flagged.
      // Not a stretch counted in the story ("later that year", "the following year"), nor a decade or more.
      if (unit === 'year' && !m[3] && YEAR_FROM_NOW.test(m[0])) return countedFromWriting(value, 'relative-unit', /\blast\b/i.test(m[0]) ? -1 : /\b(?:next|coming)\b/i.test(m[0]) ? 1 : 0, c, yearPart(m[0]));
      return { type: 'DATE', value, rule: 'relative-unit/no-dct' };
    }
    // "this past weekend" is the one before publication's week, as "last weekend" is.
    const delta = mod === 'last' || mod === 'previous' || mod === 'latest' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' || mod === 'following' ? 1 : 0;
    const whole = m[0].toLowerCase();
    // "earlier in the year" after "In 2003, …" is 2003's: the stretch in focus, the publication's when none is.
    // So is "by the end of the decade" told in the past after "The first shop opened in 1962": the 1960s, the decade
    // the story is in, not publication's ("the end of this decade" still counts from publication). Not "the middle of
    // the century" after 1890, which a reader may take for the next.
    const inThe = /^(?:earlier|later)\s+in\s+the\b/.test(whole) || ((unit === 'year' || unit === 'decade') && /\bof\s+the\s+[a-z]+$/.test(whole) && c.tense() === 'past');
    const focus = inThe ? (long ? c.refDate('year') : unit === 'month' || unit === 'quarter' ? c.refDate('month') : c.refDay()) : null;
    // "Mine went off twice last week," said at a visit the text dates: the week before the visit's, as a quote's
    // weekdays are counted from when it was said.
    const spoken = !focus && !m[1] && (unit === 'week' || unit === 'weekend') ? c.spokenDay?.()?.day : null;
    let value = granValue(shift(focus ?? spoken ?? c.dct, unit, delta), relGran(unit));
    if (/\bof\s+(?:last|next)\b/.test(whole)) {
      const d2 = /\blast\b/.test(whole) ? -1 : 1;
      value = granValue(shift(c.dct, unit, d2), relGran(unit));
    }
    let tmod: string | undefined;
    if (/^(?:the\s+)?(?:early|beginning|start)\b/.test(whole)) tmod = 'START';
    else if (/^(?:the\s+)?(?:late|end)\b/.test(whole)) tmod = 'END';
    else if (/^(?:the\s+)?middle\b/.test(whole)) tmod = 'MID';
    const counted = !!focus && !/\bof\s+(?:last|next)\b/.test(whole);
    // "was ranked fifth at the start of that year": a point at the year's opening, its first month, as a reader takes
    // it; "early this year" or "by the start of next year" stay the year's start.
    if (unit === 'year' && tmod === 'START' && /^(?:the\s+)?(?:start|beginning)\b/.test(whole) && AT_BEFORE.test(c.preceding()) && /^\d{4}$/.test(value)) {
      return { type: 'DATE', value: `${value}-01`, rule: `${inThe ? 'relative-unit/in-the' : `relative-unit/${mod}`}/start-month`, ...(counted ? { counted } : {}) };
    }
    return { type: 'DATE', value, mod: tmod, rule: inThe ? 'relative-unit/in-the' : `relative-unit/${mod}${spoken ? '/spoken' : ''}`, ...(counted ? { counted } : {}) };
  },
};

const RATE_BEFORE = new RegExp(String.raw`(?:\d[\d,.]*|\b(?:once|twice|${countWords(1, 10)}|twelve|twenty|fifty|hundred|thousand|half))\s+(?:[a-z-]+\s+){0,3}$`, 'i');

// "Days later they found …", "weeks earlier": a bare plural unit counts on as "a few days later" does, by no number.
const BARE_LATER = '(?:hours|days|weeks|months|years|decades)\\s+(?:later|earlier)\\b';
// "two years after that she went to work", "a week before that, the roof fell in": "that" stands for the time told
// before, as "later" and "earlier" do; not a demonstrative before its noun ("ten days after that decision").
const AFTER_THAT = '\\s+that(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:he|she|they|we|I|it|you|the|his|her|their|its|our|a|an)\\b)';

// "handed them over a week ago", "signed it over a year ago": "over" after a verb that takes it as its particle and a
// pronoun object is the verb's, not "more than"; the count is the plain one.
const PARTICLE_NOT_AFTER = '(?<!\\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?|pass(?:es|ed|ing)?|tak(?:e|es|en|ing)|took)\\s+(?:them|it|him|her|me|us)\\s+)';

const MONTH_WITH_YEAR = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{4})\\b`, 'gi');
/** Whether the last month written with its year before the match in its text is `month` (its month and year). */
function monthWrittenBefore(m: RegExpExecArray, month: Ymd): boolean {
  // "Two years later, in 2013, …": the writer gives the year alone, and claims no month.
  if (/^,?\s+in\s+\d{4}\b/.test(m.input.slice(m.index + m[0].length))) return false;
  const last = [...m.input.slice(0, m.index).matchAll(MONTH_WITH_YEAR)].at(-1);
  return !!last && monthNumber(last[1]) === month.m && +last[2] === month.y;
}

/**
 * Whether "that" in "eight years before that" can be the time of a clause the text just dated: a year written in the
 * match's sentence or in the sentence just before it that the story has not moved off, and the time in focus in it;
 * for a count of days or weeks, a day written in the sentence just before (Resolver.dayJustBefore).
 */
function thatIsDated(c: Resolver, unit: Unit): boolean {
  // From the sentence before only when nothing of the count's own sentence comes between as a clause of its own
  // ("She trained as a typist, and two years after that she …": "that" is the training).
  const ownClause = !/[,;]|\b(?:and|but)\s/i.test(c.preceding());
  // "The offer was accepted on 10 March. Surveyors walked the site three days after that": days or weeks go on from
  // the day the sentence before wrote, which the text need not give a year.
  if ((unit === 'day' || unit === 'week') && ownClause && c.dayJustBefore?.()) return true;
  const hint = c.yearHint();
  const justBefore = hint?.justBefore && ownClause;
  if (!hint || !(hint.scope === 'sentence' || hint.otherClause || justBefore)) return false;
  return c.refDate('year')?.y === hint.year;
}

// "thirty years and two months later", "a year and six months ago": whole years written before the months a count ends on.
const YEARS_AND = new RegExp(`\\b${COUNT}\\s+years?\\s+and\\s+$`, 'i');

const WEEKDAY_THEN_COUNT = new RegExp(`^\\W*on\\s+${WEEKDAY_RE},\\s+(?:${COUNT}\\s+years?\\s+and\\s+)?$`, 'i');

/** A count of months with the years written before it ("ten years and three months") added on, in months. */
function withYearsBefore([unit, n]: [Unit, number | undefined], m: RegExpExecArray): [Unit, number | undefined] {
  if (unit !== 'month' || n === undefined || m[1]) return [unit, n];
  const years = YEARS_AND.exec(m.input.slice(Math.max(0, m.index - 40), m.index));
  const y = years ? parseCount(years[1]) : undefined;
  return y === undefined || !Number.isInteger(y) ? [unit, n] : [unit, n + 12 * y];
}

// "flowered ten days earlier than usual", "arrived a month later in 2019 than the year before": a gap between two
// times compared, not a count on from the time in focus; the date, if any, is the one the comparison names.
const COMPARED_THAN = /^(?:\s+in\s+(?:the\s+)?[\w'’]+)?\s+than\b/i;

export const agoRule: Rule = {
  name: 'ago',
  cue: /ago|earlier|later|hence|from|before|after/i,
  re: rx(
    `${B}(?:(${hedgeWords('more\\s+than', 'less\\s+than', `${PARTICLE_NOT_AFTER}over`, 'around', 'roughly', 'at\\s+least')})\\s+)?(?:(?:${COUNT}|(${VAGUE_COUNT_RE})|half\\s+an?|${SHARE_OF})\\s+|(?=${BARE_LATER}))(${AGO_UNIT_RE})(?:\\s+and\\s+a\\s+half)?\\s+(ago|earlier|later|hence|from\\s+(?:now|today)|from(?=\\s+(?:(?:this|next)\\s+)?${WEEKDAY_RE}\\b(?!,?\\s+(?:the\\s+)?\\d|,?\\s+${MONTH_RE}))|(?:before|after)(?:${CLAUSE_END}|${AFTER_THAT}))(?:\\s+(?:(last|this|next|on)\\s+)?(${WEEKDAY_RE}|week|month|today|yesterday|tomorrow)|\\s+(last|this)\\s+(${MONTH_RE}))?${E}`,
    'gi',
  ),
  // "one hundredweight a week from Wednesday", "£5 a week from Monday": a rate, then the day it starts; no count on.
  // "stays open for two weeks later this month": "later" opens "later this month", the time of the run, and the count
  // is its length; no day is counted on from the story's.
  accept: (m, text) =>
    !(/^from$/i.test(m[5]) && /^an?$/i.test(m[2] ?? '') && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) &&
    !(/^(?:later|earlier)$/i.test(m[5]) && /^(?:this|next|last)$/i.test(m[6] ?? '') && /^(?:week|month)$/i.test(m[7] ?? '')),
  resolve: (m, c) => {
    if (m[7] || m[9]) {
      const r = agoFrom(m, c);
      if (r) return r;
    }
    if (m[5].toLowerCase() === 'from') return null;
    const [unit, n] = withYearsBefore(agoCount(m), m);
    // A gap compared, a length and no date; a clock count ("two minutes later than billed") still times the day in focus.
    if (/^(?:earlier|later)$/i.test(m[5]) && !/^(?:hour|minute|second)/.test(unit) && COMPARED_THAN.test(m.input.slice(m.index + m[0].length))) {
      return { type: 'DURATION', value: durationValue(n, unit), rule: 'duration/compared' };
    }
    // "On Sunday, forty years later, the choir sang again": a count set off after the weekday that opens its clause
    // measures the way to that day from an older time; it does not count on from the day, which dates the clause.
    if (c.dct && /^(?:later|after)$/i.test(m[5]) && WEEKDAY_THEN_COUNT.test(c.preceding())) return null;
    // "…, and two years after that she went to work": "that" is the clause just told, whose own time the tagger may
    // not know (nothing there is dated in words); only a count opening its sentence is sure to go on from the time told.
    // Nor after a clause the sentence (or the one just before) dated with a year the count would start from ("The
    // hall we opened in the spring of 1990 had been planned eight years before that"): there "that" is that time.
    if (/\sthat$/i.test(m[5]) && !/^\W*(?:(?:and|but|then|only|just|for|so)\s+)?$/i.test(c.preceding()) && !thatIsDated(c, unit)) return null;
    const dir = m[5].toLowerCase().replace(/\s+that$/, '');
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
    const quant = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const mod = quant === 'more than' || quant === 'over' ? 'MORE_THAN' : quant === 'less than' ? 'LESS_THAN' : quant ? 'APPROX' : undefined;
    // "two years later" counts from the year last talked about, "two days later" from the last day.
    // Asked of the resolver only when counted from it, so that "two years ago" is not taken for a count from the text.
    const fromNarrative = dir === 'earlier' || dir === 'later' || dir === 'before' || dir === 'after';
    const narrative = () => (unit === 'year' || unit === 'decade' || unit === 'century' ? c.refDate('year') : unit === 'month' || unit === 'quarter' ? c.refDate('month') : c.refDay());
    // "“A week ago I fell ill,” he said on Sunday": days or weeks ago in a quote the text says was spoken on a day
    // before publication count back from that day, as a quote's weekdays do.
    const spoken = !fromNarrative && sign < 0 && (unit === 'day' || unit === 'week') ? c.spokenDay?.() : null;
    const anchor = fromNarrative ? narrative() : spoken?.told ? spoken.day : c.dct;
    const clock = unit === 'hour' || unit === 'minute' || unit === 'second';
    // "three days ago", "a week ago" with no publication date: near the unknown day of writing, dated by a guessed
    // year as "last week" is. Not months of a year or more, nor years, which a guessed story year would misplace.
    if (!c.dct && !fromNarrative && n !== undefined && (unit === 'day' || unit === 'week' || (unit === 'month' && n < 12))) return { ...unplacedNearNow(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'ago', c), mod };
    // "five years ago": that many years before the guessed year of writing, flagged, as "last year" is.
    if (!c.dct && !fromNarrative && unit === 'year' && n !== undefined && Number.isInteger(n) && n > 0) return countedFromWriting(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', 'ago', sign * n, c, mod);
    if (n === undefined || !anchor || (!Number.isInteger(n) && !clock)) {
      return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'ago/vague', mod };
    }
    // "sold in March 2015, and laid off two weeks later": days or weeks counted from a date given only to the
    // month land somewhere in that month moved on by the count, at the month's precision, not on a day of some
    // other date (or of publication) that merely came last.
    const month = fromNarrative && (unit === 'day' || unit === 'week') && c.focus() === 'month' ? c.refDate('month') : null;
    if (month && month.d === 1) {
      // "in February …, and the doctor came two days later": a few days on from some day of the month most likely
      // stay in it; the month is the honest date, where a count of weeks may as well fall in the next month.
      const exact = unit === 'day' && n <= FEW_DAYS ? { start: granValue(month, 'month') } : monthsMovedInto(month, unit, sign * n);
      const r: Resolution = { type: 'DATE', value: exact.start, rule: `ago/${dir}`, mod, counted: true, exact };
      if (anchor !== c.dct) r.rivalYear = anchor.y;
      return r;
    }
    // "was elected in May 2008 and re-elected three years later": whole years counted from a month written with its
    // year, earlier in the paragraph, land in that month, the years on; the year alone would throw away what the text
    // says. Not from a month whose year came from elsewhere ("founded in 1952. That December …. Two years later"):
    // there the count may as well be from the year, and a month would be claimed the text does not give.
    const fromMonth = fromNarrative && unit === 'year' && Number.isInteger(n) && c.focus() === 'month' ? c.refDate('month') : null;
    if (fromMonth && fromMonth.d === 1 && c.refDate('year')?.y === fromMonth.y && monthWrittenBefore(m, fromMonth)) {
      return { type: 'DATE', value: granValue(shift(fromMonth, 'year', sign * n), 'month'), rule: `ago/${dir}`, mod, counted: true };
    }
    // "picked it up two summers ago … drove there a week later": days or weeks counted from a date given only to its
    // year or season, with no day told before it, are in that year, which day the text does not say. After a day
    // told earlier they are counted from that day, as before, the coarse date's year the rival reading; but not from
    // a day that only dates a telling ("researchers said on Wednesday. She found the bone two summers ago … a week
    // later"): the story went back to the coarse date, and that day's year is the rival reading.
    let rivalYear: number | undefined;
    if (fromNarrative && (unit === 'day' || unit === 'week') && c.focus() === 'year') {
      const tells = anchor !== c.dct && !!c.dayTells?.();
      const year = c.refDate('year');
      if (year && (anchor === c.dct || tells)) return { type: 'DATE', value: `${year.y}-XX-XX`, rule: `ago/${dir}`, mod, counted: true, ...(tells && year.y !== anchor.y ? { rivalYear: anchor.y } : {}) };
      // Asked again so that the count is taken as one from the day (its anchor and provenance), not from the year.
      c.refDay();
      rivalYear = year?.y;
    }
    const gran: Gran = clock ? 'day' : granOf(unit);
    const shifted = unit === 'hour' ? anchor : shift(anchor, unit, sign * n);
    // "For three days after that, volunteers carried snow": a stretch asked for with "for" runs through the days
    // counted, from the day after the day in focus (or up to the day before it), not on the last of them.
    if ((dir === 'after' || dir === 'before') && (unit === 'day' || unit === 'week') && anchor !== c.dct && FOR_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index))) {
      const near = fmtDay(addDays(anchor, sign));
      const far = fmtDay(shifted);
      const exact = sign > 0 ? { start: near, end: far } : { start: far, end: near };
      return { type: 'DATE', value: exact.start, rule: `ago/for-${dir}`, mod, counted: true, exact, ...(rivalYear !== undefined ? { rivalYear } : {}) };
    }
    // "a decade ago" points at a year, not at a decade.
    const g = gran === 'decade' || gran === 'century' ? 'year' : gran;
    const r: Resolution = { type: 'DATE', value: granValue(shifted, g), rule: `ago/${dir}${spoken?.told ? '/spoken' : ''}`, mod };
    if (fromNarrative) r.counted = true;
    if (rivalYear !== undefined) r.rivalYear = rivalYear;
    // "a week ago" is, to a reader, the day seven days back (TimeML's value stays the week): exact
    // counts keep a day's precision. An approximate one ("about two weeks ago") keeps the week.
    if (g === 'week' && !mod) r.exact = { start: fmtDay(shifted) };
    return r;
  },
};

// "The crew will race at the regatta in two weeks", "a rematch in three weeks' time", "is due to open in three years":
// a count ahead from the day of writing, told of what is still to come. Only in a clause told ahead, or with "time"
// after it, which names a point; "the first win in nine years" (a record's length) and "the stock was gone in a
// fortnight" (how long it took) stay lengths.
const RECORD_OR_RATE_BEFORE = new RegExp(`\\b(?:first|only|last|best|worst|once|twice|times|${SUPERLATIVE_RE})\\b[^.;:!?]{0,40}$`, 'i');

// The clause is told ahead: "will" or "shall" before the count, or a plan ("is due to open", ", expected to reopen").
// Not an infinitive alone: "the builders had meant to be done in a month" counts from when they meant it, not from
// publication.
const WILL_BEFORE = /(?:\b(?:will|shall)\b|['’]ll\b)[^.;:!?]{0,70}$/i;
const PLANNED_BEFORE = /(?:\b(?:is|are)\s+|,\s+)(?:due|expected|scheduled|set|going)\s+to\b[^.;:!?,]{0,50}$/i;

export const inCountAheadRule: Rule = {
  name: 'in-count-ahead',
  // Every match holds "in" and a space. A cue naming the count and the unit as well would cost more than the pattern it
  // spares, which is cheap: it starts only at a whole word "in".
  cue: /\bin\s/i,
  re: rx(`${B}in\\s+${COUNT}\\s+(days?|weeks?|fortnights?|months?|years?)(\\s*['’]s?\\s+time|s['’]\\s+time)?${E}`, 'gi'),
  accept: (m, text) => {
    if (RECORD_OR_RATE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) return false;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    return !!m[3] || WILL_BEFORE.test(before) || PLANNED_BEFORE.test(before);
  },
  resolve: (m, c) => {
    const [unit, n] = agoUnit(m[2], parseCount(m[1]));
    if (n === undefined || !Number.isInteger(n) || n <= 0) return null;
    if (!c.dct) return unit === 'year' ? countedFromWriting('FUTURE_REF', 'in-count-ahead', n, c) : unplacedNearNow('FUTURE_REF', 'in-count-ahead', c);
    const moved = shift(c.dct, unit, n);
    // A count of days or weeks lands on a day, as "a week ago" does; months and years keep their own precision.
    const value = unit === 'day' || unit === 'week' ? fmtDay(moved) : unit === 'month' ? fmtMonth(moved.y, moved.m) : String(moved.y);
    return { type: 'DATE', value, rule: 'in-count-ahead' };
  },
};

// "at year-end" ("by year's end"), "by midyear", "the year-earlier quarter": points of a year named by the year alone. The
// year's end or middle is this year's unless the verb looks back from early in a year, or forward from late
// in one; "year-earlier" and "year-ago" are the year before the one in focus (the quarter reported on).
export const yearPointRule: Rule = {
  name: 'year-point',
  cue: /year/i,
  re: rx(`${B}(?:(last|this|next)\\s+)?(year[- ]?end|year['’]s\\s+end|mid-?year|year-earlier|year-ago)${E}`, 'gi'),
  resolve: (m, c) => {
    // "year's end" is "year-end".
    const word = m[2].toLowerCase().replace(/['’]s\s+|[- ]/g, '');
    if (word === 'yearearlier' || word === 'yearago') {
      const base = c.refDate('year') ?? c.dct;
      if (!base) return null;
      return { type: 'DATE', value: granValue({ y: base.y - 1, m: 1, d: 1 }, 'year'), rule: 'year-point/year-earlier', counted: true };
    }
    const dct = c.dct;
    const end = word === 'yearend';
    if (!dct) return { type: 'DATE', value: 'XXXX', mod: end ? 'END' : 'MID', rule: 'year-point/no-dct' };
    const mod = m[1]?.toLowerCase();
    let y = dct.y + (mod === 'last' ? -1 : mod === 'next' ? 1 : 0);
    if (!mod) {
      const tense = c.tense();
      // Early in a year a year-end told in the past is last year's; late in one, a midyear still to come is next year's.
      if (tense === 'past' && (end ? dct.m <= 3 : dct.m <= 5)) y--;
      else if (tense === 'future' && !end && dct.m >= 8) y++;
    }
    return { type: 'DATE', value: granValue({ y, m: 1, d: 1 }, 'year'), mod: end ? 'END' : 'MID', rule: `year-point/${end ? 'year-end' : 'midyear'}` };
  },
};

/**
 * "the rest were found in the two days that followed", "in the next three days": a stretch counted on from the day in
 * focus, from the day after it, not a length of time alone. Months and years are left to the sequence that reads
 * "spent the next eight years" from the year in focus.
 */
export const followingCountRule: Rule = {
  name: 'following-count',
  cue: /follow|next/i,
  re: rx(`${B}the\\s+(?:(?:following|next)\\s+${COUNT}\\s+(days|weeks)|${COUNT}\\s+(days|weeks)\\s+that\\s+followed)${E}`, 'gi'),
  resolve: (m, c) => {
    const n = parseCount(m[1] ?? m[3]);
    if (n === undefined || !Number.isInteger(n) || n < 2 || n > 30) return null;
    const ref = c.refDay();
    // Counted from publication ("over the next three days") it is mostly a plan; left to the duration it names.
    if (!ref || ref === c.dct || c.focus() !== 'day') return null;
    const days = /^weeks$/i.test(m[2] ?? m[4]) ? 7 * n : n;
    const start = fmtDay(addDays(ref, 1));
    return { type: 'DATE', value: start, rule: 'following-count', counted: true, exact: { start, end: fmtDay(addDays(ref, days)) } };
  },
};

// "Storms kept the boats in for most of the next fortnight", "over the following week the rebels moved south", "the
// charges had been laid over the previous fortnight": a week or fortnight asked for as a stretch ("for", "over",
// "during", "throughout", "within", also "most of", "all of") runs from the day after the day in focus (or ends on the
// day before it), as "the next three days" does; not the calendar week after that day's week.
const STRETCH_ASKED = /\b(?:for|over|during|throughout|within)\s{1,8}(?:(?:most|much|all|part)\s{1,8}of\s{1,8})?$/i;
// The week matched again as a day counted from the one in focus ("the following week" with no day to count from).
const ANAPHORIC_DAY_ONCE = new RegExp(anaphoricDayRule.re.source, 'i');

export const weekStretchRule: Rule = {
  name: 'week-stretch',
  cue: /week|fortnight/i,
  re: rx(`${B}the\\s+(following|next|previous|preceding)\\s+(week|fortnight)${E}`, 'gi'),
  // A plain "over the next fortnight" in a sentence with no date of its own is the narrative's stretch from the date
  // before it (nextStretchOf in happenings.ts), counted from that date itself; here only what that leaves: a week, a
  // stretch back, and a share of the fortnight ahead ("most of the next fortnight").
  accept: (m, text) => {
    const before = STRETCH_ASKED.exec(text.slice(Math.max(0, m.index - 30), m.index));
    return !!before && (/^week$/i.test(m[2]) || /^(?:previous|preceding)$/i.test(m[1]) || /\bof\s*$/i.test(before[0]));
  },
  resolve: (m, c) => {
    const ref = c.refDay();
    const days = /^fortnight$/i.test(m[2]) ? 14 : 7;
    // Counted from publication or from a month or year it is a plan's length, or a week of that month or year, as
    // the words read alone.
    if (!ref || ref === c.dct || c.focus() !== 'day') {
      if (days === 14) return { type: 'DURATION', value: 'P2W', rule: 'duration/fortnight' };
      const again = ANAPHORIC_DAY_ONCE.exec(m[0]);
      return again && anaphoricDayRule.resolve(again, c);
    }
    const back = /^(?:previous|preceding)$/i.test(m[1]);
    const start = fmtDay(addDays(ref, back ? -days : 1));
    const end = fmtDay(addDays(ref, back ? -1 : days));
    return { type: 'DATE', value: start, rule: `week-stretch/${back ? 'before' : 'after'}-focus`, counted: true, exact: { start, end } };
  },
};

/**
 * "The bridge fell in 1931. Two firms had tried to mend it in the previous ten years": a stretch counted back from the
 * date in focus, ending there, not a length of time alone. Counted from publication ("in the previous three years"
 * with no date told) it is left the length it names.
 */
const STRETCH_LEAD = /\b(?:for|over|during|throughout|took|lasted)\s+$/i;

export const precedingCountRule: Rule = {
  name: 'preceding-count',
  cue: /previous|preceding|next|following/i,
  // "over the next quarter of a century", "the following half-century": a count of years in other words.
  re: rx(`${B}the\\s+(previous|preceding|next|following)\\s+(?:${COUNT}\\s+(years|months|decades)|(quarter|half)(?:\\s+of)?(?:\\s+a\\s+|-)century)${E}`, 'gi'),
  resolve: (m, c) => {
    const n = m[4] ? (m[4].toLowerCase() === 'quarter' ? 25 : 50) : parseCount(m[2]);
    const unit = m[4] ? 'year' : unitOf(m[3]);
    const length: Resolution = { type: 'DURATION', value: durationValue(n, unit), rule: 'duration' };
    if (n === undefined || !Number.isInteger(n) || n < 2 || n > 60) return length;
    // "Quennell shut it in 1938, and for the next twenty years it was a store": told in the past, the years on from
    // the date in focus; told of what is to come ("plans to hire 500 in the next two years") they run from now.
    const forward = /^(?:next|following)$/i.test(m[1]);
    // "spent the next six years in Lisbon" keeps its length: the spending is dated by the sequence that reads it.
    if (forward && (c.tense() !== 'past' || !STRETCH_LEAD.test(c.preceding()))) return length;
    const focus = c.focus();
    const ref = focus === 'day' ? c.refDay() : c.refDate(focus);
    if (!ref || ref === c.dct) return length;
    const months = (forward ? 1 : -1) * (unit === 'month' ? n : 12 * n * (unit === 'decade' ? 10 : 1));
    const at = addMonths(ref.y, ref.m, months);
    const there = focus === 'year' ? String(at.y) : focus === 'month' ? fmtMonth(at.y, at.m) : fmtDay({ ...at, d: Math.min(ref.d, daysInMonth(at.y, at.m)) });
    const here = focus === 'year' ? String(ref.y) : focus === 'month' ? fmtMonth(ref.y, ref.m) : fmtDay(ref);
    const [from, to] = forward ? [here, there] : [there, here];
    return { type: 'DATE', value: from.slice(0, 4), rule: forward ? 'following-years' : 'preceding-count', counted: true, exact: { start: from, end: to } };
  },
};

/**
 * "will open a plant in the new year": early in the year after publication's. Written in lower case it is no holiday
 * ("over New Year"). In January the new year may be the one just begun, and from February to August which one is
 * meant is a guess; told in the past, it is the year after the one in focus, as a guess.
 */
export const newYearRule: Rule = {
  name: 'new-year',
  cue: /new\s+year/,
  re: rx(`(?<=\\b(?:in|into|early\\s+in|by|until|after|since)\\s+)the\\s+new\\s+year\\b(?!['’-])${E}`, 'g'),
  resolve: (_m, c) => {
    const dct = c.dct;
    // "has had 40 calls since the new year", "said it had taken 40 since the new year": the stretch from the first of
    // the year publication falls in, whatever the tense.
    if (/since\s*$/i.test(c.preceding())) return dct ? { type: 'DATE', value: `${dct.y}-01-01`, rule: 'new-year/since' } : null;
    if (c.tense() === 'past') {
      const ref = c.refDate('year');
      return ref && ref !== dct ? { type: 'DATE', value: String(ref.y + 1), mod: 'START', rule: 'new-year/after-focus', counted: true, yearUncertain: true } : null;
    }
    // Without a publication date, the year after the guessed year of writing, flagged.
    if (!dct) return c.textYear?.() == null ? null : countedFromWriting('XXXX', 'new-year', 1, c, 'START');
    const y = dct.m === 1 ? dct.y : dct.y + 1;
    return { type: 'DATE', value: String(y), mod: 'START', rule: 'new-year', ...(dct.m >= 2 && dct.m <= 8 ? { yearUncertain: true } : {}) };
  },
};

// "The deal is to be finalized by June 10. If a price is not agreed on by that time, …": the date in focus again, as a
// deadline. Only after "by": "at that time" as often names a stretch of years the text does not bound.
export const byThatTimeRule: Rule = {
  name: 'by-that-time',
  cue: /that\s+(?:time|date)/i,
  re: rx(`(?<=\\bby\\s+)that\\s+(?:time|date)${E}`, 'gi'),
  resolve: (_m, c) => {
    const focus = c.focus();
    if (focus === 'day') {
      const ref = c.refDay();
      // With no day told, publication's day is no antecedent.
      return ref && ref !== c.dct ? { type: 'DATE', value: fmtDay(ref), rule: 'anaphoric/that-time', counted: true } : null;
    }
    const base = c.refDate(focus);
    return base && { type: 'DATE', value: granValue(base, focus), rule: 'anaphoric/that-time', counted: true };
  },
};

// "Several of the 1987 side came. Their captain, who scored on the last day of that season, …": the season of the year
// in focus, a sports season or one of the year's, given to its year. With no date told, publication's season is no
// antecedent the text names.
export const thatSeasonRule: Rule = {
  name: 'that-season',
  cue: /that\s+(?:same\s+)?season/i,
  re: rx(`${B}that\\s+(?:same\\s+)?season${E}`, 'gi'),
  resolve: (_m, c) => {
    const base = c.refDate('year');
    return base && base !== c.dct ? { type: 'DATE', value: granValue(base, 'year'), rule: 'anaphoric/that-season', counted: true } : null;
  },
};

// "Last season they finished seventh": a sports season, the one before publication's. A sport played over the turn of
// the year ("the 1998-99 season" written in the text) has seasons of two years, starting in the autumn; one played in
// a year has the year before publication's. Which sport it is the text does not say, so the year is a guess.
export const lastSeasonRule: Rule = {
  name: 'last-season',
  cue: /last\s+season/i,
  re: rx(`${B}last\\s+season(?!\\s+of\\b)${E}`, 'gi'),
  resolve: (_m, c) => {
    if (!c.dct) return null;
    if (c.seasonsSpanYears?.()) {
      // Publication's season began last autumn until August, this autumn from then on.
      const first = (c.dct.m >= 8 ? c.dct.y : c.dct.y - 1) - 1;
      return { type: 'DATE', value: String(first), rule: 'last-season/two-years', yearUncertain: true, exact: { start: String(first), end: String(first + 1) } };
    }
    return { type: 'DATE', value: String(c.dct.y - 1), rule: 'last-season', yearUncertain: true };
  },
};

// A time counted from the day of writing ("last November", "yesterday").
const COUNTED_FROM_WRITING = new RegExp(`\\b(?:(?:last|this|next)\\s+(?:week|month|year|${SEASON_ALTS}|${MONTH_RE}|${WEEKDAY_RE})|yesterday|today)\\b`, 'i');
// "The last train ran on Dec. 13, 2008. The railway said at the time that it lost money": a telling at the time in
// focus, dated by it. Only right after a telling verb: "the director at the time" names who held a post, and "at the time
// of the flood" names its own happening.
export const toldAtTheTimeRule: Rule = {
  name: 'told-at-the-time',
  cue: /at\s+the\s+time/i,
  re: rx(`${B}at\\s+the\\s+time(?!\\s+(?:of|when)\\b)${E}`, 'gi'),
  accept: (m, text) => tellingBeforeDate(text.slice(Math.max(0, m.index - 40), m.index)),
  resolve: (_m, c) => {
    const focus = c.focus();
    const ref = focus === 'day' ? c.refDay() : c.refDate(focus);
    // With no date told, publication's is no antecedent.
    if (!ref || ref === c.dct) return null;
    // "raised money last November and said at the time …" with no publication date: the time meant is one counted
    // from the day of writing, which could not be placed, so the date in focus is only a guess at it.
    const unplacedBefore = !c.dct && COUNTED_FROM_WRITING.test(c.preceding());
    return { type: 'DATE', value: focus === 'day' ? fmtDay(ref) : granValue(ref, focus), rule: 'anaphoric/told-at-the-time', counted: true, ...(unplacedBefore ? { yearUncertain: true } : {}) };
  },
};
