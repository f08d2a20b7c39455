// A sentence splitter that knows news abbreviations ("Aug. 7", "U.S.", "Mr.", "p.m.") so that a date
// such as "Aug. 7" is never cut in two.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'jr',
  'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'prof', 'rev', 'ft',
  'mt', 'pres', 'gov', 'ave', 'blvd', 'dept', 'est', 'approx', 'fig', 'op', 'pp', 'vol', 'u.s', 'u.n', 'u.k', 'e.g',
  'i.e', 'a.m', 'p.m', 'd.c', 'calif', 'fla', 'mass', 'wash', 'ore', 'ariz', 'colo', 'conn', 'ill', 'ind', 'kan', 'md',
  'mich', 'minn', 'miss', 'mo', 'neb', 'nev', 'okla', 'pa', 'tenn', 'va', 'vt', 'wis', 'wyo', 'ga', 'la', 'ky', 'ala',
]);

/**
 * Sentence spans of a text; whitespace between sentences belongs to none. With `max`, stops once it has that
 * many: a caller that wants the first sentence of a long paragraph does not pay for reading all of it.
 */
export function splitSentences(text: string, max = Infinity): Span[] {
  const spans: Span[] = [];
  // A paragraph that is a list item starts after its marker.
  let start = /^[-*•][ \t]+(?=[A-Z"“])/.exec(text)?.[0].length ?? 0;
  // The lookbehind starts a run of full stops only at its first one, so "!!!!…" is read once, not once per mark.
  // A list item ("- Approved a contract …", "• Set a hearing …") is a sentence of its own, whether its line was kept or
  // joined to the one before ("… the board: - Approved …. - Heard …"): the marker is skipped with the space before it.
  const re = /(?<![.!?])([.!?]+["'”’)]*)(\s+(?:[-•][ \t]+)?)(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z"“])|(?:\n|(?<=:))[ \t]*[-*•][ \t]+(?=[A-Z"“])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]) {
      // The word before a lone full stop rules out abbreviations and initials. It is short, so only the last few
      // characters are read, by hand: a paragraph of initials has a candidate at every other character.
      const before = m[1] === '.' ? wordBefore(text, Math.max(start, m.index - 24), m.index) : '';
      if (m[1] === '.' && isAbbreviationOrInitial(before) && !clockEndsSentence(before, text, m.index + 1 + m[2].length)) continue;
      const end = m.index + m[1].length;
      pushSpan(text, spans, start, end);
      start = end + m[2].length;
    } else {
      pushSpan(text, spans, start, m.index);
      start = m.index + m[0].length;
    }
    if (spans.length >= max) return spans.slice(0, max);
  }
  pushSpan(text, spans, start, text.length);
  return spans.length > max ? spans.slice(0, max) : spans;
}

/** The words of a text's sentences, as splitSentences reads them (at most `max`). */
export function sentenceTexts(text: string, max = Infinity): string[] {
  return splitSentences(text, max).map((s) => text.slice(s.start, s.end));
}

// What follows "9 a.m." inside its sentence: a day, a month, a time zone ("at 9 a.m. Monday", "10 p.m. EST").
const CLOCK_FOLLOWER =
  /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)$|^(?:[ECMPA][SD]?T|GMT|UTC|BST|CET|Eastern|Central|Pacific|Mountain|Atlantic|Alaska|Hawaii|Local|Greenwich|Zulu|Today|Tonight|Tomorrow)$/;

/**
 * "… will reopen Tuesday at 9 a.m. Normal hours are …": "a.m." and "p.m." end a sentence when the word after them
 * is capitalised and is no day, month or time zone that would go on the clock time.
 */
function clockEndsSentence(before: string, text: string, next: number): boolean {
  if (!/^[ap]\.m$/i.test(before)) return false;
  let e = next;
  while (e < text.length && e < next + 20 && /[A-Za-z]/.test(text[e])) e++;
  const word = text.slice(next, e);
  return /^[A-Z][a-z]+$/.test(word) && !CLOCK_FOLLOWER.test(word);
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** The run of letters and full stops that ends at `end`, not reaching back before `from`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

// Abbreviations of names (states, months, weekdays) are written with a capital; in lower case they are words that may
// end a sentence ("when a juror fell ill.", "before the sun.", "to wash.").
const NAME_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'calif', 'fla', 'mass', 'wash', 'ore', 'ariz', 'colo', 'conn', 'ill',
  'ind', 'kan', 'md', 'mich', 'minn', 'miss', 'mo', 'neb', 'nev', 'okla', 'pa', 'tenn', 'va', 'vt', 'wis', 'wyo', 'ga',
  'la', 'ky', 'ala',
]);

function isAbbreviationOrInitial(word: string): boolean {
  if (word.length === 1) return word >= 'A' && word <= 'Z';
  const key = word.toLowerCase().replace(/\.$/, '');
  if (NAME_ABBREVIATIONS.has(key) && !/^[A-Z]/.test(word)) return false;
  return ABBREVIATIONS.has(key) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word);
}

/**
 * No real sentence is this long; a longer run of text (a list without full stops, a pasted table, hostile
 * input) is cut into pieces of at most this size, at a space where there is one. Everything that works on
 * sentences after this (tense, clauses, titles) then costs at most a bounded amount per piece.
 */
export const MAX_SENTENCE = 600;

/** What `\s` matches, read from the character code: a regex per character made a megabyte of tabs slow. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function pushSpan(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    // A space in the second half of the piece, looked for there only (lastIndexOf would scan back to 0).
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && text[cut] !== ' ') cut--;
    if (text[cut] !== ' ') cut = start + MAX_SENTENCE;
    pushSpan(text, spans, start, cut);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) spans.push({ start, end });
}

/** The sentence holding `pos`, or when none does (it sits between two), the 400 characters around it. */
export function sentenceAt(spans: Span[], pos: number): Span {
  const i = sentenceIndexAt(spans, pos);
  return i >= 0 ? spans[i] : { start: Math.max(0, pos - 200), end: pos + 200 };
}

/** The place of the sentence holding `pos` among `spans` (-1 when none does). */
export function sentenceIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
