import { addDays, DAY_VALUE, daysInMonth, fmtDay, fmtWeek, isValidYmd, parseYmd, toDayNumber, type Ymd } from '../time-value';
import { agoRule, inCountAheadRule, anaphoricDayRule, byThatTimeRule, lastSeasonRule, thatSeasonRule, toldAtTheTimeRule, followingCountRule, weekStretchRule, precedingCountRule, newYearRule, beforeLastRule, periodEdgeDayRule, periodOutRule, relativeUnitRule, yearPointRule } from './rules/relative';
import { centuryRule, centuryWordsRule, decadeRule, decadeWordsRule, fiscalYearRelativeRule, fiscalYearRule, yearRangeEndRule, yearRangeTailRule, yearRule } from './rules/years';
import { clockTimeRule } from './rules/clock';
import {
  anaphoricMonthRule,
  definiteMonthRule,
  dayMonthYearRule,
  dayRangeMonthStartRule,
  isoDateRule,
  monthDayRangeStartRule,
  monthDayYearRule,
  monthPartYearRule,
  dayRelativeYearRule,
  dayThatYearRule,
  monthRelativeYearRule,
  monthYearsLaterRule,
  monthRule,
  monthYearRule,
  numericDateRule,
  relativeMonthRule,
  monthBeforeLastRule,
  secondDayRule,
  listedDayRule,
  ordinalDayRule,
  ordinalOfMonthRule,
} from './rules/dates';
import { anaphoricWeekdayRule, dayWordRule, lastNightRule, theWeekendRule, weekdayBeforeAfterRule, weekdayBeforeLastRule, weekdayLowerRule, weekdayOrdinalRule, nthWeekdayOfMonthRule, weekdayRule, weekdayWeekRule } from './rules/days';
import { centuryShareRule, durationAdjectiveRule, durationRule, fortnightRule, quartersRule } from './rules/durations';
import { holidayAnaphorRule, holidayRule, weekBesideHolidayRule, monthRangeRule, winterYearsRule, monthsOfYearRule, weekdayBesideHolidayRule, quarterRule, seasonAnaphorRule, seasonBeforeLastRule, seasonRelativeYearRule, seasonRule, seasonsAgoRule, seasonsLaterRule, seasonYearRule } from './rules/seasons';
import { ageRule } from './rules/age';
import { setRule, weekdayPluralRule } from './rules/sets';
import { happeningTimeRule, vagueRule } from './rules/vague';
import type { Resolution, Rule } from './rules/rule';
import { countWords, hedgeWords, MONTH_RE, monthNumber, parseCount, PAST_PERFECT_ANYWHERE, WEEKDAY_RE } from './lexicon';
import { findDateline } from './dateline';
import { sentenceAt, splitSentences, type Span } from './sentences';
import { beginResolving, cursorResolver, moveTo, tagCursor } from './tag-cursor';
import { carryForward, leavePiece, markCountedYear, type TagState } from './tag-state';
import { agoHappeningYear, ageYear, anniversaryYear, datelineYear, deathDay, laterHappeningYear, leadCountYear, marriageYear, monthOfYearTold, obituaryYear, runToNowYear, spanYear, storyCountYear, tellsLastMonth, tellsLastYear, unwrittenWritingYear, weekdaysFixDecember, weekdayWritingYear, writingMonth, writtenYears, yearTallied } from './text-years';
import { sharedYears } from './shared-years';
import type { CountedFrom, TagOptions, Timex, TimexType } from './types';

// A HeidelTime-style tagger: regular-expression rules find candidate expressions, the longest
// non-overlapping ones win, and each is then normalised in text order so that anaphoric expressions
// ("the next day") can lean on the last date mentioned.

export type { Resolver } from './rules/rule';
export { chooseYear } from './rules/year-choice';

/** A rule's match before overlaps are settled: only where it is, not its groups (see matchAt). */
interface Candidate {
  start: number;
  end: number;
  rule: Rule;
}

// The rules, by family in rules/. Longer matches beat shorter ones; among equal lengths the earlier rule wins,
// so this order is part of what they do.
export const RULES: readonly Rule[] = [
  isoDateRule,
  numericDateRule,
  monthDayRangeStartRule,
  monthDayYearRule,
  dayRangeMonthStartRule,
  dayMonthYearRule,
  monthYearRule,
  monthPartYearRule,
  dayRelativeYearRule,
  dayThatYearRule,
  monthRelativeYearRule,
  monthYearsLaterRule,
  secondDayRule,
  listedDayRule,
  ordinalDayRule,
  ordinalOfMonthRule,
  theWeekendRule,
  relativeMonthRule,
  monthBeforeLastRule,
  anaphoricMonthRule,
  definiteMonthRule,
  monthRule,
  fiscalYearRule,
  fiscalYearRelativeRule,
  yearRangeEndRule,
  weekdayPluralRule,
  yearRangeTailRule,
  yearRule,
  decadeRule,
  decadeWordsRule,
  centuryRule,
  centuryWordsRule,
  seasonYearRule,
  seasonRelativeYearRule,
  winterYearsRule,
  seasonAnaphorRule,
  seasonsAgoRule,
  seasonsLaterRule,
  ageRule,
  seasonBeforeLastRule,
  seasonRule,
  quarterRule,
  monthRangeRule,
  monthsOfYearRule,
  weekdayBesideHolidayRule,
  weekBesideHolidayRule,
  holidayAnaphorRule,
  holidayRule,
  dayWordRule,
  lastNightRule,
  anaphoricWeekdayRule,
  weekdayBeforeLastRule,
  weekdayBeforeAfterRule,
  weekdayOrdinalRule,
  nthWeekdayOfMonthRule,
  weekdayRule,
  weekdayWeekRule,
  weekdayLowerRule,
  followingCountRule,
  weekStretchRule,
  precedingCountRule,
  newYearRule,
  anaphoricDayRule,
  byThatTimeRule,
  thatSeasonRule,
  lastSeasonRule,
  toldAtTheTimeRule,
  beforeLastRule,
  periodOutRule,
  periodEdgeDayRule,
  relativeUnitRule,
  yearPointRule,
  agoRule,
  inCountAheadRule,
  durationRule,
  durationAdjectiveRule,
  fortnightRule,
  quartersRule,
  centuryShareRule,
  setRule,
  clockTimeRule,
  vagueRule,
  happeningTimeRule,
];

// Post-passes over the chosen expressions.

// "post" and "pre" only as prefixes: "a ranger post the next day" is a noun before the date.
const MOD_PREFIX =
  /(?:\b(early|late|mid|the\s+(?:start|beginning|end|middle)\s+of|(?:start|beginning|end|middle)\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)(?:\s+|-)|\b(post|pre)-)$/i;

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
  return { ...t, start, text: text.slice(start, t.end), mod: modFor(m[1] ?? m[2]) };
}

// "the last week of March", "the first days of 1999", "the final months of last year": a stretch at one end of
// a month or a year is that period with its end marked, one expression (not "the last week" before publication
// and a month); "the first day of" and "the last month of" name one day or month exactly, and "the first fortnight of"
// a month its fourteen days.
// A counted number of days or weeks ("the first two weeks of March", "the last ten days of June", "the first seven
// weeks of this year") is that many days at that end, exactly, as a fortnight is.
const PART_OF_PERIOD = new RegExp(String.raw`\bthe\s+(first|last|final|opening|closing)\s+(?:(few|several|\d{1,2}|${countWords(2, 12)})\s+)?(days?|weeks?|fortnights?|months?)\s+of\s+$`, 'i');

function extendWithPart(t: Timex, text: string, prevEnd: number): Timex {
  if (t.type !== 'DATE' || t.mod) return t;
  const month = /^(\d{4})-(\d{2})$/.exec(t.value);
  const year = /^(\d{4})$/.exec(t.value);
  if (!month && !year) return t;
  const m = PART_OF_PERIOD.exec(text.slice(Math.max(prevEnd, t.start - 40), t.start));
  if (!m) return t;
  const first = /^(?:first|opening)$/i.test(m[1]);
  const unit = m[3].toLowerCase();
  const start = t.start - m[0].length;
  const whole = { ...t, start, text: text.slice(start, t.end), rule: `${t.rule}+part-of-period` };
  const y = Number((month ?? year)![1]);
  if (unit === 'day') {
    const mo = month ? Number(month[2]) : first ? 1 : 12;
    return { ...whole, value: fmtDay({ y, m: mo, d: first ? 1 : daysInMonth(y, mo) }) };
  }
  if (unit === 'month' && year) return { ...whole, value: `${y}-${first ? '01' : '12'}` };
  // "the first fortnight of January", "the last fortnight of May": fourteen days at that end of the month, exactly.
  if (unit === 'fortnight' && month) {
    const mo = Number(month[2]);
    const dim = daysInMonth(y, mo);
    return { ...whole, exact: { start: fmtDay({ y, m: mo, d: first ? 1 : dim - 13 }), end: fmtDay({ y, m: mo, d: first ? 14 : dim }) } };
  }
  const count = m[2] && !/^(?:few|several)$/i.test(m[2]) ? parseCount(m[2]) : undefined;
  const days = count && /^(?:days|weeks)$/.test(unit) ? count * (unit === 'weeks' ? 7 : 1) : 0;
  const period = month ? { from: { y, m: Number(month[2]), d: 1 }, to: { y, m: Number(month[2]), d: daysInMonth(y, Number(month[2])) } } : { from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 } };
  if (days > 1 && days < toDayNumber(period.to) - toDayNumber(period.from) + 1) {
    const exact = first ? { start: fmtDay(period.from), end: fmtDay(addDays(period.from, days - 1)) } : { start: fmtDay(addDays(period.to, 1 - days)), end: fmtDay(period.to) };
    return { ...whole, exact };
  }
  // A week or a month of a month ("the last month of March") is no stretch this can place more finely than the end.
  return { ...whole, mod: first ? 'START' : 'END' };
}

/**
 * "the day before last Tuesday", "the week of March 6": a day named to point at its neighbour or its week. "The eve
 * of" a day is the day before it ("the hall was booked for the eve of Easter").
 */
function extendWithAnchor(t: Timex, text: string, prevEnd: number): Timex {
  const day = t.type === 'DATE' && DAY_VALUE.test(t.value) ? parseYmd(t.value) : null;
  if (!day) return t;
  const m = /\bthe\s+(?:(day|week)\s+(before|after|of)|eve\s+of)\s+$/i.exec(text.slice(Math.max(prevEnd, t.start - 20), t.start));
  if (!m) return t;
  const unit = m[1]?.toLowerCase() ?? 'day';
  const rel = m[2]?.toLowerCase() ?? 'before';
  let value: string;
  if (unit === 'week' && rel === 'of') value = fmtWeek(day);
  else if (unit === 'day' && rel !== 'of') value = fmtDay(addDays(day, rel === 'before' ? -1 : 1));
  else return t;
  const start = t.start - m[0].length;
  return { ...t, start, text: text.slice(start, t.end), value, rule: `${t.rule}+${unit}-${rel}` };
}

/** "10 p.m. Friday", "Friday at 3 p.m.": one point in time, written in two pieces. The two as one, or null. */
function mergedTime(prev: Timex, t: Timex, text: string): Timex | null {
  const gap = text.slice(prev.end, t.start);
  const clock = (x: Timex) => x.type === 'TIME' && x.rule === 'clock-time';
  const dayish = (x: Timex) => x.type === 'DATE' && DAY_VALUE.test(x.value);
  let merged: Timex | null = null;
  if (clock(prev) && dayish(t) && /^\s*(?:,\s*|on\s+)?$/.test(gap)) {
    merged = { ...prev, end: t.end, value: t.value + prev.value.slice(10), rule: `${t.rule}+clock` };
    // The day's year, guessed or written, is the merged expression's: "at 14:00 on March 31" keeps March 31's flag.
    if (t.yearUncertain) merged.yearUncertain = true;
    if (t.explicitYear) merged.explicitYear = true;
    if (t.fromStated) merged.fromStated = true;
    if (t.countedFrom) merged.countedFrom = t.countedFrom;
  } else if (prev.type === 'DATE' && prev.rule === 'year' && /^\d{4}$/.test(prev.value) && t.type === 'DATE' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(t.value) && t.value.startsWith(`${prev.value}-`) && /^\s*,\s*(?:on|in)\s+$/.test(gap) && !/\d{4}/.test(t.text)) {
    // "came in 1895, on February 11": the day says which day of the year just written; one date, its year written.
    merged = { ...t, start: prev.start, explicitYear: true, rule: t.rule.replace(/\/year-in-sentence$/, '/year-before') };
    delete merged.yearUncertain;
  } else if (dayish(prev) && clock(t) && /^\s*(?:,\s*|at\s+|,\s*at\s+)$/.test(gap)) {
    merged = { ...prev, type: 'TIME', end: t.end, value: prev.value + t.value.slice(10), rule: `${prev.rule}+clock` };
  }
  if (merged) merged.text = text.slice(merged.start, merged.end);
  return merged;
}

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

/** Candidates per piece: past the first, the lists grow a piece at a time. */
const PIECE_BITS = 12;
const PIECE = 1 << PIECE_BITS;
/** The first piece's length: 16 entries of 4 bytes stay in V8's heap; a larger typed array has a buffer of its own outside it, costly to make and to free for each paragraph. */
const FIRST_PIECE = 16;

/**
 * Every rule's matches, as numbers in typed arrays rather than an object each: where the match starts and
 * ends, and the rule's place in RULES (its rank when matches of one length overlap). Kept in pieces of PIECE
 * that are never copied: grown by doubling, a paragraph dense with dates ("May 5 May 5 …", 87,000 candidates)
 * left every smaller copy behind, and those live long enough to stay counted in memory until the job ends.
 * The first piece doubles up to PIECE, so a short paragraph takes little.
 */
class Candidates {
  n = 0;
  starts: Int32Array[] = [new Int32Array(FIRST_PIECE)];
  ends: Int32Array[] = [new Int32Array(FIRST_PIECE)];
  rules: Uint8Array[] = [new Uint8Array(FIRST_PIECE)];

  push(start: number, end: number, rule: number): void {
    const p = this.n >>> PIECE_BITS;
    const i = this.n & (PIECE - 1);
    if (p === this.starts.length) {
      this.starts.push(new Int32Array(PIECE));
      this.ends.push(new Int32Array(PIECE));
      this.rules.push(new Uint8Array(PIECE));
    } else if (i === this.starts[p].length) {
      // Only the first piece is ever short of PIECE.
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      this.starts[p] = grow(this.starts[p], new Int32Array(2 * i));
      this.ends[p] = grow(this.ends[p], new Int32Array(2 * i));
      this.rules[p] = grow(this.rules[p], new Uint8Array(2 * i));
    }
    this.starts[p][i] = start;
    this.ends[p][i] = end;
    this.rules[p][i] = rule;
    this.n++;
  }

  start(k: number): number {
    return this.starts[k >>> PIECE_BITS][k & (PIECE - 1)];
  }

  end(k: number): number {
    return this.ends[k >>> PIECE_BITS][k & (PIECE - 1)];
  }

  rule(k: number): number {
    return this.rules[k >>> PIECE_BITS][k & (PIECE - 1)];
  }

  /** Writes over the candidate at `k`. */
  set(k: number, start: number, end: number, rule: number): void {
    const p = k >>> PIECE_BITS;
    const i = k & (PIECE - 1);
    this.starts[p][i] = start;
    this.ends[p][i] = end;
    this.rules[p][i] = rule;
  }
}

/** How much of a long run of blank space each end keeps: more than any pattern reads across (`\s{1,8}`). */
const RUN_KEPT = 16;

/**
 * The stretches of a text that are worth scanning: all of it, save the middle of each long run of blank space.
 * No time expression reaches across such a run, but each pattern would try its lookbehinds
 * (`(?<=\bin\s{1,8})May`) at every position of it, so a megabyte of tabs cost a second. Each stretch keeps
 * RUN_KEPT of the run's blank space on its sides, and one character more that stands for the rest, so a
 * pattern looking past that space does not take the stretch's edge for the text's.
 */
function stretches(text: string): [from: number, to: number][] {
  const out: [number, number][] = [];
  const runs = /\s{64,}/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = runs.exec(text))) {
    out.push([from, m.index + RUN_KEPT + 1]);
    from = m.index + m[0].length - RUN_KEPT - 1;
  }
  out.push([from, text.length]);
  return out;
}

/** A character no pattern reads as a space, a word, a digit or punctuation: the rest of a long blank run. */
const QUIET = '\u0001';

// Rules share cues (eight share the month names'): each distinct cue is looked for once in a piece of text.
const CUES = [...new Set(RULES.flatMap((r) => (r.cue ? [r.cue] : [])))];
const CUE_OF_RULE = RULES.map((r) => (r.cue ? CUES.indexOf(r.cue) : -1));
const cuesIn = (piece: string) => ({ piece, cued: CUES.map((cue) => cue.test(piece)) });

function collect(text: string, cued: boolean): Candidates {
  const c = new Candidates();
  const parts = stretches(text).map(([from, to]) => {
    if (from === 0 && to === text.length) return { from, ...cuesIn(text) };
    // The character past the kept space, on either side, stands for the rest of the run.
    const piece = text.slice(from, to);
    const head = from > 0 ? QUIET : piece[0];
    const tail = to < text.length ? QUIET : piece[piece.length - 1];
    return { from, ...cuesIn(head + piece.slice(1, -1) + tail) };
  });
  RULES.forEach((rule, order) => {
    const cue = CUE_OF_RULE[order];
    for (const { from, piece, cued: seen } of parts) {
      if (cued && cue >= 0 && !seen[cue]) continue;
      rule.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = rule.re.exec(piece))) {
        // An empty match would never move on; matchAll stepped past it, and so does this.
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        if (m[0].trim().length === 0) continue;
        const index = m.index;
        m.index += from;
        if (rule.accept && !rule.accept(m, text)) continue;
        c.push(from + index, from + index + m[0].length, order);
      }
    }
  });
  return c;
}

/** What `taken` holds at a character inside a chosen candidate, past its first. */
const INSIDE = 255;

/**
 * The longest candidates that overlap no longer (or earlier-ranked) one, written in text order over the front of
 * `c`'s lists (read them with c.start(k), c.end(k), c.rule(k) for k below the count returned).
 * They are taken longest first, then by rule, then by start. Candidates are collected rule by rule, each rule's
 * in text order, so reading them in that order once for each length they come in, longest first, gives that order.
 * Sorting them with a comparator (and the chosen ones again by start) copied each list into an array of 8 bytes an
 * entry: a megabyte for "May 5 May 5 …" at 256 KB, held as garbage to the end of the import.
 */
function selectNonOverlapping(c: Candidates, length: number): number {
  let longest = 0;
  for (let k = 0; k < c.n; k++) longest = Math.max(longest, c.end(k) - c.start(k));
  const ofLength = new Uint32Array(longest + 1);
  for (let k = 0; k < c.n; k++) ofLength[c.end(k) - c.start(k)]++;
  // Characters already taken: a candidate is checked over its own span only, so the cost is the total length
  // of the candidates, not their number squared. At a chosen one's first character, its rule's place in RULES
  // plus one; at the rest of it, INSIDE.
  const taken = new Uint8Array(length);
  for (let l = longest; l > 0; l--) {
    if (ofLength[l] === 0) continue;
    for (let k = 0; k < c.n; k++) {
      const start = c.start(k);
      const end = c.end(k);
      if (end - start !== l) continue;
      let free = true;
      for (let i = start; i < end && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken[start] = c.rule(k) + 1;
      taken.fill(INSIDE, start + 1, end);
    }
  }
  // In text order, over the front of the lists (whose entries are no longer read), so that `taken` is dropped
  // here, before the expressions are made.
  let count = 0;
  for (let at = 0; at < length; at++) {
    const mark = taken[at];
    if (mark === 0 || mark === INSIDE) continue;
    let end = at + 1;
    while (end < length && taken[end] === INSIDE) end++;
    c.set(count++, at, end, mark - 1);
  }
  return count;
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * Finds the time expressions in a text and normalises them against the document creation time.
 * Paragraphs are separated by blank lines; a year stated in a paragraph carries to the dates after it.
 */
export function tagTimexes(text: string, opts: TagOptions): Timex[] {
  const state = tagState(text, opts);
  if (!state.dct) setTextYear(state, [text], '', opts.year);
  return tagPiece(text, state, 0, opts.cues !== false);
}

/**
 * Without a publication date, notes the latest year the text writes, for the guesses that need one (text-years.ts).
 * `now` is the year it is now, which the caller reads from its clock (ExtractOptions.year): a text that writes no year
 * is read in a year no later than it. The clock is read here only for a caller that gives none.
 */
export function setTextYear(state: TagState, paragraphs: readonly string[], headline = '', now = new Date().getUTCFullYear()): void {
  const plans = new Set<number>();
  const years = writtenYears(paragraphs, plans);
  const written = years.latest ?? years.ahead;
  // An obituary's year from the age at death is later than any year of the life it tells, and likelier the story's.
  // So is an anniversary's ("ten years ago this week", "the tenth anniversary of") counted from the happening's date,
  // and a stretch's up to now whose first year and length are both written ("a 31-year wait … since 1993"),
  // and a marriage's length reached now counted from the wedding's year.
  // In an obituary the one life whose birth year is written has ended: an age told as now is a survivor's ("survived by
  // a brother, Cyril, 96, and"), not the subject's.
  // A living age is joined to the one birth year written only by being in the same article, and may be anyone's ("a
  // passenger, 83, ..." beside a minister "born in 1939"): a count from a written date to the story's day (an
  // anniversary's, a stretch's, a story's "seventeen years after") names the year by itself, and outweighs it.
  const obituary = written === null ? null : obituaryYear(paragraphs);
  const counted = written === null ? 0 : Math.max(anniversaryYear(headline ? [headline, ...paragraphs] : paragraphs) ?? 0, spanYear(paragraphs, headline) ?? 0, storyCountYear(paragraphs, headline) ?? 0, marriageYear(paragraphs, headline) ?? 0) || ((years.latest === null ? null : leadCountYear(paragraphs, headline, years.latest)) ?? 0);
  // A happening counted "N years later" from a written year and told as past bounds the year of writing from below; one
  // counted "N years ago" and told again with its year names it.
  const clue = written === null ? null : Math.max(obituary ?? 0, (obituary === null && !counted ? ageYear(paragraphs) : null) ?? 0, counted, laterHappeningYear(paragraphs) ?? 0, agoHappeningYear(paragraphs) ?? 0);
  // A text that tells no year still has one, a guess from its numbers or, writing none, its weekdays and the day it is
  // read; every date drawn from it is flagged, and its events stay on the timeline rather than vanish for want of a year.
  const unwritten = written === null ? unwrittenWritingYear(now, paragraphs) : null;
  const told = clue !== null && clue > written! ? clue : (written ?? unwritten!.year);
  // The weekdays written beside yearless days may rule that year out and name a later one.
  let year = weekdayWritingYear(told, paragraphs);
  // A latest year written with its month ("in January 2018") is told from a later year, unless the weekdays ruled or
  // a yearless dateline a few months after that month dates the story (a release's "flooding from July 21 to July 27,
  // 2017" under "Aug. 9").
  const month = year === told && told === written ? monthOfYearTold(written, paragraphs) : null;
  const filed = month ? (yearlessDatelineDay(paragraphs[0] ?? '', told) ?? yearlessDateLine(paragraphs, told)) : null;
  const filedInMonthYear = !!month && !!filed && filed.m >= month && filed.m - month <= 3;
  if (month && !filedInMonthYear) year = weekdayWritingYear(told + 1, paragraphs);
  // So is one written as the year a figure was counted over ("handled 3,100 ships in 2009"): that total is known only
  // once the year is out.
  else if (!month && year === told && told === written && yearTallied(written, paragraphs)) year = weekdayWritingYear(told + 1, paragraphs);
  // A text that calls the year before its own "last year" wrote its latest past year from two years on at least.
  // So did one that names a month of the months before it as "last March" and writes that year with a month no earlier
  // in the year than the month of writing its yearless months suggest: told from the year after, such a month lies
  // within the twelve months before, where a writer who says "last March" says "last July" too. An earlier month lies
  // more than a year back and has its year written anyway; without a month of writing there is nothing to reckon from.
  // A month of writing guessed as December is as likely the first days of January: a story told just after the turn
  // of the year has December's days for its latest past, as one told in December does. From January every month of
  // the year before lies within the twelve months back, so any month written with that year counts; the story is then
  // told in January, its December the year before's.
  // An obituary's year is that of the death, and its news is written within days of it: a death told on its own day
  // ("died on New Year's Day") names the month of writing better than the months the life story tells.
  let writing = (obituary !== null && year === obituary ? deathDay(paragraphs.join('\n\n'))?.m : undefined) ?? writingMonth(paragraphs);
  const turned = !!month && writing === 12 && month < writing;
  const lastMonthTold = !!month && writing !== null && (month >= writing || turned) && tellsLastMonth(paragraphs);
  if (years.latest !== null && told === years.latest && year < told + 2 && !filedInMonthYear && (tellsLastYear(paragraphs) || lastMonthTold)) {
    // Unless a yearless dateline's day fits the weekdays around it in the year so far and not in the later one.
    // Nor when the later year is itself written as still ahead ("forecasts 4 percent for 1995"): a writer in the year
    // of a plan calls it "this year", so the plan's year lies ahead of the writing and the latest year written as past
    // is "last year" after all. That holds for any year the text writes as ahead, not only its latest plan ("due to
    // finish by the end of 2014" beside a plan for 2015).
    const later = weekdayWritingYear(told + 2, paragraphs);
    if (!plans.has(later) && (datelineFits(paragraphs, year) !== true || datelineFits(paragraphs, later) !== false)) {
      if (turned && !tellsLastYear(paragraphs)) writing = 1;
      year = later;
    }
  }
  // Weekdays that fix the December of a year later than any written, when the yearless months told put the writing in
  // December, leave the story as likely told in the first days of the January after: both hold those days as just past,
  // and of the December guesses in the sets more were January stories (a story told within its own month names its
  // days by weekday alone, or "this month"). Not under a yearless dateline, whose own day says which.
  if (writing === 12 && year > told && datelineFits(paragraphs, year) === null && weekdaysFixDecember(year, paragraphs)) {
    year++;
    writing = 1;
  }
  // A run up to now counted in the lead ("For 33 years, she has …") began in a year the text writes: the writing is that
  // year plus the count, the least such sum no earlier than the guess so far. Not beside an exact count already read.
  const run = years.latest === null || counted || obituary !== null ? null : runToNowYear(paragraphs, headline, year);
  if (run !== null && run > year) year = weekdayWritingYear(run, paragraphs);
  state.textYear = year;
  if (unwritten?.unwritten) state.textYearUnwritten = true;
  state.textMonth = writing ?? undefined;
  // A dateline with a day and no year ("HARBORTON, Oct 22 -") still tells the day the report was filed: only its
  // year is unknown. Counting "yesterday" or "on Monday" from that day in the guessed year places them on the right
  // day of a guessed year, which is what the reader can honestly be shown, flagged (see `guessedToday`).
  const day = yearlessDatelineDay(paragraphs[0] ?? '', year) ?? yearlessDateLine(paragraphs, year);
  if (day) {
    const fitted = { ...day, y: datelineYear(day, day.y, paragraphs) };
    state.dct = isValidYmd(fitted) ? fitted : day;
    state.dctGuessed = true;
  }
}

/** Whether a yearless dateline's day, put in `year`, fits the weekdays the text tells near it; null without one. */
function datelineFits(paragraphs: readonly string[], year: number): boolean | null {
  const day = yearlessDatelineDay(paragraphs[0] ?? '', year) ?? yearlessDateLine(paragraphs, year);
  return day ? datelineYear(day, year, paragraphs) === year : null;
}

// A line at the head of the article that is only a day and month, perhaps labelled or with its weekday: "Tuesday 14
// March", "Published: 3 June", "Posted on Oct. 9". Fixed runs of words: nothing here can backtrack.
const DATE_LINE = new RegExp(
  `^(?:(?:published|posted|updated|filed|dated?)(?:\\son)?:?\\s)?(?:${WEEKDAY_RE},?\\s)?(?:(${MONTH_RE})\\s(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH_RE}))\\.?$`,
  'i',
);

/**
 * A paragraph that is nothing but such a date line ("Published: 3 June", "Tuesday 14 March"): the label of the day the
 * article was filed, which tells of no happening of its own.
 */
export function isDateLine(text: string): boolean {
  return text.length <= 60 && DATE_LINE.test(text.trim().replace(/\s+/g, ' '));
}

/** The day of a yearless date line in the article's first lines, in `year`; null when there is none. */
function yearlessDateLine(paragraphs: readonly string[], year: number): Ymd | null {
  for (const text of paragraphs.slice(0, 3)) {
    for (const line of text.split('\n', 3)) {
      const m = DATE_LINE.exec(line.trim().slice(0, 60).replace(/\s+/g, ' '));
      const p = m ? dayInYear(m[1] ?? m[4], +(m[2] ?? m[3]), year) : null;
      if (p) return p;
    }
  }
  return null;
}

/** The day of a dateline written without a year, in `year`; null when the text opens with no such dateline. */
function yearlessDatelineDay(text: string, year: number): Ymd | null {
  const head = /^\s*/.exec(text)![0].length;
  const dl = findDateline(text.slice(head, head + 200));
  if (!dl?.date) return null;
  const m = DATELINE_DAY.exec(dl.date.text);
  if (!m || m[5]) return null;
  return dayInYear(m[1] ?? m[4], +(m[2] ?? m[3]), year);
}

/** A written month name and day in `year`; null when there is no such day. */
function dayInYear(monthName: string, d: number, year: number): Ymd | null {
  const month = monthNumber(monthName);
  const p = { y: year, m: month ?? 0, d };
  // Feb. 29 in a year without one: the day is still the line's, in the next leap year at or after it.
  if (month === 2 && d === 29) while (!isValidYmd(p)) p.y++;
  return month && isValidYmd(p) ? p : null;
}

/** The state to tag a text from its start; `head` is the text's start (its first 200 characters are read). */
export function tagState(head: string, opts: TagOptions): TagState {
  return { dct: datelineDay(head, parseYmd(opts.dct)), lastYear: null, lastDay: null, lastDaySentence: -1, lastYearDate: null, lastMonthDate: null, focus: 'day' };
}

/**
 * The expressions of one piece of a text, `base` its offset in the whole text, with the state left by the
 * pieces before it (updated in place). Offsets in the result are the piece's own. Tagging a text's
 * paragraphs one after another this way gives what tagging the whole text does, save for an expression that
 * would reach across a blank line into the next paragraph.
 */
export function tagPiece(text: string, state: TagState, base: number, cued = true): Timex[] {
  const list = tagPieceList(text, state, base, cued);
  return Array.from({ length: list.length }, (_, i) => list.get(i));
}

/**
 * What `tagPiece` gives, held as numbers (TimexList) rather than an object per expression: a paragraph dense
 * with dates ("May 5 May 5 …", 43,690 of them in 256 KB) held 3.7 MB of objects while its sentences were worked
 * on, where the list takes 6 bytes an expression more than its candidate did, and its objects are made a sentence
 * at a time.
 */
export function tagPieceList(text: string, state: TagState, base: number, cued = true): TimexList {
  const sentences = splitSentences(text);
  const paras = paragraphStarts(text);
  const candidates = collect(text, cued);
  const count = selectNonOverlapping(candidates, text.length);
  // The candidates' lists, the chosen ones at their front, hold the expressions from here on: each list lives
  // through the tagging, and so is counted until the job ends.
  const out = new TimexList(text, count, candidates);
  out.sentences = sentences;
  const passes = postPasses(text, out);
  const cur = tagCursor(text, base, sentences, paras);
  const resolver = cursorResolver(cur, state);
  for (let k = 0; k < count; k++) {
    // Read before the list, which is written over the same lists, writes its entry k (it is at most k - 1 behind).
    const cand: Candidate = { start: candidates.start(k), end: candidates.end(k), rule: RULES[candidates.rule(k)] };
    moveTo(cur, cand.start, cand.end);
    const match = matchAt(cand, text);
    if (!match) continue;
    beginResolving(cur, state);
    const r = cand.rule.resolve(match, resolver);
    if (!r) continue;
    const t = timexOf(cand, match, r, text);
    // With a guessed "today" (a yearless dateline's day in the latest year written), a date whose year the text does
    // not write may owe its year to that guess.
    if (state.dctGuessed && !t.explicitYear && t.type !== 'DURATION') {
      t.yearUncertain = true;
      t.guessedToday = true;
    }
    markCountedYear(t, r, cur, state);
    carryForward(state, t, cur);
    passes.settle(t);
  }
  passes.flush();
  leavePiece(state, cur);
  return datedClockTimes(sharedYears(out, text), sentences, text);
}

// "about three weeks": a hedge opening a length makes it approximate.
const APPROXIMATE_LEAD = new RegExp(`^${hedgeWords('around', 'roughly', 'approximately')}\\s+`, 'i');

/** The expression a rule's resolution makes of its match, its span cut as the TimeML corpora cut it. */
function timexOf(cand: Candidate, match: RegExpExecArray, r: Resolution, text: string): Timex {
  // TimeML leaves the possessive marker outside the expression: "[Wednesday]'s ruling".
  const end = /['’]s$/.test(match[0]) && !r.rule.startsWith('decade') ? cand.end - 2 : cand.end;
  // The TempEval-3 corpora leave an approximating word outside a duration ("about [five hours]") and say
  // it with mod="APPROX" instead; comparatives ("more than a decade") stay inside.
  const approx = r.type === 'DURATION' ? APPROXIMATE_LEAD.exec(match[0]) : null;
  const start = cand.start + (approx ? approx[0].length : 0);
  // Built with only the keys it has, never with delete: an object that loses keys becomes a slow dictionary.
  const t: Timex = { start, end, text: text.slice(start, end), type: r.type, value: r.value, rule: r.rule };
  if (r.mod) t.mod = r.mod;
  if (r.yearUncertain) t.yearUncertain = r.yearUncertain;
  if (r.explicitYear) t.explicitYear = r.explicitYear;
  if (r.exact) t.exact = r.exact;
  return t;
}

/**
 * The post-passes, in text order as each expression is resolved: a modifier, part or anchor word before it widens it
 * (reading no further back than the end of the one before), and a clock time and a day next to each other are one.
 * The last one waits for the next, which it may be merged with, until flush.
 */
function postPasses(text: string, out: TimexList): { settle: (resolved: Timex) => void; flush: () => void } {
  let prevEnd = 0;
  let pending: Timex | null = null;
  const settle = (resolved: Timex) => {
    const x = extendWithModifier(extendWithPart(extendWithAnchor(resolved, text, prevEnd), text, prevEnd), text, prevEnd);
    prevEnd = x.end;
    const merged = pending && mergedTime(pending, x, text);
    if (merged) {
      pending = merged;
      return;
    }
    if (pending) out.push(pending);
    pending = x;
  };
  const flush = () => {
    if (pending) out.push(pending);
  };
  return { settle, flush };
}

const DATELINE_DAY = new RegExp(`^(?:(${MONTH_RE})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_RE}))(?:,?\\s+(\\d{4}))?`);

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
  const m = DATELINE_DAY.exec(dl.date.text);
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

/**
 * A bare clock time takes its day from a day named in the same sentence: the nearest one told before it ("left on 22
 * May and was seen the next morning by a keeper, who logged her at 8 a.m.": the next morning's), else the first after
 * it ("at 10:35 a.m. … Friday"). Not a day told after it in the past perfect ("ended shortly after midnight, closing a
 * session that had opened on Monday morning"): that day is a step back from the time, which stays on the day in focus.
 */
function datedClockTimes(list: TimexList, sentences: Span[], text: string): TimexList {
  const isDay = (i: number) => list.type(i) === 'DATE' && DAY_VALUE.test(list.value(i));
  // The day-precise dates of each sentence, in text order, found in one pass over the list (which is in text order).
  const days = new Map<number, number[]>();
  for (let i = 0; i < list.length; i++) {
    if (!isDay(i)) continue;
    const s = sentenceAt(sentences, list.start(i));
    if (list.end(i) > s.end) continue;
    const inSentence = days.get(s.start);
    if (inSentence) inSentence.push(i);
    else days.set(s.start, [i]);
  }
  for (let i = 0; i < list.length; i++) {
    if (list.rule(i) !== 'clock-time') continue;
    const inSentence = days.get(sentenceAt(sentences, list.start(i)).start);
    if (!inSentence) continue;
    // The last day ending before the time, found by halving: a run-on line may hold thousands of both.
    let lo = 0;
    let hi = inSentence.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list.end(inSentence[mid]) <= list.start(i)) lo = mid + 1;
      else hi = mid;
    }
    const j = lo > 0 ? inSentence[lo - 1] : inSentence[0];
    if (lo === 0 && PAST_PERFECT_ANYWHERE.test(text.slice(list.end(i), list.start(j)))) continue;
    const value = list.value(i);
    list.setValue(i, list.value(j) + value.slice(value.indexOf('T')), 'clock-time+sentence-day');
    // The time is on that day, so its year is as sure as the day's.
    if (list.yearUncertain(j)) list.markYearUncertain(i);
  }
  return list;
}

const TYPES: TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
// The type is in the low two bits of an expression's byte, the flags above it.
const YEAR_UNCERTAIN = 4;
const EXPLICIT_YEAR = 8;
const FROM_STATED = 16;
const GUESSED_TODAY = 128;
// Two bits: 0 not counted from a told date, else 1 + the index in COUNTED_FROM.
const COUNTED_SHIFT = 5;
const COUNTED_FROM: CountedFrom[] = ['own-sentence', 'earlier-sentence', 'earlier-paragraph'];

/**
 * A piece's expressions, in text order, as numbers: where each starts and ends, its type and flags in a byte,
 * and its value and rule as places in tables of the piece's strings (a text dense with dates repeats the same
 * few); the few with a mod or an exact stretch keep them aside. 6 bytes an expression beside the 9 its candidate
 * took, which it reuses. Its text is the piece's
 * own between those offsets, so it is not held. `get` makes the expression's object, a new one each time: a
 * caller holds the objects of the sentence it works on, not the paragraph's.
 */
export class TimexList {
  length = 0;
  /** The sentences of the text tagged, as tagging split it: segment.ts makes its units from them, not a second split. */
  sentences: Span[] = [];
  // Each column in pieces of PIECE entries (the first may be shorter when it is the only one), as Candidates
  // keeps them: an expression's entry is in piece i >>> PIECE_BITS at i & (PIECE - 1).
  private readonly starts: Int32Array[];
  private readonly ends: Int32Array[];
  private readonly kinds: Uint8Array[];
  private readonly values: Int32Array[] = [];
  /** Rules are the tagger's own names and their suffixes, a few hundred at most. */
  private readonly rules: Uint16Array[] = [];
  // Made only when an expression needs them: a list is made per paragraph, and most have neither.
  private mods: Map<number, string> | null = null;
  private exacts: Map<number, NonNullable<Timex['exact']>> | null = null;
  private readonly valueTable = new Table();

  /**
   * `text`: what the offsets are into; the caller may swap it for a string with the same characters there.
   * `room`: the lists of the candidates the expressions were chosen from, written over (their entries are no
   * longer read); there are at least `capacity` of them.
   */
  constructor(
    public text: string,
    capacity: number,
    room: { starts: Int32Array[]; ends: Int32Array[]; rules: Uint8Array[] },
  ) {
    this.starts = room.starts;
    this.ends = room.ends;
    this.kinds = room.rules;
    for (let at = 0; at < capacity; at += PIECE) {
      const size = Math.min(PIECE, capacity - at);
      this.values.push(new Int32Array(size));
      this.rules.push(new Uint16Array(size));
    }
  }

  push(t: Timex): void {
    const i = this.length++;
    const p = i >>> PIECE_BITS;
    const k = i & (PIECE - 1);
    this.starts[p][k] = t.start;
    this.ends[p][k] = t.end;
    this.kinds[p][k] = TYPES.indexOf(t.type) | (t.yearUncertain ? YEAR_UNCERTAIN : 0) | (t.explicitYear ? EXPLICIT_YEAR : 0) | (t.fromStated ? FROM_STATED : 0) | (t.guessedToday ? GUESSED_TODAY : 0) | ((t.countedFrom ? COUNTED_FROM.indexOf(t.countedFrom) + 1 : 0) << COUNTED_SHIFT);
    this.values[p][k] = this.valueTable.place(t.value);
    this.rules[p][k] = RULE_NAMES.place(t.rule);
    if (t.mod !== undefined) (this.mods ??= new Map()).set(i, t.mod);
    if (t.exact) (this.exacts ??= new Map()).set(i, t.exact);
  }

  start(i: number): number {
    return this.starts[i >>> PIECE_BITS][i & (PIECE - 1)];
  }

  end(i: number): number {
    return this.ends[i >>> PIECE_BITS][i & (PIECE - 1)];
  }

  type(i: number): TimexType {
    return TYPES[this.kinds[i >>> PIECE_BITS][i & (PIECE - 1)] & 3];
  }

  value(i: number): string {
    return this.valueTable.strings[this.values[i >>> PIECE_BITS][i & (PIECE - 1)]];
  }

  rule(i: number): string {
    return RULE_NAMES.strings[this.rules[i >>> PIECE_BITS][i & (PIECE - 1)]];
  }

  yearUncertain(i: number): boolean {
    return (this.kinds[i >>> PIECE_BITS][i & (PIECE - 1)] & YEAR_UNCERTAIN) !== 0;
  }

  /** Flags the expression's year as a guess: it was given a day whose year is one. */
  markYearUncertain(i: number): void {
    this.kinds[i >>> PIECE_BITS][i & (PIECE - 1)] |= YEAR_UNCERTAIN;
  }

  setValue(i: number, value: string, rule: string): void {
    this.values[i >>> PIECE_BITS][i & (PIECE - 1)] = this.valueTable.place(value);
    this.rules[i >>> PIECE_BITS][i & (PIECE - 1)] = RULE_NAMES.place(rule);
  }

  /** Whether the expression writes its own year ("March 2020") or was given a written one. */
  statedYear(i: number): boolean {
    return (this.kinds[i >>> PIECE_BITS][i & (PIECE - 1)] & (EXPLICIT_YEAR | FROM_STATED)) !== 0;
  }

  /**
   * Moves the expression into `year`, taken from a date written beside it ("in November and December 2008"): its
   * year is then as sure as that date's, so the guess flag goes, and it counts as stated when that one is.
   */
  takeYear(i: number, year: string, rule: string, stated: boolean, uncertain: boolean): void {
    const move = (v: string) => (/^(?:\d{4}|XXXX)/.test(v) ? year + v.slice(4) : v);
    this.setValue(i, move(this.value(i)), rule);
    const p = i >>> PIECE_BITS;
    const k = i & (PIECE - 1);
    this.kinds[p][k] = (this.kinds[p][k] & ~YEAR_UNCERTAIN) | (stated ? FROM_STATED : 0) | (uncertain ? YEAR_UNCERTAIN : 0);
    const exact = this.exacts?.get(i);
    if (exact) this.exacts!.set(i, exact.end ? { start: move(exact.start), end: move(exact.end) } : { start: move(exact.start) });
  }

  /** The expression's object, with the keys it has, in the order the tagger gives them. */
  get(i: number): Timex {
    const start = this.start(i);
    const end = this.end(i);
    const kind = this.kinds[i >>> PIECE_BITS][i & (PIECE - 1)];
    const t: Timex = { start, end, text: this.text.slice(start, end), type: TYPES[kind & 3], value: this.value(i), rule: this.rule(i) };
    const mod = this.mods?.get(i);
    if (mod !== undefined) t.mod = mod;
    if (kind & YEAR_UNCERTAIN) t.yearUncertain = true;
    if (kind & EXPLICIT_YEAR) t.explicitYear = true;
    if (kind & FROM_STATED) t.fromStated = true;
    if (kind & GUESSED_TODAY) t.guessedToday = true;
    const counted = (kind >>> COUNTED_SHIFT) & 3;
    if (counted) t.countedFrom = COUNTED_FROM[counted - 1];
    const exact = this.exacts?.get(i);
    if (exact) t.exact = exact;
    return t;
  }
}

/** Each string once, by its place. */
class Table {
  readonly strings: string[] = [];
  private readonly places = new Map<string, number>();

  place(x: string): number {
    let k = this.places.get(x);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(x);
      this.places.set(x, k);
    }
    return k;
  }
}

/** The rules' names (with the suffixes the post-passes add), for every list: a bounded set, a few hundred at most. */
const RULE_NAMES = new Table();
