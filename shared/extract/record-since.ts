// A record told against the last time the same happened ("the first rise since April 2007", "the earliest start since
// the service began in 1974"): the last time is an event of its own, on the date after "since". The lead words are
// read by the lexicon's RECORD_SINCE_LEAD; the two routes here differ only in what names the last time.

import type { EventDate } from '../document';
import type { Ymd } from '../time-value';
import type { Anchored } from './anchor';
import { dateSpans, trimmedEnd } from './clause-words';
import { type ClauseWork, type Draft, singleDay } from './draft';
import { RECORD_BEFORE_DATE, RECORD_SINCE_LEAD } from './lexicon';
import { dateFromTimex } from './resolve';
import type { Unit } from './segment';
import type { Timex } from './types';
import { titled, withoutSpans } from './title';
import { NUMBER_WORD_RE } from './lexicon';
import { periodUpTo } from './date-stretches';
import { shiftYears } from './narrative';

type Emit = (d: Omit<Draft, 'order'>) => void;
type Titled = Pick<Draft, 'title' | 'drafted'>;

// A date route's record stands in apposition, after a copula or after "for": "has been closed to the first ships
// since May" is a stretch.
const SET_OFF_BEFORE = /(?:,|\b(?:is|was|are|were|be|been|as))\s+$/i;
// The happening route's record is set off after the dated clause by a comma, with a determiner of its own.
const RECORD_AFTER_CLAUSE = new RegExp(String.raw`,\s+(?=(?:the|its|their|his|her|our|my)\s)${RECORD_SINCE_LEAD}`, 'i');
// "It was the club's first title since", "This was their first since", "It was the town's fourth fair and its first
// since": a pronoun's copula whose whole complement is a "first" counted against the last time. The clause says
// nothing of its own time but that last time, so it is dated there (bounded-clauses.ts) and no second event is drawn.
const COPULA_FIRST_SINCE = /^\s*(?:it|this|that)\s+(?:was|is|(?:has|had)\s+been)\s+(?:[^,;:.!?]{1,60}?\s+and\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Za-z][\w-]*['’]s?|the|its|their|his|her|our|my)\s+first\b(?:\s+[\w'’-]+){0,7}?\s+since\s+$/i;

/** The rule ending of a clause dated at the last time its "first" is counted against (bounded-clauses.ts). */
export const RECORD_LAST_TIME = '/record-last-time';

/** A clause (its words up to the date after "since") that is only a pronoun's copula and a "first … since". */
export function copulaFirstSince(lead: string): boolean {
  return COPULA_FIRST_SINCE.test(lead);
}

// "…, when a merchant was convicted": the clause that tells what happened on the date.
const WHEN_AFTER = /^,\s+when\s+[^,;:.!?"“”]{3,120}/;

/** The last time's event, its date marked as a record's. */
function emitLastTime(u: Unit, emit: Emit, span: { start: number; end: number }, named: Titled, date: EventDate): void {
  emit({ paragraphId: u.paragraphId, ...span, title: named.title, drafted: named.drafted, date: { ...date, rule: `${date.rule}/record-since` } });
}

/**
 * "Fares will rise on Jan. 4, the first increase since April 2007", "…, for the first time since 1989": the last such
 * happening, on the date right after "since" (and the "when" clause that tells of it, when one follows). Only "first":
 * a superlative ("the lowest level since 1995") says less of what happened then, and is left to the clause.
 */
export function recordSinceDateEvents(u: Unit, a: Anchored, published: Ymd | null, emit: Emit): void {
  for (const t of a.inClause) {
    if (t.type !== 'DATE' || t.start < a.clause.start || t.end > a.clause.end || !/^\d{4}/.test(t.value)) continue;
    const lead = u.paraText.slice(Math.max(a.clause.start, t.start - 100), t.start);
    const m = RECORD_BEFORE_DATE.exec(lead);
    // Not set off, the record may still be an object ("will hand out its first bonus since 2003 on June 12"): when
    // another date of the clause dates its event, the date after "since" can only be the last time.
    if (!m || !m[2] || m[3].toLowerCase() !== 'first' || !/^(?:\s+[\w'’-]+){1,7}$/.test(m[4]) || (!m[1] && !SET_OFF_BEFORE.test(lead.slice(0, m.index)) && t === a.main)) continue;
    const d = dateFromTimex(t, published);
    if (!d || d.mod || (t === a.main && copulaFirstSince(u.paraText.slice(a.clause.start, t.start)))) continue;
    const what = m[4].trim();
    const at = t.start - lead.length + m.index;
    // "the first time the town centre had flooded since": the clause is what happened; "won the title for the first
    // time since": the clause before it, done the last time; else "the first increase since": the last increase.
    const time = /^time(?:\s+(.+))?$/i.exec(what);
    const before = time && !time[1] ? withoutSpans(u.paraText, a.clause.start, at, dateSpans(a).filter((x) => x.start >= a.clause.start && x.end <= at)) : '';
    const own = titled(time ? (time[1] ?? before) : `Previous ${what}`);
    if (!own.title) continue;
    const named = time && !time[1] ? { title: `Previous time: ${own.title}`, drafted: own.drafted } : own;
    const when = WHEN_AFTER.exec(u.paraText.slice(t.end, t.end + 130));
    emitLastTime(u, emit, { start: at, end: t.end + (when ? when[0].length : 0) }, named, d);
  }
}

/**
 * "will start on Monday, Nov. 21, the earliest start since the service began in 1974": the happening the record is
 * counted from is an event of its own, on its own date (its clause's, or a noun's: "since our wedding in 1970"); the
 * dated clause ends before the record. Returns where the clause now ends, or null.
 */
export function recordSinceHappening(w: ClauseWork): number | null {
  const { u, c, main, anchored, published } = w;
  const m = main.value !== 'PAST_REF' ? RECORD_AFTER_CLAUSE.exec(u.paraText.slice(main.end, c.end)) : null;
  if (!m) return null;
  const at = main.end + m.index;
  const from = at + m[0].length;
  const own = u.timexes.find((t) => t !== main && t.type === 'DATE' && t.start >= from && t.end <= c.end && t.start - from <= 60);
  const ownDate = own && dateFromTimex(own, published);
  if (!own || !ownDate || ownDate.mod) return null;
  // The since-clause may already be a clause of its own with its own event ("since the service began in 1974").
  if (anchored.some((p) => p.main === own)) return trimmedEnd(u.paraText, main.end, at);
  const words = withoutSpans(u.paraText, from, own.end, [own]).replace(/\s+(?:in|on|of)\s*$/i, '');
  if (!/^(?:the|its|their|his|her|our|my)\s+[a-z]/i.test(words)) return null;
  const named = titled(words);
  if (!named.title) return null;
  emitLastTime(u, w.emit, { start: from - 'since '.length, end: own.end }, named, ownDate);
  return trimmedEnd(u.paraText, main.end, at);
}

const OWN_CLAUSE = /\b(?:I|we|you|he|she|they|it|has|have|had|is|are|was|were|been)\b/i;

/**
 * "A crowd of 14,000, the largest since the hill was rebuilt in 1959", "the wettest year since records began in 1862":
 * the happening after "since" is the yardstick the record is told against, and the record's words go with it into
 * its evidence (the clause around them has dates of its own, or none). The draft's evidence, opening at "since" or
 * right after it, starts at the record's determiner instead.
 */
export function withRecordLead(d: Draft, paraText: string): void {
  if (d.date.mod) return;
  const since = /^since\s+/i.exec(paraText.slice(d.start, d.start + 8));
  const to = d.start + (since ? since[0].length : 0);
  const from = Math.max(0, d.start - 100);
  const m = RECORD_BEFORE_DATE.exec(paraText.slice(from, to));
  // "the worst he had seen since he joined": the words between hold a clause of their own, whose stretch runs from the
  // since-happening; the record stays with that clause.
  if (!m || !m[2] || OWN_CLAUSE.test(m[4])) return;
  d.start = from + m.index + (m[1]?.length ?? 0);
}

/** A past record against a "since" date whose clause the paragraph's pass puts on the story's day. */
export const RECORD_STORY = '/record-story';

/**
 * "Mount Orr erupted on Thursday. The blast was the strongest since the volcano woke on Dec. 28": told in the past,
 * the record is news of the day the story has got to, after its yardstick; the clause goes there. Left "after" the
 * date when the story has no single day after it.
 */
export function recordToStoryDay(d: Draft, story: Draft | undefined): void {
  d.date.rule = d.date.rule!.slice(0, -RECORD_STORY.length);
  const day = singleDay(story);
  if (!day || d.date.mod !== 'after' || !(d.date.start < day.slice(0, d.date.start.length))) return;
  const since = d.date.start;
  for (const k of ['mod', 'end', 'yearUncertain'] as const) delete d.date[k];
  d.date.start = day;
  d.date.basis = story!.date.basis;
  d.date.rule = `${d.date.rule}/record-on-story-day`;
  d.date.note = `A record told against ${since}: news of “${story!.title}”, the day the story tells of.`;
  if (story!.date.yearUncertain) d.date.yearUncertain = true;
}

// ", up from 40 the year before", ", down from 9 per cent in March": the earlier figure a count is set against, with
// the time it was taken. A figure set against it with "against" or "compared with" is the same, and so is a result
// ("a loss of 2 million", "a profit of") after "after"; a census-like tally may name the count it was taken at ("at
// the last count in"). Its unit is one or two words and never the preposition of its date.
const RESULT_OF = String.raw`(?:a\s+(?:net\s+|pre-tax\s+|trading\s+)?(?:loss|profit|deficit|surplus)\s+of\s+)`;
const EARLIER_UNIT = String.raw`(?:\s*%|\s+(?:per\s+cent|percent|(?!(?:in|on|at|during|over)\s)[a-z]+(?:\s+(?!(?:in|on|at|during|over)\s)[a-z]+)?))?`;
const EARLIER_AMOUNT = String.raw`(?:[£$€]?\d[\d,.]*|${NUMBER_WORD_RE})${EARLIER_UNIT}`;
const EARLIER_FIGURE = new RegExp(
  String.raw`,\s+(?:(?:up|down)\s+from\s+${RESULT_OF}?|against\s+${RESULT_OF}?|compared\s+(?:with|to)\s+${RESULT_OF}?|after\s+${RESULT_OF})(${EARLIER_AMOUNT})\s+(?:at\s+the\s+(?:last|previous)\s+(?:count|census|survey|election|poll)\s+)?(?:(?:in|on|during|at|over)\s+)?$`,
  'i',
);
// "rose to 2.4 million compared with 1.9 million the year before", "fell to 40 from 52 a year earlier": with no comma,
// the figure the clause reached right before the comparing word sets the earlier figure off as well.
const EARLIER_FIGURE_AFTER_TO = new RegExp(
  String.raw`\bto\s+${EARLIER_AMOUNT}\s+(?:from|against|compared\s+(?:with|to))\s+(${EARLIER_AMOUNT})\s+(?:(?:in|on|during|at|over)\s+)?$`,
  'i',
);
// "were down 8 per cent over the same fortnight a year earlier": a change told against the clause's own stretch a year
// back, whose figure is of that stretch.
const SAME_STRETCH_BACK = new RegExp(
  String.raw`\b(?:up|down|higher|lower)\s+(?:by\s+)?(${EARLIER_AMOUNT})\s+(?:on|over|from)\s+the\s+same\s+(quarter|period|month|week|fortnight|half|season)\s+$`,
  'i',
);
// "last year", "a year earlier": one year back from the clause's own.
const ONE_YEAR_BACK = /^(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|year)\s+(?:year|before))$/i;
// "the year before", "a year earlier", "the previous year": the same stretch as the clause's own, a year back.
const YEAR_BACK = /^(?:the\s+(?:year|twelve\s+months)\s+before|a\s+year\s+(?:earlier|before)|the\s+previous\s+year|the\s+year\s+earlier)$/i;

/**
 * "Wardens counted 88 otters on Sunday, up from 61 last spring": the earlier figure was taken at its own time, an event
 * of its own (as a record's last time is), beside the clause's event on the clause's date. Only a date that is not
 * the clause's own. A figure set a year back from a clause dated over a stretch ("made a loss in the year to 30 June,
 * against a profit the year before") is of the same stretch a year earlier.
 */
export function earlierFigureEvents(u: Unit, a: Anchored, published: Ymd | null, emit: Emit): void {
  for (const t of a.inClause) {
    if (t === a.main || t.type !== 'DATE' || t.start < a.clause.start || t.end > a.clause.end) continue;
    const lead = u.paraText.slice(Math.max(a.clause.start, t.start - 80), t.start);
    if (sameStretchBack(u, a, t, lead, published, emit)) continue;
    const set = EARLIER_FIGURE.exec(lead);
    const m = set ?? EARLIER_FIGURE_AFTER_TO.exec(lead);
    let d = m && dateFromTimex(t, published);
    if (!m || !d || d.mod) continue;
    if (YEAR_BACK.test(t.text)) d = yearBackOfClause(u.paraText, a, published) ?? d;
    const named = titled(`Earlier figure of ${m[1]}`);
    if (!named.title) continue;
    // The evidence opens at the comparing word, after the comma or the figure reached.
    const at = t.start - lead.length + m.index + (set ? m[0].search(/[a-z]/i) : m[0].search(/\s(?:from|against|compared)\s/i) + 1);
    emit({ paragraphId: u.paragraphId, start: at, end: t.end, title: named.title, drafted: named.drafted, date: { ...d, rule: `${d.rule}/earlier-figure` } });
  }
}

/**
 * "Ferry fares in the fortnight to 14 April were down 8 per cent over the same fortnight a year earlier": the stretch the change
 * is set against is the clause's own a year back, an event of its own (its figure was taken then). Whether it emitted.
 */
function sameStretchBack(u: Unit, a: Anchored, t: Timex, lead: string, published: Ymd | null, emit: Emit): boolean {
  const m = SAME_STRETCH_BACK.exec(lead);
  if (!m || !ONE_YEAR_BACK.test(t.text)) return false;
  const d = yearBackOfClause(u.paraText, a, published);
  if (!d) return false;
  const named = titled(`The same ${m[2].toLowerCase()} a year earlier`);
  if (!named.title) return false;
  const at = t.start - lead.length + m.index + m[0].search(/\s(?:on|over|from)\s+the\s+same\s/i) + 1;
  emit({ paragraphId: u.paragraphId, start: at, end: t.end, title: named.title, drafted: named.drafted, date: { ...d, rule: `${d.rule}/same-stretch-back` } });
  return true;
}

/**
 * The clause's own date a year back, when the clause is dated over a stretch of its own: "in the year to 30 June
 * 1985" (the stretch that date ends) or "for the third quarter". Null for a clause dated at a single point, whose
 * "year before" the tagger already reads.
 */
function yearBackOfClause(text: string, a: Anchored, published: Ymd | null): EventDate | null {
  const own = dateFromTimex(a.main, published, a.end);
  if (!own || own.mod) return null;
  const stretch = periodUpTo(text, a.main, own);
  const start = stretch?.start ?? own.start;
  const end = stretch ? stretch.end : own.end;
  if (!end) return null;
  const from = shiftYears(start, 1);
  const to = shiftYears(end, 1);
  if (!from || !to) return null;
  const phrase = text.slice(a.main.start, a.main.end);
  return { ...own, start: from, end: to, rule: `${stretch?.rule ?? own.rule}/year-back`, note: `The same stretch as “${phrase}”, a year earlier.` };
}
