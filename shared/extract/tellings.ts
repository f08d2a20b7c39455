// Reported speech (family 8): the telling and what it tells, and when what is told as done happened.

import type { EventDate } from '../document';
import { DAY_VALUE, fmtDay, parseYmd, type Ymd } from '../time-value';
import { type Anchored, type Clause, datesTheTelling, frontedTelling, statementStart, TRAILING_TELLER, usable, writtenTellerComma, writtenTellingEnd } from './anchor';
import { dateSpans, subjectText, trimmedEnd } from './clause-words';
import { BE_HAVE_AUXILIARIES, countWords, DO_AUXILIARIES, GIVEN_OUT_RE, isCommonWord, isOneOf, isPresentTelling, MODALS, NOT_PLURAL_S, REPORTED_THAT, TELLING_BEFORE_DATE, TELLING_VERB_RE, tellingNounBefore, WRITTEN_TELLINGS } from './lexicon';
import { beforePublication, fmtHuman, type WritingGuess } from './resolve';
import type { Unit } from './segment';
import { happeningOf, tellingOccasionBefore } from './tense';
import { finishTitle, LEADING_DATELINE, patternVerb, removeRanges, titled, type TitleDraft } from './title';
import type { Timex } from './types';

/**
 * "The coast guard said Sunday it had rescued 40 people": what was told as done happened on that day or before
 * it, so it is placed before the end of the telling's day (month, year), with a note; the telling's guessed
 * year stays guessed. Null when the telling's date is itself open or bounded.
 */
export function onOrBeforeTelling(day: EventDate, telling: Timex): EventDate | null {
  if (day.mod) return null;
  const last = day.end ?? day.start;
  const on = parseYmd(last);
  // Bounded at the telling's own day, month or year, that unit included: the one convention for a bound (doneBy in
  // deadlines.ts), not "before the next unit".
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(last)) return null;
  const when = on ? (day.end ? `by ${fmtHuman(on)}` : `on ${fmtHuman(on)}`) : last.length === 7 ? `in ${telling.text.replace(/^(?:on|in)\s+/i, '')}` : `in ${last}`;
  const date: EventDate = {
    start: last,
    mod: 'before',
    basis: day.basis,
    rule: `${day.rule}/told-before`,
    note: `It was told ${when} (“${telling.text}”) and had happened by then: ${DAY_VALUE.test(last) && !day.end ? 'on that day or before it' : 'then or before'}.${day.note ? ` ${day.note}` : ''}`,
  };
  if (day.yearUncertain) date.yearUncertain = true;
  return date;
}

// "was calm", "were safe", "had been missing": a state the telling finds, which holds when it is told; "was
// arrested", "had been freed" are happenings.
const TOLD_BE = /\b(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:(?:still|not|now|also|very|largely|relatively|mostly|fully)\s+)?([a-z]+)/i;
const EARLIER_VERB = /\b(?:had|has|have|did|[a-z]{3,}ed)\b/i;
const PARTICIPLE_BE = new Set(['killed', 'hurt', 'shot', 'taken', 'given', 'seen', 'held', 'made', 'built', 'sold', 'paid', 'sent', 'found', 'hit', 'struck', 'stolen', 'driven', 'thrown', 'beaten', 'born', 'done', 'won', 'lost', 'caught', 'brought', 'set', 'cut', 'shut', 'put', 'kept', 'left', 'told', 'chosen', 'broken', 'frozen', 'flown', 'torn', 'sunk', 'sworn', 'swept', 'spent', 'split', 'freed', 'fired', 'hidden', 'overrun', 'run', 'begun', 'withdrawn', 'undertaken', 'rebuilt', 'reopened']);

/** What a telling reports as done by the time it is told: a past happening, not a state, a plan or the present. */
export function doneByTheTelling(reported: string): boolean {
  if (happeningOf(reported) !== 'past') return false;
  const be = TOLD_BE.exec(reported);
  const state = be && !EARLIER_VERB.test(reported.slice(0, be.index)) && !/ed$/i.test(be[1]) && !PARTICIPLE_BE.has(be[1].toLowerCase());
  return !state;
}

// A word before a bare plural teller is its adjective or noun ("health officials"), not a word that opens a clause or a
// phrase ("after forecasters warned", "as engineers said").
const FUNCTION_WORDS = 'and|but|or|nor|as|after|before|since|until|when|while|where|which|who|whom|that|if|because|although|though|unless|whereas|whether|once|so|then|than|the|a|an|of|in|on|at|by|for|from|with|to|into|also|not|its|his|her|their|our|my|your|some|many|most|all|both|these|those|this';
const BARE_PLURAL = String.raw`(?:(?!(?:${FUNCTION_WORDS})\s)[a-z]+\s+)?(?!(?:${NOT_PLURAL_S})\s)[a-z][\w'’-]{1,}[^s\W'’]s`;
// The teller: a name, a pronoun, "the" and a word, or a bare plural with one word before it or none ("…, residents say",
// "…, health officials said").
export const TELLING_AFTER = new RegExp(
  String.raw`[,;]\s+((?:[A-Z][\w'’.-]*|he|she|they|we|it|the\s+(?:[a-z]+|[A-Z][\w'’.-]*)|${BARE_PLURAL})(?:\s+[A-Z][\w'’.-]*){0,3}\s+(${TELLING_VERB_RE}))(?=[\s,.])`,
);

// What may open a clause before its date: nothing, or a phrase of place or occasion ("On", "In his keynote address").
export const OPENING_BEFORE_DATE = /^\W*(?:(?:on|in|at|during|late|early|earlier|later)\b[^,;]{0,60})?$/i;

// "In a March 3 interview, the mayor said …", "At its May 12 news conference, …": the date is an attribute of the
// speaking occasion the clause opens with, so it dates the telling as an opening "On Tuesday, …" does. Only a short
// noun phrase ending in an occasion's noun may stand between the date and the comma: "On March 3 police arrested two
// men, the paper said" has a happening of its own there.
const OCCASION_OPENING = /^\W*(?:in|at|during)\s+(?:a|an|the|his|her|its|their|[A-Z][\w.-]*['’]s?)\s+$/i;
const OCCASION_AFTER_DATE =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:statement|release|communiqu[eé]|speech|interview|briefing|conference|address|keynote|letter|memo|e-?mail|meeting|hearing|call|presentation|announcement|remarks|filing|session|broadcast)\s*,\s*$/i;

/** True when the words before and after a clause's opening date make it the date of a speaking occasion. */
export function datedOccasionOpening(before: string, after: string): boolean {
  return OCCASION_OPENING.test(before) && OCCASION_AFTER_DATE.test(after);
}

export function tellingDate(verb: string, published: Ymd | null, writing?: WritingGuess): EventDate | null {
  // Without a publication date a past telling is still before the article was written; "says" has no day at all.
  if (!published) return isPresentTelling(verb) ? null : beforePublication(null, 'reported-speech/before-publication', '', writing);
  return isPresentTelling(verb)
    ? { start: fmtDay(published), basis: 'publication', rule: 'reported-speech/present-telling', note: `“${verb}”: the telling is as of publication.` }
    : beforePublication(published, 'reported-speech/before-publication');
}

/** What a telling tells, from its clause: the clause without its dates and without the telling's own words, its
 * first word in lower case when it is capitalised only because it opens the sentence, so that it reads on after
 * "X said" ("Ministry said exports rose", but "Ministry said Smith resigned"). */
export function toldWithout(clauseText: string, a: Anchored, clauseStart: number, telling: { start: number; end: number }, paraText: string): string {
  // The telling goes first, then the dates in what is left: cut side by side, a date's cut could take the comma the
  // telling opens on, and the telling was then left in ("… will stop in June, the operator announced").
  // A telling set off by commas ("The trouble, she said, began …") goes with the comma that closes it.
  const closing = /^\s*,/.test(clauseText.slice(telling.start)) ? (/^\s*,/.exec(clauseText.slice(telling.end))?.[0].length ?? 0) : 0;
  const end = telling.end + closing;
  const gap = end - telling.start;
  const text = clauseText.slice(0, telling.start) + (closing ? ' ' : '') + clauseText.slice(end);
  const cuts = dateSpans(a)
    .map((t) => ({ start: t.start - clauseStart, end: t.end - clauseStart }))
    .filter((r) => r.start >= 0 && r.end <= clauseText.length && (r.end <= telling.start || r.start >= end))
    .map((r) => (r.start >= end ? { start: r.start - gap + (closing ? 1 : 0), end: r.end - gap + (closing ? 1 : 0) } : r));
  const told = removeRanges(text, cuts).replace(/^[\s,]+/, '');
  const first = /^[A-Z][a-z]+\b/.exec(told)?.[0];
  const opensSentence = !!first && clauseText.replace(/^[\s"“]+/, '').startsWith(first) && /(?:^|[.!?]["”]?\s+)$/.test(paraText.slice(0, clauseStart));
  return opensSentence ? told.replace(/^[A-Z][a-z]+\b/, (w) => (isCommonWord(w, paraText) ? w.toLowerCase() : w)) : told;
}

/**
 * The date sits in what a telling reports ("after the brewer reported that profit had fallen in the last months of
 * last year"): it dates what was reported, and the telling came some time after it, in a year the text leaves open.
 */
export function toldIn(before: string): boolean {
  return REPORTED_THAT.test(before);
}

const TELLING_VERB = new RegExp(String.raw`\b${TELLING_VERB_RE}\s+(?:that\s+)?`, 'i');
export const PAST_PERFECT = /^[^,;:]{0,60}?\bhad\s+(?:(?:not|already|just|also|since)\s+)?[a-z]+/i;
// A reported clause opens with its subject: a name, a noun phrase or a pronoun.
// A bare noun right before its "has"/"had" is a subject too ("engineers had rebuilt").
const REPORTED_OPENING = new RegExp(String.raw`^(?:[A-Z"“]|\d|(?:the|a|an|its|their|his|her|our|some|all|${countWords(2, 5)}|it|he|she|they|we)\b|[a-z]+\s+(?:has|have|had)\s)`);
// "engineers have since rebuilt the pump": done by the telling, as plainly as the past perfect says it.
const HAS_SINCE_TOLD = /^[^,;:]{0,60}?\b(?:has|have)\s+since\s+[a-z]/i;

/**
 * The telling and what it tells, when the clause's only date is the telling's ("X said Sunday it had …", "In a
 * statement on Sunday, X said …") and what it tells is done by then. Null otherwise.
 */
export function toldHappening(text: string, c: Clause, main: Timex, inClause: Timex[]): { teller: string; verb: string; reported: string; reportAt: number } | null {
  if (!datesTheTelling(text, main)) return null;
  const statementAt = statementStart(text, main);
  let tellerStart = c.start;
  let verbAt: number;
  let reportAt: number;
  if (statementAt >= c.start || frontedTelling(text, main)) {
    const verb = TELLING_VERB.exec(text.slice(main.end, c.end));
    if (!verb) return null;
    tellerStart = main.end;
    verbAt = main.end + verb.index;
    reportAt = verbAt + verb[0].length;
  } else {
    const from = Math.max(c.start, main.start - 30);
    const before = text.slice(from, main.start);
    const verb = tellingNounBefore(before) ? null : TELLING_BEFORE_DATE.exec(before);
    if (!verb) return null;
    verbAt = from + verb.index;
    reportAt = main.end + (/^[\s,]*(?:that\s+)?/i.exec(text.slice(main.end, c.end))?.[0].length ?? 0);
  }
  if (inClause.some((t) => t !== main && usable(t) && t.end > reportAt)) return null;
  const reported = text.slice(reportAt, c.end).replace(/[\s.]+$/, '');
  // Only the past perfect (or "has since") says plainly that it was done before the telling: "announced Monday it has settled",
  // "said Friday the firm was sold" are read, as MEANTIME's gold reads them, as of the telling's day.
  if (reported.length < 8 || !REPORTED_OPENING.test(reported) || !(PAST_PERFECT.test(reported) || HAS_SINCE_TOLD.test(reported)) || !doneByTheTelling(reported)) return null;
  const teller = text.slice(tellerStart, verbAt).replace(/^[\s,]+|[\s,]+$/g, '');
  const verb = /^(?:told\s+\w+|\w+)/.exec(text.slice(verbAt, reportAt))?.[0] ?? 'said';
  return { teller, verb, reported, reportAt };
}

export const TELLING_DAY_GAP = /^\s+(?:on\s+)?$/i;

/**
 * "The ferry sank, the coast guard said Friday": where the happening ends and the telling starts, when the
 * clause's only date closes it and dates the telling after it, and what is told is done by then. Null otherwise.
 */
export function trailingTelling(text: string, c: Clause, main: Timex, inClause: Timex[]): TrailingTeller | null {
  const teller = closingTeller(text, c, main, inClause);
  if (!teller) return null;
  const happening = text.slice(c.start, teller.happeningEnd);
  // "Anna decided then that she would …": the clause's own verb, before what it tells in turn, says whether it was done.
  const own = /^(.{8,}?)\sthat\s/.exec(happening.slice(0, 300));
  if (happening.trim().length < 8 || !(doneByTheTelling(happening) || (own && doneByTheTelling(own[1])))) return null;
  return teller;
}

/**
 * "…, the coast guard said Friday." closing the clause, its day the clause's only usable date: where the teller sits.
 * So too "…, a study published on Tuesday has found.", whose verb closes it after the day.
 */
// "…, the ministry said in a report issued on Monday": a statement whose occasion is something written and given out on
// the day closes the clause as its teller does; a spoken one ("said in a telephone interview Monday", a quote) is left to
// the statement rules, which keep the quote on the telling's day.
const WRITTEN_GIVEN_OUT = new RegExp(String.raw`\b(?:${[...WRITTEN_TELLINGS].join('|')})\s+${GIVEN_OUT_RE}\b[^.;!?]{0,40}$`, 'i');

function closingTeller(text: string, c: Clause, main: Timex, inClause: Timex[]): TrailingTeller | null {
  // The day, or a written telling's verb after it, closes the clause: looked at before any teller is looked for.
  const end = /^[\s.!]*$/.test(text.slice(main.end, c.end)) ? main.end : writtenTellingEnd(text, main);
  if (!datesTheTelling(text, main) || (statementStart(text, main) >= 0 && !WRITTEN_GIVEN_OUT.test(text.slice(Math.max(0, main.start - 80), main.start))) || end < 0 || !/^[\s.!]*$/.test(text.slice(end, c.end))) return null;
  const teller = trailingTeller(text, c.start, main);
  if (!teller || teller.end !== end || inClause.some((t) => t !== main && usable(t) && t.start < teller.happeningEnd)) return null;
  return teller;
}

// The plain future, as still ahead when the article is written: "will", "'ll", "shall", "is going to". Not a modal that
// backshifts or hedges it ("would", "could", "might").
const PLAIN_FUTURE = /\b(?:will|shall)\s|['’]ll\s|\b(?:is|are)\s+going\s+to\s/i;
const HEDGED = /\b(?:would|could|might|should|may|must)\b/i;

/**
 * "The council will close the library, a spokesman said Friday": what is told lies ahead in the plain future. Where
 * the teller sits, when what it tells is that, and is long enough to be an event.
 */
export function trailingTellingAhead(text: string, c: Clause, main: Timex, inClause: Timex[]): TrailingTeller | null {
  const teller = closingTeller(text, c, main, inClause);
  if (!teller) return null;
  const happening = text.slice(c.start, teller.happeningEnd);
  if (happening.trim().length < 8 || !PLAIN_FUTURE.test(happening) || HEDGED.test(happening) || doneByTheTelling(happening)) return null;
  return teller;
}

interface TrailingTeller {
  /** Where what is told ends: the comma before the teller. */
  happeningEnd: number;
  tellerStart: number;
  verbEnd: number;
  /** Where the telling's words end: its day, or the verb after it ("a study published on Tuesday has found"). */
  end: number;
}

/** "…, the coast guard said" right before the telling's day, looked for from `from`: where it sits. */
export function trailingTeller(text: string, from: number, day: Timex): TrailingTeller | null {
  let m = TRAILING_TELLER.exec(text.slice(from, day.start));
  // "…, the prosecutor told jurors in her closing argument on Monday": the teller ends at its verb, before the occasion.
  const verbEnd = m ? -1 : tellingOccasionBefore(text, day.start);
  if (verbEnd > from) m = TRAILING_TELLER.exec(text.slice(from, verbEnd + 1));
  if (!m) return writtenTeller(text, from, day);
  const tellerStart = from + m.index + m[0].indexOf(m[1]);
  return { happeningEnd: from + m.index, tellerStart, verbEnd: tellerStart + m[1].length, end: day.end };
}

/** "…, a study published on Tuesday has found.": a written teller given out on the day, its verb after it. */
function writtenTeller(text: string, from: number, day: Timex): TrailingTeller | null {
  const end = writtenTellingEnd(text, day);
  const comma = end >= 0 ? writtenTellerComma(text, from, day) : -1;
  if (comma < 0) return null;
  const tellerStart = comma + /^[,;]\s*/.exec(text.slice(comma))![0].length;
  return { happeningEnd: comma, tellerStart, verbEnd: end, end };
}

/**
 * The title of a trailing telling: "Coast guard said the ferry sank", the teller and its verb with what was told
 * (the clause without its dates and without the telling, from `happeningEnd` to the day), not "Coast guard said".
 */
export function trailingTellingTitle(u: Unit, a: Anchored, c: Clause, teller: TrailingTeller, day: Timex): { title: string; drafted: TitleDraft } {
  const told = toldWithout(u.paraText.slice(c.start, c.end), a, c.start, { start: teller.happeningEnd - c.start, end: teller.end - c.start }, u.paraText).replace(/[\s,.!]+$/, '');
  return titled(`${tellerWords(u.paraText, teller, day)} ${toldSubject(u, c)}${told}`, { telling: true });
}

// "a study published on Tuesday | has found": the written teller's noun phrase ends at the participle of giving it out.
const GIVEN_OUT_AT = new RegExp(String.raw`\s${GIVEN_OUT_RE}\b`, 'i');

/** The teller and its verb as a title says them: "the coast guard said"; "a study has found" (not "published on Tuesday"). */
function tellerWords(text: string, teller: TrailingTeller, day: Timex): string {
  if (teller.verbEnd <= day.end) return text.slice(teller.tellerStart, teller.verbEnd);
  const noun = text.slice(teller.tellerStart, day.start);
  const verb = /(?:(?:has|have|had)\s+)?(?:also\s+)?\S+$/i.exec(text.slice(day.end, teller.verbEnd))![0];
  return `${noun.slice(0, GIVEN_OUT_AT.exec(noun)?.index ?? noun.length)} ${verb}`;
}

/**
 * The subject of a clause set off before it ("The probe, which …, | will be switched off"), as it reads after a
 * teller: its first word keeps its capital only when it is a name ("said heavy rain …"). Empty when it has none.
 */
export function toldSubject(u: Unit, c: Clause): string {
  // A dateline the importer left at the head of the subject ("PORT ELLIS - Households …") is no part of it.
  const subject = subjectText(u, c).replace(LEADING_DATELINE, '');
  return subject.replace(/^[A-Z][a-z]+\b/, (w) => (isCommonWord(w, u.paraText) ? w.toLowerCase() : w));
}

// After a told clause's subject, an aside set off by commas and then the rest: ", which opened in 1890, | would be
// closed", ", built by a local firm, | will open", ", the oldest in the country, | were shut".
const ASIDE_THEN = /^\s*,\s+[^,;:.!?"“”]{1,150},\s+/;
const TOLD_VERB_OPENING = /^(?:(?:not|also|still|now|then|soon|never|already)\s+)?([a-z]+)\b/;
// Any helping verb, do's included: what was told may run on past its aside with "did not" or "does" as well as "would".
const helping = (w: string): boolean => isOneOf(w, BE_HAVE_AUXILIARIES, MODALS, DO_AUXILIARIES);
// Where what runs on ends: a clause's mark, or the sentence's.
const RUN_ON_END = /[,;:.!?](?:["”]?\s|["”]?$)/;

/**
 * "Economists said the new coalition, which holds two seats, could collapse …": a clause cut before an aside that ends
 * on what was told's subject, the telling's title lost what it told ("Economists said the new coalition"). The told
 * clause's verb and its words after the aside, up to its first date or its clause's end ("could collapse"), or ''
 * when the clause is no telling so cut. For the title only: the clause and its dates stay as they were cut.
 */
export function toldVerbPastAside(u: Unit, c: Clause): { words: string; verb: string } | null {
  const text = u.paraText.slice(c.start, c.end);
  const telling = REPORTED_THAT.exec(text) ?? TELLING_VERB.exec(text);
  if (!telling) return null;
  // The aside may be the clause's own end ("said a new survey, paid for by …"), its closing comma after the clause.
  const toldText = text.slice(telling.index + telling[0].length, trimmedEnd(text, 0, text.length));
  const inner = toldText.indexOf(',');
  const told = (inner >= 0 ? toldText.slice(0, inner) : toldText).trim().split(/\s+/).filter(Boolean);
  // What was told, so far, is a short noun phrase: no verb of its own, nothing the aside could belong to instead.
  if (!told.length || told.length > 8 || told.some((w) => patternVerb(w.toLowerCase()) || helping(w)) || /^(?:to|in|on|at|for|with|about|nothing|only)$/i.test(told[0])) return null;
  const after = u.paraText.slice(c.end, u.end);
  const aside = inner >= 0 ? /^\s*,\s+/.exec(after) : ASIDE_THEN.exec(after);
  if (!aside) return null;
  const rest = after.slice(aside[0].length);
  const verb = TOLD_VERB_OPENING.exec(rest);
  if (!verb || !(helping(verb[1]) || patternVerb(verb[1]))) return null;
  const from = c.end + aside[0].length;
  const date = u.timexes.filter((t) => t.start >= from).reduce((m, t) => Math.min(m, t.start - from), rest.length);
  const mark = RUN_ON_END.exec(rest)?.index ?? rest.length;
  return { words: rest.slice(0, Math.min(date, mark)).trim(), verb: verb[1] };
}

/**
 * The title of a clause (`compose` makes its text from the words given) with what was told run on past an aside
 * (toldVerbPastAside) when the finished title keeps the told verb; else as the clause alone titles it.
 */
export function titledRunOn(text: string, runOn: { words: string; verb: string } | null, compose: (said: string) => string, opts: { telling?: boolean } = {}): { title: string; drafted: TitleDraft } {
  const plain = titled(compose(text), opts);
  if (!runOn) return plain;
  const ran = titled(compose(`${text.slice(0, trimmedEnd(text, 0, text.length))} ${runOn.words}`), opts);
  return ran.title && finishTitle(ran.title, ran.drafted).split(/\s+/).includes(runOn.verb) ? ran : plain;
}
