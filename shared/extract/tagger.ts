import { addDays, fmtDay, fmtWeek, isValidYmd, parseYmd, toDayNumber, type Ymd } from '../time-value';
import { agoRule, anaphoricDayRule, relativeUnitRule } from './rules/relative';
import { centuryRule, centuryWordsRule, decadeRule, fiscalYearRule, yearRangeEndRule, yearRangeTailRule, yearRule } from './rules/years';
import { clockTimeRule } from './rules/clock';
import {
  anaphoricMonthRule,
  dayMonthYearRule,
  dayRangeMonthStartRule,
  isoDateRule,
  monthDayRangeStartRule,
  monthDayYearRule,
  monthRelativeYearRule,
  monthRule,
  monthYearRule,
  numericDateRule,
  relativeMonthRule,
  secondDayRule,
} from './rules/dates';
import { dayWordRule, lastNightRule, theWeekendRule, weekdayLowerRule, weekdayRule } from './rules/days';
import { durationAdjectiveRule, durationRule } from './rules/durations';
import { holidayRule, quarterRule, seasonRule, seasonYearRule } from './rules/seasons';
import { setRule, weekdayPluralRule } from './rules/sets';
import { vagueRule } from './rules/vague';
import type { Resolver, Rule } from './rules/rule';
import { MONTH_RE, monthNumber } from './lexicon';
import { findDateline } from './dateline';
import { splitSentences, type Span } from './sentences';
import { tenseAt } from './tense';
import type { TagOptions, Timex } from './types';

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
  order: number;
}

// The rules, by family in rules/. Longer matches beat shorter ones; among equal lengths the earlier rule wins,
// so this order is part of what they do.
const RULES: Rule[] = [
  isoDateRule,
  numericDateRule,
  monthDayRangeStartRule,
  monthDayYearRule,
  dayRangeMonthStartRule,
  dayMonthYearRule,
  monthYearRule,
  monthRelativeYearRule,
  secondDayRule,
  theWeekendRule,
  relativeMonthRule,
  anaphoricMonthRule,
  monthRule,
  fiscalYearRule,
  yearRangeEndRule,
  weekdayPluralRule,
  yearRangeTailRule,
  yearRule,
  decadeRule,
  centuryRule,
  centuryWordsRule,
  seasonYearRule,
  seasonRule,
  quarterRule,
  holidayRule,
  dayWordRule,
  lastNightRule,
  weekdayRule,
  weekdayLowerRule,
  anaphoricDayRule,
  relativeUnitRule,
  agoRule,
  durationRule,
  durationAdjectiveRule,
  setRule,
  clockTimeRule,
  vagueRule,
];

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
