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

/** Sentence spans of a text; whitespace between sentences belongs to none. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /([.!?]+["'”’)]*)(\s+)(?=["'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z"“])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1]) {
      // Find the word before the full stop to rule out abbreviations and initials.
      const before = text.slice(start, m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
      const bare = word.toLowerCase().replace(/\.$/, '');
      if (m[1] === '.' && (ABBREVIATIONS.has(bare) || /^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word))) {
        // "p.m." and "a.m." do end sentences when the next word is clearly a new sentence start,
        // but telling that apart needs more than a regex, so keep them joined: a long sentence is harmless.
        continue;
      }
      const end = m.index + m[1].length;
      pushSpan(text, spans, start, end);
      start = end + m[2].length;
    } else {
      pushSpan(text, spans, start, m.index);
      start = m.index + m[0].length;
    }
  }
  pushSpan(text, spans, start, text.length);
  return spans;
}

function pushSpan(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
