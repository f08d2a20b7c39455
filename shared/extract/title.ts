// Turns a clause into a short event title: the time phrase, attribution and asides are dropped, since the
// date and the evidence span already carry them, and what is left is cut at a clause boundary.

export const MAX_TITLE = 80;

const ATTRIBUTION_TAIL =
  /,?\s+(?:(?:a|an|the)\s+[^,.;"“”]{0,80}?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|he|she|they|officials?|sources?)\s+(?:said|says|told\s+\w+|added|stressed|noted|reported|stated|explained|claimed)(?:\s+\w+)?\s*[.!?]?$/;
const LEADING_DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? ?(?:--|—|–) ?/;
const ATTRIBUTION_HEAD = /^(?:according\s+to\s+[^,]+,\s*)/i;
const SAID_THAT =
  /^(.{3,80}?)\s+(?:said|says|told\s+\w+|announced|stated|claimed)(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?(?:he|she|it|they)\s+(?:had\s+|has\s+|have\s+|would\s+)?(.+)$/i;
const SEQUENCE_ADVERBS = /\b(?:subsequently|then|later|afterwards|thereafter|eventually|also)\s+/gi;
const CUT_AT = /\s+(?:without|while|which|who|whereas|because|although|though|in order to|to prevent|to avoid|despite|as well as|so that)\s+|,\s+(?!(?:and|or)\b)|;\s+|\s+[—–-]\s+/g;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Removes the given character ranges (time phrases) and the prepositions and commas around them. */
export function removeRanges(text: string, ranges: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    let start = r.start;
    let end = r.end;
    const before = text.slice(at, start);
    // "Early on Sunday", "over the weekend", "between 2010 and 2015", "This past summer": the words that only
    // lead into the time phrase go with it, or the title is a fragment ("Early gunmen attacked …").
    const prep = /(?:\b(?:(?:early|late|earlier|later)\s+)?(?:on|in|at|by|since|after|before|following|prior\s+to|from|during|until|till|as\s+of|early|late|of|for|between|throughout|within)\s+(?:the\s+)?|\bthis\s+)$/i.exec(before);
    // "won in the 2019 election": a year naming the thing after it goes alone ("won in the election").
    const namesNoun = /^\d{4}$/.test(text.slice(r.start, r.end)) && /\bthe\s+$/i.test(before) && /^\s+(?!(?:and|or|but|when|after|before|because|while|until|as|was|were|is|are|had|has|have|to|for|in|on|at|of)\b)[a-z]{3,}/.test(text.slice(end));
    if (prep && !namesNoun) start -= prep[0].length;
    // "over the weekend", "over the past week"; not "took over Monday".
    const over = /\bover\s+$/i.exec(text.slice(at, start));
    if (over && /^(?:the|past|last|this|recent)\b/i.test(text.slice(start))) start -= over[0].length;
    // "Friday's revoting": the possessive goes with its date.
    if (/^['’]s\b/.test(text.slice(end))) end += 2;
    if (/^\s*,/.test(text.slice(end))) end += /^\s*,/.exec(text.slice(end))![0].length;
    if (start < at) start = at;
    out += text.slice(at, start);
    at = Math.max(at, end);
  }
  out += text.slice(at);
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

// Words that cannot end a title: once the time phrase is gone, "propelled the country into" or "accepted
// through" would be a fragment.
const DANGLING = /(?:\s+|^)(?:into|onto|to|through|from|until|till|by|on|in|at|of|for|since|during|between|and|or|but|the|a|an|as|than|with)$/i;

function dropDanglingWords(t: string): string {
  let out = t;
  for (let i = 0; i < 4 && DANGLING.test(out); i++) out = out.replace(DANGLING, '').replace(/[\s,;:]+$/, '');
  return out || t;
}

export function makeTitle(clause: string): string {
  let t = clause
    .replace(/\([^)]*\)/g, '')
    .replace(/["“”«»]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  t = t.replace(ATTRIBUTION_HEAD, '');
  // A dateline the importer did not set apart ("TULSA, Okla. -- The council …") is not part of the event.
  t = t.replace(LEADING_DATELINE, '');
  t = t.replace(/^(?:and|but|so|yet|then|when|after|as)\s+/i, '');
  t = t.replace(/^,\s*/, '');
  // A linking adverb opening the sentence ("Instead, …", "Meanwhile, …") ties it to the one before; a title stands alone.
  t = t.replace(/^(?:instead|meanwhile|however|separately|moreover|furthermore|additionally|in\s+addition|in\s+turn),\s*/i, '');
  const said = SAID_THAT.exec(t);
  if (said && said[1].split(/\s+/).length <= 8) t = `${said[1]} ${said[2]}`;
  t = t.replace(ATTRIBUTION_TAIL, '');
  t = t.replace(SEQUENCE_ADVERBS, '');
  // Manner and purpose asides ("without encountering resistance", "to prevent bloodshed") go first.
  if (t.length > MAX_TITLE) t = t.replace(/\s+(?:without|to prevent|to avoid|in order to|so as to)\s+[^,;]*?(?=\s+and\s+|[,;]|$)/gi, '');
  t = t.replace(/^(?:the|a|an)\s+(?=\S)/i, '');
  t = t.replace(/[\s,;:.]+$/, '').trim();
  if (t.length > MAX_TITLE) {
    // Prefer a clause boundary that keeps at least a few words.
    let cut = -1;
    for (const m of t.matchAll(CUT_AT)) {
      if (m.index! >= 20 && m.index! <= MAX_TITLE) cut = cut < 0 ? m.index! : cut;
    }
    if (cut < 0) {
      const and = t.indexOf(' and ', 20);
      if (and > 0 && and <= MAX_TITLE) cut = and;
    }
    if (cut > 0) t = t.slice(0, cut);
  }
  if (t.length > MAX_TITLE) {
    const space = t.lastIndexOf(' ', MAX_TITLE - 1);
    t = `${t.slice(0, space > 20 ? space : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
  }
  return capitalise(dropDanglingWords(t.replace(/[\s,;:.]+$/, '')));
}
