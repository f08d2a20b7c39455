// Counts against a clause's date: "a week before Christmas" moves the clause's own event; "40 years after her
// mother founded the mill" dates the happening the count names.

import type { EventDate } from '../document';
import { addDays, addMonths, DAY_VALUE, daysInMonth, fmtDay, fmtMonth, fmtYear, parseTimeValue, parseYmd, type Ymd } from '../time-value';
import { type Anchored, type Clause, usable } from './anchor';
import { dateSpans } from './clause-words';
import type { Draft } from './draft';
import { hedgeWords, isPastForm, TELLING_THAT } from './lexicon';
import { rangeEnd } from './main-date';
import { dateFromTimex } from './resolve';
import type { Unit } from './segment';
import { titled, withoutSpans } from './title';
import { happeningOf } from './tense';
import type { Timex } from './types';

const COUNT_DURATION = /^P(\d+)([YMWD])$/;
const HEDGE_BEFORE = new RegExp(String.raw`\b${hedgeWords('around', 'roughly', String.raw`close\s+to`, String.raw`just\s+under`, String.raw`just\s+over`)}\s+$`, 'i');
// A count right before "before" or "after" and the date: "a week before Christmas", "two days after Oct. 1".
const COUNT_LEAD = /^\s+(before|after)\s+(?:the\s+)?$/i;
const UNTIL_LEAD = /\b(?:until|till)\s+$/i;

/**
 * "came home a week before Christmas": the date the count leads to from the clause's date, at the count's precision
 * (days and weeks need a day, months a month or a day, years any). Null when there is no such count, or when the
 * count is vague ("days before Christmas" carries no number and stays a bound).
 */
export function countedShift(u: Unit, c: Clause, main: Timex, date: EventDate): { date: Partial<EventDate>; cut: { start: number; end: number } } | null {
  const text = u.paraText;
  const t = u.timexes.find((x) => x.type === 'DURATION' && x.start >= c.start && x.end <= main.start && COUNT_LEAD.test(text.slice(x.end, main.start)));
  const n = t && COUNT_DURATION.exec(t.value);
  if (!t || !n) return null;
  const rel = COUNT_LEAD.exec(text.slice(t.end, main.start))![1].toLowerCase();
  const value = shiftedBy(date.start, +n[1] * (rel === 'before' ? -1 : 1), n[2]);
  if (!value) return null;
  const date2 = { start: value, rule: `${date.rule}/counted-${rel}`, note: `“${t.text} ${rel} ${main.text}”: counted from ${main.text}.${date.note ? ` ${date.note}` : ''}` };
  return { date: date2, cut: { start: t.start, end: main.start } };
}

/** A date value moved by k units (Y, M, W, D), at its own precision; null when the unit is finer than the date. */
export function shiftedBy(start: string, k: number, unit: string): string | null {
  const base = parseTimeValue(start);
  if (typeof base === 'string') return null;
  if (unit === 'Y') return base.day && base.month ? fmtDay({ y: base.year + k, m: base.month, d: Math.min(base.day, daysInMonth(base.year + k, base.month)) }) : base.month ? fmtMonth(base.year + k, base.month) : fmtYear(base.year + k);
  if (unit === 'M' && base.month) {
    const r = addMonths(base.year, base.month, k);
    return base.day ? fmtDay({ ...r, d: Math.min(base.day, daysInMonth(r.y, r.m)) }) : fmtMonth(r.y, r.m);
  }
  if ((unit === 'D' || unit === 'W') && base.month && base.day) return fmtDay(addDays({ y: base.year, m: base.month, d: base.day }, k * (unit === 'W' ? 7 : 1)));
  return null;
}

/** "… after lift-off on Monday": the subordinate happening, on the clause's date, as an event of its own. */
export function subordinateOnDate(u: Unit, a: Anchored, main: Timex, published: Ymd | null): Draft | null {
  const sub = a.sub!;
  const subDate = dateFromTimex(main, published);
  const subText = u.paraText.slice(sub.start, sub.end).replace(/^(?:after|following|before|prior\s+to|ahead\s+of)\s+/i, '');
  const skip = sub.end - sub.start - subText.length;
  const from = sub.start + skip;
  const t = titled(withoutSpans(u.paraText, from, sub.end, dateSpans(a).filter((x) => x.start >= from && x.end <= sub.end)));
  if (!subDate || !t.title) return null;
  subDate.rule = `${subDate.rule}/subordinate`;
  return { paragraphId: u.paragraphId, start: sub.start, end: sub.end, ...t, date: subDate, order: 0 };
}

// The words that take up a clause again after an aside closes: a subordinate or relative clause, or a phrase of it.
const RESUMES_CLAUSE = /^\s*(?:when|while|where|with|which|who|whose|and|but|as|because|though|although|in|on|at|during|leaving|making)\s/i;

// A count of minutes or of a few hours: a happening that soon after (or before) another is on the same day.
const SAME_DAY_COUNT = /^PT(\d+)([HM])$/;

/**
 * "broke apart four minutes after lift-off on Monday", "reopened two days after the fire on Oct. 1": the clause's
 * own event counted from the subordinate happening's date, at a day's precision. A few minutes or hours are the
 * same day. Null when no count leads into the subordinate phrase, or the date is not a single day.
 */
export function countedShiftFromSub(u: Unit, sub: { start: number; end: number }, date: EventDate): { date: Partial<EventDate>; cut: { start: number; end: number } } | null {
  const text = u.paraText;
  const word = /^(after|before)\s/i.exec(text.slice(sub.start, sub.start + 7));
  const t = word ? u.timexes.find((x) => x.type === 'DURATION' && x.end <= sub.start && /^\s+$/.test(text.slice(x.end, sub.start))) : undefined;
  const base = parseYmd(date.start);
  if (!t || !base || !DAY_VALUE.test(date.start)) return null;
  const k = word![1].toLowerCase() === 'before' ? -1 : 1;
  const small = SAME_DAY_COUNT.exec(t.value);
  const n = COUNT_DURATION.exec(t.value);
  let day: Ymd;
  if (small && (small[2] === 'M' ? +small[1] <= 180 : +small[1] <= 6)) day = base;
  else if (n && (n[2] === 'D' || n[2] === 'W')) day = addDays(base, k * +n[1] * (n[2] === 'W' ? 7 : 1));
  else return null;
  const what = text.slice(t.start, sub.end).replace(/[\s,.;]+$/, '');
  return { date: { start: fmtDay(day), rule: `${date.rule}/counted-${word![1].toLowerCase()}`, note: `“${what}”: counted from the day of what it follows.${date.note ? ` ${date.note}` : ''}` }, cut: { start: t.start, end: t.end } };
}

/**
 * The happening a count of years (months, weeks, days) places against the clause's date: "1990, 40 years
 * after her mother founded the mill" is 1950. Its evidence runs from the count to the end of the phrase; the
 * result keeps the precision of the count (years give a year).
 */
export function countedFrom(u: Unit, c: { start: number; end: number }, main: Timex, date: EventDate, published: Ymd | null): Counted | null {
  const base = parseTimeValue(date.start);
  if (typeof base === 'string') return null;
  // "in the summer of 2001, two years after …": a stretch inside one year still gives the year a count of years
  // runs from; a count of months or days needs a single month or day.
  const within = !date.end || date.end.slice(0, 4) === date.start.slice(0, 4);
  // "refused her a degree until 1904, four years after she had passed": a count set off right after the date a
  // stretch runs until counts from that date, as from any other; only a count elsewhere in the clause does not.
  const until = untilEnd(u.paraText, main);
  if (!within) return null;
  for (const one of u.timexes) {
    if (one.type !== 'DURATION' || one.start < c.start) continue;
    const t = joinedCount(u, one) ?? one;
    // Right after the clause's date, the count may have been set off as an aside of its own ("Smith, 58, resigned
    // on July 14, 2016, two days after police searched his office"): it still counts from that date. So it does when
    // the clause goes on between them (a short way) and a comma sets the count off ("agreed on Monday to sell the
    // plant, a year after …"), with no other date between.
    // "reopened on Monday, nearly three years after a fire closed it": a hedge on a count of years leaves its year.
    const hedged = HEDGE_BEFORE.exec(u.paraText.slice(Math.max(main.end, t.start - 16), t.start));
    const countStart = hedged && /^P\d+Y$/.test(t.value) ? t.start - hedged[0].length : t.start;
    const between = t.start >= main.end && t.start - main.end <= 200 ? u.paraText.slice(main.end, countStart) : null;
    const rightAfter = between !== null && (/^,?\s*$/.test(between) || (/,\s*$/.test(between) && !/[;:]/.test(between) && !u.timexes.some((x) => x !== main && usable(x) && x.start >= main.end && x.end <= t.start)));
    if (t.type !== 'DURATION' || t.start < c.start || (t.end > c.end && !(rightAfter && t.start <= c.end + 2)) || (until && !(rightAfter && /,\s*$/.test(between!)))) continue;
    const n = COUNT_DURATION.exec(t.value);
    const rel = /^\s+(after|before)\s+/i.exec(u.paraText.slice(t.end, t.end + 10));
    if (!n || !rel) continue;
    if (date.end && n[2] !== 'Y') continue;
    let phraseEnd: number;
    if (rightAfter && t.end > c.end) {
      const stop = /[,;]/.exec(u.paraText.slice(t.end, u.end));
      phraseEnd = stop ? t.end + stop.index : u.end;
      while (phraseEnd > t.end && /[\s.!?]/.test(u.paraText[phraseEnd - 1])) phraseEnd--;
    } else if (rightAfter) {
      // "came in March 1958, two years after he arrived, when the pump failed": a count set off by commas closes at
      // the next one, when a word that opens a clause or phrase of the sentence's own follows it ("40 years after her
      // mother, the first owner, died" goes on past an apposition); what follows goes on with the clause, on its date.
      const close = /,\s*$/.test(between!) ? /[,;]/.exec(u.paraText.slice(t.end, c.end)) : null;
      const resumes = close && RESUMES_CLAUSE.test(u.paraText.slice(t.end + close.index + 1, c.end));
      phraseEnd = close && resumes ? t.end + close.index : c.end;
    }
    else if (t.end <= main.start && t.start === c.start) {
      const comma = u.paraText.indexOf(',', t.end);
      if (comma < 0 || comma > main.start) continue;
      phraseEnd = comma;
    } else continue;
    const countDraft = (d: Timex, r: RegExpExecArray, dn: RegExpExecArray, end: number): Draft | null => {
      const k = +dn[1] * (r[1].toLowerCase() === 'after' ? -1 : 1);
      // "In March 1934, three weeks after my eighteenth birthday": a birthday counted from a month tells an age, not a
      // happening, and a range of days for it would take the clause's evidence from its own month.
      const range = /\bbirthday\b/i.test(u.paraText.slice(d.end, end)) ? null : shiftedMonth(base, k, dn[2]);
      const value = range ? range.start : shiftedValue(base, k, dn[2]);
      if (!value) return null;
      const { title, drafted } = titled(u.paraText.slice(d.end + r[0].length, end));
      if (!title) return null;
      return {
        paragraphId: u.paragraphId,
        start: d.start,
        end,
        title,
        drafted,
        date: {
          start: value,
          ...(range ? { end: range.end } : {}),
          basis: date.basis,
          rule: `count-from-clause/${r[1].toLowerCase()}`,
          note: `“${d.text} ${r[1].toLowerCase()}” is counted from the clause's own date, “${main.text}”${countBaseOrigin(date, published)}.`,
          ...(date.yearUncertain ? { yearUncertain: true } : {}),
        },
        order: 0,
      };
    };
    // "ninety years after the mill opened and sixty years after it burned": a second count joined to the first,
    // from the same date, is an event of its own.
    const second = secondCount(u, t, phraseEnd);
    // "three days after an audit found that he had claimed for trips in 2010": what was found has a date of its own;
    // the count dates the finding, up to its "that".
    const told = second ? null : toldWithOwnDate(u, t.end + rel[0].length, phraseEnd, published);
    const draft = countDraft(t, rel, n, second ? second.andAt : told ? told.verbEnd : phraseEnd);
    if (!draft) continue;
    draft.start = countStart;
    const also = second ? countDraft(second.t, second.rel, second.n, phraseEnd) : null;
    let cutEnd = phraseEnd;
    while (cutEnd < c.end && /[\s,]/.test(u.paraText[cutEnd])) cutEnd++;
    return { draft, ...(also ? { also } : {}), ...(told ? { told: told.draft } : {}), cut: { start: countStart, end: t.end <= main.start ? cutEnd : phraseEnd } };
  }
  return until ? null : unitNamedAfter(u, main, base, date, published);
}

/** A count's happening; a second count joined to it (`also`); what it told with a date of its own (`told`). */
export type Counted = { draft: Draft; also?: Draft; told?: Draft; cut: { start: number; end: number } };

type Base = Exclude<ReturnType<typeof parseTimeValue>, string>;

// A past verb of finding right before its "that": "found that", "concluded that".
const VERB_THAT = /\b([a-z]+)\s+that\s+(?=[a-z])/gi;

/**
 * The first "that" in `words` after a telling as the other stages read one (lexicon's TELLING_THAT: "told governors
 * that", "said on Monday that") or after a past verb right before it ("found that"): where the verb and any words
 * after it end, and where what was told starts. Null when there is none.
 */
function firstToldThat(words: string): { verbEnd: number; toldAt: number } | null {
  const telling = TELLING_THAT.exec(words);
  for (const m of words.matchAll(VERB_THAT)) {
    if (telling && m.index! >= telling.index) break;
    if (isPastForm(m[1].toLowerCase())) return { verbEnd: m.index! + m[1].length, toldAt: m.index! + m[0].length };
  }
  if (!telling) return null;
  const toldAt = telling.index + telling[0].length;
  return { verbEnd: toldAt - /\s+that\s+$/i.exec(telling[0])![0].length, toldAt };
}

/**
 * In the words from `from` to `end`, a past happening told or found after "that" with a date of its own ("an audit found
 * that he had claimed for trips between 2009 and 2011"): that clause as an event on its own date, and where the verb
 * before "that" ends. Null when there is none.
 */
function toldWithOwnDate(u: Unit, from: number, end: number, published: Ymd | null): { draft: Draft; verbEnd: number } | null {
  const found = firstToldThat(u.paraText.slice(from, end));
  if (!found) return null;
  const toldAt = from + found.toldAt;
  const own = u.timexes.filter((x) => x.start >= toldAt && x.end <= end && x.type === 'DATE' && usable(x));
  const date = own.length ? dateFromTimex(own[0], published, rangeEnd(u.paraText, own, own[0])) : null;
  // A plan or a fear told ("warned that it could close by the summer") keeps to the telling, as before.
  if (!date || happeningOf(u.paraText.slice(toldAt, end)) !== 'past') return null;
  const { title, drafted } = titled(withoutSpans(u.paraText, toldAt, end, own));
  if (!title) return null;
  return { draft: { paragraphId: u.paragraphId, start: toldAt, end, title, drafted, date, order: 0 }, verbEnd: from + found.verbEnd };
}

// "three years and five months after …": a count told in two units, the larger first, is one count in the smaller.
const PER_UNIT: Record<string, Record<string, number>> = { Y: { M: 12 }, W: { D: 7 } };

/** The count `t` and the smaller unit's count "and" joins to it, as one count ("P3Y" and "P5M": "P41M"); or null. */
function joinedCount(u: Unit, t: Timex): Timex | null {
  const a = COUNT_DURATION.exec(t.value);
  const b = a && PER_UNIT[a[2]] ? u.timexes.find((d) => d.type === 'DURATION' && d.start > t.end && /^\s+and\s+$/.test(u.paraText.slice(t.end, d.start))) : undefined;
  const m = b && COUNT_DURATION.exec(b.value);
  const per = m && PER_UNIT[a![2]][m[2]];
  if (!b || !m || !per || t.mod || b.mod) return null;
  return { ...b, start: t.start, text: u.paraText.slice(t.start, b.end), value: `P${+a![1] * per + +m[1]}${m[2]}` };
}

/** A count joined by "and" to the count `t` ("… and eighty years after …"), before `end`; where its "and" starts. */
function secondCount(u: Unit, t: Timex, end: number): { t: Timex; rel: RegExpExecArray; n: RegExpExecArray; andAt: number } | null {
  for (const d of u.timexes) {
    if (d.type !== 'DURATION' || d.start <= t.end || d.end >= end) continue;
    const and = /\s+and\s+$/.exec(u.paraText.slice(t.end, d.start));
    const n = COUNT_DURATION.exec(d.value);
    const rel = /^\s+(after|before)\s+/i.exec(u.paraText.slice(d.end, d.end + 10));
    if (!and || !n || !rel) continue;
    return { t: d, rel, n, andAt: t.end + and.index };
  }
  return null;
}

/** The date `count` units (Y, M, W or D) from `base`, at the unit's precision; null when `base` is too coarse for it. */
function shiftedValue(base: Base, count: number, unit: string): string | null {
  const y = base.year;
  if (unit === 'Y') return fmtYear(y + count);
  if (unit === 'M' && base.month) {
    const r = addMonths(y, base.month, count);
    return fmtMonth(r.y, r.m);
  }
  if ((unit === 'D' || unit === 'W') && base.month && base.day) return fmtDay(addDays({ y, m: base.month, d: base.day }, count * (unit === 'W' ? 7 : 1)));
  return null;
}

/**
 * Days or weeks counted from a date given only to its month: the days the count can land on, from the month's first
 * day counted to its last ("in May, two weeks after the board had warned": 17 April to 17 May). Null for other dates.
 */
export function shiftedMonth(base: Base, count: number, unit: string): { start: string; end: string } | null {
  if ((unit !== 'D' && unit !== 'W') || !base.month || base.day) return null;
  const k = count * (unit === 'W' ? 7 : 1);
  const first = { y: base.year, m: base.month, d: 1 };
  return { start: fmtDay(addDays(first, k)), end: fmtDay(addDays({ ...first, d: daysInMonth(base.year, base.month) }, k)) };
}

// "in 1963, the year after a committee called it a monument", "in May 1990, the month before the fire": the date set
// off and named again as one unit after (or before) another happening, which is that unit earlier (or later). "The day
// after" is read as an ordering clause (later-predicates.ts); "the week before" names no day.
const UNIT_NAMED_AFTER = /^,\s+the\s+(year|month)\s+(after|before)\s+/i;
const UNIT_CODE: Record<string, string> = { year: 'Y', month: 'M' };

function unitNamedAfter(u: Unit, main: Timex, base: Base, date: EventDate, published: Ymd | null): { draft: Draft; cut: { start: number; end: number } } | null {
  const m = UNIT_NAMED_AFTER.exec(u.paraText.slice(main.end, main.end + 24));
  if (!m) return null;
  const value = shiftedValue(base, m[2].toLowerCase() === 'after' ? -1 : 1, UNIT_CODE[m[1].toLowerCase()]);
  if (!value) return null;
  const from = main.end + m[0].length;
  const stop = /[,;]/.exec(u.paraText.slice(from, u.end));
  let end = stop ? from + stop.index : u.end;
  while (end > from && /[\s.!?"”]/.test(u.paraText[end - 1])) end--;
  const { title, drafted } = titled(u.paraText.slice(from, end));
  if (!title) return null;
  const rel = m[2].toLowerCase();
  const start = main.end + m[0].indexOf('the');
  const note = `“the ${m[1].toLowerCase()} ${rel}” is counted from the clause's own date, “${main.text}”${countBaseOrigin(date, published)}.`;
  const draft: Draft = { paragraphId: u.paragraphId, start, end, title, drafted, date: { start: value, basis: date.basis, rule: `count-from-clause/${rel}`, note, ...(date.yearUncertain ? { yearUncertain: true } : {}) }, order: 0 };
  return { draft, cut: { start, end } };
}

/** A date a stretch runs until: where the stretch ends, not a point a count leads from. */
function untilEnd(text: string, main: Timex): boolean {
  return UNTIL_LEAD.test(text.slice(Math.max(0, main.start - 8), main.start));
}

/** A clause countedFromUndated flags: the paragraph's pass reads its count once the happenings before it are dated. */
export const COUNTED_UNDATED = '/counted-undated';

/**
 * "Four years after his dismissal he was appointed professor, a post he held until 1963": a count opening the clause
 * places its event against a happening the clause does not date, and the clause's only date ends a stretch told
 * beside it. The clause's year is not that date's; whether it is so.
 */
export function countedFromUndated(u: Unit, c: { start: number }, main: Timex): boolean {
  if (!untilEnd(u.paraText, main)) return false;
  const t = u.timexes.find((x) => x.type === 'DURATION' && x.start >= c.start && x.end <= main.start);
  return !!t && COUNT_DURATION.test(t.value) && /^[\s"“]*$/.test(u.paraText.slice(c.start, t.start)) && /^\s+(?:after|before)\s/i.test(u.paraText.slice(t.end, t.end + 10));
}

/** What a count's note says of the date it is counted from: that its year is inferred, or placed by publication. */
function countBaseOrigin(date: EventDate, published: Ymd | null): string {
  if (date.yearUncertain) return ', whose own year is inferred, so this year may be wrong too';
  return published && date.basis === 'publication' ? ', itself placed by the publication date' : '';
}
