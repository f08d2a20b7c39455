import { windowToActLength } from './window-to-act';
import type { Span } from './sentences';
import type { Unit } from './segment';
import type { Timex } from './types';
import { valueToRange } from './resolve';
import { happeningOf, tellingOccasionBefore, tenseAt } from './tense';
import { DAY_VALUE, parseYmd, toDayNumber } from '../time-value';
import { countWords, GIVEN_OUT_RE, holdsPastForm, IRREGULAR_PAST, isTellingWord, MODALS, namedWarAt, NOT_PLURAL_S, NUMBER_WORD_RE, OWN_SUBJECT_WORDS, PART_OF_DAY_ALTS, PAST_ONLY, PAST_PARTICIPLES, SUBJECT_DETERMINER, NIGHTFALL_RE, TELLING_BEFORE_DATE, TELLING_INFINITIVE, TELLING_VERB_RE, tellingBeforeDate, WEEKDAY_RE, WRITTEN_TELLING_VERB_RE, WRITTEN_TELLINGS } from './lexicon';
import { lastMatchOf, matchesOf } from './matches';

// Stage 3: anchor each event to the expression that dates it. A sentence holding several dates is cut into
// clauses, one event each; within a clause the event's own date beats the date of its telling ("said
// Friday"), and two expressions joined by "to", "through" or a dash make one range.

/** An expression that names a stretch of the calendar (not a duration, a set or "now"). */
export function usable(t: Timex): boolean {
  if (t.type !== 'DATE' && t.type !== 'TIME') return false;
  // A bare clock time ("open from 6 a.m. to midnight") names an hour of no particular day: office hours and
  // schedules, not events. With a day of its own ("at 3 p.m. Friday") it is merged into that day's expression.
  if (t.rule === 'clock-time') return false;
  // A weekday of no known week (no publication date) may still carry a guessed year to date its clause by.
  return t.value === 'PAST_REF' || !!t.exact || valueToRange(t.value) !== null;
}

/** "said Friday", "told reporters on Tuesday", "said at a briefing on Monday": an expression that dates only the telling. */
export function datesTheTelling(text: string, t: Timex): boolean {
  // "reported third-quarter earnings": the period names what was reported.
  if (periodModifier(text, t)) return false;
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  return tellingBeforeDate(before) || tellingOccasionBefore(text, t.start) >= 0 || inStatement(text, t) || frontedTelling(text, t) || writtenTellingEnd(text, t) >= 0;
}

// "…, a study published on Tuesday has found.", "…, figures released by the trust on Wednesday show.": after what it
// tells, a written telling (WRITTEN_TELLINGS) given out on a day, then its verb closing the sentence. The day is the
// telling's; what it tells keeps its own date, or none. Read over at most 100 characters before the day and 80 after it
// (the bounded word runs may be split more than one way; the reach keeps that small).
const WRITTEN_TELLER_BEFORE_DATE = new RegExp(
  String.raw`[,;]\s+(?:(?:a|an|the|its|their|his|her|our|new|latest)\s+)?(?:[\w'’-]+\s+){0,3}?(?:${[...WRITTEN_TELLINGS].join('|')})\s+${GIVEN_OUT_RE}(?:\s+(?:by|in|at)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,3}?[\w'’.&-]+)?\s+(?:on\s+|late\s+|early\s+)?$`,
  'i',
);
const WRITTEN_TELLING_AFTER_DATE = new RegExp(
  String.raw`^(?:\s+(?:in|by|at)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+)?,?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?${WRITTEN_TELLING_VERB_RE}(?=["”]?\s*(?:[.!?;]|$))`,
  'i',
);

/** Where the verb of a written telling given out on `t` ends, when it closes the sentence after `t`; else -1. */
export function writtenTellingEnd(text: string, t: Timex): number {
  if (t.type !== 'DATE' || !WRITTEN_TELLER_BEFORE_DATE.test(text.slice(Math.max(0, t.start - 100), t.start))) return -1;
  const m = WRITTEN_TELLING_AFTER_DATE.exec(text.slice(t.end, t.end + 80));
  return m ? t.end + m[0].length : -1;
}

/** Where the comma before a written telling given out on `day` (writtenTellingEnd) sits, looked for from `from`; else -1. */
export function writtenTellerComma(text: string, from: number, day: Timex): number {
  const m = WRITTEN_TELLER_BEFORE_DATE.exec(text.slice(from, day.start));
  return m ? from + m.index : -1;
}

// "On Tuesday the mayor said …": a weekday opening the sentence, then its subject and a telling verb. The weekday is
// the telling's, as in "said on Tuesday"; what it tells in the past perfect is a flashback from it.
const OPENS_SENTENCE = /(?:^|[.!?]["”]?\s+)(?:On\s+)?$/;
const SUBJECT_THEN_TELLING = new RegExp(String.raw`^,?\s+(?:[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2})?[A-Za-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:${TELLING_VERB_RE})\b`);
const WEEKDAY_ONLY = new RegExp(`^(?:on\\s+)?${WEEKDAY_RE}$`, 'i');

/** Whether `t` is a weekday opening its sentence before a subject and a telling verb ("On Tuesday the mayor said"). */
export function frontedTelling(text: string, t: Timex): boolean {
  return WEEKDAY_ONLY.test(t.text) && OPENS_SENTENCE.test(text.slice(Math.max(0, t.start - 6), t.start)) && SUBJECT_THEN_TELLING.test(text.slice(t.end, t.end + 80));
}

export { TELLING_BEFORE_DATE };

// A verb of deciding or promising that takes an infinitive: "agreed", "voted", "decided", "pledged" … to do something.
export const DECISION_VERB = String.raw`(?:agreed|voted|decided|resolved|promised|pledged|vowed|chose|opted|undertook|elected|offered)`;
// How a vote may be told between the verb and its day: "unanimously", "by 14 votes to 9", "23 to 14", "5-2".
export const VOTE_TALLY = String.raw`(?:\s+(?:unanimously|narrowly|overwhelmingly|by\s+[\w-]+\s+(?:votes?\s+)?to\s+[\w-]+|\d+\s+to\s+\d+|\d+\s*[-–]\s*\d+))?`;
// "agreed on Tuesday", "voted 23 to 14 on Tuesday night", "decided last week", "decided in May": the date right after
// the verb.
const DECISION_BEFORE_DATE = new RegExp(String.raw`\b${DECISION_VERB}${VOTE_TALLY}\s+(?:on\s+|in\s+|late\s+|early\s+)?$`, 'i');
// After that day (and a part of it the day's words left out), the infinitive: "… to raise rents". Not a negated one
// ("agreed on Friday not to cut the grass until September"): what was promised is no happening, and the day keeps it.
const INFINITIVE_AFTER_DAY = new RegExp(String.raw`^(?:\s+(?:${PART_OF_DAY_ALTS}))?,?\s+to\s+(?=[a-z]{2,}\s)`);
// "At its meeting last Tuesday, the council voted … to move …": a day fronted in the clause's occasion, then its
// subject (a few words), the verb of deciding, a tally, and the infinitive.
// A letter's salutation may come first ("Sir, - At its meeting …").
const FRONTED_OCCASION = /^[\s"“‘']*(?:(?:Sir|Madam|Sirs),\s[-–—\s]*)?(?:(?:on|at|in|during)\b[^,;]{0,40})?$/i;
const SUBJECT_THEN_DECISION = new RegExp(
  String.raw`^(?:\s+(?:${PART_OF_DAY_ALTS}))?,\s+(?:[\w'’.&-]+\s+){1,6}?(?:also\s+|then\s+|finally\s+)?${DECISION_VERB}${VOTE_TALLY}\s+to\s+(?=[a-z]{2,}\s)`,
  'i',
);

/**
 * "The board agreed on Tuesday to raise rents next year", "At its meeting on Monday, the council voted to shut the pool
 * in March": a day that dates a decision or a promise whose infinitive is told after it. Where the infinitive ("to …")
 * starts, or -1. The infinitive's own date, when it has one, dates what was decided (an event of its own).
 */
export function decisionInfinitiveAt(text: string, t: Timex): number {
  if (t.type !== 'DATE') return -1;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (DECISION_BEFORE_DATE.test(before)) {
    const m = INFINITIVE_AFTER_DAY.exec(text.slice(t.end, t.end + 24));
    return m ? t.end + m[0].length - 3 : -1;
  }
  // Only a few words back: where the sentence opens, within reach of the day.
  const from = Math.max(0, t.start - 62);
  const window = text.slice(from, t.start);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (stop < 0 && from > 0) return -1;
  if (!FRONTED_OCCASION.test(window.slice(stop < 0 ? 0 : stop + 2))) return -1;
  const m = SUBJECT_THEN_DECISION.exec(text.slice(t.end, t.end + 160));
  return m ? t.end + m[0].length - 3 : -1;
}

// "In a statement on Sunday, the army said …": the expression dates the statement, not what it tells. So does the day of
// a written telling: "In an email to customers on Friday, it said …", "In a paper published on Tuesday, the team
// report …", "In a letter sent to parents on Monday, the head wrote …" (who it went to may stand before the day).
const STATEMENT_BEFORE =
  /\b(?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|news\s+release|press\s+release|communiqu[eé]|speech|interview|briefing|news\s+conference|press\s+conference|televised\s+address|letter|e-?mail|memo|message|newsletter|blog\s+post|post|paper|report|study|filing|video)(?:\s+(?:released|issued|published|posted|broadcast|given|held|sent|written))?(?:\s+to\s+(?:[a-z]+\s+)?[a-z]+)?\s+(?:on\s+|late\s+|early\s+)?$/i;

/** Where "In a statement on Sunday" starts, when the expression is such a statement's date; else -1. */
export function statementStart(text: string, t: Timex): number {
  const from = Math.max(0, t.start - 60);
  const m = STATEMENT_BEFORE.exec(text.slice(from, t.start));
  return m ? from + m.index : -1;
}

function inStatement(text: string, t: Timex): boolean {
  return statementStart(text, t) >= 0;
}

// "fell 17% compared to 2008", "up from a year earlier", "more than in 2005": the expression names the
// yardstick of a comparison, not the time of the clause's event.
// Not "up" or "down" as the particle of a verb of putting up or taking down ("the stalls go up from May 2", "the signs
// come down from Monday"), which starts a stretch.
const COMPARED_BEFORE = /\b(?:compared\s+(?:to|with)|than(?:\s+(?:in|during|at))?|versus|vs\.?|(?<!\b(?:go|goes|going|went|come|comes|coming|came|put|puts|putting|set|sets|pull|pulls|pulled|take|takes|taken|taking|took|shut|shuts|close|closes|closed)\s)(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?from)\s+(?:(?:the\s+same\s+\w+|the\s+end)\s+(?:of|in|last)\s+)?$/i;

// "no later than Jan. 31", "not earlier than May": a deadline or a first day, not a yardstick.
const LIMIT_THAN = /\bno[t]?\s+(?:later|earlier|sooner)\s+than\s+$/i;

export function comparedWith(text: string, t: Timex): boolean {
  const before = text.slice(Math.max(0, t.start - 48), t.start);
  if (COMPARED_BEFORE.test(before) && !LIMIT_THAN.test(before)) return true;
  return /\bearlier$/i.test(t.text) && /\bfrom\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start));
}

// "through Tuesday night and most of Wednesday": the next day, or part of it, after a day.
export const PART_OF_NEXT_DAY = /^,?\s+and\s+(?:most|much|part|all|the\s+rest)\s+of\s+$/i;
// Also before "with …" ("expected for 2006, with deadlines already passed on Nov. 13") and an infinitive
// ("… affected from May 1 to June 30, 2006, to register by Friday, July 14").
// "A dividend is payable on May 3 to holders on the register at April 2": the record day is a happening of its own.
// "sailed on Monday, only to turn back the next day": the outcome after "only to" is a happening of its own.
// "The pool shut in May, so swimmers will use the lake on Friday": ", so" joins a consequence, a clause of its own (not
// "so that", "so far", "so much").
// "The roof leaked all winter, though the hall stayed open on New Year's Eve": ", though" and a subject join a
// concession, a clause of its own with its own time.
const CLAUSE_CUT = /;\s+|,\s+(?:even\s+)?(?:al)?though\s+(?=(?:he|she|it|they|we|I|you|there|the|a|an|its|his|her|their|our|this|these|those)\s)|:\s+(?=(?:the|a|an|its|his|her|their|our|this|these|those|it|he|she|they|we)\s)|\s(?=to\s+(?:share|stock)?holders\s+(?:of\s+record|on\s+the\s+register)\s+(?:at|on|as\s+of)\s)|,\s+(?:and|but|while|whereas)\s+|,\s+(?=so\s+(?!(?:that|far|much|many|long|too|as|to|called)\b))|(?<=\b(?:and|but)),\s+|,\s+(?=(?:on|in|by|since|with)\s)(?!(?:by|in|on|with)\s+(?:contrast|comparison|fact|turn|short|particular|general|addition|hindsight|the\s+other\s+hand|the\s+whole)\b)|,\s+(?=to\s+(?!the\s|a\s|an\s)[a-z]+\s)|,\s+(?=only\s+to\s+[a-z]+\s)/g;

// "…, a ruling the high court overturned the next year": the noun may have a relative clause of its own subject.
const APPOSITIVE_PARTICIPLE = /,\s+(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?)?(?:(?:first|originally|once|later|only)\s+)?(?:[a-z]{2,}ed|built|made|held|written|begun|won|sold|known|given|taken)\s/i;
const BORN_OPENER = /^["“]?Born\s[^,;]{1,80},\s+/;
const BIRTH_APPOSITIVE = /^(?:the|a|an)\s[^,;]{1,80},\s+(?=(?:he|she|they|we|I)\s)/i;

const HOLIDAY_FOR_LEAD = /\bfor\s+(?:the\s+)?$/i;
// "came back from the Christmas break", "after the Easter holidays": the holiday names a break, which runs over days
// around it; another date beside it says when.
const HOLIDAY_BREAK_AFTER = /^\s+(?:break|holidays?|recess|vacation|shutdown)\b/i;

/** "closed for Christmas", "broke up for the Easter holidays": a holiday named as what a happening is for, or as a break. */
export function holidayFor(text: string, t: Timex): boolean {
  return t.rule.startsWith('holiday/') && (HOLIDAY_FOR_LEAD.test(text.slice(Math.max(0, t.start - 10), t.start)) || HOLIDAY_BREAK_AFTER.test(text.slice(t.end, t.end + 12)));
}

/** Two expressions a few words apart with no conjunction or semicolon between them: one clause's. */
function sameStretch(text: string, a: Timex, b: Timex): boolean {
  const gap = b.start > a.end ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  return gap.length <= 40 && !/[;.]|\b(?:and|but|while|then|when|after|before)\b/i.test(gap);
}

/** A clause, and the subject it shares with a clause set off before it ("Smith, who …, died"). */
export interface Clause extends Span {
  subject?: Span;
  /** A clause with no date of its own after an aside, dated by the clause before the aside ("In May, Smith,
   * who …, resigned"). */
  borrow?: Span;
  /** A non-restrictive relative or appended phrase ("…, which the storm hit a week ago"). */
  aside?: boolean;
  /** A participle phrase set off inside the clause ("why the main, laid in 1961, was still …"): its words are the
   * clause's, its dates are not. */
  hole?: Span;
  /** Such a phrase itself: the clause around it is joined across it. */
  inner?: boolean;
  /** A second conjunct cut from the clause before it by its tense ("will meet on Tuesday, and two members have
   * called …"): no date of its own. */
  conjunct?: boolean;
  /** Such a first conjunct whose second, sharing its subject, runs in the present perfect up to now ("fell 6 percent
   * and have shed a third of their worth since January"): the latest happening, on the day the story tells of. */
  beside?: boolean;
  /** Such a first conjunct told beside a second's stretch "since" a date, with its own subject ("Ash fell all
   * afternoon, and the airport has been closed since Monday"): the day in focus when a recent one is known. */
  besideSince?: boolean;
  /** A second conjunct that goes on from the first's date with no date of its own ("proposed it in 1965, but the plan
   * was shelved"): after that date, not on it. */
  after?: boolean;
  /** A first conjunct with its own subject before a second that holds the clause's date ("Detectives matched the
   * marks, and the thief was arrested on June 2"): on or before that date, not on it. */
  precedes?: boolean;
  /** Such a first conjunct whose clock time is later in the day than the second's ("shut at 9 p.m., and it reopened at
   * 5 a.m. on Friday"): on a day before the second's, the day in focus when one is known. */
  dayBefore?: boolean;
}

// Phrases set off by a comma that carry their own event and date, not the main clause's (families 1 and 2
// of issue 8): "Smith, who in 1990 founded the firm, died on March 3"; "aid reached the island, which the
// storm hit a week ago"; "…, according to figures released on April 3"; "…, to be released in 2011".
// A second predicate in the past after "and" is one too when a comma sets it off ("GM left bankruptcy in
// July, and re-entered the market in November 2010"), or when the first is in the present ("Apple is the
// maker of the iPod and launched its store on April 28, 2003").
// A past participle, as a phrase set off by a comma opens ("built in 1932", "first held in 1896").
const PARTICIPLE = String.raw`(?:(?:first|originally|once|newly|recently|later|last)\s+)?(?:[a-z]{2,}ed|built|born|made|held|written|taken|won|sold|known|begun|bought|brought|sent|given|seen|shot|struck|paid|laid|kept|lost|drawn|grown|chosen|stolen|sworn|shut|run|sung|spoken|thrown|flown|found|fought|taught|rebuilt|broken|beaten|driven|caught|set(?!\s+(?:to|for)\s))`;
// "Brindle, a mill town, last flooded in 1968, when …": after a noun phrase in apposition, a verb led by a time adverb
// is the sentence's own, not a participle phrase set off (one is, after a bare subject: "The fair, last held in 2011,").
const ADVERB_LED_AFTER_APPOSITIVE = String.raw`(?<=,\s(?:a|an)\s(?:[^,;]|,(?=\d)){1,60},\s)(?:first|originally|once|newly|recently|later|last)\s`;
// ", making aid available for losses from June 30 through July 22": a participle phrase holding a range of its own.
const GERUND_RANGE = String.raw`[a-z]{3,}ing\s[^,;]{0,60}?\b(?:from|between)\s+(?:[A-Z][a-z]{2,}\.?\s+)?\d`;
// ", up from 6.8 percent in December": the figure before, at its own date.
const UP_FROM = String.raw`(?:up|down)\s+from\s+[^,;]{0,40}?\b(?:in|on|at)\s+[A-Z\d]`;
const HOLDING_ONLY = new RegExp(String.raw`^,\s+(?:${GERUND_RANGE}|${UP_FROM})`);
// "Orrin & Sons, the rope maker founded in Hale in 1880, agreed on Friday …": a noun phrase set off after a noun, whose
// participle and preposition tell of that noun at its own date, like a bare participle phrase.
// "The chairman, a cutter named Alma Fenn who has worked there since 1949, said on Thursday …": a noun phrase set
// off whose relative clause holds a date of its own.
const APPOSITIVE_RELATIVE = String.raw`(?:the|a|an)\s+[a-z-]+\s[^,;:"“”]{0,60}?\b(?:who|which)\s`;
const APPOSITIVE_RELATIVE_AT = new RegExp(String.raw`^,\s+${APPOSITIVE_RELATIVE}`);
const TELLING_AFTER = new RegExp(String.raw`^\s+(?:${TELLING_VERB_RE}|told)\b`);
// Not a relative clause ("an adult who had returned from …"), whose verb is no participle.
const APPOSITIVE_HEAD = String.raw`(?:the|a|an)\s+(?:(?!(?:who|which|that|whom|whose|and|or|had|has|have|was|were|is|are)\s)[a-z-]+\s+){1,3}(?=${PARTICIPLE}\s+(?:in|on|at|during|from|since)\s)`;
// "drew maps at a depot, a job he spoke of only once, in an interview in 1975": a noun phrase closing the sentence
// whose relative clause has no pronoun of its own ("a job [that] he spoke of"); its date is that clause's, not the
// main clause's.
const CONTACT_APPOSITIVE = String.raw`(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:he|she|they|we|I)\s+(?!(?:is|are|was|were|said|says)\s)[a-z]{3,}\s`;
const SPAN_BOUND_BEFORE = /\b(?:until|till|since|from|through)\s+(?:(?:his|her|their|its|the)\s+[a-z]+\s+in\s+)?$/i;
const CONTACT_APPOSITIVE_AT = new RegExp(String.raw`^,\s+${CONTACT_APPOSITIVE}`);
const ASIDE_OPEN = new RegExp(
  String.raw`,\s+(?:(?=${CONTACT_APPOSITIVE})|(?:who|which|whom|whose|where)\s|(?:from|in|at|with|by|for|during|under|through|on)\s+(?:which|whom)\s|(?=according\s+to\s)|(?=to\s+be\s+[a-z]+ed\b)|(?=meaning\s)|(?=(?:expected|set|due|scheduled)\s+to\s+[a-z]+\s)|(?=(?:losing|gaining|leaving|bringing|ending|closing|concluding|capping|costing|raising|cutting)\s)|(?=the\s+(?:last|latest|first)\s+(?:one\s+)?(?:on|in|at)\s)|(?=${GERUND_RANGE})|(?=${UP_FROM})|(?!${ADVERB_LED_AFTER_APPOSITIVE})(?=${PARTICIPLE}\s+[a-z\d])|(?=${APPOSITIVE_HEAD})|(?=${APPOSITIVE_RELATIVE}))|,?\s+and\s+(?=[a-z][a-z-]*ed\s)`,
  'g',
);
// "The bridge, built in 1932, was closed on Friday": a participle phrase set off after the subject.
const PARTICIPLE_AFTER_COMMA = new RegExp(String.raw`^,\s+(?:${APPOSITIVE_HEAD})?(?!(?:expected|set|due|scheduled)\s+to\s)${PARTICIPLE}\s`);

/** The clauses of a unit that each carry their own date. */
export function clauses(text: string, start: number, end: number, timexes: Timex[]): Clause[] {
  const out = splitClauses(text, start, end, timexes);
  // A participle phrase inside a clause: the words before and after it are one clause, with the phrase as a hole.
  for (let i = 1; i + 1 < out.length; i++) {
    const c = out[i];
    if (!c.inner) continue;
    const before = out[i - 1];
    const after = out[i + 1];
    if (before.end > c.start || after.start < c.end || before.aside || before.hole) continue;
    // "The line was rebuilt in 2003, and the station, closed in 2009, was repaired this summer": when the words after
    // the phrase have a date of their own, a conjunct before it with another date is a clause of its own.
    const conjunct = ownConjunct(text, before, after, c, timexes);
    const joined: Clause = { start: conjunct ? conjunct.from : before.start, end: after.end, hole: { start: c.start, end: c.end } };
    if (before.subject && !conjunct) joined.subject = before.subject;
    if (conjunct) out.splice(i - 1, 3, { ...before, end: conjunct.end }, joined, c);
    else out.splice(i - 1, 3, joined, c);
  }
  return splitTenseConflict(text, out, timexes);
}

/**
 * Where the clause before a participle phrase splits, when it is two conjuncts (", and" or ", but" with a subject
 * and verb after it) and both the first conjunct and the words after the phrase hold dates of their own: the
 * first conjunct's end and the second's start. Null otherwise.
 */
function ownConjunct(text: string, before: Span, after: Span, phrase: Span, timexes: Timex[]): { end: number; from: number } | null {
  const dated = (s: Span) => timexes.some((t) => t.start >= s.start && t.end <= s.end && usable(t) && !(t.start >= phrase.start && t.end <= phrase.end));
  if (!dated(after)) return null;
  const last = lastMatchOf(AND_CLAUSE, text.slice(before.start, before.end));
  if (!last) return null;
  const at = before.start + last.index;
  const from = at + last[0].length + (/^\s*/.exec(text.slice(at + last[0].length))?.[0].length ?? 0);
  if (!dated({ start: before.start, end: at }) || dated({ start: from, end: before.end })) return null;
  return { end: at, from };
}

const AND_CLAUSE = /,\s+(?:and|but)(?=\s)/g;
const AND_CLAUSE_ANY = /,\s+(?:and|but)\s/;
const AND_WILL = /\sand\s+(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:will|shall)\s/;

// "…, and the schools have been turned into shelters": a conjunct in the present perfect, its subject first.
const PERFECT_CONJUNCT = /^\s*(?:(?!(?:and|or|that|which|who)\s)(?:\d{1,3}(?:,\d{3})+|[\w'’-]+)\s+){1,6}?(?:has|have)\s+(?:(?:not|also|since|already|now|just)\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|un|ht))\b/i;

/**
 * "The council will question the managers at Tuesday's meeting, and two members have called for an inquiry": a
 * second conjunct with its own subject and verb, told in the past while the first, which holds the clause's
 * dates, is told in the future, does not happen on those dates. It is a clause of its own with no date, placed
 * by its tense. So is one in the present perfect after a first told in the simple past ("The army came on Friday,
 * and the schools have been turned into shelters"): what has been done holds up to publication, not on Friday.
 */
function splitTenseConflict(text: string, cs: Clause[], timexes: Timex[]): Clause[] {
  const out: Clause[] = [];
  for (const [i, c] of cs.entries()) {
    const inside = c.aside ? [] : timexes.filter((t) => t.start >= c.start && t.end <= c.end && usable(t) && !(c.hole && t.start >= c.hole.start && t.end <= c.hole.end));
    const undated = inside.length ? null : undatedHead(text, c, cs[i + 1], timexes);
    if (undated) {
      out.push(undated);
      continue;
    }
    const last = inside[inside.length - 1];
    let cut = -1;
    let from = -1;
    let after = false;
    if (last) {
      const rest = text.slice(last.end, c.end);
      for (const m of matchesOf(AND_CLAUSE, rest)) {
        const at = last.end + m.index! + m[0].length;
        if (c.hole && at > c.hole.start) break;
        const second = text.slice(at, c.end);
        // The perfect's own pattern names its subject ("the schools in the town have been …"), which may hold a
        // preposition subjectVerbAt does not pass.
        const perfect = PERFECT_CONJUNCT.test(second.slice(0, 120)) && !/\b(?:has|have|had)\b/i.test(text.slice(c.start, at));
        if (!perfect && subjectVerbAt(text, at) < 0) continue;
        const firstTense = tenseAt(text.slice(c.start, at), last.start - c.start);
        // "Keepers have watched her since March, when she stopped eating, and they moved her in April": a simple past
        // with its own subject after a present perfect "since" stretch is no part of the stretch.
        const afterSince = !perfect && /\b(?:has|have)\s/i.test(text.slice(c.start, last.start)) && SINCE_LEAD.test(text.slice(Math.max(c.start, last.start - 40), last.start)) && !/\b(?:has|have|had)\b/i.test(second.slice(0, 80)) && happeningOf(second) === 'past' && !timexes.some((t) => t.start >= at && t.end <= c.end && t.type !== 'DURATION' && t.type !== 'SET');
        const goesOn = !perfect && !afterSince && firstTense !== 'future' && toldDone(text.slice(c.start, last.end + m.index!)) && goesOnFrom(text, m[0], last, second, at, c.end, timexes);
        // "… said on Monday that she would appeal, and she has 21 days to lodge it": a window to act, counted from the
        // dated clause before it, not a happening on its date (undated-clauses.ts dates it). Only from a day: a window
        // from a coarser or unplaced date could not be dated, and the conjunct is left to its clause.
        const window = firstTense === 'past' && !perfect && !afterSince && !goesOn && DAY_VALUE.test(last.value) && windowToActLength(text, timexes, at, c.end) !== null;
        if ((firstTense === 'future' && happeningOf(second) === 'past') || (firstTense === 'past' && perfect) || afterSince || goesOn || window) {
          cut = last.end + m.index!;
          from = at + /^\s*/.exec(second)![0].length;
          after = goesOn;
        }
        break;
      }
    }
    const lead = cut < 0 && !c.aside && !c.hole && inside.length ? (leadingConjunct(text, c, inside[0], timexes) ?? elidedConjunct(text, c, inside[0]) ?? sinceConjunct(text, c, inside[0])) : null;
    if (lead) {
      const kind = lead.beside ? { beside: true } : lead.besideSince ? { besideSince: true } : lead.precedes ? { precedes: true } : lead.dayBefore ? { dayBefore: true } : {};
      out.push({ start: c.start, end: lead.end, conjunct: true, ...kind });
      const subject = c.subject ?? lead.subject;
      out.push(subject ? { start: lead.from, end: c.end, subject } : { start: lead.from, end: c.end });
      continue;
    }
    if (cut < 0) {
      out.push(c);
      continue;
    }
    const { hole, ...head } = c;
    out.push({ ...head, end: cut });
    const more = after ? { after: true } : {};
    out.push(hole && hole.start >= from ? { start: from, end: c.end, hole, conjunct: true, ...more } : { start: from, end: c.end, conjunct: true, ...more });
  }
  return out;
}

// A first part cut off before its ", and" (", but"), the conjunction left at its end.
const TRAILING_AND = /,\s+(?:and|but)$/;
// A second conjunct that opens on a future verb, its subject the first's: "…, and will reopen", "…, but is to close".
const FUTURE_CONJUNCT = /^\s*(?:(?:also|now|then)\s+)?(?:will|(?:is|are)\s+(?:to|due\s+to|going\s+to))\s+[a-z]/;

/**
 * "The museum called in geologists, and a team recorded the bones between 3 and 9 May": a sentence holding two dates is
 * cut at its clause boundaries, which leaves a first conjunct with no date of its own as a part with none. With its own
 * subject and verb on both sides of the ", and" it is read as such a conjunct beside one date is (leadingConjunct), and
 * else as a clause of its own, placed by its tense; not as no clause at all.
 */
function undatedHead(text: string, c: Clause, next: Clause | undefined, timexes: Timex[]): Clause | null {
  if (!next || c.aside || c.hole || c.conjunct || next.aside || text.slice(c.end, next.start).trim()) return null;
  const and = TRAILING_AND.exec(text.slice(c.start, c.end));
  const first = and && timexes.find((t) => t.start >= next.start && t.end <= next.end && usable(t));
  if (!and || !first) return null;
  const boundary = c.start + and.index;
  const how = happeningOf(text.slice(c.start, boundary));
  if (!how) return null;
  // "The firm cut 40 jobs in its first week, and will hire again from May": a deed told as done beside a plan of the
  // same subject, its verb a future with no subject of its own, is two happenings too.
  const plan = how === 'past' && FUTURE_CONJUNCT.test(text.slice(c.end, c.end + 40));
  if (!plan && !hasOwnSubject(text, c.end, text.slice(c.end, Math.min(next.end, c.end + 200)))) return null;
  const lead = leadingConjunct(text, { start: c.start, end: next.end }, first, timexes);
  const kind = lead?.end !== boundary ? {} : lead.besideSince ? { besideSince: true } : lead.precedes ? { precedes: true } : {};
  return { start: c.start, end: boundary, conjunct: true, ...kind };
}

// A day (or a time of one): a second conjunct beside it is told of that day as often as not ("The storm struck after
// midnight, and the wall was breached").
const DAY_OR_TIME = /-\d{2}-\d{2}(?:T|$)/;
// "…, and the residents then collected 400 signatures", "…, and volunteers later filled sandbags": a "then" or "later"
// after the second's subject says it came after, even after a day.
const THEN_AFTER_SUBJECT = /^\s*(?:(?!(?:and|but|or|when|which|who|that)\s)[\w'’-]+\s+){1,5}?(?:then|later|afterwards|subsequently)\s+[a-z]{3,}/i;

// A head told as done: a past, or no tense the cues settle ("proposed the plan in 1965"), with no helping verb of a
// future or a possibility, nor a present "is"/"are" (lower case only: "May" is a month).
const toldDone = (head: string) => happeningOf(head) !== 'ongoing' && !(head.match(/\b[a-z]+\b/g) ?? []).some((w) => MODALS.has(w) || w === 'is' || w === 'are');

/**
 * "The board proposed the plan in 1965, but it was shelved twice", "Wolves killed 300 sheep last year, and the state
 * paid compensation": a second conjunct with its own subject, told in the simple past with no time of its own, after
 * a first whose last date is the clause's, is a happening that follows that date, not one on it, after "but" (a turn
 * the story takes), after a "then" or "later" of its own, or after a date coarser than a day (a month, a year: the second need
 * not fall within it). After a day, "and" alone is read as the same day, as it is told.
 */
function goesOnFrom(text: string, conj: string, last: Timex, second: string, at: number, end: number, timexes: Timex[]): boolean {
  if (last.type !== 'DATE' || !/^\d{3}/.test(last.value) || subjectVerbAt(text, at) < 0 || happeningOf(second) !== 'past' || /\b(?:has|have|had|will|would|is|are)\b/i.test(second.slice(0, 80))) return false;
  // A time anywhere after the date (a length, "within a month") may be what the second goes on from or is dated by.
  if (timexes.some((t) => t.start >= last.end && t.end <= end)) return false;
  return /but/.test(conj) || THEN_AFTER_SUBJECT.test(second) || !(DAY_OR_TIME.test(last.value) || (last.exact && last.exact.start.length === 10));
}

/**
 * The last conjunction `re` finds in the clause before its first date, within `reach` characters of it: where it
 * starts and ends. Only the words near the date are read, so a run of text with no date costs no more than that.
 */
function lastAndBefore(text: string, re: RegExp, c: Clause, first: Timex, reach: number): { boundary: number; andEnd: number } | null {
  const from = Math.max(c.start, first.start - reach);
  const all = matchesOf(re, text.slice(from, first.start));
  const m = all[all.length - 1];
  return m ? { boundary: from + m.index, andEnd: from + m.index + m[0].length } : null;
}

/** Where a clause is cut into two conjuncts: the first's end, the second's start, and what the second shares. */
interface ConjunctCut {
  end: number;
  from: number;
  subject?: Span;
  beside?: boolean;
  besideSince?: boolean;
  precedes?: boolean;
  dayBefore?: boolean;
}

// The last conjunction before a clause's first date: ", and", ", but" or a bare "and".
const LEAD_AND = /(?:,\s+(?:and|but)|\sand)(?=\s)/g;
// "… and will be sentenced on Nov. 15": the second predicate is still to come.
const WILL_OPENING = /^\s+(?:(?:[A-Za-z][\w'’-]*\s+){0,4}?)(?:will|shall)\s+(?:(?:also|then|now|not)\s+)?[a-z]/;
// A conjunct's own subject: a determiner, a pronoun or a name first (a name may have an aside after it: "Holm, then
// 68, insisted …").
const SUBJECT_OPENING = new RegExp(String.raw`^\s+(?:(?:${OWN_SUBJECT_WORDS})\s|[A-Z][\w'’-]*[\s,])`);
// The common irregular participles after "was"/"were"/"had".
const IRREGULAR_PARTICIPLES = 'been|found|made|held|seen|done|known|shown|built|sold|kept|lost|won|left|sent|shut|set|cut|hit|put|paid|laid|told';
// "was slower than planned", "were quiet": a past "be" with no participle after it tells a state, not a step.
const PAST_STATE_HEAD = new RegExp(`\\b(?:was|were)\\s+(?!(?:[a-z]+ed|${IRREGULAR_PARTICIPLES}|taken|given|brought|caught|thrown|torn|blown|driven)\\b)[a-z]+`, 'i');
// "since" right before a date, with no clause break between ("since Monday", "since early February").
const SINCE_LEAD = /\bsince\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:early|late|mid)[\s-]+)?$/i;
// "the following spring", "two years later", "the next day": a date counted on from what came before.
const LATER_DATE = /\b(?:later|following|next|afterwards?)\b/i;

/**
 * The last ", and" (", but", "and") within `reach` before a clause's first date, with the first conjunct's words before
 * it (up to 300 characters): null when there is none, or those words are fewer than three, too few to be a clause.
 */
function headedConjunction(text: string, c: Clause, first: Timex, reach: number): { boundary: number; andEnd: number; head: string } | null {
  const and = lastAndBefore(text, LEAD_AND, c, first, reach);
  const head = and ? text.slice(Math.max(c.start, and.boundary - 300), and.boundary) : '';
  return and && head.trim().split(/\s+/).length >= 3 ? { ...and, head } : null;
}

/**
 * "The driver was arrested and will appear in court on July 2", "Two hikers were found, and the team came back the
 * following summer": a first conjunct with no date of its own, done in the past, before a second that holds the
 * clause's dates and is still to come, or is counted on from it ("later", "the following …"), does not happen on
 * those dates. It is a clause of its own with no date, placed by its tense. Null when the clause is not so made.
 */
function leadingConjunct(text: string, c: Clause, first: Timex, timexes: Timex[]): ConjunctCut | null {
  const and = headedConjunction(text, c, first, 400);
  if (!and) return null;
  const { boundary, andEnd, head } = and;
  if (happeningOf(head) !== 'past') return null;
  const second = text.slice(andEnd, Math.min(c.end, andEnd + 200));
  const future = WILL_OPENING.test(second) && tenseAt(text.slice(andEnd, Math.min(c.end, first.end + 60)), first.start - andEnd) === 'future';
  // Counted on from the first: only a second conjunct with its own subject, set off by a comma.
  const ownSubject = hasOwnSubject(text, andEnd, second);
  // Or one with no subject of its own, its past verb right after a bare "and" ("was sent north and married two years
  // later"): the count is made from the first conjunct's happening, which is not on the counted date.
  const later = !future && LATER_DATE.test(first.text) && (text[boundary] === ',' ? ownSubject : elidedPast(second));
  // "Ash fell on the town all afternoon, and the airport has been closed since Monday": a second conjunct with its own
  // subject, in the present perfect from "since" its date, is a stretch up to now that the first, a happening told in
  // the simple past, is not part of.
  const sinceState = (): boolean => text[boundary] === ',' && ownSubject && PERFECT_CONJUNCT.test(second) && !/\b(?:has|have)\b|\bhad\s+(?!to\s)/i.test(head) && SINCE_LEAD.test(text.slice(Math.max(andEnd, first.start - 40), first.start)) &&
    // A first conjunct with a time phrase of its own, even one that cannot be placed ("over the summer" with no
    // publication date), is dated by it, not by the stretch.
    !timexes.some((t) => t.start >= c.start && t.end <= boundary && t.type !== 'DURATION' && t.type !== 'SET');
  // "Detectives matched the tool marks, and the thief was arrested on June 2": a first conjunct with its own subject,
  // a happening told in the simple past with no time of its own, before a second with another subject that holds the
  // clause's date, is a step the story tells first: on or before that date, not on it. Not a state ("Recruitment was
  // slower than planned, and …").
  const precedes = (): boolean => /^,\s+and$/.test(text.slice(boundary, andEnd)) && ownSubject && happeningOf(second) === 'past' && !/\b(?:has|have|had)\b/i.test(head) && !PAST_STATE_HEAD.test(head) && !timexes.some((t) => t.start >= c.start && t.end <= boundary);
  const clockedEarlier = (): boolean => ownSubject && laterHourBefore(text, c.start, boundary, first, timexes);
  // "Half the crews were ashore by dusk, and the last boat came in on Tuesday": a first conjunct closing on the day's
  // end with no day of its own, before a second with its own subject on a whole day, is of an earlier day than that
  // one (a writer meaning the same day would have named it once): the day in focus, as a later clock hour is.
  const endOfDayBefore = (): boolean =>
    ownSubject && /^,\s+and$/.test(text.slice(boundary, andEnd)) && first.type === 'DATE' && DAY_VALUE.test(first.value) && END_OF_DAY.test(head) && happeningOf(second) === 'past' &&
    !timexes.some((t) => t.start >= c.start && t.end <= boundary && t.type !== 'DURATION' && t.type !== 'SET');
  // The readings are tried in turn and the first that holds marks the cut. Told beside a stretch up to now, the first
  // may be the latest news: the narrative pass gives it a recent day in focus.
  const mark = future || later ? {} : sinceState() ? { besideSince: true } : endOfDayBefore() ? { dayBefore: true } : precedes() ? { precedes: true } : clockedEarlier() ? { dayBefore: true } : null;
  return mark && { end: boundary, from: andEnd + /^\s*/.exec(second)![0].length, ...mark };
}

// "by nightfall", "before dark", "by evening", "at the end of the day": the day's end named with no day of its own.
const END_OF_DAY = new RegExp(String.raw`\b(?:by|at|before|until|till)\s+(?:${NIGHTFALL_RE}|dark|midnight|(?:the\s+)?evening|(?:the\s+)?end\s+of\s+the\s+day)\s*$`, 'i');

// The hour and minute of a time's value ("2008-04-07T06:00" -> 360), or null.
function minuteOfDay(value: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * "The ferry was held at 9 p.m., and it sailed at 5 a.m. on Friday": a first conjunct whose bare clock time is later in
 * the day than the second's day and hour cannot share that day (the story goes forward, the clock went back). The
 * first is a clause of its own, its day the one in focus; not the second's.
 */
function laterHourBefore(text: string, start: number, boundary: number, first: Timex, timexes: Timex[]): boolean {
  if (first.type !== 'TIME' || !/\+clock$/.test(first.rule) || !/^,\s+and$/.test(text.slice(boundary, boundary + 5))) return false;
  const second = minuteOfDay(first.value);
  const own = timexes.filter((t) => t.start >= start && t.end <= boundary && t.rule === 'clock-time');
  return second !== null && own.length > 0 && own.every((t) => (minuteOfDay(t.value) ?? -1) > second);
}

/** Whether the words after a conjunction (at `andEnd`, `second` from there on) open with a subject of their own and its verb. */
function hasOwnSubject(text: string, andEnd: number, second: string): boolean {
  return subjectVerbAt(text, andEnd) >= 0 || (SUBJECT_OPENING.test(second) && (second.toLowerCase().match(/[a-z]+/g) ?? []).slice(1, 8).some((w) => finiteVerb(w) || (/^re[a-z]{3,}$/.test(w) && IRREGULAR_PAST.has(w.slice(2)))));
}

// A second predicate with no subject of its own, its verb right after "and": "… and have lost half their value".
const ELIDED_PERFECT = /^\s+(?:(?:also|since|already|now|then|still|steadily)\s+)?(?:has|have)\s+(?:(?:not|also|since|already|now|just|steadily)\s+)?([a-z]{2,})\b/;
const ELIDED_PAST = new RegExp(String.raw`^\s+(?:(?:also|then|later)\s+)?([a-z]{2,})\s+(?:the|a|an|its|their|his|her|it|them|to|into|from|in|on|at|for|${countWords(2, 10)}|several|more|\d)\b`);
const HEAD_PERFECT = /\b(?:has|have)\s+(?:(?:not|also|already|just|now)\s+)?([a-z]{2,})\b/gi;
// A relative or subordinate clause in the first conjunct: its verb is not the clause's main one ("Residents who lost
// their homes and have lived in tents since March are …").
const SUBORDINATE_IN_HEAD = /\b(?:who|which|that|whose|whom|when|while|because|although|if|after|before|since|until|as)\b/i;

// A second predicate's past verb right after "and", with no subject of its own: "and moved", "and then sold".
const ELIDED_VERB = /^\s+(?:then\s+)?([a-z]{3,})\s/;

function elidedPast(second: string): boolean {
  const w = ELIDED_VERB.exec(second)?.[1];
  return !!w && (/^[a-z]{2,}ed$/.test(w) || IRREGULAR_PAST.has(w)) && !/^(?:was|were|had|did|need|feed|seed|bed|red|shed|bred)$/.test(w);
}

// Irregular participles that are never a simple past nor a present ("had gone up a month earlier"): no -ed/-en/-wn
// ending tells them.
const PARTICIPLE_ONLY = /^(?:gone|done|undone|begun|sung|swum|rung|drunk|sunk|shrunk|sprung|stunk|undergone)$/;

/** Whether a word after "have"/"had" may be its participle ("rebuilt", "been"), not a simple past only. */
export function participle(w: string): boolean {
  return /^(?:been|cut|put|set|shed|let|hurt|cost|spread)$/.test(w) || PARTICIPLE_ONLY.test(w) || /^[a-z]{2,}(?:ed|en|wn)$/.test(w) || (IRREGULAR_PAST.has(w) && !PAST_ONLY.has(w));
}

/**
 * "Shares of the mill fell 6 percent on the news and have lost a third of their worth since January": a second
 * predicate sharing the first's subject, which alone holds the clause's dates and is told in another tense (the
 * present perfect after a simple past; a simple past after a present), does not date the first. The
 * first is a clause of its own with no date, placed by its tense; the second keeps the dates. Null otherwise.
 */
function elidedConjunct(text: string, c: Clause, first: Timex): ConjunctCut | null {
  const and = headedConjunction(text, c, first, 300);
  if (!and) return null;
  const { boundary, andEnd, head } = and;
  if (SUBORDINATE_IN_HEAD.test(head) || /[,;:"“”(]/.test(head)) return null;
  const second = text.slice(andEnd, Math.min(c.end, andEnd + 120));
  const headTense = tenseAt(head, head.length);
  const perfect = ELIDED_PERFECT.exec(second);
  if (perfect) {
    if (!participle(perfect[1]) || headTense !== 'past' || headPerfect(head) || /\b(?:had|would|will)\b/i.test(head)) return null;
  } else {
    const past = ELIDED_PAST.exec(second);
    if (!past || !(/^[a-z]{2,}ed$/.test(past[1]) || IRREGULAR_PAST.has(past[1])) || /^(?:was|were|had|did)$/.test(past[1])) return null;
    // After a perfect ("has killed 23 and sickened 900 since …") the participle shares its auxiliary: not split.
    if (headTense !== 'present' || headPerfect(head)) return null;
  }
  const subject = boundary - c.start <= 300 ? subjectBefore(text, c.start, boundary) : null;
  return { end: boundary, from: andEnd + /^\s*/.exec(second)![0].length, ...(subject ? { subject } : {}), ...(perfect ? { beside: true } : {}) };
}

function headPerfect(head: string): boolean {
  return matchesOf(HEAD_PERFECT, head).some((m) => participle(m[1].toLowerCase()));
}

/** The subject two predicates share: the words before the first one's verb, a noun phrase of a few words. */
function subjectBefore(text: string, start: number, end: number): Span | null {
  const words = matchesOf(/[A-Za-z][\w'’-]*/g, text.slice(start, end));
  const verb = words.findIndex((w, k) => k > 0 && finiteVerb(w[0].toLowerCase()));
  if (verb < 1 || verb > 8 || !(/^[A-Z]/.test(words[0][0]) || DETERMINER.test(words[0][0]))) return null;
  const at = start + words[verb].index!;
  return { start, end: trimEnd(text, start, at) };
}

function trimEnd(text: string, floor: number, end: number): number {
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Whether a clause may hold "and" before a verb with no subject of its own: cheap, before any clause is cut. */
function elidedAnd(text: string): boolean {
  return matchesOf(ELIDED_AND, text).some((m) => /^(?:has|have)$/.test(m[1]) || /ed$/.test(m[1]) || IRREGULAR_PAST.has(m[1]));
}
const ELIDED_AND = /\sand\s+(?:(?:also|since|already|now|then|still|steadily|later)\s+)?([a-z]{2,})\s/g;

// "They have since rebuilt it": a present perfect counted on from the happening told before.
const HAS_SINCE_HEAD = /\b(?:has|have)\s+since\s+[a-z]/i;
const BARE_AND = /\s(?:and|but)(?=\s)/g;
const SINCE_THEN_AND = /\b(?:ever\s+since|since\s+then)\s+(?:and|but)\s/i;
// "The mill shut in 1990; since then the village has lost its shop": a clause of its own after the semicolon.
const SEMICOLON_SINCE_THEN = /;\s+since\s+then\b/i;
// "It has stood empty ever since": a present perfect closing on "ever since" or "since then", the same.
const PERFECT_EVER_SINCE = /\b(?:has|have)\s+(?:not\s+)?[a-z]{2,}\s[^,;]{0,80}?\b(?:ever\s+since|since\s+then)\s*$/i;
// "Since then the firm has cut its prices twice": a present perfect opened by "since then" runs on from the happening
// told before, as one closing on it does.
const SINCE_THEN_OPENING_PERFECT = /^["“]?(?:Ever\s+since|Since\s+then),?\s+[^,;]{0,60}?\b(?:has|have)\s+(?:(?:not|also|twice|already|since)\s+)?[a-z]{2,}/;

// A bare plural noun opening a clause whose plural verb follows within a few words: "plans to sell it were dropped".
// Not a verb's infinitive ("and expects to have sold"): that is the first clause's subject going on.
const PLURAL_SUBJECT_OPENING = /^\s+[a-z]{3,}s\s[^,;]{0,50}?(?<!\bto)\s(?:were|have|had)\s/;

/**
 * "They have since rebuilt the dam, and it reopened in May 2023", "It has stood empty ever since, and its owners will
 * sell it in June": a first conjunct told with "have since" (or closing on "ever since"), no date of its own, before a second with its own subject that holds the clause's dates, runs on from the happening told before
 * (the narrative pass places it), not at the second's dates. Null when the clause is not so made.
 */
function sinceConjunct(text: string, c: Clause, first: Timex): ConjunctCut | null {
  // "Sales have doubled since then and the owners expect …": "ever since" or "since then" closes its clause, so a bare
  // "and" right after it, before a subject of its own, opens another as ", and" does.
  const comma = lastAndBefore(text, AND_CLAUSE, c, first, 300);
  const bare = comma ? null : lastAndBefore(text, BARE_AND, c, first, 300);
  const and = comma ?? (bare && PERFECT_EVER_SINCE.test(text.slice(c.start, bare.boundary)) ? bare : null);
  if (!and) return null;
  const { boundary, andEnd } = and;
  const head = text.slice(c.start, boundary);
  // "Since then the firm has cut its prices, and at a meeting on June 4 …": the stretch is no part of the second's day,
  // whatever the second opens with.
  if (comma && boundary - c.start <= 200 && SINCE_THEN_OPENING_PERFECT.test(head) && !/[,;:"”]/.test(head.replace(/^["“]?[A-Za-z]+\s+[a-z]+,/, ''))) return { end: boundary, from: andEnd + /^\s*/.exec(text.slice(andEnd))![0].length };
  if (boundary - c.start > 200 || /[,;:"“”]/.test(head)) return null;
  // "ever since" closes its clause, so any subject after the comma opens another ("and its owners hope …"), even one
  // whose present verb subjectVerbAt does not know, or a bare plural that a plural verb takes up a few words on ("and
  // calls for a cycle path were turned down in 2015").
  const next = text.slice(andEnd, andEnd + 80);
  const closed = PERFECT_EVER_SINCE.test(head) && (SUBJECT_OPENING.test(next) || PLURAL_SUBJECT_OPENING.test(next));
  if (!closed && !(HAS_SINCE_HEAD.test(head) && subjectVerbAt(text, andEnd) >= 0)) return null;
  return { end: boundary, from: andEnd + /^\s*/.exec(text.slice(andEnd))![0].length };
}

function splitClauses(text: string, start: number, end: number, timexes: Timex[]): Clause[] {
  const all = timexes.filter((t) => usable(t) && !comparedWith(text, t));
  // "will break up for Christmas a day early, on Dec. 16": the holiday is what the happening is for, and cuts no
  // clause from the date that dates it.
  const occasions = all.filter((t) => holidayFor(text, t) && all.some((o) => o !== t && sameStretch(text, t, o)));
  const dated = occasions.length && occasions.length < all.length ? all.filter((t) => !occasions.includes(t)) : all;
  const asides = asidesOf(text, start, end, dated, timexes);
  if (!asides.length) return cutDated(text, start, end, withYearless(dated, timexes), start);
  // Only asides that hold a date split a unit into several dated clauses; one without only leaves the clause.
  if (!asides.some((a) => dated.some((t) => t.start >= a.start && t.end <= a.close))) {
    const out: Clause[] = [];
    let at = start;
    for (const a of asides) {
      let e = a.open;
      while (e > at && /[\s,]/.test(text[e - 1])) e--;
      if (e > at) out.push(...cutDated(text, at, e, dated, start));
      out.push(a.lead ? { start: a.start, end: a.close } : { start: a.start, end: a.close, aside: true });
      at = a.close;
      while (at < end && /[\s,]/.test(text[at])) at++;
    }
    if (at < end) out.push(...cutDated(text, at, end, dated, start));
    return joinedAcrossTrailingAside(text, joinedAcrossSubjectAside(text, out.filter((c) => c.end > c.start), dated), dated);
  }
  const out: Clause[] = [];
  let at = start;
  let subject: Span | undefined;
  let lastHead: Span | undefined;
  for (const a of asides) {
    // What comes before the aside: a clause of its own when it holds a verb and a date, else the subject of
    // what follows the aside.
    let e = a.open;
    while (e > at && /[\s,]/.test(text[e - 1])) e--;
    const head = { start: at, end: e };
    const headDated = dated.some((t) => t.start >= head.start && t.end <= head.end);
    if (headDated || a.close >= end || !looksLikeSubject(text.slice(head.start, head.end))) {
      out.push(...cutDated(text, head.start, head.end, dated, start).map((c) => (subject && c.start === head.start ? { ...c, subject } : c)));
      subject = undefined;
      lastHead = headDated ? head : undefined;
    } else subject = head;
    if (a.inner) {
      const np = NOUN_BEFORE.exec(text.slice(head.start, head.end));
      out.push({ start: a.start, end: a.close, aside: true, inner: true, ...(np ? { subject: { start: head.start + np.index, end: head.end } } : {}) });
    } else if (a.participle && subject) out.push({ start: a.start, end: a.close, aside: true, subject });
    else if (a.lead) out.push({ start: a.start, end: a.close });
    else if (a.trailing) {
      // "…, just short of the station's record, set in August 1990": the phrase tells of the noun before its comma,
      // whose words are its evidence too.
      const np = NOUN_BEFORE.exec(text.slice(head.start, head.end));
      const noun = np ? { subject: { start: head.start + np.index, end: head.end } } : {};
      out.push(...cutDated(text, a.start, a.close, dated, start).map((c) => ({ ...c, aside: true, ...noun })));
    }
    // "…, tested it in October and rehearsed it last month": an aside holding dates of its own is cut at its
    // clause boundaries as a sentence is, each part an aside with its own date.
    else out.push(...cutDated(text, a.start, a.close, dated, start).map((c) => ({ ...c, aside: true })));
    at = a.close;
    while (at < end && /[\s,)]/.test(text[at])) at++;
  }
  if (at < end) {
    const tail = cutDated(text, at, end, dated, start);
    if (subject && tail.length) tail[0] = { ...tail[0], subject };
    const tailDated = dated.some((t) => t.start >= at && t.end <= end);
    const last = out[out.length - 1];
    if (!tailDated && lastHead && tail.length === 1) tail[0] = { ...tail[0], borrow: lastHead };
    else if (!tailDated && !subject && last?.aside && dated.some((t) => t.start >= last.start && t.end <= last.end) && !MAIN_PREDICATE.test(text.slice(at, end))) {
      // "…, which will be available on June 17, two days before the phone launches": an undated phrase after
      // a dated aside, with no subject of its own, goes on with the aside.
      last.end = end;
      return out.filter((c) => c.end > c.start);
    }
    out.push(...tail);
  }
  return out.filter((c) => c.end > c.start);
}

// The words right after an aside that go on with the subject before it: a verb, not a new subject or a conjunction.
const PREDICATE_OPENS = /^(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|and|but|or|so|then|which|who)\b)[a-z]{2,}\b/;

/**
 * "In March the firm, which owns the lake, cut testing to save money": a dated opening that is only the subject, an
 * undated aside on it, then the predicate with no date of its own are one clause, the aside its hole (as a participle
 * phrase's is), so that the clause's words run on to its verb.
 */
function joinedAcrossSubjectAside(text: string, out: Clause[], dated: Timex[]): Clause[] {
  const holds = (c: Clause) => dated.some((t) => t.start >= c.start && t.end <= c.end);
  for (let i = 1; i + 1 < out.length; i++) {
    const [before, c, after] = [out[i - 1], out[i], out[i + 1]];
    if (!c.aside || c.inner || before.aside || before.hole || after.aside || !holds(before) || holds(after)) continue;
    if (ANY_VERB.test(text.slice(before.start, before.end)) || !PREDICATE_OPENS.test(text.slice(after.start, after.end))) continue;
    // "The storm on 3 March 1988, which brought down the pier, is still talked about": an aside told in the past is a
    // happening of the dated noun, with that date (sequence/which-of-dated), not a description to skip over.
    if (holdsPastForm(text.slice(c.start, c.end))) continue;
    out.splice(i - 1, 3, { start: before.start, end: after.end, hole: { start: c.start, end: c.end } }, { ...c, inner: true });
  }
  return out;
}

// What is left after an aside when it is only the date of the predicate before it: a preposition or none, the date,
// the sentence's close.
const DATE_PHRASE_ONLY = /^(?:(?:on|in|at|during|early|late)\s+)?$/i;

/**
 * "The mayor opened the bridge, which cost £4 million, on Tuesday": a predicate with no date of its own, an undated
 * aside on its last noun, then nothing but a date are one clause, the aside its hole; else the date, alone after the
 * aside, dates no verb and the predicate is left undated. When the words before the aside hold a date of their own
 * ("was packed on Monday and carried to the cellar, which is kept dark, on Tuesday"), only the conjunct after their
 * last "and" is joined to the date, sharing the first conjunct's subject.
 */
function joinedAcrossTrailingAside(text: string, out: Clause[], dated: Timex[]): Clause[] {
  for (let i = 1; i + 1 < out.length; i++) {
    const [before, c, after] = [out[i - 1], out[i], out[i + 1]];
    if (!c.aside || c.inner || before.aside || before.hole || before.conjunct || after.aside || after.hole || i + 2 < out.length) continue;
    const own = dated.filter((t) => t.start >= after.start && t.end <= after.end);
    if (!own.length || !DATE_PHRASE_ONLY.test(text.slice(after.start, own[0].start)) || !/^[\s.!?"”’)]*$/.test(text.slice(own[own.length - 1].end, after.end))) continue;
    const beforeDates = dated.filter((t) => t.start >= before.start && t.end <= before.end);
    let from = before.start;
    let subject: Span | null | undefined = before.subject;
    if (beforeDates.length) {
      const and = lastMatchOf(/\sand\s+(?=[a-z])/g, text.slice(beforeDates[beforeDates.length - 1].end, before.end));
      if (!and) continue;
      const at = beforeDates[beforeDates.length - 1].end + and.index;
      // The conjunct goes on with the first one's subject: a past verb right after "and", no subject of its own.
      if (!elidedPast(text.slice(at + and[0].length - 1, before.end))) continue;
      subject = subjectBefore(text, before.start, at);
      out.splice(i - 1, 0, { ...before, end: trimEnd(text, before.start, at) });
      i++;
      from = at + and[0].length;
    } else if (!ANY_VERB.test(text.slice(before.start, before.end)) && !holdsPastForm(text.slice(before.start, before.end))) continue;
    out.splice(i - 1, 3, { start: from, end: after.end, hole: { start: c.start, end: c.end }, ...(subject ? { subject } : {}) }, { ...c, inner: true });
  }
  return out;
}

// "the ban, which took effect on January 1, was introduced …": after the aside, the main clause's verb goes on.
const MAIN_PREDICATE = /^(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\s|[a-z]{3,}ed\s)/;

// A verb as far as the word alone tells: a helping verb or a past in -ed.
const ANY_VERB = /\b(?:is|are|was|were|will|would|has|have|had|did|does|can|could|may|might|must|should|[a-z]{3,}ed)\b/;

/** A few words with no verb in sight: the subject a clause shares across an aside ("Smith, who …, died"). */
function looksLikeSubject(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 && !ANY_VERB.test(text);
}

/** The clauses of a unit split by asides that have no date of any kind (their events are placed by tense). */
export function undatedClauses(u: Unit): Clause[] {
  const dated = u.timexes.filter((t) => usable(t) && !comparedWith(u.paraText, t));
  if (!dated.length) return [];
  const asides = asidesOf(u.paraText, u.start, u.end, dated).length > 0;
  // Without an aside, only a conjunct cut off by its tense (after ", and" or ", but") is undated.
  const whole = u.paraText.slice(u.start, u.end);
  if (!asides && !AND_CLAUSE_ANY.test(whole) && !AND_WILL.test(whole) && !elidedAnd(whole) && !namedWarAt(whole) && !SINCE_THEN_AND.test(whole) && !SEMICOLON_SINCE_THEN.test(whole)) return [];
  const inHole = (c: Clause, t: Timex) => !!c.hole && t.start >= c.hole.start && t.end <= c.hole.end;
  return clauses(u.paraText, u.start, u.end, u.timexes).filter((c) => (asides || c.conjunct) && !c.borrow && !dated.some((t) => t.start >= c.start && t.end <= c.end && !inHole(c, t)));
}

interface Aside {
  open: number;
  start: number;
  close: number;
  /** A concession opening the sentence ("While we still face challenges, 2009 was …"): a clause of its own. */
  lead?: boolean;
  /** A participle phrase after the subject ("The bridge, built in 1932, …"): its title names that subject. */
  participle?: boolean;
  /** A participle phrase after a noun deeper in the clause, which goes on after it. */
  inner?: boolean;
  /** A participle phrase closing the sentence after its object ("…, short of the record, set in 1990"). */
  trailing?: boolean;
}

// An auxiliary right after a phrase's closing comma: the verb of the noun the phrase was set off from.
const FINITE_AFTER = /^\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\s/;
// A name set off by commas, a title allowed: "Dr Ann Bell".
const SET_OFF_NAME = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Prof|Rev|Capt)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}`;
// Words that open a clause before its subject: "until a new vet, Dr Ann Bell, joined".
const CLAUSE_OPENER = 'until|till|when|after|before|once|while|as|and|but';
// SUBJECT_DETERMINER with its first letter in either case, in patterns where the name after it must be capitalised.
const SUBJECT_DETERMINER_ANY_CASE = '[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur';
// "The vet, Ann Bell": a noun phrase, then a name (a title allowed) set off by its comma.
const NAMED_APPOSITIVE_END = new RegExp(String.raw`^(?:${SUBJECT_DETERMINER_ANY_CASE})\s+[^,]{1,40},\s+${SET_OFF_NAME}$`);
// The same after a comma and a word opening a clause: "…, until a new vet, Dr Ann Bell".
const NAMED_APPOSITIVE_CLAUSE_END = new RegExp(String.raw`(?:^|[,;]\s+)(?:(?:${CLAUSE_OPENER}|then)\s+)?(?:${SUBJECT_DETERMINER_ANY_CASE})\s+[^,;]{1,40},\s+${SET_OFF_NAME}$`);
// What goes on with a sentence's verb after a phrase set off before it: an auxiliary, a telling, a past form.
const MAIN_VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\s|(?:${TELLING_VERB_RE})\b|[a-z]{3,}ed\s)`);
const RELATIVE_AFTER = /^\s+(?:that|which|who|whose)\s/;
// The noun phrase a participle phrase is set off from, at the end of the words before its comma ("… why the main").
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$/i;

const LEAD_CONCESSION = /^["“]?(?:While|Although|Though|Even\s+though|Whereas)\s/;
// "After she retired in 1968, she ran a school until 1985": a fronted clause with a pronoun subject is one too.
const FRONTED_ORDER = /^["“]?(?:After|Following|Before|Prior\s+to|Ahead\s+of)\s+(?=the\s|a\s|an\s|its\s|their\s|his\s|her\s|[a-z]{3,}ing\s|(?:he|she|they|we|I)\s+[a-z]{3,}\s)/;
// Not any capitalised word in -ing: "During", "Beijing" and "Reading" open no participle phrase.
const LEAD_PARTICIPLE = /^["“]?(?:Having\s+(?:been\s+)?[a-z]{3,}|Upon\s+[a-z]{3,}ing|(?:Speaking|Addressing|Writing|Testifying|Announcing|Visiting|Returning|Arriving|Responding|Campaigning|Touring|Appearing|Answering))\s/;

/**
 * The asides of a unit: where each opens (its comma), its text, and where it closes. One with a date is always
 * an aside; one without (", which shocked workers") only beside a date elsewhere in the unit, which it then
 * does not share; a second predicate after "and" only with a date.
 */
function asidesOf(text: string, start: number, end: number, dated: Timex[], timexes: Timex[] = dated): Aside[] {
  const out: Aside[] = [];
  const slice = text.slice(start, end);
  const closeFrom = (from: number) => asideClose(text, from, end, dated);
  if (!dated.length) return out;
  const opening = openingAside(text, start, end, dated);
  if (opening) out.push(opening);
  ASIDE_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASIDE_OPEN.exec(slice))) {
    const open = start + m.index;
    const and = /and\s+$/.test(m[0]);
    if (and && m[0][0] !== ',' && !/\b(?:is|are)\b/.test(slice.slice(0, m.index))) continue;
    const from = open + (and ? m[0].length : /^,\s+/.exec(m[0])![0].length);
    if (out.length && from < out[out.length - 1].close) continue;
    // These two are asides only with a date of their own; without, they go on with the clause's event.
    const holdingOnly = HOLDING_ONLY.test(slice.slice(m.index, m.index + 120));
    // The aside runs to the next comma or semicolon that is not inside a date ("December 30, 2006").
    // A second predicate runs to the end of the clause, across commas ("launched the store, an online shop, on …").
    const semi = text.indexOf(';', from);
    if (!and && CONTACT_APPOSITIVE_AT.test(slice.slice(m.index, m.index + 80))) {
      // Only closing the sentence, across its commas, with the sentence's dates in it and none before it.
      const close = semi >= 0 && semi < end ? semi : end;
      const inside = dated.filter((t) => t.start >= from && t.end <= close);
      // "…, a post she held until her retirement in 1990": a span the post ran to tells of the main clause too.
      const bound = inside.some((t) => SPAN_BOUND_BEFORE.test(text.slice(Math.max(from, t.start - 40), t.start)));
      if (inside.length && !bound && !dated.some((t) => t.start >= start && t.end <= open)) out.push({ open, start: from, close });
      continue;
    }
    const close = and ? (semi >= 0 && semi < end ? semi : end) : closeFrom(from);
    const holds = dated.some((t) => t.start >= from && t.end <= close);
    // A participle after the subject ("The bridge, built in 1932, was closed …") is an aside only when it holds
    // a date of its own and the words before it are a bare subject; elsewhere a comma and a past form may
    // be a second predicate of the same event.
    if (PARTICIPLE_AFTER_COMMA.test(m[0] + slice.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      const lead = text.slice(out.length ? out[out.length - 1].close : start, open).replace(/^[\s,]+/, '');
      if (!holds) continue;
      // "…, until a new vet, Dr Ann Bell, joined in March.": a name set off beside its noun after a clause's opening
      // word, then a past form closing the sentence, is that clause's subject and verb, not a phrase set off from it.
      if (close >= end && NAMED_APPOSITIVE_CLAUSE_END.test(lead)) continue;
      if (close >= end) {
        // A day written without its year (no publication date to place it) still dates the clause before the phrase:
        // "The best day was July 26, short of the record, set in August 1990" keeps 1990 to the phrase either way.
        if (trailingParticiple(text, start, open, close, withYearless(dated, timexes))) out.push({ open, start: from, close, trailing: true });
        continue;
      }
      // "This year's festival, held on Sunday, was …": a phrase whose date falls inside the one the subject already
      // names tells when that very thing happened; it is no aside, and its finer date is the clause's.
      const leadFrom = open - lead.length;
      const finer = dated.filter((t) => t.start >= from && t.end <= close);
      const coarse = dated.filter((t) => t.start >= leadFrom && t.end <= open);
      if (coarse.length === 1 && finer.length === 1 && POSSESSIVE_PERIOD.test(text.slice(coarse[0].start, coarse[0].end + 2)) && finer[0].value.startsWith(`${coarse[0].value}-`)) continue;
      // "The vet, Ann Bell, scanned the cat on Saturday and found a chip fitted in 2012, when …": after a name set off
      // beside its noun, a past form is the sentence's own verb unless another verb goes on after the phrase ("The
      // mayor, Ann Bell, elected in 2010, said …"). (Closed by a semicolon, the phrase is still read as an aside: the
      // clause after it is then cut off, which a single-dated sentence otherwise never is.)
      const ownVerb = text[close] === ',' && NAMED_APPOSITIVE_END.test(lead) && !MAIN_VERB_AFTER.test(text.slice(close + 1, close + 24));
      if (looksLikeSubject(lead) && !ownVerb) out.push({ open, start: from, close, participle: true });
      // "… asked why the main, laid in 1961, was still in service": deeper in the sentence, a dated participle
      // phrase closed by a comma and followed at once by an auxiliary sits between a noun and its verb; the
      // clause around it goes on after it and does not take its date.
      // "… dismissed him over a mass, first sung at Easter 1929, that used bells": so does one between a noun and the
      // relative clause that goes on telling of it.
      // "A gale tore the roof off the chapel, built in 1820, and a tree fell on the hall": so does one closed by a
      // second conjunct with a subject and verb of its own; the chapel's year is not the gale's.
      else if (text[close] === ',' && (FINITE_AFTER.test(text.slice(close + 1, close + 12)) || RELATIVE_AFTER.test(text.slice(close + 1, close + 10)) || conjunctAfter(text, close + 1) || datedObjectBefore(text, leadFrom, open, dated))) out.push({ open, start: from, close, participle: true, inner: true });
      continue;
    }
    // A noun phrase with a relative clause is an aside only with a date of its own ("Ruth Amsel, the editor who
    // founded it, died on …" stays one clause).
    // Only between a subject and its telling ("…, said on Thursday"): elsewhere the phrase is left to the clause.
    // So is a where-clause ("a deputation from Harle, where the streets were lit two years ago, told …").
    if (/^,\s+where\s/.test(m[0]) || (APPOSITIVE_RELATIVE_AT.test(slice.slice(m.index, m.index + 80)) && !/^,\s+(?:who|which|whom|whose)\s/.test(m[0]))) {
      const lead = text.slice(out.length ? out[out.length - 1].close : start, open).replace(/^[\s,]+/, '');
      // "Divers went back today to the harbour, where a ferry sank on Saturday": a where-clause closing the sentence
      // with a date of its own, after a clause dated by another, tells a happening of its own.
      const closingWhere = holds && close >= end && /^,\s+where\s/.test(m[0]) && dated.some((t) => t.start >= start && t.end <= open);
      if (!closingWhere && (!holds || text[close] !== ',' || !looksLikeSubject(lead) || !TELLING_AFTER.test(text.slice(close + 1, close + 16)))) continue;
    }
    // "Pelda Sefton, who sang the lead in the last staging, in 2004, now directs it": a relative clause after a bare subject
    // with no date of its own, then a date phrase set off by commas before the main verb: the date is the relative
    // clause's, told after it; the aside runs on over it.
    const setOff = !holds && /^,\s+(?:who|which)\s/.test(m[0]) ? setOffDateEnd(text, close, end, dated) : -1;
    if (setOff >= 0 && looksLikeSubject(text.slice(out.length ? out[out.length - 1].close : start, open))) out.push({ open, start: from, close: setOff });
    else if (holds || (!and && !holdingOnly && dated.some((t) => t.end <= open || t.start >= close))) out.push({ open, start: from, close });
  }
  const conjunct = frontedConjunct(text, start, end, dated);
  if (conjunct && !out.some((a) => a.close > conjunct.open)) out.push(conjunct);
  return withBracketed(out, text, start, end, dated);
}

/**
 * "In 2001 the club sold its old boat, built in 1935, to a museum in Hull": a dated participle phrase set off after a
 * noun phrase that closes a clause already dated before that noun tells of the noun at its own date; the clause,
 * which has its own date, goes on after it. A date right before the noun ("was closed in 2009, sold in 2011") leaves
 * the phrase a second predicate.
 */
function datedObjectBefore(text: string, leadFrom: number, open: number, dated: Timex[]): boolean {
  const np = NOUN_BEFORE.exec(text.slice(leadFrom, open));
  if (!np) return false;
  const nounAt = leadFrom + np.index;
  return dated.some((t) => t.start >= leadFrom && t.end <= nounAt) && !dated.some((t) => t.end > nounAt && t.start < open);
}

// ", in 2004, now", ", on 3 May, was": a date phrase alone between two commas, then a finite verb (an adverb first).
const SET_OFF_DATE_LEAD = /^,\s+(?:(?:in|on|during)\s+)?$/;
const MAIN_VERB_NEXT = /^,\s+(?:(?:now|then|later|still|also|since)\s+)?([a-z]+)\s/;

/** Where a date phrase set off by commas right after `close` ends, when a finite verb follows it; else -1. */
function setOffDateEnd(text: string, close: number, end: number, dated: Timex[]): number {
  const t = dated.find((d) => d.start > close && d.start - close <= 12 && SET_OFF_DATE_LEAD.test(text.slice(close, d.start)));
  if (!t || t.end >= end) return -1;
  const verb = MAIN_VERB_NEXT.exec(text.slice(t.end, Math.min(end, t.end + 30)));
  return verb && (finiteVerb(verb[1]) || /^[a-z]{3,}s$/.test(verb[1])) ? t.end : -1;
}

// "(built in 1860)", "(who retired in 2001)", "(founded in 1890 by two brothers)": a bracketed clause, its verb
// first, a date inside. Not a bare year or a label ("Casablanca (1942)", "(pictured in 1990)" is still a clause).
const BRACKETED_CLAUSE = /\((?:(?:who|which|where|whose)\s|(?:[a-z]{3,}ed|built|born|rebuilt|begun|held|won|sold|shut|run|made|set|founded|opened|closed|died)\s)[^()]{0,100}\)/gi;

/**
 * "The school moved in 1972 to the old barracks (built in 1860) …": a bracketed clause holding a date of its own is
 * an aside beside whatever the sentence dates, as one set off by commas is; the date is the bracket's alone.
 */
function withBracketed(out: Aside[], text: string, start: number, end: number, dated: Timex[]): Aside[] {
  const slice = text.slice(start, end);
  if (!slice.includes('(')) return out;
  const added: Aside[] = [];
  for (const m of matchesOf(BRACKETED_CLAUSE, slice)) {
    const open = start + m.index;
    const close = open + m[0].length - 1;
    if (!dated.some((t) => t.start > open && t.end <= close)) continue;
    if (out.some((a) => a.open < close && open < a.close)) continue;
    // Between a noun and the rest of its clause the words either side are one clause ("Its school (rebuilt in 1988)
    // opened as a shelter"); before a dated conjunct ("… (founded in 1890) and closed in 1975") they are two.
    const inner = !dated.some((t) => t.start > close);
    added.push({ open, start: open + 1, close, participle: true, ...(inner ? { inner } : {}) });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.open - b.open) : out;
}

// "This year's", "last month's": a period named as the subject's own, which a finer date may then pin down.
const POSSESSIVE_PERIOD = /^(?:this|last|next)\s+(?:year|month|week)['’]s?$/i;

/** The comma or semicolon that closes an aside opened before `from`, not one inside a number or a date; `end` when none does. */
function asideClose(text: string, from: number, end: number, dated: Timex[]): number {
  for (let i = from; i < end; i++) {
    if (text[i] !== ',' && text[i] !== ';') continue;
    // "25,000": a comma inside a number closes nothing.
    if (text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    if (dated.some((t) => t.start <= i && i < t.end)) continue;
    return i;
  }
  return end;
}

/**
 * An aside that opens the sentence, closed by its comma; null for none. A concession ("While we still face
 * challenges, 2009 was …") without a date is a clause of its own. "Having turned down a smaller bid in March, the
 * family agreed …": a participle phrase with a date of its own, then the main clause's subject and verb; the phrase's
 * date is its own, and the main clause keeps its own date or, having none, is placed by its tense. "After the vote in
 * March, the council approved the plan on Tuesday": a fronted phrase of order with a date of its own, then a main
 * clause with its own subject, verb and another date; the main clause is on its own, not "after" the phrase's.
 */
function openingAside(text: string, start: number, end: number, dated: Timex[]): Aside | null {
  const slice = text.slice(start, end);
  const timeWhen = undatedTimeWhen(text, start, end, dated);
  if (timeWhen) return timeWhen;
  const concession = LEAD_CONCESSION.test(slice);
  const participle = !concession && LEAD_PARTICIPLE.test(slice);
  const order = concession || participle ? null : FRONTED_ORDER.exec(slice);
  if (!concession && !participle && !order) return null;
  const close = asideClose(text, start, end, dated);
  const inPhrase = dated.filter((t) => t.start >= start && t.end <= close);
  if (concession) return close < end && !inPhrase.length ? { open: start, start, close, lead: true } : null;
  if (close >= end || text[close] !== ',' || !inPhrase.length || subjectVerbAt(text, close + 1) < 0) return null;
  if (participle) return { open: start, start, close };
  const otherDate = dated.some((t) => t.start > close && t.end <= end && !inPhrase.some((p) => p.value === t.value));
  return order && otherDate ? { open: start, start: start + order[0].length, close } : null;
}

// "Apart from the war years, when he served in the navy, he drew …": a fronted time the text gives no date, with a
// when-clause telling what filled it. Only a time named by its noun: "In 1944, when …" is a date. A war may be named
// ("Except during the Great War, when …", "In World War II, when …").
const LEAD_TIME_WHEN =
  /^["“]?(?:(?:Apart|Aside)\s+from|Except\s+(?:for|during|in)|Other\s+than|During|Throughout|Through|In|For|Over)\s+(?:(?:the|those|these|his|her|their|its|our|my)\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:years|[Ww]ar|days|decades|months|weeks|era|period|times?|summers|winters|seasons)|World\s+War\s+(?:II?|One|Two|[12]))\s*,\s+when\s/;

/**
 * The fronted time and its when-clause ("Apart from the war years, when he served in the navy,"), when neither holds a
 * date and a main clause with its own subject follows: the when-clause is set in that time, not at the main clause's
 * date, so it is a clause of its own; null otherwise.
 */
function undatedTimeWhen(text: string, start: number, end: number, dated: Timex[]): Aside | null {
  const m = LEAD_TIME_WHEN.exec(text.slice(start, Math.min(end, start + 120)));
  if (!m) return null;
  const close = asideClose(text, start + m[0].length, end, dated);
  if (close >= end || text[close] !== ',' || dated.some((t) => t.start < close) || subjectVerbAt(text, close + 1) < 0) return null;
  return { open: start, start, close, lead: true };
}

/** ", and firefighters needed …": a conjunction, then a subject with its own finite verb. */
function conjunctAfter(text: string, at: number): boolean {
  const m = /^\s+(?:and|but)(?=\s)/.exec(text.slice(at, at + 6));
  return !!m && subjectVerbAt(text, at + m[0].length) >= 0;
}

// The last word of a noun phrase before a comma: no verb, adverb or function word.
const NOT_OBJECT_END = /^(?:is|are|was|were|be|been|has|have|had|it|them|him|her|us|me|then|now|too|also|not|and|or|but|of|to|in|on|at|by|for|with|from|[a-z]{3,}ly|[a-z]{2,}ed)$/i;

/**
 * "Until last year the record was a fine of 900 crowns, paid in 1987 by …": a participle phrase closing the unit
 * after a noun, holding a date of its own while the clause before it holds another, tells of that noun at its own
 * date (a reduced relative clause), not at the clause's. After a date ("was closed in 2009, sold in 2011") the phrase
 * is a second predicate and is left to the clause.
 */
function trailingParticiple(text: string, start: number, open: number, close: number, dated: Timex[]): boolean {
  const own = dated.filter((t) => t.start > open && t.end <= close).map((t) => t.value);
  const before = dated.filter((t) => t.start >= start && t.end <= open);
  if (!before.length && own.length && perfectMain(text, start, open)) return true;
  if (!before.length || before.some((t) => own.includes(t.value))) return false;
  if (firstHeldAfterNounDate(text, open, before)) return true;
  if (before.some((t) => t.end >= open - 1)) return false;
  if (NOT_OBJECT_END.test(text.slice(Math.max(start, open - 24), open).split(/\s+/).pop() ?? '')) return false;
  // The noun is the clause's object or complement: a finite verb of the clause's own comes before it. Without one
  // ("Hanne Voss, the editor who founded it, died on …"; "his partner, Jo Belk, retired …") the comma closes a subject
  // and the "participle" is its verb.
  // "Her husband died in 1979, and a daughter, Kirsty, died in 1946": the verb must be in the phrase's own conjunct.
  const semi = text.lastIndexOf(';', open);
  let from = Math.max(start, semi + 1);
  for (const m of matchesOf(AND_CLAUSE, text.slice(from, open))) from += m.index + m[0].length;
  const words = text.slice(from, open).toLowerCase().match(/[a-z']+/g) ?? [];
  const verb = words.findIndex(finiteVerb);
  const relative = words.findIndex((w) => /^(?:who|which|whom|whose|that)$/.test(w));
  return verb >= 0 && (relative < 0 || verb < relative);
}

// ", first held in", ", originally built on": a phrase telling when the thing it follows began.
const ORIGIN_PARTICIPLE = /^,\s+(?:first|originally)\s+([a-z]+)\s/;
// A noun, then the preposition of the date after it: "the regatta on Whit Monday".
const NOUN_THEN_DATE_PREPOSITION = /\b([a-z]{3,})\s+(?:on|at|in)\s+$/;

/**
 * "…, and the fair on May Day, first held in 1921.": a phrase of origin after a noun that a date of its own follows
 * tells when that thing began, not a second predicate of the clause (as ", sold in 2011" after "was closed in 2009"
 * is): the date before it hangs on a noun, not on a verb.
 */
function firstHeldAfterNounDate(text: string, open: number, before: Timex[]): boolean {
  const m = ORIGIN_PARTICIPLE.exec(text.slice(open, open + 40));
  if (!m || !participle(m[1])) return false;
  const last = before[before.length - 1];
  if (last.end < open - 1) return false;
  const noun = NOUN_THEN_DATE_PREPOSITION.exec(text.slice(Math.max(0, last.start - 30), last.start));
  return !!noun && !participle(noun[1]) && !finiteVerb(noun[1]) && !NOT_OBJECT_END.test(noun[1]);
}

/**
 * "The council has approved the plan, first drawn up in 2019.": a present perfect takes no finished past time, so a
 * dated participle phrase closing the sentence tells of its noun at its own date, not of the main clause, which is
 * then placed as an undated present perfect. Only when the clause's first finite verb is that "has/have" (no "had",
 * no relative clause before it) and nothing between the verb and the comma opens another clause.
 */
function perfectMain(text: string, start: number, open: number): boolean {
  const semi = text.lastIndexOf(';', open);
  const clause = text.slice(Math.max(start, semi + 1), open);
  if (/[,"“”(]|\b(?:who|which|whom|whose|that|when|while|after|before|since|until|because|if|and|but)\b/i.test(clause)) return false;
  const words = clause.toLowerCase().match(/[a-z']+/g) ?? [];
  const verb = words.findIndex(finiteVerb);
  if (verb < 0 || !/^(?:has|have)$/.test(words[verb])) return false;
  let k = verb + 1;
  while (k < words.length && /^(?:not|never|also|now|already|just|finally|since|[a-z]{3,}ly)$/.test(words[k])) k++;
  return k < words.length && participle(words[k]);
}

// ", and in 2007 it joined …", ", but on Friday the council voted …": a date fronted in a second conjunct.
const FRONTED_AFTER_AND = /,\s+(?:and|but|yet)\s+(?:(?:in|on|by|during|from|at|early|late|later)\s+)?(?:the\s+)?$/;
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we|i|you)$/;
const DETERMINER = /^(?:the|its|their|his|her|our|a|an|this|that|these|those)$/i;
// A participle after "was"/"were"/"had": one in -ed or -en, or a common irregular one.
const PASSIVE_PARTICIPLE = new RegExp(`^[a-z]{2,}(?:ed|en)$|^(?:${IRREGULAR_PARTICIPLES})$`);
// Words that open no noun phrase of their own: adverbs, conjunctions and prepositions a clause may start with.
const NO_NOUN_WORD = /^(?:then|also|there|here|now|still|later|soon|and|but|yet|so|nor|for|from|with|into|onto|about|after|before|since|until|when|while|where|once|only|even|just|already|again|thus|hence|meanwhile|instead|this|that|these|those|what|which|who|whom|whose|not|never|each|every|any)$/;
// A lowercase modifier before a noun, one word or a hyphened compound ("bottled", "blue-green").
const COMPOUND_MODIFIER = /^[a-z]{3,}(?:-[a-z]{2,})?$/;
const QUANTIFIER = new RegExp(`^(?:${NUMBER_WORD_RE}|several|many|some|most|all|both|few|other|no|\\d[\\d,.]*)$`, 'i');

/**
 * A second conjunct that opens with its own date and then its own subject and verb ("Sarnovia held four more
 * elections, and in 2007 it joined the Compact"): the date is that conjunct's alone; the first, with no date of its
 * own, is placed as an undated clause is, not on the second's date.
 */
function frontedConjunct(text: string, start: number, end: number, dated: Timex[]): Aside | null {
  for (const t of dated) {
    const lead = text.slice(Math.max(start, t.start - 32), t.start);
    const m = FRONTED_AFTER_AND.exec(lead);
    if (!m) continue;
    const open = t.start - lead.length + m.index;
    // The first conjunct: a clause of its own (a verb in it), with no date (else it is cut at its own date).
    if (dated.some((x) => x.start >= start && x.end <= open)) return null;
    const first = text.slice(start, open).toLowerCase().match(/[a-z']+/g) ?? [];
    if (!first.some((w) => finiteVerb(w))) return null;
    if (subjectVerbAt(text, t.end) < 0) return null;
    const from = open + /^,\s+(?:and|but|yet)\s+/.exec(text.slice(open))![0].length;
    const semi = text.indexOf(';', from);
    return { open, start: from, close: semi >= 0 && semi < end ? semi : end };
  }
  return null;
}

/** Where a clause's finite verb is, when the words from `at` open with a subject and then that verb; else -1. */
export function subjectVerbAt(text: string, at: number): number {
  const m = /^,?\s+/.exec(text.slice(at, at + 4));
  if (!m) return -1;
  // "a new vet, Dr Ann Bell, joined": a noun and the name set off beside it, then the verb, are a subject and its verb.
  const named = namedSubjectEnd(text, at);
  if (named >= 0) return named;
  const re = /[A-Za-z][\w'’.-]*/g;
  re.lastIndex = at + m[0].length;
  const words: RegExpExecArray[] = [];
  for (let w = re.exec(text); w && words.length < 6; w = re.exec(text)) {
    // A clause's subject runs on without a stop.
    if (words.length && /[,;:.!?]/.test(text.slice(words[words.length - 1].index + words[words.length - 1][0].length, w.index))) break;
    words.push(w);
  }
  if (!words.length) return -1;
  const w0 = words[0][0];
  // "talks broke down", "prices rose": a bare plural right before a past verb is a subject too.
  if (words.length > 1 && /^[a-z]{3,}s$/.test(w0) && !AUXILIARY.test(words[1][0]) && finiteVerb(words[1][0].toLowerCase())) return words[1].index;
  // "officers then seized", "residents later collected": the same with an adverb of order between.
  if (words.length > 2 && /^[a-z]{3,}s$/.test(w0) && /^(?:then|later|also|soon)$/.test(words[1][0]) && !AUXILIARY.test(words[2][0]) && finiteVerb(words[2][0].toLowerCase())) return words[2].index;
  // "energy prices surged", "water levels fell": the same with a noun before the plural.
  if (words.length > 2 && /^[a-z]{3,}$/.test(w0) && !finiteVerb(w0) && /^[a-z]{3,}s$/.test(words[1][0]) && !AUXILIARY.test(words[2][0]) && finiteVerb(words[2][0].toLowerCase())) return words[2].index;
  // "cracks were found", "talks had stalled": a bare plural before an auxiliary and a participle.
  if (words.length > 2 && /^[a-z]{3,}s$/.test(w0) && AUXILIARY.test(words[1][0]) && PASSIVE_PARTICIPLE.test(words[2][0])) return words[1].index;
  // "drinking water was trucked in", "power was restored": a bare noun, or one after a modifier ("bottled"), before
  // "was"/"were" and a participle. A modifier may be a compound ("blue-green mould was found"); the noun before the
  // verb is still one word.
  for (const k of [1, 2]) {
    if (words.length > k + 1 && /^(?:was|were)$/.test(words[k][0]) && PASSIVE_PARTICIPLE.test(words[k + 1][0]) && words.slice(0, k).every((w, i) => (i < k - 1 ? COMPOUND_MODIFIER : /^[a-z]{3,}$/).test(w[0]) && !NO_NOUN_WORD.test(w[0])) && !finiteVerb(words[k - 1][0])) return words[k].index;
  }
  if (!(SUBJECT_PRONOUN.test(w0) || DETERMINER.test(w0) || QUANTIFIER.test(w0) || /^[A-Z]/.test(w0))) return -1;
  // "…, and that both measurements agreed": "that" before another determiner opens what was said, not a subject.
  if (/^that$/i.test(w0) && words.length > 1 && (DETERMINER.test(words[1][0]) || QUANTIFIER.test(words[1][0]) || SUBJECT_PRONOUN.test(words[1][0].toLowerCase()))) return -1;
  for (let k = 1; k < words.length; k++) {
    // A verb closing the sentence keeps its full stop in the word ("and the chairman resigned.").
    const w = words[k][0].toLowerCase().replace(/\.$/, '');
    if (finiteVerb(w)) return words[k].index;
    // The subject's words: no verb among them, and a pronoun is a whole subject.
    if (SUBJECT_PRONOUN.test(w0) || /^(?:and|or|but|to|in|on|that|which|who)$/.test(w)) return -1;
  }
  return -1;
}

// A determiner's noun phrase, then a name (a title allowed) set off by commas: "a new vet, Dr Ann Bell, ".
const NAMED_SUBJECT = new RegExp(String.raw`^,?\s+(?:${SUBJECT_DETERMINER})\s+[a-z][^,;:.]{0,40},\s+${SET_OFF_NAME},\s+(?:(?:then|later|also|soon|finally)\s+)?([a-z]+)\b`, 'i');

/** Where the verb after a noun and a name set off beside it starts ("…, a new vet, Dr Ann Bell, joined"), else -1. */
export function namedSubjectEnd(text: string, at: number): number {
  const m = NAMED_SUBJECT.exec(text.slice(at, at + 120));
  return m && finiteVerb(m[1].toLowerCase()) && !/^(?:who|which|that)$/i.test(m[1]) ? at + m[0].length - m[1].length : -1;
}

/**
 * What tells two dates apart: the value, and the stretch one names of its own ("in March 2015 … two weeks later").
 * A date "since" opens starts a stretch running on past it, no point in time: a day told beside it, even the same one
 * ("had been shut since Monday, and a plumber who came that evening …"), dates a clause of its own.
 */
function dateKey(t: Timex, text: string): string {
  const key = t.exact?.end ? `${t.value}/${t.exact.end}` : t.value;
  return SINCE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) ? `since/${key}` : key;
}
const SINCE_RIGHT_BEFORE = /\bsince\s+$/i;

// "…, the coast guard said Friday.", "…," her son, Piet, said on Tuesday.": a teller of a few words after a comma
// (and a closing quotation mark), its verb, and the day closing the clause. A name set off after the teller may be
// written with accents ("the prefect, Hélène Vautrin, said").
export const TRAILING_TELLER = new RegExp(
  String.raw`[,;]["”]?\s+((?!(?:and|but|which|who|that|while|as)\s)(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+(?:,\s+[A-Z][\w\u00C0-\u024F'’.-]*(?:\s+[A-Z][\w\u00C0-\u024F'’.-]*){0,2},)?\s+${TELLING_VERB_RE})\s+(?:on\s+)?$`,
  'i',
);

/**
 * "The work will start on Jan. 7, and the last lamp goes out in the autumn of 1954", read without a publication
 * date: a day whose year nothing gives still holds its own clause, so the other clause's year does not reach it.
 */
function yearless(t: Timex): boolean {
  return t.type === 'DATE' && /^XXXX-(?:\d{2}(?:-\d{2})?|WXX-\d)$/.test(t.value);
}

/**
 * The dated expressions and the yearless days, in reading order. Most units have no yearless day and their dated
 * expressions in order already; they are passed on as they are, with no copy and sort (this runs on every unit).
 */
function withYearless(dated: Timex[], timexes: Timex[]): Timex[] {
  if (!timexes.some(yearless) && inOrder(dated)) return dated;
  return [...dated, ...timexes.filter(yearless)].sort((a, b) => a.start - b.start);
}

function inOrder(ts: Timex[]): boolean {
  for (let i = 1; i < ts.length; i++) if (ts[i].start < ts[i - 1].start) return false;
  return true;
}

// "which began on Feb. 2 and ended last Friday": one happening told by its start and its end, a range. So is one
// planned: "are to start in March and run until October", "will begin on May 1 and end on June 30".
const BEGAN_BEFORE = /\b(?:began|started|opened|commenced|(?:to|will|would|shall)\s+(?:start|begin|open))\s+(?:on\s+|in\s+)?$/i;
const AND_ENDED = /^\s+and\s+(?:(?:ended|finished|closed|stopped|concluded|end|finish|close)\s+(?:on\s+|in\s+)?|(?:ran|run|lasted|last|continued|continue)\s+(?:until|till|to|through|into)\s+)$/i;

// "The fair opened on May 3 and closed on June 1", "The strike began in March and ended 23 days later": a main clause
// telling both in the past tells two happenings, each on its own day. Only a clause that describes its noun ("tests,
// which began on Feb. 2 and ended last Friday") gives the noun's stretch.
const AND_ENDED_PAST = /^\s+and\s+(?:ended|finished|closed|stopped|concluded)\s/i;
const DESCRIBES_NOUN = /\b(?:which|that)\s+(?:had\s+)?[a-z]+\s+(?:on\s+|in\s+)?$/i;

/** Two dates that are the start and the end of one happening ("began on May 3 and ended on June 1"). */
export function beganAndEnded(text: string, a: Timex, b: Timex): boolean {
  // The words before the first date: room for "which had started on" as well as for the verb alone.
  const lead = text.slice(Math.max(0, a.start - 32), a.start);
  const gap = text.slice(a.end, b.start);
  if (!BEGAN_BEFORE.test(lead) || !AND_ENDED.test(gap)) return false;
  return !AND_ENDED_PAST.test(gap) || DESCRIBES_NOUN.test(lead);
}

// A possessive date's noun, then a comma and the preposition of the date that follows ("'s fair, on ").
const OWNED_THEN_DAY = /^['’]s\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+,\s+(?:on|in)\s+$/;

/** Cuts a stretch holding several different dates at its clause boundaries; `sentenceStart`: where its unit starts. */
function cutDated(text: string, start: number, end: number, dated: Timex[], sentenceStart: number): Clause[] {
  dated = dated.filter((t) => t.start >= start && t.end <= end);
  // "Last year's fair, on June 9, drew …": the noun's own day, set off after it, is the same date told closer; no cut.
  dated = dated.filter((t, i) => !(dated[i + 1] && dated[i + 1].value.startsWith(`${t.value}-`) && OWNED_THEN_DAY.test(text.slice(t.end, dated[i + 1].start))));
  const distinct = new Set(dated.map((t) => dateKey(t, text)));
  if (distinct.size < 2) {
    const whole: Clause[] = [{ start, end }];
    if (dated.length) warConjuncts(text, whole, dated);
    if (dated.length) sinceThenConjunct(text, whole, dated);
    return whole;
  }
  // Several different dates: cut at clause boundaries so each date gets its own event.
  const cuts = clauseCuts(text, start, end, dated);
  const parts: Clause[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const s = cuts[i];
    const e = i + 2 < cuts.length ? cuts[i + 1] : end;
    const has = dated.some((t) => t.start >= s && t.end <= e);
    const first = parts.length === 1 ? parts[0] : null;
    const last = parts.length ? parts[parts.length - 1] : null;
    // "…, but it was shelved for lack of funds, in 1994 and again in 1999": a clause opened by a conjunction, with
    // no date, goes on into the date phrase after its comma, not back into the clause before the conjunction.
    // So does a phrase set off after a bare "and," ("came in 1931 and, after a long wait, in 1994").
    const ownPhraseNext = !has && i + 2 < cuts.length && /(?:,\s+(?:and|but|while|whereas)|;|\b(?:and|but),)\s+$/.test(text.slice(Math.max(0, s - 12), s)) && /^(?:on|in|by|since|with)\s/.test(text.slice(cuts[i + 1], cuts[i + 1] + 6));
    // "Born in 1931, the son of a smith, he joined the crew, in 1948": the clause after a birth opener is the
    // sentence's own, never more of the birth; a date phrase set off after it dates it (the branch below).
    const afterBirth = !has && !ownPhraseNext && i + 2 < cuts.length && last !== null && last.start === start && parts.length === 1 && s === start + (BORN_OPENER.exec(text.slice(start, end))?.[0].length ?? -1) && /,\s+$/.test(text.slice(s, cuts[i + 1])) && /^(?:on|in)\s/.test(text.slice(cuts[i + 1], cuts[i + 1] + 4));
    // An appositive left before its pronoun ("the son of a smith, he …") describes the person born: the clause opens at
    // the pronoun.
    if (afterBirth) parts.push({ start: s + (BIRTH_APPOSITIVE.exec(text.slice(s, e))?.[0].length ?? 0), end: e });
    else if (!has && last && !ownPhraseNext) last.end = e;
    // "The council will hold two sessions at the library, on Thursday, December 21, and …": an opening clause with
    // no date goes on into the date phrase after its comma, which has no verb of its own.
    else if (first && !dated.some((t) => t.start >= first.start && t.end <= first.end) && /^(?:on|in|by|since|with)\s/.test(text.slice(s, s + 6))) first.end = e;
    else if (last && last !== first && !dated.some((t) => t.start >= last.start && t.end <= last.end) && /^(?:on|in|by|since|with)\s/.test(text.slice(s, s + 6))) last.end = e;
    else parts.push({ start: s, end: e });
  }
  namedSubjectParts(text, parts);
  bareDateConjuncts(text, parts, dated);
  joinSettings(text, parts, dated);
  joinNarrowings(text, parts, dated);
  // A part that still holds two different dates is two clauses joined without a comma ("… will start next
  // month and the first trams should run in 2025"): cut at the last conjunction between the two dates,
  // unless they are the ends of a range ("between May and July").
  for (let i = 0; i < parts.length; i++) {
    const inside = dated.filter((t) => t.start >= parts[i].start && t.end <= parts[i].end);
    // "Ada Lune, the chemist who in 1931 found the salt and wrote it up, died on Friday": a subject's relative clause
    // whose date comes before its verb is cut off whole below, before its main verb; an "and" inside it joins no two
    // clauses. (With its verb before its date, "who signed before June and have not yet moved in", the first verb
    // after the date may still be the relative clause's, and the "and" is cut as before.)
    const mainVerb = inside.length > 1 ? (relativeInSubject(text, parts[i], dated, true)?.[1].start ?? -1) : -1;
    for (let k = 0; k + 1 < inside.length; k++) {
      const [a, b] = [inside[k], inside[k + 1]];
      if (a.start < mainVerb && b.start >= mainVerb) continue;
      // "on 3, 4 and 7 June": the items of a list that runs as one stretch are one clause's date.
      if (listNeighbours(text, inside, a, b)) continue;
      // "won the title in 2014 and 2015 and was fourth last year": a date that closes a two-year stretch is no longer
      // the same date as a later one of its value; the later one's clause is its own.
      const closes = k > 0 && /^,?\s+and\s+$/.test(text.slice(inside[k - 1].end, a.start)) && nextYear(inside[k - 1], a);
      const cut = cutBetween(text, sentenceStart, a, b, closes);
      if (!cut) continue;
      // The second object's clause shares the first's subject and verb ("she and her sister wrote … and to the council …").
      const shared = cut.sharesSubject ? subjectAndVerb(text, parts[i].start, a.start) : null;
      parts.splice(i, 1, { start: parts[i].start, end: cut.end }, shared ? { start: cut.next, end: parts[i].end, subject: shared } : { start: cut.next, end: parts[i].end });
      break;
    }
  }
  warConjuncts(text, parts, dated);
  // Keep cut points off trailing separators.
  return parts.flatMap((p) => {
    let e = p.end;
    while (e > p.start && /[\s;,]/.test(text[e - 1])) e--;
    // "came in 1931 and, after a long gap, in 1994": the "and" before a cut after its comma is no part of the first.
    const and = /\s(?:and|but)$/.exec(text.slice(Math.max(p.start, e - 4), e));
    if (and && /^,/.test(text.slice(e, e + 1))) e -= and[0].length;
    const { subject } = p;
    return relativeInSubject(text, { start: p.start, end: e }, dated) ?? participleInSubject(text, { start: p.start, end: e }, dated) ?? [subject ? { start: p.start, end: e, subject } : { start: p.start, end: e }];
  });
}

/**
 * The subject and verb of the clause holding `at`, from a "that" opening it or else the part's start: "she and her sister
 * wrote" in "said that she and her sister wrote to …". Null when no subject and verb are found.
 */
function subjectAndVerb(text: string, start: number, at: number): Span | null {
  const that = lastMatchOf(THAT_OPENING, text.slice(start, at));
  const from = that ? start + that.index + that[0].length : start;
  const pronoun = PRONOUN_AND_VERB.exec(text.slice(from, at));
  if (pronoun) return { start: from, end: from + pronoun[0].length };
  const subject = subjectBefore(text, from, at);
  const verb = subject && /^\s*[A-Za-z][\w'’-]*/.exec(text.slice(subject.end, at));
  return subject && verb ? { start: subject.start, end: subject.end + verb[0].length } : null;
}
const THAT_OPENING = /\bthat\s+/gi;
const PRONOUN_AND_VERB = /^(?:he|she|they|we|it|I)\s+(?:(?:first|also|then|later|[a-z]+ly)\s+)?(?!(?:and|or|but|who|which|that)\s)[a-z][\w'’-]*/i;

// Where a clause may open inside a part: after its comma, on a word that opens a clause or on the subject's determiner.
const CLAUSE_OPEN_AT = new RegExp(String.raw`,(?=\s+(?:(?:${CLAUSE_OPENER})\s+)?(?:${SUBJECT_DETERMINER})\s)`, 'gi');
const CLAUSE_OPEN_LEAD = new RegExp(String.raw`^,\s+(?:(?:${CLAUSE_OPENER})(?=\s))?`, 'i');

/**
 * "…, after its vet left in December, until a new vet, Dr Ann Bell, joined in March": a dated part opening on a verb,
 * after a noun and a name set off beside it, is cut off from its subject; the subject (and the word opening its
 * clause) goes with it, not with the part before.
 */
function namedSubjectParts(text: string, parts: Span[]): void {
  for (let i = 1; i < parts.length; i++) {
    const prev = parts[i - 1];
    const open = lastMatchOf(CLAUSE_OPEN_AT, text.slice(prev.start, prev.end));
    const at = open ? prev.start + open.index : -1;
    if (at <= prev.start) continue;
    const lead = CLAUSE_OPEN_LEAD.exec(text.slice(at))![0];
    const verb = namedSubjectEnd(text, at + lead.length);
    if (verb !== parts[i].start) continue;
    prev.end = at;
    parts[i].start = at + /^,\s+/.exec(lead)![0].length;
  }
}

// A part that is a date phrase and nothing else, cut off at its comma: "in 1936", "on 2 May".
const BARE_DATE_LEAD = /^(?:on|in|during|at)\s+(?:the\s+)?$/i;
const BARE_DATE_TAIL = /^[\s.,;:!?"”’)]*$/;
// " and moved", " and then sold": a second predicate sharing the subject, its verb first.
const AND_PREDICATE = /\sand\s+(?=(?:then\s+|later\s+)?[a-z]{3,}\b)/g;

/**
 * "The shop opened in 1931 and moved into a building, designed by a local architect, in 1936": a date phrase with no
 * words of its own, set off by a comma after an aside, dates the predicate the aside interrupts. When the part before
 * it holds a date of its own and then "and" and a verb, that conjunct is the phrase's clause, not the first date's.
 */
function bareDateConjuncts(text: string, parts: Span[], dated: Timex[]): void {
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const prev = parts[i - 1];
    const own = dated.filter((t) => t.start >= p.start && t.end <= p.end);
    if (own.length !== 1 || !BARE_DATE_LEAD.test(text.slice(p.start, own[0].start)) || !BARE_DATE_TAIL.test(text.slice(own[0].end, p.end))) continue;
    const before = dated.filter((t) => t.start >= prev.start && t.end <= prev.end).pop();
    if (!before) continue;
    const and = lastMatchOf(AND_PREDICATE, text.slice(before.end, prev.end));
    // The "and" must follow the first date within its own stretch: "in 1931 and moved", not "in 1931, when …, and".
    if (!and || /[,;:]/.test(text.slice(before.end, before.end + and.index))) continue;
    const at = before.end + and.index;
    parts.splice(i - 1, 2, { start: prev.start, end: at }, { start: at + and[0].length, end: p.end });
  }
}

// "served in the Korean War and in 1958 joined the firm": after a named war, "and" and a preposition before the part's
// date open a second predicate with a date of its own.
const AND_DATE_LEAD = /\s+and\s+(?:then\s+|later\s+)?(?:in|on|by|from|during)\s+(?:the\s+)?$/i;

/**
 * Cuts a part that holds a named war ("during the Korean War", dated by the public record, no expression of the
 * tagger's) and, after "and", a date of its own: two happenings, the war's and the date's, as "During the Korean War she
 * toured, and in 1954 she …" already is at its comma. The war's clause is then dated as an undated clause told in a war.
 */
function warConjuncts(text: string, parts: Clause[], dated: Timex[]): void {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const war = namedWarAt(text.slice(p.start, p.end));
    if (!war) continue;
    const after = dated.find((t) => t.start >= p.start + war.end && t.end <= p.end);
    if (!after || dated.some((t) => t.start >= p.start && t.end <= p.start + war.end)) continue;
    const gap = text.slice(p.start + war.end, after.start);
    const and = /[,;:]/.test(gap) ? null : AND_DATE_LEAD.exec(gap);
    if (!and) continue;
    const cut = p.start + war.end + and.index;
    let next = cut + and[0].search(/and/i) + 3;
    while (/\s/.test(text[next])) next++;
    parts.splice(i, 1, { start: p.start, end: cut, conjunct: true }, { start: next, end: p.end });
    i++;
  }
}

/**
 * "The mill shut in 1990; since then the village has lost its shop": after a semicolon, "since then" opens a clause of
 * its own with no date, running on from the date before (undated-clauses.ts); the dated clause ends at the semicolon.
 */
function sinceThenConjunct(text: string, parts: Clause[], dated: Timex[]): void {
  const last = parts[parts.length - 1];
  const semi = SEMICOLON_SINCE_THEN.exec(text.slice(last.start, last.end));
  if (!semi) return;
  const cut = last.start + semi.index;
  if (!dated.some((t) => t.end <= cut && t.start >= last.start) || dated.some((t) => t.start > cut && t.end <= last.end)) return;
  parts.splice(parts.length - 1, 1, { ...last, end: cut }, { start: cut + semi[0].search(/since/i), end: last.end, conjunct: true });
}

/** Where a stretch with several different dates may be cut: its start, its clause boundaries, and its end. */
function clauseCuts(text: string, start: number, end: number, dated: Timex[]): number[] {
  const cuts: number[] = [start];
  // "Born in 1956 in Skarva, she left school at 15": the opening phrase is the birth, the clause after it has its own date.
  const born = BORN_OPENER.exec(text.slice(start, end));
  if (born) cuts.push(start + born[0].length);
  for (const m of text.slice(start, end).matchAll(CLAUSE_CUT)) {
    const at = start + m.index!;
    const cut = at + m[0].length;
    // A colon cuts only after a clause with a date of its own: "Then the bus came back: a firm ran it from 1967" is one.
    if (m[0][0] === ':' && !dated.some((t) => t.start >= cuts[cuts.length - 1] && t.end <= at)) continue;
    // "closed Wednesday, Dec. 24, and Thursday, Dec. 25": two days in a row joined by ", and" are one stretch.
    const a = dated.find((t) => t.end === at);
    const b = a && dated.find((t) => t.start === cut);
    if (a && b && /^,\s+and\s+$/.test(m[0]) && (nextWeekday(a, b) || listNeighbours(text, dated, a, b))) continue;
    // "between 6 p.m. on Saturday, June 29, and 7 a.m. on Monday, July 1": the comma closes the first end's date; the
    // two are the ends of one range.
    if (a && b && /^,\s+and\s+$/.test(m[0]) && /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) continue;
    cuts.push(cut);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(end);
  return cuts;
}

// ", weeks before the ", ", only days after the ": a stretch with no count, ordering, then a noun phrase its date closes.
const UNCOUNTED_ORDER = /^,\s+(?:(?:only|just|some|a\s+few|several|many)\s+)?(?:hours|days|weeks|months|years|decades)\s+(?:before|after)\s+(?=(?:the|a|an|its|their|his|her|our)\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:of|in|on|during)\s+$)/i;
const AGAIN_AFTER_COMMA = /^,\s+again(?:\s+(?:in|on|at|during|last|this|that|the))?\s+$/i;
const MEMORY_BACK = /\s+(?:took|takes|take|taking|brought|brings|bring|carried|carries|carry)\s+(?:me|us|him|her|them|many|readers)\s+back\s+to\s+$|\s+(?:reminded|reminds|remind)\s+(?:me|us|him|her|them|many|readers)\s+of\s+$/i;

/**
 * Where to cut between two different dates that the comma cuts left in one part: the end of the first clause and the
 * start of the second, or null when the two belong to one clause (the same date, a range, two days in a row).
 */
function cutBetween(text: string, sentenceStart: number, a: Timex, b: Timex, closesStretch = false): { end: number; next: number; sharesSubject?: boolean } | null {
  // The same value is the same date, unless one names a stretch of its own ("in March 2015 … two weeks later").
  if ((dateKey(a, text) === dateKey(b, text) && !closesStretch) || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 9), a.start))) return null;
  if (/^,?\s+and\s+$/.test(text.slice(a.end, b.start)) && (secondDayOf(text, a, b) || nextWeekday(a, b) || nextMonth(a, b) || nextSeason(a, b) || nextYear(a, b))) return null;
  if (PART_OF_NEXT_DAY.test(text.slice(a.end, b.start)) && nextWeekday(a, b)) return null;
  if (beganAndEnded(text, a, b) || triedAgain(text, a, b)) return null;
  const gap = text.slice(a.end, b.start);
  // "The jury heard at a trial that opened on Oct. 2 that in May 2011 the men forged …": a "that" clause opening with a
  // date of its own is what was told, with its own subject and verb, not more of the clause the first date dates.
  const told = THAT_CLAUSE_DATE.exec(gap);
  if (told) return { end: a.end, next: a.end + told[0].length };
  // "rang the desk on Tuesday to report that he had spotted the van on Sunday": what an infinitive telling tells, a clause with
  // its own subject and verb after "that", holds a date of its own; the telling keeps the first.
  const toldTo = INFINITIVE_TELLING_THAT.exec(gap);
  const thatAt = toldTo ? a.end + toldTo.index + toldTo[0].search(/\s+that\s+$/i) : -1;
  if (toldTo && !/[;:]/.test(gap.slice(toldTo.index)) && subjectVerbAt(text, thatAt + /^\s+that/i.exec(text.slice(thatAt))![0].length) >= 0) {
    return { end: thatAt, next: a.end + toldTo.index + toldTo[0].length };
  }
  // "had been losing money since 1999 when a fire destroyed the plant in 2003": a when-clause right after a date that
  // holds a date of its own tells its own happening, at that date, not one at the first; the stretch the "since" opens
  // ends there (pastPerfectSinceEnd).
  const when = WHEN_OPENS.exec(gap);
  if (when && !/[,;:]/.test(gap.slice(when[0].length)) && !RELATIVE_WORD.test(gap) && DATE_LEAD_END.test(gap)) return { end: a.end, next: a.end + when[0].length };
  // "found on Monday that a fuel line had cracked where it had been patched in November": a where-clause with its own
  // subject and a date of its own tells of its own happening, at that date, as a when-clause does.
  const where = lastMatchOf(WHERE_OWN_CLAUSE, gap);
  if (where && !/[,;:]/.test(gap.slice(where.index)) && subjectVerbAt(text, a.end + where.index + 6) >= 0) return { end: a.end + where.index, next: a.end + where.index + 1 };
  // "revived the plum loaf, from a notebook turned up in the loft when the bakery was reroofed in 1983": so does a
  // when-clause further on, with its own subject, verb and date and no relative clause inside it.
  const whenAt = lastMatchOf(WHEN_OWN_CLAUSE, gap);
  // Not after a possessive date, which names a thing and dates no clause ("Seats for tonight's final were gone when
  // the box office opened in June").
  if (whenAt && !POSSESSIVE_END.test(a.text) && !/^['’]/.test(text.slice(a.end, a.end + 1)) && !/[,;:]/.test(gap.slice(whenAt.index)) && !RELATIVE_WORD.test(gap.slice(whenAt.index)) && DATE_LEAD_END.test(gap) && subjectVerbAt(text, a.end + whenAt.index + 5) >= 0) return { end: a.end + whenAt.index, next: a.end + whenAt.index + 1 };
  // "was held on 24 May because the hall had been booked on 17 May": a reason with a date of its own is its own
  // happening, as a second conjunct is ("because of the storm on Monday" is a noun's date, and stays).
  // "had no choice but to do it", "to sell the plant and to buy": an infinitive after them joins no clause.
  // "will visit Kell on Wednesday before moving to Orrin on July 14": a gerund after "before" or "after" with a
  // date of its own is a second happening too, as is one after "for", the reason told ("attacked him on Sunday for
  // failing to enforce an order in 1992").
  // "Pictures of last week's flood took me back to the winter of 1963": the time remembered is the memory's own; the
  // subject that calls it up keeps the date it names.
  // "The warnings came in 2017, again in 2019, and again on Christmas Eve": each repetition after a comma is the
  // happening told once more at a date of its own.
  // "was listed in 1994, days before the flood of that March": a happening named by its noun and the date after
  // it, which an uncounted stretch set off after the clause's date orders it against, is its own event at its own date.
  const ordered = UNCOUNTED_ORDER.exec(gap);
  if (ordered) return { end: a.end, next: a.end + ordered[0].length };
  const again = AGAIN_AFTER_COMMA.exec(gap);
  if (again) return { end: a.end, next: a.end + again[0].search(/again/i) };
  const memory = MEMORY_BACK.exec(gap);
  if (memory) return { end: a.end + memory.index, next: a.end + memory.index + memory[0].search(/\S/) };
  // "is due to begin in September and to report in 2014": a second infinitive with a date of its own is a second
  // happening; not "to" before a noun phrase, a figure or a name ("rose in March and to 5 percent in April").
  // "appealed to the mayor in May 2012 and to the minister the following month": a second object of the same verb with
  // a date counted on from the first is a second happening (a figure "rose in March and to 5 percent in April" has
  // a date of its own and stays).
  const againTo = LATER_DATE.test(b.text) ? AND_TO_OBJECT.exec(gap) : null;
  if (againTo) return { end: a.end + againTo.index, next: a.end + againTo.index + againTo[0].length, sharesSubject: true };
  // "visit Ebbetsford on Wednesday, then host the Rooks on Easter Monday": a ", then" before a verb with a date of its
  // own opens the next step.
  const joins = [...gap.matchAll(/\s(?:and|but|while|whereas|because(?!\s+of\s)),?\s(?!to\s)|,\s+then\s(?!(?:on|in|at|by|the|a|an|this|that|next|last)\s)(?=[a-z]{3,}\s)|\s(?:before|after|for)\s(?=[a-z]{2,}ing\s)|\sand\s(?=to\s+(?!(?:the|a|an|its|his|her|their|our|my|this|that|these|those|about|around|nearly|almost|some|more|less|just|over|under|be)\s)[a-z]{3,}\s)/g)];
  const last = joins[joins.length - 1];
  if (last) return { end: a.end + last.index!, next: a.end + last.index! + last[0].length };
  // "broke down in 2011, were revived in May 2014 and …": a comma and a verb of the same subject start the next
  // predicate of a list, each with its own date.
  const listed = predicateAfterComma(text.slice(a.end, b.start + 12), gap.length);
  if (listed >= 0) return { end: a.end + listed, next: a.end + listed + /^,\s+/.exec(gap.slice(listed))![0].length };
  // "The mill shut in May 1971, the last weaver went in 1974, and …": a comma, then a subject of a few words and an
  // irregular past of its own, opens the next clause of a list, each with its own date. (A past in -ed there is read
  // as a participle phrase set off, an aside, which cuts it as well.)
  // Only after a clause with a verb of its own: a fronted phrase ("In its opening season, 1994, a kiosk was flooded") dates
  // the clause after it.
  const subjectListed = holdsPastForm(clauseBefore(text, sentenceStart, a.start)) ? subjectPredicateAfterComma(gap) : -1;
  if (subjectListed >= 0) return { end: a.end + subjectListed, next: a.end + subjectListed + /^,\s+/.exec(gap.slice(subjectListed))![0].length };
  // "was set up in 1961 by a family whose son died the year before": a relative clause with a date of its own.
  // A day with no year to put it in (no publication date) is cut from an irregular past's "that" clause only when
  // the old reading would do the same: alone, it could not keep its clause's event.
  const rel = relativeCut(gap, yearless(a) || yearless(b));
  if (rel >= 0) return { end: a.end + rel, next: a.end + rel };
  // "will decide by the end of the year whether to build a plant, a project first proposed in the early
  // 2000s": a noun phrase set off by a comma, with a participle of its own, has its own date.
  const app = APPOSITIVE_PARTICIPLE.exec(gap);
  return app ? { end: a.end + app.index, next: a.end + app.index + app[0].search(/[a-z]/i) } : null;
}

// "to say that", "to tell police that": an infinitive of telling (its object at most two words), then "that".
const INFINITIVE_TELLING_THAT = new RegExp(String.raw`\bto\s+(?:(?:${TELLING_INFINITIVE})|tell\s+[a-z]+(?:\s+[a-z]+)?)\s+that\s+`, 'i');
const AND_TO_OBJECT = /\sand\s(?=to\s+(?:the|a|an|its|his|her|their|our)\s)/;
const THAT_CLAUSE_DATE = /^,?\s+that\s+(?=(?:between|in|on|during|from|since|by|until|at)\s+$)/i;
const WHEN_OPENS = /^,?\s+(?=(?:when|once)\s)/i;
// A clause of its own after "where" or "when" opens on its subject: a pronoun, or a determiner before a noun.
const OWN_SUBJECT_AHEAD = String.raw`(?=(?:${OWN_SUBJECT_WORDS})\s)`;
const WHERE_OWN_CLAUSE = new RegExp(String.raw`\swhere\s+${OWN_SUBJECT_AHEAD}`, 'gi');
const POSSESSIVE_END = /['’]s?$/;
const WHEN_OWN_CLAUSE = new RegExp(String.raw`\swhen\s+${OWN_SUBJECT_AHEAD}`, 'gi');
// Not a date of a relative clause inside it ("when a drill broke into a gallery that had been sealed in 1951").
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose)\b/i;
const DATE_LEAD_END = /\s(?:in|on)\s+(?:the\s+)?$/i;

const SETTING_OPEN = /^["“]?(?:At|In|During|On)\s/;

/**
 * "At the council's March meeting, on March 9, it was deferred": a fronted phrase of setting with no verb, whose
 * date holds the date of the part after it, is one clause with that part (the finer date dates it), not an event of
 * its own.
 */
function joinSettings(text: string, parts: Span[], dated: Timex[]): void {
  const within = (p: Span) => dated.filter((t) => t.start >= p.start && t.end <= p.end);
  for (let i = 0; i + 1 < parts.length; i++) {
    const words = text.slice(parts[i].start, parts[i].end);
    if (!SETTING_OPEN.test(words) || /,\s*\S/.test(words) || ANY_VERB.test(words) || words.trim().split(/\s+/).length > 8) continue;
    const outer = within(parts[i]);
    const inner = within(parts[i + 1])[0];
    if (!inner || !outer.length || !outer.every((t) => /^\d{4}-\d{2}$/.test(t.value) && inner.value.startsWith(`${t.value}-`))) continue;
    parts.splice(i, 2, { start: parts[i].start, end: parts[i + 1].end });
  }
}

// A phrase of a preposition and its date alone, set off after a comma: ", on Saturday 29 April".
const DATE_PHRASE = /^(?:on|in)\s/;

/**
 * "The ferries run later this year, on Sunday 2 June, and the café …": a date phrase with no verb set off right after a
 * coarser date that holds it names the day that date meant; it is one clause with the part before, which the finer date
 * dates, not an event of its own.
 */
function joinNarrowings(text: string, parts: Span[], dated: Timex[]): void {
  for (let i = 1; i < parts.length; i++) {
    const words = text.slice(parts[i].start, parts[i].end);
    if (!DATE_PHRASE.test(words) || ANY_VERB.test(words)) continue;
    const inner = dated.filter((t) => t.start >= parts[i].start && t.end <= parts[i].end);
    const outer = dated.filter((t) => t.start >= parts[i - 1].start && t.end <= parts[i - 1].end).at(-1);
    if (inner.length !== 1 || !outer || !/^\d{4}(?:-\d{2})?$/.test(outer.value) || !inner[0].value.startsWith(`${outer.value}-`)) continue;
    // Right after the coarser date, nothing but the comma and the preposition between; the phrase runs to the part's
    // end with at most its closing comma (and the conjunction of the clause after) after the date.
    if (!/^,\s+(?:on|in)\s+$/.test(text.slice(outer.end, inner[0].start)) || !/^[\s,.;!?]*(?:(?:and|but)\s*)?$/.test(text.slice(inner[0].end, parts[i].end))) continue;
    parts.splice(i - 1, 2, { start: parts[i - 1].start, end: parts[i].end });
    i--;
  }
}

// "a merchant whose son died", "a gallery that had been sealed", "the firm which was sold": a relative pronoun after
// a noun, then its verb.
// After "who" or "which" any verb will do ("investors who hold the stock on Dec. 31"): after a noun neither is the
// conjunction "that" can be, so a present verb opens the clause as surely as a past one.
// After "that" the verb must be a past or an auxiliary, a regular or a common irregular one ("the financial year that
// began on April 1").
// A name may be the noun ("the building on Castle Street that has stood empty since …").
const RELATIVE_CLAUSE = /\s([A-Za-z][\w'’-]*)\s+(?=(?:whose\s+[a-z]+\s|(?:who|which)\s+[a-z]{2,}\s|that\s+([a-z]+)\s))/g;
export const THAT_VERB = /^(?:had|has|have|was|were|is|are|[a-z]{3,}ed)$/;
const NOT_NOUN = /^(?:so|such|now|and|but|or|than|of|to|for|with|from|by|in|on|at|is|are|was|were|that|this|said|says|told|knew|thought|felt|believed|hoped|feared|found|saw|meant|showed|shows)$/;

/** Where a relative clause opens in `gap` (the words between two dates of one part), after a noun; -1 if none. */
function relativeCut(gap: string, regularOnly = false): number {
  for (const m of gap.matchAll(RELATIVE_CLAUSE)) {
    if (m[2] !== undefined && !THAT_VERB.test(m[2]) && (regularOnly || !IRREGULAR_PAST.has(m[2]))) continue;
    if (nounHead(m[1])) return m.index! + m[0].length;
  }
  // "a display paid for with the money it spent on the streets last January": a relative clause with no pronoun, its
  // own subject and past verb right after the noun.
  // "won the cup with a marrow she grew last summer": so does one after a noun a determiner opens, plural or not.
  // Every word after the determiner must be the noun's: no clause opener ("an hour when they"), nor a time the
  // pronoun's clause is set at ("the next morning they").
  for (const re of [CONTACT_RELATIVE, CONTACT_AFTER_DETERMINER]) {
    for (const m of gap.matchAll(re)) {
      const verb = m[2].toLowerCase();
      const nounWords = re === CONTACT_AFTER_DETERMINER ? m[0].trim().toLowerCase().split(/\s+/).slice(1) : [m[1]];
      if (nounWords.every((w) => nounHead(w) && !NOT_CONTACT_NOUN.test(w)) && finiteVerb(verb) && !AUXILIARY.test(verb)) return m.index! + m[0].length;
    }
  }
  return -1;
}

/** A word that may head the noun a relative clause follows: no function word, past form or telling verb. */
function nounHead(word: string): boolean {
  const w = word.toLowerCase();
  return !NOT_NOUN.test(w) && !/ed$/.test(w) && !IRREGULAR_PAST.has(w) && !tellingWord(w);
}
// A plural noun before it ("the euros it spent"): a word in -s that is no verb, adverb or conjunction.
// Clause openers and times of day or calendar, which a pronoun after them does not take as a relative clause's head.
const NOT_CONTACT_NOUN = /^(?:when|while|whilst|where|after|before|because|if|as|since|until|till|once|though|although|whether|unless|ago|later|earlier|then|morning|afternoon|evening|night|day|week|weekend|month|year|time|moment|[a-z]+ly)$/;
// A noun after a determiner and at most two words more ("a conker she picked", "the old van they sold").
const CONTACT_AFTER_DETERMINER = new RegExp(String.raw`\s(?:${SUBJECT_DETERMINER})\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]{2,})\s+(?=(?:it|they|he|she|we|I)\s+([a-z]+)\s)`, 'g');
const CONTACT_RELATIVE = new RegExp(String.raw`\s((?!(?:${NOT_PLURAL_S})\s)[a-z][\w'’-]{2,}s)\s+(?=(?:it|they|he|she|we)\s+([a-z]+)\s)`, 'g');

// ", the last weaver went": a comma, a determiner, and the next few words (a noun phrase, then its verb).
const COMMA_SUBJECT = /,\s+(?:the|its|their|his|her|our|a|an)\s+((?:[a-z-]+\s+){1,4})/gi;
// Words that end a bare noun phrase or open another clause: no subject of a few plain words runs past them.
const NOT_IN_SUBJECT = /^(?:the|a|an|its|his|her|their|our|who|which|that|whose|whom|and|or|but|of|to|in|on|at|for|with|by|from|year|month|week|day|it|he|she|they|we|i|you|since|as|than|when|while|after|before|until|if|because|so|not)$/;

/**
 * The words before `at` back to the start of its sentence (`sentenceStart`, the splitter's: an abbreviation's or a
 * decimal's full stop ends none) or a semicolon, at most 160 characters of them.
 */
function clauseBefore(text: string, sentenceStart: number, at: number): string {
  const words = text.slice(Math.max(sentenceStart, at - 160), at);
  return words.slice(words.lastIndexOf(';') + 1);
}

/** Where a comma in `gap` opens a clause with its own subject and an irregular simple past (not a telling); -1 if none. */
function subjectPredicateAfterComma(gap: string): number {
  for (const m of gap.matchAll(COMMA_SUBJECT)) {
    const words = m[1].toLowerCase().trim().split(/\s+/);
    for (let k = 1; k < words.length; k++) {
      const w = words[k];
      if (IRREGULAR_PAST.has(w) && !/ed$/.test(w) && w !== 'had' && w !== 'did' && !tellingWord(w)) return m.index!;
      if (NOT_IN_SUBJECT.test(w) || NOT_IN_SUBJECT.test(words[k - 1])) break;
    }
  }
  return -1;
}

// ", were revived in", ", tested it in": a comma, then a finite verb (an adverb may come first), and the word after it.
const COMMA_WORD = /,\s+(?:(?:then|later|also|again|finally|eventually)\s+)?([a-z]+)\s+([A-Za-z]+|[\d$£€])/g;
// ", reopening Jan. 2", ", including $14 million announced last month": a participle phrase of its own.
const GERUND = /^(?!(?:during|morning|evening|nothing|something|anything|everything|spring|string|according|bring|thing|king|wing|ring|sing|swing|sling|sting)$)[a-z]{3,}ing$/;
const tellingWord = (w: string) => w === 'told' || isTellingWord(w);
const PARTICIPLE_PREPOSITION = /^(?:in|on|at|by|during|from|since|for|with|as|to|into|after|before|under|over|between)$/;

/**
 * Where the last comma in the words between two dates opens a predicate of its own, a finite verb or a participle in
 * -ing right after it; -1 when none does. Not a telling (", said the mayor"), nor a past form right before a preposition, which may be a
 * participle phrase set off ("…, built in 1932, …").
 */
function predicateAfterComma(gap: string, upTo: number): number {
  let at = -1;
  for (const m of gap.matchAll(COMMA_WORD)) {
    if (m.index! >= upTo) break;
    const [w, next] = [m[1], m[2]];
    if (tellingWord(w)) continue;
    if (AUXILIARY.test(w) || GERUND.test(w) || ((/^[a-z]{2,}ed$/.test(w) || IRREGULAR_PAST.has(w)) && !PARTICIPLE_PREPOSITION.test(next))) at = m.index!;
  }
  return at;
}

// "The engineer who rebuilt the bridge after the 1971 collapse died on Saturday", "Rain that began on Monday has
// forced thousands from their homes, officials said Wednesday": a relative clause inside the subject holds a date
// of its own, and the main verb comes after it. Read as one clause, the subject's date (the first) dated the main
// verb too. The relative clause is its own event; the main clause keeps the subject for its title.
const SUBJECT_RELATIVE = /^([^;:"“”]{3,120}?)\s(who|that|which)\s+(?=[a-z])/i;
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does)$/;
// Saying verbs that finiteVerb does not see (irregular, or a present in -s).
const SAYING = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'adds', 'states', 'insists', 'warns', 'argues', 'explains']);

/** A finite verb, as far as a word alone tells: an auxiliary, a past in -ed, or a common irregular past. */
function finiteVerb(w: string): boolean {
  return AUXILIARY.test(w) || /^[a-z]{2,}ed$/.test(w) || IRREGULAR_PAST.has(w);
}

function relativeInSubject(text: string, part: Span, dated: Timex[], dateFirst = false): Clause[] | null {
  const inside = dated.filter((t) => t.start >= part.start && t.end <= part.end);
  if (new Set(inside.map((t) => t.value)).size < 2) return null;
  const m = SUBJECT_RELATIVE.exec(text.slice(part.start, part.end));
  if (!m) return null;
  const head = m[1];
  // The head is a noun phrase, not a clause: no verb in it ("officials said that …" is no subject).
  const headWords = head.toLowerCase().match(/[a-z']+/g) ?? [];
  // Nor one with a saying verb in it anywhere: in "the company said on Tuesday that its sales …", "that" opens what was
  // said, not a relative clause.
  // A past form right after an article is an adjective, no verb: "Mr Orme, a retired signalman who …".
  if (headWords.length > 14 || headWords.some((w, i) => (finiteVerb(w) && !/^(?:a|an|the)$/.test(headWords[i - 1] ?? '')) || SAYING.has(w)) || /\b(?:so|such|now|but|and|or|because|if|when|while)$/i.test(head)) return null;
  const pronounAt = part.start + m.index + m[1].length + 1;
  const relStart = pronounAt + m[2].length + 1;
  const first = inside.find((t) => t.start > pronounAt);
  if (!first) return null;
  // "that" is a relative pronoun here only when a verb follows it at once ("rain that began", not "that year").
  // Or when a subject of its own and then its past verb do ("a ban that the water board imposed on April 2").
  // A pronoun may be that subject after a noun phrase a determiner opens ("the pool that we opened in 1982"): a head
  // with no verb in it is no clause that "that" could open what was told after.
  if (m[2].toLowerCase() === 'that' && !verbFirst(text.slice(relStart, first.start)) && !objectRelative(text.slice(relStart, first.start), DETERMINER_HEAD.test(head))) return null;
  // The main verb: the first finite verb after the relative clause's first date, outside any date; a date of
  // another value must follow it, or the clause has one date only and nothing to split.
  // The verb is looked for near the date only: a run of dates with no verb costs no more than that stretch.
  const words = /[A-Za-z']+/g;
  words.lastIndex = first.end;
  const stop = Math.min(part.end, first.end + 200);
  let verbAt = -1;
  let k = inside.indexOf(first);
  // "the engineer who in 1962 designed the bridge, died on Sunday": a relative clause whose date comes before its own
  // verb; the first verb after the date is still the relative clause's, and the main verb is the next one.
  // So is the participle after "who had recently" or "who was on Monday": an auxiliary alone is not yet its verb.
  // Only a verb right after the date is skipped so: one further on may be the main verb already.
  const verbNext = finiteVerb(/^\s+([a-z']+)/.exec(text.slice(first.end, first.end + 30))?.[1] ?? '');
  let ownVerbs = verbNext && !(text.slice(relStart, first.start).toLowerCase().match(/[a-z']+/g) ?? []).some((x) => (finiteVerb(x) || PAST_PARTICIPLES.has(x)) && !AUXILIARY.test(x)) ? 1 : 0;
  if (dateFirst && !ownVerbs) return null;
  const ownVerbsSkipped = ownVerbs === 1;
  for (let w = words.exec(text); w && w.index < stop; w = words.exec(text)) {
    while (k < inside.length && inside[k].end <= w.index) k++;
    if (k < inside.length && inside[k].start <= w.index) continue;
    // "who in 1949 founded the project and saw it through": a verb joined to the relative clause's own is its too.
    if (!finiteVerb(w[0].toLowerCase()) || (ownVerbs === 0 && ownVerbsSkipped && /\b(?:and|or)\s+$/.test(text.slice(w.index - 5, w.index)))) continue;
    if (ownVerbs-- === 0) {
      verbAt = w.index;
      break;
    }
  }
  if (verbAt < 0) return null;
  const relDates = inside.filter((t) => t.start > pronounAt && t.end <= verbAt);
  const lastRel = relDates[relDates.length - 1];
  if (!inside.some((t) => t.start >= verbAt && !relDates.some((r) => r.value === t.value))) return null;
  const gap = text.slice(lastRel.end, verbAt);
  // The relative clause ends at a comma after its date, else right before the main verb ("… August 14-19 have");
  // with no comma, only a few words may come between (a longer run is another construction).
  const comma = gap.indexOf(',');
  if (comma < 0 && gap.trim().split(/\s+/).filter(Boolean).length > 4) return null;
  let rEnd = comma >= 0 ? lastRel.end + comma : verbAt;
  while (rEnd > relStart && /[\s,]/.test(text[rEnd - 1])) rEnd--;
  let headEnd = pronounAt;
  while (headEnd > part.start && /[\s,]/.test(text[headEnd - 1])) headEnd--;
  // "Margaret Holloway, the civil engineer who …": the name names the subject; the appositive adds to it.
  // So does "The traveler, an adult who …": the words before the appositive's comma.
  const named = /^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+|(?:The|A|An)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?),\s+(?:the|a|an)\s/.exec(head);
  const subject = { start: part.start, end: named ? part.start + named[1].length : headEnd };
  return [
    { start: relStart, end: rEnd, aside: true, subject },
    { start: verbAt, end: part.end, subject },
  ];
}

// A subject's determiner opening the clause ("A ", "The ").
const SUBJECT_OPENS = new RegExp(String.raw`^\s*["“]?(?:${SUBJECT_DETERMINER})\s`, 'i');
// The main verb's helping verb right after the participle phrase's date.
const HELPING_AFTER_DATE = /^\s+(?:was|were|had|has|have|is|are|will|would)\s/;
// Or a simple past of the main verb's own right after it ("… bought in 1962 burned down …").
const WORD_AFTER_DATE = /^\s+([a-z]+)\s/;
// A subject pronoun opening a contact relative clause on the noun before it ("The mill they bought in 1990 …").
const CONTACT_SUBJECT = /^(?:he|she|they|we|i|you)$/i;
// Words that make the lead a fronted time, not a noun with its relative clause ("A year later they …").
const LEAD_TIME_WORD = /^(?:later|earlier|ago|after|before|then|now|since|once|when)$/i;

/** The main verb after a subject's dated phrase: a helping verb, or a simple past set right after the date. */
function mainVerbAfterDate(text: string, at: number): RegExpExecArray | null {
  const helping = HELPING_AFTER_DATE.exec(text.slice(at, at + 12));
  if (helping) return helping;
  const past = WORD_AFTER_DATE.exec(text.slice(at, at + 24));
  return past && (IRREGULAR_PAST.has(past[1]) || /^[a-z]{3,}ed$/.test(past[1])) ? past : null;
}

/**
 * "A sundial taken away for repair nine years ago was set back on its pedestal on Boxing Day": a participle phrase on the
 * subject closing on a date of its own, then the main verb with another date. Read as one clause, the phrase's date
 * dated the main verb; the phrase is its own event (told of the subject), the main clause keeps the subject for its
 * title. Null when the part is no such clause.
 */
function participleInSubject(text: string, part: Span, dated: Timex[]): Clause[] | null {
  const inside = dated.filter((t) => t.start >= part.start && t.end <= part.end);
  if (inside.length < 2 || new Set(inside.map((t) => t.value)).size < 2) return null;
  const first = inside[0];
  const lead = text.slice(part.start, first.start);
  const verb = mainVerbAfterDate(text, first.end);
  const opens = SUBJECT_OPENS.exec(lead);
  if (!opens || !verb || lead.length > 120 || /[,;:"“”]/.test(lead.slice(opens[0].length))) return null;
  // The noun's words (one to three, no verb among them), then a participle opening the phrase, and no finite verb of
  // the phrase before the date. Or the noun's words, a subject pronoun and its past: a contact relative clause.
  const words = [...lead.slice(opens[0].length).matchAll(/[A-Za-z'’-]+/g)];
  const contact = words.findIndex((w, i) => i >= 2 && CONTACT_SUBJECT.test(words[i - 1][0]) && finiteVerb(w[0].toLowerCase()) && !AUXILIARY.test(w[0].toLowerCase()));
  const at = contact > 0 ? contact : words.findIndex((w, i) => i >= 1 && (PAST_PARTICIPLES.has(w[0].toLowerCase()) || /^[a-z]{3,}ed$/.test(w[0])));
  const nounWords = words.slice(0, contact > 0 ? at - 1 : at);
  if (at < 1 || nounWords.length > 3 || nounWords.some((w) => finiteVerb(w[0].toLowerCase()) || LEAD_TIME_WORD.test(w[0]))) return null;
  if (words.slice(at + 1).some((w) => AUXILIARY.test(w[0].toLowerCase()) || SAYING.has(w[0].toLowerCase()))) return null;
  const phraseAt = part.start + opens[0].length + words[contact > 0 ? at - 1 : at].index!;
  const verbAt = first.end + verb[0].length - verb[0].trimStart().length;
  if (!inside.some((t) => t.start >= verbAt && t.value !== first.value)) return null;
  let headEnd = phraseAt;
  while (headEnd > part.start && /\s/.test(text[headEnd - 1])) headEnd--;
  const subject = { start: part.start + /^\s*["“]?/.exec(lead)![0].length, end: headEnd };
  return [
    { start: phraseAt, end: first.end, aside: true, subject },
    { start: verbAt, end: part.end, subject },
  ];
}

/** A verb opens the words after a relative "that": a past form, a present in -s, or an auxiliary. */
/**
 * "the council imposed on", "Harlow Water had set for": the words after a relative "that" with a subject of their own
 * (up to four words, no verb among them, not a pronoun that could open a clause told) and then a past or an auxiliary.
 */
function objectRelative(words: string, pronounSubject = false): boolean {
  const ws = words.match(/[A-Za-z][\w'’-]*/g) ?? [];
  // A capitalised word is a name, not a verb, whatever its ending ("the United States", "Red Deer").
  const verb = ws.slice(0, 6).findIndex((w) => /^[a-z]/.test(w) && finiteVerb(w));
  if (verb < 1 || verb > 4) return false;
  const v = ws[verb].toLowerCase();
  if (/^(?:is|are|will|would|can|could|may|might|must|should|does)$/.test(v)) return false;
  // "the pool that we opened": a lone personal pronoun and its past, when the caller allows it.
  if (pronounSubject && verb === 1 && /^(?:he|she|they|we|i|you)$/i.test(ws[0] ?? '') && !AUXILIARY.test(v)) return true;
  return !ws.slice(0, verb).some((w) => /^(?:it|he|she|they|we|i|you|there|this)$/i.test(w) || tellingWord(w.toLowerCase()));
}

// A noun phrase a determiner opens ("The old pool", "our new hall").
const DETERMINER_HEAD = /^\s*["“]?(?:the|a|an|our|my|his|her|their|its|this|these|those)\s+[a-z]/i;

function verbFirst(words: string): boolean {
  const w = /^\s*(?:(?:also|then|first|later)\s+)?([a-z]+)/i.exec(words)?.[1]?.toLowerCase() ?? '';
  return /^(?:was|were|is|are|has|have|had|will|would|could|can)$/.test(w) || /[a-z]{2,}ed$/.test(w) || IRREGULAR_PAST.has(w) || /[a-z]{3,}s$/.test(w);
}

// "1991 Nobel prizewinner Aung San Suu Kyi spent her birthday under arrest": a bare year used as an adjective
// in the subject, before any verb and with no preposition of time before it, names the person or thing, not
// when the clause's event happened.
const VERB_CUE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|[a-z]{3,}ed)\b/;
const TIME_PREPOSITION = /\b(?:in|on|at|since|by|of|from|until|till|to|during|for|after|before|through|between|around|about|early|late|mid|the|its|their|his|her|this|that)\s*$/i;
const ROLE_NOUN = /\b(?:winner|winners|laureate|champion|champions|prizewinner|graduate|nominee|candidate|medall?ist|recipient|runner-up|finalist)\b/i;
/**
 * Where the noun phrase a subject's year names ends ("1991 Nobel peace prizewinner"), and where the subject
 * ends (before its verb); null when the year is not such an adjective.
 */
export function subjectYear(text: string, t: Timex, clauseStart: number): { phraseEnd: number; subjectEnd: number } | null {
  if (t.rule !== 'year' || !/^\d{4}$/.test(t.text)) return null;
  const before = text.slice(clauseStart, t.start);
  if (VERB_CUE.test(before) || /[,;:]\s*$/.test(before)) return null;
  // "Between 1990 and 1994 the number of wells doubled": the far end of a range, not a year naming the subject.
  if (/\b(?:between|from)\s+\d{4}\s+(?:and|to)\s+$/i.test(before)) return null;
  const determiner = TIME_PREPOSITION.test(before);
  // Followed by a noun phrase and then the verb: "1991 Nobel peace prizewinner Aung San Suu Kyi spent …".
  const after = /^\s+([A-Za-z][\w'’-]*)((?:\s+[A-Za-z][\w'’-]*){0,6}?)\s+(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|spent|won|led|made|took|gave|said|became|remains?)\b/.exec(text.slice(t.end, t.end + 120));
  if (!after || /^(?:and|or|but|when|as|after|before|while)$/i.test(after[1])) return null;
  // After "the" or "in" the year may well date the thing the clause tells of ("The 1991 accord was signed in
  // Paris"); only a person's title ("the 1994 World Cup winner") is surely not a date of the clause.
  if (determiner && !(/^\s*the\s*$/i.test(before.slice(-5)) && ROLE_NOUN.test(after[1] + after[2]))) return null;
  const off = t.end + after[0].search(/\S/);
  const words = [...(after[1] + after[2]).matchAll(/[A-Za-z][\w'’-]*/g)];
  // The phrase stops where a name starts after a common noun: "… prizewinner | Aung San Suu Kyi".
  let phraseEnd = off + (after[1] + after[2]).length;
  for (let i = 1; i < words.length; i++) {
    if (/^[A-Z]/.test(words[i][0]) && /^[a-z]/.test(words[i - 1][0])) {
      phraseEnd = off + words[i - 1].index! + words[i - 1][0].length;
      break;
    }
  }
  return { phraseEnd, subjectEnd: off + (after[1] + after[2]).length };
}

export const ATTRIBUTIVE_BEFORE = /\b(?:the|its|their|his|her|our|this|that)\s+$/i;
export interface Anchored {
  unit: Unit;
  clause: Clause;
  /** The expressions inside the clause that name a stretch of the calendar. */
  inClause: Timex[];
  /** The expression that dates the clause's event. */
  main: Timex;
  /** The far end of a range, when the clause gives one. */
  end?: Timex;
  /** "after the vote in May": the event follows (or precedes) the date rather than falling on it. */
  bound?: 'after' | 'before';
  /** "since suffering a stroke in 1995": the subordinate happening the date belongs to, an event of its own. */
  sub?: Span;
  /** "replaces the 1991 agreement": the thing a year names, that year's event (the clause's comes after it). */
  named?: Span;
  /** A complement told in the present progressive, under way at publication, cut from the dated clause. */
  present?: Span;
  /** The date belongs to a noun or a relative clause inside the clause, and the clause's own event is told in the
   * past: its year is the modifier's, a guess for the clause's event. */
  guessedYear?: boolean;
}

/** A year naming the subject ("1991 Nobel peace prizewinner"): the event it names, not the clause's date. */
export interface SubjectYear {
  timex: Timex;
  phraseEnd: number;
  subjectEnd: number;
}

// "fourth-quarter", "first-half", "full-year" before a noun.
const PERIOD_ADJECTIVE = /^(?:(?:first|second|third|fourth|final|last)-(?:quarter|half)|full-year|year-end)$/i;

/** A period made an adjective before a noun ("fourth-quarter results"): it names the noun, not a time of the clause. */
export function periodModifier(text: string, t: Timex): boolean {
  return PERIOD_ADJECTIVE.test(t.text) && /^\s+[a-z]{3,}/.test(text.slice(t.end, t.end + 5));
}

/** A bare year made an adjective after a determiner ("the 2018 budget", "its 2017 accounts"). */
export function yearModifier(text: string, t: Timex): boolean {
  return t.rule === 'year' && /^\d{4}$/.test(t.text) && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, t.start - 6), t.start)) && /^\s+[a-z]{3,}/.test(text.slice(t.end, t.end + 5));
}

// A noun's determiner, or a name in the possessive, right before a year made the noun's adjective ("the 1959 trade
// embargo", "D'Amato's 1994 vote").
const MODIFIER_DETERMINER = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\b[A-Z][\w'’.-]*['’]s)\s+$/;
// "injured in the 1998 bombing", "spoke at the 1996 convention": the clause's event is inside the thing named, so the
// year is its own; "after the 1994 bombing" is a bound, read as such before this.
const INSIDE_THING = /\b(?:in|at|during|on|from|since|until|by|before|after|following)\s+\S+\s+$/i;
const NOT_A_NOUN = /^\s+(?:and|or|to|through|when|as|in|on|at|by|for|of|with|from|after|before|was|were|is|are|has|had|have)\b/i;
// "the home where the suspect lived last year": "where" opens a relative clause with its own subject.
const RELATIVE_PRONOUN = /\s(?:(?:who|which|that)\s+(?=[a-z])|where\s+(?=\S))/gi;
// "…, the official said.": a teller closing the sentence, with no date of its own.
const CLOSING_TELLER = new RegExp(String.raw`^,["”]?\s+(?!(?:and|but|which|who|that|while|as)\s)(?:[\w'’.&-]+\s+){0,5}?${TELLING_VERB_RE}[\s.!?"”’']*$`, 'i');
const NOUN_PHRASE_END = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$/i;

// A month alone ("October", "late-November"), the way a noun's adjective names it.
const BARE_MONTH = /^(?:(?:early|mid|late)-)?[A-Z][a-z]{2,8}\.?$/;

/** A noun, not a conjunction, preposition or verb, follows the date: the date is that noun's adjective. */
function nounAfter(text: string, t: Timex): boolean {
  return /^\s+[A-Za-z][a-z'’-]/.test(text.slice(t.end, t.end + 4)) && !NOT_A_NOUN.test(text.slice(t.end, t.end + 12));
}

/** The noun phrase a year or a month made its adjective names ("the October slaying of Dr. Smith"); null if none. */
export function attributiveThing(text: string, t: Timex, c: Clause): Span | null {
  if (!((t.rule === 'year' && /^\d{4}$/.test(t.text)) || (/^\d{4}-\d{2}$/.test(t.value) && BARE_MONTH.test(t.text)))) return null;
  const leadAt = Math.max(c.start, t.start - 40);
  const det = MODIFIER_DETERMINER.exec(text.slice(leadAt, t.start));
  if (!det || !nounAfter(text, t)) return null;
  const rest = text.slice(t.end, Math.min(c.end, t.end + 80));
  const stop = /[,;:()"“”]|\s(?:when|and|but|which|that|who|to|was|were|is|are|has|have|had|will|after|before|since|until)\s/.exec(rest);
  let e = t.end + (stop ? stop.index : rest.length);
  while (e > t.end && /[\s.!?]/.test(text[e - 1])) e--;
  return { start: leadAt + det.index, end: e };
}

/**
 * A date that dates a thing inside the clause rather than the clause's event: a bare year made a noun's adjective
 * after the clause's verb ("strengthened the 1959 trade embargo"), or a date inside a relative clause, after the main
 * verb ("heads a team investigating the bombings which killed 224 people on Aug. 7, 1998") or inside the subject
 * before it ("A nurse who was injured in the 1998 bombing was among …"). Returns that thing's words; null when the
 * date is the clause's.
 */
export function modifierDate(text: string, c: Clause, main: Timex): Span | null {
  const before = text.slice(c.start, main.start);
  if (main.rule === 'year' && /^\d{4}$/.test(main.text)) {
    const det = MODIFIER_DETERMINER.exec(before);
    if (det && !INSIDE_THING.test(before) && nounAfter(text, main)) {
      // A verb before the noun phrase: it is the verb's object, not the clause's subject ("The 1991 accord was …").
      const head = before.slice(0, det.index);
      if (tenseAt(head, head.length) === 'unknown') return null;
      const rest = text.slice(main.end, c.end);
      // "the 1996 Olympic bombing that killed one person": a relative clause after the noun tells of the same thing.
      const stop = /[,;:]|\s(?:when|and|but)\s/.exec(rest);
      let e = main.end + (stop ? stop.index : rest.length);
      while (e > main.end && /[\s.!?"”]/.test(text[e - 1])) e--;
      return { start: c.start + det.index, end: e };
    }
  }
  // The relative clause is near its date: a run-on "sentence" costs no more than that stretch.
  const lead = before.length > 300 ? before.slice(-300) : before;
  const leadAt = c.start + before.length - lead.length;
  let pronoun: RegExpExecArray | null = null;
  for (const m of matchesOf(RELATIVE_PRONOUN, lead)) if (/where/i.test(m[0]) || verbFirst(lead.slice(m.index + m[0].length, m.index + m[0].length + 40))) pronoun = m;
  if (!pronoun || /[;:"“”]/.test(lead.slice(pronoun.index!))) return null;
  const head = lead.slice(0, pronoun.index!);
  const headWords = head.toLowerCase().match(/[a-z']+/g) ?? [];
  const after = text.slice(main.end, c.end);
  if (headWords.some(finiteVerb) || tenseAt(head, head.length) !== 'unknown' || /\b[a-z]{2,}[^s\W]s\s+(?:a|an|the|its|their|his|her)\s/.test(head)) {
    // After the main verb, the relative clause runs to the end of the clause (or to its teller).
    if (!/^[\s.!?"”’']*$/.test(after) && !CLOSING_TELLER.test(after)) return null;
    const np = NOUN_PHRASE_END.exec(head.slice(-80));
    return { start: np ? leadAt + head.length - Math.min(80, head.length) + np.index : leadAt + pronoun.index! + 1, end: main.end };
  }
  // Inside the subject: the main verb comes after the date, the first finite verb past it.
  if (leadAt > c.start || headWords.length > 12 || !/^\s*(?:the|a|an|[A-Z])/i.test(head)) return null;
  const verb = /(?:^|[\s,])(was|were|is|are|has|have|had|will)\s/.exec(after.slice(0, 200));
  if (!verb) return null;
  const verbAt = main.end + verb.index + verb[0].indexOf(verb[1]);
  let e = verbAt;
  while (e > main.end && /[\s,]/.test(text[e - 1])) e--;
  return { start: c.start, end: e };
}

// "21 and 22", "3 and 4, 2022": the second of two days of one month, written as its number alone.
const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?$/;

const WEEKDAY_PAIR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Days from one ISO day to another; NaN unless both are days. */
function dayGap(a: string, b: string): number {
  const x = parseYmd(a);
  const y = parseYmd(b);
  return x && y ? toDayNumber(y) - toDayNumber(x) : NaN;
}

/** Whether `b` is a second day of `a`'s month written as a bare number ("21 and 22"), not a count ("and 12 percent"). */
export function secondDayOf(text: string, a: Timex, b: Timex): boolean {
  // Only where the phrase of time ends: at a stop or before a preposition or conjunction ("on April 8 and 9 in Geneva").
  const after = text.slice(b.end, b.end + 12);
  // "on Wednesday and Thursday of next week": two weekdays in a row are both days (two apart would take in the one between).
  const weekdays = WEEKDAY_PAIR.test(a.text) && WEEKDAY_PAIR.test(b.text) && dayGap(a.value, b.value) === 1;
  return (weekdays || (BARE_DAY.test(b.text) && b.value.slice(0, 7) === a.value.slice(0, 7))) && b.value > a.value && /^(?:\s*(?:[.,;:!?)"”]|$)|\s+(?:in|at|on|to|for|with|and|but|when|after|before|while|as|by|from|of|the)\b)/i.test(after);
}

/**
 * Whether `b` is the month after `a`, both whole months ("in July and August", "through late February and early
 * March"): with only "and" between them, one stretch of two months. Two months apart ("in March and May") are two times.
 */
export function nextMonth(a: Timex, b: Timex): boolean {
  const x = MONTH_VALUE.exec(a.value);
  const y = MONTH_VALUE.exec(b.value);
  return a.type === 'DATE' && b.type === 'DATE' && !!x && !!y && +y[1] * 12 + +y[2] - (+x[1] * 12 + +x[2]) === 1;
}

const MONTH_VALUE = /^(\d{4})-(\d{2})$/;

// Between two items of a list of dates: a comma, with any bare day numbers the tagger left alone between them ("June 3,
// 4 and 7": the 4). Before the last item: "and" (", and" too), after those days.
const LIST_DAYS = String.raw`(?:\s{0,3}\d{1,2}(?:st|nd|rd|th)?\s{0,3},){0,6}`;
const LIST_NEXT = new RegExp(String.raw`^,${LIST_DAYS}\s{0,3}$`);
const LIST_LAST = new RegExp(String.raw`^,?${LIST_DAYS}(?:\s{0,3}\d{1,2}(?:st|nd|rd|th)?,?)?\s{1,3}and\s{1,3}$`);
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/**
 * Whether `b` follows `a` in one stretch of the calendar written as a list: days of one month in order ("3, 4 and 7
 * June"), months in a row ("January, February and March 2020"), or seasons in a row ("spring, summer and autumn").
 */
function nextInSeries(a: Timex, b: Timex): boolean {
  if (a.type !== 'DATE' || b.type !== 'DATE' || a.mod || b.mod) return false;
  if (DAY_VALUE.test(a.value) && DAY_VALUE.test(b.value)) return a.value.slice(0, 7) === b.value.slice(0, 7) && b.value > a.value;
  return nextMonth(a, b) || nextSeason(a, b) || nextYear(a, b);
}

/** Whether `b` is the season after `a` in the same year ("in the spring and summer of 1976"): one stretch, as two months in a row are. */
export function nextSeason(a: Timex, b: Timex): boolean {
  const x = SEASON_VALUE.exec(a.value);
  const y = SEASON_VALUE.exec(b.value);
  return a.type === 'DATE' && b.type === 'DATE' && !!x && !!y && x[1] === y[1] && SEASON_ORDER.indexOf(y[2]) - SEASON_ORDER.indexOf(x[2]) === 1;
}

const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;

/**
 * Whether `b` is the year after `a`, both whole years written as numbers ("won the title in 2014 and 2015"): one
 * stretch of two years, as two months in a row are. Two years apart ("in 1998 and 2003") are two times.
 */
export function nextYear(a: Timex, b: Timex): boolean {
  return a.type === 'DATE' && b.type === 'DATE' && !a.mod && !b.mod && /^\d{4}$/.test(a.value) && /^\d{4}$/.test(b.value) && /^\d{4}$/.test(a.text.trim()) && /^\d{4}$/.test(b.text.trim()) && +b.value - +a.value === 1;
}

/**
 * The last date of a list of three or more that `dated[i]` opens and that runs as one stretch ("on 3, 4 and 7 June",
 * "in January, February and March 2020", "on June 3, 4 and 7, 2015"), or -1. One mention, one entry: the list is the
 * span from its first item to its last, as "on 14 and 15 December" is. Lists that skip ("in March, June and
 * September") are separate times and stay apart.
 */
export function listEnd(text: string, dated: Timex[], i: number): number {
  let commas = 0;
  for (let j = i; j + 1 < dated.length; j++) {
    const a = dated[j];
    const b = dated[j + 1];
    const gap = text.slice(a.end, b.start);
    if (gap.length > 40 || !nextInSeries(a, b)) return -1;
    if (LIST_NEXT.test(gap)) commas++;
    else if (LIST_LAST.test(gap)) return commas > 0 || /\d/.test(gap) ? j + 1 : -1;
    else return -1;
  }
  return -1;
}

/** Whether `a` and `b` are neighbouring items of such a list. */
function listNeighbours(text: string, dated: Timex[], a: Timex, b: Timex): boolean {
  for (let i = 0; i < dated.length && dated[i].start <= a.start; i++) {
    const last = listEnd(text, dated, i);
    if (last >= 0 && dated.indexOf(a) >= i && dated.indexOf(b) <= last && dated.indexOf(b) === dated.indexOf(a) + 1) return true;
  }
  return false;
}

// "tried on Monday and again on Wednesday": the one happening, told twice. With "on" both times only: "It fell on
// Tuesday and again yesterday" is two falls in the gold.
const AND_AGAIN = /^,?\s+and\s+again\s+on\s+$/i;

/**
 * Whether `b` is a later day of the same week as `a`, told as the happening of `a` done again ("made attempts on
 * Monday and again on Wednesday", "went out on 3 May and again on 5 May"): one stretch from the first try to the last.
 */
export function triedAgain(text: string, a: Timex, b: Timex): boolean {
  if (a.type !== 'DATE' || b.type !== 'DATE' || !AND_AGAIN.test(text.slice(a.end, b.start))) return false;
  const gap = dayGap(a.value, b.value);
  return gap > 0 && gap < 7;
}

/**
 * Whether `b` falls the day after `a`, both days ("Tuesday and Wednesday", "Wednesday, Dec. 24, and Thursday, Dec.
 * 25"): with only "and" between them, one stretch of two days.
 */
export function nextWeekday(a: Timex, b: Timex): boolean {
  if (a.type !== 'DATE' || b.type !== 'DATE') return false;
  const x = valueToRange(a.value);
  const y = valueToRange(b.value);
  return !!x && !!y && !x.end && !y.end && DAY_VALUE.test(x.start) && DAY_VALUE.test(y.start) && Date.parse(y.start) - Date.parse(x.start) === 864e5;
}
