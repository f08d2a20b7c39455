import { readTokens, taggable } from '../nlp';
import { BODY_NOUNS, COMMA_RELATIVE, countWords, hedgeWords, HONORIFIC_ALTS, IRREGULAR_PAST, isOneOf, isPastForm, isTellingWord, MODALS, MONTH_RE, ORDINAL_WORDS, PART_OF_DAY_ALTS, PAST_ONLY, PAST_PARTICIPLES, POST, REPORTING_VERBS, SEASON_ALTS, SEASON_NOUN_ALTS, WEEKDAY_RE } from './lexicon';

// The title stage's second pass, read with a part-of-speech tagger (wink-nlp's small English model) rather than
// more patterns: a title says who did what in 3 to 10 of the article's words, the clause's subject, its verb and
// its object, and is never a fragment. The pattern pass (title.ts) has already taken out the date words, the
// asides and the telling; this pass only shortens a title that is still longer than ten words, at the ends of
// phrases, and rebuilds one that is a fragment from its clause.
//
// A bare noun phrase is never made here. One the pattern pass gives is remade from its clause; it stays only when
// the clause gives no title with a verb: it has none (a heading, or a date that sits on a noun phrase naming a
// happening, "the breakup of Yugoslavia in the early 1990s"), or none the tags can build a whole title on.

export const MIN_WORDS = 3;
export const MAX_WORDS = 10;

/**
 * `made` when it is ten words at most, else `otherwise`: the one count of a made title's words. withinBounds cuts a
 * longer `made` with fittedTitle first; the callers of this do not, since a subject lent to a long title would have
 * fittedTitle cut the title's own words to make room ("… painting backdrops for museum's bird dioramas"), worse than
 * no subject.
 */
export function tenWordsAtMost<T extends string | null>(made: string, otherwise: T): string | T {
  return made.split(/\s+/).length <= MAX_WORDS ? made : otherwise;
}
// The tagger reads no more than this of a clause: a title is made from its first words, and a bounded input
// keeps a hostile line (a megabyte with no full stop) from costing more than a sentence does.
const MAX_CLAUSE = 200;

interface Token {
  value: string;
  pos: string;
  lemma: string;
  /** The spaces before the token in the text read: none before "'s" or a comma. */
  space: string;
}

function tokensOf(text: string, patternVerb?: (word: string) => boolean): Token[] {
  const { values, pos, lemmas, spaces } = readTokens(text);
  const out: Token[] = [];
  for (let i = 0; i < values.length; i++) {
    const t = { value: values[i], pos: pos[i], lemma: (lemmas[i] ?? values[i]).toLowerCase(), space: spaces[i] ?? ' ' };
    const prev = out[out.length - 1];
    // "Al-Qaida", "one-day": the tokenizer splits a hyphenated word; it is one word, tagged as its last part.
    if (prev && !t.space && /^[-–]$/.test(t.value) && !spaces[i + 1] && /\w$/.test(prev.value) && /^\w/.test(values[i + 1] ?? '')) {
      prev.value += t.value + values[i + 1];
      // "a buy-out", "the lift-off": a word whose last part is a preposition or particle is a noun.
      prev.pos = ['ADP', 'PART', 'DET', 'CCONJ', 'SCONJ'].includes(pos[i + 1]) ? 'NOUN' : pos[i + 1];
      prev.lemma = (lemmas[i + 1] ?? values[i + 1]).toLowerCase();
      i++;
      continue;
    }
    out.push(t);
  }
  retag(out, patternVerb);
  return out;
}

/**
 * Corrections to the small model's tags where the words around settle them: a capitalised "verb" inside a name
 * ("Tim Cook", "Ford Motor Company") is a name; a "verb" after a determiner or a possessive ("its launch", "made
 * this comment") is a noun; an "adverb" between a determiner and a noun ("the new system") is an adjective.
 */
function retag(xs: Token[], patternVerb?: (word: string) => boolean): void {
  for (let i = 0; i < xs.length; i++) {
    const t = xs[i];
    const prev = xs[i - 1];
    const next = xs[i + 1];
    // "River burst its banks": a past form the patterns know, after the subject and before an object, is the verb.
    // So is one before an object pronoun that no verb follows ("the strike cost it $3 million"; not "a price cut it
    // had promised", where the pronoun is a clause's subject).
    if (patternVerb && t.pos === 'NOUN' && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && (next?.pos === 'DET' || (next?.pos === 'PRON' && (POSSESSIVE.test(next.value) || (OBJECT_AFTER_PAST.test(next.value) && !isVerb(xs[i + 2]))))) && patternVerb(t.value)) t.pos = 'VERB';
    // "This week marks the anniversary": a plural-looking word between the subject's noun and an article, with no
    // verb before it, is the clause's verb in the present (two nouns in a row are not followed by "the").
    // So is one before an infinitive ("The council plans to build", "the paper claims to have seen").
    else if (t.pos === 'NOUN' && /[a-z]s$/.test(t.value) && (prev?.pos === 'NOUN' ? /^(?:the|a|an)$/i.test(next?.value ?? '') || infinitive(xs, i + 1) : prev?.pos === 'PROPN' && infinitive(xs, i + 1)) && !xs.slice(0, i).some(isVerb)) t.pos = 'VERB';
    if (t.pos === 'VERB' && /^[A-Z]/.test(t.value) && (i > 0 ? prev.pos !== 'PUNCT' || prev.value === ',' : next?.pos === 'PROPN')) t.pos = 'PROPN';
    else if (t.pos === 'VERB' && prev && (prev.pos === 'DET' || (prev.pos === 'PRON' && (POSSESSIVE.test(prev.value) || (/^(?:this|these|those)$/i.test(prev.value) && xs[i - 2]?.pos === 'VERB')))) && !/ing$/i.test(t.value) && next?.pos !== 'NOUN') {
      t.pos = 'NOUN';
      if (/^(?:this|these|those)$/i.test(prev.value)) prev.pos = 'DET';
    // "the north shore", "a lower deck": a verb in its plain form after an article and the word describing it is
    // the noun they lead to ("found rows of stakes near the north shore/VERB" made a told clause of the stakes).
    } else if (t.pos === 'VERB' && t.lemma === t.value.toLowerCase() && /^[a-z]+$/.test(t.value) && !/(?:ing|ed|s)$/.test(t.value) && (prev?.pos === 'ADV' || prev?.pos === 'ADJ') && /^(?:the|a|an)$/i.test(xs[i - 2]?.value ?? '') && !['NOUN', 'PROPN', 'DET'].includes(next?.pos ?? '')) {
      t.pos = 'NOUN';
    } else if (t.pos === 'ADV' && (prev?.pos === 'DET' || (i === 0 && ORDINAL_WORD.test(t.value))) && (next?.pos === 'NOUN' || next?.pos === 'VERB' || next?.pos === 'ADJ')) t.pos = 'ADJ';
    // "she baked the loaf", "they closed": a past form right after a subject pronoun is its verb, which the small
    // model tags an adjective now and then ("said she baked/ADJ" left the told clause without a verb).
    if (t.pos === 'ADJ' && prev?.pos === 'PRON' && /^(?:i|he|she|we|they)$/i.test(prev.value) && (/^[a-z]{2,}ed$/.test(t.value) || IRREGULAR_PAST.has(t.value))) t.pos = 'VERB';
    // "have never been this low": "this" before an adjective says how much.
    if (/^(?:this|that|so|too)$/i.test(t.value) && next?.pos === 'ADJ' && !['NOUN', 'PROPN'].includes(xs[i + 2]?.pos ?? '')) t.pos = 'ADV';
    // "has since paid off": "since" between a helping verb and its verb is an adverb, not a conjunction.
    if (t.pos === 'SCONJ' && /^since$/i.test(t.value) && prev?.pos === 'AUX' && next?.pos === 'VERB') t.pos = 'ADV';
    // "most-sold", "long-awaited" before a noun describe it.
    if (t.pos === 'VERB' && t.value.includes('-') && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) t.pos = 'ADJ';
  }
}

// "second medical, at a clinic …": an ordinal opening a clause whose article went is an adjective, as after one. Not
// "first" nor "last": so read, they left titles ending on a bare "is" or "and ended".
// Pronouns that only ever stand as an object: a word the patterns take for a past before one is a verb.
const OBJECT_AFTER_PAST = /^(?:it|them|him|us|me)$/i;
const ORDINAL_WORD = new RegExp(`^(?:${ORDINAL_WORDS.slice(1).join('|')})$`, 'i');

const infinitive = (xs: Token[], i: number) => xs[i]?.value.toLowerCase() === 'to' && isVerb(xs[i + 1]);

/** The clause's first MAX_CLAUSE characters, ending at a space: all of a clause the tagger's pass reads. */
export function bounded(text: string): string {
  if (text.length <= MAX_CLAUSE) return text;
  const space = text.lastIndexOf(' ', MAX_CLAUSE);
  return text.slice(0, space > 0 ? space : MAX_CLAUSE);
}

const NOUNISH = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;
const SUBJECT_PRONOUN = /^(?:i|he|she|it|we|they|you)$/i;
const OBJECT_PRONOUN = /^(?:me|him|her|us|them|you)$/i;
// Words after a verb that complete it rather than open a phrase: "set up", "took over", "broke down".
const PARTICLE = /^(?:up|out|off|down|over|away|back|aside|apart)$/i;
// Verbs that tell rather than find: "found rows of stakes", "reported the theft" take a noun phrase as often.
// Not one that names whom it told first ("told journalists the offer …"): whom and what are not told apart here.
const TELLING_LEMMAS: ReadonlySet<string> = new Set(['say', 'announce', 'confirm', 'state', 'claim', 'insist', 'admit', 'deny']);
// Telling verbs whose first object may be whom they told ("told the court", "warned residents", "assured investors");
// these take the told clause alone too ("warned the dam would fail").
const TELLS_WHOM_OR_WHAT = ['tell', 'warn', 'assure'];
// Verbs whose object is a clause of its own ("said the bridge would close", "showed the forest had shrunk"): the
// object is that clause's subject, verb and object, not the noun phrase that opens it.
const CLAUSE_VERB: ReadonlySet<string> = new Set([
  ...TELLING_LEMMAS,
  ...TELLS_WHOM_OR_WHAT,
  ...('report show believe think mean expect fear hope know declare indicate suggest reveal find estimate predict ' +
    'argue note add agree decide learn feel ensure acknowledge worry').split(' '),
]);
// Words a quantity names a part of: "one of the men", "the majority of buildings", "much of the wheat".
const PART_OF = new RegExp(String.raw`^(?:${countWords(1, 3)}|some|many|most|much|all|part|half|none|each|both|several|majority|minority|rest|number|members?|leaders?|head|chief|president|director)$`, 'i');

// "took over"; "the strike was over", with nothing after it.
const isParticle = (xs: Token[], i: number) => PARTICLE.test(xs[i].value) && (xs[i - 1]?.pos === 'VERB' || (xs[i - 1]?.pos === 'AUX' && (i + 1 >= xs.length || xs[i + 1].pos === 'PUNCT')));
const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const isNounish = (t: Token | undefined) => !!t && (NOUNISH.has(t.pos) || /^['’]s?$/.test(t.value) || (t.pos === 'PRON' && POSSESSIVE.test(t.value)));
// "ruling party", "armed men": a participle before a noun describes it. After its noun it opens a phrase of its own
// ("rules covering vessels"), which a title leaves out; after a personal pronoun it is the clause's verb ("She
// persuaded villagers").
const isModifier = (xs: Token[], i: number) =>
  xs[i].pos === 'VERB' && /(?:ing|ed)$/i.test(xs[i].value) && (xs[i + 1]?.pos === 'NOUN' || xs[i + 1]?.pos === 'PROPN') && !['NOUN', 'PROPN', 'NUM', 'SYM'].includes(xs[i - 1]?.pos ?? '') && !(xs[i - 1]?.pos === 'PRON' && SUBJECT_PRONOUN.test(xs[i - 1].value));
// "the number of boats moored", "people sleeping": a participle right after a noun, which it describes.
// `irregular`, where given, also takes those forms ("the workers laid off last year").
const describesNounBefore = (xs: Token[], i: number, irregular?: ReadonlySet<string>) =>
  i > 0 && ['NOUN', 'PROPN'].includes(xs[i - 1].pos) && (/[a-z]{2,}(?:ed|en|ing)$/i.test(xs[i].value) || !!irregular?.has(xs[i].value.toLowerCase()));
// A word no title ends on: it leads into what was cut ("her" may be an object: "worked under her").
const endsBadly = (t: Token) =>
  ['DET', 'ADP', 'CCONJ', 'SCONJ'].includes(t.pos) || (t.pos === 'PART' && !/^(?:not|n['’]t)$/i.test(t.value)) || (t.pos === 'PRON' && POSSESSIVE.test(t.value) && !/^her$/i.test(t.value)) || /^(?:that|which|who|whose|whom)$/i.test(t.value);

/** How many words a reader counts: tokens set off by spaces, leaving punctuation out. */
function wordCount(xs: Token[], idx: number[]): number {
  let n = 0;
  for (let k = 0; k < idx.length; k++) {
    const t = xs[idx[k]];
    if (t.pos === 'PUNCT') continue;
    if (k === 0 || idx[k - 1] !== idx[k] - 1 || t.space) n++;
  }
  return n;
}

/** The tokens kept, in the text's own spacing where they were next to each other and one space elsewhere. */
function join(xs: Token[], idx: number[]): string {
  return idx.map((i, k) => (k === 0 ? '' : idx[k - 1] === i - 1 ? xs[i].space : ' ') + xs[i].value).join('');
}

/**
 * The clause's main verb between `from` and `to`: the first finite one, past an -ing form that only describes
 * ("flooding the road"), a verb after "to", and a participle that modifies the noun before it ("the men believed
 * to have planned the attacks was seen": "was"). -1 when there is none.
 */
function mainVerb(xs: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = xs[i];
    if (!isVerb(t)) continue;
    // Nor one of a perfect or passive infinitive ("to have seen", "to be sold").
    if (xs[i - 1]?.value.toLowerCase() === 'to' || (/^(?:have|be)$/i.test(xs[i - 1]?.value ?? '') && xs[i - 2]?.value.toLowerCase() === 'to') || isModifier(xs, i)) continue;
    if (t.pos === 'VERB' && /ing$/i.test(t.value) && !isVerb(xs[i - 1]) && xs[i - 1]?.pos !== 'ADV') continue;
    // A past participle: "-ed"/"-en", or an irregular form that is not the verb's own ("thought", "held").
    const pastForm = /(?:ed|en)$/i.test(t.value) || (t.lemma !== t.value.toLowerCase() && !/(?:s|ing)$/i.test(t.value));
    const participle = t.pos === 'VERB' && i > from && (xs[i - 1].pos === 'NOUN' || xs[i - 1].pos === 'PROPN') && pastForm && (xs[i + 1]?.pos === 'ADP' || xs[i + 1]?.value.toLowerCase() === 'to') && !opensClause(xs, i + 1);
    if (participle) {
      for (let j = i + 2; j < to; j++) {
        // "The blaze started in the basement | and the floors were full of smoke": past a joint, a verb is another clause's.
        if ((xs[j].pos === 'PUNCT' && /^[,;:]$/.test(xs[j].value)) || xs[j].pos === 'CCONJ' || xs[j].pos === 'SCONJ' || /^(?:who|which|that|when|while)$/i.test(xs[j].value)) break;
        if (opensClause(xs, j)) break;
        if (xs[j].pos === 'AUX' && ['NOUN', 'PROPN', 'PRON', 'NUM', 'ADP'].includes(xs[j - 1].pos)) return j;
        // "the number of boats moored in the basin doubled since …": so is a past after the phrase's noun, as the
        // pattern pass makes "had doubled" "doubled".
        if (pastAfterParticiple(xs, i, j)) return j;
      }
    }
    // "Dealers that are to be closed represent 18%", "Firms whose plants shut will …": a relative clause after
    // the subject; the main verb follows it.
    const pronoun = xs[i - 1]?.pos === 'NOUN' || xs[i - 1]?.pos === 'PROPN' ? i - 2 : i - 1;
    if (i > from + 1 && /^(?:that|which|who|whose)$/i.test(xs[pronoun]?.value ?? '') && (xs[pronoun - 1]?.pos === 'NOUN' || xs[pronoun - 1]?.pos === 'PROPN')) {
      // The main verb is the first one after the relative clause's own: not led into by an auxiliary, "to" or the
      // relative clause's first verb ("that are due to be scrapped | carry", "who lost their homes | can apply").
      for (let j = i + 2; j < to && xs[j].pos !== 'PUNCT'; j++) {
        if (isVerb(xs[j]) && xs[j - 1].pos !== 'AUX' && xs[j - 1].pos !== 'PART' && !/^(?:to|not|n['’]t|never)$/i.test(xs[j - 1].value) && j - 1 !== i && !/ing$/i.test(xs[j].value)) return j;
      }
    }
    return i;
  }
  return -1;
}

// "a proposal for an airstrip on the north moor collapsed | before it could be put …": a subordinator with a subject
// pronoun after it opens another clause, whose verb is not the one before it.
const opensClause = (xs: Token[], j: number) => CLAUSE_OPENING.test(xs[j]?.value ?? '') && xs[j + 1]?.pos === 'PRON' && SUBJECT_PRONOUN.test(xs[j + 1].value);

/**
 * Whether the past at `j` is the main verb after the participle at `i` that describes the noun before it ("the samples
 * taken at 40 sites | showed …"): not after a past that is no participle ("trade fell after …") or a particle that
 * takes an object ("held off buying …"), nor after a word that opens another clause ("marched in … against what
 * organisers called", "dropped … as the grain came"). It follows a noun, and is no participle itself before a
 * preposition or a noun ("invested in machines made in …", "three parked cars").
 */
function pastAfterParticiple(xs: Token[], i: number, j: number): boolean {
  const p = xs[i].value.toLowerCase();
  // "held off | buying gear": a particle with an object after it is an active verb's ("carried out | found" is not).
  // Not after a form that is only ever a participle ("seen over the coast | left"): it has no active past.
  const active = isParticle(xs, i + 1) && j !== i + 2 && xs[i + 2]?.pos !== 'ADP' && !(PAST_PARTICIPLES.has(p) && !IRREGULAR_PAST.has(p));
  if (PAST_ONLY.has(p) || active || xs.slice(i + 1, j).some((x) => CLAUSE_OPENING.test(x.value))) return false;
  const t = xs[j];
  const w = t.value.toLowerCase();
  // "the repairs carried out | rose": the participle's particle may stand before it.
  const afterNoun = ['NOUN', 'PROPN'].includes(xs[j - 1].pos) || (j === i + 2 && isParticle(xs, i + 1));
  if (t.pos !== 'VERB' || !afterNoun || isModifier(xs, j)) return false;
  if (PAST_ONLY.has(w)) return true;
  return (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w)) && !['ADP', 'PART'].includes(xs[j + 1]?.pos ?? '');
}
// Words that open another clause inside a phrase: a verb after them is that clause's.
const CLAUSE_OPENING = /^(?:after|before|until|since|as|because|when|while|what|where|which|who|that|if|once)$/i;

/** A noun phrase from `i`, with one "of" phrase after a word that names a part ("one of the men"). Its end. */
function nounPhrase(xs: Token[], i: number, to: number, ofAny = false): number {
  if (xs[i]?.pos === 'PRON' && !POSSESSIVE.test(xs[i].value)) return i + 1;
  const k = nounWords(xs, i, to);
  if (k > i && k + 1 < to && xs[k].value.toLowerCase() === 'of' && (ofAny || PART_OF.test(xs[k - 1].value))) {
    if (xs[k + 1].pos === 'PRON' && !POSSESSIVE.test(xs[k + 1].value)) return k + 2;
    if (isNounish(xs[k + 1])) return nounWords(xs, k + 1, to);
  }
  return k;
}

// A word that hedges the count after it ("nearly 40", "just over 300").
const COUNT_HEDGE = new RegExp(`^${hedgeWords('around', 'roughly', 'over', 'under', 'only', 'just')}$`, 'i');

/** The end of the run of noun-phrase words from `i`: a determiner after a noun opens another phrase. */
function nounWords(xs: Token[], i: number, to: number): number {
  let k = i;
  for (; k < to; k++) {
    const t = xs[k];
    if (k > i && t.pos === 'DET' && (xs[k - 1].pos === 'NOUN' || xs[k - 1].pos === 'PROPN')) break;
    if (isNounish(t) || (isModifier(xs, k) && k + 1 < to)) continue;
    // "more than 2,300 households", "nearly 500 homes", "at least 40 people".
    if (xs[k + 1]?.pos === 'NUM' && ((k === i && COUNT_HEDGE.test(t.value)) || (/^than$/i.test(t.value) && k > i && /^(?:more|less|fewer)$/i.test(xs[k - 1].value)))) continue;
    if (/^(?:more|less|fewer)$/i.test(t.value) && /^than$/i.test(xs[k + 1]?.value ?? '')) continue;
    if (/^(?:to|-|–)$/.test(t.value) && xs[k - 1]?.pos === 'NUM' && xs[k + 1]?.pos === 'NUM') continue;
    break;
  }
  return k;
}

/** The subject's head phrase: what opens the clause up to a preposition, a comma or a modifier; else the phrase just before the verb. */
function subjectOf(xs: Token[], from: number, verb: number): number[] {
  if (verb === from) return [];
  let end = nounPhrase(xs, from, verb, true);
  // "Five helicopters and two planes were sent": a subject of joined noun phrases stays whole.
  while (end < verb && xs[end].pos === 'CCONJ' && end + 1 < verb) {
    const next = nounPhrase(xs, end + 1, verb);
    if (next === end + 1 || next !== verb) break;
    end = next;
  }
  // "Kuwait, postal workers … processed": a phrase set off before the subject, not closed by a comma as an aside
  // ("Holloway, by then an engineer, was …") is, leaves the subject after its comma.
  // "Smith, Jones and Brown were": a list is the subject whole.
  if (xs.slice(from, verb).every((t) => isNounish(t) || t.pos === 'CCONJ' || t.value === ',') && xs[verb - 1].value !== ',') return range(from, verb);
  // "Its leader, Lena Hoss, told …": a name set off after the subject says who it is.
  if (xs[verb - 1].value === ',' && xs[verb - 2]?.pos === 'PROPN') {
    let name = verb - 2;
    while (name > from && xs[name - 1].pos === 'PROPN') name--;
    if (name > from + 1 && xs[name - 1].value === ',' && xs.slice(from, name - 1).every((t) => isNounish(t) && t.value !== ',')) return range(name, verb - 1);
  }
  const comma = xs[end]?.value === ',' ? end : -1;
  if (comma > from && !/^[,;:]$/.test(xs[verb - 1].value) && xs.slice(comma + 1, verb).every((t) => t.value !== ',')) return subjectOf(xs, comma + 1, verb);
  if (end > from) return range(from, end);
  let start = verb;
  while (start > from && (isNounish(xs[start - 1]) || xs[start - 1].pos === 'PRON') && !(start < verb && xs[start].pos === 'DET')) start--;
  while (start < verb && xs[start].pos === 'DET') start++;
  return range(start, verb);
}

/** The verb with its auxiliaries, negation, adverbs between them, infinitives it governs and its particle. */
function verbGroup(xs: Token[], v: number, to: number): number[] {
  const out = [v];
  let k = v + 1;
  while (k < to) {
    const t = xs[k];
    const next = xs[k + 1];
    if (isVerb(t) && !(t.pos === 'VERB' && /ing$/i.test(t.value) && xs[k - 1].pos === 'VERB' && !/^(?:keep|kept|keeps|stop|stopped|start|started|began|begin|continue|continued)$/i.test(xs[k - 1].value))) out.push(k++);
    else if (/^(?:not|n['’]t|never)$/i.test(t.value) || (t.pos === 'ADV' && k + 1 < to && isVerb(next))) out.push(k++);
    else if (t.value.toLowerCase() === 'to' && t.pos === 'PART' && k + 1 < to && isVerb(next)) out.push(k++);
    // "gave way under the lorry", "rose sharply": an adverb that closes the verb's phrase.
    else if (t.pos === 'ADV' && !/^(?:not|also|then|still|now)$/i.test(t.value) && xs[k - 1].pos === 'VERB' && (k + 1 >= to || ['ADP', 'PUNCT', 'CCONJ', 'SCONJ'].includes(next.pos))) {
      out.push(k++);
      break;
    }
    else if (PARTICLE.test(t.value) && (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'PART') && isParticle(xs, k)) {
      out.push(k++);
      break;
    } else break;
  }
  return out;
}

const NEGATION = /^(?:never|not|n['’]t|hardly|barely|seldom|rarely)$/i;

/** Subject, verb group and object of the clause from `from`, as token indices; null when it has no verb. */
function core(xs: Token[], from: number, to: number, depth = 0, stretch = false): number[] | null {
  // "Inviting non-Muslims onto the land outraged extremists": a clause whose subject is an -ing phrase is
  // beyond what the tags tell apart; the pattern pass's title stands.
  if (xs[from]?.pos === 'VERB' && /ing$/i.test(xs[from].value)) return null;
  const v = mainVerb(xs, from, to);
  if (v < 0) return null;
  // A clause that opens on a preposition or a subordinator is no subject of its own: the subject is the noun
  // phrase just before the verb.
  const subject = definedSubject(xs, subjectOf(xs, from, v), v);
  // "Now is the time": with words before the verb and none of them a subject, a title would open on the verb.
  if (!subject.length && v > from && depth === 0) return null;
  // "…, said Mr. Smith": a telling after a comma, before its teller, closes a quotation; it is not the clause's verb.
  // Not after a subject set off with its name ("Its leader, Lena Hoss, told …"): only noun phrases lead to it.
  if (CLAUSE_VERB.has(xs[v].lemma) && xs[v - 1]?.pos === 'PUNCT' && !xs.slice(from, v).every((t) => isNounish(t) || t.value === ',')) return null;
  const verbs = verbGroup(xs, v, to);
  // "We never expected it": a negation between the subject and the verb is the verb's; a title without it says
  // the opposite.
  for (let n = v - 1; n > from && n > (subject[subject.length - 1] ?? from) && NEGATION.test(xs[n].value); n--) verbs.unshift(n);
  let k = verbs[verbs.length - 1] + 1;
  const last = xs[verbs[verbs.length - 1]];
  // "is still important": adverbs before the complement go with it.
  while (k < to && xs[k].pos === 'ADV' && k + 1 < to && (isNounish(xs[k + 1]) || xs[k + 1].pos === 'ADV')) k++;
  if (k > verbs[verbs.length - 1] + 1) verbs.push(...range(verbs[verbs.length - 1] + 1, k));
  if (depth === 0 && CLAUSE_VERB.has(last.lemma)) {
    const told = toldAfter(xs, k, to, depth);
    if (told) return [...subject, ...verbs, ...told];
  }
  const object = objectAt(xs, k, to);
  // "A ban on new wells followed": a subject cut to its head keeps the phrases after it, up to the verb, when
  // they hold no comma, verb or clause and the whole still fits (asked for when the head alone gives no title).
  const s0 = subject[0];
  const s1 = subject[subject.length - 1];
  if (stretch && subject.length && s1 + 1 < v && xs.slice(s1 + 1, v).every((t) => isNounish(t) || (t.pos === 'ADP' && !/^(?:that|as|than|like)$/i.test(t.value)))) {
    const full = [...range(s0, v), ...verbs.filter((i) => i >= v), ...object];
    if (wordCount(xs, full) <= MAX_WORDS && !endsBadly(xs[v - 1])) return full;
  }
  return [...subject, ...verbs, ...object];
}

// "Those", "anyone": a pronoun that names no one until the relative clause after it says who ("those who fish here").
const DEFINED_BY_RELATIVE = /^(?:those|anyone|anybody|everyone|everybody|someone|somebody)$/i;

/**
 * The subject with the relative clause that defines it ("Those who sail from the harbour have waited", not "Those have
 * waited"): only after a pronoun that names no one without it, the clause (six words at most) running with no mark up
 * to the main verb.
 */
function definedSubject(xs: Token[], subject: number[], v: number): number[] {
  const s = subject[0];
  if (subject.length !== 1 || !DEFINED_BY_RELATIVE.test(xs[s].value) || !/^(?:who|that)$/i.test(xs[s + 1]?.value ?? '') || v <= s + 2) return subject;
  // A clause too long to leave its verb room in a title is left out: the pronoun alone stays the subject.
  return v - s > 7 || xs.slice(s + 1, v).some((t) => t.pos === 'PUNCT') ? subject : range(s, v);
}

/**
 * What a telling verb tells, from token `k` after it: whom it was told and the told clause's core ("told supporters
 * in the capital that the result was …"), or the told clause's core alone ("said the club first asked …"); null
 * when it tells no clause.
 */
function toldAfter(xs: Token[], k: number, to: number, depth: number): number[] | null {
  // "told supporters in the capital that the result was …", "said in a statement that …": whom it was told
  // stays, where and when go. Not after another preposition: "agreed with the defence that …" is the defence's.
  const whom = isNounish(xs[k]) ? nounPhrase(xs, k, to) : k;
  let that = whom;
  if (/^(?:in|at|on|during|outside|after|before)$/i.test(xs[that]?.value ?? '')) that = nounPhrase(xs, that + 1, to);
  if (that > k && xs[that]?.value.toLowerCase() === 'that' && xs[that + 1]?.pos !== 'PUNCT') {
    const told = core(xs, that + 1, to, depth + 1);
    if (told) return [...range(k, whom), ...told];
  }
  // "told investigators he felt a lurch", "told reporters the number of cases had begun to fall": after a verb that
  // names whom it told, the told clause opens after that noun phrase, with a subject of its own; read from the
  // noun phrase, the clause took it for its subject and lost its own ("told investigators felt a lurch").
  const toldWhom = toldClauseAfterWhom(xs, k, whom, to, depth);
  if (toldWhom) return toldWhom;
  const at = xs[k]?.value.toLowerCase() === 'that' ? k + 1 : k;
  const inner = mainVerb(xs, at, to);
  const gap = inner > at ? xs.slice(at, inner) : [];
  // "said the club first asked …": an adverb just before the told clause's verb is that clause's.
  let adverbs = gap.length;
  while (adverbs > 1 && gap[adverbs - 1].pos === 'ADV') adverbs--;
  // "said travellers | whose flights were cancelled | were given vouchers": a relative clause after the told subject's noun,
  // which mainVerb has passed over to the told clause's own verb, is the subject's; the subject is read up to it.
  // Not "that", which as often opens what was told ("told a news conference that she had …").
  const relative = gap.findIndex((t, i) => i > 0 && /^(?:who|whose|which)$/i.test(t.value) && ['NOUN', 'PROPN'].includes(gap[i - 1].pos));
  if (relative > 0 && nounPhrase(xs, at, inner) === at + relative && !gap.slice(relative).some((t) => t.pos === 'PUNCT')) adverbs = relative;
  // A told clause has a subject: "insisted on being aboard" tells nothing.
  const subjectIn = gap.slice(0, adverbs).some((t) => (isNounish(t) && t.pos !== 'DET') || t.pos === 'PRON');
  // "said the number of boats moored in the basin doubled": a participle after the subject's noun describes it.
  // Only one a phrase follows ("coming through its doors", "sleeping rough"): "the half-year ending the company …" is
  // two clauses whose comma went with a date.
  const describes = (t: Token, i: number) =>
    t.pos === 'VERB' && describesNounBefore(gap, i, IRREGULAR_PAST) && ['ADP', 'ADV', 'ADJ', 'PART'].includes(gap[i + 1]?.pos ?? '');
  // One noun phrase: "told journalists | the offer made on Monday was" has whom it told before the told subject.
  const twoPhrases = TELLS_WHOM.has(xs[k - 1]?.lemma ?? '') && gap.some((t, i) => i > 0 && t.pos === 'DET' && (gap[i - 1].pos === 'NOUN' || gap[i - 1].pos === 'PROPN'));
  if (!gap.length || !subjectIn || twoPhrases || !gap.slice(0, adverbs).every((t, i) => isNounish(t) || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'CCONJ' || describes(t, i))) return toldPastAside(xs, at, to, depth);
  return core(xs, at, to, depth + 1);
}

/**
 * An aside set off by commas from the comma at `comma` ("…, which holds two seats, | could fall"), then a verb: the
 * aside's closing comma, or -1 when the words there are not so.
 */
function verbPastAside(xs: Token[], comma: number, to: number): number {
  if (xs[comma]?.value !== ',') return -1;
  const close = xs.findIndex((t, i) => i > comma + 1 && i < to && /^[,;:]$/.test(t.value));
  // The aside's own words: no second clause begun by a conjunction ("…, and the hall was closed").
  if (close < 0 || xs.slice(comma + 1, close).some((t) => t.pos === 'CCONJ') || /^(?:and|but|or)$/i.test(xs[comma + 1].value)) return -1;
  let v = close + 1;
  while (v < to && xs[v].pos === 'ADV') v++;
  return !isVerb(xs[v]) || (xs[v].pos === 'VERB' && /ing$/i.test(xs[v].value)) ? -1 : close;
}

/**
 * "said the new coalition, which holds two seats, could fall", "said the forgeries, of a note first printed …, were
 * good": the told clause's subject, an aside set off by commas after it (a relative clause, a participle or a noun
 * phrase) and its verb. Its subject and its verb's words, past the aside; null when the told clause is not so.
 * Without this the told clause was read to its subject's end and its verb lost ("said the new coalition").
 */
function toldPastAside(xs: Token[], at: number, to: number, depth: number): number[] | null {
  const subject = nounPhrase(xs, at, to, true);
  if (subject <= at || !xs.slice(at, subject).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  const close = verbPastAside(xs, subject, to);
  if (close < 0) return null;
  const told = core(xs, close + 1, to, depth + 1);
  if (!told?.length || !(isVerb(xs[told[0]]) || xs[told[0]].pos === 'ADV')) return null;
  // A subject with an "of" phrase that leaves the teller no room ("a new survey | of the northern coast") is told by its head.
  const head = nounWords(xs, at, to);
  return [...range(at, wordCount(xs, [...range(at, subject), ...told]) > 7 && head > at && head < subject ? head : subject), ...told];
}

// A post written before a person's name ("President Ilan Dorsey", "Apple CEO Steve Jobs", "Dr Idunn Aldgate").
const personPost = (word: string) => POST.has(word.toLowerCase()) || /^(?:ceo|executive|chairman|dr|prof|cllr|councillor|rev|sgt|capt|col|gen|det)\.?$/i.test(word);

// Telling verbs whose first object is whom they told ("told the court", "reminded residents").
const TELLS_WHOM: ReadonlySet<string> = new Set([...TELLS_WHOM_OR_WHAT, 'remind', 'inform', 'promise', 'convince', 'persuade']);

/**
 * After a telling verb that names whom it told (the noun phrase from `k` to `whom`), the told clause with its own
 * subject from `whom` on: whom it was told and that clause's core; null when the verb names no one so or no clause
 * with a subject follows.
 */
function toldClauseAfterWhom(xs: Token[], k: number, whom: number, to: number, depth: number): number[] | null {
  if (whom <= k || !TELLS_WHOM.has(xs[k - 1]?.lemma ?? '') || !xs[whom]) return null;
  const opener = xs[whom];
  const subjectOpens = (opener.pos === 'PRON' && SUBJECT_PRONOUN.test(opener.value)) || opener.pos === 'DET' || opener.pos === 'NUM' || opener.pos === 'PROPN' || (opener.pos === 'PRON' && POSSESSIVE.test(opener.value));
  if (!subjectOpens) return null;
  const inner = mainVerb(xs, whom, to);
  if (inner <= whom || xs.slice(whom, inner).some((t, j) => t.pos === 'PUNCT' || (t.pos === 'VERB' && !isModifier(xs, whom + j)) || t.pos === 'AUX' || t.pos === 'SCONJ')) return null;
  const told = core(xs, whom, to, depth + 1);
  return told && told[0] === whom ? [...range(k, whom), ...told] : null;
}

/** The object of a verb group ending before token `k`: a noun phrase, or an -ing form the verb takes. */
function objectAt(xs: Token[], k: number, to: number): number[] {
  // "tried to block revoting": an -ing form the verb takes is its object.
  const gerund = xs[k]?.pos === 'VERB' && /ing$/i.test(xs[k].value);
  if (gerund) return range(k, Math.max(k + 1, nounPhrase(xs, k + 1, to, true)));
  const object = range(k, nounPhrase(xs, k, to, true));
  // "taught me the moves", "gave her a medal": the one given to, a pronoun, and what was given.
  if (object.length === 1 && OBJECT_PRONOUN.test(xs[k].value) && ['DET', 'NOUN', 'ADJ', 'NUM'].includes(xs[k + 1]?.pos ?? '')) return range(k, nounPhrase(xs, k + 1, to, true));
  // "cost it about $3 million", "saved them 40 hours": "it" or "them", and the sum (hedged or not) it came to.
  const sum = object.length === 1 && /^(?:it|them)$/i.test(xs[k].value) ? (xs[k + 1]?.pos === 'ADV' && COUNT_HEDGE.test(xs[k + 1].value) ? k + 2 : k + 1) : -1;
  if (sum > 0 && ['NUM', 'SYM'].includes(xs[sum]?.pos ?? '')) return range(k, Math.max(sum + 1, nounPhrase(xs, sum, to, true)));
  return object;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** The kept tokens with the phrases after them that still fit in ten words: a preposition and its noun phrase. */
function extended(xs: Token[], kept: number[]): number[] {
  const out = [...kept];
  let k = out[out.length - 1] + 1;
  // Keeps the phrase from k up to `end` when the title still fits; false when it would not.
  const take = (end: number): boolean => {
    const phrase = range(k, end);
    if (wordCount(xs, [...out, ...phrase]) > MAX_WORDS) return false;
    out.push(...phrase);
    k = end;
    return true;
  };
  for (;;) {
    // "urged families | hit by the floods | to apply for aid": a participle phrase after the object is passed over
    // when an infinitive of the verb's follows it.
    if (xs[k]?.pos === 'VERB' && (xs[k - 1]?.pos === 'NOUN' || xs[k - 1]?.pos === 'PROPN') && xs[k + 1]?.pos === 'ADP') {
      let e = k + 1;
      while (e < xs.length && xs[e].pos === 'ADP') {
        const np = nounPhrase(xs, e + 1, xs.length, true);
        if (np === e + 1) break;
        e = np;
      }
      if (xs[e]?.value.toLowerCase() === 'to' && xs[e].pos === 'PART' && xs[e + 1]?.pos === 'VERB') k = e;
    }
    // "have until Friday | to apply for grants": an infinitive the clause goes on with, with its object.
    if (xs[k]?.value.toLowerCase() === 'to' && xs[k].pos === 'PART' && xs[k + 1]?.pos === 'VERB') {
      const end = nounPhrase(xs, k + 2, xs.length, true);
      if ((end < xs.length && !['PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'PART'].includes(xs[end].pos)) || !take(end)) break;
      continue;
    }
    // "stepped down and fled the country": a second verb of the same subject, with its object.
    if (xs[k]?.value.toLowerCase() === 'and' && xs[k + 1]?.pos === 'VERB' && !/ing$/i.test(xs[k + 1].value)) {
      const group = verbGroup(xs, k + 1, xs.length);
      if (!take(nounPhrase(xs, group[group.length - 1] + 1, xs.length, true))) break;
      continue;
    }
    if (!(k < xs.length && xs[k].pos === 'ADP' && !/^(?:that|as|than|like)$/i.test(xs[k].value))) break;
    // "for what the authorities called …": a wh-word opens a clause, no phrase to end on.
    if (/^(?:what|which|whom|who|whose)$/i.test(xs[k + 1]?.value ?? '')) break;
    // "insisted on being aboard the boat", "by taking the train": a preposition's gerund, with what it takes.
    const gerund = isVerb(xs[k + 1]) && /ing$/i.test(xs[k + 1].value) ? (xs[k + 2]?.pos === 'ADP' ? 3 : 2) : 0;
    if (gerund && nounPhrase(xs, k + gerund, xs.length, true) > k + gerund) {
      if (!take(nounPhrase(xs, k + gerund, xs.length, true))) break;
      continue;
    }
    const end = nounPhrase(xs, k + 1, xs.length, true);
    // "after sales fell": a noun phrase followed by its verb is a clause, not a phrase.
    // Nor one whose noun phrase the tagger may have cut at a noun it took for a verb ("on new fishing | permits/VERB
    // for trawlers"); a participle opening a phrase of its own ("by 38 percent | compared with") is no such cut.
    if (end === k + 1 || (isVerb(xs[end]) && !/ing$/i.test(xs[end].value) && !(/(?:ed|en)$/i.test(xs[end].value) && xs[end + 1]?.pos === 'ADP'))) break;
    // A phrase whose noun the tagger did not see ("in a televised address") is not cut short.
    if (!/^(?:NOUN|PROPN|NUM|PRON|SYM)$/.test(xs[end - 1].pos) && end < xs.length && !['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(xs[end].pos)) break;
    if (!take(end)) break;
  }
  return out;
}

/** Why a title's tokens are a fragment, or null when they are not. */
function fragmentOf(xs: Token[], clause: Token[] | null, patternVerb?: (word: string) => boolean, toldWords = false): string | null {
  const words = xs.filter((t) => t.pos !== 'PUNCT');
  if (!words.length) return null;
  // The small model misses a verb now and then ("network burst onto the scene"): the pattern pass's word lists
  // are a second opinion before a title is taken apart.
  const byPattern = !!patternVerb && words.some((t) => patternVerb(t.value));
  if (!words.some(isVerb) && !byPattern) return 'no verb';
  // The patterns found the title's verb where the tags found none of its own ("Opposition parties plan to table a
  // motion", "plan" tagged a noun): the clause is read no further, the tags would misread it.
  if (byPattern && mainVerb(xs, 0, xs.length) < 0) clause = null;
  if (endsBadly(words[words.length - 1]) && !isParticle(words, words.length - 1)) return 'ends on a word that leads on';
  // "and the has been": a determiner with no noun after it.
  if (xs.some((t, i) => t.pos === 'DET' && !/^(?:this|that|these|those|all|both|each|some|any|none|another)$/i.test(t.value) && i + 1 < xs.length && !isNounish(xs[i + 1]) && xs[i + 1].pos !== 'VERB')) return 'a determiner without its noun';
  if (!clause) return null;
  // Cut where the clause goes on with the verb's object ("Satellite images showed | that the country …") or with
  // the verb of a told clause whose subject ended the title ("This means individuals | … may apply").
  const last = xs.length - 1;
  const at = clause.findIndex((t, i) => i >= last && clause.slice(i - last, i + 1).every((c, j) => c.value.toLowerCase() === xs[j].value.toLowerCase()));
  if (at < 0 || at + 1 >= clause.length) return null;
  // The title stops before its clause's verb: it is the subject alone, or a phrase within it ("Engineers thought
  // to have designed the bridge" of "One of the engineers thought to have designed the bridge was seen …").
  if (mainVerb(clause, 0, clause.length) > at) return "stops before the clause's verb";
  const next = clause[at + 1];
  if (isVerb(xs[last]) && (isNounish(next) || next.pos === 'PRON' || next.value.toLowerCase() === 'that') && xs[last].pos === 'VERB') return 'cut before the object';
  const verb = xs.findLast(isVerb);
  // "Trust said a rare orchid never | before recorded has been found": after a telling, the told words hold no verb of
  // their own, and the told clause's verb comes after the cut.
  // Only the tagger's pass over a drafted title asks (toldWords): a cut that fits a title is not refused for it.
  const said = toldWords && verb && TELLING_LEMMAS.has(verb.lemma) && !TELLS_WHOM.has(verb.lemma) ? xs.lastIndexOf(verb) : -1;
  const saidFrom = said >= 0 && said < last ? at - (last - said) + 1 : -1;
  const toldVerb = saidFrom > 0 && CLAUSE_OPENER.has(clause[saidFrom]?.pos ?? '') && xs.slice(said + 1).every((t) => (isNounish(t) || ['DET', 'ADJ', 'ADV', 'NUM'].includes(t.pos)) && !patternVerb?.(t.value)) ? mainVerb(clause, saidFrom, clause.length) : -1;
  if (toldVerb > at && !clause.slice(at + 1, toldVerb).some((t) => t.pos === 'PUNCT' || t.pos === 'PRON')) return 'told words without a verb';
  if (verb && CLAUSE_VERB.has(verb.lemma) && isNounish(xs[last]) && mainVerb(clause, at + 1, Math.min(clause.length, at + 12)) >= 0 && !clause.slice(at + 1).some((t, i) => i < mainVerb(clause, at + 1, clause.length) - at - 1 && t.pos === 'PUNCT')) return 'cut inside a told clause';
  // "Museum said the letters | , from a collection …, were genuine": the told clause's verb comes after an aside.
  // Only when the title ends on the told clause's whole subject, read from right after the telling verb.
  const toldAt = at - (last - xs.lastIndexOf(verb!)) + 1;
  const from = clause[toldAt]?.value.toLowerCase() === 'that' ? toldAt + 1 : toldAt;
  if (verb && CLAUSE_VERB.has(verb.lemma) && isNounish(xs[last]) && next.value === ',' && nounPhrase(clause, from, clause.length, true) === at + 1 && verbPastAside(clause, at + 1, clause.length) >= 0) return 'cut inside a told clause';
  // "Harbour master said the number of boats moored | in the basin doubled": the title's last verb only describes
  // the told clause's subject; that clause's own verb comes after the cut.
  // Only when every verb the title tells after the telling is such a participle ("warned residents to be wary" is whole).
  const telling = xs.findLastIndex((t) => t.pos === 'VERB' && CLAUSE_VERB.has(t.lemma));
  const describing = xs.slice(telling + 1).some(isVerb) && xs.slice(telling + 1).every((t, i) => !isVerb(t) || (i > 0 && describesNounBefore(xs, telling + 1 + i)));
  const toldFrom = telling >= 0 && telling < last && describing ? at - (last - telling) + 1 : -1;
  if (toldFrom > 0 && isNounish(clause[toldFrom]) && mainVerb(clause, toldFrom, clause.length) > at) return 'cut inside a told clause';
  return null;
}

// Words a whole title does not end on: an article, a preposition, a conjunction, a possessive, a helping verb.
const LEADS_ON = /^(?:the|a|an|of|to|in|on|at|by|for|from|with|into|and|or|but|that|which|who|whose|its|their|his|our|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must)$/;

/**
 * The title in 3 to 10 words with a verb. `title` is the pattern pass's title; `whole` the text it was made
 * from (the date words and asides already out). A title of ten words or fewer that is no fragment is kept as it
 * is; a longer one is cut to its subject, verb and object and the phrases after them that fit; a fragment is
 * made again from its clause. Whatever this cannot mend stays as the pattern pass made it.
 */
export function shapeTitle(title: string, whole: string, patternVerb?: (word: string) => boolean): string {
  const clause = bounded(whole);
  if (!title || !taggable(title) || !taggable(clause)) return title;
  const ellipsis = /…$/.test(title);
  const bare = title.replace(/\s*…$/, '');
  // A title the pattern pass cut off is made again from its clause alone.
  if (ellipsis) {
    const xs = tokensOf(clause, patternVerb);
    const made = shortened(xs);
    // A telling that lost its teller is told again with it where that fits (toldAlone).
    const v = mainVerb(xs, 0, xs.length);
    const teller = v > 0 && xs[v].pos === 'VERB' && CLAUSE_VERB.has(xs[v].lemma) ? xs[v].value : '';
    if (made && (!teller || made.split(/\s+/).includes(teller))) return made;
    return toldAlone(xs) ?? made ?? title;
  }
  const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const cutFrom = !plain(clause).endsWith(plain(bare));
  // A short title that is its whole clause, with a verb the patterns know and a last word that leads nowhere, is
  // already whole: the tagger is not asked (its garbage is what an import of thousands of dated lines peaks on).
  const said = plain(bare).split(' ');
  if (!cutFrom && said.length <= MAX_WORDS && said.length >= 2 && said.slice(1).some((w) => patternVerb?.(w)) && !LEADS_ON.test(said[said.length - 1])) return title;
  const xs = tokensOf(bounded(bare), patternVerb);
  const n = wordCount(xs, range(0, xs.length));
  let clauseTokens: Token[] | null = null;
  const clauseOf = () => (clauseTokens ??= tokensOf(clause, patternVerb));
  // A title that ends its clause was not cut from it: the clause adds nothing to read.
  const problem = fragmentOf(xs, n <= MAX_WORDS && !ellipsis && cutFrom ? clauseOf() : null, patternVerb, true);
  // "The old deadline was <the date>": a whole title ending on its helping verb is its subject.
  if (n <= MAX_WORDS && !ellipsis && !problem) return (!cutFrom && xs[xs.length - 1]?.pos === 'AUX' && subjectBeforeCopula(xs)) || title;
  // A long title that is whole is cut from itself; a fragment, or one the pattern pass cut off, from its clause.
  const source = problem || ellipsis ? clauseOf() : xs;
  // "Wildlife trust said a rare orchid never": a telling cut inside what it told, too long to title whole with its
  // teller, is titled by what was told ("Rare orchid … has been found on the moor"); the evidence says who told it.
  const made = shortened(source);
  const alone = problem === 'told words without a verb' && !(made && toldWithVerb(made, patternVerb)) ? toldAlone(source) : null;
  if (alone) return alone;
  if (made && (!problem || made !== bare)) return made;
  // "The deadline for claims is also <the date>": with its complement gone to the date, the clause's subject is
  // the title, as a heading names what falls on the date.
  const named = !cutFrom && subjectBeforeCopula(xs);
  if (named) return named;
  // Nothing whole could be made: the pattern pass's title stands, a fragment included (counted in
  // docs/extraction.md).
  return title;
}

/** Whether a title's last telling verb has a verb after it: what it told is told whole, not cut to its subject. */
function toldWithVerb(title: string, patternVerb?: (word: string) => boolean): boolean {
  const xs = tokensOf(bounded(title));
  const said = xs.findLastIndex((t) => t.pos === 'VERB' && TELLING_LEMMAS.has(t.lemma));
  return said >= 0 && xs.slice(said + 1).some((t) => isVerb(t) || !!patternVerb?.(t.value));
}

/** The words before a closing "is", "was", "will be" (and adverbs after it) that is the title's main verb; null if none. */
function subjectBeforeCopula(xs: Token[]): string | null {
  let end = xs.length;
  while (end > 0 && (xs[end - 1].pos === 'ADV' || xs[end - 1].pos === 'PUNCT')) end--;
  let aux = end;
  while (aux > 0 && xs[aux - 1].pos === 'AUX') aux--;
  if (aux === end || aux === 0 || !/^(?:be|is|are|was|were|been|will|would)$/i.test(xs[end - 1].value) || mainVerb(xs, 0, xs.length) !== aux) return null;
  const kept = range(0, aux);
  const n = wordCount(xs, kept);
  if (n < 2 || n > MAX_WORDS || !isNounish(xs[aux - 1]) || fragmentOf(kept.map((i) => xs[i]), null) === 'ends on a word that leads on') return null;
  return join(xs, kept);
}

/**
 * A telling too long to title whole with its teller ("The ministry said the ferry was licensed to carry no more than
 * 180 passengers"): what was told, when that alone is a whole title ("Ferry was licensed to carry no more than 180
 * passengers"); the evidence says who told it. Null when the clause opens on no telling or what was told gives none.
 */
function toldAlone(xs: Token[]): string | null {
  const v = mainVerb(xs, 0, xs.length);
  if (v < 1 || xs[v].pos !== 'VERB' || !CLAUSE_VERB.has(xs[v].lemma)) return null;
  let from = v + 1;
  // "told reporters that …": whom it was told is no part of what was.
  const whom = isNounish(xs[from]) ? nounPhrase(xs, from, xs.length) : from;
  if (whom > from && xs[whom]?.value.toLowerCase() === 'that') from = whom;
  // Without "that" after them the tags cannot tell where what was told begins ("told reporters the raise …"),
  // unless a subject of its own opens it ("told reporters he …", "told parliament the number of …").
  else if (xs[v].lemma === 'tell' && !(whom > from && toldClauseAfterWhom(xs, from, whom, xs.length, 0))) return null;
  else if (xs[v].lemma === 'tell') {
    from = whom;
    // What was told keeps its own subject's first word ("The 6.5 percent raise …" is not "Percent raise …").
    const first = xs[from].pos === 'DET' ? xs[from + 1] : xs[from];
    const made = shortened(xs.slice(from));
    if (!made || !first || made.split(/\s+/)[0].toLowerCase() !== first.value.toLowerCase()) return null;
  }
  if (xs[from]?.value.toLowerCase() === 'that') from++;
  if (!xs[from] || !CLAUSE_OPENER.has(xs[from].pos) || mainVerb(xs, from, xs.length) < 0) return null;
  const made = shortened(xs.slice(from));
  // Not one cut before the infinitive its last noun takes ("was his ability | to steer the country").
  const last = made?.split(/\s+/).pop();
  const at = last ? xs.findLastIndex((t, i) => i >= from && t.value === last) : -1;
  const verb = xs[at + 2]?.pos === 'ADV' ? xs[at + 3] : xs[at + 2];
  if (!made || (at >= 0 && xs[at + 1]?.value.toLowerCase() === 'to' && isVerb(verb))) return null;
  // The teller by its head noun when that still fits ("Authority announced new tram line will carry …"): the
  // telling may be what the date is of.
  const subject = subjectOf(xs, 0, v);
  const head = subject.length ? xs[subject[subject.length - 1]] : null;
  const told = xs[from].pos === 'PROPN' ? made : made.charAt(0).toLowerCase() + made.slice(1);
  // After its teller, what was told keeps the article a title alone drops ("Holt said the longest strike …").
  const article = /^(?:the|a|an)$/i.test(xs[from].value) && !told.toLowerCase().startsWith(`${xs[from].value.toLowerCase()} `) ? `${xs[from].value.toLowerCase()} ` : '';
  const teller = head && (head.pos === 'NOUN' || head.pos === 'PROPN') && !TELLS_WHOM.has(xs[v].lemma) ? `${head.value.charAt(0).toUpperCase()}${head.value.slice(1)} ${xs[v].value} ` : '';
  const withTeller = [`${teller}${article}${told}`, `${teller}${told}`].find((t) => teller && t.split(/\s+/).length <= MAX_WORDS);
  return withTeller ?? made;
}

const TIME_NOUN = /^(?:year|day|month|week|night|morning|evening|time|moment|season)$/i;
// Words that open a clause inside a title: its subject must keep its verb.
// Not "after", "before", "that": a preposition and a determiner as often ("after two postponements", "that trip").
const SUBORDINATE_WORD = /^(?:how|what|why|where|when|whether|because|if)$/i;
function shortened(xs: Token[]): string | null {
  return shortenedFrom(xs, false) ?? shortenedFrom(xs, true);
}

function shortenedFrom(xs: Token[], stretch: boolean): string | null {
  const made = core(xs, 0, xs.length, 0, stretch);
  if (!made || !made.length) return null;
  const kept = trimmedKept(xs, withSubjectFitted(xs, made));
  const words = wordCount(xs, kept);
  if (words > MAX_WORDS || !kept.some((i) => isVerb(xs[i])) || fragmentOf(kept.map((i) => xs[i]), null)) return null;
  if (cutBadly(xs, kept)) return null;
  // "Parish's is drawn up" (of "The parish's first printed list of listed barns is drawn up"): a possessive kept
  // without the noun it owns.
  if (kept.some((i, j) => j + 1 < kept.length && xs[i].pos === 'PART' && /^['’]s?$/.test(xs[i].value) && kept[j + 1] !== i + 1 && isVerb(xs[kept[j + 1]]))) return null;
  const toldVerb = toldCut(xs, kept);
  if (toldVerb >= 0) return toldCutMended(xs, kept, toldVerb, stretch);
  if (words < MIN_WORDS && wordCount(xs, range(0, xs.length)) >= MIN_WORDS) return null;
  const text = join(xs, kept);
  return /^[a-z][A-Z]/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A title cut inside what its telling told (`toldVerb` the told clause's verb; toldCut), made again: the clause the
 * telling is joined to by "and", or else what was told alone, when the teller leaves its verb no room ("Demolition of
 * the rear loading bays could start", not "Anjali Harrowell said demolition"; the evidence says who told it). Null
 * when neither is whole.
 */
function toldCutMended(xs: Token[], kept: number[], toldVerb: number, stretch: boolean): string | null {
  const t = kept.findLastIndex((i) => isVerb(xs[i]));
  // "Allinger has trained three assistants | and says the trade has changed": a telling joined to a clause of its
  // own subject's leaves that clause whole.
  const joint = kept[t] - 1;
  const before = kept.filter((i) => i < joint);
  if (xs[joint]?.value.toLowerCase() === 'and' && kept.includes(joint) && before.some((i) => isVerb(xs[i])) && wordCount(xs, before) >= MIN_WORDS) return join(xs, before);
  const from = kept[t + 1];
  if (from <= kept[t] || from >= toldVerb || !CLAUSE_OPENER.has(xs[from].pos) || xs[from].pos === 'PRON') return null;
  // Only the told clause itself: its own subject's first word and its verb.
  const alone = shortenedFrom(xs.slice(from), stretch);
  const said = alone?.toLowerCase().split(/\s+/) ?? [];
  const first = xs[from].pos === 'DET' ? xs[from + 1] : xs[from];
  return alone && said[0] === first?.value.toLowerCase() && said.includes(xs[toldVerb].value.toLowerCase()) ? alone : null;
}

/**
 * Where the title (`kept`) ends a telling on the told clause's subject, cut from that clause's verb: "Mrs Rusk said
 * she", "Union officials said the workers" (of "… the workers laid off last year would be offered …"); the index of
 * that verb, or -1. A subject pronoun is never an object; a noun phrase is the told clause's subject when the clause's
 * next verb follows it with no comma or clause opener between ("said nothing to the public until …" has none). Only
 * after a verb that tells rather than finds (TELLING_LEMMAS).
 */
function toldCut(xs: Token[], kept: number[]): number {
  const t = kept.findLastIndex((i) => isVerb(xs[i]));
  if (t < 0 || t === kept.length - 1 || xs[kept[t]].pos !== 'VERB' || !TELLING_LEMMAS.has(xs[kept[t]].lemma)) return -1;
  const told = kept.slice(t + 1);
  const end = kept[kept.length - 1];
  const m = mainVerb(xs, told[0], xs.length);
  // Or a past right after the told subject's noun: the pattern pass tells "had cost" as "cost", so the helping verb
  // that showed where the told clause goes on is gone ("said the longest strike | of the decade cost the port …").
  const pastAfterNoun = m > end && xs[m].pos === 'VERB' && isPastForm(xs[m].value) && ['NOUN', 'PROPN'].includes(xs[m - 1]?.pos ?? '');
  if (m <= end || (xs[m].pos !== 'AUX' && !pastAfterNoun)) return -1;
  if (told.length === 1 && xs[told[0]].pos === 'PRON' && /^(?:i|he|she|we|they)$/i.test(xs[told[0]].value)) return m;
  if (!told.every((i) => isNounish(xs[i]) || xs[i].pos === 'ADP')) return -1;
  // Between the cut and that verb, only what a noun phrase holds: its "of" and place phrases and a participle
  // describing its noun ("the workers | laid off last year | would be …").
  const between = xs.slice(end + 1, m);
  const inPhrase = (x: Token, j: number) => isNounish(x) || (x.pos === 'ADP' && !CLAUSE_OPENING.test(x.value) && !/^than$/i.test(x.value)) || (x.pos === 'VERB' && j > 0 && ['NOUN', 'PROPN'].includes(between[j - 1].pos));
  return between.every(inPhrase) && !between.some((x) => x.pos === 'PRON' && !POSSESSIVE.test(x.value)) ? m : -1;
}

// "President Ilan Dorsey", "Opposition leader Karl Brandt": the two words before the verb at `v` are a person's name
// after a post. Not a body's name ("World Health Organization"), which has no post before it.
const postedName = (xs: Token[], v: number) => v > 2 && xs[v - 1].pos === 'PROPN' && xs[v - 2].pos === 'PROPN' && personPost(xs[v - 3].value);

/** The core's words (`made`) with a subject that leaves room for the rest, run on to the words they take. */
function withSubjectFitted(xs: Token[], made: number[]): number[] {
  const v = mainVerb(xs, 0, xs.length);
  const kept = wordCount(xs, made) > MAX_WORDS ? shorterSubject(xs, made, v) : made;
  let whole = extended(xs, kept);
  // "Opposition leader Karl Brandt told reporters thousands of jobs were | at risk": a copula left without the
  // complement that did not fit; the person's name alone, without the post before it, makes room for it.
  const end = whole[whole.length - 1];
  if (xs[end].pos === 'AUX' && xs[end + 1] && xs[end + 1].pos !== 'PUNCT' && kept[0] < v - 2 && postedName(xs, v)) {
    const named = extended(xs, kept.filter((i) => i >= v - 2));
    if (xs[named[named.length - 1]].pos !== 'AUX') whole = named;
  }
  // A second verb that does not fit beside a titled name ("Afghanistan's President Ashraf Ghani … and fled the
  // country"): the name alone, its last two words, stands for the subject.
  const next = xs[whole[whole.length - 1] + 1];
  const k = kept.findIndex((i) => isVerb(xs[i]));
  if (next?.value.toLowerCase() === 'and' && k > 2 && kept.slice(k - 2, k).every((i) => xs[i].pos === 'PROPN')) {
    const named = extended(xs, kept.slice(k - 2));
    if (named.length > whole.length - k + 2) return named;
  }
  return whole;
}

/**
 * A subject too long to leave room for the rest (of `kept`, the main verb at `v`): the noun phrase just before the
 * verb stands for it, or the subject's own head noun when that phrase ends one after a preposition ("The national
 * museum in Aldera confirmed …" gives "Museum confirmed …"; cut at "Aldera", the title lost the subject); then a
 * person's name after a post, if still too long, the name alone ("President Ilan Dorsey told parliament …").
 */
function shorterSubject(xs: Token[], kept: number[], v: number): number[] {
  let start = v;
  while (start > 0 && (xs[start - 1].pos === 'PROPN' || xs[start - 1].pos === 'NOUN')) start--;
  let out = kept;
  if (start < v && !kept.some((i) => i >= start && i < v) && xs[start - 1]?.pos === 'ADP') {
    const subject = subjectOf(xs, 0, v);
    let head = subject[subject.length - 1] ?? -1;
    while (head > 0 && subject.includes(head - 1) && (xs[head - 1].pos === 'NOUN' || xs[head - 1].pos === 'PROPN')) head--;
    if (head >= 0 && (xs[head].pos === 'NOUN' || xs[head].pos === 'PROPN')) out = kept.filter((i) => !subject.includes(i) || i >= head);
  } else if (start < v) out = kept.filter((i) => i >= start);
  return wordCount(xs, out) > MAX_WORDS && v - start > 2 && postedName(xs, v) ? out.filter((i) => i >= v - 2) : out;
}

/** The title's words without what may not end or open one: a broken "of" chain, a dangling word, a bare article. */
function trimmedKept(xs: Token[], words: number[]): number[] {
  let kept = words;
  // "the gold medal of the Institution | of Civil Engineers": a chain of "of" phrases is kept whole or not at all.
  const ofAt = kept.findLastIndex((i) => xs[i].value.toLowerCase() === 'of');
  if (ofAt > 0 && xs[kept[kept.length - 1] + 1]?.value.toLowerCase() === 'of' && kept.slice(ofAt).every((i, j) => i === kept[ofAt] + j) && !PART_OF.test(xs[kept[ofAt - 1]].value)) kept = kept.slice(0, ofAt);
  while (kept.length && (endsBadly(xs[kept[kept.length - 1]]) || xs[kept[kept.length - 1]].pos === 'PUNCT') && !isParticle(xs, kept[kept.length - 1])) kept.pop();
  // "was built the year | the company began exporting": a time noun whose clause was cut says no time of its own;
  // the verb is kept without it.
  const last = kept[kept.length - 1];
  if (last !== undefined && TIME_NOUN.test(xs[last].value) && ['DET', 'PRON'].includes(xs[last + 1]?.pos ?? '') && xs[last - 1]?.pos === 'DET' && isVerb(xs[last - 2])) kept = kept.slice(0, -2);
  if (/^(?:the|a|an)$/i.test(xs[kept[0]]?.value ?? '') && !(xs[kept[1]]?.pos === 'ADJ' && xs[kept[2]]?.pos === 'AUX')) kept.shift();
  // Still too long: an "of" phrase closing the title goes ("had a preliminary magnitude | of 6.7").
  if (wordCount(xs, kept) > MAX_WORDS) {
    const of = kept.findLastIndex((i) => xs[i].value.toLowerCase() === 'of');
    // Not the phrase a part is of ("one | of his accomplishments", "much | of the past years").
    if (of > 0 && kept.slice(of).every((i, j) => i === kept[of] + j) && !PART_OF.test(xs[kept[of - 1]].value)) {
      // One that runs on into the verb of a told clause ("said the longest strike of the decade cost the port") is the
      // subject's own "of" phrase: it goes, and the verb stays ("said the longest strike cost the port").
      const verb = kept.findIndex((i, j) => j > of && isVerb(xs[i]));
      if (verb < 0) kept = kept.slice(0, of);
      else if (verb > of + 1 && kept.slice(of + 1, verb).every((i) => isNounish(xs[i]))) kept = [...kept.slice(0, of), ...kept.slice(verb)];
    }
  }
  return kept;
}

/** Whether the title's last word (of `kept`) is cut from what it needs after it in the sentence `xs`. */
function cutBadly(xs: Token[], kept: number[]): boolean {
  // Nor a verb cut from what it takes: "is | still important", "gave | way".
  const end = xs[kept[kept.length - 1]];
  const after = xs[kept[kept.length - 1] + 1];
  if (after && (after.pos === 'PART' && /^['’]s?$/.test(after.value))) return true;
  const before = xs[kept[kept.length - 1] - 1];
  if (after && (end.pos === 'ADJ' || isModifier(xs, kept[kept.length - 1])) && before && (before.pos === 'DET' || before.pos === 'ADP') && after.pos !== 'PUNCT') return true;
  // "in a warm | , shallow sea": an adjective set off from the next of its noun's adjectives ends no title.
  if (end.pos === 'ADJ' && after?.value === ',' && ['ADJ', 'NOUN'].includes(xs[kept[kept.length - 1] + 2]?.pos ?? '')) return true;
  // "It is how citizens | learn what …", "changed how a generation | of small towns …": a clause opened inside the
  // title keeps its verb.
  const opened = kept.findLastIndex((i, j) => j > 0 && SUBORDINATE_WORD.test(xs[i].value));
  if (opened > 0 && !kept.slice(opened + 1).some((i) => isVerb(xs[i]))) return true;
  // "Extended deadline is | <the date>": an auxiliary ends no title.
  if (end.pos === 'AUX') return true;
  // "… said…": a title the pattern pass cut off after its telling verb is not shown as whole.
  if (after?.value === '…' && end.pos === 'VERB' && CLAUSE_VERB.has(end.lemma)) return true;
  return !!after && isVerb(end) && (isNounish(after) || after.pos === 'ADV' || after.pos === 'PRON' || /^that$/i.test(after.value));
}

// "opened and builds", "joined the board was put": the prechecks that a title may join a verb of another clause.
const TENSE_SWITCH = /\b[a-z]{2,}\s+and\s+[a-z]{3,}s\b/;
const SECOND_PASSIVE = /\s(?:was|were|is|are)\s+[a-z]{3,}(?:ed|en|t)?$/;

/**
 * A title cut to one clause where it joins a verb that is another's: a present verb after a past one ("Its plant
 * opened and builds the company's vans", of "which opened in 1987 and builds …") tells of now, not of the date, and
 * a passive left after a whole clause ("She joined the harbour board was put", the words between them gone with
 * the date) belongs to no subject in the title. Unchanged when neither is found, or what is left is no title.
 */
export function oneClause(title: string): string {
  if (!taggable(title) || !(TENSE_SWITCH.test(title) || SECOND_PASSIVE.test(title))) return title;
  const xs = tokensOf(bounded(title));
  let cut = -1;
  for (let i = 1; i + 1 < xs.length && cut < 0; i++) {
    const t = xs[i];
    const before = xs[i - 1];
    const after = xs[i + 1];
    if (t.value.toLowerCase() === 'and' && before.pos === 'VERB' && isPast(before) && after.pos === 'VERB' && /[a-z]s$/.test(after.value) && after.lemma !== after.value.toLowerCase()) cut = i;
    // A noun, then "was" and a participle to the end, after a verb that already had its object.
    if (t.pos === 'AUX' && /^(?:was|were|is|are)$/i.test(t.value) && (before.pos === 'NOUN' || before.pos === 'PROPN') && i + 2 === xs.length && after.pos === 'VERB') {
      const verb = mainVerb(xs, 0, i);
      // Not after a verb whose object is a clause ("said the bridge was closed").
      if (verb >= 0 && verb < i - 1 && xs[verb].pos === 'VERB' && !CLAUSE_VERB.has(xs[verb].lemma) && !THAT_LESS.test(xs[verb].value) && !xs.slice(verb + 1, i).some((x) => x.pos === 'CCONJ' || x.pos === 'SCONJ' || x.pos === 'PUNCT' || /^(?:that|which|who)$/i.test(x.value))) cut = i;
    }
  }
  if (cut < 0) return title;
  const kept = range(0, cut);
  return wordCount(xs, kept) >= MIN_WORDS ? join(xs, kept) : title;
}

// Verbs that take a clause without "that" beyond CLAUSE_VERB's.
const THAT_LESS = /^(?:thought|knew|found|felt|heard|saw|noticed|realised|realized|understood|assumed|guessed|discovered|proved|showed|shown|ruled|judged|concluded|decided|agreed|announced|claimed|alleged|reported)$/i;
const isPast = (t: Token) => /ed$/i.test(t.value) || (t.lemma !== t.value.toLowerCase() && !/(?:s|ing)$/i.test(t.value));

/** The plain form of a verb's -ing form, by the tagger's lemma: "moving" → "move"; the word itself when it has none. */
export function baseOfGerund(word: string): string {
  const lower = word.toLowerCase();
  const lemma = taggable(word) ? readTokens(`to be ${lower}`).lemmas[2] : '';
  const base = lemma && lemma !== lower ? lemma.toLowerCase() : lower.replace(/ing$/, '');
  // The tags miss some, and the bare stem drops a silent e ("closing" → "clos"): a one-syllable stem ending in one
  // vowel and one consonant would have doubled it had the verb no e ("running", "hopping"), so it has one.
  const doubled = lower.length > 5 && lower.at(-4) === lower.at(-5);
  return !doubled && SILENT_E_STEM.test(base) ? `${base}e` : base;
}
// "clos", "strik", "quot", "din"; not "fix", "sew", "play" (never doubled), "open" (two syllables), "eat", "fear".
const SILENT_E_STEM = /^(?:qu|[b-df-hj-npr-tv-z])*[aeiou][b-df-hj-np-tvz]$/;

/**
 * Whether `word`, read in lower case before the noun `next`, is an adjective by the tags ("heavy rain", "strong
 * winds"): a common word, since the tags read a name in lower case as a noun ("dunmore council"). Not one that may be
 * a people's or a place's adjective ("Danish", "Korvan", "Chinese"), which keeps its capital anywhere.
 */
export function adjectiveBeforeNoun(word: string, next: string): boolean {
  return !PEOPLE_OR_PLACE_ADJECTIVE.test(word) && pairTagged(word, next, 'ADJ');
}

// The endings of a people's or a place's adjective ("Danish", "Korvan", "Chinese").
const PEOPLE_OR_PLACE_ADJECTIVE = /(?:an|ese|ish|ic|i)$/i;

/** Whether the tags read `word`, in lower case after a telling ("Officials said heavy rain"), as `pos` before a noun `next`. */
function pairTagged(word: string, next: string, pos: string): boolean {
  const phrase = `Officials said ${word.toLowerCase()} ${next}`;
  if (!taggable(phrase)) return false;
  const xs = tokensOf(phrase);
  return xs.length === 4 && xs[2].pos === pos && xs[3].pos === 'NOUN';
}

/**
 * Whether `word`, read in lower case before the plural noun `next`, is a noun modifying it by the tags ("consumer
 * prices", "bus drivers"). The tags read a name in lower case as a noun too ("dunmore councillors"), so the caller
 * asks also that the article never writes it capitalised inside a sentence.
 */
export function nounBeforeNoun(word: string, next: string): boolean {
  return !PEOPLE_OR_PLACE_ADJECTIVE.test(word) && /[^s'’]s$/.test(next) && pairTagged(word, next, 'NOUN');
}

/** Whether a title's first word is its verb by the tags ("Will reopen", "Stay closed"), not a participle or gerund. */
export function opensOnVerb(title: string): boolean {
  if (!taggable(title)) return false;
  const xs = tokensOf(bounded(title));
  return !!xs[0] && isVerb(xs[0]) && !/(?:ing|ed)$/i.test(xs[0].value);
}

/**
 * How a short title opens, by the tags: 'verb' on its verb, past forms included ("Collapsed again", "Will run"),
 * 'base' on a verb in its plain form ("Stay closed"), 'noun' on a noun with no determiner ("Storm struck",
 * "Record flood"), or null.
 */
export function titleOpening(title: string): 'verb' | 'base' | 'noun' | null {
  if (!taggable(title)) return null;
  const xs = tokensOf(bounded(title));
  const t = xs[0];
  if (!t) return null;
  // "Having returned", "Being closed": a participle phrase whose subject the sentence names after it.
  if (/ing$/i.test(t.value)) return null;
  if (isVerb(t)) return t.pos === 'VERB' && t.lemma === t.value.toLowerCase() && !/ed$/i.test(t.value) ? 'base' : 'verb';
  // Tagged a name as the first word of a title: a common noun when the rest holds no name.
  if (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'PROPN' && xs.slice(1).every((x) => x.pos !== 'PROPN'))) return 'noun';
  return null;
}

/**
 * The subject of the last clause of `text` (a sentence up to where a title's evidence starts), with the helping
 * verb its verb group opens on: "Talks between the two governments broke down, were revived and" → "Talks"; "A
 * second trial, in children, began in January and" → "A second trial". A clause opens the text, or follows "that",
 * a subordinator, a telling verb or a semicolon, and its subject is the noun phrase (or pronoun) opening it. Null
 * when none is found.
 */
export function lastSubject(text: string): { subject: string; helping: string; final?: boolean } | null {
  const tail = (text.length > MAX_CLAUSE ? text.slice(text.indexOf(' ', text.length - MAX_CLAUSE) + 1) : text).replace(/^[\s"“‘]+/, '');
  if (!taggable(tail) || !tail.trim()) return null;
  const xs = tokensOf(tail);
  const starts = [0];
  // A semicolon closes a sentence of its own: no clause before it lends its subject ("The first warden, A, retired;
  // his successor, B, left and wrote" is no "The first warden wrote").
  let floor = 0;
  for (let k = 0; k + 1 < xs.length; k++) {
    const t = xs[k];
    if (t.value === ';') floor = starts.length;
    if (t.pos === 'SCONJ' || /^(?:that|;|when|while|where|because|although)$/i.test(t.value) || (t.pos === 'VERB' && CLAUSE_VERB.has(t.lemma))) starts.push(k + 1);
  }
  for (let n = starts.length - 1; n >= floor; n--) {
    const from = starts[n];
    const v = mainVerb(xs, from, xs.length);
    if (v < 0) continue;
    const subject = subjectOf(xs, from, v);
    if (!subject.length || subject[0] !== from || subject.some((i) => xs[i].pos === 'VERB' || xs[i].pos === 'AUX' || xs[i].pos === 'ADP' && xs[i].value.toLowerCase() !== 'of')) continue;
    // "His father had returned": a person's possessive is left to the name finder, which may read a kin noun wrong.
    if (xs[subject[0]].pos === 'PRON' && /^(?:his|her|my|your)$/i.test(xs[subject[0]].value)) return null;
    // "Talks between the two governments broke down": the phrases after the head, up to the verb, when they are
    // noun phrases and prepositions only and the whole is short.
    const whole = range(from, v);
    const kept = whole.every((i) => isNounish(xs[i]) || (xs[i].pos === 'ADP' && !/^(?:that|as|than|like)$/i.test(xs[i].value)) || xs[i].pos === 'CCONJ') && wordCount(xs, whole) <= 6 ? whole : subject;
    if (wordCount(xs, kept) > 6) return null;
    // Whether the text's last verb is this clause's own: "… expects rain and" is; "…, a project first proposed in
    // 2001 and" is not (the verb joined after it may be the participle's, "rejected in 2011").
    const group = verbGroup(xs, v, xs.length);
    const lastVerb = xs.findLastIndex((t) => isVerb(t));
    return { subject: join(xs, kept), helping: isOneOf(xs[v].value, MODALS) ? xs[v].value.toLowerCase() : '', final: group.includes(lastVerb) };
  }
  return null;
}

// Nouns naming a person: "it" never stands for one ("The minister said it would close" tells of something else).
export const PERSON_NOUN = /^(?:(?:mr|mrs|ms|dr)\.?|miss|sir|dame|lord|lady|minister|secretary|president|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|judge|governor|mayor|senator|leader|executive|officer|official|man|woman|boy|girl|father|mother|son|daughter|husband|wife|engineer|lawyer|doctor|teacher|farmer|driver|worker|captain|coach|manager|founder|owner|chief|inspector|prosecutor|witness|resident|survivor|victim)$/i;

/**
 * Whether a teller is a person: a word of it names one ("The club's chairman, Arne Falk", "Dr Lind"). Not a name set
 * off after a noun alone: "The Aster's maker, Corvane Aero" is a firm.
 */
export function tellsAsPerson(teller: string): boolean {
  return teller.split(/[\s,]+/).some((w) => PERSON_NOUN.test(w) || POST.has(w.toLowerCase()));
}
// "The club's chairman", "the Orsa Rowing Club's secretary": a teller holding a post of a body, the body's words.
const TELLER_OWNER = /^\s*[Tt]he\s+((?:[\w'’-]+\s+){0,3}?[\w-]+)['’]s\s+[a-z]/;
/** The body a teller holds a post of ("club" of "The club's chairman, Arne Falk"); null when it names none. */
export function bodyOfTeller(teller: string): string | null {
  const body = TELLER_OWNER.exec(teller)?.[1];
  // "The owner's lawyer": a person's post is no body's.
  return body && !PERSON_NOUN.test(body.split(/\s+/).pop()!) ? body : null;
}

// Kin and company a possessive names ("his uncle", "her friend"): a person, never "it".
const KIN_NOUN = /^(?:wife|husband|widow|widower|sons?|daughters?|mother|father|brothers?|sisters?|partner|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|friend|colleague|neighbour|neighbor|fiancée?|boss|assistant|deputy|successor|predecessor)$/i;

// "The bridge, which opened in 1962, carries": a relative clause set off by commas belongs to the subject (here and in
// title-context.ts's one-subject test; global, for replace only).
export const RELATIVE_ASIDE = new RegExp(COMMA_RELATIVE, 'g');
// A subject set off with an age: "Hald, 34,", "The singer, 71,".
const AGED = /^\s*["“]?(?:[Tt]he\s+)?[A-Z]?[\w'’-]{1,30}(?:\s+[A-Z][\w'’-]{0,30}){0,3},\s+\d{1,3},/;

const IRREGULAR_PLURAL = /^(?:people|children|cattle|feet|teeth|geese|mice)$/i;

/** Whether a noun phrase's head reads as plural: a plural noun, or phrases joined by "and". Null when a name leaves it open ("Rovers", "Harlow Motors"). */
function pluralOf(xs: Token[], phrase: number[]): boolean | null {
  if (phrase.some((i) => xs[i].value.toLowerCase() === 'and')) return true;
  const head = xs[phrase[phrase.length - 1]];
  if (head.pos === 'PROPN') return /[a-z]s$/.test(head.value) ? null : false;
  // "1,400 people", "300 men": a plural with no "s" (a lemma that differs is no sign alone: "busier" tagged a noun).
  if (head.pos === 'NOUN' && (IRREGULAR_PLURAL.test(head.value) || (/men$/i.test(head.value) && /man$/.test(head.lemma)))) return true;
  return /[a-z]s$/i.test(head.value) && head.lemma !== head.value.toLowerCase();
}

/**
 * A clause's tokens, a relative clause set off by commas left out ("The bridge, which opened in 1962, carries …": it
 * is no part of the subject), with its main verb and that verb's subject; null when no subject comes before a verb.
 */
function mainSubject(clause: string): { xs: Token[]; v: number; subject: number[] } | null {
  const xs = tokensOf(bounded(clause).replace(RELATIVE_ASIDE, ''));
  const v = mainVerb(xs, 0, xs.length);
  return v < 1 ? null : { xs, v, subject: subjectOf(xs, 0, v) };
}

/**
 * Who or what a pronoun opening the next clause stands for ("it", "they", "its", "their"), read from `clause`, the
 * clause before it: that clause's subject, when it is a noun phrase of the pronoun's number (a thing, for "it") and
 * the clause offers no other of that number to stand for (an object: "The survey reported the quake had …. It was
 * followed by aftershocks" is the quake's, so no subject is given). A possessive pronoun takes the subject only
 * when the clause has no object at all. `told` says the pronoun opens what the clause's verb tells ("Harlow said it
 * would cut"): then the teller is meant, and what it tells is no rival. The subject's words without an opening
 * article, or null.
 */
export function clauseSubject(clause: string, plural: boolean, possessive: boolean, told = false): string | null {
  const main = taggable(clause) ? mainSubject(clause) : null;
  if (!main) return null;
  const { xs, v } = main;
  let { subject } = main;
  // "The Harlan Ridge Fire, which started on …, has burned": the relative clause's commas leave the head phrase.
  while (subject.length && (xs[subject[subject.length - 1]].pos === 'PUNCT' || /^(?:which|who|that)$/i.test(xs[subject[subject.length - 1]].value))) subject.pop();
  if (subject.length && /^(?:the|a|an)$/i.test(xs[subject[0]].value)) subject = subject.slice(1);
  // "The only pub in Ormbury": a word that singles the noun out only beside its article goes with it ("Only pub's
  // last landlord" is no title's subject).
  if (subject.length > 1 && /^(?:only|same|very)$/i.test(xs[subject[0]].value) && xs[subject[0]].pos !== 'PROPN') subject = subject.slice(1);
  // "The dockers' union": a plural's possessive mark is part of the phrase.
  const pluralMark = (i: number) => /^['’]$/.test(xs[i].value) && i > 0 && /s$/i.test(xs[i - 1].value);
  // "Her first translation was published in 1973. It sold …": a possessive opening the subject stays with it.
  const owner = (i: number) => !possessive && i === subject[0] && subject.length > 1 && POSSESSIVE.test(xs[i].value) && !/^(?:my|your)$/i.test(xs[i].value);
  if (!subject.length || subject.some((i) => (xs[i].pos === 'PRON' && !owner(i)) || xs[i].pos === 'VERB' || xs[i].pos === 'AUX' || xs[i].pos === 'ADP' && xs[i].value.toLowerCase() !== 'of' || (xs[i].pos === 'PUNCT' && xs[i].value !== ',' && !pluralMark(i)))) return null;
  const head = xs[subject[subject.length - 1]];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  // "The curator of fossil reptiles": a noun before "of" is the phrase's head, whose number is the phrase's (not
  // "most of the crews", whose head is after it).
  const of = subject.findIndex((i, k) => k > 0 && xs[i].value.toLowerCase() === 'of' && xs[i - 1].pos === 'NOUN');
  const core = of > 0 ? subject.slice(0, of) : subject;
  // "The group set out … They dug": a group's noun, one in form, is what "they" stands for as often as "it".
  const number = COLLECTIVE.test(xs[core[core.length - 1]].value) ? null : pluralOf(xs, core);
  if (number !== null && number !== plural && !possessive) return null;
  if (!plural && subject.some((i) => PERSON_NOUN.test(xs[i].value) || (owner(subject[0]) && KIN_NOUN.test(xs[i].value)))) return null;
  // "Hald, 34, released the song. It …": a name given an age is a person, never "it".
  if (!plural && AGED.test(clause)) return null;
  if (!told && possessive) {
    // "Its", "their": every noun phrase after the verb is a candidate, the objects of prepositions too (a
    // possessive reaches further than a subject pronoun: "Engineers carried out a survey. Their report …"). The
    // subject is meant when no other of the pronoun's number is; the one other when the subject is not of it.
    const verbs = verbGroup(xs, v, xs.length);
    const numberOf = (c: number[]) => (INVARIANT.test(xs[c[c.length - 1]].value) ? null : pluralOf(xs, c));
    const rivals = candidates(xs, verbs[verbs.length - 1] + 1).filter((c) => numberOf(c) !== !plural);
    if (number !== !plural && !rivals.length) return join(xs, subject);
    if (number === !plural && rivals.length === 1 && numberOf(rivals[0]) === plural) return join(xs, rivals[0].filter((i) => xs[i].pos !== 'DET' && xs[i].pos !== 'NUM'));
    return null;
  }
  if (!told) {
    // The first noun phrase after the verb (a told clause's subject included) is the pronoun's other candidate.
    const verbs = verbGroup(xs, v, xs.length);
    let k = verbs[verbs.length - 1] + 1;
    // Past a quotation mark too: "released “Blue Harbour”" has its object.
    while (k < xs.length && (xs[k].pos === 'ADV' || xs[k].pos === 'PART' || xs[k].value.toLowerCase() === 'that' || /^["“‘]$/.test(xs[k].value))) k++;
    const t = xs[k];
    const opens = !!t && (['DET', 'NUM', 'PROPN'].includes(t.pos) || (t.pos === 'PRON' && POSSESSIVE.test(t.value)) || t.pos === 'NOUN' || t.pos === 'ADJ');
    if (opens) {
      const end = nounPhrase(xs, k, xs.length, true);
      const object = range(k, Math.max(end, k + 1));
      // "was about three metres long": a measure's adjective closing the phrase is not its head.
      while (object.length > 1 && xs[object[object.length - 1]].pos === 'ADJ') object.pop();
      const bare = t.pos === 'NOUN' && object.length === 1;
      // "was not perfect": an adjective alone is no noun phrase.
      if (!object.some((i) => ['NOUN', 'PROPN', 'NUM'].includes(xs[i].pos))) return join(xs, subject);
      const other = pluralOf(xs, object);
      if (possessive ? !bare || other === true : !(bare && other === false) && (other === null || other === plural)) return null;
    }
  }
  return join(xs, subject);
}

/**
 * Who or what a pronoun opening the next sentence stands for when `sentence`, the one before, holds more than one
 * clause ("The tower was built in 1934 and staffed until 1979, when spotter planes took over its work. It then stood
 * empty"): the first clause's subject, read as clauseSubject reads a one-clause sentence (a thing, of the pronoun's
 * number, no object of that number after its verb), when no later clause opens on a subject that could be meant
 * instead: a noun phrase of the pronoun's number, or one whose number does not show. A later clause whose subject is
 * the same pronoun goes on with the same one. Not a telling's teller ("The mayor said …"), nor, for "it", a name of
 * two words or more with no article (a person's). A sentence whose clause words the tags find opening no clause ("that
 * year", "after the war") is read as one clause, by clauseSubject. The subject's words without an opening article, or
 * null.
 */
export function leadingSubject(sentence: string, plural: boolean): string | null {
  if (!taggable(sentence) || !sentence.trim()) return null;
  const xs = tokensOf(bounded(sentence).replace(RELATIVE_ASIDE, ''));
  const joints = xs.map((_, i) => i).filter((i) => clauseJoint(xs, i));
  // "… opened on Boxing Day that year", "… was sold after the war": a word that may open a clause opens none here (the
  // tags find no joint), so the sentence is one clause, read as one.
  if (!joints.length) {
    const v = mainVerb(xs, 0, xs.length);
    return v < 1 || xs.slice(v).some((t) => tellingVerb(t.value) && isVerb(t)) ? null : clauseSubject(sentence, plural, false);
  }
  // "Colleagues recall that she …": what a telling tells holds the pronoun's thing as often as its subject does.
  if (joints[0] < 2 || /^that$/i.test(xs[joints[0]].value)) return null;
  const first = xs.slice(0, joints[0]);
  const v = mainVerb(first, 0, first.length);
  if (v < 1 || first.slice(v).some((t) => tellingVerb(t.value) && isVerb(t))) return null;
  const told = clauseSubject(join(xs, range(0, joints[0])), plural, false);
  // "Last year the county museum": a phrase of time the tags ran into the subject opens no part of it.
  const subject = told?.split(/\s+(?=(?:the|a|an)\s)/i).pop()?.replace(/^(?:the|a|an)\s+/i, '');
  if (!subject) return null;
  const own = subjectOf(first, 0, v);
  if (numberOfSubject(xs, own) !== plural && numberOfSubject(xs, own) !== null) return null;
  const named = own.filter((i) => !/^(?:the|a|an)$/i.test(first[i].value));
  if (!plural && named.length >= 2 && named.every((i) => first[i].pos === 'PROPN') && !/^(?:the|a|an)$/i.test(first[0].value)) return null;
  for (let k = 0; k < joints.length; k++) {
    const from = joints[k] + 1;
    const to = joints[k + 1] ?? xs.length;
    if (from >= to) continue;
    const verb = mainVerb(xs, from, to);
    // "but the works in its present form dates from": a clause whose verb the tags missed still opens on its subject.
    const later = verb > from ? subjectOf(xs, from, verb) : range(from, nounPhrase(xs, from, to, true));
    if (!later.length) continue;
    if (xs[later[0]].pos === 'PRON' && !POSSESSIVE.test(xs[later[0]].value)) {
      // "who wrote", "she said", "there was": a person, a relative pronoun whose antecedent the first clause's check
      // read, or no subject; a pronoun of the same number may stand for another thing.
      if ((plural ? /^(?:it|we)$/i : /^(?:they|we)$/i).test(xs[later[0]].value)) return null;
      continue;
    }
    // "an exhibition of them": the phrase's head is before its "of".
    const upTo = later.findIndex((i) => xs[i].pos === 'ADP');
    const core = upTo > 0 ? later.slice(0, upTo) : later;
    if (!core.some((i) => xs[i].pos === 'NOUN' || xs[i].pos === 'PROPN')) {
      if (verb > from) return null;
      continue;
    }
    if (!plural && core.some((i) => PERSON_NOUN.test(xs[i].value))) continue;
    // "before the year is out", "until the season ended": a time is no thing a pronoun stands for.
    const nouns = core.filter((i) => xs[i].pos === 'NOUN' || xs[i].pos === 'PROPN');
    if (NOT_CANDIDATE.test(xs[nouns[nouns.length - 1]].value)) continue;
    const number = numberOfSubject(xs, core);
    if (number === null || number === plural) return null;
  }
  return subject;
}

/** A subject's number, as soleCandidate reads it ("men", a plural opening the sentence tagged a name); null when it does not show. */
function numberOfSubject(xs: Token[], phrase: number[]): boolean | null {
  const nouns = phrase.filter((i) => xs[i].pos === 'NOUN' || xs[i].pos === 'PROPN');
  if (!nouns.length) return null;
  const head = xs[nouns[nouns.length - 1]];
  if (INVARIANT.test(head.value) || COLLECTIVE.test(head.value)) return null;
  if (nouns[nouns.length - 1] === 0 && head.pos === 'PROPN' && /[a-z]s$/.test(head.value)) return true;
  if (head.pos === 'NOUN' && !/s$/i.test(head.value) && head.lemma !== head.value.toLowerCase()) return true;
  return pluralOf(xs, phrase.slice(0, phrase.indexOf(nouns[nouns.length - 1]) + 1));
}

// Verbs of telling (lexicon.ts's telling and reporting verbs) and of remembering or expecting, which the lexicon's lists
// leave out: what a sentence tells of is what its pronoun stands for as often as its teller.
const MINDING_VERB = /^(?:recall|remember|remembers|remembered|expected|expects)$/i;
const tellingVerb = (word: string): boolean => isTellingWord(word) || REPORTING_VERBS.has(word.toLowerCase()) || MINDING_VERB.test(word);

/** Whether token `i` opens another clause: a subordinator, a relative pronoun, a semicolon, or a conjunction that no verb of the same subject follows. */
function clauseJoint(xs: Token[], i: number): boolean {
  const t = xs[i];
  if (t.value === ';') return true;
  if (/^(?:who|which|whom|whose|when|where|why|how|what|while|whereas|because|although|though|if|once)$/i.test(t.value)) return true;
  // "until 1979", "after the war", "that year": a preposition or determiner before a noun phrase opens no clause;
  // one with a verb before the next mark does.
  if (/^(?:that|after|before|until|since)$/i.test(t.value)) {
    if (t.pos === 'SCONJ') return true;
    let end = i + 1;
    while (end < xs.length && end < i + 8 && xs[end].pos !== 'PUNCT') end++;
    return mainVerb(xs, i + 1, end) > i + 1;
  }
  // "was built in 1934 and was staffed": a conjunction before the same subject's next verb joins no clause.
  return t.pos === 'CCONJ' && /^(?:and|but|yet|or)$/i.test(t.value) && !!xs[i + 1] && !isVerb(xs[i + 1]) && xs[i + 1].pos !== 'ADV';
}

// "Mr", "Dr", "Mrs": a word before a name that says it is a person's.
const HONORIFIC_WORD = new RegExp(`^(?:${HONORIFIC_ALTS})\\.?$`, 'i');
// A subject pronoun after the subject: another clause's person, who may be the one meant.
const PERSON_PRONOUN = /^(?:he|she|him)$/i;

/**
 * Who "he" or "she" in a clause hanging on `clause` ("…, a year after he …") stands for, when nothing else could be:
 * the person the clause's subject names, when that subject is the one person the clause names: a whole name (two
 * capitalised words or more, or one after "Mr", "Dr" …; one word alone when `known` says the text gave it as a family
 * name before), a singular personal noun ("The mayor"), or, when `kind` is "m", a singular noun phrase the clause
 * itself takes up with "his" right after its verb ("A porter from Lutton gave his 90th pint"). No other
 * person's name, personal noun or "he"/"she"/"him" may come after it in the clause. The name (the last one in the
 * subject: "The mayor of Orm, Ada Lisk" gives "Ada Lisk"), else the subject without its article; null otherwise.
 */
export function personSubject(clause: string, kind: 'm' | 'f', known: (word: string) => boolean = () => false): string | null {
  const main = taggable(clause) && clause.trim() ? mainSubject(clause) : null;
  if (!main) return null;
  const { xs, v } = main;
  let { subject } = main;
  while (subject.length && xs[subject[subject.length - 1]].pos === 'PUNCT') subject.pop();
  if (!subject.length || subject.some((i) => xs[i].pos === 'PRON' && !POSSESSIVE.test(xs[i].value))) return null;
  // "The mayor of Orm, Ada Lisk, resigned": a name set off between the subject and its verb says who it is.
  const setOff = subject[subject.length - 1] + 1;
  if (xs[setOff]?.value === ',' && xs[v - 1]?.value === ',' && v - 1 > setOff + 1 && range(setOff + 1, v - 1).every((i) => xs[i].pos === 'PROPN')) subject = range(setOff + 1, v - 1);
  // The last run of capitalised names in the subject, with an honorific before it if there is one.
  let end = subject.length;
  while (end > 0 && xs[subject[end - 1]].pos !== 'PROPN') end--;
  let from = end;
  while (from > 0 && xs[subject[from - 1]].pos === 'PROPN' && /^\p{Lu}/u.test(xs[subject[from - 1]].value)) from--;
  const run = subject.slice(from, end);
  const honoured = run.length >= 2 && HONORIFIC_WORD.test(xs[run[0]].value);
  const whole = run.length >= 2 || (run.length === 1 && known(xs[run[0]].value));
  const name = whole && end === subject.length && run.every((i) => /^\p{Lu}[\p{Ll}'’-]+\.?$/u.test(xs[i].value)) && (honoured || run.length <= 4) ? run : [];
  // "The mayor", "A farmer from Orsby": a personal noun heads the phrase, before any phrase after it.
  const of = subject.findIndex((i, k) => k > 0 && xs[i].pos === 'ADP');
  const core = of > 0 ? subject.slice(0, of) : subject;
  const head = xs[core[core.length - 1]];
  const singular = head.pos === 'NOUN' && (!/s$/i.test(head.value) || head.lemma === head.value.toLowerCase());
  const personal = singular && (PERSON_NOUN.test(head.value) || KIN_NOUN.test(head.value));
  // "A porter from Lutton gave his 90th pint": "his" right after the verb takes its subject up as a person of that
  // kind (not after a passive's "by": "was finished by his firm" is someone else's).
  const verbs = verbGroup(xs, v, xs.length);
  const after = verbs[verbs.length - 1] + 1;
  // Not a body ("The guild let her sit the test …": "her" is someone else, whom the body acts on).
  // Only "his": "her" is an object as often ("The academy let her attend …").
  const takenUp = kind === 'm' && singular && !BODY_NOUNS.includes(head.value.toLowerCase()) && /^his$/i.test(xs[after]?.value ?? '');
  if (!name.length && !personal && !takenUp) return null;
  // "Mr Lund's lawyer": a person's person; either may be meant.
  if (!name.length && subject.some((i) => /^['’]s?$/.test(xs[i].value))) return null;
  // No one else the pronoun could be: no other name of two words or more, personal noun or person's pronoun after it.
  const last = subject[subject.length - 1];
  for (let i = last + 1; i < xs.length; i++) {
    const t = xs[i];
    if (PERSON_PRONOUN.test(t.value) || (t.pos === 'NOUN' && (PERSON_NOUN.test(t.value) || KIN_NOUN.test(t.value)))) return null;
    if (t.pos === 'PROPN' && (HONORIFIC_WORD.test(t.value) || xs[i + 1]?.pos === 'PROPN')) return null;
  }
  const words = name.length ? name : subject.filter((i, k) => !(k === 0 && /^(?:the|a|an)$/i.test(xs[i].value)));
  return words.length <= 6 ? join(xs, words) : null;
}

/**
 * The one noun phrase of `text` a pronoun of that number may stand for ("it": a thing, "they": more than one), when
 * the text names exactly one; null when it names none or more than one. A phrase whose number does not show (a
 * body, "the crew") agrees with either pronoun, so it is a rival to any other. "It" never stands for a person: a
 * personal noun or a name of two words or more with no article before it ("Anna Rusek") is a rival, never the one.
 * The phrase's words without an opening article.
 */
export function soleCandidate(text: string, plural: boolean): string | null {
  const read = agreeingPhrases(text, plural);
  if (!read) return null;
  const { xs, phrases, agreeing } = read;
  // "four men and a woman": phrases joined by "and" are one more a plural pronoun may stand for.
  if (plural && phrases.some((c) => xs[c[c.length - 1] + 1]?.value.toLowerCase() === 'and' && isNounish(xs[c[c.length - 1] + 2]))) return null;
  if (agreeing.length !== 1) return null;
  const c = agreeing[0];
  const head = xs[c[c.length - 1]];
  if (!plural && (PERSON_NOUN.test(head.value) || (head.pos === 'PROPN' && c.filter((i) => xs[i].pos === 'PROPN').length >= 2 && xs[c[0]].pos !== 'DET'))) return null;
  const words = c.filter((i, k) => !(k === 0 && /^(?:the|a|an)$/i.test(xs[i].value)));
  return words.length && words.length <= 5 ? join(xs, words) : null;
}

/**
 * Whether `text` names nothing a pronoun of that number may stand for: no noun phrase of its number or of one that
 * does not show, and no pronoun of its own of that number ("the spaniel had wandered into their yard" names
 * nothing "they" may stand for). False when the text cannot be read.
 */
export function namesNoCandidate(text: string, plural: boolean): boolean {
  const read = agreeingPhrases(text, plural);
  return !!read && !read.agreeing.length;
}

/** The noun phrases of `text` and those of them that agree with a pronoun of that number; null when a pronoun of that number is in the text, or it cannot be read. */
function agreeingPhrases(text: string, plural: boolean): { xs: Token[]; phrases: number[][]; agreeing: number[][] } | null {
  if (!taggable(text) || !text.trim()) return null;
  const xs = tokensOf(bounded(text.length > MAX_CLAUSE ? text.slice(text.indexOf(' ', text.length - MAX_CLAUSE) + 1) : text).replace(RELATIVE_ASIDE, ''));
  // A subject pronoun of the same number in the text is a rival the tags cannot resolve.
  if (xs.some((t) => t.pos === 'PRON' && (plural ? /^(?:they|we)$/i : /^(?:it|he|she)$/i).test(t.value))) return null;
  // "Sales/PROPN peaked": a plural word opening the sentence, capitalised there, is tagged a name.
  // "men", "children": a plural whose lemma is another word, with no "s".
  const numberOf = (c: number[]) => {
    const head = xs[c[c.length - 1]];
    if (c.length === 1 && c[0] === 0 && head.pos === 'PROPN' && /[a-z]s$/.test(head.value)) return true;
    return head.pos === 'NOUN' && !/s$/i.test(head.value) && head.lemma !== head.value.toLowerCase() ? true : pluralOf(xs, c);
  };
  // "9 a.m.": a clock's hour is no thing a pronoun stands for.
  // "In 1989 the launch": a phrase the tags ran on into opens at its last article.
  const phrases = candidates(xs, 0).map((c) => c.slice(Math.max(0, c.findLastIndex((i) => xs[i].pos === 'DET'))));
  const agreeing = phrases.filter((c) => !/^[ap]\.m\.?$/i.test(xs[c[c.length - 1]].value)).filter((c) => {
    const number = INVARIANT.test(xs[c[c.length - 1]].value) || COLLECTIVE.test(xs[c[c.length - 1]].value) ? null : numberOf(c);
    return number === null || number === plural;
  });
  return { xs, phrases, agreeing };
}

// Groups of people, one in form, that "they" stands for as often as "it" does ("The group set out. They dug …").
const COLLECTIVE = /^(?:group|club|band|couple|party|side|squad|union|panel|jury|class|audience|management|orchestra|choir)$/i;

// Nouns of time: no possessive's candidate ("over three nights. Their report" is not the nights').
const NOT_CANDIDATE = new RegExp(String.raw`^(?:seconds?|minutes?|hours?|days?|(?:${PART_OF_DAY_ALTS})s?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|times?|[a-z]+day|january|february|march|april|may|june|july|august|september|october|november|december|${SEASON_NOUN_ALTS})$`, 'i');
// Nouns whose number does not show: a candidate of either number ("the works closed … its director").
const INVARIANT = /^(?:works|headquarters|series|species|means|news|crossroads|barracks|staff|police|government|team|council|committee|board|family|public|crew|press)$/i;

/**
 * The noun phrases from `from` to the end, as token indices, each one named by a noun: a possessor ("the
 * building's doors") is one of its own. A phrase headed by a noun of time or one whose number does not show is left
 * out; so is the whole text (null) when one of them holds a pronoun.
 */
function candidates(xs: Token[], from: number): number[][] {
  const out: number[][] = [];
  for (let k = from; k < xs.length; ) {
    // "will open/ADJ three centers": a word the tags misread after a helping verb opens no phrase.
    if (!isNounish(xs[k]) || /^['’]s?$/.test(xs[k].value) || (xs[k].pos === 'PRON' && POSSESSIVE.test(xs[k].value)) || (xs[k].pos === 'ADJ' && xs[k - 1]?.pos === 'AUX')) {
      k++;
      continue;
    }
    let end = nounWords(xs, k, xs.length);
    const possessor = xs.slice(k, end).findIndex((t) => /^['’]s?$/.test(t.value));
    if (possessor > 0) end = k + possessor;
    // "four new clinics | next spring": a time phrase the tags ran on into is a phrase of its own.
    const time = xs.slice(k + 1, end).findIndex((t) => NOT_CANDIDATE.test(t.value));
    if (time >= 0) {
      let cut = k + 1 + time;
      while (cut > k + 1 && ['ADJ', 'DET', 'NUM'].includes(xs[cut - 1].pos)) cut--;
      if (cut > k + 1) end = cut;
    }
    const phrase = range(k, Math.max(end, k + 1));
    const head = xs[phrase[phrase.length - 1]];
    if ((head.pos === 'NOUN' || head.pos === 'PROPN') && !NOT_CANDIDATE.test(head.value)) out.push(phrase);
    k = Math.max(end, k + 1);
  }
  return out;
}

/** Whether a title fitted with a teller kept (fittedTitle) stands whole: no cut left its "…" and it is within MAX_WORDS. */
export function fitsWhole(made: string): boolean {
  return !made.endsWith('…') && made.split(/\s+/).length <= MAX_WORDS;
}

/**
 * A title of more than ten words (`budget`) cut at the last phrase or clause boundary within them: before a
 * preposition, a conjunction, a subordinator, a relative pronoun, a comma, a participle that opens a phrase after
 * its noun ("efforts | resulting from wildfires") or a determiner that opens an apposition after a noun ("at
 * Tilbury | the highest mark there"). What is kept holds the verb with its object, or for a title with no verb
 * the noun phrase's head, ends on no word that leads on, and is no fragment of the whole. Unchanged when no such
 * cut keeps three words or more.
 */
export function fittedTitle(title: string, budget = MAX_WORDS): string {
  // "Deadline: …", "…: the date it moves to": the part drafted from the clause is fitted to what the other leaves.
  const colon = title.indexOf(': ');
  if (colon > 0 && budget === MAX_WORDS) {
    const head = title.slice(0, colon);
    const tail = title.slice(colon + 2);
    const [long, short] = head.split(/\s+/).length >= tail.split(/\s+/).length ? [head, tail] : [tail, head];
    const room = MAX_WORDS - short.split(/\s+/).length;
    if (room < MIN_WORDS) return title;
    const fitted = fittedTitle(long, room);
    return long === head ? `${fitted}: ${tail}` : `${head}: ${fitted}`;
  }
  const bare = title.replace(/\s*…$/, '');
  if (bare.split(/\s+/).length <= budget || !taggable(bare)) return budget === MAX_WORDS ? withoutLooseTail(title) : title;
  // A whole title a headline's words would fit ("Judge Elin Marsk said the two melodies shared their first 16
  // notes" → "… said two melodies shared …") loses no more than its "the"s and the "that" of what is told; one
  // still too long is cut, and cut again from those words when the cut found nothing.
  const terse = ellipsis(title) || budget !== MAX_WORDS ? '' : headlineWords(bare);
  if (terse && terse.split(/\s+/).length <= budget) return terse;
  const cut = cutTitle(bare, title, budget);
  return cut === title && terse ? cutTitle(terse, title, budget) : cut;
}

const ellipsis = (t: string) => /…$/.test(t);

/**
 * The title in a headline's words: without "the" inside it (not the first word, nor in a name, "the Hague") and
 * without a "that" opening what a verb tells ("showed that the forest shrank"). Empty when neither is there.
 */
export function headlineWords(title: string): string {
  if (!taggable(title)) return '';
  const xs = tokensOf(bounded(title));
  // "Judge Elin Marsk said": a teller named with a post before the name is the name alone, its last two words.
  const telling = xs.findIndex((t, i) => i >= 3 && i <= 5 && t.pos === 'VERB' && CLAUSE_VERB.has(t.lemma));
  const post = telling > 0 && xs.slice(0, telling).every((t) => t.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t.value) && !BODY.test(t.value)) ? telling - 2 : 0;
  const kept = range(post, xs.length).filter((i) => {
    const t = xs[i];
    if (i > 0 && /^the$/.test(t.value) && xs[i + 1] && xs[i + 1].pos !== 'PUNCT' && xs[i - 1].pos !== 'PROPN') return false;
    // Only the "that" of what a telling verb tells: "to ask that question" keeps its determiner.
    return !(i > 0 && /^that$/i.test(t.value) && xs[i - 1].pos === 'VERB' && CLAUSE_VERB.has(xs[i - 1].lemma) && CLAUSE_OPENER.has(xs[i + 1]?.pos ?? '') && xs[i + 1]?.value !== ',');
  });
  return kept.length < xs.length ? join(xs, kept) : '';
}
// Words that name a body, not a person: a teller so named keeps all its words ("Aldmoor Space Agency said"). The
// heads of a body (BODY_NOUNS), and words that head one only in a name ("Harbour Court", "Daily Post").
const BODY = new RegExp(`^(?:${BODY_NOUNS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}|Office|Court|Survey|Police|Motors|Airlines|News|Press|Times|Post)$`);
// What opens a told clause after "that": its subject's first word.
const CLAUSE_OPENER = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** The cut of fittedTitle: `bare` cut at the last boundary within `budget` words; `title` when none is found. */
function cutTitle(bare: string, title: string, budget: number): string {
  let xs = tokensOf(bounded(bare));
  // "Stadium's roof, promised when it opened, has still not been built": an aside set off by commas between the
  // subject and its verb goes first.
  const first = xs.findIndex((t) => t.value === ',');
  const second = first > 0 ? xs.findIndex((t, i) => i > first + 1 && t.value === ',') : -1;
  if (second > 0 && xs.slice(0, first).every(isNounish) && isVerb(xs[second + 1]) && !xs.slice(first + 1, second).some((t) => t.pos === 'CCONJ')) {
    const kept = [...range(0, first), ...range(second + 1, xs.length)];
    const made = join(xs, kept);
    if (wordCount(xs, kept) <= budget) return made;
    xs = tokensOf(made);
  }
  const hasVerb = xs.some(isVerb);
  const main = mainVerb(xs, 0, xs.length);
  for (let k = xs.length - 1; k >= 2; k--) {
    const kept = range(0, k);
    if (wordCount(xs, kept) > budget) continue;
    if (wordCount(xs, kept) < MIN_WORDS) break;
    const t = xs[k];
    const prev = xs[k - 1];
    const boundary =
      (t.pos === 'ADP' && !/^(?:of|to|than|as|like)$/i.test(t.value)) ||
      (t.value.toLowerCase() === 'of' && !PART_OF.test(prev.value) && xs[k + 1]?.pos !== 'PRON' && !/^(?:what|which|whom)$/i.test(xs[k + 1]?.value ?? '')) ||
      t.pos === 'SCONJ' || t.pos === 'CCONJ' || /^(?:who|which|whose|,|;|-|–|—)$/i.test(t.value) ||
      // "a shallow sea | that once covered …": a relative "that" after its noun.
      (/^that$/i.test(t.value) && prev.pos === 'NOUN') ||
      (t.pos === 'VERB' && /(?:ing|ed)$/i.test(t.value) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && xs[k + 1]?.pos === 'ADP') ||
      (t.pos === 'DET' && ['NOUN', 'PROPN', 'NUM'].includes(prev.pos));
    if (!boundary || isParticle(xs, k)) continue;
    // "in a warm | , shallow sea": not between two adjectives of one noun.
    if (t.value === ',' && prev.pos === 'ADJ' && ['ADJ', 'NOUN'].includes(xs[k + 1]?.pos ?? '') && xs[k + 2]?.pos !== 'VERB') continue;
    // "was built the year | the company began …": a time noun with its clause cut goes with it; the verb ends the title.
    // Only after a participle ("was built", "had closed"), which takes no object.
    if (t.pos === 'DET' && TIME_NOUN.test(prev.value) && xs[k - 2]?.pos === 'DET' && isVerb(xs[k - 3])) {
      if (k - 2 >= MIN_WORDS && xs[k - 4]?.pos === 'AUX' && /(?:ed|en|t)$/i.test(xs[k - 3].value)) return join(xs, range(0, k - 2));
      continue;
    }
    // Not between a verb and what it takes, nor after a word that leads on.
    if (endsBadly(prev) || prev.pos === 'PUNCT' || prev.pos === 'AUX' || (isVerb(prev) && (isNounish(t) || t.pos === 'PRON'))) continue;
    // Nor after a participle that describes the noun before it ("conditions resulting | from wildfires").
    if ((prev.pos === 'VERB' || prev.pos === 'ADJ') && /(?:ing|ed)$/i.test(prev.value) && ['NOUN', 'PROPN'].includes(xs[k - 2]?.pos ?? '')) continue;
    const head = kept.map((i) => xs[i]);
    // A title with a verb keeps it whole; a noun phrase ("Six weeks of flood relief …") keeps its head.
    // Not at a comma or a conjunction, where a verb the tags missed may follow ("Ford, the second …, beat").
    // An apposition after a comma ("…, a drug reference service") is no such place.
    const nominal = main < 0 && t.pos !== 'CCONJ' && (t.pos !== 'PUNCT' || (t.value === ',' && xs[k + 1]?.pos === 'DET')) && !head.some(isVerb) && head[0].pos !== 'VERB' && head.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    // "Ford/VERB, the second …": a first word set off by a comma is a name, whatever its tag.
    const verbIn = head.some((x, i) => isVerb(x) && !(i === 0 && xs[1]?.pos === 'PUNCT'));
    if (!nominal && (!hasVerb || !verbIn || fragmentOf(head, xs))) continue;
    // Nor inside a clause the title opens ("It should be mentioned that the stock capital | tripled").
    const opened = head.findLastIndex((x, i) => i > 0 && (x.pos === 'SCONJ' || /^that$/i.test(x.value) || SUBORDINATE_WORD.test(x.value)));
    if (opened > 0 && !head.slice(opened + 1).some(isVerb)) continue;
    return join(xs, kept);
  }
  return title;
}

/**
 * A clause whose subject is followed by asides set off by commas, noun phrases alone, before its verb: the subject
 * and what follows the asides ("Ruth Calloway of the agency, Department of Homeland Security, named Harold Vence
 * …" → "Ruth Calloway of the agency named Harold Vence …"); the aside itself when it is a name after a noun phrase
 * ("Its leader, Ilse Brandvik, told reporters" → "Ilse Brandvik told reporters"). Null when the clause has no such
 * asides.
 */
export function withoutAsides(clause: string): string | null {
  const text = bounded(clause);
  if (!taggable(text)) return null;
  const xs = tokensOf(text);
  const subject = placedPhrase(xs, nounPhrase(xs, 0, xs.length, true));
  if (subject < 1 || xs[subject]?.value !== ',') return null;
  let k = subject;
  let name: number[] | null = null;
  let named = false;
  while (xs[k]?.value === ',') {
    const end = placedPhrase(xs, nounPhrase(xs, k + 1, xs.length, true));
    // "Per Lund": a given name the tags read as another word ("Per" as a preposition) is a name by its capital.
    const isName = k === subject && end - k > 2 && xs[end - 1].pos === 'PROPN' && xs.slice(k + 1, end).every((t) => t.pos === 'PROPN' || /^[A-Z][a-z]+$/.test(t.value));
    // "The leader of the group, Dafydd Rhoswen said …": the name's closing comma went with an aside cut after it.
    if (isName && isVerb(xs[end]) && xs[end].pos === 'VERB' && !/ing$/i.test(xs[end].value)) {
      name = range(k + 1, end);
      named = true;
      break;
    }
    if (end === k + 1 || xs[end]?.value !== ',') break;
    if (isName) name = range(k + 1, end);
    k = end;
  }
  if (named) return join(xs, [...name!, ...range(name![name!.length - 1] + 1, xs.length)]);
  if (k === subject || !(isVerb(xs[k + 1]) || pastTaggedAdjective(xs, k + 1)) || xs[k + 1].pos === 'VERB' && /ing$/i.test(xs[k + 1].value)) return null;
  // The subject's own words before an "of" phrase: a name ("Administrator Ruth Calloway | of the agency") says who
  // without it; a post ("vice president | of Dacia") does not, and a name set off after it says who.
  const head = nounWords(xs, 0, subject);
  const who = xs[head - 1].pos === 'PROPN' ? range(0, head) : name ?? range(0, subject);
  return join(xs, [...who, ...range(k + 1, xs.length)]);
}

/**
 * The end of an aside's phrases of place or belonging after its noun phrase, or of an aside that is one alone: ", of
 * Quay Lane,", ", a clerk from Oss,", ", at the depot in Hull,". Each preposition must open a noun phrase.
 */
function placedPhrase(xs: Token[], from: number): number {
  let k = from;
  while (xs[k]?.pos === 'ADP' && !/^(?:that|as|than|like)$/i.test(xs[k].value)) {
    const end = nounPhrase(xs, k + 1, xs.length, true);
    if (end === k + 1) break;
    k = end;
  }
  return k;
}

/** "An angler, Kai Dorrington, hooked the fish": a past form the tags read as an adjective, before an object, after an aside's comma. */
function pastTaggedAdjective(xs: Token[], i: number): boolean {
  const next = xs[i + 1];
  return xs[i]?.pos === 'ADJ' && /[a-z]ed$/.test(xs[i].value) && !!next && (next.pos === 'DET' || next.pos === 'NUM' || (next.pos === 'PRON' && POSSESSIVE.test(next.value)));
}

// A subject, the comma an aside cut from between it and its verb left, and a helping verb: "West wing's restaurant,
// will open" (of "the west wing's restaurant, closed since 2019, will open").
const COMMA_BEFORE_HELPING = /^([A-Z][^,;:]{2,80}), ((?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\s[^,;:]{2,100})$/;

/**
 * A title without the comma an aside left between its subject and its helping verb ("Their club was formed", not
 * "Their club, was formed"): only when the words before the comma are a noun phrase alone, with no verb and no
 * preposition opening them ("With later buses, will begin" names no subject).
 */
export function withoutStrayComma(title: string, patternVerb?: (word: string) => boolean): string {
  const m = COMMA_BEFORE_HELPING.exec(title);
  if (!m || /^(?:with|without|in|on|at|by|for|from|after|before|since|until|during|inside|outside|under|over|aged|born)\s/i.test(m[1]) || titleHasVerb(m[1], patternVerb)) return title;
  return `${m[1]} ${m[2]}`;
}

/** Whether a title has a verb by the tags, or by the pattern pass's word lists (`patternVerb`). */
export function titleHasVerb(title: string, patternVerb?: (word: string) => boolean): boolean {
  if (!taggable(title)) return true;
  return tokensOf(bounded(title), patternVerb).some((t) => isVerb(t) || !!patternVerb?.(t.value));
}

// A title's last words that may be a clause or a phrase cut off by the date's removal: ", and Holm", "a verdict many".
// "Sales peaked when the firm", "filled 60 boxes before she": a subordinate clause begun and cut off with its subject.
const LOOSE_TAIL = /,\s(?:and|but)\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}$|\s(?:a|an|the)\s[a-z]+(?:\s[a-z]+)?$|\s(?:when|while|because|although|though|if)\s(?:(?:the|a|an|its|their|his|her)\s)?[\w'’-]+$|\s(?:before|after|until|since)\s(?:he|she|it|they|we)$/i;

/**
 * A title without a loose tail: a clause that was begun and lost its verb with the date ("Its two crew members
 * were rescued, and Holm", of "…, and Holm, then 68, insisted …"), or a noun phrase set after the last noun that
 * ends on no noun ("convicted of negligence a verdict many", of "…, a verdict many in Orvane thought …"). Unchanged
 * when what is left has no verb or fewer than three words.
 */
export function withoutLooseTail(title: string): string {
  if (!LOOSE_TAIL.test(title) || !taggable(title)) return title;
  const xs = tokensOf(bounded(title));
  let cut = -1;
  const comma = xs.findLastIndex((t, i) => t.value === ',' && xs[i + 1]?.pos === 'CCONJ');
  // The subordinator's clause holds no verb: it goes whole, and a clause of two words is whole without it ("Sales peaked").
  // "after the storm" is a phrase, "after she" a clause begun.
  const sub = xs.findLastIndex((t, i) => /^(?:when|while|because|although|though|if)$/i.test(t.value) || (/^(?:before|after|until|since)$/i.test(t.value) && i === xs.length - 2 && SUBJECT_PRONOUN.test(xs[i + 1].value)));
  if (sub > 1 && xs.length - sub <= 4 && !xs.slice(sub + 1).some(isVerb) && xs.slice(0, sub).some(isVerb) && !endsBadly(xs[sub - 1]) && wordCount(xs, range(0, sub)) >= 2) return join(xs, range(0, sub));
  if (comma > 0 && !xs.slice(comma + 1).some(isVerb)) cut = comma;
  else {
    const det = xs.findLastIndex((t, i) => t.pos === 'DET' && ['NOUN', 'PROPN'].includes(xs[i - 1]?.pos ?? ''));
    const last = xs[xs.length - 1];
    if (det > 0 && !xs.slice(det).some(isVerb) && last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.pos !== 'NUM') cut = det;
  }
  if (cut < 0) return title;
  const kept = range(0, cut);
  return wordCount(xs, kept) >= MIN_WORDS && kept.some((i) => isVerb(xs[i])) && !endsBadly(xs[cut - 1]) ? join(xs, kept) : title;
}

// A day, a month or a year as a date is written: "March", "12 March 2004", "March 12, 2004", "Tuesday morning", "1998".
const YEAR_WORD = '(?:1[6-9]|20)\\d\\d';
const DATE_NAME = `(?:${MONTH_RE}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR_WORD})?|\\d{1,2}\\s+${MONTH_RE}(?:\\s+${YEAR_WORD})?|${WEEKDAY_RE}(?:\\s+(?:${PART_OF_DAY_ALTS}))?|${YEAR_WORD})`;
// "…, in the spring of 2012", "… on Thursday", "… last June": a phrase of time closing a title. Not "every Monday" or
// "on a Monday" (a habit, which is what the clause tells), nor "until 1870" or "since 2011" (a bound the verb needs).
const DATE_TAIL = new RegExp(`,?\\s+(?:(?:early|late)\\s+)?(?:in|on|during|through|throughout|last|this|next)\\s+(?:the\\s+)?(?:(?:(?:early|late)\\s+)?(?:${SEASON_ALTS}|end|start|beginning|middle)\\s+of\\s+)?(?:(?:last|next)\\s+)?${DATE_NAME}$`);
// "Gorran Hosiery today cut its forecast": a day told by a word between the subject and its verb.
const DAY_WORD_INSIDE = /(?<=\S)\s+(?:today|yesterday|tonight)(?=\s+[a-z])/;
const DAY_WORD_TAIL = /\s+(?:today|yesterday|tonight|tomorrow)$/;
// "1999 she sailed alone" (of "In the summer of 1999 she sailed …"): a year the date's words left before the subject.
const YEAR_BEFORE_PRONOUN = new RegExp(`^(?:In\\s+)?${YEAR_WORD},?\\s+(?=(?:he|she|they|it|we)\\s+[a-z])`);

/**
 * A title without the date words the clause's own date left in it ("Post office was shut in the spring of 2012" →
 * "Post office was shut"; "Gorran Hosiery today cut its forecast" → "Gorran Hosiery cut its forecast"): the date is
 * the event's, shown beside its title. Unchanged when fewer than three words or no verb would be left.
 */
export function withoutDateTail(title: string, patternVerb?: (word: string) => boolean): string {
  let t = title.replace(DAY_WORD_INSIDE, '').replace(DAY_WORD_TAIL, '').replace(DATE_TAIL, '');
  const lead = YEAR_BEFORE_PRONOUN.exec(t);
  if (lead) t = t.charAt(lead[0].length).toUpperCase() + t.slice(lead[0].length + 1);
  if (t === title) return title;
  return t.split(/\s+/).length >= MIN_WORDS && titleHasVerb(t, patternVerb) ? t : title;
}

const PHRASE_START = /^(?:[-–—•]|(?:in|on|at|by|for|from|with|into|onto|to|up|down|over|under|through|across|after|before|during|since|until|near|off|out|around|again|twice|once|also|only|still|nearest|closest|farthest|highest|lowest|earliest|latest)\b)/i;
const ALL_NAMES = /^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5}$/;

/** A clause's subject, verb group (with its negated form) and object, as the tags read them. */
export interface ClauseParts {
  subject: string;
  verbs: string;
  /** The verb group with "not" after its first helping verb ("is staffed" → "is not staffed"); empty with no helping verb. */
  negated: string;
  object: string;
  /** The verb is a telling ("said"): its object is a told clause's subject, not a thing it was done to. */
  tells: boolean;
}

/**
 * The subject, verb group and object of the main clause opening `text`, by the tags: what a phrase cut from that
 * clause ("…, and at the clinic the next morning") is told with. Null when no verb or no subject is found, or the
 * subject is no noun phrase or pronoun.
 */
export function clauseParts(text: string): ClauseParts | null {
  const clause = bounded(text.trim());
  if (!clause || !taggable(clause)) return null;
  const xs = tokensOf(clause);
  const v = mainVerb(xs, 0, xs.length);
  if (v < 1) return null;
  const subject = subjectOf(xs, 0, v);
  if (!subject.length || subject.some((i) => isVerb(xs[i]) || xs[i].pos === 'PUNCT' || xs[i].pos === 'SCONJ' || /^(?:who|which|that)$/i.test(xs[i].value))) return null;
  const head = xs[subject[subject.length - 1]];
  if (!['NOUN', 'PROPN', 'PRON', 'NUM'].includes(head.pos)) return null;
  const verbs = verbGroup(xs, v, xs.length);
  // "delayed twice": an adverb closing the verb's phrase says how, which a phrase told with it may contradict ("again").
  while (verbs.length > 1 && xs[verbs[verbs.length - 1]].pos === 'ADV' && !isParticle(xs, verbs[verbs.length - 1]) && !NEGATION.test(xs[verbs[verbs.length - 1]].value)) verbs.pop();
  // "is open", "was closed": a copula's adjective is part of what is said of the subject.
  if (xs[verbs[verbs.length - 1]].lemma === 'be' && xs[verbs[verbs.length - 1] + 1]?.pos === 'ADJ') verbs.push(verbs[verbs.length - 1] + 1);
  const k = verbs[verbs.length - 1] + 1;
  let object = isNounish(xs[k]) || (xs[k]?.pos === 'PRON' && !/^(?:that|which|who)$/i.test(xs[k].value)) ? range(k, Math.max(k + 1, nounPhrase(xs, k, xs.length, true))) : [];
  // "will pass closest": an adjective alone is no object.
  if (!object.some((i) => ['NOUN', 'PROPN', 'NUM', 'PRON'].includes(xs[i].pos))) object = [];
  const aux = xs[verbs[0]].pos === 'AUX' && !NEGATION.test(xs[verbs[1]]?.value ?? '') ? verbs[0] : -1;
  return {
    subject: join(xs, subject),
    verbs: join(xs, verbs),
    negated: aux >= 0 ? `${xs[aux].value} not ${join(xs, verbs.slice(1))}`.trim() : '',
    object: object.length && !endsBadly(xs[object[object.length - 1]]) ? join(xs, object) : '',
    tells: CLAUSE_VERB.has(xs[v].lemma),
  };
}

/**
 * How a title with no verb is a phrase cut from the clause it hangs on, by the tags: 'name' when it is a name alone
 * (a body that did something, its clause gone with the date), 'joint' when it is a
 * conjunction alone ("And", its clause gone with the date), 'except' for "except" alone (of "open on weekdays,
 * except on 25 December"), 'phrase' when it opens on a preposition or an adverb ("At the clinic", "Up from 6.8
 * percent", "Again because of high winds", "- at two public meetings"); null for any other title, a noun phrase
 * naming a happening ("Breakup of Yugoslavia") included.
 */
export function phraseFragment(title: string, patternVerb?: (word: string) => boolean): 'joint' | 'except' | 'phrase' | 'name' | null {
  const text = title.trim();
  if (!text || !taggable(text)) return null;
  if (/^except$/i.test(text)) return 'except';
  if (/^(?:and|but|or|yet)$/i.test(text)) return 'joint';
  // Only a title that opens as a phrase does, or is all names, is read by the tagger: most titles are neither.
  if (!PHRASE_START.test(text) && !ALL_NAMES.test(text)) return null;
  // Read in lower case: a title's capital makes the tags take its first word for a name ("Nearest/PROPN to Earth").
  const plain = text.replace(/^[-–—•]\s*/, '');
  const xs = tokensOf(bounded(/^[A-Z][a-z]/.test(plain) ? plain.charAt(0).toLowerCase() + plain.slice(1) : plain), patternVerb);
  if (!xs.length || xs.some((t) => isVerb(t) || !!patternVerb?.(t.value))) return null;
  const first = xs[0];
  // "In retirement she campaigned" has its verb; "About 40 refugees" opens a noun phrase; "In the largest protest" is a phrase.
  if (first.pos === 'ADP' && !/^(?:about|around|nearly|some|over|under)$/i.test(first.value)) return xs.length > 1 ? 'phrase' : null;
  // "Federal Emergency Management Agency": a name alone, of two words or more, names who, not what happened.
  // Read as written: its capitals are what say it is a name ("Recovery Office/NOUN" is one too).
  if (xs.length > 1 && /^[A-Z]/.test(plain)) {
    const named = tokensOf(bounded(plain), patternVerb);
    if (named.every((t, i) => t.pos === 'PROPN' || (i === named.length - 1 && t.pos === 'NOUN' && /^[A-Z]/.test(t.value)))) return 'name';
  }
  // "Again because of high winds", "nearest to Earth": an adverb, or a superlative, leading into a phrase.
  if ((first.pos === 'ADV' || (first.pos === 'ADJ' && /est$/i.test(first.value))) && xs.length > 1 && (xs[1].pos === 'ADP' || xs[1].pos === 'SCONJ')) return 'phrase';
  return null;
}
