// Sentences with no date of their own that the text still places: counted from a happening or a change of date
// it told before ("In the days after the collapse, …", "Within five years, …", "an additional 30 days").

import type { EventDate, NewslineEvent } from '../document';
import { addDays, addMonths, DAY_VALUE, daysInMonth, fmtDay, isoWeekday, MONTH_VALUE, parseYmd, toDayNumber, weekdayBeside, type Ymd } from '../time-value';
import { endAfter, lastDayOf, STOP_VERBS } from './date-stretches';
import { type Draft, singleDay } from './draft';
import { HAPPENING_NOUN_RE, hedgeWords, isPastForm, nounVerbs, NUMBER_WORD_RE, parseCount, PART_OF_DAY_ALTS, RECORD_BEFORE_DATE, SEASON_ALTS, SUDDEN_HAPPENING, TELLING_VERB_RE, TELLING_VERB_WORD, verbStems, WEEKDAY_RE, weekdayNumber, UNIT_LENGTH_DAYS } from './lexicon';
import { patternOf } from './matches';
import { happeningKey, type NarrativeContext, startBefore, wholeDaysOn } from './narrative';
import { fmtHuman } from './resolve';
import { undatedConjunct } from './clause-words';
import type { Unit } from './segment';
import { PRESENT_PERFECT } from './since-spans';
import { happeningOf, tenseAt } from './tense';
import { irregularPastOf, removeRanges, titled, type TitleDraft, withoutSpans } from './title';

const ADDED_TIME = new RegExp(`\\b(?:additional|extra|further)\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?)\\b`, 'i');
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44 };

/**
 * "The extension gives applicants an additional 30 days": the time a change of deadline told before it ("from
 * January 9 to February 8") adds, from the old day to the new, when the count agrees with the gap between them
 * (within a tenth, or three days).
 */
export function addedTime(u: Unit, change: { from: EventDate; to: EventDate } | null): Draft | null {
  if (!change) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = ADDED_TIME.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  const from = parseYmd(change.from.start);
  const to = parseYmd(change.to.start);
  if (!m || !n || !from || !to || change.from.end || change.to.end || change.from.mod || change.to.mod) return null;
  const want = n * UNIT_DAYS[m[2].toLowerCase().replace(/s$/, '')];
  const gap = toDayNumber(to) - toDayNumber(from);
  const { title, drafted } = titled(text);
  if (gap <= 0 || Math.abs(gap - want) > Math.max(3, want / 10) || !title) return null;
  const uncertain = change.from.yearUncertain || change.to.yearUncertain;
  return wholeUnit(u, { title, drafted }, {
      start: change.from.start,
      end: change.to.start,
      basis: change.to.basis,
      rule: 'change/added-time',
      note: `“${m[0]}”: the time the change from ${fmtHuman(from)} to ${fmtHuman(to)} adds.`,
      ...(uncertain ? { yearUncertain: true } : {}),
    });
}

/** A draft whose evidence is its whole unit (a sentence, or the clause the unit is), placed by the order it is kept in. */
function wholeUnit(u: Unit, t: { title: string; drafted: TitleDraft }, date: EventDate): Draft {
  return { paragraphId: u.paragraphId, start: u.start, end: u.end, ...t, date, order: 0 };
}

/**
 * A draft of the whole unit over the stretch from a dated event `from` to `end`: on its basis, its year as much a guess
 * as its.
 */
function stretchFrom(u: Unit, t: { title: string; drafted: TitleDraft }, from: Draft, end: string, rule: string, note: string): Draft {
  return wholeUnit(u, t, { start: from.date.start, end, basis: from.date.basis, rule, note, ...(from.date.yearUncertain ? { yearUncertain: true } : {}) });
}

/** Where a sentence or clause is read: what is dated before it may be what it names. */
type Place = { paragraphId: string; start: number };

/** How many of the events already kept "the <happening>" may name, newest first. */
export const RECENT_EVENTS = 12;
/**
 * How many a count's phrase may look back over ("fifty years after the strike", named many events after it): read
 * only where a count names a happening, so the wider look costs nothing elsewhere.
 */
export const NAMED_REACH = 40;

// "Within weeks, …", "within days": no count, a few of the unit (BARE_WITHIN gives the stretch).
const WITHIN_OPENING = new RegExp(`^\\W*within\\s+(?:(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+)?(decades?|years?|months?|weeks?|days?)(?:\\s*,|\\s+(?=[a-z]))`, 'i');
// "For sixteen years the town kept one time": a length opening a sentence told in the simple past, no "after …" on it.
const FOR_OPENING = new RegExp(`^\\W*for\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(years|months|weeks|days)\\b(?!\\s+(?:after|before|since|from|of|to|until|in)\\b)\\s*,?`, 'i');
// "The clerk rebuilt the index within a month, …": "within" closing a clause counts from the same date.
const WITHIN_CLOSING = new RegExp(`\\bwithin\\s+(?:(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+)?(decades?|years?|months?|weeks?|days?)(?=\\s*[,.;]|$)`, 'i');
// "within days" is at most a fortnight or so, "within weeks" a few months, "within months" a year: the honest bound a
// bare plural gives. "within years" bounds nothing a reader would date.
const BARE_WITHIN: Record<string, [number, string]> = { days: [2, 'weeks'], weeks: [3, 'months'], months: [1, 'year'] };

// "He spent the next eight years in prison", "Over the following decade it doubled its workforce": a stretch counted on
// from the date before it, the whole of it the event.
// Days and weeks too ("received 3,000 letters over the next fortnight"): those run on from the day after the date.
// "She spent most of the next six years on it": the part is still told by the whole stretch's ends, which are all the
// words give.
const NEXT_STRETCH = new RegExp(`\\b(spent|spend|for|over|during|in)\\s+(?:(?:most|much|part|all|the\\s+(?:best|better)\\s+part)\\s+of\\s+)?the\\s+(?:next|following)\\s+(?:(\\d{1,2}|${NUMBER_WORD_RE})\\s+)?(years|months|weeks|days|decades?|fortnight|(?:quarter|half)(?:\\s+of)?\\s+a\\s+century|(?:quarter|half)-century)\\b`, 'i');

// "He was freed in 2014. He spent another five years abroad", "They went on for three more weeks": a stretch counted
// on from the date before it as "the next" one is, the count after "another" or before "more".
const MORE_STRETCH = new RegExp(`\\b(spent|spend|for|over|during|in|took)\\s+(?:another|a\\s+further|an\\s+(?:additional|extra)|(?=(?:\\d{1,2}|${NUMBER_WORD_RE})\\s+(?:more|further|additional|extra)\\s))\\s*(\\d{1,2}|${NUMBER_WORD_RE})\\s+(?:(?:more|further|additional|extra)\\s+)?(years|months|weeks|days|decades?)\\b`, 'i');

/** The last event its paragraph dated before the unit with a plain date (no range, no before/after): what a count from it starts at. */
function lastPlainDateBefore(u: Unit, dated: Draft[]): Draft | null {
  let from: Draft | null = null;
  for (const d of dated) if (d.paragraphId === u.paragraphId && d.end <= u.start && !d.date.mod && !d.date.end && (!from || d.start > from.start)) from = d;
  return from;
}

/** A count written as a number, a number word, or "a"/"an" (one). */
export function countOf(word: string): number | undefined {
  return /^an?$/i.test(word) ? 1 : parseCount(word);
}

/** The count and unit of a NEXT_STRETCH match, a decade as ten years; null for "the next years" (no count). */
function nextStretch(m: RegExpExecArray): { n: number; unit: string } | null {
  // "the next quarter of a century": twenty-five years.
  if (/century$/i.test(m[3])) return m[2] ? null : { n: /^quarter/i.test(m[3]) ? 25 : 50, unit: 'years' };
  const decade = /^decade/i.test(m[3]);
  const fortnight = /^fortnight$/i.test(m[3]);
  if (fortnight) return m[2] ? null : { n: 2, unit: 'weeks' };
  const n = m[2] ? parseCount(m[2]) : decade ? 1 : undefined;
  if (!n || !Number.isInteger(n) || (!decade && !m[2]) || (decade && /s$/i.test(m[3]) !== n > 1)) return null;
  return decade ? { n: 10 * n, unit: 'years' } : { n, unit: m[3] };
}

/** The verb governing a count is past, or none nearer tells otherwise (an irregular past the cues do not know). */
function pastOrUntold(text: string, at: number): boolean {
  const tense = tenseAt(text, at);
  return tense === 'past' || tense === 'unknown';
}

/**
 * "He was arrested in 1970. He spent the next eight years in prison": a past sentence with no date of its own that
 * spends a counted stretch after the last plain date its paragraph gave before it: from that date to the count's end.
 */
export function nextStretchOf(u: Unit, dated: Draft[]): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  // A habit over the stretch ("came in every morning for another five years") is no date of its own.
  const m = u.timexes.every((t) => t.type === 'DURATION' || t.type === 'SET') ? (NEXT_STRETCH.exec(text) ?? MORE_STRETCH.exec(text)) : null;
  const count = m && nextStretch(m);
  // "said the models would be the heart of the museum for the next fifty years": the stretch's own verb is the one to read.
  if (!m || !count || happeningOf(text) !== 'past' || !pastOrUntold(text, m.index)) return null;
  const from = lastPlainDateBefore(u, dated);
  const end = from ? withinEnd(from.date.start, count.n, count.unit, false) : null;
  // "spent" keeps its stretch, which is what was spent; "for"/"over" the next years is only when.
  const spent = /^spen/i.test(m[1]);
  const { title, drafted } = titled(spent ? text : removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]).replace(/^[\s,]+/, ''));
  if (!from || !end || !title) return null;
  return stretchFrom(u, { title, drafted }, from, end, 'sequence/next-from-date', `“${m[0].replace(/^(?:spent|spend)\s+/i, '')}” after “${from.title}”.`);
}

// "In the first ten days, …", "during its first year", "for the first three weeks": the first stretch of something
// the text has started, with no "of …" naming it (FIRST_OF reads that).
const FIRST_STRETCH = new RegExp(`\\b(?:in|during|for|over|within|throughout)\\s+(?:the|its|their|his|her)\\s+(?:very\\s+)?first\\s+(?:(\\d{1,3}|${NUMBER_WORD_RE})\\s+)?(hours?|days?|weeks?|months?|years?)\\b(?!\\s+(?:of|after|following|since|before)\\b)`, 'i');
// What a first stretch counts from: a happening that starts something (a life, a stay in custody, a strike, a firm).
const STARTS_SOMETHING = /\b(?:born|began|begun|started|opened|founded|launched|established|set\s+up|arrested|detained|jailed|imprisoned|took\s+office|sworn\s+in|inaugurated|broke\s+out|erupted)\b/i;

/**
 * "The cubs were born on April 19. … they left mother and cubs alone for the first three weeks", "She was arrested in
 * December … had been held alone for the first three weeks": the first stretch of a count told in the past runs from
 * the newest dated happening before it that starts something (`recent`, newest last), its first day counted in. Which
 * happening is meant is a reading: from another paragraph the date is flagged. Null when the words hold no such count.
 */
export function firstStretchDate(text: string, at: Place, recent: Draft[]): { date: EventDate; phrase: { start: number; end: number } } | null {
  const m = FIRST_STRETCH.exec(text);
  const n = m ? (m[1] ? parseCount(m[1]) : /s$/i.test(m[2]) ? undefined : 1) : undefined;
  if (!m || !n || !Number.isInteger(n) || happeningOf(text) !== 'past' || !pastOrUntold(text, m.index)) return null;
  let h: Draft | undefined;
  for (let i = recent.length - 1; i >= 0 && !h; i--) if (!recent[i].date.mod && STARTS_SOMETHING.test(recent[i].title)) h = recent[i];
  const end = h ? firstStretchEnd(h.date.start, n, m[2]) : null;
  if (!h || !end) return null;
  const other = h.paragraphId !== at.paragraphId;
  const date: EventDate = {
    start: h.date.start,
    ...(end !== h.date.start ? { end } : {}),
    basis: h.date.basis,
    rule: 'sequence/first-stretch-from-start',
    note: `“${m[0].replace(/^\S+\s+/, '')}” of what “${h.title}” started, counted from its date.${other ? ' Which happening is meant is a reading, so the year is shown as a guess.' : ''}`,
    ...(h.date.yearUncertain || other ? { yearUncertain: true } : {}),
  };
  return { date, phrase: { start: m.index, end: m.index + m[0].length } };
}

// Where the clause holding a first stretch starts, after the sentence's last "and", "but", "saying" or comma before it.
const CLAUSE_OPENS = /(?:[,;]\s+(?:(?:and|but)\s+|saying\s+(?:that\s+)?)?|\s+(?:and|but)\s+)/g;

/**
 * "She was arrested in December. … saying she had been held alone in a cell for the first three weeks": a sentence
 * with no date of its own whose clause holds a first stretch is that stretch (firstStretchDate), an event of the clause
 * alone (`whole` false) when other clauses come before it, which keep their own placing.
 */
export function firstStretchOf(u: Unit, drafts: Draft[], kept: () => NewslineEvent[]): { draft: Draft; whole: boolean } | null {
  if (!u.timexes.every((t) => t.type === 'DURATION')) return null;
  const text = u.paraText.slice(u.start, u.end);
  const found = firstStretchDate(text, u, recentDated(u, drafts, kept));
  if (!found) return null;
  let from = 0;
  for (const b of text.slice(0, found.phrase.start).matchAll(CLAUSE_OPENS)) from = b.index! + b[0].length;
  const { title, drafted } = titled(removeRanges(text.slice(from), [{ start: found.phrase.start - from, end: found.phrase.end - from }]).replace(/^[\s,]+/, ''));
  if (!title) return null;
  return { draft: { paragraphId: u.paragraphId, start: u.start + from, end: u.end, title, drafted, date: found.date, order: 0 }, whole: from === 0 };
}

/**
 * The last day (month, year) of the first `n` units from `start`, the start counted in; hours are the start's day (or
 * the days they reach). From a month, days and weeks end in the month the count reaches from its last day at the latest.
 */
function firstStretchEnd(start: string, n: number, unitWord: string): string | null {
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const day = DAY_VALUE.test(start) ? parseYmd(start) : null;
  if (unit === 'hour') return day ? fmtDay(addDays(day, Math.ceil(n / 24) - 1)) : null;
  if ((unit === 'day' || unit === 'week') && /^\d{4}-\d{2}$/.test(start)) {
    const last = parseYmd(lastDayOf(start))!;
    const reach = addDays(last, n * (unit === 'week' ? 7 : 1) - 1);
    return `${reach.y}-${String(reach.m).padStart(2, '0')}`;
  }
  return endAfter(start, n, unit);
}

// "The walkout lasted nine weeks": a happening named by its noun, then how long it lasted, in the simple past.
const LASTED_SENTENCE = new RegExp(`^\\W*(?:the|that|this|its|their|his|her)\\s+(?:[a-z][\\w'’-]*\\s+){0,3}?(?:lasted|went\\s+on\\s+for|ran\\s+for)\\s+(?:${hedgeWords()}\\s+)?(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\s*[.!]?\\s*$`, 'i');

/**
 * "The strike began on May 2, 1926. … The walkout lasted nine days": a sentence that only tells how long a happening
 * lasted runs that long from the last plain date its paragraph gave before it (its start, as the story tells it).
 */
export function lastedOf(u: Unit, dated: Draft[]): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const m = u.timexes.every((t) => t.type === 'DURATION') ? LASTED_SENTENCE.exec(text) : null;
  const from = m ? lastPlainDateBefore(u, dated) : null;
  const end = from ? endAfter(from.date.start, countOf(m![1]), m![2]) : null;
  // Titled only once it is a length from a date: every sentence nothing else placed comes here.
  if (!from || !end) return null;
  const { title, drafted } = titled(text);
  if (!title) return null;
  return stretchFrom(u, { title, drafted }, from, end, 'sequence/lasted-from-date', `“${m![0].trim().replace(/[.!]$/, '')}”: from “${from.title}”.`);
}

// "Repairs took almost four years", "the road stayed shut for nine days", "he spent two years searching": a clause
// whose predicate is how long something went on, its count right after the verb (or after the stop and "for").
const LENGTH_PREDICATE = new RegExp(String.raw`\b(?:(?:took|lasted|spent)(?:\s+(?:him|her|them|us|me|it))?|(?:${STOP_VERBS})\b[^,;:]{0,30}?\s+for)\s+(?:${hedgeWords('around', 'roughly', String.raw`just\s+under`)}\s+)?(\d{1,2}|an?|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\b`, 'i');
// A perfect counts back from its own point ("had been shut for a week before the vote"); a life's first day starts no
// length of what follows ("She was born in 1920. She spent 30 years teaching").
const PERFECT_BEFORE = /\b(?:had|has|have)\b/i;
const NO_LENGTH_FROM = /\b(?:born|died|said|says|told|announced)\b/i;

/**
 * "The storm struck on 13 October 1993. … Repairs took almost four years", "The flood hit on June 3. The road stayed
 * shut for nine days": a past clause with no date of its own whose predicate is a length runs that long from the last
 * plain date its paragraph gave before it, the start of what it tells as the story goes. When the length is in a later
 * clause ("The crates never arrived, and she spent three years looking for them") that clause alone is the event
 * (`whole` false); the clauses before it keep their own placing.
 */
export function lengthPredicateOf(u: Unit, dated: Draft[]): { draft: Draft; whole: boolean } | null {
  if (!u.timexes.length || !u.timexes.every((t) => t.type === 'DURATION')) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = LENGTH_PREDICATE.exec(text);
  if (!m || happeningOf(text) !== 'past' || !pastOrUntold(text, m.index)) return null;
  let from = 0;
  for (const b of text.slice(0, m.index).matchAll(CLAUSE_OPENS)) from = b.index! + b[0].length;
  if (PERFECT_BEFORE.test(text.slice(from, m.index))) return null;
  const base = lastPlainDateBefore(u, dated);
  const end = base && !NO_LENGTH_FROM.test(base.title) ? endAfter(base.date.start, countOf(m[1]), m[2]) : null;
  const { title, drafted } = titled(text.slice(from).replace(/^[\s,]+/, ''));
  if (!base || !end || !title) return null;
  const draft = stretchFrom(u, { title, drafted }, base, end, 'sequence/length-predicate-from-date', `“${m[0].trim()}”: from “${base.title}”.`);
  return { draft: { ...draft, start: u.start + from }, whole: from === 0 };
}

// "Over those eighteen months", "during these two weeks", "in those four years": a count pointing back at a stretch
// the text has just given.
const THOSE_STRETCH = new RegExp(String.raw`\b(?:in|during|over|for|throughout|across|within)\s+(?:those|these)\s+(\d{1,2}|${NUMBER_WORD_RE})\s+(years|months|weeks|days)\b`, 'i');
// How many stretches back "those" may reach for one of its length.
const THOSE_REACH = 3;

/**
 * "The survey ran from October 2006 to March 2008. Over those eighteen months, staff measured …": a sentence with no
 * date of its own that points back with "those N units" is the stretch the text gave last of about that length (within
 * one unit, counting both ends in), among the last few it gave.
 */
export function thoseStretchOf(u: Unit, dated: Draft[]): Draft | null {
  if (!u.timexes.length || !u.timexes.every((t) => t.type === 'DURATION')) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = THOSE_STRETCH.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  if (!m || !n) return null;
  const unit = UNIT_LENGTH_DAYS[m[2].toLowerCase()];
  const ranges = dated.filter((d) => (d.paragraphId !== u.paragraphId || d.end <= u.start) && d.date.end && !d.date.mod).slice(-THOSE_REACH);
  const lengthOf = (d: Draft) => {
    const from = parseYmd(d.date.start.length === 4 ? `${d.date.start}-01-01` : d.date.start.length === 7 ? `${d.date.start}-01` : d.date.start);
    const to = parseYmd(DAY_VALUE.test(d.date.end!) ? d.date.end : lastDayOf(d.date.end!));
    return from && to ? toDayNumber(to) - toDayNumber(from) + 1 : null;
  };
  let base: Draft | undefined;
  for (let i = ranges.length - 1; i >= 0 && !base; i--) {
    const days = lengthOf(ranges[i]);
    if (days !== null && Math.abs(days - n * unit) <= unit) base = ranges[i];
  }
  const { title, drafted } = titled(removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]).replace(/^[\s,]+/, ''));
  if (!base || !title) return null;
  return wholeUnit(u, { title, drafted }, { start: base.date.start, end: base.date.end, basis: base.date.basis, rule: 'sequence/those-stretch', note: `“${m[0].trim()}”: the stretch “${base.title}” gave.`, ...(base.date.yearUncertain ? { yearUncertain: true } : {}) });
}

// "Between the two dates", "between those days": a stretch pointing back at the last two days the text named.
const BETWEEN_DATES = /\bbetween\s+(?:the|those|these)\s+(?:two\s+)?(?:dates|days)\b/i;
// Days a reading placed (a telling's day, an order, a count) are no dates the text named.
const PLACED_DAY = /telling|narrative|sequence|reported|publication|ordering/;

/**
 * "The shop shuts on 2 May and reopens on 9 June. Between the two dates, orders go by post": a sentence with no date
 * of its own that points back at "the two dates" runs from the earlier to the later of the last two days the text
 * named (`recent` gives them, newest last), whatever its tense.
 */
export function betweenDatesOf(u: Unit, recent: () => Draft[]): Draft | null {
  if (u.timexes.length) return null;
  const text = u.paraText.slice(u.start, u.end);
  const m = BETWEEN_DATES.exec(text);
  if (!m) return null;
  const dated = recent();
  const days: Draft[] = [];
  for (let i = dated.length - 1; i >= 0 && days.length < 2; i--) {
    const day = singleDay(dated[i]);
    if (day && !PLACED_DAY.test(dated[i].date.rule ?? '') && !days.some((x) => x.date.start === day)) days.push(dated[i]);
  }
  if (days.length < 2) return null;
  const [from, to] = days[0].date.start < days[1].date.start ? [days[0], days[1]] : [days[1], days[0]];
  const { title, drafted } = titled(removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]).replace(/^[\s,]+/, ''));
  if (!title) return null;
  const uncertain = from.date.yearUncertain || to.date.yearUncertain;
  return wholeUnit(u, { title, drafted }, { start: from.date.start, end: to.date.start, basis: to.date.basis, rule: 'sequence/between-dates', note: `“${m[0]}”: from “${from.title}” to “${to.title}”, the last two days the text named.`, ...(uncertain ? { yearUncertain: true } : {}) });
}

// "had waited fourteen months", "have been waiting for two years", "had gone nine months without": a perfect whose
// predicate is how long the wait up to the telling has run.
const WAITED_FOR = new RegExp(String.raw`\b(?:had|has|have|(?<=\b(?:we|they|I|you)['’])ve)\s+(?:(?:now|already|been)\s+){0,2}(?:waited|waiting|gone|lived|struggled|campaigned|searched|searching|fought|fighting|pressed|pressing)\s+(?:for\s+)?(?:${hedgeWords(String.raw`more\s+than`, 'over')}\s+)?(\d{1,2}|an?|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\b(?!\s+(?:ago|before|after|earlier|later))`, 'i');

// Where the words a telling reports open ("said the family had …", "said: “We have …") and where a quotation closes
// before its teller ("“We have waited two years,” he said").
const REPORT_OPENS = new RegExp(String.raw`(?:["“]\s*|\b(?:${TELLING_VERB_RE})\b[,:]?\s+(?:that\s+)?["“]?)`, 'gi');
const QUOTE_CLOSES = /[,.!?]?["”]/;
const COUNTED_RULE = /^(?:ago|count|sequence|narrative)/;

/**
 * "Her mother said the family had waited fourteen months for answers", "“We have waited two years for this,” he
 * said after the verdict": a wait counted up to the telling runs that long back from the day the sentence was placed
 * on (for one left before publication that tells, the publication day it is told on). When the text gave a date that
 * far back (within half the unit), the one written out (not counted from another) and nearest is where the wait began;
 * otherwise only the month (or year) the count reaches. Beside a telling, the wait's own words are the event (`whole`
 * false) and the telling keeps its day.
 */
export function waitedUpTo(u: Unit, placed: Draft, earlier: { title: string; date: EventDate }[], published: Ymd | null): { draft: Draft; whole: boolean } | null {
  const text = u.paraText.slice(u.start, u.end);
  const m = WAITED_FOR.exec(text);
  if (!m || !u.timexes.every((t) => t.type === 'DURATION')) return null;
  const { date } = placed;
  const pub = published && fmtDay(published);
  const day = !date.mod && !date.end && parseYmd(date.start) ? date.start : date.mod === 'before' && date.rule === 'narrative-order/before-publication' && date.start === pub && TELLING_VERB_WORD.test(text) ? pub : null;
  const n = countOf(m[1]);
  const unit = m[2].toLowerCase().replace(/s$/, '');
  const back = day && n && Number.isInteger(n) ? parseYmd(startBefore(day, n, m[2]) ?? '') : null;
  if (!day || !back) return null;
  const at = toDayNumber(back);
  const half = { day: 1, week: 3, month: 15, year: 182 }[unit] ?? 0;
  // A date the text wrote comes before one it counted from another ("three days later"), then the nearest.
  const rank = (d: { date: EventDate }) => (COUNTED_RULE.test(d.date.rule ?? '') ? 100000 : 0) + Math.abs(toDayNumber(parseYmd(d.date.start)!) - at);
  let from: (typeof earlier)[number] | null = null;
  for (const d of earlier) {
    const p = !d.date.mod && !d.date.end ? parseYmd(d.date.start) : null;
    if (p && Math.abs(toDayNumber(p) - at) <= half && (!from || rank(d) < rank(from))) from = d;
  }
  const start = from ? from.date.start : unit === 'year' ? String(back.y) : unit === 'month' ? fmtDay(back).slice(0, 7) : fmtDay(back);
  const note = `“${m[0].trim()}”: up to the telling (${fmtHuman(parseYmd(day)!)})${from ? `, from “${from.title}”` : ''}.`;
  const yearUncertain = date.yearUncertain || from?.date.yearUncertain;
  const waited: EventDate = { start, end: day, basis: date.basis, rule: 'sequence/waited-up-to-telling', note, ...(yearUncertain ? { yearUncertain: true } : {}) };
  // The wait's own words: after the telling that reports them, up to a quotation's close.
  let open = 0;
  for (const r of text.slice(0, m.index).matchAll(REPORT_OPENS)) open = r.index! + r[0].length;
  const close = QUOTE_CLOSES.exec(text.slice(m.index));
  const end = close ? m.index + close.index : text.replace(/[\s.!?]+$/, '').length;
  const whole = open === 0 && !close;
  const { title, drafted } = whole ? placed : titled(text.slice(open, end));
  if (!title) return null;
  return { draft: { paragraphId: u.paragraphId, start: u.start + open, end: u.start + end, title, drafted, date: waited, order: 0 }, whole };
}

/**
 * "In 1952 she was sent to the district. … Within five years, deaths had fallen by half": a sentence that opens
 * with "Within N years", told in the past, is counted from the last date its paragraph gave before it. So is one that
 * opens with "For N years" in the simple past ("The clocks went back for good in 1946. For sixteen years the town kept
 * one time": 1946 to 1962; a past perfect tells of a stretch before that date instead), and one that closes a clause on
 * "within a month" ("A fire in March 1968 destroyed the props. He rebuilt them within a month").
 */
export function withinOf(u: Unit, dated: Draft[], ctx?: NarrativeContext): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const opening = WITHIN_OPENING.exec(text);
  const stretch = opening ?? (/\bhad\b/i.test(text) ? null : FOR_OPENING.exec(text));
  const m = stretch ?? (u.timexes.every((t) => t.type === 'DURATION') ? WITHIN_CLOSING.exec(text) : null);
  if (!m || happeningOf(text) !== 'past') return null;
  // "said it could be back on the wall within a year": a closing count told of what may come is no stretch.
  if (!stretch && !opening && !pastOrUntold(text, m.index)) return null;
  const from = lastPlainDateBefore(u, dated);
  // "In the days after the collapse, … Within a month, …": with no date of its own before it in the paragraph, the
  // count runs on from the happening a span was just counted from, from its start to a month after its end.
  const happening = !from && opening && ctx?.happening?.paragraphId === u.paragraphId ? ctx.happening.draft : null;
  const bare = m[1] === undefined ? BARE_WITHIN[m[2].toLowerCase()] : undefined;
  if (m[1] === undefined && !bare) return null;
  // "Within a decade" is ten years on; a bare "within decades" bounds nothing (BARE_WITHIN has no entry).
  const decades = /^decade/i.test(m[2]);
  const n = bare ? bare[0] : (countOf(m[1]) ?? 0) * (decades ? 10 : 1) || undefined;
  const base = from ?? happening;
  // A bare plural counts only from a month or a day: a few months on from a year alone is no date worth giving.
  if (bare && base && (base.date.end ?? base.date.start).length < 7) return null;
  const end = base ? withinEnd(base.date.end ?? base.date.start, n, bare ? bare[1] : decades ? 'years' : m[2], !!stretch && !opening) : null;
  const { title, drafted } = titled(stretch ? text.slice(m[0].length) : removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!base || !end || !title) return null;
  return stretchFrom(u, { title, drafted }, base, end, `sequence/${opening || !stretch ? 'within' : 'for'}-from-date`, `“${m[0].trim().replace(/,$/, '')}” of “${base.title}”.`);
}

/**
 * "A bronze otter, bolted to the rail on 9 October 2016, was prised off within a week", "Later he cut a record, which
 * went gold within a month": the undated clause `d` of a sentence whose one dated clause (an aside of its subject, or the
 * clause a "which" hangs on) comes right before it, closing on "within" a count, runs from that clause's date as a
 * sentence after it would (withinOf). Null for a bare plural ("within weeks"), or any other shape.
 */
export function withinAfterAside(u: Unit, d: Draft, own: Draft[]): EventDate | null {
  const text = u.paraText.slice(d.start, d.end);
  const m = WITHIN_CLOSING.exec(text);
  if (!m || m[1] === undefined || happeningOf(text) !== 'past' || !pastOrUntold(text, m.index)) return null;
  const asides = own.filter((o) => o !== d && o.paragraphId === d.paragraphId && o.start >= u.start && o.end <= d.start + 2);
  const base = asides.length === 1 && !asides[0].date.mod && !asides[0].date.end ? asides[0] : null;
  // Only a comma between them: the dated clause is the one this goes on from.
  if (!base || !/^[\s,]*$/.test(u.paraText.slice(base.end, d.start))) return null;
  const end = withinEnd(base.date.start, countOf(m[1]), m[2], false);
  if (!end) return null;
  return { start: base.date.start, end, basis: base.date.basis, rule: 'sequence/within-from-aside', note: `“${m[0].trim()}” of “${base.title}”, the date the same sentence's aside gives.`, ...(base.date.yearUncertain ? { yearUncertain: true } : {}) };
}

/**
 * Where "within N units" of a date ends: N units after it ("died within a week" of April 17: by April 24). "For N
 * units" from a date spends them, the date's day among them (endAfter).
 */
function withinEnd(from: string, n: number | undefined, unit: string, spent: boolean): string | null {
  const day = parseYmd(from);
  if (spent || !day || !DAY_VALUE.test(from) || !n || !/^(?:days?|weeks?)$/i.test(unit)) return endAfter(from, n, unit);
  return fmtDay(wholeDaysOn(day, n, unit));
}

// "In the days after the collapse, …", "In the weeks following the vote, …": an opening span after a happening named.
const AFTER_HAPPENING = /^\W*(?:in|during|over)\s+the\s+(?:(?:first|few|following|next)\s+)?(hours|days|weeks|months)\s+(?:after|following)\s+the\s+((?:[a-z-]+\s+){0,2}?([a-z-]{4,}))\s*,\s*/i;
// "in the first 48 hours of the incident period": the first stretch of a happening or period named.
const FIRST_OF = new RegExp(`\\b(?:in|during|over|within)\\s+the\\s+first\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(hours|days|weeks)\\s+of\\s+the\\s+((?:[a-z-]+\\s+){0,2}([a-z-]{4,}))(?=\\s*[,.;:!?]|\\s*$)`, 'i');
// "during the strike's first ten days": the same count, the happening named before it as an owner.
const FIRST_OF_OWNED = new RegExp(`\\b(?:in|during|over|within)\\s+the\\s+((?:[a-z-]+\\s+){0,2}?([a-z-]{4,}))['’]s\\s+first\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\s+(hours|days|weeks)(?=\\s*[,.;:!?]|\\s*$)`, 'i');

/** A stretch counted from a named happening: the words that count it, where they stand, and its parts. */
interface CountedStretch {
  index: number;
  said: string;
  /** The count ("48", "ten"); absent for "the days after", which names none. */
  count?: string;
  unit: string;
  phrase: string;
  noun: string;
}

/** A first stretch of a named happening, either way it is written. */
function firstOf(text: string): CountedStretch | null {
  const m = FIRST_OF.exec(text);
  if (m) return { index: m.index, said: m[0], count: m[1], unit: m[2], phrase: m[3], noun: m[4] };
  const o = FIRST_OF_OWNED.exec(text);
  return o && { index: o.index, said: o[0], count: o[3], unit: o[4], phrase: o[1], noun: o[2] };
}

/** "In the days after the collapse, …": the span opening the sentence. */
function openingAfter(text: string): CountedStretch | null {
  const m = AFTER_HAPPENING.exec(text);
  return m && { index: m.index, said: m[0], unit: m[1], phrase: m[2], noun: m[3] };
}
// How long "the days (weeks, months, hours) after" a happening runs past its last day.
const AFTER_REACH: Record<string, number> = { hours: 1, days: 14, weeks: 42 };

/**
 * The dated event "the <noun>" names: one whose words hold the noun (`guessed` false), else the story's lead for a
 * happening noun, or the first range for "the … period" (`guessed` true: which happening is meant is a reading).
 */
function namedHappening(u: Place, ctx: NarrativeContext, phrase: string, noun: string, recent: Draft[]): { draft: Draft; guessed: boolean } | undefined {
  const stem = noun.toLowerCase().replace(/(?:es|s|e|ing)$/, '');
  const before = (d: Draft) => d.paragraphId !== u.paragraphId || d.end <= u.start;
  const root = (stem.length >= 4 ? stem : noun.toLowerCase()).replace(/[^a-z-]/g, '');
  const told = root.length >= 3 ? newestTold(recent, patternOf(`\\b${root}`, 'i')) : undefined;
  if (told) return { draft: told, guessed: false };
  // "the incident period": the first stretch of days the text gave.
  if (/^period$/i.test(noun)) return ctx.firstRange && before(ctx.firstRange) ? { draft: ctx.firstRange, guessed: true } : undefined;
  const lead = SUDDEN_HAPPENING.test(noun) && !/\b(?:next|first|second|last|previous|coming)\b/i.test(phrase) && ctx.storyLead && before(ctx.storyLead) ? ctx.storyLead : undefined;
  return lead && { draft: lead, guessed: true };
}

/**
 * The newest of `recent` (newest last) whose title tells the happening a noun names, as `told` finds it: each caller
 * keeps its own reading of the noun (a stem of it here, verbStems and toldPattern in named-again.ts).
 */
export const newestTold = (recent: Draft[], told: { test: (title: string) => boolean }): Draft | undefined => recent.findLast((d) => told.test(d.title) && !placedAgainst(d.title, told));

// "The board opened its inquiry on the Monday after the sinking": a title naming the happening only after an ordering
// word is placed against it, not it.
const ORDERED_AGAINST = /\b(?:after|before|since|following|until|till)\s+(?:the|his|her|its|their)\s+$/i;

/** Whether every mention `told` (a pattern) finds in a title follows an ordering word, so the title is not the happening. */
function placedAgainst(title: string, told: { test: (title: string) => boolean }): boolean {
  if (!(told instanceof RegExp)) return false;
  const all = [...title.matchAll(patternOf(told.source, told.flags.includes('g') ? told.flags : `${told.flags}g`))];
  return all.length > 0 && all.every((m) => ORDERED_AGAINST.test(title.slice(0, m.index)));
}

/** What a note adds when the happening a phrase names was only guessed at (the story's lead, the day in focus). */
const GUESSED_HAPPENING = ' The article does not name it again; that it is meant is a reading, so the date is shown as a guess.';

/** The dated events read before the unit, newest last: the article's last few kept, then its paragraph's. */
export function recentDated(u: Place, drafts: Draft[], kept: () => NewslineEvent[]): Draft[] {
  const recent: Draft[] = kept()
    .filter((e) => e.date.mod !== 'before' && e.date.mod !== 'after')
    .map((e) => ({ paragraphId: e.evidence[0].paragraphId, start: e.evidence[0].start, end: e.evidence[0].end, title: e.title, date: e.date, order: 0 }));
  for (const d of drafts) if (d.paragraphId === u.paragraphId && d.end <= u.start && d.date.mod !== 'before' && d.date.mod !== 'after') recent.push(d);
  return recent;
}

// "gave up teaching two years after the hedgehog book appeared": a count from a happening the phrase names.
// The happening may be told as a clause of its own: "a week before it closed", "eighteen months after inspectors found
// the leak" (a pronoun, or a bare plural noun, as its subject; the words after it name the happening). A birth or a
// death may go without an article ("the foals stood an hour after birth") and is the happening alone.
const COUNT_FROM = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|fortnights?|days?|hours?)\\s+(after|before)\\s+((?:the|his|her|its|their|it|he|she|they|we|(?!this\\b|was\\b|is\\b|has\\b|as\\b)[a-z]{2,}s(?=\\s+[a-z]{3,}))\\s+[^,;:.!?"“”()]{2,60}|(?:birth|death)\\b(?!\\s+(?:of|rate|toll|certificate)\\b))`, 'i');
// "paid ten dollars a week after the gym opened", "twice a week after the move": "a week" is a rate, not a count.
const RATE_BEFORE = /(?:\d|\b(?:dollars?|pounds?|euros?|cents?|pence|times|twice|once|hours|miles|kilometres|kilometers|tonnes|tons|shifts|meals|visits))\s+$/i;

/** Whether a COUNT_FROM match is a rate ("ten dollars a week after …"), read in the text before it. */
const isRate = (before: string, m: RegExpExecArray): boolean => /^an?$/i.test(m[1]) && RATE_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index));
// "were told the day after it was published", "the morning after the vote": a day on from a happening the phrase names.
const DAY_FROM = new RegExp(String.raw`\b(the)\s+(day|${PART_OF_DAY_ALTS}|weekend)\s+(after|before)\s+((?:the|his|her|its|their|it|he|she|they)\s+[^,;:.!?"“”()]{2,60})`, 'i');

/**
 * The first count from a happening in `text` (COUNT_FROM; DAY_FROM too with `day`, "the day after" counting one) and its
 * whole count, not a rate; null when there is none.
 */
function countFromIn(text: string, day: boolean): { m: RegExpExecArray; n: number } | null {
  const m = COUNT_FROM.exec(text) ?? (day ? DAY_FROM.exec(text) : null);
  const n = m && !isRate(text, m) ? (/^the$/i.test(m[1]) ? 1 : countOf(m[1])) : undefined;
  return m && n && Number.isInteger(n) ? { m, n } : null;
}
// "and since then she has …" right after the phrase: a stretch from the counted date up to publication.
const SINCE_THEN_TAIL = /^\s*,?\s*(?:and|but)\s+since\s+then\b/i;
// "for eight days before the slide", "stood empty for three years after the fire": a bare "for" gives the length too.
const STRETCH_LEAD = new RegExp(String.raw`\b(?:(?:in|during|over|within|for|throughout)\s+the\s+(?:first\s+|last\s+)?|for\s+(?:${hedgeWords('around')}\s+)?)$`, 'i');
// Nouns after a count that name a time or a stretch, not one happening ("a week before the weekend").
export const NOT_HAPPENING = new RegExp(String.raw`^(?:weekend|holidays?|deadline|war|season|${SEASON_ALTS}|year|month|week|day|${PART_OF_DAY_ALTS}|end|start|beginning|time|century|decade|period|term)$`, 'i');
const HEAD_ENDS = /^(?:and|but|or|in|on|at|to|from|with|when|as|while|that|which)$/i;
const PERSON_PRONOUN = /^(?:he|she)\s/i;
// "Una Hest's husband retired": a title whose subject is what a name owns.
const OWNED_SUBJECT = /^(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+[a-z]/;
const NOT_NAMING = /^(?:the|his|her|its|their|that|this|with|from|into|over|what|when|which|were|was|had|have|been|them|they|first|last|year|years|time)$/i;

// The rule of a telling dated by its own day ("…, the vet said on Friday").
const TOLD_ON_DAY = /\/telling$/;

/**
 * The dated event a count's phrase names by one of its words ("the hedgehog book appeared": the hedgehog book), newest
 * first. A word names it in another form of itself ("his dismissal": "dismissed him"), not in an agent noun ("the
 * kidnapping" is not "the kidnappers let him speak").
 */
export function phraseHappening(u: Place, ctx: NarrativeContext, phrase: string, dated: Draft[], paraText?: string): { draft: Draft; guessed: boolean } | undefined {
  // "a month before she retired", the text having told "Una Hest retired" and "Una Hest's husband retired": a person the
  // phrase names by a pronoun is not a relation owned by a name, so a happening told of one is passed over.
  // A telling's title holds what it told ("Vet said swabs showed …"), dated when it was said: the clause it told is its
  // own event, so the telling is no happening a phrase names.
  const happened = dated.filter((d) => !TOLD_ON_DAY.test(d.date.rule ?? ''));
  const recent = PERSON_PRONOUN.test(phrase) ? happened.filter((d) => !OWNED_SUBJECT.test(d.title)) : happened;
  // A bare "birth" or "death" (COUNT_FROM) is its own head noun; any other phrase opens with a determiner or a subject.
  const parts = phrase.split(/\s+/);
  const words = parts.length === 1 ? parts : parts.slice(1);
  const named: RegExp[] = [];
  // "three days before she retired and sold the boat", "a year after it opened in …": a head word that a conjunction or
  // a preposition ends stands alone as surely as one that ends the phrase.
  const alone = words.length === 1 || HEAD_ENDS.test(words[1]);
  for (const [i, w] of words.entries()) {
    const cut = w.toLowerCase().replace(/(?:ings?|ed|es|s|e|al|ment|ion)$/, '');
    // "the weekend before the fire": a four-letter noun standing alone, whose ending cannot be cut off, is its own stem
    // (not in a clause of its own, "the night before the vote was held", which names no dated event by its noun).
    const stem = cut.length < 4 && w.length >= 4 && i === 0 && alone && !/s$/i.test(w) ? w.toLowerCase() : cut;
    if (stem.length < 4 || NOT_NAMING.test(w) || !/^[a-z-]+$/.test(stem)) continue;
    const told = patternOf(`\\b${stem}(?:e|es|s|ed|d|ing|ings|al|ment|ion)?\\b`, 'i');
    named.push(told);
    const found = newestTold(recent, told);
    if (found) return { draft: found, guessed: false };
  }
  // "by the next morning a surgeon had operated on him. … He came home ten days after the operation": a happening told
  // in the words of a dated event of the same paragraph that its title left out is as surely that event's.
  const sameParagraph = paraText !== undefined && named.length ? recent.findLast((d) => d.paragraphId === u.paragraphId && named.some((r) => r.test(paraText.slice(d.start, d.end)))) : undefined;
  if (sameParagraph) return { draft: sameParagraph, guessed: false };
  // "two days after the theft", the paintings "stolen" before: the noun names what a verb unlike it told.
  // "three days after the kidnapping and demanded …": the noun alone, when a conjunction or a preposition follows it.
  const verbs = words.length === 1 || (words.length > 1 && HEAD_ENDS.test(words[1])) ? nounVerbs(words[0]) : undefined;
  const told = verbs && newestTold(recent, verbs);
  if (told) return { draft: told, guessed: false };
  // "two days after the fall", she having "fell" on the ice; "a week after the break-in", thieves having "broke into"
  // the shop: a noun that is the bare or -ing form of a verb whose past is irregular (with a particle for a phrasal
  // verb's noun) names what that past told.
  const irregular = verbs ? undefined : alone || words.length === 1 ? irregularTold(recent, words[0]) : undefined;
  if (irregular) return { draft: irregular, guessed: false };
  // "a month after the merger", the banks having "merged": the noun's verb with a nominal ending taken off.
  const stems = words.length === 1 ? verbStems(words[0]) : [];
  const byStem = stems.length ? newestTold(recent, patternOf(`\\b(?:${stems.join('|')})(?:ed|d)\\b`, 'i')) : undefined;
  if (byStem) return { draft: byStem, guessed: false };
  // "died in the landslip of 25 January … for eight days before the slip", "the earthquake … a week after the quake": a
  // noun standing alone names a compound told before whose last part it is (a whole word of four letters or more
  // before it, so that "the rain" is not "terrain").
  const tail = words.length === 1 && /^[a-z]{4,}$/i.test(words[0]) && !NOT_HAPPENING.test(words[0]) ? newestTold(recent, patternOf(`\\b[a-z]{4,}${words[0]}s?\\b`, 'i')) : undefined;
  if (tail) return { draft: tail, guessed: false };
  // "three days after the kidnapping": a sudden happening the text does not name again is the story's lead, a guess.
  const lead = words.length === 1 ? namedHappening(u, ctx, phrase, words[0], []) : undefined;
  if (lead || words.length !== 1 || NOT_HAPPENING.test(words[0])) return lead;
  // "The roof fell in on Friday afternoon. Two days before the collapse, …": a happening no dated event's words name,
  // read right after the day the story told last, is read as that day's (a guess).
  const last = recent[recent.length - 1];
  const f = ctx.focus;
  const atFocus = !!last && !!f && last.paragraphId === f.paragraphId && last.start === f.start && (f.paragraphId !== u.paragraphId || f.end <= u.start);
  return atFocus && singleDay(f) ? { draft: f!, guessed: true } : undefined;
}

// The particles a phrasal verb's noun keeps after a hyphen ("break-in", "sit-in", "walk-out", "shake-up").
const PHRASAL_NOUN = /^([a-z]{3,}?)(?:ing)?(?:-(in|out|up|down|off|over))?$/;

/**
 * The dated event, newest, whose title tells by an irregular past the happening `noun` names: "fall" (fell), "meeting"
 * (met), "break-in" (broke in, broke into). None when the events so told are dated on different days, as then which one
 * the noun means is not plain.
 */
export function irregularTold(recent: Draft[], noun: string): Draft | undefined {
  const m = PHRASAL_NOUN.exec(noun.toLowerCase());
  // "the fall" may be the season, but only a dated "fell" is taken for it, which a season is not told by.
  const past = m ? irregularPastOf(m[1]) : undefined;
  if (!m || !past) return undefined;
  const particle = m[2] === 'in' ? String.raw`\s+in(?:to)?` : m[2] ? String.raw`\s+${m[2]}` : '';
  // A title may keep the verb and cut its particle, ending on it ("… broke" from "broke into the shed"); the clause it
  // was drafted from, when kept, still tells it.
  const told = patternOf(particle ? `\\b${past}(?:${particle}\\b|$)` : `\\b${past}\\b`, 'i');
  const all = recent.filter((d) => [d.title, d.drafted?.clause ?? ''].some((t) => told.test(t) && !placedAgainst(t, told)));
  return new Set(all.map((d) => `${d.date.start}|${d.date.end ?? ''}|${d.date.mod ?? ''}`)).size === 1 ? all[all.length - 1] : undefined;
}

// "The old record had stood for twelve years.": a past-perfect state whose length closes its sentence. A hedge on the
// count ("for less than three months", "for nearly ten years") still counts the length from the story's day.
const HAD_FOR = new RegExp(`\\bhad\\s+(?:(?:not|never|already|also|only)\\s+)?[a-z]{3,}\\b[^,;:"“”]{0,60}?\\bfor\\s+(?:${hedgeWords('around', 'barely', 'roughly', String.raw`(?:(?:a\s+)?little\s+|just\s+|slightly\s+)?(?:less|more|fewer)\s+than`, String.raw`(?:just\s+)?(?:over|under)`)}\\s+)?(\\d{1,2}|an?|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)[.!?]?$`, 'i');

/**
 * "Lena Tolv won on Saturday … The old record had stood for twelve years": a past-perfect state with no date of its
 * own lasted up to the day the story has got to, that long. Which time the past perfect looks back from is a reading,
 * so the date is flagged.
 */
export function hadStoodFor(u: Unit, ctx: NarrativeContext): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const m = u.timexes.every((t) => t.type === 'DURATION') ? HAD_FOR.exec(text.trimEnd()) : null;
  const story = ctx.storyDay;
  const day = story && !story.date.end && !story.date.mod ? parseYmd(story.date.start) : null;
  const n = m && countOf(m[1]);
  if (!m || !day || !n || !Number.isInteger(n) || /["“”]/.test(text)) return null;
  const unit = m[2].toLowerCase().replace(/s$/, '');
  const from = unit === 'year' ? { ...day, y: day.y - n } : unit === 'month' ? { ...addMonths(day.y, day.m, -n), d: day.d } : wholeDaysOn(day, -n, unit);
  const start = parseYmd(fmtDay(from)) ? fmtDay(from) : fmtDay({ ...from, d: 28 });
  const cut = m.index + Math.max(...[...m[0].matchAll(/\bfor\s/gi)].map((f) => f.index ?? 0));
  const { title, drafted } = titled(text.slice(0, cut).trim());
  if (!title) return null;
  return wholeUnit(u, { title, drafted }, { start, end: story!.date.start, basis: story!.date.basis, rule: 'sequence/had-for-until-story-day', note: `“${m[0].slice(cut - m.index).trim().replace(/[.!?]$/, '')}”, told in the past perfect: up to “${story!.title}”, the day the story has got to. Which time the past perfect looks back from is a reading.`, yearUncertain: true });
}

/**
 * "I started here as a guide in 1992, three weeks after the theft": a clause dated only coarsely (a year, or a stretch
 * from "since") that counts itself from a happening told before with a finer date takes the counted date, when it falls
 * inside its own. `recent` is what was dated before it, newest last. A happening found only by a guess is not used.
 */
export function narrowedByCount(d: Draft, paraText: string, ctx: NarrativeContext, recent: Draft[]): void {
  const date = d.date;
  // "said on Friday that he had walked there two days before his death": what a telling reports as done before its day
  // takes the count's day when it lies before that day. A clause placed only by its tense is left alone when long or
  // broken by punctuation, where its words may hold other happenings than the one counted; a short one is one clause
  // whose verb the count follows ("He came home ten days after the operation, and on Wednesday he walked …", "recovered
  // from the bankruptcy a year after the appointment"): it takes the count's day when that is before publication.
  const conjunct = date.mod === 'before' && date.rule === 'narrative-order/before-publication' && d.end - d.start <= 120 && !/[,;:]/.test(paraText.slice(d.start, d.end));
  const bound = date.mod === 'before' && (date.rule?.endsWith('/told-before') || conjunct) ? date.mod : null;
  if ((date.mod && !bound) || date.yearUncertain || (date.end && !date.rule?.endsWith('/since-until-publication'))) return;
  const text = paraText.slice(d.start, d.end);
  // "shut the shop on the morning after the swabs were taken, and …": a day on from a happening, in a clause of a
  // sentence whose own date is another clause's, is counted as a sentence with no date counts it (countedFromHappening).
  const fromCount = countFromIn(text, true);
  if (!fromCount) return;
  const { m, n } = fromCount;
  const phrase = m[4].trim();
  const words = phrase.split(/\s+/);
  const named = phraseHappening(d, ctx, phrase, recent, conjunct ? paraText : undefined) ?? (words.length === 2 ? namedHappening(d, ctx, phrase, words[1], recent) : undefined);
  const h = named && !named.guessed ? named.draft : null;
  const value = h && h !== d && !h.date.mod && !h.date.end && !h.date.yearUncertain ? countedOn(h.date, m, n) : null;
  const lo = date.start;
  const hi = date.end ?? date.start;
  if (bound && value) {
    const at = value.slice(0, lo.length);
    if (bound === 'before' ? at > lo : at < lo) return;
    d.date = { start: value, basis: h!.date.basis, rule: 'sequence/counted-from-happening', note: `“${m[1]} ${m[2]} ${m[3].toLowerCase()}” “${h!.title}”: counted from its date, ${bound} ${lo} as the clause's own placing has it.` };
    return;
  }
  if (!value || value.length <= lo.length || value.slice(0, lo.length) < lo || value.slice(0, hi.length) > hi || value.slice(0, lo.length) === lo && date.end) return;
  d.date = { start: value, basis: h!.date.basis, rule: 'sequence/counted-from-happening', note: `“${m[1]} ${m[2]} ${m[3].toLowerCase()}” “${h!.title}”: counted from its date, inside the clause's own “${lo}${date.end ? `–${hi}` : ''}”.` };
}

// "the mill shuts", "the pier reopened", "the ferry sank": a subject of one noun after its determiner, then a verb in the
// present (-s) or the past; the verb, not the subject, names the happening.
const CLAUSE_AFTER_ORDER = /^(?:the|his|her|its|their)\s+[a-z]+\s+([a-z]{3,})$/i;

/** The verb of a phrase that is a whole clause ("the mill shuts": "shuts"), or null for a noun phrase. */
function clauseVerb(phrase: string): string | null {
  const m = CLAUSE_AFTER_ORDER.exec(phrase);
  const w = m?.[1].toLowerCase();
  return w && (/[^s]s$/.test(w) || isPastForm(w)) ? w : null;
}

// "searched the harbour the Saturday after the theft": a weekday counted from a happening the phrase names.
const WEEKDAY_FROM = new RegExp(`\\bthe\\s+(${WEEKDAY_RE})\\s+(after|before)\\s+((?:the|his|her|its|their)\\s+[^,;:.!?"“”()]{2,60})`, 'i');

/**
 * "Thieves took the paintings on May 3. Police searched the harbour the Saturday after the theft": a clause dated by a
 * weekday alone (read against publication or the day in focus) takes the first such weekday after (before) the day of
 * the happening its phrase names, when the text dated that to the day. A happening found only by a guess is not used.
 */
export function weekdayFromHappening(d: Draft, paraText: string, ctx: NarrativeContext, recent: () => Draft[]): void {
  if (!d.date.rule?.startsWith('weekday/') || d.date.end || d.date.mod) return;
  const m = WEEKDAY_FROM.exec(paraText.slice(d.start, d.end));
  if (!m) return;
  // Only a happening told to the day can give a weekday beside it: one told to the month or year is passed over.
  const days = recent().filter((r) => singleDay(r));
  const phrase = m[3].trim();
  const verb = clauseVerb(phrase);
  const named = (verb ? phraseHappening(d, ctx, `the ${verb}`, days) : undefined) ?? phraseHappening(d, ctx, phrase, days);
  const h = named && !named.guessed && named.draft !== d ? named.draft : null;
  const one = singleDay(h);
  const day = one ? parseYmd(one) : null;
  if (!h || !day) return;
  const side = m[2].toLowerCase() === 'after' ? 'after' : 'before';
  // "will be auctioned on the Friday after the mill shuts": a day told as still to come is no day before publication.
  if (ctx.published && /\/future-tense\b/.test(d.date.rule) && toDayNumber(weekdayBeside(day, weekdayNumber(m[1])!, side)) < toDayNumber(ctx.published)) return;
  d.date = {
    start: fmtDay(weekdayBeside(day, weekdayNumber(m[1])!, side)),
    basis: h.date.basis,
    rule: 'sequence/weekday-from-happening',
    note: `“the ${m[1]} ${side}” “${h.title}”: counted from its date.`,
    ...(h.date.yearUncertain ? { yearUncertain: true } : {}),
  };
}

// ", and the city gave her its medal a year after her retirement": a conjunct with a subject of its own after the
// dated clause, no date of its own, and a count from a happening.
const AND_CONJUNCT = /,\s+and\s+(?=(?:the|an?|his|her|its|their|[A-Z][a-z]+)\s)/;
// "finished fourth in July and trained hard for the six weeks before the regatta": a second verb of the same subject,
// whose stretch is counted from a happening (only a stretch: STRETCH_LEAD before the count).
const AND_VERB = /(?<!\s)\s+and\s+(?=[a-z]{3,}ed\s)/;
// "The shop shut on Tuesday, having run short a week before it shut": a perfect participle after the dated clause tells
// what its subject had done before that clause's happening, a clause of its own as a conjunct with a subject is.
const HAVING_CLAUSE = /,\s+having\s+(?=(?:been|had|[a-z]{2,}(?:ed|en|t|n))\s)/;

/**
 * "She retired in 1960, and the city gave her its silver medal a year after her retirement": the second conjunct is an
 * event of its own, counted from the happening its phrase names (the first conjunct's, or one dated before), when it
 * has no date of its own (a tagged expression other than a length, which the clause's reading already placed). The
 * dated draft keeps the first conjunct only. Returns the new event, or null; `u` is the sentence the draft is in, and
 * `recent` is read only when a conjunct holds such a count.
 */
export function countedConjunct(d: Draft, u: Unit, ctx: NarrativeContext, recent: () => Draft[]): Draft | null {
  // "Talks ran from 3 to 9 May, and a deal was signed two days after the vote": a first conjunct told over a stretch
  // leaves the second as much its own as one told on a day.
  if (d.date.mod) return null;
  const subject = undatedConjunct(u.paraText, d.start, d.end, AND_CONJUNCT, u.timexes) ?? undatedConjunct(u.paraText, d.start, d.end, HAVING_CLAUSE, u.timexes);
  // A habit inside the conjunct ("twice a day") is no date of its own.
  const and = subject ?? undatedConjunct(u.paraText, d.start, d.end, AND_VERB, u.timexes.filter((t) => t.type !== 'SET'));
  const conj = and ? u.paraText.slice(and.start, d.end) : '';
  const fromCount = and ? countFromIn(conj, false) : null;
  if (!and || !fromCount) return null;
  const { m, n } = fromCount;
  const leadFrom = Math.max(0, m.index - 16);
  const lead = STRETCH_LEAD.exec(conj.slice(leadFrom, m.index));
  if ((!subject && !lead) || happeningOf(conj) !== 'past') return null;
  const first: Draft = { ...d, end: and.at, title: u.paraText.slice(d.start, and.at) };
  const named = phraseHappening(d, ctx, m[4].trim(), [...recent(), first]);
  const h = named && !named.guessed ? named.draft : null;
  const value = h && !h.date.mod && !h.date.end ? countedOn(h.date, m, n) : null;
  const phraseEnd = m.index + m[0].length;
  const cutFrom = lead ? leadFrom + lead.index : m.index;
  const { title, drafted } = titled(removeRanges(conj.slice(0, phraseEnd), [{ start: cutFrom, end: phraseEnd }]));
  if (!h || !value || !title) return null;
  const span = lead ? stretchBeside(h.date, value, m[3]) : null;
  const { start } = and;
  const end = d.end;
  d.end = and.at;
  // The first conjunct's own words, as drafted: a pronoun subject stays as written ("She retired"), not guessed again.
  // Its dates go as a dated clause's do, the words that lead into them with them.
  const own = titled(withoutSpans(u.paraText, d.start, and.at, u.timexes.filter((t) => t.start >= d.start && t.end <= and.at)));
  if (own.title) {
    d.title = own.title;
    delete d.drafted;
  }
  const count = `${m[1]} ${m[2]} ${m[3].toLowerCase()}`;
  const uncertain = h.date.yearUncertain;
  return { paragraphId: d.paragraphId, start, end, title, drafted, date: { start: span?.start ?? value, ...(span ? { end: span.end } : {}), basis: h.date.basis, rule: 'sequence/counted-from-happening', note: `“${count}” “${h === first ? first.title.trim() : h.title}”: counted from its date.`, ...(uncertain ? { yearUncertain: true } : {}) }, order: 0 };
}

// ", a role she kept until 2001", ", which he ran until …": a stretch set off at the clause's end, the clause's only date
// its end.
const UNTIL_SET_OFF = /,\s+(?:a|an|the|which|who)\s[^,;:]*$/i;
// The count's phrase as a noun, up to where the clause's subject opens ("after her election she was made …").
const NOUN_PHRASE_THEN_SUBJECT = /^(?:the|his|her|its|their)\s+(?:[a-z-]+\s+)?[a-z-]{3,}(?=,?\s+(?:he|she|they|it|we|I|the|a|an|[A-Z]))/;

/** What countedBesideUntil makes of its clause: the clause's new date (title and end where they change), and the stretch. */
type CountedBeside = { clause: Pick<Draft, 'date'> & Partial<Pick<Draft, 'title' | 'drafted' | 'end'>>; stretch: Draft | null };

/**
 * "Two years after her election she was made party leader, a role she kept until 2001": a clause whose count opens
 * it and whose only date ends a stretch set off beside it (COUNTED_UNDATED) is counted from the happening its phrase
 * names, when the text dated that before; the stretch set off runs from the counted date up to the clause's date,
 * an event of its own. Null (the clause left as dated) when no such happening is found.
 */
export function countedBesideUntil(d: Draft, paraText: string, ctx: NarrativeContext, recent: Draft[]): CountedBeside | null {
  const text = paraText.slice(d.start, d.end);
  const fromCount = countFromIn(text, false);
  if (!fromCount || !/^\W*$/.test(text.slice(0, fromCount.m.index))) return null;
  const { m, n } = fromCount;
  const named = phraseHappening(d, ctx, m[4].trim(), recent);
  const h = named && !named.guessed && named.draft !== d ? named.draft : null;
  const value = h && !h.date.mod && !h.date.end ? countedOn(h.date, m, n) : null;
  const until = d.date.start;
  if (!h || !value || value.slice(0, until.length) >= until) return null;
  const count = `${m[1]} ${m[2]} ${m[3].toLowerCase()}`;
  const flag = h.date.yearUncertain ? { yearUncertain: true as const } : {};
  const aside = UNTIL_SET_OFF.exec(text);
  const phrase = NOUN_PHRASE_THEN_SUBJECT.exec(m[4]);
  const cut = phrase ? [{ start: m.index, end: m.index + m[0].length - m[4].length + phrase[0].length }] : [];
  const own = titled(removeRanges(text.slice(0, aside ? aside.index : text.length), cut));
  const stretch = aside ? titled(text.slice(aside.index).replace(/^[\s,]+/, '').replace(/[\s.!?]+$/, '')) : null;
  const date: EventDate = { start: value, basis: h.date.basis, rule: 'sequence/counted-from-happening', note: `“${count}” “${h.title}”: counted from its date.`, ...flag };
  const titledOwn = own.title ? { title: own.title, drafted: own.drafted } : {};
  if (!aside || !stretch?.title) return { clause: { date, ...titledOwn }, stretch: null };
  const start = d.start + aside.index + /^[\s,]*/.exec(text.slice(aside.index))![0].length;
  const note = `From “${own.title || d.title}”, ${count} “${h.title}”, up to ${until}.`;
  return {
    clause: { date, ...titledOwn, end: d.start + aside.index },
    stretch: { paragraphId: d.paragraphId, start, end: d.end, title: stretch.title, drafted: stretch.drafted, date: { start: value, end: until, basis: h.date.basis, rule: 'sequence/counted-from-happening-until', note, ...flag }, order: d.order + 0.5 },
  };
}

/**
 * "for the six weeks before the regatta": the stretch from the counted date up to the day before the happening;
 * "in the six weeks after the flood": from the happening to the counted date.
 */
function stretchBeside(h: EventDate, counted: string, word: string): { start: string; end: string } {
  if (word.toLowerCase() !== 'before') return { start: h.start, end: counted };
  const day = DAY_VALUE.test(h.start) ? parseYmd(h.start) : null;
  return { start: counted, end: day ? fmtDay(addDays(day, -1)) : h.start };
}

// "has stayed shut ever since the flood": a state from a happening named at the end of its clause.
const SINCE_NAMED = /\b(?:ever\s+)?since\s+((?:the|his|her|its|their)\s+[a-z-]{3,}(?:\s+[a-z-]{3,})?)(?=\s*[,.;:!?]|\s*$)/i;

/**
 * "The river flooded the town on March 2, 2019. The bakery has stayed shut ever since the flood" (or "Since the flood,
 * the bakery has stayed shut"): a sentence with no
 * date of its own, in the present perfect, runs from the dated happening its "since" names (found by a form of the
 * word, as counts from a happening are) up to publication. A happening the text never names again is left alone.
 */
export function sinceHappeningState(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[], upTo = u.end): Draft | null {
  // With `upTo`, only the words before it are read: a count whose last time has its own date after them
  // (lastOfUndatedCount).
  const text = u.paraText.slice(u.start, upTo);
  const m = ctx.published && u.timexes.every((t) => t.start >= upTo) ? SINCE_NAMED.exec(text) : null;
  // "Since the closure, the town has rebuilt itself": opening the sentence, the perfect comes after it.
  const opening = !!m && /^\W*$/.test(text.slice(0, m.index));
  if (!m || !PRESENT_PERFECT.test(opening ? text.slice(m.index + m[0].length) : text.slice(0, m.index))) return null;
  // "the biggest leap we've taken since the first model": a record against the last time, no state lasting since.
  if (RECORD_BEFORE_DATE.test(text.slice(0, m.index + m[0].length - m[1].length))) return null;
  const named = phraseHappening(u, ctx, m[1], recentDated(u, drafts, kept));
  const h = named?.draft;
  const pub = fmtDay(ctx.published!);
  // A stretch from a guessed happening would be a made-up start: the sentence stays placed by its tense.
  if (!h || named!.guessed || h.date.mod || !(h.date.start < pub)) return null;
  const { title, drafted } = titled(removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!title) return null;
  const d = stretchFrom(u, { title, drafted }, h, pub, 'narrative-focus/since-happening', `“${m[0].trim()}”: from “${h.title}” up to publication (${fmtHuman(ctx.published!)}).`);
  if (upTo < u.end) d.end = u.start + text.replace(/[\s,;]+$/, '').length;
  return d;
}

// "a year after the checks ended", the checks having run from one month to another: the count is from the stretch's
// end (from its start when the phrase tells it starting).
const ENDED = /\b(?:ended|finished|closed|concluded|stopped|ceased|expired|ran\s+out|was\s+over|were\s+over|wound\s+up)\b/i;
const BEGAN = /\b(?:began|begun|started|opened|got\s+under\s+way)\b/i;

/** A happening told as a stretch, read at the edge its phrase names; any other date as it is. */
function edgeOf(date: EventDate, phrase: string): EventDate {
  if (!date.end || date.mod) return date;
  const at = ENDED.test(phrase) ? date.end : BEGAN.test(phrase) ? date.start : null;
  if (!at) return date;
  const { end: _end, ...rest } = date;
  return { ...rest, start: at };
}

// A part of a day, and one or more days or parts, as a count's unit: both count as days.
const PART_OF_DAY_WORD = new RegExp(`^(?:${PART_OF_DAY_ALTS})$`, 'i');
const DAYS_OR_PARTS_WORD = new RegExp(`^(?:${PART_OF_DAY_ALTS}|day)s?$`, 'i');

/** The date a COUNT_FROM or DAY_FROM match leads to from the happening's date: its count, its unit, after or before. */
function countedOn(date: EventDate, m: RegExpExecArray, n: number): string | null {
  if (/^weekend$/i.test(m[2])) return weekendBeside(date, m[3].toLowerCase() === 'after');
  // "the morning after the vote": a part of a day counts as the day.
  const unit = PART_OF_DAY_WORD.test(m[2]) ? 'day' : m[2].toLowerCase();
  return countOn(date, m[3].toLowerCase() === 'after' ? n : -n, unit);
}

/**
 * The Saturday of the weekend before (after) a day: the last whose Sunday is before it, the first whose Saturday is
 * after it (a fire on a Saturday night has the weekend before it a week back). Null for a date coarser than a day.
 */
function weekendBeside(date: EventDate, after: boolean): string | null {
  const p = DAY_VALUE.test(date.start) ? parseYmd(date.start) : null;
  if (!p) return null;
  const wd = isoWeekday(p);
  return fmtDay(addDays(p, after ? ((6 - wd + 7) % 7 || 7) : -((wd % 7) || 7) - 1));
}

/**
 * Days, weeks or hours counted from a happening dated only to its month: the months the count can land in, from
 * the month's first day counted to its last ("ten days after" March: March to April). From a year given alone, a count
 * of under a month stays in that year, as "three days later" after "in 2015" does (anaphoric-day); longer ones, the
 * years they can land in. Null for a happening dated to the day, and for counts in months or years (countOn).
 */
function coarseCount(date: EventDate, m: RegExpExecArray, n: number): { start: string; end?: string } | null {
  const unit = DAYS_OR_PARTS_WORD.test(m[2]) ? 'day' : m[2].toLowerCase().replace(/s$/, '');
  if (unit !== 'day' && unit !== 'week' && unit !== 'hour') return null;
  const signed = m[3].toLowerCase() === 'after' ? n : -n;
  const days = unit === 'week' ? 7 * signed : unit === 'hour' ? Math.trunc(signed / 24) : signed;
  const month = /^(\d{4})-(\d{2})$/.exec(date.start);
  const year = /^(\d{4})$/.exec(date.start);
  if (!month && !year) return null;
  const y = +(month ?? year)![1];
  const first = month ? { y, m: +month[2], d: 1 } : { y, m: 1, d: 1 };
  const last = month ? { y, m: +month[2], d: daysInMonth(y, +month[2]) } : { y, m: 12, d: 31 };
  const [a, b] = [addDays(first, days), addDays(last, days)];
  const fmt = (p: Ymd) => (month ? `${p.y}-${String(p.m).padStart(2, '0')}` : String(p.y));
  if (year && Math.abs(days) < 31) return { start: String(y) };
  return fmt(a) === fmt(b) ? { start: fmt(a) } : { start: fmt(a), end: fmt(b) };
}

/** `n` units on (back, when negative) from a plain date, at the count's precision; null when the date is too coarse. */
export function countOn(date: EventDate, n: number, unit: string): string | null {
  const p = parseYmd(date.start);
  const y = +date.start.slice(0, 4);
  const m = date.start.length >= 7 ? +date.start.slice(5, 7) : 0;
  // "a year after" a happening told only to its month is that month a year on; a count of several years, or one from a
  // day, is told in round years and read as a year ("fifty years after the strike", "a year after the explosion").
  if (unit.startsWith('year')) return m && Math.abs(n) === 1 && date.start.length === 7 ? `${y + n}-${String(m).padStart(2, '0')}` : String(y + n);
  if (unit.startsWith('month') && m) {
    const r = addMonths(y, m, n);
    return `${r.y}-${String(r.m).padStart(2, '0')}`;
  }
  if (!p) return null;
  // "forty-eight hours before his death": whole days back; "an hour after the final whistle": a few hours, the same day.
  if (unit.startsWith('hour')) return n % 24 === 0 || Math.abs(n) <= 6 ? fmtDay(addDays(p, Math.trunc(n / 24))) : null;
  return fmtDay(wholeDaysOn(p, n, unit));
}

// What may come before a count that opens its sentence.
const OPENS_SENTENCE = /^\W*$/;

/**
 * "Nine days after the burglary detectives searched …": a count opening its sentence with no comma after its phrase.
 * The phrase ends where a subject of one word and a verb in the past begin ("the burglary" + "detectives searched"); the
 * match is cut there and a comma read in its place, so the count is read as one set off from its clause. Otherwise (or
 * when the count is not first) the match as it was.
 */
function uncommaedOpening(text: string, m: RegExpExecArray | null): { m: RegExpExecArray | null; cut: boolean } {
  if (!m || !OPENS_SENTENCE.test(text.slice(0, m.index)) || /^\s*,/.test(text.slice(m.index + m[0].length))) return { m, cut: false };
  const words = m[4].split(/\s+/);
  if (!/^(?:the|his|her|its|their)$/i.test(words[0])) return { m, cut: false };
  for (const k of [2, 3]) {
    const subject = words[k];
    const verb = words[k + 1]?.toLowerCase();
    if (!subject || !verb || !/^[A-Za-z][a-z]+$/.test(subject) || isPastForm(subject.toLowerCase()) || !isPastForm(verb)) continue;
    if (words.slice(1, k).some((w) => isPastForm(w.toLowerCase()) || !/^[a-z-]+$/i.test(w))) break;
    const phrase = words.slice(0, k).join(' ');
    const r = Object.assign([...m], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
    r[0] = m[0].slice(0, m[0].length - m[4].length) + phrase;
    r[4] = phrase;
    return { m: r, cut: true };
  }
  return { m, cut: false };
}

/**
 * "She gave up teaching two years after the hedgehog book appeared, and since then she has translated 212 books": a
 * sentence with no date of its own, told in the past, counted from a dated happening its phrase names (1973: 1975);
 * "and since then" with a present perfect after it runs from that date to publication.
 */
export function countedFromHappening(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): Draft[] {
  const text = u.paraText.slice(u.start, u.end);
  const fromCount = countFromIn(text, true);
  if (!fromCount) return [];
  const { n } = fromCount;
  const { m: opened, cut } = uncommaedOpening(text, fromCount.m);
  const m = opened ?? fromCount.m;
  // "Two days before the breach, engineers had warned …": a count opening the sentence is told by the verb after it.
  // So is a stretch opening it ("In the ten days before the final, the team trained in the hills").
  const opening = /^\W*(?:(?:in|during|over|within|for|throughout)\s+the\s+(?:first\s+|last\s+)?)?$/i.test(text.slice(0, m.index)) && (cut || /^\s*,/.test(text.slice(m.index + m[0].length)));
  if (happeningOf(opening ? text : text.slice(0, m.index + m[0].length)) !== 'past') return [];
  const named = phraseHappening(u, ctx, m[4].trim(), recentDated(u, drafts, kept), u.paraText);
  const h = named && { ...named.draft, date: edgeOf(named.draft.date, m[4]) };
  const phraseEnd = m.index + m[0].length;
  const stretchLead = !/^the$/i.test(m[1]) && STRETCH_LEAD.test(text.slice(Math.max(0, m.index - 16), m.index));
  // "ten days after the flood", the flood told only in "March 2015": no day to count from, so the count is as coarse
  // as its anchor, never a day the text does not give.
  // Not "the day after the fall": a happening named with a single day's count is one the reader knows to the day, and one
  // found dated only to its month is likely another of the same name.
  const coarse = h && !h.date.mod && !h.date.end && !stretchLead && !/^the$/i.test(m[1]) ? coarseCount(h.date, m, n) : null;
  const value = coarse ? coarse.start : h && !h.date.mod && !h.date.end ? countedOn(h.date, m, n) : null;
  const { title, drafted } = titled(opening ? text.slice(phraseEnd).replace(/^[\s,]+/, '') : removeRanges(text.slice(0, phraseEnd), [{ start: m.index, end: phraseEnd }]));
  if (!h || !value || !title) return [];
  const uncertain = h.date.yearUncertain || named!.guessed;
  const count = `${m[1]} ${m[2]} ${m[3].toLowerCase()}`;
  if (coarse) {
    const note = `“${count}” “${h.title}”, which the text dates only to its ${h.date.start.length === 4 ? 'year' : 'month'}: the count is no more precise than that.${named!.guessed ? GUESSED_HAPPENING : ''}`;
    const date: EventDate = { start: coarse.start, ...(coarse.end ? { end: coarse.end } : {}), basis: h.date.basis, rule: 'sequence/counted-from-coarse-happening', note, ...(uncertain ? { yearUncertain: true } : {}) };
    return [{ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date, order: 0 }];
  }
  const note = `“${count}” “${h.title}”: counted from its date.${named!.guessed ? GUESSED_HAPPENING : ''}`;
  // "thrown up in the six weeks after the flood": the whole stretch from the happening.
  // "for the six weeks before the regatta": the stretch up to it.
  const stretch = stretchLead ? stretchBeside(h.date, value, m[3]) : null;
  // "the weekend before the fire": the Saturday and Sunday of the weekend counted to.
  const weekend = /^weekend$/i.test(m[2]) ? { start: value, end: fmtDay(addDays(parseYmd(value)!, 1)) } : null;
  const date: EventDate = { start: stretch ? stretch.start : value, ...(weekend ? { end: weekend.end } : stretch ? { end: stretch.end } : {}), basis: h.date.basis, rule: 'sequence/counted-from-happening', note, ...(uncertain ? { yearUncertain: true } : {}) };
  const counted: Draft = { paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date, order: 0 };
  const out: Draft[] = [counted];
  const told = !opening && !stretch && !weekend ? toldAgainBack(u, ctx, h, value, m, text) : null;
  if (told) {
    counted.end = u.start + m.index;
    out.push(told);
  }
  const tail = text.slice(phraseEnd);
  const since = SINCE_THEN_TAIL.exec(tail);
  const rest = since && titled(tail.slice(since[0].length).replace(/^[\s,]+/, ''));
  // With no publication date to run it to, the "since then" clause stays in the sentence's evidence.
  if (since && rest?.title && ctx.published && PRESENT_PERFECT.test(tail) && value < fmtDay(ctx.published)) {
    const pub = fmtDay(ctx.published);
    counted.end = u.start + phraseEnd;
    out.push({ paragraphId: u.paragraphId, start: u.start + phraseEnd + tail.search(/\S/), end: u.end, ...rest, date: { start: value, end: pub, basis: h.date.basis, rule: 'narrative-focus/since-then', note: `“since then”: from ${count} “${h.title}” up to publication (${fmtHuman(ctx.published)}).`, ...(uncertain ? { yearUncertain: true } : {}) }, order: 0 });
  }
  return out;
}

// "We sold the boat in the week the storm was at its worst": the week a happening the text dated fell in, named by its noun as
// the subject of a clause after "the week".
const WEEK_OF = new RegExp(String.raw`\b(?:in|during)\s+the\s+week\s+(the\s+(?:[a-z-]+\s+)?(${HAPPENING_NOUN_RE}))\s+(?:was|were|had|came|broke|hit|struck|started|began)\b`, 'i');

/**
 * "We sold the boat in the week the storm was at its worst", the storm told earlier with its day: the Monday-to-Sunday week
 * holding that day. Null when the sentence names no such week or no dated happening by its noun.
 */
export function weekOfHappening(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): EventDate | null {
  const m = u.timexes.some((t) => t.type === 'DATE' || t.type === 'TIME') ? null : WEEK_OF.exec(u.paraText.slice(u.start, u.end));
  const named = m ? phraseHappening(u, ctx, m[1], recentDated(u, drafts, kept)) : undefined;
  const h = named && !named.guessed ? named.draft.date : null;
  const day = h && !h.mod && !h.end && !h.yearUncertain && DAY_VALUE.test(h.start) ? parseYmd(h.start) : null;
  if (!m || !day) return null;
  const monday = addDays(day, 1 - isoWeekday(day));
  const pub = ctx.published && fmtDay(ctx.published);
  if (pub && fmtDay(monday) > pub) return null;
  return { start: fmtDay(monday), end: fmtDay(addDays(monday, 6)), basis: h!.basis, rule: 'sequence/week-of-happening', note: `“the week ${m[1]} …”: the week (Monday to Sunday) of “${named!.draft.title}”, which the text dated ${h!.start}.` };
}

// A count's phrase told as a clause of its own, a subject and its verb: "after he walked out", "before the roof fell in".
const CLAUSE_PHRASE = /^(?:(?:he|she|they|it|we)\s+(?:(?:had|was|were)\s+)?[a-z]{3,}|(?:the|his|her|its|their)\s+[a-z-]{3,}\s+(?:(?:had|was|were)\s+)?[a-z]{3,}(?:ed|[a-z]{0,2}))\b/i;

/**
 * "Bell was rescued on Friday. … She was pulled from the rubble, four days after the quake struck": a count that lands
 * on the day the story is at tells nothing new of the sentence's own happening, told on that day already; the clause it
 * names ("the quake struck") is a mention of the happening counted from, on its date. Null when the count lands
 * elsewhere, or its phrase is a noun ("after the quake"), not a clause.
 */
function toldAgainBack(u: Unit, ctx: NarrativeContext, h: Draft, value: string, m: RegExpExecArray, text: string): Draft | null {
  const f = ctx.focus;
  const phrase = m[4].trim();
  if (!f || f === h || singleDay(f) !== value || h.date.mod || h.date.end) return null;
  if (!CLAUSE_PHRASE.test(phrase) || !happeningOf(phrase)) return null;
  const { title, drafted } = titled(phrase);
  if (!title) return null;
  const start = u.start + m.index;
  return { paragraphId: u.paragraphId, start, end: start + m[0].length, title, drafted, date: { ...h.date, rule: 'sequence/happening-counted-to-focus', note: `“${m[0].trim()}”, counted to “${f.title}”, the day the story is at: the clause is “${h.title}” told again, on its date.` }, order: 0 };
}

/**
 * "In the days after the collapse, rescue teams arrived", "recorded 14 inches in the first 48 hours of the
 * incident period": a stretch counted from a happening the text dated, told in the past with no date of its own.
 */
export function afterHappening(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): Draft | null {
  const text = u.paraText.slice(u.start, u.end);
  const opening = openingAfter(text);
  const first = opening ? null : firstOf(text);
  const m = opening ?? first;
  if (!m) return null;
  // "available for work done during the first 30 days of the incident period": the first days of a period named are
  // that stretch whatever the tense; the days after a happening are told in the past.
  if (!first && happeningOf(text) !== 'past') return null;
  const recent = recentDated(u, drafts, kept);
  const named = namedHappening(u, ctx, m.phrase, m.noun, recent);
  const h = named?.draft;
  const start = h && parseYmd(h.date.start);
  const last = h && parseYmd(h.date.end ?? h.date.start);
  if (!h || !start || !last || h.date.mod) return null;
  let end: Ymd;
  const unit = m.unit.toLowerCase();
  if (opening) {
    if (unit === 'months') {
      const e = addMonths(last.y, last.m, 3);
      end = { ...e, d: Math.min(last.d, daysInMonth(e.y, e.m)) };
    } else end = addDays(last, AFTER_REACH[unit]);
  } else {
    const n = parseCount(m.count!);
    if (!n || !Number.isInteger(n)) return null;
    const days = unit === 'hours' ? Math.ceil(n / 24) : unit === 'weeks' ? 7 * n : n;
    end = addDays(start, days - 1);
    // A happening shorter than the count ("the first 30 days" of a week-long incident period) still has them counted
    // from its start; only a count of hours is read within its days.
    if (unit === 'hours' && toDayNumber(end) > toDayNumber(last)) return null;
  }
  const { title, drafted } = titled(opening ? text.slice(m.said.length) : removeRanges(text, [{ start: m.index, end: m.index + m.said.length }]));
  if (!title) return null;
  // What is counted from it next ("Within a month", "Since then") rests on the same reading, and is flagged with it.
  const from = named!.guessed ? { ...h, date: { ...h.date, yearUncertain: true } } : h;
  ctx.happening = { draft: from, paragraphId: u.paragraphId };
  ctx.lastDated = from;
  return wholeUnit(u, { title, drafted }, {
      start: h.date.start,
      ...(fmtDay(end) !== h.date.start ? { end: fmtDay(end) } : {}),
      basis: h.date.basis,
      rule: 'sequence/counted-from-happening',
      note: `“${m.said.replace(/[\s,]+$/, '').replace(/^\W+/, '')}”: counted from “${h.title}”${opening ? ', up to some days (weeks, months) after it' : ''}.${named!.guessed ? GUESSED_HAPPENING : ''}`,
      ...(h.date.yearUncertain || named!.guessed ? { yearUncertain: true } : {}),
    });
}

// "two years later", "a week later", "six months later": a whole count on from the date the story was at.
const LATER_COUNT = new RegExp(`\\b(\\d{1,3}|an?|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?|decades?)\\s+later\\b`, 'i');

/**
 * "She was sent to a school in the north and married three years later": the first conjunct, left with no date of its
 * own, is the happening the second's count is made from, so it is on the date the count starts at (the count moved
 * back), with the count's basis and doubt. `first` is that undated conjunct, `count` the dated one right after it
 * across a bare "and"; returns the date, or null when the words do not read so.
 */
export function beforeCountDate(first: Draft, count: Draft, paraText: string): EventDate | null {
  if (!/^ago\/later\b/.test(count.date.rule ?? '') || count.date.end || count.date.mod) return null;
  if (first.paragraphId !== count.paragraphId || !/^\s+and\s+$/.test(paraText.slice(first.end, count.start).replace(/\s+(?:then|later)\s*$/, ' '))) return null;
  const m = LATER_COUNT.exec(paraText.slice(count.start, count.end));
  const n = m ? countOf(m[1]) : undefined;
  if (!m || !n || !Number.isInteger(n)) return null;
  const decade = /^decade/i.test(m[2]);
  const start = countOn(count.date, -(decade ? 10 * n : n), decade ? 'years' : m[2].toLowerCase());
  if (!start) return null;
  const uncertain = count.date.yearUncertain;
  return { start, basis: count.date.basis, rule: 'sequence/before-count', note: `The happening “${m[0]}” is counted from: the date the count starts at.`, ...(uncertain ? { yearUncertain: true } : {}) };
}

// "that night", "the next morning", "the previous evening", "later that day": a day, or a part of one, that the tagger
// counted from the day the story was at.
// The expression may hold a clock time before it ("at 11 p.m. that night").
const DAY_ANAPHOR = new RegExp(String.raw`\b(the\s+(?:next|following|previous|preceding)|that(?:\s+same)?|the\s+same|later\s+that|earlier\s+that)\s+(?:day|${PART_OF_DAY_ALTS})$`, 'i');
// "the fire", "the flood of that night", "before the rally": a happening named with "the". Not a noun used as the
// first word of another ("the fire brigade", "the flood warning"), which names no happening.
const THE_HAPPENING = new RegExp(String.raw`\bthe\s+(?:[a-z-]+\s+)?(${HAPPENING_NOUN_RE})\b(?!\s+(?:service|brigade|station|chief|crews?|department|officers?|engines?|fighters?|warnings?|defen[cs]es|report|plain|safety|risk|insurance|season|team)\b)`, 'gi');

/**
 * "The fire broke out on Aug. 3. … Four days later he filed a claim. … Phone records showed he had called his brother
 * at 11.41 that night, before the fire": a day counted with "that night" or "the next morning" in a sentence that names
 * a happening dated to a day before the day the story has got to, when neither that sentence nor the one before it
 * dates anything of its own (other than counts from that happening), goes back to the happening's day: the writer
 * has returned to it, and the date last written is background to the anaphor. `units` are the paragraph's sentences.
 */
export function dayAnaphorFromHappening(d: Draft, units: Unit[], ctx: NarrativeContext, recent: () => Draft[]): void {
  if (!/^anaphoric(?:\+[a-z]+)*(?:\/day-before-year-in-focus)?(?:\/|$)/.test(d.date.rule ?? '') || !singleDay(d)) return;
  const i = units.findIndex((x) => x.start <= d.start && d.start < x.end);
  const u = units[i];
  const anaphor = u?.timexes.find((t) => t.start >= d.start && t.end <= d.end && DAY_ANAPHOR.test(t.text.trim()));
  if (!u || !anaphor) return;
  const near = i > 0 ? [units[i - 1], u] : [u];
  let found: { noun: string; at: number } | undefined;
  for (const x of near) {
    for (const m of x.paraText.slice(x.start, x.end).matchAll(THE_HAPPENING)) found = { noun: m[1].toLowerCase(), at: x.start + m.index! + m[0].length - m[1].length };
  }
  if (!found) return;
  const at = found.at;
  // A date of the two sentences' own, not counted from the happening ("the weekend before the fire" is), is where the
  // story is: the anaphor goes on from it as the tagger read.
  const own = near.some((x) => x.timexes.some((t) => t !== anaphor && (t.type === 'DATE' || t.type === 'TIME') && !(at >= t.start && at <= t.end + 40)));
  if (own) return;
  const named = phraseHappening(d, ctx, `the ${found.noun}`, recent());
  const key = happeningKey(found.noun);
  // The dated event whose title names it, else one the text dated by the noun's verb, beside the noun or brought in
  // with "a"; the first of them dated to a day ("the flood report, written that spring" names no flood).
  const dates = [named && !named.guessed && named.draft !== d ? named.draft.date : undefined, ctx.toldByVerb?.get(found.noun)?.date, ctx.happenings?.get(key), ctx.introduced?.get(key)];
  const date = dates.find((x) => x && !x.mod && !x.end && (DAY_VALUE.test(x.start) || MONTH_VALUE.test(x.start)));
  if (!date) return;
  const lead = DAY_ANAPHOR.exec(anaphor.text.trim())![1].toLowerCase();
  const delta = /next|following/.test(lead) ? 1 : /previous|preceding/.test(lead) ? -1 : 0;
  const day = parseYmd(date.start);
  // A happening the text dates only to its month ("three months after she was arrested at a rally"): the day after it is
  // in that month too, which is all that can be said; across the turn of a year, which year is a guess.
  const month = day ? null : /^(\d{4})-(\d{2})$/.exec(date.start);
  if (!day && !month) return;
  const value = day ? fmtDay(addDays(day, delta)) : date.start;
  const edge = !!month && ((delta > 0 && month[2] === '12') || (delta < 0 && month[2] === '01'));
  if (value >= d.date.start.slice(0, value.length)) return;
  d.date = {
    start: value,
    basis: date.basis,
    rule: 'sequence/day-anaphor-of-happening',
    note: `“${anaphor.text.trim()}” in a sentence that names “the ${found.noun}”, dated ${day ? fmtHuman(day) : 'to its month'}: counted from that ${day ? 'day' : 'month'}, not from the date written last.`,
    ...(date.yearUncertain || edge ? { yearUncertain: true } : {}),
  };
}

// ", and moved into the mill on 3 June 1961" straight after the count's phrase: a conjunct of the same subject.
const AND_THEN_CONJUNCT = /^(?:\s*,)?\s+and\s+(?:then\s+)?$/i;

/**
 * "They signed the lease a month before the move, and moved in on 3 June 1961": an undated first conjunct (`o`, left before
 * publication) counted from a happening its phrase names, which the conjunct after it in the same sentence tells with a
 * date of its own, is counted from that date, as from one told in a sentence before. Null when the phrase names no such
 * conjunct.
 */
export function countedToLaterConjunct(o: Draft, u: Unit, ctx: NarrativeContext, dated: Draft[]): Draft | null {
  const text = u.paraText.slice(o.start, o.end);
  const fromCount = countFromIn(text, false);
  if (!fromCount || text.slice(fromCount.m.index + fromCount.m[0].length).trim() !== '') return null;
  const { m, n } = fromCount;
  const later = dated.find((d) => d.paragraphId === o.paragraphId && d.start >= o.end && d.end <= u.end && !d.date.mod && !d.date.end && AND_THEN_CONJUNCT.test(u.paraText.slice(o.end, d.start)));
  const named = later && phraseHappening(o, ctx, m[4].trim(), [later]);
  const value = named && !named.guessed ? countedOn(later.date, m, n) : null;
  const { title, drafted } = titled(removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!later || !value || !title) return null;
  const count = `${m[1]} ${m[2]} ${m[3].toLowerCase()}`;
  const note = `“${count}” “${later.title}”, the conjunct told after it: counted from its date.`;
  return { ...o, title, drafted, date: { start: value, basis: later.date.basis, rule: 'sequence/counted-from-happening', note, ...(later.date.yearUncertain ? { yearUncertain: true } : {}) } };
}
