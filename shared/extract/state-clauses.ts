// Whether a sentence tells of a state ("She had no children.", "The house was empty.", "He was a keen gardener.",
// "Nobody doubted it.") rather than of a happening. A state holds over a stretch; it is not a happening at the time
// of the sentence before, so it is not carried on to that time (undated-sentences.ts, carriedOn).
//
// Read with the part-of-speech tagger: every finite verb of the sentence must be a state. A form of "be" with a
// predicate (a noun, an adjective, a number, a place) is one, not one before a participle ("was rescued", a
// happening told in the passive, "was minding", one under way); "had" with a noun phrase is possession, unless the
// noun names a happening ("had a stroke", "had a meeting"); a lexical verb is one when it is a verb of state
// (STATIVE_VERBS). Anything else, or any doubt, is a happening: the sentence is then read as before.

import { readTokens, taggable } from '../nlp';
import { HAPPENING_NOUN_RE, SAME_FORM_PAST, STATIVE_VERBS } from './lexicon';

// The tagger reads no more than this: a state is told in a short sentence, and a hostile line costs no more.
const MAX_SENTENCE = 240;
// "had a stroke", "had talks", "had a baby": nouns after "had" that name something done, not something held; with the
// lexicon's happening nouns ("had a meeting", "had an accident").
const HAD_HAPPENING = new RegExp(`^(?:${HAPPENING_NOUN_RE}|stroke|attack|surgery|operation|baby|fall|talks?|lunch|dinner|breakfast|party|row|argument|fight|look|go|word|chat|seizure|breakdown|chance)$`, 'i');
const FINITE_BE = /^(?:was|were|is|are|am|'s|’s|'re|’re)$/i;
const FINITE_HAVE = /^(?:had|has|have|'d|’d)$/i;

interface Read {
  values: readonly string[];
  pos: readonly string[];
  lemmas: readonly string[];
}

/** The next token from `i` that is not an adverb, "not" or a comma ("was, however, honoured", "was not perfect"). */
function nextWord(r: Read, i: number): number {
  let j = i;
  while (j < r.values.length && (r.pos[j] === 'ADV' || r.pos[j] === 'PART' || r.values[j] === ',')) j++;
  return j;
}

/**
 * A participle after "be": a verb, or a word in -ed (even one read as an adjective: "was soaked" may tell of the
 * soaking) or in -en read as a noun ("was honoured", "was broken"). Not a "verb" in its own base form ("were damp"),
 * an adjective misread, unless past and base are one word ("was hit").
 */
function participle(r: Read, j: number): boolean {
  const word = (r.values[j] ?? '').toLowerCase();
  if (r.pos[j] === 'VERB') return word !== r.lemmas[j] || SAME_FORM_PAST.has(word);
  return r.pos[j] === 'AUX' || /[a-z]{2}ed$/.test(word) || (r.pos[j] !== 'ADJ' && /[a-z]{2}en$/.test(word));
}

/** After a form of "be" at `i`: the end of a state it tells (the predicate's first token), or -1 when it is no state. */
function beState(r: Read, i: number): number {
  const j = nextWord(r, i + 1);
  if (j >= r.values.length || r.pos[j] === 'PUNCT' || participle(r, j)) return -1;
  return j;
}

/** After "had" at `i` with a noun phrase: the phrase's head, when it names no happening; -1 otherwise. */
function hadState(r: Read, i: number): number {
  let j = nextWord(r, i + 1);
  let head = -1;
  for (; j < r.values.length && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(r.pos[j]); j++) if (r.pos[j] === 'NOUN') head = j;
  if (head < 0 || HAD_HAPPENING.test(r.values[head]) || HAD_HAPPENING.test(r.lemmas[head])) return -1;
  return head;
}

/** Whether every finite verb of `sentence` tells of a state, and it has at least one. */
export function tellsOfState(sentence: string): boolean {
  if (sentence.length > MAX_SENTENCE || !taggable(sentence)) return false;
  const r = readTokens(sentence);
  let states = 0;
  for (let i = 0; i < r.values.length; i++) {
    const pos = r.pos[i];
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const word = r.values[i];
    let end = -1;
    if (FINITE_BE.test(word)) end = beState(r, i);
    else if (FINITE_HAVE.test(word)) {
      const j = nextWord(r, i + 1);
      // "had been empty": the perfect of a state; "had denied", "had moved": of a happening.
      if (/^been$/i.test(r.values[j] ?? '')) end = beState(r, j);
      else if (r.pos[j] === 'VERB' && STATIVE_VERBS.has(r.lemmas[j])) end = j;
      else if (r.pos[j] !== 'VERB' && r.pos[j] !== 'AUX') end = hadState(r, i);
    } else if (pos === 'VERB') {
      // A verb that is not the clause's own: "wanted to come" (an infinitive), "sitting on a wall" (a participle).
      if (/^to$/i.test(r.values[i - 1] ?? '') || /ing$/i.test(word)) continue;
      if (STATIVE_VERBS.has(r.lemmas[i])) end = i;
    }
    if (end < 0) return false;
    states++;
    i = end;
  }
  return states > 0;
}
