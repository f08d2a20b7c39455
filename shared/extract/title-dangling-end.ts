import { MONTH_RE, PART_OF_DAY_ALTS, SEASON_ALTS, UNIT_RE, WEEKDAY_RE } from './lexicon';

// A finished title whose last word a cut left dangling (issue 8: a title is never a fragment), mended from the
// words of its evidence: the cut is undone when what it took is short and holds no time, or the title ends earlier
// at a whole clause.

// "The ferry was launched and was" (of "… in 1903 and was for over eighty years the sole crossing"): a helping
// verb joined after a whole clause, its complement gone with the time phrase, adds nothing the title can say.
const JOINED_HELPER = /(?<=\S)\s+and\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)$/i;

// A form of "be" closing the title.
const BE_END = /\b(was|were|is|are|be|been)$/i;

// What may stand after "to" closing an infinitive the sentence leaves unsaid ("they don't have to.").
// Not before a quotation mark: "lost a season to "a hobby"" goes on into the quotation.
const TO_CLOSED = /^\s+(not\s+)?to(?=\s*(?:[,.;:!?)]|$))/i;

// A word the copula's complement stops before: what follows it is a phrase or a clause of its own.
const COMPLEMENT_STOP = /^(?:by|apart|after|before|since|until|till|when|while|because|although|though|that|which|who|whom|whose|where|and|but|or|as|if|unless|than|despite|except|from|for|with|during)$/i;
// A word that would carry a time into the title (titles never hold the date).
const TIME_WORD = new RegExp(String.raw`^(?:\d.*|${MONTH_RE}|${WEEKDAY_RE}|${UNIT_RE}|${SEASON_ALTS}|${PART_OF_DAY_ALTS}|today|yesterday|tomorrow|tonight|now|then|ago|recently|soon|later|earlier|once|again)$`, 'i');

// A complement of one word that says where or how a thing is ("the new roof will be on by June").
const PARTICLE = /^(?:in|on|out|up|back|over|off|down|home|open|shut|closed|ready|done|finished|gone)$/i;
const ARTICLE = /\b(?:the|a|an)\s+/gi;

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

// A copula, or a demonstrative standing for its subject's noun ("was that of 1963"), closing the title.
const COPULA_END = /\s+(?:was|were|is|are|(?:has|have|had)\s+been)(?:\s+(?:that|those))?$/i;
// A word that names a time by itself: a figure, a month, a weekday, a season or a part of the day.
const DATE_WORD = new RegExp(String.raw`^(?:\d.*|${MONTH_RE}|${WEEKDAY_RE}|${SEASON_ALTS}|${PART_OF_DAY_ALTS}|today|yesterday|tomorrow|tonight)$`, 'i');
// A word that may stand before the time word in a complement that is only a time ("in the winter of", "that of").
const TIME_LEAD = /^(?:on|in|at|during|that|those|of|the|a|early|late|mid|last|next|this|[A-Z][a-z]+)$/;
// "the last time <clause>": the clause is what happened then.
const TIME_OF_CLAUSE = /^(?:the\s+)?(?:last|first|only|previous)\s+time\s+(?:that\s+)?(.+)$/i;
// A teller before the told subject ("Mr Y said the worst month on record was …").
const TOLD_SUBJECT = /^\S.*?\s(?:said|says|added|told\s+\S+)\s+(?:that\s+)?(.+)$/i;
const PRONOUN = /^(?:it|this|that|he|she|they|we|i|you|there)$/i;

/** Whether `after` opens on a complement that is only a time: a date word within five words, only leads before it. */
function timeComplement(after: string): boolean {
  const words = wordsOf(after.slice(0, 80));
  for (const w of words.slice(0, 5)) {
    const bare = w.replace(/[,.;:!?)"”]+$/, '');
    if (DATE_WORD.test(bare)) return true;
    if (!TIME_LEAD.test(bare) || bare !== w) return false;
  }
  return false;
}

/**
 * A title closing on a copula whose complement in the evidence is the time itself ("their last win was on Boxing
 * Day", "the last time the dam burst was in the winter of …"): the time stays out of titles, so the copula goes
 * too; "the last time <clause>" gives its clause, a told subject loses the teller whose telling the copula carried,
 * and a subject of one pronoun is left as it was. Null when the title is not of that shape.
 */
function withoutTimedCopula(title: string, after: string): string | null {
  if (!COPULA_END.test(title) || !timeComplement(after)) return null;
  const subject = title.replace(COPULA_END, '');
  const clause = TIME_OF_CLAUSE.exec(subject)?.[1];
  const told = TOLD_SUBJECT.exec(subject)?.[1]?.replace(/^(?:the|a|an)\s+/i, '');
  const kept = clause && wordsOf(clause).length >= 3 ? clause : told && wordsOf(told).length >= 2 ? told : subject;
  const words = wordsOf(kept);
  return words.length >= 2 && !PRONOUN.test(words[0]) ? `${kept.charAt(0).toUpperCase()}${kept.slice(1)}` : null;
}

/** What the evidence says right after the title's last word `last`, or null when that word is not found in it. */
function afterLast(evidence: string, title: string): string | null {
  const last = title.slice(title.lastIndexOf(' ') + 1).toLowerCase();
  if (!/^[a-z'’]+$/.test(last)) return null;
  const text = evidence.toLowerCase();
  let at = -1;
  for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + last.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) at = i;
  }
  return at < 0 ? null : evidence.slice(at + last.length);
}

/**
 * `title` without a dangling end: an infinitive's "to" the sentence closes on kept ("They don't have to", "… urge
 * the council not to"); a helping verb joined after a whole clause dropped; a told clause cut after its copula given
 * back the short complement it had ("said the ledger was in good order"), when that fits ten words and holds no time.
 * Unchanged otherwise.
 */
export function withMendedEnd(title: string, evidence: string, maxWords: number): string {
  if (!title || title.endsWith('…')) return title;
  const joined = title.replace(JOINED_HELPER, '');
  if (joined !== title) return joined;
  const n = wordsOf(title).length;
  const after = afterLast(evidence, title);
  if (after === null) return title;
  const to = TO_CLOSED.exec(after);
  if (to) {
    const added = to[1] ? 'not to' : 'to';
    return n + wordsOf(added).length <= maxWords ? `${title} ${added}` : title;
  }
  const timed = withoutTimedCopula(title, after);
  if (timed !== null) return timed;
  if (!BE_END.test(title)) return title;
  // The complement: the words after the copula up to a mark or a word that opens another phrase; quotation
  // marks around its words are the article's, not the title's. A time word or a capital gives the cut back to
  // the date; a complement still running on at ten words is no better cut.
  const shown = after.slice(0, 120);
  const plain = wordsOf(shown.replace(/["“”]/g, ''));
  const complement: string[] = [];
  let closed = false;
  for (const w of plain) {
    const bare = w.replace(/[,.;:!?)]+$/, '');
    if (COMPLEMENT_STOP.test(bare) && complement.length) {
      closed = true;
      break;
    }
    if (!/^[a-z][a-z'’-]*$/.test(bare) || TIME_WORD.test(bare) || COMPLEMENT_STOP.test(bare) || n + complement.length > maxWords) return title;
    complement.push(bare);
    if (bare !== w) {
      closed = true;
      break;
    }
  }
  if (complement.length === plain.length && shown.length === after.length) closed = true;
  if (!closed || (complement.length < 2 && !PARTICLE.test(complement[0] ?? ''))) return title;
  const whole = `${title} ${complement.join(' ')}`;
  if (n + complement.length <= maxWords) return whole;
  // One word over: the told clause's articles go, as a headline drops them ("said ledger was in good order").
  const told = /^(.*?\s(?:said|says|told|tells)\s)(.*)$/i.exec(whole);
  const headline = told ? `${told[1]}${told[2].replace(ARTICLE, '')}` : '';
  return told && wordsOf(headline).length <= maxWords ? headline : title;
}
