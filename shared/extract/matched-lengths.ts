// A length with no date of its own ("he had done it for 38 years", "who for 41 years was the village's doctor"), whose
// years the article gives elsewhere, often paragraphs away: "from 1947 until 1985", "began in 1936 … retired in 1966",
// "She retired in 1986". Read once the whole article is, since the years may come after the length.

import type { EventDate, NewslineEvent, Paragraph } from '../document';
import { NUMBER_WORD_RE, parseCount } from './lexicon';

// "for 38 years", "for thirty-one years", "for four decades"; not "for the past 20 years" (up to now, not a span told
// elsewhere) nor "for about 30 years" (a round length matches no years exactly).
const FOR_LENGTH = new RegExp(`\\bfor\\s+(\\d{1,3}|${NUMBER_WORD_RE})[\\s-]+(years|decades)\\b`, 'i');
// The length told in the past: "was", "had done", "served"; a present one ("has fished", "is") runs on to now.
const PAST_LENGTH = /\b(?:was|were|had|did|served|ran|worked|taught|kept|lived)\b/i;
const PRESENT_LENGTH = /\b(?:has|have|is|are|still)\b/i;
// The verbs that open or close a stretch of someone's life or work.
const OPENS = /\b(?:began|started|joined|arrived|became|took\s+over|(?:was|were)\s+appointed|opened|founded|set\s+up|moved\s+to)\b/i;
const CLOSES = /\b(?:retired|stepped\s+down|resigned|gave\s+up|closed|shut)\b/i;

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
}

/** The one span of `n` years the events give, and why; null for none or more than one. */
function spanOf(n: number, plain: NewslineEvent[], words: (e: NewslineEvent) => string): { start: string; end: string; why: string } | null {
  const spans = plain.filter((e) => e.date.end && yearOf(e.date.end)! - yearOf(e.date.start)! === n);
  const one = <T>(xs: T[]) => (xs.length === 1 ? xs[0] : null);
  if (spans.length) {
    const s = one(spans);
    return s ? { start: s.date.start, end: s.date.end!, why: `the years ${s.date.start} to ${s.date.end} the article gives` } : null;
  }
  const single = plain.filter((e) => !e.date.end);
  const opens = single.filter((e) => OPENS.test(words(e)));
  const closes = single.filter((e) => CLOSES.test(words(e)));
  const pairs = opens.flatMap((o) => closes.filter((c) => yearOf(c.date.start)! - yearOf(o.date.start)! === n).map((c) => ({ o, c })));
  if (pairs.length) {
    const p = one(pairs);
    return p ? { start: p.o.date.start, end: p.c.date.start, why: `from the start the article gives in ${p.o.date.start} to the end in ${p.c.date.start}` } : null;
  }
  const c = one(closes);
  const end = c ? yearOf(c.date.start) : null;
  return c && end ? { start: String(end - n), end: c.date.start, why: `the years up to the end the article gives in ${c.date.start}` } : null;
}
