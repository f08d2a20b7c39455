// A length with no date of its own ("he had done it for 38 years", "who for 41 years was the village's doctor"), whose
// years the article gives elsewhere, often paragraphs away: "from 1947 until 1985", "began in 1936 … retired in 1966",
// "She retired in 1986". Read once the whole article is, since the years may come after the length.

import type { EventDate, NewslineEvent, Paragraph } from '../document';
import { DAY_VALUE } from '../time-value';
import { NUMBER_WORD_RE, parseCount, UNIT_LENGTH_DAYS } from './lexicon';
import { startBefore } from './narrative';

// "for 38 years", "for thirty-one years", "for four decades"; not "for the past 20 years" (up to now, not a span told
// elsewhere) nor "for about 30 years" (a round length matches no years exactly).
const FOR_LENGTH = new RegExp(`\\bfor\\s+(\\d{1,3}|${NUMBER_WORD_RE})[\\s-]+(years|decades)\\b`, 'i');
// The length told in the past: "was", "had done", "served"; a present one ("has fished", "is") runs on to now.
const PAST_LENGTH = /\b(?:was|were|had|did|served|ran|worked|taught|kept|lived)\b/i;
const PRESENT_LENGTH = /\b(?:has|have|is|are|still)\b/i;
// A negation in the words before the length: "had not spoken to him for 20 years", "hadn't been back for 30 years".
const NEGATED_LENGTH = /\b(?:not|never|n['’]t)\b[^,;:.]*$/i;
// The verbs that open or close a stretch of someone's life or work.
const OPENS = /\b(?:began|started|joined|arrived|became|took\s+over|(?:was|were)\s+appointed|opened|founded|set\s+up|moved\s+to)\b/i;
const CLOSES = /\b(?:retired|stepped\s+down|resigned|gave\s+up|closed|shut)\b/i;

// "Averil Hale, for thirty years the teacher at the baths, died …": a length with no verb, set off in an aside (after a
// comma or an "and", up to the next comma) of a sentence dated otherwise.
const ASIDE_LENGTH = new RegExp(`(?:,\\s*|\\band\\s+)(for\\s+(?:\\d{1,3}|${NUMBER_WORD_RE})[\\s-]+(?:years|decades)\\s+(?:the|a|an|as)\\s[^,;:.()"“”]{3,90}),`, 'i');
// A verb in the aside makes it a clause of its own, which the sentence's other readings place.
const ASIDE_VERB = /\b(?:is|are|was|were|has|have|had|will|[a-z]{3,}ed)\b/i;

/** The year a date's start (or end) gives, when it is a plain stated one; null otherwise. */
function yearOf(value: string | undefined): number | null {
  const m = value ? /^(\d{4})\b/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

function stated(d: EventDate): boolean {
  return d.basis === 'stated' && !d.mod && !d.yearUncertain;
}

/**
 * Each event placed only before publication whose clause tells a past length in whole years ("for 38 years") takes
 * the one span the article gives of exactly that length: a stated span ("from 1947 until 1985"), else a start and an
 * end told apart ("began … in 1936", "retired in 1966"), else, when the article closes one stretch only ("retired in
 * 1986"), the years up to it. Nothing changes when two spans would fit. `events` are changed in place.
 */
export function matchedLengths(events: NewslineEvent[], paragraphs: Paragraph[]): void {
  const text = new Map(paragraphs.map((p) => [p.id, p.text]));
  const words = (e: NewslineEvent) => (text.get(e.evidence[0].paragraphId) ?? '').slice(e.evidence[0].start, e.evidence[0].end);
  const plain = events.filter((e) => stated(e.date) && yearOf(e.date.start) !== null);
  for (const e of events) {
    if (e.date.rule !== 'narrative-order/before-publication') continue;
    const clause = words(e);
    const m = FOR_LENGTH.exec(clause);
    const count = m ? parseCount(m[1]) : undefined;
    if (!m || !count || !Number.isInteger(count) || count < 2 || /\b\d{4}\b/.test(clause) || !PAST_LENGTH.test(clause) || PRESENT_LENGTH.test(clause)) continue;
    // "a face he had not seen for 61 years": a length of absence, up to the clause's own happening, is no stretch of work
    // the article dates elsewhere.
    if (NEGATED_LENGTH.test(clause.slice(Math.max(0, m.index - 60), m.index))) continue;
    const n = /^decades$/i.test(m[2]) ? count * 10 : count;
    const found = spanOf(n, plain, words);
    if (!found) continue;
    e.date = {
      start: found.start,
      end: found.end,
      basis: 'stated',
      rule: 'sequence/length-matched-span',
      note: `“${m[0]}”: ${found.why}.`,
    };
  }
  for (let i = events.length - 1; i >= 0; i--) asideLength(events, i, plain, words);
  for (const e of events) toldStart(e, plain, words);
  for (const [i, e] of events.entries()) if (i > 0) endedLength(e, events[i - 1], events, words);
}

// "reopened the quay on Monday, ending a curfew that had been in place for 14 months": a clause ending something whose
// length a relative clause tells; what is ended ran up to the clause before it.
const ENDED_LENGTH = new RegExp(String.raw`^\W*(?:ending|breaking|lifting)\s+[^,;:.]{0,60}?\b(?:that|which)\s+(?:had\s+)?(?:lasted|run|stood|been\s+in\s+(?:force|place))\s+(?:for\s+)?(\d{1,3}|${NUMBER_WORD_RE})\s+(years|months|weeks|days)\b`, 'i');
// The verbs that put in place what such a clause ends.
const PUT_IN_PLACE = /\b(?:imposed|introduced|brought\s+in|came\s+into\s+force|set|began|started|declared)\b/i;

/**
 * "The council reopened the quay on Monday, ending a curfew that had been in place for 14 months": the ended thing's
 * stretch, left before publication, runs up to the date of the clause it follows (`host`, told right before it in the
 * same sentence, in the past). It starts on the one date the article gives, in another sentence, for putting such a
 * thing in place within a unit of the length counted back ("The curfew began on 2 April 2020"); else, counted back,
 * at the unit's precision.
 */
function endedLength(e: NewslineEvent, host: NewslineEvent, events: NewslineEvent[], words: (e: NewslineEvent) => string): void {
  if (e.date.rule !== 'narrative-order/before-publication') return;
  const m = ENDED_LENGTH.exec(words(e));
  const n = m ? parseCount(m[1]) : undefined;
  const [a, b] = [host.evidence[0], e.evidence[0]];
  const beside = a.paragraphId === b.paragraphId && a.end <= b.start && b.start - a.end <= 3;
  const end = host.date;
  if (!m || !n || !Number.isInteger(n) || !beside || end.mod || end.end || end.yearUncertain || /future|next/.test(end.rule ?? '') || !DAY_VALUE.test(end.start)) return;
  const counted = startBefore(end.start, n, m[2]);
  if (!counted) return;
  // Within one unit of the count, either way.
  const span = UNIT_LENGTH_DAYS[m[2].toLowerCase()] * 86400000;
  const at = Date.parse(end.start) - n * span;
  const put = events.filter((o) => o !== e && o !== host && !o.date.mod && !o.date.end && !o.date.yearUncertain && DAY_VALUE.test(o.date.start) && Math.abs(Date.parse(o.date.start) - at) <= span && PUT_IN_PLACE.test(words(o)));
  const told = put.length === 1 ? put[0] : null;
  e.date = {
    start: told ? told.date.start : counted,
    end: end.start,
    basis: end.basis,
    rule: told ? 'sequence/ended-length-told-start' : 'sequence/ended-length',
    note: `“${m[0].trim()}”: up to “${host.title}” (${end.start})${told ? `, from “${told.title}” (${told.date.start})` : `, counted back ${m[1]} ${m[2]}`}.`,
  };
}

/**
 * "For 26 years she has driven the van …" counted back from publication lands on a day the article never names; when
 * it tells of one start in that year elsewhere ("the first show was given in October 1937", "was posted there in
 * March 1946"), the stretch runs from that start, at the precision it is told. Only whole years are matched (a count
 * of years is rounded to one), and only when no other plain date of the article falls in that year (a coarser one
 * that holds it, "in 1946" beside "in March 1946", may).
 */
function toldStart(e: NewslineEvent, plain: NewslineEvent[], words: (e: NewslineEvent) => string): void {
  const { start, end } = e.date;
  if (!e.date.rule?.startsWith('duration/up-to-publication') || !end || e.date.mod || !DAY_VALUE.test(start) || start.slice(4) !== end.slice(4)) return;
  const year = yearOf(start);
  const ev = e.evidence[0];
  // Told in another sentence, or at least away from the length's own words; an end ("retired", "closed") is none.
  const inYear = plain.filter((o) => o !== e && yearOf(o.date.start) === year && (!o.date.end || yearOf(o.date.end) === year) && !(o.evidence[0].paragraphId === ev.paragraphId && o.evidence[0].start < ev.end && ev.start < o.evidence[0].end));
  // "in 1946" and "in March 1946" may tell of the same start: the finer is meant.
  const all = inYear.map((o) => o.date.start);
  const starts = [...new Set(all.filter((s) => !all.some((t) => t !== s && t.startsWith(s))))];
  const o = inYear.find((x) => x.date.start === starts[0]);
  if (starts.length !== 1 || !o || CLOSES.test(words(o))) return;
  e.date = { ...e.date, start: o.date.start, rule: `${e.date.rule}/told-start`, note: `${e.date.note ?? ''} It began in ${o.date.start}, the one date the article gives in ${year}: “${o.title}”.`.trim() };
}

/**
 * The aside of event `i`'s clause that tells a length with no verb ("for thirty years the teacher at the baths"), made
 * an event of its own after it when the article gives one span of that length: a stated span, or a start and an end
 * told apart (a lone end might close a stretch the aside's present runs on past). Ids are renumbered in order.
 */
function asideLength(events: NewslineEvent[], i: number, plain: NewslineEvent[], words: (e: NewslineEvent) => string): void {
  const host = events[i];
  if (host.date.rule === 'sequence/length-matched-span') return;
  const a = ASIDE_LENGTH.exec(words(host));
  const m = a ? FOR_LENGTH.exec(a[1]) : null;
  const count = m ? parseCount(m[1]) : undefined;
  if (!a || !m || !count || !Number.isInteger(count) || count < 2 || ASIDE_VERB.test(a[1]) || /\b\d{4}\b/.test(a[1])) return;
  const found = spanOf(/^decades$/i.test(m[2]) ? count * 10 : count, plain, words, false);
  if (!found) return;
  const ev = host.evidence[0];
  const start = ev.start + a.index + a[0].indexOf(a[1]);
  const title = a[1].charAt(0).toUpperCase() + a[1].slice(1);
  const event: NewslineEvent = {
    ...host,
    title,
    date: { start: found.start, end: found.end, basis: 'stated', rule: 'sequence/length-matched-span', note: `“${m[0]}”: ${found.why}.` },
    evidence: [{ ...ev, start, end: start + a[1].length }],
  };
  events.splice(i + 1, 0, event);
  events.forEach((e, j) => (e.id = `x${j + 1}`));
}

/** The one span of `n` years the events give, and why; null for none or more than one. */
function spanOf(n: number, plain: NewslineEvent[], words: (e: NewslineEvent) => string, loneEnd = true): { start: string; end: string; why: string } | null {
  const spans = plain.filter((e) => e.date.end && yearOf(e.date.end)! - yearOf(e.date.start)! === n);
  const one = <T>(xs: T[]) => (xs.length === 1 ? xs[0] : null);
  if (spans.length) {
    const s = one(spans);
    return s ? { start: s.date.start, end: s.date.end!, why: `the years ${s.date.start} to ${s.date.end} the article gives` } : null;
  }
  // A season or a month of one year ("in the summer of 1966") dates its happening by that year.
  const single = plain.filter((e) => !e.date.end || yearOf(e.date.end) === yearOf(e.date.start));
  const opens = single.filter((e) => OPENS.test(words(e)));
  const closes = single.filter((e) => CLOSES.test(words(e)));
  const pairs = opens.flatMap((o) => closes.filter((c) => yearOf(c.date.start)! - yearOf(o.date.start)! === n).map((c) => ({ o, c })));
  if (pairs.length) {
    const p = one(pairs);
    // A length in whole years runs between years, whatever day or season each end is told with.
    const [from, to] = p ? [yearOf(p.o.date.start), yearOf(p.c.date.start)] : [];
    return p ? { start: String(from), end: String(to), why: `from the start the article gives in ${from} to the end in ${to}` } : null;
  }
  const c = loneEnd ? one(closes) : null;
  const end = c ? yearOf(c.date.start) : null;
  return c && end ? { start: String(end - n), end: String(end), why: `the years up to the end the article gives in ${end}` } : null;
}
