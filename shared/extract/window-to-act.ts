import { listedOrRegularParticiple } from './lexicon';
import type { Timex } from './types';

// Its own module, needing nothing but types and lexicon's word lists, because the clause splitter (anchor.ts) asks it too, and the stretch
// readings in date-stretches.ts lead back to anchor.ts.

/** A count of days, weeks, months or years as the tagger writes it ("P30D"): the number and the unit. */
export const DURATION_UNITS = /^P(\d{1,3})([DWMY])$/;

export const WITHIN_LEAD = /\bwithin\s+$/i;

// "The club has 14 days to respond", "Each party has 21 days from the verdict (from receiving a letter) to seek a review", "has only ten days
// in which to reply": a window to act. "Objections must be filed within 42 days of the notice": the same window, told as
// what must be done in it, or as what someone must do ("which the panel must do within 45 days of the ruling"). Not "an
// extra 30 days to file": an extension runs on from an earlier deadline.
const HAS_LEAD = /\b(?:has|have)\s+(?:(?:only|just)\s+)?$/i;
const TO_ACT_AFTER = /^(?:\s+from\s+(?:[a-z]{3,}ing\s+)?(?:the|an?|its|their|his|her)\s+[a-z]+)?\s+(?:to|in\s+which\s+to)\s+[a-z]/i;
const MUST_BE_DONE = /\b(?:(?:must|can|may)\s+be\s+[a-z]{3,}(?:ed|en)|must\s+[a-z]{2,}(?:\s+(?:so|it|this))?)\s+$/i;
const OF_HAPPENING_AFTER = /^\s+(?:of|from)\s+(?:the|its|their|his|her)\s+[a-z]{4,}/i;
// "The judge ordered her to return the deposit within 21 days", "the council told the owner to clear the yard within
// a month", "was directed to pay within 14 days": an order to act in a window, which opens on the day of the order.
// "will be repaid within 30 days" with the clause ending there: a promise to act in a window still to come. Both are
// read on the sentence up to "within", with no comma, colon or stop between the order's verb and it.
const ORDERED_TO = /\b(?:ordered|told|directed|instructed|required)(?:\s+[a-z'\u2019]+){0,3}?\s+to\s+[a-z]{2,}\b/gi;
const WILL_BE_DONE = /\bwill\s+be\s+([a-z]{3,})\s+$/i;
const CLAUSE_ENDS = /^\s*(?:[,.;]|$)/;

/** Whether the words before "within" end "will be" and a past participle. */
function willBeDone(lead: string): boolean {
  const w = WILL_BE_DONE.exec(lead)?.[1].toLowerCase();
  return !!w && listedOrRegularParticiple(w, /(?:ed|en)$/);
}

/** Whether the words before "within" (from the sentence's start) order someone to act, with nothing cutting them off. */
function orderedToAct(lead: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of lead.matchAll(ORDERED_TO)) last = m;
  return !!last && !/[;:.!?]|,\s/.test(lead.slice(last.index! + last[0].length));
}

/** The length of a window to act the sentence from `start` to `end` gives (a count of days, weeks or months), or null. */
export function windowToActLength(text: string, timexes: Timex[], start: number, end: number): { length: Timex; n: number; unit: 'D' | 'W' | 'M' } | null {
  for (const t of timexes) {
    const m = t.type === 'DURATION' && t.start >= start && t.end <= end ? DURATION_UNITS.exec(t.value) : null;
    if (!m || m[2] === 'Y') continue;
    const before = text.slice(Math.max(start, t.start - 40), t.start);
    const after = text.slice(t.end, Math.min(end, t.end + 40));
    const within = WITHIN_LEAD.exec(before);
    const lead = within ? text.slice(Math.max(start, t.start - 100), t.start).replace(WITHIN_LEAD, '') : '';
    const window = within
      ? (MUST_BE_DONE.test(lead) && OF_HAPPENING_AFTER.test(after)) || orderedToAct(lead) || (willBeDone(lead) && CLAUSE_ENDS.test(after))
      : HAS_LEAD.test(before) && TO_ACT_AFTER.test(after);
    if (window && +m[1]) return { length: t, n: +m[1], unit: m[2] as 'D' | 'W' | 'M' };
  }
  return null;
}
