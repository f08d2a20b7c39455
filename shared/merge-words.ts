import { MONTH_OR_DAY, STOP, wordKey } from './merge-text';
import { readTokens, taggable } from './nlp';

// What a quote says happened, and to whom, read with a part-of-speech tagger and lemmatiser (wink-nlp with its
// small English model) so that different articles' wordings of one event meet: "underwent" and "undergone" are
// both "undergo", "General Motors" at the start of a sentence is still a name, "resignation" and "filing" are
// the actions "resign" and "file". Only the import worker and the command line load it (the model is a few MB);
// the page never does. The tagger is shared with extraction's titles (nlp.ts).

/**
 * Verbs that carry little of what happened on their own: saying, being, having, planning, making. They still
 * count as words, but two quotes that share only such a verb do not tell of one event.
 */
const LIGHT_VERBS = new Set(
  (
    'be have do say tell state report announce add make take give get go come become include use plan continue ' +
    'begin start expect need want seem appear call show see know think believe comment note explain describe claim ' +
    'post mark hold keep put let set bring try help allow remain follow accord ask look find feel consider ' +
    'provide receive offer hope mean reveal confirm decline refuse suggest indicate write release'
  )
    .split(' ')
    .map(wordKey),
);

/** The words of one quote, as the merge proposals weigh them. */
export interface QuoteWords {
  /** Keys: "w:" + the stem of a content word (verb, noun, adjective), "n:" + a name, "f:" + a figure. */
  keys: Set<string>;
  /** Stems of the verbs that tell an action (not a light verb such as "say" or "have"). */
  verbs: Set<string>;
  /** Stems of the nouns: one the timeline also uses as a verb ("launch", "resignation") can be an action. */
  nouns: Set<string>;
  /** Stems of nouns made from a verb by an ending ("resignation", "filing", "closure"). */
  deverbal: Set<string>;
  /** Stems of nouns a light verb takes as its object ("has a deadline", "made an appearance"): the noun tells the happening. */
  support: Set<string>;
  /**
   * Stems told only inside a relative clause within the quote ("GM, an automaker which has filed for bankruptcy,
   * announced…"): background to what the quote reports, not its own happening.
   */
  background: Set<string>;
  /** The initials of runs of capitalised names ("gm" of "General Motors"), met by a name written so in another quote. */
  initials: Set<string>;
  /**
   * The words of the quote without its speech attribution (`"…," said a professor from Leeds`), where it has one:
   * the speaker is who tells of the event, not who it is about, so the actor check reads these.
   */
  told?: QuoteWords;
}

/**
 * Where a quotation's attribution starts: after a closing quotation mark, a reporting verb among the first few
 * words (`"…," said a professor`, `"…," the mayor told reporters`) or "according to"; -1 when there is none.
 */
export function attributionStart(text: string): number {
  const m = /(?:[,.!?…]["”]|["”]\s*[,—–-])\s*((?:[^\s"“”]+\s+){0,6}?(?:said|says|told|tells|added|adds|stated|states|wrote|writes|explained|according\s+to)\b[^"“”]*)$/i.exec(text);
  return m ? text.length - m[1].length : -1;
}

/** Endings that make a noun of a verb: "resignation", "filing", "closure", "announcement", "acceptance". */
const DEVERBAL = /(?:[ts]ion|ment|ance|ence|ure|ing|al)$/;

const SKIP_POS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'SPACE', 'INTJ', 'X', 'ADV']);

/** A figure that identifies ("$82.29", "30,000", "17.4"), not a year or a day of the month, which the date compares. */
function figureKey(token: string): string | null {
  const plain = token.replace(/^(?:US|A|C|NZ|HK)?[$€£¥]/i, '').replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return null;
  if (/^\d{1,2}$/.test(plain) || /^(1[5-9]|20)\d\d$/.test(plain)) return null;
  return `f:${plain}`;
}

/** Verbs that hand their meaning to the noun they take: "has a deadline", "made an appearance", "held a vote". */
const SUPPORT_VERBS = new Set(['have', 'make', 'take', 'give', 'hold']);

/**
 * Wordings of one happening that share no word, said the same way before tagging: "step down" is "resign",
 * "pass away" is "die", and a "Chapter 11" filing (the US bankruptcy code's chapters 7, 11 and 13) is a bankruptcy.
 */
const SYNONYMS: Array<[RegExp, (m: string, ...groups: string[]) => string]> = [
  [/\bstep(s|ped|ping)?\s+down\b/gi, (_m, end = '') => `resign${{ s: 's', ped: 'ed', ping: 'ing' }[end.toLowerCase()] ?? ''}`],
  [/\bpass(es|ed|ing)?\s+away\b/gi, (_m, end = '') => ({ es: 'dies', ed: 'died', ing: 'dying' })[end.toLowerCase()] ?? 'die'],
  [/\bChapter\s+(?:7|11|13)(?:\s+bankruptcy)?\b/g, () => 'bankruptcy'],
];

/** The text with those wordings replaced, as quoteWords reads it. */
export function sameWording(text: string): string {
  return SYNONYMS.reduce((t, [re, to]) => t.replace(re, to as (m: string) => string), text);
}

/** Reads one quote into keys, action verbs and nouns. */
export function quoteWords(quote: string): QuoteWords {
  const out: QuoteWords = { keys: new Set(), verbs: new Set(), nouns: new Set(), deverbal: new Set(), support: new Set(), background: new Set(), initials: new Set() };
  // A "//" is broken up: wink's URL patterns need it, and backtrack exponentially on a long run of it.
  const said = sameWording(quote);
  const text = taggable(said) ? said : said.replace(/\/\//g, '/ /');
  const { values, pos, lemmas } = readTokens(text);
  // A headline In Title Case capitalises every word: there only the tagger can tell names.
  const long = values.filter((v) => /^[A-Za-z]{4,}$/.test(v));
  const titleCase = long.length >= 3 && long.filter((v) => /^[A-Z]/.test(v)).length >= 0.7 * long.length;
  let run = '';
  // After a support verb, the head noun of an object it takes with "a" or "an" ("a June 1 deadline": the last noun
  // before anything else); without the article it is an idiom or a possession ("took place", "has 350 dealers").
  const supportNoun = (i: number): number => {
    if (!/^an?$/i.test(values[i + 1] ?? '')) return -1;
    let head = -1;
    for (let k = i + 2; k < values.length; k++) {
      if (pos[k] === 'NOUN') head = k;
      else if (head >= 0 || !['DET', 'ADJ', 'NUM', 'PROPN', 'ADV'].includes(pos[k])) break;
    }
    return head;
  };
  const supported = new Set<number>();
  // Stems said inside a relative clause ("which has filed…", up to the next comma) and outside one.
  const relative = new Set<string>();
  const main = new Set<string>();
  let inRelative = false;
  let content = false;
  for (let i = 0; i < values.length; i++) {
    if ((pos[i] === 'VERB' || pos[i] === 'AUX') && SUPPORT_VERBS.has((lemmas[i] ?? '').toLowerCase())) {
      const head = supportNoun(i);
      if (head >= 0) supported.add(head);
    }
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const tag = pos[i];
    // A relative clause opens at "which" or "who" once the quote has begun, or at "that" between a noun and a verb
    // ("a plan that includes closures"); a comma or another break closes it.
    if (content && (/^(?:which|who|whom|whose)$/i.test(value) || (/^that$/i.test(value) && pos[i - 1] === 'NOUN' && (pos[i + 1] === 'VERB' || pos[i + 1] === 'AUX')))) inRelative = true;
    else if (tag === 'PUNCT' && /^[,;:.!?()"“”—–]$/.test(value)) inRelative = false;
    if (tag !== 'PUNCT') content = true;
    const figure = /\d/.test(value) ? figureKey(value) : null;
    // "aged 55", "at the age of 56": a person's age tells who, not what happened.
    if (figure && /^(?:aged?|age of)$/i.test(`${lemmas[i - 2] === 'age' && values[i - 1] === 'of' ? 'age of' : values[i - 1] ?? ''}`)) continue;
    if (figure) {
      out.keys.add(figure);
      continue;
    }
    if (SKIP_POS.has(tag) || tag === 'NUM') {
      if (tag !== 'PUNCT' || value !== '.') run = '';
      continue;
    }
    const lower = value.toLowerCase().replace(/[’']s?$/, '');
    if (!/[a-z]/.test(lower) || STOP.has(lower) || MONTH_OR_DAY.has(lower.replace(/\.$/, ''))) continue;
    // A name: tagged as one, written in capitals ("GM", "iPhone"), or capitalised where a sentence does not start
    // (the small model reads "Ford" in "Ford Motor Company" as a verb). Names are not stemmed: "Jobs" is not "job".
    const capital = /^[A-Z]/.test(value) && !titleCase;
    const atStart = i === 0 || /^[.!?:;"“(]$/.test(values[i - 1]);
    // At a sentence's start, a capitalised word the tagger reads as a verb is the subject when an inflected verb
    // follows it ("Ford announces cuts", "Ford said"): a verb is not followed by the verb of its own clause. An
    // uninflected one may be a plural's ("Sales plunge"), so it does not count.
    const next = values[i + 1] ?? '';
    const inflected = pos[i + 1] === 'AUX' || (pos[i + 1] === 'VERB' && (lemmas[i + 1] ?? '').toLowerCase() !== next.toLowerCase());
    const subject = capital && atStart && tag === 'VERB' && inflected;
    if (tag === 'PROPN' || subject || /^[A-Z]{2,}$/.test(value) || /^[a-z]+[A-Z]/.test(value) || (capital && (!atStart || /^[A-Z]/.test(values[i + 1] ?? '')))) {
      for (const part of lower.replace(/\.$/, '').split('-')) if (part.length > 1 && !STOP.has(part)) out.keys.add(`n:${part}`);
      // "General Motors" is also "GM": the initials of a run of capitalised words, kept apart from the keys so they
      // weigh only where another quote writes the name so.
      if (/^[A-Z][a-z]/.test(value)) {
        run += value[0].toLowerCase();
        if (run.length >= 2) out.initials.add(run);
      } else run = '';
      continue;
    }
    run = '';
    const lemma = (lemmas[i] || lower).toLowerCase();
    for (const part of lemma.split('-')) {
      if (part.length < 2 || STOP.has(part) || !/^[a-z]+$/.test(part)) continue;
      const stem = wordKey(part);
      // A light verb, or a noun made of one ("announcement", "statement"), says little of what happened.
      if ((tag === 'VERB' || DEVERBAL.test(part)) && LIGHT_VERBS.has(stem)) continue;
      out.keys.add(`w:${stem}`);
      (inRelative ? relative : main).add(stem);
      // "operating system", "manufacturing firm": an -ing form before a noun describes it, it tells no action.
      const modifier = (tag === 'VERB' || tag === 'NOUN') && /ing$/i.test(value) && (pos[i + 1] === 'NOUN' || pos[i + 1] === 'PROPN');
      if (tag === 'VERB' && !modifier && !LIGHT_VERBS.has(stem)) out.verbs.add(stem);
      if (tag === 'NOUN' && !modifier) {
        out.nouns.add(stem);
        if (supported.has(i)) out.support.add(stem);
        if (DEVERBAL.test(part) && !LIGHT_VERBS.has(stem)) out.deverbal.add(stem);
      }
    }
  }
  for (const stem of relative) if (!main.has(stem)) out.background.add(stem);
  const at = attributionStart(quote);
  if (at > 0) out.told = quoteWords(quote.slice(0, at));
  return out;
}

/** Whether a stem names an action only in passing: "say", "have", "announce". */
export function isLightVerb(stem: string): boolean {
  return LIGHT_VERBS.has(stem);
}
