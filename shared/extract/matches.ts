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
