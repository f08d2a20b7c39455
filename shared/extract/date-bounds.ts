// "after the vote in May", "before Friday": whether a clause's event follows or precedes its date rather than falling
// on it, and the happening after the conjunction that does fall on it ("after losing the 1992 election").

import { type Anchored, type Clause, subjectVerbAt } from './anchor';
import { IRREGULAR_PAST, NAMED_TIME_OF_DAY_RE, RECORD_BEFORE_DATE } from './lexicon';
import { quoteMarks } from './quote-marks';
import type { Unit } from './segment';
import type { Span } from './sentences';
import { beforeABody } from './telling-occasion';
import { DAY_VALUE } from '../time-value';
import type { Timex } from './types';

// A word opening a clause of its own inside the words after a bounding conjunction ("after talks broke down when
// leaders insisted …"): what follows it is not the conjunction's happening.
const OWN_CLAUSE_OPENER = /\b(?:when|that|which|who|whom|because|if|while|until|unless|where)\b/i;
// "before dawn on", "after nightfall on": a time of day between the conjunction and the date.
const TIME_OF_DAY_LEAD = new RegExp(String.raw`^(?:after|since|following|before|prior\s+to|ahead\s+of)\s+(?:${NAMED_TIME_OF_DAY_RE}|daylight)\s+(?:on|of)\s*$`, 'i');

// "after him in", "before them on": a preposition with a pronoun for object, then the date's own preposition.
const PRONOUN_OBJECT_ONLY = /^(?:after|before|following)\s+(?:him|her|them|me|us|you)\s+(?:in|on|at|during)\s*$/i;

// "after 2 a.m. on", "shortly before 9 p.m. Friday": the conjunction right before a clock time with its day.
const CLOCK_LEAD = /^(?:after|since|following|before|prior\s+to|ahead\s+of)\s*$/i;
const CLOCK_ON_DAY = /^\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?\S/i;
// "shortly before midnight on February 17": midnight or noon with a day, near it by "shortly" or "just", is on that
// day too; a bare "before midnight Friday" is a deadline, which the bound says.
const NEAR_MIDNIGHT_ON_DAY = /^(?:midnight|noon|midday)\s+(?:on\s+)?\S/i;
const NEAR = /\b(?:shortly|just|soon|immediately)\s+$/i;

/**
 * "… after the US began withdrawing in May": the clause's event follows that date, it is not on it. The bound, and
 * the happening between the conjunction and the date when it is one of its own; neither when no conjunction bounds
 * the date.
 */
export function dateBound(u: Unit, c: Clause, main: Timex): { bound?: Anchored['bound']; sub?: Span } {
  const from = Math.max(c.start, main.start - 200);
  const m = boundingConjunction(u, from, main);
  // "… rejected after talks broke down when leaders insisted that … by next year": a clause opened after
  // the conjunction holds the date; the conjunction's happening is not on it, nor bounded by it.
  if (!m || OWN_CLAUSE_OPENER.test(m[0]) || onTheDay(u.paraText, from, m, main)) return {};
  // "named the stand after him in 1983", "came in after her in May": a pronoun is the conjunction's whole object, no
  // happening the date could be of; the date is the clause's own.
  if (PRONOUN_OBJECT_ONLY.test(m[0])) return {};
  const bound = /^(?:after|since|following)/i.test(m[0]) ? 'after' : 'before';
  // "… called off this year's fair, which was due in May, after the bank collapsed on Tuesday": a clause the conjunction
  // opens, cut from its main clause before it and holding nothing after its date's phrase, is the conjunction's
  // happening, on the date.
  if (bound === 'after' && !/^since/i.test(m[0]) && /,\s*$/.test(u.paraText.slice(Math.max(0, c.start - 3), from + m.index)) && /^[\s,]*$/.test(u.paraText.slice(c.start, from + m.index)) && !/[,;:]/.test(u.paraText.slice(main.end, c.end))) return {};
  const sub = boundedHappening(u, c, from, m, main);
  return { bound, sub };
}

/**
 * The conjunction of order before the date ("after", "since", "following"; else "before", "prior to", "ahead of"),
 * with the words from it to the date and no clause break among them; `from` is where the search starts.
 */
function boundingConjunction(u: Unit, from: number, main: Timex): RegExpExecArray | null {
  const lead = u.paraText.slice(from, main.start);
  const m = /\b(?:after|since|following)\b[^,;:]*$/i.exec(lead) ?? /\b(?:before|prior to|ahead of)\b[^,;:]*$/i.exec(lead);
  // "will appear before the magistrates on Jan. 14": in front of a court or a body, not earlier than the day.
  if (m && beforeABody(m[0])) return null;
  // "A guide borrowed before most of the staff were born was returned on Tuesday": the conjunction's clause sits in
  // the subject, and the verb after its own is the sentence's, which the date is of.
  if (m && mainVerbAfterSub(m[0])) return null;
  // "offered the barley "for sale after harvest" on Monday": a conjunction inside a quotation that closes before the
  // date is the speaker's, and bounds nothing of the narration.
  if (m && closesQuote(u.paraText, from + m.index, m[0])) return null;
  // "for the first time since 1993 on Saturday": the "since" belongs to the comparison, not to Saturday.
  const sinceWord = m && /^since\s+/i.exec(m[0]);
  const sinceAt = m ? from + m.index : 0;
  const compared = sinceWord && u.timexes.some((t) => t.start >= sinceAt + sinceWord[0].length && t.end <= main.start);
  if (compared && RECORD_BEFORE_DATE.test(u.paraText.slice(Math.max(0, sinceAt - 72), sinceAt + sinceWord[0].length))) return null;
  return m;
}

// A verb in the past, then a passive right after it with no subject of its own ("were born was returned", "began were
// found"): two verbs in a row, the second the main clause's.
const VERB_THEN_PASSIVE = /\b([a-z]{3,})(?=\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|finally|eventually|only|then)\s+)?([a-z]{3,})\b)/gi;
// Words ending in "-ed" that are no verbs.
const ED_NOUN = /^(?:hundred|kindred|breed|creed|greed|speed|steed|weed|reed|seed|need|feed|bleed|shed|sled|bed|red|bred|wed)$/;
const pastForm = (w: string): boolean => w === 'born' || IRREGULAR_PAST.has(w) || (/ed$/.test(w) && !ED_NOUN.test(w));

/** Whether the words from a conjunction to a date hold the conjunction's verb and, right after it, the main verb. */
function mainVerbAfterSub(words: string): boolean {
  for (const v of words.matchAll(VERB_THEN_PASSIVE)) {
    const [first, second] = [v[1].toLowerCase(), v[2].toLowerCase()];
    if (pastForm(first) && (pastForm(second) || /(?:en|wn)$/.test(second))) return true;
  }
  return false;
}

/** Whether the first quote mark in `words` (which start at `at`) closes a quotation open before them. */
function closesQuote(text: string, at: number, words: string): boolean {
  const first = quoteMarks(text, 0, at + words.length).find((q) => q.at >= at);
  return !!first && !first.opens;
}

/** The conjunction bounds a time of the day, not the day: what is before or after it is still on the day. */
function onTheDay(text: string, from: number, m: RegExpExecArray, main: Timex): boolean {
  // "arrived before dawn on Sunday": a time of day names no happening, and what is before it is still on the day.
  // "started shortly after 2 a.m. on December 29": a clock time bounds the hour, and the event is on that day.
  const clockOnDay =
    CLOCK_LEAD.test(m[0].trim()) &&
    (CLOCK_ON_DAY.test(main.text) || (NEAR_MIDNIGHT_ON_DAY.test(main.text) && NEAR.test(text.slice(Math.max(0, from + m.index - 10), from + m.index)))) &&
    /^\d{4}-\d{2}-\d{2}/.test(main.value);
  // "began listing soon after it left port late Thursday night": "soon" or "shortly" before the conjunction keeps
  // the clause's event on the day named, as a clock time's does.
  const soonOnDay = /^(?:after|before)\b/i.test(m[0]) && NEAR.test(text.slice(Math.max(0, from + m.index - 12), from + m.index)) && /^\d{4}-\d{2}-\d{2}/.test(main.value);
  return TIME_OF_DAY_LEAD.test(m[0]) || clockOnDay || soonOnDay;
}

// "since Tuesday's semi-final", "after the Whit Monday market was called off": the words after the day name a
// happening on it, a possessive's noun or a noun with a passive verb of its own.
const DAY_POSSESSIVE_NOUN = /^['’]s\s+(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*/i;
const DAY_NOUN_PASSIVE = /^\s+[a-z][a-z-]*\s+(?:was|were)\s+(?:(?:not|later|finally|then)\s+)?[a-z]+(?:ed|en|wn|ut)\b/i;

/** The conjunction's words are at most a determiner, and the day is followed by the happening it dates. */
function dayOwnsHappening(text: string, lead: string, main: Timex): boolean {
  if (!/^(?:after|since|following)(?:\s+(?:the|last|this))?\s*$/i.test(lead)) return false;
  if (!DAY_VALUE.test(main.value)) return false;
  const after = text.slice(main.end, main.end + 60);
  return DAY_POSSESSIVE_NOUN.test(after) || DAY_NOUN_PASSIVE.test(after);
}

const SEASON_DESCRIBED = /^(?:after|since|following|before|prior\s+to|ahead\s+of)\s+the\s+[a-z]{3,}\s*$/i;

/**
 * Two words or more between the conjunction and the date name a happening of their own ("after losing the 1992
 * election"), which the date does fall on; "since 2004" names none. Only a short phrase with no clause of its own
 * inside: in "after talks broke down when leaders insisted that … by next year", the date is not the breakdown's.
 */
// "since at least 1742": a hedge right before the date is one too (the phrase ends at the date).
const QUANTITY_MODIFIER = /\b(?:up\s+to|more\s+than|at\s+least|as\s+many\s+as|as\s+much\s+as)\s+(?=\d|$)/gi;

function boundedHappening(u: Unit, c: Clause, from: number, m: RegExpExecArray, main: Timex): Span | undefined {
  // "after up to 25 centimetres of snow fell": a quantity's modifier counts with its number, as one word.
  const words = m[0].replace(QUANTITY_MODIFIER, '').trim().split(/\s+/).length;
  // "since the wet autumn of 2013", "after the long winter": a season a word describes names no happening of its own.
  if (/^season/.test(main.rule ?? '') && SEASON_DESCRIBED.test(m[0])) return undefined;
  // A longer one when it opens with its own subject and verb ("after the council approved the tenants' request
  // for a rent freeze on Monday"): the date is that clause's.
  const conj = /^(?:after|since|following|before|prior to|ahead of)/i.exec(m[0]);
  const ownClause = words > 9 && words <= 20 && !!conj && subjectVerbAt(u.paraText, from + m.index + conj[0].length) >= 0;
  if (!(words >= 3 && (words <= 9 || ownClause) && !OWN_CLAUSE_OPENER.test(m[0])) && !dayOwnsHappening(u.paraText, m[0], main)) return undefined;
  const stop = /[,;]/.exec(u.paraText.slice(main.end, c.end));
  return { start: from + m.index, end: stop ? main.end + stop.index : c.end };
}
