// The occasion of a telling, named between its verb and its day: "told the special council session on Monday",
// "said at a packed public meeting on Tuesday", "told a hastily called press conference in the capital on Friday",
// "told reporters outside the county courthouse on Wednesday", "testified before a joint committee on Tuesday". The
// day is the occasion's, and so the telling's: a told clause in the future ("that the bridge will reopen") does not
// send it forward. Read word by word, so that any number of modifiers costs no pattern that could backtrack.

import { OCCASION_NOUNS, WRITTEN_TELLINGS } from './lexicon';

export interface Word {
  w: string;
  at: number;
  end: number;
}

/** The words of `text` in lower case, with where each sits. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z]+/g)) out.push({ w: m[0].toLowerCase(), at: m.index!, end: m.index! + m[0].length });
  return out;
}

// Speeches, arguments and evidence given in one's own words: "in her closing argument", "in his evidence".
export const OWN_WORDS: ReadonlySet<string> = new Set(['speech', 'address', 'argument', 'evidence', 'statement', 'submission', 'remarks', 'summing', 'keynote']);

// What a telling is made at, in or on: an occasion, one's own words, an interview, a visit, a call, what it wrote ("said
// in a report released Monday").
const TOLD_AT = new Set([...OCCASION_NOUNS, ...OWN_WORDS, ...WRITTEN_TELLINGS, 'gathering', 'interview', 'visit', 'tour', 'trip', 'call', 'talks', 'broadcast', 'programme', 'program', 'show']);
// "testified before a committee", "appeared before the court": only a body sits for one to speak before; "said before
// the vote on Monday" names a day the vote is on, which may be ahead of the saying.
const BODIES = new Set([
  'court', 'courts', 'judge', 'judges', 'justice', 'justices', 'bench', 'magistrates', 'jury', 'juries', 'jurors', 'inquest',
  'tribunal', 'inquiry', 'committee', 'subcommittee', 'panel', 'board', 'council', 'commission', 'assembly', 'chamber',
  'parliament', 'senate', 'congress', 'lawmakers', 'legislators', 'camera', 'cameras', 'audience', 'crowd', 'crowds',
  'mps', 'senators', 'councillors', 'councilors', 'peers', 'delegates', 'shareholders',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my']);
// Where a telling is made: "at a briefing", "outside court", "on a visit to Carrow". "to" is left out: "told
// reporters to leave on Monday".
const SETTING = new Set(['at', 'in', 'during', 'outside', 'before', 'on']);
// "in a statement released on Monday", "in an interview broadcast on Sunday": the words were given out on the day.
const GIVEN_OUT = new Set(['released', 'issued', 'published', 'posted', 'broadcast', 'aired', 'televised', 'given', 'held', 'delivered']);
// Verbs whose object is who was told: "told reporters at …", "warned reporters outside …".
const HEARER_VERBS = new Set(['told', 'tells', 'tell', 'warned', 'warns', 'urged', 'urges', 'asked', 'asks', 'assured', 'reminded']);
// Verbs that must have who was told for their object, which may be the occasion itself: "told the meeting on Monday".
// Not "warned the meeting on Monday would be stormy", whose object may be what was told.
const TOLD = new Set(['told', 'tells', 'tell']);
// "said later at", "said publicly at": a word of when or how before the setting.
const ADVERBS = new Set(['later', 'earlier', 'again', 'also', 'afterwards', 'afterward', 'then', 'today', 'tonight', 'yesterday', 'first', 'once']);
// Places a telling is made at with no occasion named: "outside the county courthouse", "at his home".
const PLACES = new Set([
  'courthouse', 'hall', 'house', 'home', 'capital', 'headquarters', 'office', 'offices', 'residence', 'palace', 'ministry',
  'embassy', 'hospital', 'scene', 'steps', 'stadium', 'parliament', 'legislature', 'statehouse', 'capitol', 'studio',
]);
// Words that cannot modify or head the occasion: a clause or another phrase has begun ("told the council it would
// meet on Monday", "said at the meeting that the vote will be on Monday").
const NOT_A_MODIFIER = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'if', 'whether', 'because', 'and', 'or', 'but', 'not', 'no',
  'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'has', 'have', 'had', 'do', 'does', 'did', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there',
  'this', 'these', 'those', 'to', 'of', 'on', 'for', 'from', 'with', 'by', 'after', 'since', 'until', 'about', 'as', 'than', 'near',
  ...DETERMINERS, ...SETTING,
]);
// "at the end of the meeting", "at the start of a session".
const PART_OF = new Set(['end', 'start', 'close', 'opening', 'beginning', 'conclusion', 'height', 'sidelines']);
const MAX_MODIFIERS = 4;

const capitalised = (text: string, x: Word) => /^[A-Z]/.test(text.slice(x.at, x.at + 1));

/**
 * Whether `gap`, the words between a telling verb (`verb`, in lower case) and its day, names the occasion of the
 * telling and nothing else: a setting ("at", "in", "during", "outside", "before" a body) and a noun phrase whose head
 * is an occasion or a place, or, after "told", the occasion itself as who was told ("told the special council
 * session"). The occasion may be held somewhere ("in the capital", "in Carrow") or be of someone ("of supporters");
 * "on", "late on" or "early on" may lead to the day.
 */
export function occasionOfTelling(gap: string, verb: string): boolean {
  // Punctuation or a figure ends the phrase: a comma, a quote, a number belong to something else. The words stand
  // apart from the verb and from the day.
  if (gap.length > 140 || !/^\s[A-Za-z\s'’-]*\s$/.test(gap)) return false;
  const ws = wordsOf(gap);
  let end = ws.length;
  if (ws[end - 1]?.w === 'on') end--;
  if (ws[end - 1]?.w === 'late' || ws[end - 1]?.w === 'early') end--;
  if (end === 0) return false;
  const hearer = HEARER_VERBS.has(verb);
  // "told the special council session on Monday": the occasion is who was told.
  if (TOLD.has(verb) && DETERMINERS.has(ws[0].w) && occasionPhrase(gap, ws, 0, end, TOLD_AT) === end) return true;
  // Who was told ("told reporters at …", "told the BBC in …"), or a word of when or how ("said later at …"), before
  // the setting.
  let i = 0;
  if (hearer) {
    if (DETERMINERS.has(ws[0].w)) i++;
    const from = i;
    while (i < end && i - from < 3 && !NOT_A_MODIFIER.has(ws[i].w)) i++;
  } else if (ADVERBS.has(ws[0].w) || /^[a-z]{3,}ly$/.test(ws[0].w)) i++;
  if (i >= end || !SETTING.has(ws[i].w)) return false;
  const setting = ws[i].w;
  const heads = setting === 'before' ? BODIES : TOLD_AT;
  if (occasionPhrase(gap, ws, i + 1, end, heads) === end) return true;
  // "outside the county courthouse", "at the White House", "in Carrow".
  const place = setting === 'during' || setting === 'before' ? -1 : placePhrase(gap, ws, i + 1, end, false);
  return place >= 0 && afterOccasion(gap, ws, place, end) === end;
}

/**
 * A noun phrase from word `i` whose head is one of `heads` ("a packed public meeting", "court", "the end of a council
 * session"), with where it was held or whom it was of after it: where it ends (by word index), or -1.
 */
function occasionPhrase(text: string, ws: Word[], i: number, end: number, heads: ReadonlySet<string>): number {
  if (i >= end) return -1;
  const det = DETERMINERS.has(ws[i].w);
  let k = det ? i + 1 : i;
  // The modifiers and the head: the words up to the first that can be neither, or up to a participle after the head
  // ("a statement released").
  const from = k;
  while (k < end && !NOT_A_MODIFIER.has(ws[k].w) && !(k > from && GIVEN_OUT.has(ws[k].w) && heads.has(ws[k - 1].w))) k++;
  const head = k - 1;
  if (head < from || head - from > MAX_MODIFIERS) return -1;
  // "at the end of the meeting": the occasion follows a part of it.
  if (det && head === from && PART_OF.has(ws[head].w) && ws[k]?.w === 'of') return occasionPhrase(text, ws, k + 1, end, heads);
  // A bare head ("outside court", "in court") takes no modifier before it.
  if (!heads.has(ws[head].w) || (!det && head !== from)) return -1;
  return afterOccasion(text, ws, k, end);
}

/**
 * Where the occasion was held, whom or what it was of or with, or that it was given out, from word `k` ("in the
 * capital", "of supporters", "with reporters", "to Carrow", "on the budget", "released"): where they end.
 */
function afterOccasion(text: string, ws: Word[], k: number, end: number): number {
  const seen = new Set<string>();
  for (let n = 0; n < 2 && k < end; n++) {
    const w = ws[k].w;
    if ((w === 'of' || w === 'with') && !seen.has(w)) {
      // "a gathering of supporters", "a meeting of the full council", "talks with union leaders".
      seen.add(w);
      let j = DETERMINERS.has(ws[k + 1]?.w) ? k + 2 : k + 1;
      const from = j;
      while (j < end && j - from < 3 && !NOT_A_MODIFIER.has(ws[j].w)) j++;
      if (j === from) return -1;
      k = j;
    } else if (w === 'in' || w === 'at' || w === 'outside' || w === 'near' || w === 'to' || w === 'on') {
      const j = placePhrase(text, ws, k + 1, end, true);
      if (j < 0) return -1;
      k = j;
    } else if (GIVEN_OUT.has(w) && k + 1 === end) return end;
    else return -1;
  }
  return k;
}

/**
 * A place from word `i`, where it ends (by word index) or -1: a name ("Carrow", "the White House"), a place word with
 * up to two before it ("the county courthouse"), or, when `loose`, any three words after "the" ("in the capital").
 */
function placePhrase(text: string, ws: Word[], i: number, end: number, loose: boolean): number {
  if (i >= end) return -1;
  const det = DETERMINERS.has(ws[i].w);
  let j = det ? i + 1 : i;
  const from = j;
  const named = j < end && capitalised(text, ws[j]);
  // With no determiner, only a name runs on: "in Carrow", "outside Ludwell Crown Court".
  if (det) while (j < end && j - from < 3 && !NOT_A_MODIFIER.has(ws[j].w)) j++;
  else while (j < end && j - from < 3 && capitalised(text, ws[j])) j++;
  if (j === from) return -1;
  return named || loose || PLACES.has(ws[j - 1].w) ? j : -1;
}

/**
 * "before the magistrates on", "before a joint legislative committee in": `words`, from "before" to a date, put one
 * in front of a body, not earlier than the day. The body's head is followed by a preposition or ends the words.
 */
export function beforeABody(words: string): boolean {
  const ws = wordsOf(words);
  if (ws[0]?.w !== 'before') return false;
  // "appeared before magistrates in Carrow on Monday", "gave evidence before MPs on Tuesday": a plural body with no
  // determiner, right after "before".
  const bare = !DETERMINERS.has(ws[1]?.w);
  if (bare && !(BODIES.has(ws[1]?.w ?? '') && /s$/.test(ws[1].w))) return false;
  let k = 2;
  if (!bare) while (k < ws.length && !NOT_A_MODIFIER.has(ws[k].w)) k++;
  const head = k - 1;
  if (!bare && (head < 2 || head - 2 > MAX_MODIFIERS || !BODIES.has(ws[head].w))) return false;
  return k < ws.length ? ['at', 'in', 'of', 'on', 'for'].includes(ws[k].w) : /^\s*(?:[,.;]|$)/.test(words.slice(ws[head].end));
}
