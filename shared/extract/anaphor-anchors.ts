// Which date an anaphor counts from when reading order alone would pick the wrong one: a day told in a past-perfect
// flashback is not where the story is ("On Friday the pipe burst. The crew had checked it on March 2. The next
// morning …" is Saturday's), and a quote's "yesterday" counts from when it was said, when the text says when.

import { participle } from './anchor';
import { PAST_ONLY, TELLING_OR_TOLD_WORD, TELLING_VERB_RE, tellingNounBefore, WAKING_PART_ALTS, WEEKDAY_RE, weekdayNumber } from './lexicon';
import { quoteMarks } from './quote-marks';
import { weekdayNear } from './rules/calendar-math';
import { addDays, type Ymd } from '../time-value';

// What ends a clause: a semicolon, a colon, a quote mark, a conjunction opening another predicate.
const CLAUSE_BREAK = /[;:"“”]|,\s+(?:and|but|then|while|when|after|before|as)\s|\s(?:and|but|when|after|before|while|because|until)\s/g;
// "had checked", "had last looked", "had long been": the past perfect; "had to", "had a" are not.
// "had been inspected" is taken whole, so that its participle is not read as a verb of its own.
const HAD_PARTICIPLE = /\bhad\s+(?:(?:not|never|already|just|also|last|first|only|since|earlier|previously|once|twice|long|all|both|[a-z]{3,}ly)\s+)?([a-z]+)(?:(?<=\bbeen)\s+[a-z]+)?\b/gi;
// Only a short stretch around a date is read: a clause is seldom longer, and a run-on line must cost no more.
const REACH = 200;

/**
 * Whether the clause holding `at` in the sentence from `sentenceStart` to `sentenceEnd` of `text` is told in the past perfect, as a flashback from where the story is:
 * its verb nearest the date is "had" and a participle. Not in a sentence that reports speech, where the past perfect
 * only shifts a telling's past back ("police said the man had fled on Friday" tells of the story's own Friday).
 */
export function pastPerfectAt(text: string, at: number, sentenceStart = 0, sentenceEnd = text.length): boolean {
  const from = Math.max(sentenceStart, at - REACH);
  const near = text.slice(from, Math.min(sentenceEnd, at + REACH));
  if (!/\bhad\s/i.test(near) || TELLING_OR_TOLD_WORD.test(near)) return false;
  const pos = at - from;
  let start = 0;
  let end = near.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(near); m; m = CLAUSE_BREAK.exec(near)) {
    if (m.index < pos) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  // The verb before the date governs it ("who had returned from abroad, was at the clinic on Saturday": "was");
  // a date opening its clause takes the verb after it ("On March 2 the crew had checked …").
  const before = lastPerfect(near.slice(start, pos));
  if (before >= 0) return !otherVerb(near.slice(start + before, pos));
  let after = near.slice(pos, end);
  // "got into its network on 27 October through a staff account, whose password had been exposed": a date told
  // inside its clause, after the clause's words, is not that of a perfect in a relative clause that follows it.
  // Any word of the clause before the date will do ("were first alerted at about 10 p.m. on Wednesday by a teacher who
  // had been sent …"); a date opening its clause ("On March 2 the crew had checked") takes the verb after it.
  if (/[a-z]{3,}\s/i.test(near.slice(start, pos))) {
    const rel = RELATIVE_AFTER.exec(after);
    if (rel) after = after.slice(0, rel.index);
  }
  const next = lastPerfect(after, true);
  return next >= 0 && !otherVerb(after.slice(0, next));
}

// ", whose password", ", which had", "by a skipper who had seen": a relative clause after a date, set off or not, is
// about a noun, not the date's clause ("that" is left out: it also opens what a verb reports).
const RELATIVE_AFTER = /(?:,\s+|\s)(?:who|whose|which|whom)\s/i;

// A verb of its own between a past perfect and the date ("In August 1981 three birds pushed through a gate that a
// driver had left open"): the date is that verb's. An -ed word after a determiner is an adjective ("the damaged gate").
const FINITE = /\b(?:was|were|is|are|am|has|have|did|does|do|will|would|can|could|may|might|must|shall|should)\b/i;
const PAST_ED = /(?<!\b(?:the|a|an|its|their|his|her|our|this|that)\s)\b[a-z]{3,}ed\b/i;

function otherVerb(between: string): boolean {
  return FINITE.test(between) || PAST_ED.test(between) || (between.match(/[a-z]+/gi) ?? []).some((w) => PAST_ONLY.has(w.toLowerCase()));
}

// "had come down", "had run dry": participles spelled as a present too, which participle() leaves alone, but after
// "had" can be nothing else.
const HAD_ONLY_PARTICIPLES = new Set(['come', 'become', 'overcome', 'run', 'overrun']);

/** Where the last "had" and participle in `clause` ends, or (`first`) where the first starts; -1 when it has none. */
function lastPerfect(clause: string, first = false): number {
  let found = -1;
  HAD_PARTICIPLE.lastIndex = 0;
  for (let m = HAD_PARTICIPLE.exec(clause); m; m = HAD_PARTICIPLE.exec(clause)) {
    const w = m[1].toLowerCase();
    if (w === 'to' || !(HAD_ONLY_PARTICIPLES.has(w) || participle(w))) continue;
    found = m.index + m[0].length;
    if (first) return m.index;
  }
  return found;
}

// Quote marks are counted from the paragraph's start; in a paragraph longer than this no position is taken to be in a
// quote, so that a megabyte-long line costs no more per date than an ordinary one.
const QUOTE_REACH = 3000;

/** Whether `at` sits inside a quotation opened in its paragraph (from `paraStart`). */
export function insideQuote(text: string, paraStart: number, at: number): boolean {
  if (at - paraStart > QUOTE_REACH) return false;
  const marks = quoteMarks(text, paraStart, at);
  return marks.length > 0 && marks[marks.length - 1].opens;
}

// "We spoke to her on Monday", "in an interview on Monday", "said on Monday", "told the paper Monday": the day right
// after these words is when what is quoted next was said.
// "We visited her at the bakery on Friday", "I met him on Monday": the writer's own visit is when the talk was had.
const SPOKEN_BEFORE_DATE = new RegExp(
  String.raw`(?:\b(?:${TELLING_VERB_RE}|spoke|speaking|talked|talking)(?:\s+(?:to|with)\s+[^.;:"“”]{1,40}?)?|\binterview(?:ed)?(?:\s+[^.;:"“”]{1,40}?)?|\b(?:we|I)\s+(?:visited|met)\s+[^.;:"“”]{1,40}?)\s+(?:on\s+)?$`,
  'i',
);

/** Whether the date at `start` says when someone spoke (an interview's day, a telling's). */
export function datesSpeaking(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return SPOKEN_BEFORE_DATE.test(before) && !tellingNounBefore(before);
}

// '…," she said on Monday.', '…," said Ama Osei yesterday.', '…," the coach said last night.': the quote closes and its
// telling names its day.
const CLOSING_TELLING_DAY = new RegExp(
  String.raw`^[^"”]{0,300}?["”]\s*,?\s*(?:(?:[A-Z][\w'’.-]*|he|she|they|we|it|the\s+[a-z]+)(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:${TELLING_VERB_RE})|(?:said|says)(?:\s+[A-Z][\w'’.-]*){1,3})\s+(?:on\s+)?(${WEEKDAY_RE}|yesterday|last\s+night|today|tonight|this\s+(?:${WAKING_PART_ALTS}))\b`,
);

/** The day of the telling that closes the quote holding the text from `at`, counted from `dct`, or null. */
export function closingTellingDay(text: string, at: number, dct: Ymd): Ymd | null {
  const m = CLOSING_TELLING_DAY.exec(text.slice(at, at + 400));
  if (!m) return null;
  const said = m[1].toLowerCase();
  // "…," she said yesterday': a quote's "today" is the day before publication.
  if (said === 'yesterday' || said.startsWith('last')) return addDays(dct, -1);
  if (said === 'today' || said === 'tonight' || said.startsWith('this')) return dct;
  const wd = weekdayNumber(m[1]);
  return wd ? weekdayNear(dct, wd, 'past') : null;
}

// "Who will take over?": a paragraph that is one short question, as an interview printed as questions and answers asks.
const QUESTION_PARAGRAPH = /^[^\n]{2,200}\?$/;

/** Whether the paragraph `para` (trimmed of its blank lines) is an interviewer's question standing alone. */
export function asksQuestion(para: string): boolean {
  const p = para.trim();
  return p.length <= 202 && QUESTION_PARAGRAPH.test(p) && !/[.!]\s+[A-Z]/.test(p);
}
