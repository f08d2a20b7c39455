import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// One part-of-speech tagger for the process (wink-nlp with its small English model): merge proposals read quotes
// with it and extraction shapes event titles with it. Only the import worker and the command line load it (the
// model is a few MB); the page never does.

let nlp: WinkMethods | null = null;

/** The tagger, made on first use and kept: loading the model takes a good part of a second. */
export function tagger(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * Whether the tagger may read `text`. wink's tokenizer finds URLs with a pattern that backtracks exponentially
 * on a run with "//" and no space ("//0.APP.PPP.P…": 70 characters take seconds), and every one of its URL
 * patterns needs the "//": a text without it never reaches them.
 */
export function taggable(text: string): boolean {
  return !text.includes('//');
}

/** A text's tokens as wink reads them: each one's text, part of speech, lemma and the spaces before it. */
export interface Tokens {
  readonly values: readonly string[];
  readonly pos: readonly string[];
  readonly lemmas: readonly string[];
  readonly spaces: readonly string[];
}

/**
 * The texts read last, with their tokens: a title's steps read the same text again and again (over the dev articles
 * a third of the reads were of one of the last eight texts), and reading it is most of a title's cost.
 */
const recent = new Map<string, Tokens>();
const RECENT = 8;

/** A text's tokens (shared with other callers that read the same text: not to be changed). */
export function readTokens(text: string): Tokens {
  const known = recent.get(text);
  if (known) return known;
  const nlp = tagger();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const read: Tokens = {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    // wink's types give its.lemma a parameter list out() does not accept; it is called the same way as its.value.
    lemmas: tokens.out(its.lemma as unknown as typeof its.value) as string[],
    spaces: tokens.out(its.precedingSpaces) as string[],
  };
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, read);
  return read;
}
