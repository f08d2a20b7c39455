// A second predicate after the dated one ("…, and later struck …", "…, but withdrew …", "… after soldiers
// attacked"): placed against the clause's date rather than given it.
import { NUMBER_WORD_RE, TELLING_VERB_RE } from './lexicon';

export const BARE_DATE_PHRASE = /^[\s,]*(?:(?:and|or)\s+)?(?:on|in|at|during)?[\s,.]*$/i;
export const TRAILING_ORDER = /^,?\s+(after|before|following)\s+([^,;:"“”]{8,160})/i;
// The same, set off by a comma further on and running to the clause's end.
export const TRAILING_ORDER_LAST = /,\s(after|before|following)\s([^,;:"“”]{8,160})$/i;
// "…, and inspectors have since visited …": a second predicate may bring a subject of its own (a few lower-case words).
// "was arrested on February 21, and has been held in custody since then": the same span, "since then" at the end.
const AND_HAS = /\sand\s(?=(?:has|have)\s)/i;
// "… and has been free on bail since.": a bare "since" closing the conjunct is the same.
const SINCE_THEN_AHEAD = /^[^,;.]{3,90}?\ssince(?:\sthen\b|(?=\s*(?:[,;.!?]|$)))/i;
export function sinceThenAnd(text: string): RegExpExecArray | null {
  const m = AND_HAS.exec(text);
  return m && SINCE_THEN_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120)) ? m : null;
}
export const LATER_AND = /,?\s+and\s+(?:(?:then\s+)?(later)|((?:[a-z]+\s+){1,3}?)?(?:has|have|had)\s+(since))\s+(?=[a-z])/i;
// ", but withdrew the threat": a second predicate after "but", its verb first (the subject is the clause's).
export const BUT_PAST = /,\s+but\s+(?:(?:then|later)\s+)?([a-z]{3,})\s/i;
export const TELLING_WORD = new RegExp(`^${TELLING_VERB_RE}$`, 'i');
export const SPENT_AND = new RegExp(`,?\\s+and\\s+(?:then\\s+)?(spent|served)\\s+(?:the\\s+(?:next|following)\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)\\b`, 'i');
