import type { DateMod, EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, isoWeekday, parseYmd, type Ymd } from '../time-value';
import { seasonMonths } from './lexicon';
import { holiday } from './rules/seasons';
import type { Timex } from './types';
import { OTHER_YEAR, routeTrace, tracedNote } from './year-route';

// Stage 4: resolve a time expression into the document's date: a start, perhaps an end and a modifier, where
// it came from (stated in the text, or counted from the publication date), and a note for the reader when
// it rests on a guess.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const fmtHuman = (p: Ymd) => `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function mondayOfWeek(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  const wd = new Date(Date.UTC(y, 0, 4)).getUTCDay() || 7;
  return addDays(jan4, -(wd - 1) + (w - 1) * 7);
}

/** A TIMEX3 value as the document's start/end values, or null when it names no stretch of the calendar. */
export function valueToRange(value: string): { start: string; end?: string } | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(value))) return { start: m[1] };
  if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const mon = mondayOfWeek(+m[1], +m[2]);
    return m[3] ? { start: fmtDay(addDays(mon, 5)), end: fmtDay(addDays(mon, 6)) } : { start: fmtDay(mon), end: fmtDay(addDays(mon, 6)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const [first, , last] = seasonMonths(m[2]);
    return { start: `${y}-${pad(first)}`, end: `${last < first ? y + 1 : y}-${pad(last)}` };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { start: `${m[1]}-${pad(+m[2] * 3 - 2)}`, end: `${m[1]}-${pad(+m[2] * 3)}` };
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { start: `${m[1]}-${m[2] === '1' ? '01' : '07'}`, end: `${m[1]}-${m[2] === '1' ? '06' : '12'}` };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { start: value };
  // A day of a known month or year, which day unknown ("that same day" after "last October").
  if ((m = /^(\d{4}-\d{2})-XX$/.exec(value))) return { start: m[1] };
  if ((m = /^(\d{4})-XX-XX$/.exec(value))) return { start: m[1] };
  if (/^\d{4}$/.test(value) || /^\d{3}$/.test(value)) return { start: value };
  if ((m = /^(\d{3})X$/.exec(value))) return { start: m[1] };
  // A fiscal year straddles calendar years in ways that differ by country and company: keep the year named.
  if ((m = /^FY(\d{4})$/.exec(value))) return { start: m[1] };
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return { start: `${m[1]}00`, end: `${m[1]}99` };
  return null;
}

const MODS: Record<string, DateMod> = { START: 'start', MID: 'mid', END: 'end', APPROX: 'approx', BEFORE: 'before', AFTER: 'after' };

const STATED_RULES = /^(?:iso-date|numeric-date|explicit-date|month-year|year|decade|century|season-year|holiday\/explicit|anaphoric\/after-clause-year$)/;

/**
 * The expression writes its own year (or needs none), or is counted from a date the text states ("two years
 * later" after "in 1952"), so the date is the text's, not a count from publication.
 */
export function isStated(t: Timex): boolean {
  return !!t.explicitYear || !!t.fromStated || STATED_RULES.test(t.rule);
}

// Rules that count from the date the story was last telling of ("the following spring", "two years later").
const COUNTED_RULE = /^(?:anaphoric|ago\/(?:later|earlier|before|after)(?![\w-])|season\/(?:following|that)(?![\w-])|holiday\/(?:following|previous)(?![\w-])|month\/anaphoric|month-day\/anaphoric-that|year-point\/year-earlier|month-day\/day-of-focus)/;

/**
 * Where a date comes from: the text, when it writes the date or it is counted from a date the text states, or
 * when there is no publication date and it is read from the day of a dateline that writes no year (`guessedToday`:
 * the day is the text's, the year a guess, flagged and noted); else the publication date.
 */
function basisOf(t: Timex): 'stated' | 'publication' {
  return isStated(t) || t.guessedToday ? 'stated' : 'publication';
}

/** Whether a date's rule counts it from the date the story was last telling of, not from publication. */
export function countedFromStory(rule: string | undefined): boolean {
  return COUNTED_RULE.test(rule ?? '');
}

function noteFor(t: Timex, published: Ymd | null): string | undefined {
  // Without a publication date, counted from the day of a dateline that writes no year, in a guessed year.
  if (t.yearUncertain && t.guessedToday) {
    return `The article gives no publication date; “${t.text}” is read from the day of its dateline, which writes no year: the year is the latest the article writes (or the first after it where the weekdays it writes fit), a guess.`;
  }
  // Counted from a date whose year is itself a guess, or is one of several the text gave just before, or lies past a
  // stretch of unsaid length: the year may be wrong, and the reader is told why.
  if (t.yearUncertain && t.countedFrom === 'earlier-paragraph') {
    return `“${t.text}” is counted from a date the article told in an earlier paragraph; the words do not tie it to that date, so its year is inferred and may be wrong.`;
  }
  if (t.yearUncertain && (t.fromStated || COUNTED_RULE.test(t.rule))) {
    return `“${t.text}” is counted from the date the article was last telling of; which date that is, or its year, the text leaves in doubt, so the year may be wrong.`;
  }
  // "in November and December 2008": the year written once, after the last of the dates it belongs to.
  if (!t.yearUncertain && /\/year-shared$/.test(t.rule)) return `The article writes the year once, after the last of the dates joined to “${t.text}”; it belongs to this one too.`;
  // Counted from a date the article gives: the reader is told so, since the words alone ("that year") name none.
  if (t.fromStated && t.rule === 'age') return `“${t.text}” is counted from the year of birth the article gives shortly before.`;
  if (t.fromStated) return `“${t.text}” is counted from the date the article was last telling of, a date it states.`;
  if (t.rule === 'anaphoric/after-clause-year') return `“${t.text}” is counted from the year the after-clause right behind it writes.`;
  if (isStated(t)) return undefined;
  // The year of a date written without one, taken from a year written in another clause or sentence: say so, with or
  // without a publication date (the guess is the text's year, not publication's).
  if (t.yearUncertain && /\/weekday-fits-later\b/.test(t.rule)) {
    return `The article gives “${t.text}” with no year and no publication date; the year is the first, from the one the article writes before it or the latest it writes, in which that day falls on that weekday, a guess.`;
  }
  // Without a publication date, a year counted from the day of writing ("last year", "five years ago").
  if (t.yearUncertain && /\/from-writing-year\/no-dct$/.test(t.rule)) {
    return `The article gives “${t.text}” and no publication date to count it from; it is counted from a guess at the year of writing (the latest year the article writes, or one its clues give), so the year may be wrong.`;
  }
  if (t.yearUncertain && /\/future\/writing-year\/no-dct$/.test(t.rule)) {
    return `The article tells of “${t.text}” as still to come and gives no publication date; it is put in a guess at the year of writing (the latest year the article writes, or one its clues give), or the year after for a day early in the year, which has more likely gone by then.`;
  }
  if (t.yearUncertain && /\/unknown\/writing-year\/no-dct$/.test(t.rule)) {
    return `The article gives “${t.text}” with no tense that tells whether it is past or still to come, and no publication date; it is put in a guess at the year of writing (the latest year the article writes, or one its clues give), so the year may be wrong.`;
  }
  if (t.yearUncertain && /\/writing-year\/no-dct$/.test(t.rule)) {
    return `The article tells of “${t.text}” as past and gives no publication date; it is put in a guess at the year of writing (the latest year the article writes, or one its clues give), or the year before for a day late in the year, which had more likely not yet come round.`;
  }
  // Without a publication date and before any year written: the latest year the whole article writes (text-years.ts).
  if (t.yearUncertain && /\/latest-year-in-text\b/.test(t.rule)) {
    const week = /^weekday/.test(t.rule) ? ', so the week is not known' : '';
    return `The article gives “${t.text}” and no publication date to count it from${week}; the year is the latest one the article writes, a guess, or the first after it in which the weekdays written beside days fit.`;
  }
  if (t.yearUncertain && /\/year-in-text\/no-dct$/.test(t.rule)) {
    const unknown = /^weekday/.test(t.rule) ? 'the week' : 'the day';
    return `The article gives “${t.text}” and no publication date to count it from, so ${unknown} is not known; the year is the last one the article writes before it, a guess.`;
  }
  if (t.yearUncertain && OTHER_YEAR.test(t.rule)) {
    return `The article gives “${t.text}” without a year; its year is taken from one the article writes outside its clause, which the text does not tie to this date, so it may be wrong.`;
  }
  if (!published) return undefined;
  const pub = fmtHuman(published);
  if (t.yearUncertain && /\/after-old-day\b/.test(t.rule)) {
    return `The article gives “${t.text}” without a year; it is placed by the tense of the verb and the publication date (${pub}), but it may go on from the day the article told of a few months before, in another year, so the year may be wrong.`;
  }
  if (/^weekday\/after-weekday-date\b/.test(t.rule)) return `“${t.text}” is counted on from the weekday the sentence wrote with its date.`;
  if (/^weekday\/of-day-span\b/.test(t.rule)) return `“${t.text}” is read as a day of the stretch of days the article wrote last, or one just beside it.`;
  if (t.yearUncertain && /\/after-anniversary-day\b/.test(t.rule)) {
    return `The article gives “${t.text}” without a year, days after an old date it looks back to on its anniversary; it is placed in that year, a guess: it may as well be a day just before publication (${pub}).`;
  }
  if (t.yearUncertain && /\/after-old-year\b/.test(t.rule)) {
    return `The article gives “${t.text}” without a year; it is placed by the tense of the verb and the publication date (${pub}), but the article was telling of an earlier year just before, and it may belong to that one, so the year may be wrong.`;
  }
  if (t.yearUncertain && /^season\/named-by-clause\b/.test(t.rule)) {
    return `The article names “${t.text}” by what happened in it and gives no year; the one the tense of the verb and the publication date (${pub}) give is a guess.`;
  }
  if (t.yearUncertain && /other-clause-year$/.test(t.rule)) {
    return `The article gives “${t.text}” without a year. The year stated earlier in the sentence belongs to another clause; this one is placed by the tense of its verb and the publication date (${pub}), a guess.`;
  }
  if (t.yearUncertain) {
    const past = /past-tense/.test(t.rule);
    return past
      ? `The article gives “${t.text}” without a year. The verb is in the past tense and the day falls after the publication day (${pub}), so it is a year before at the latest; the year may be earlier still.`
      : `The article gives “${t.text}” without a year; the year is a guess from the publication date (${pub}).`;
  }
  if (/\/day-of-focus$/.test(t.rule)) return `The article gives “${t.text}” without a year; it names a day of the happening the article was telling of, and takes that date's year.`;
  if (/year-in-/.test(t.rule)) return `The article gives “${t.text}” without a year; the year is the one stated earlier in the article.`;
  if (/\/spoken(?:\+part)?$/.test(t.rule)) return `“${t.text}” is said in a quote: it is counted from the day the quote was spoken, which the article gives.`;
  if (/\/month-named-before\b/.test(t.rule)) return `The article gives “${t.text}” without a year; it is a day of the month the sentence before wrote with its year.`;
  if (/\/year-of-list-entry\b/.test(t.rule)) return `The article gives “${t.text}” without a year, in an entry of a dated list; the year is the one the entry's head writes.`;
  if (/\/after-list-entry$/.test(t.rule)) return `“${t.text}” heads an entry of a dated list without a year; it is read as the first such date after the entry before it.`;
  // "in March last year": the month is written and its year counted from publication, not chosen by the tense.
  if (/^weekday|^month|^season|^holiday/.test(t.rule) && !/[/-](?:last|this|next)-year\b|\/ago-year\b|^holiday\/(?:following|previous)$/.test(t.rule)) {
    return `The article gives “${t.text}” without a year; it is placed by the tense of the verb and the publication date (${pub}).`;
  }
  // "two years later", "the following year", "that day": counted from the date the story was telling of.
  if (/^anaphoric|^ago\/(?:later|earlier|before|after)$|^holiday\/(?:following|previous)$|^relative-unit\/in-the$|^nth-weekday\/(?:that|named)-month$/.test(t.rule)) {
    return `“${t.text}” is counted from the date the article was last telling of (from the publication date, ${pub}, when it had given none).`;
  }
  return `“${t.text}” is counted from the publication date, ${pub}.`;
}

/** The date an expression gives, or the range two expressions give ("from May 3 to June 1"). */
export function dateFromTimex(t: Timex, published: Ymd | null, end?: Timex): EventDate | null {
  if (t.value === 'PAST_REF' && !t.exact) {
    if (!published) return null;
    return {
      start: fmtDay(published),
      mod: 'before',
      basis: 'publication',
      rule: `${t.rule}/past-ref`,
      note: `The article says only “${t.text}”: some time before the publication date, ${fmtHuman(published)}.`,
    };
  }
  const r = t.exact ?? valueToRange(t.value);
  if (!r) return null;
  const date: EventDate = { start: r.start, basis: basisOf(t), rule: t.rule };
  if (r.end) date.end = r.end;
  if (end) {
    const r2 = end.exact ?? valueToRange(end.value);
    if (r2) date.end = rangeEnd(end, r2);
    // "between the winter of 2003 and spring 2004": a winter before a date of the next year is the one that starts in
    // December of its own year, not the whole year its name leaves open.
    if (WINTER.test(t.value) && t.exact && !t.exact.end && date.end && +date.end.slice(0, 4) === +t.value.slice(0, 4) + 1) {
      date.start = `${t.value.slice(0, 4)}-12`;
    }
    date.rule = `${t.rule}..${end.rule}`;
    if (basisOf(end) === 'publication') date.basis = 'publication';
    // The end of a range written without its year ("from December 12 to January 9") is the first such day
    // on or after the start: the range runs forward.
    const before = (a: string, b: string) => a < b.slice(0, a.length);
    // "from Monday to Wednesday": the end is the first such weekday on or after the start, never a week back
    // or a year on, whatever tense placed each day on its own.
    const startDay = parseYmd(date.start);
    const endDay = date.end && /^weekday\//.test(end.rule ?? '') && /^[A-Za-z]+day\b/.test(end.text.trim()) ? parseYmd(date.end) : null;
    // "ran from Sept. 3 until Monday": after a start written as a date, the weekday is named as news names one, from
    // publication; it is kept where its tense placed it when that is not before the start.
    const ownWeekday = !!endDay && !/^weekday\//.test(t.rule ?? '') && date.end! >= date.start;
    if (startDay && endDay && !ownWeekday && DAY_VALUE.test(date.start)) {
      date.end = fmtDay(addDays(startDay, (isoWeekday(endDay) - isoWeekday(startDay) + 7) % 7));
    } else if (date.end && !end.explicitYear && !OWN_YEAR.test(end.rule ?? '') && /^\d{4}/.test(date.end) && /^\d{4}/.test(date.start)) {
      // Nor more than a year on: "between Nov. 26 and Jan. 9" after a start placed in last winter ends in the
      // January after it, whatever year the end's own tense would have given it.
      const y = +date.start.slice(0, 4);
      const follows = [y, y + 1].map((n) => `${n}${date.end!.slice(4)}`).find((e) => !before(e, date.start));
      if (follows && follows !== date.end) {
        date.end = follows;
        date.rule += '/end-follows-start';
      }
    }
  }
  // "from March to May 2019", "from Dec. 28 to Jan. 3, 2019", "from June to August next year": a start written
  // without a year takes the year the end gives, or the one before when it would otherwise come after the end.
  const sharedYear = end && date.end && yearlessGuess(t) && sharedYearEnd(end);
  const r2 = sharedYear && (end.exact ?? valueToRange(end.value));
  if (sharedYear && r2 && /^\d{4}-\d{2}/.test(date.start) && /^\d{4}/.test(r2.end ?? r2.start)) {
    // The start is weighed against the end's whole unit, before the end moves to the end of its part.
    const last = r2.end ?? r2.start;
    const y = +last.slice(0, 4);
    const tail = date.start.slice(4);
    date.start = `${y}${tail}` > last ? `${y - 1}${tail}` : `${y}${tail}`;
    // "from early March to mid-April 2019": each part stays with its own end of the range.
    date.end = rangeEnd(end, r2);
    const partStart = t.mod && MODS[t.mod] ? startOfPart(date.start, MODS[t.mod]) : null;
    if (partStart) date.start = partStart;
    return yearFromEnd(date, t, end, published);
  }
  // "from Easter until June last year": a holiday written without a year takes the end's, as a month does.
  const fromHoliday = end && date.end && sharedYearEnd(end) && YEARLESS_HOLIDAY.test(t.rule ?? '') && !t.explicitYear ? holidayBefore(t.text, date.end) : null;
  if (fromHoliday) {
    date.start = fmtDay(fromHoliday);
    return yearFromEnd(date, t, end!, published);
  }
  const mod = t.mod ? MODS[t.mod] : undefined;
  // "from late October until April": the part belongs to the start alone, which moves into it; as a mod it would
  // narrow the whole range to its last third.
  const partStart = mod && end && date.end ? startOfPart(date.start, mod) : null;
  if (partStart) date.start = partStart;
  else if (mod) date.mod = mod;
  if (t.yearUncertain || end?.yearUncertain) date.yearUncertain = true;
  const note = tracedNote(noteFor(t, published), t);
  if (note) date.note = note;
  return date;
}

// Where the early, middle and late thirds of a month (by day) and of a year (by month) begin, and where they end; a
// late third ends with the whole, so it has no end of its own.
const PART_DAY: Record<string, string> = { start: '01', mid: '11', end: '21' };
const PART_MONTH: Record<string, string> = { start: '01', mid: '05', end: '09' };
const PART_LAST_DAY: Record<string, string> = { start: '10', mid: '20' };
const PART_LAST_MONTH: Record<string, string> = { start: '04', mid: '08' };

/** The day (month) in the tables for the part of a month (year) that `mod` names; null for other precisions or mods. */
function partOf(start: string, mod: string, days: Record<string, string>, months: Record<string, string>): string | null {
  if (!Object.hasOwn(days, mod)) return null;
  if (/^\d{4}-\d{2}$/.test(start)) return `${start}-${days[mod]}`;
  if (/^\d{4}$/.test(start)) return `${start}-${months[mod]}`;
  return null;
}

/** The last day (month) of the part of a month (year) that `mod` names; null for a late part, which ends with the whole. */
function endOfPart(start: string, mod: string): string | null {
  return partOf(start, mod, PART_LAST_DAY, PART_LAST_MONTH);
}

const WINTER = /^\d{4}-WI$/;

/**
 * Where a range ends, from its end's expression and that expression's range: "from late 1998 into early 1999", "from
 * 2010 to mid-2012": a part belongs to the end alone, which stops where the part stops, not with the whole year.
 */
function rangeEnd(end: Timex, r2: { start: string; end?: string }): string {
  const mod = end.mod ? MODS[end.mod] : undefined;
  return (mod && !r2.end ? endOfPart(r2.start, mod) : null) ?? r2.end ?? r2.start;
}

/** The first day (month) of the part of a month (year) that `mod` names. */
function startOfPart(start: string, mod: string): string | null {
  return partOf(start, mod, PART_DAY, PART_MONTH);
}

/**
 * A start written without its year takes the end's ("from March to May 2019", "from Easter until June last year"):
 * the rule, basis, flag and note say so. The caller has already moved the start into that year.
 */
function yearFromEnd(date: EventDate, t: Timex, end: Timex, published: Ymd | null): EventDate {
  date.rule = `${date.rule!.replace(/\/end-follows-start$/, '')}/year-from-end`;
  date.basis = basisOf(end);
  if (end.yearUncertain) date.yearUncertain = true;
  if (!isStated(end) && published) date.note = `“${t.text}” takes its year from “${end.text}”, counted from the publication date, ${fmtHuman(published)}.`;
  // "in April, May and June 2004": the list's first item was given the year written after its last; say so.
  // Not a year the end's words count from a publication date the article does not give: that stays a guess.
  else if (isStated(end) && /\/year-shared$/.test(t.rule ?? '')) date.note = noteFor(t, published);
  if (routeTrace.on) date.note = tracedNote(date.note, end);
  return date;
}

// An end that names its own year, counted from publication ("June last year", "March next year"); so does a unit
// counted from it ("between May 2018 and last month": the month before publication, not one after May 2018).
const OWN_YEAR = /(?:last|next|this)-year$|^relative-unit\/(?:last|this|next)$/;
// A holiday placed by tense or by nearness to publication, not by a year or "last"/"next" of its own.
const YEARLESS_HOLIDAY = /^holiday\/(?:past|future|present|unknown|nearest)/;

function sharedYearEnd(end: Timex): boolean {
  return !!end.explicitYear || OWN_YEAR.test(end.rule ?? '');
}

/** The holiday `name` in the end's year, or the year before when it would fall after the end. */
function holidayBefore(name: string, endValue: string): Ymd | null {
  const y = +endValue.slice(0, 4);
  const same = holiday(name, y);
  if (!same || !/^\d{4}/.test(endValue)) return null;
  return fmtDay(same).slice(0, endValue.length) > endValue ? holiday(name, y - 1) : same;
}

/** A month or a month and day whose year was only guessed from tense and publication ("March", "Dec. 28"). */
function yearlessGuess(t: Timex): boolean {
  return !t.explicitYear && /^(?:month|month-day)\//.test(t.rule ?? '') && !/weekday-fixes-year|-year$/.test(t.rule ?? '');
}

/** A date bounded by another event's: before its start, or after its end. */
export function relativeTo(anchor: EventDate, mod: 'before' | 'after', rule: string, note: string): EventDate {
  const date: EventDate = {
    start: mod === 'after' ? (anchor.end ?? anchor.start) : anchor.start,
    mod,
    basis: anchor.basis === 'record' ? 'record' : anchor.basis,
    rule,
    note,
  };
  if (anchor.yearUncertain) date.yearUncertain = true;
  return date;
}

/**
 * Without a publication date, what the text offers for the day it was written: the day of a dateline or date line
 * that writes no year, put in a guessed year, or only the latest year the article writes (text-years.ts). Every date
 * drawn from it is a guess and is flagged.
 */
export interface WritingGuess {
  day?: Ymd;
  year: number;
  /** The text writes no year at all: `year` is only a recent one its weekdays fit (text-years.ts unwrittenWritingYear). */
  unwritten?: boolean;
}

/**
 * "Before publication": all an undated past event can be given when nothing else in the text places it. Without a
 * publication date the event is still told as past, before the article was written: it is placed before the day the
 * text suggests for that (`guess`), flagged, so that it stays on the timeline instead of being left off.
 */
export function beforePublication(published: Ymd | null, rule: string, what = '', guess?: WritingGuess | null): EventDate | null {
  if (published) return { start: fmtDay(published), mod: 'before', basis: 'publication', rule, note: `${what} The article gives no date; it happened before publication (${fmtHuman(published)}).`.trim() };
  if (!guess) return null;
  const from = guess.day
    ? `the day of its dateline, ${fmtHuman(guess.day)}, whose year is the latest the article writes (or the first after it where the weekdays it writes fit), a guess`
    : `the end of ${guess.year}, the latest year the article writes, a guess, or the first after it in which the weekdays written beside days fit`;
  return {
    start: guess.day ? fmtDay(guess.day) : String(guess.year),
    mod: 'before',
    basis: 'publication',
    rule,
    yearUncertain: true,
    note: `${what} The article gives no date and no publication date; told as past, it happened before the article was written, placed before ${from}.`.trim(),
  };
}
