/**
 * Every match of the global pattern `re` in `text`, in order: what `[...text.matchAll(re)]` gives, without the copy of
 * the pattern and the iterator matchAll makes on each call (a few a sentence, a few per cent of extraction). Like
 * matchAll it starts at the pattern's lastIndex and leaves it as it found it, and steps past an empty match.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  try {
    while ((m = re.exec(text))) {
      out.push(m);
      if (m[0] === '') re.lastIndex = stepPast(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The last match of the global pattern `re` in `text` (as matchesOf reads them), or null when it has none. */
export function lastMatchOf(re: RegExp, text: string): RegExpExecArray | null {
  return matchesOf(re, text).at(-1) ?? null;
}

/** The index after the character at `at`: a surrogate pair is one character to a pattern that reads code points. */
function stepPast(text: string, at: number, codePoints: boolean): number {
  if (!codePoints || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

// Patterns made from a word of the text ("\bflood", "\s+Mr Lund\b") recur across the sentences of one article, and a
// pattern built on each call was compiled again each time. Kept by source and flags; emptied when full, so a long
// text's words do not pile up. Only for patterns read without lastIndex (test, search, a non-global exec, matchAll,
// which copies its pattern): a cached pattern is shared by every caller that asks for it.
const PATTERNS = new Map<string, RegExp>();
const MAX_PATTERNS = 512;

/** `new RegExp(source, flags)`, the same object for the same source and flags while it is kept (see PATTERNS). */
export function patternOf(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = PATTERNS.get(key);
  if (!re) {
    if (PATTERNS.size >= MAX_PATTERNS) PATTERNS.clear();
    re = new RegExp(source, flags);
    PATTERNS.set(key, re);
  }
  return re;
}
