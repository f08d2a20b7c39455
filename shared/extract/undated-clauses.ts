// The main clause around a dated aside, when it has no date of its own: placed by its tense, as an undated
// sentence is ("Aid reached the island, which the storm hit a week ago": before publication), or as a stretch up to
// publication from a date the sentence gave ("…, and has since raised it", "The fire, which started on July 27, has
// burned 86,000 acres").

import type { EventDate } from '../document';
import { addDays, fmtDay, parseYmd, type Ymd } from '../time-value';
import { type Anchored, undatedClauses } from './anchor';
import { leadSubject, withSubject } from './clause-words';
import { type Draft, singleDay } from './draft';
import { RECORD_LAST_TIME } from './record-since';
import { countWords, hedgeWords, IRREGULAR_PAST, NOT_PLURAL_S, NUMBER_WORD_RE, ORDINAL_WORD_ALTS, ordinalWordValue, parseCount, PLURAL_SUBJECT_WORDS, SAME_FORM_PAST } from './lexicon';
import { shiftedBy } from './counted-shifts';
import { DURATION_UNIT_WORD, endAfter, RATE_AFTER } from './date-stretches';
import { windowToActLength } from './window-to-act';
import { startBefore } from './narrative';
import { tellsOfState } from './state-clauses';
import { type DatedSpan, lengthBesideSpans } from './neighbour-lengths';
import { beforePublication, dateFromTimex, fmtHuman, relativeTo, type WritingGuess } from './resolve';
import type { Unit } from './segment';
import { HAS_SINCE, PRESENT_PERFECT, START_ASIDE, WHICH_LATER } from './since-spans';
import { titledRunOn, toldVerbPastAside } from './tellings';
import { happeningOf } from './tense';
import { titled } from './title';
import { untilPublication } from './ordering-clauses';
import { OWN_MONTH, OWN_TIME_WORD, spanUpToPublicationIn } from './undated-sentences';

/** The rule of a first conjunct beside a present perfect that runs up to now, until the narrative pass gives it its day. */
export const BESIDE_PERFECT = 'narrative-order/beside-perfect';
// A first conjunct beside another subject's stretch "since" a date: the day in focus when it is recent, else left
// before publication.
export const BESIDE_SINCE = 'narrative-order/beside-since';
// "Its shares fell 5 percent to $21.40 in morning trading": a market's session named by its part of the day, with no
// day of its own, is the session of the day the story tells of, as a price beside a perfect up to now is.
export const IN_TRADING = 'narrative-order/in-trading';
// "The gate was shut at 9 p.m., and it reopened at 5 a.m. on Friday": a first conjunct whose clock time is later in the
// day than the second's falls on an earlier day; before the second's until the narrative pass finds the day in focus.
export const DAY_BEFORE_CLOCK = 'sequence/clock-before-conjunct-after';
const TRADING_SESSION = /\bin\s+(?:early|morning|midday|afternoon|late|early\s+afternoon|late\s+morning)\s+trading\b/i;

// "…, and rangers have recorded three more since then", "…, and inspectors have since visited …".
const SINCE_THEN = /\bsince\s+then\b/i;
// "planted twelve oaks in 2009, and two have fallen since": "since" closing the clause is the same.
const SINCE_CLOSING = /\bsince[\s.!?"”]*$/i;
const HAVE_SINCE = /^[^,;]*?\b(?:has|have)\s+since\s+[a-z]/i;

/** The undated clauses' events; `out` holds the unit's dated events so far, which a count may already have placed. */
export function undatedClauseEvents(u: Unit, anchored: Anchored[], published: Ymd | null, out: Draft[], emit: (d: Omit<Draft, 'order'>) => void, writing?: WritingGuess): void {
  for (const c of undatedClauses(u)) {
    const text = u.paraText.slice(c.start, c.end);
    // An aside a count already dated ("…, 2016, two days after police searched his office"), or a stretch up to the
    // clause before ("…, ending a strike that had lasted six weeks").
    if (out.some((d) => (d.date.rule?.startsWith('count-from-clause') || d.date.rule === 'sequence/spell-before-date') && d.start <= c.start + 2 && d.end >= c.start + text.trimEnd().replace(/[.!?]$/, '').length)) continue;
    const how = happeningOf(text) ?? sameFormPastAfterAside(u, c.subject, text, c.start);
    // A telling cut before an aside after what it told's subject is titled with that clause's verb past the aside.
    let { title, drafted } = titledRunOn(text, toldVerbPastAside(u, c), (said) => (c.subject ? `${u.paraText.slice(c.subject.start, c.subject.end)} ${said}` : withSubject(u, c, said)));
    // "In 2009, Fiat bought a stake, which …, and has since raised it": from the date of the clause before
    // up to publication, as "since then" is.
    // "left the yard in 1975 to start a studio, which later built 200 yachts": the same, from a relative "later".
    const whichLater = how === 'past' && WHICH_LATER.test(text);
    // A conjunct with a subject of its own and "since then" (or "have since") runs on from the date before it.
    const closing = how === 'past' && PRESENT_PERFECT.test(text) && SINCE_CLOSING.test(text);
    const sinceThen = how === 'past' && ((PRESENT_PERFECT.test(text) && SINCE_THEN.test(text)) || HAVE_SINCE.test(text));
    const before = how === 'past' && (HAS_SINCE.test(text) || whichLater || sinceThen || closing || c.after) ? anchored.findLast((a) => a.clause.end <= c.start && !a.end) : undefined;
    // A closing "since" after an aside ("The chapel, built in 1841, has been closed ever since") counts from a time the
    // story told before, not from the aside's date, which tells of the noun.
    const prev = closing && !sinceThen && !c.after && before?.clause.aside ? undefined : before;
    const prevDate = prev && dateFromTimex(prev.main, published);
    const goesOnFrom = c.after && !HAS_SINCE.test(text) && !whichLater && !sinceThen && !closing;
    const pub = published && fmtDay(published);
    const since =
      !goesOnFrom && prevDate && pub && !prevDate.mod && (prevDate.end ?? prevDate.start) < pub
        ? { start: prevDate.end ?? prevDate.start, end: pub, basis: prevDate.basis, rule: `sequence/${whichLater ? 'later' : 'since'}-until-publication`, note: `“${whichLater ? 'later' : 'since'}”: after ${prev!.main.text} and, told in the past, before publication (${fmtHuman(published!)}).`, ...(prevDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    // Without a publication date, only after the date before it.
    const after = !goesOnFrom && !published && !since && prevDate && !prevDate.mod ? relativeTo(prevDate, 'after', `sequence/${whichLater ? 'later' : 'since'}-after-date`, `“${whichLater ? 'later' : 'since'}”: after ${prev!.main.text}.`) : null;
    if (since && HAS_SINCE.test(text)) ({ title, drafted } = titled(`${leadSubject(u, prev!.clause, prev!.main, c.start)} ${text.replace(/^and\s+/i, '')}`.trim()));
    // "The fire, which started on July 27, has burned 86,000 acres": told in the present perfect of a thing whose
    // start an aside dates, it is the stretch from that start up to publication.
    const started = !since && how === 'past' && pub && PRESENT_PERFECT.test(text) ? anchored.find((a) => a.clause.aside && !a.end && START_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end))) : undefined;
    const startDate = started && dateFromTimex(started.main, published);
    const fromStart =
      startDate && pub && !startDate.mod && (startDate.end ?? startDate.start) < pub
        ? { start: startDate.start, end: pub, basis: startDate.basis, rule: 'sequence/since-start-until-publication', note: `Told in the present perfect of what began ${started!.main.text}: from then up to publication (${fmtHuman(published!)}).`, ...(startDate.yearUncertain ? { yearUncertain: true } : {}) }
        : null;
    // "proposed it in 1965, but the plan was shelved": after the first conjunct's date and, told in the past, before
    // publication.
    // Counted from the first conjunct's own event, which may be counted from the time it names ("a week before Christmas"),
    // not the last time a "first" is counted against, which is long before it.
    const head = goesOnFrom ? out.findLast((d) => d.end <= c.start && !d.date.mod && !d.date.rule?.endsWith(RECORD_LAST_TIME)) : undefined;
    const goesOn = head ? untilPublication(relativeTo(head.date, 'after', 'sequence/after-conjunct-before', `After “${head.title}”, the clause it goes on from.`), text, published) : null;
    // "Detectives matched the marks, and the thief was arrested on June 2": on or before the date of the conjunct after.
    const next = c.precedes || c.dayBefore ? anchored.find((a) => a.unit === u && a.clause.start >= c.end && !a.end) : undefined;
    const nextDate = next && dateFromTimex(next.main, published);
    const precedes = nextDate && !nextDate.mod ? relativeTo(nextDate, 'before', c.dayBefore ? DAY_BEFORE_CLOCK : 'sequence/before-conjunct-after', `Before “${next!.main.text}”, the date of the clause told after it${c.dayBefore ? ', whose hour is earlier in the day' : ''}.`) : null;
    const date =
      windowFromClauseBefore(u, c, anchored, published) ??
      goesOn ??
      precedes ??
      since ??
      after ??
      fromStart ??
      // "…, who has farmed there for forty years, said on Monday": a present perfect counting a length up to now.
      (how === 'past' && published ? spanUpToPublicationIn(u, c.start, c.end, published) : null) ??
      (how === 'past' && !published ? lengthBesideSpans(u, text, datedSpans(u, anchored, published)) : null) ??
      (how === 'past' ? ranForFromBefore(u, c.start, text, anchored, published) : null) ??
      (how === 'past' ? hadForUpToBefore(u, c.start, text, anchored, published) : null) ??
      (how === 'past' ? lengthUpToNext(u, c.end, text, anchored, published) : null) ??
      (how === 'past' ? whichOfDatedNoun(u, c.start, text, anchored, published) : null) ??
      (how === 'past' ? keptForFromStartAside(u, c, text, anchored, published) : null) ??
      (how === 'past' ? lastStretchToEndAside(u, c, text, anchored, published) : null) ??
      (how === 'past' ? ordinalDayOf(u, c.end, text, anchored, published) : null) ??
      (how === 'past' ? whoOfDatedClause(u, c, text, anchored, published) : null) ??
      (how === 'past'
        ? beforePublication(published, c.beside ? BESIDE_PERFECT : c.besideSince ? BESIDE_SINCE : TRADING_SESSION.test(text) ? IN_TRADING : 'narrative-order/before-publication', '', writing)
        : how === 'ongoing' && published
          ? { start: fmtDay(published), basis: 'publication' as const, rule: 'present-tense/publication', note: `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).` }
          : null);
    if (date && title) emit({ paragraphId: u.paragraphId, start: c.start, end: c.end, title, drafted, date });
  }
}

/**
 * "… said on Monday that she would appeal, and she has 21 days to lodge it": a conjunct giving a window to act runs from
 * the day of the dated clause before it, for the count given (as a sentence of its own runs from the story's day).
 * Null when the conjunct gives no such window or the clause before has no single day.
 */
function windowFromClauseBefore(u: Unit, c: { start: number; end: number }, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const window = windowToActLength(u.paraText, u.timexes, c.start, c.end);
  const prev = window ? anchored.findLast((a) => a.unit === u && a.clause.end <= c.start && !a.end) : undefined;
  const from = prev && dateFromTimex(prev.main, published);
  if (!window || !from || !singleDay({ date: from })) return null;
  const end = shiftedBy(from.start, window.n, window.unit);
  if (!end) return null;
  return { start: from.start, end, basis: from.basis, rule: 'window/from-clause-before', note: `“${window.length.text}” to act, counted from ${prev!.main.text}, the date of the clause before.`, ...(from.yearUncertain ? { yearUncertain: true } : {}) };
}

// A subject's last word after which a bare verb could be a present ("The crews, …, cut"): a plural, and the other
// subjects that take the bare present ("you", "I") or stand for a plural ("these", "both", "all"); a compound in
// "-men" too ("The linesmen, …, cut"), and any word in -s that NOT_PLURAL_WORD does not bar.
const PLURAL_WORD = new RegExp(String.raw`^(?:${PLURAL_SUBJECT_WORDS.join('|')}|you|i|these|those|both|all|[a-z'’-]*men|[a-z'’-]*[^s'’]s)$`, 'i');
const NOT_PLURAL_WORD = new RegExp(String.raw`^(?:${NOT_PLURAL_S})$`, 'i');
const RELATIVE_WHO = /^(?:who|which)\s+/i;

/**
 * "The mayor, Ada Pell, who was born on the quay in 1951, cut the ribbon": a verb whose past is its bare form, opening
 * the predicate a singular subject takes up again after an aside, is past (the present would be "cuts"), as it is
 * right after the subject (tense.ts). The clause alone starts at the verb, so its tense needs the subject's number.
 * So is such a verb right after a relative "who" or "which" whose noun (the word before the clause) is singular.
 */
function sameFormPastAfterAside(u: Unit, subject: { start: number; end: number } | undefined, text: string, start: number): ReturnType<typeof happeningOf> {
  // "The mayor, who cut short a holiday, …": a relative's verb agrees with the noun before it, so the same reading holds.
  const relative = RELATIVE_WHO.exec(text);
  const predicate = relative ? text.slice(relative[0].length) : text;
  const verb = /^([a-z]+)\s/.exec(predicate)?.[1];
  const head = relative ? u.paraText.slice(u.start, start) : subject && u.paraText.slice(subject.start, subject.end);
  // "which cost £2 million to build" gives a figure, not a happening.
  if (!head || !verb || !SAME_FORM_PAST.has(verb) || (relative && verb === 'cost')) return null;
  const last = head.trim().replace(/[,;]+$/, '').split(/\s+/).at(-1);
  if (!last || (PLURAL_WORD.test(last) && !NOT_PLURAL_WORD.test(last))) return null;
  return happeningOf(`It ${predicate}`);
}

/** The sentence's dated clauses (not ranges), as the length rules read them. */
function datedSpans(u: Unit, anchored: Anchored[], published: Ymd | null): DatedSpan[] {
  const spans: DatedSpan[] = [];
  for (const a of anchored) {
    const date = !a.end && a.unit === u ? dateFromTimex(a.main, published) : null;
    if (date) spans.push({ start: a.clause.start, end: a.clause.end, date, title: u.paraText.slice(a.clause.start, a.clause.end).trim().replace(/^,\s*/, '').replace(/[,.]$/, '') });
  }
  return spans;
}

// "founded the festival in 1955, which he ran for twenty years": a relative clause that tells only how long its
// antecedent was kept, in the simple past.
const RAN_FOR = new RegExp(String.raw`^(?:which|who)\s+(?:(?:he|she|they|we|I)\s+)?[a-z]{3,}(?:\s+it)?\s+for\s+(\d{1,3}|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\b`, 'i');

/**
 * "In 1955 he founded the festival, which he ran for twenty years": the length runs on from the date of the clause
 * the relative clause follows (1955 to 1975), at that date's precision.
 */
function ranForFromBefore(u: Unit, at: number, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const m = RAN_FOR.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  if (!m || n === undefined || !Number.isInteger(n)) return null;
  const prev = anchored.findLast((a) => a.clause.end <= at && a.clause.end >= at - 2 && !a.end);
  const d = prev && dateFromTimex(prev.main, published);
  const end = d && !d.mod && !d.end ? endAfter(d.start, n, m[2]) : null;
  if (!end) return null;
  const date: EventDate = { start: d!.start, end, basis: d!.basis, rule: 'sequence/ran-for-from-date', note: `“for ${m[1]} ${m[2]}” counted from ${prev!.main.text}.` };
  if (d!.yearUncertain) date.yearUncertain = true;
  return date;
}

// "…, who had seen it roaming the fields for about a week": a relative clause in the past perfect whose predicate lasts
// a length up to the time of the clause before it.
const HAD_FOR = new RegExp(String.raw`^(?:which|who|that)\s+had\s+(?!to\b)[a-z]{3,}\b[^,;:"“”]{0,80}?\bfor\s+(?:${hedgeWords('around')}\s+)?(\d{1,3}|an?|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)[\s.!?]*$`, 'i');

/**
 * "The dog was found on Friday by a farmer, who had seen it in his fields for about a week": the length ran up to the
 * date of the clause right before, from that many units back.
 */
function hadForUpToBefore(u: Unit, at: number, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const m = HAD_FOR.exec(text);
  const n = m ? (/^an?$/i.test(m[1]) ? 1 : parseCount(m[1])) : undefined;
  if (!m || n === undefined || !Number.isInteger(n)) return null;
  const prev = anchored.findLast((a) => a.unit === u && a.clause.end <= at && !a.end);
  const d = prev && dateFromTimex(prev.main, published);
  const start = d && !d.mod && !d.end ? startBefore(d.start, n, m[2]) : null;
  if (!start) return null;
  const date: EventDate = { start, end: d!.start, basis: d!.basis, rule: 'sequence/had-for-up-to-date', note: `“for ${m[1]} ${m[2]}” up to ${prev!.main.text}.` };
  if (d!.yearUncertain) date.yearUncertain = true;
  return date;
}

// "taught there for twelve years", "spent three years digging": a past length with no date of its own, closing its
// clause (a comma aside may follow it) or before the participle it spends the length on.
const LENGTH_THEN = new RegExp(String.raw`\b(?:for|spent)\s+(\d{1,3}|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)(?:\s*,[^,;:]*|\s+[a-z]+ing\b[^,;:]*)?$`, 'i');
// "Collecting pennies at suppers for ten years, she built the hall": a length fronted in a participle clause is the main
// clause's lead-up.
const PARTICIPLE_LENGTH = new RegExp(String.raw`^\W*[A-Z][a-z]{2,}ing\s+[^,;:]{0,60}?\bfor\s+(\d{1,3}|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\s*,`);
const RELATIVE_OPENING = /^\W*(?:who|which|that|whose)\b/i;
// What may lie between the length's clause and the dated one after it: a comma, "and", "and then".
const JOINED_AFTER = /^[\s,]*(?:and\s+(?:then\s+)?)?$/i;
// A dated clause with a subject or a time of its own ("and in 1975 she wrote …", "and Wilna moved …") may tell of a time
// inside the length, not its end.
const OWN_SUBJECT_OR_TIME = /^(?:(?:in|on|at|by|during|that|this|then|he|she|they|it|we|I|you)\b|[A-Z])/;

/**
 * "She taught at the school for twelve years, and moved to Leeds in 1975"; "Collecting pennies at suppers for ten years, she
 * built the hall, which opened in 1962": a past length with no date of its own, followed straight away by a clause of
 * the same subject that a date places, runs up to that date, from that many units back (1963 to 1975).
 */
function lengthUpToNext(u: Unit, at: number, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const m = LENGTH_THEN.exec(text.trimEnd().replace(/[,.]$/, '')) ?? PARTICIPLE_LENGTH.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  // A relative aside ("…, who searched for him for two days, will …") is set off from the clause after it, not followed
  // by it.
  if (!m || n === undefined || !Number.isInteger(n) || n < 1 || RELATIVE_OPENING.test(text)) return null;
  const next = anchored.find((a) => a.unit === u && a.clause.start >= at && !a.end);
  const joined = next && JOINED_AFTER.test(u.paraText.slice(at, next.clause.start));
  const opens = next ? u.paraText.slice(next.clause.start, next.clause.end).replace(/^[\s,]*(?:and\s+(?:then\s+)?)?/i, '') : '';
  const d = joined && !OWN_SUBJECT_OR_TIME.test(opens) && happeningOf(opens) === 'past' ? dateFromTimex(next!.main, published) : null;
  const start = d && !d.mod && !d.end && d.basis === 'stated' ? startBefore(d.start, n, m[2]) : null;
  if (!start) return null;
  const date: EventDate = { start, end: d!.start, basis: d!.basis, rule: 'sequence/length-up-to-next', note: `“for ${m[1]} ${m[2]}” up to ${next!.main.text}, told in the clause after it.` };
  if (d!.yearUncertain) date.yearUncertain = true;
  return date;
}

// "which swept away the bridge", "who drowned off the point": a relative clause in the simple past, its verb first. A
// past perfect ("which had stood for a century") looks back from the date, and "which was/were" may tell a state
// that still holds, so neither is read as the same time.
const WHICH_PAST = /^(?:which|who)\s+(?:(?:also|then|quickly|soon|nearly|almost|never|first)\s+)?(?!had\b|has\b|have\b|was\b|were\b|is\b|are\b|will\b|would\b|could\b|might\b|may\b|can\b)[a-z]{3,}/i;

/**
 * "Everyone remembers the flood of April 1962, which swept away the bridge", "the storm on 3 March 1988, which
 * brought down the pier, …": a relative clause told in the simple past right after a date that closes the clause
 * before it points back at the happening that date names (or the one dated by it), and takes its date. A date that
 * does not close the clause before ("in 1998 he married Ana Ruiz, who …") leaves the antecedent unclear, so the clause
 * stays as it was.
 */
function whichOfDatedNoun(u: Unit, at: number, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  if (!WHICH_PAST.test(text)) return null;
  const prev = anchored.findLast((a) => a.unit === u && a.clause.end <= at && a.clause.end >= at - 2 && !a.end && !a.bound);
  // The date is the last thing before the comma.
  if (!prev || !/^[\s,]*$/.test(u.paraText.slice(prev.main.end, at))) return null;
  const d = dateFromTimex(prev.main, published);
  if (!d || d.mod) return null;
  const date: EventDate = { start: d.start, ...(d.end ? { end: d.end } : {}), basis: d.basis, rule: 'sequence/which-of-dated', note: `A relative clause on what ${prev.main.text} dates: the same time.${d.note ? ` ${d.note}` : ''}` };
  if (d.yearUncertain) date.yearUncertain = true;
  return date;
}

// A clause that places itself against another time: "who took over after the king's stroke", "who left when …".
// What closes the dated clause before the relative: its happening's doer after "by" ("… in 1950 by a boy named X, ").
const BY_AGENT_BEFORE = new RegExp(String.raw`\bby\s+(?:a|an|the|his|her|their|its|${countWords(1, 3)}|several)\s[^,;:()"“”]{1,80},\s*$`, 'i');
const OWN_BOUND = /\b(?:after|before|when|whenever|while|until|till|by|during|within|then|first)\b/i;

/**
 * "It was posted in 1950 by a boy named Karl Dunn, who threw it off the ferry.": a relative clause in the simple past
 * closing a sentence whose past clause before it is plainly dated, with no time of its own, on the doer of that
 * clause's happening, tells what the doer did then. The date is a reading, so its year is flagged.
 */
function whoOfDatedClause(u: Unit, c: { start: number; end: number }, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  // The relative's own verb right after "who" or "which", in the past: not "which she had dragged", "which hides".
  const verb = WHICH_PAST.test(text) ? /^(?:which|who)\s+(?:(?:also|then|quickly|soon|nearly|almost|never|first)\s+)?([a-z]+)/i.exec(text)![1].toLowerCase() : '';
  if (!(/[a-z]{2}ed$/.test(verb) || IRREGULAR_PAST.has(verb)) || OWN_TIME_WORD.test(text) || OWN_MONTH.test(text) || OWN_BOUND.test(text) || tellsOfState(text)) return null;
  if (!/^[\s.!?"”]*$/.test(u.paraText.slice(c.end, u.end))) return null;
  const prev = anchored.findLast((a) => a.unit === u && a.clause.end <= c.start && !a.end && !a.bound && !a.sub && !a.named);
  if (!prev || happeningOf(u.paraText.slice(prev.clause.start, prev.clause.end)) !== 'past') return null;
  // Only of the one who did the dated happening, named after "by" ("was first described in 1871 by a surveyor, who
  // …"): someone merely named in it ("In 1998 he married Ana Ruiz, who worked as a nurse") may be told of at any time.
  if (!BY_AGENT_BEFORE.test(u.paraText.slice(prev.main.end, c.start))) return null;
  const d = dateFromTimex(prev.main, published);
  const pub = published && fmtDay(published);
  if (!d || d.mod || (pub && d.start > pub)) return null;
  return { start: d.start, ...(d.end ? { end: d.end } : {}), basis: d.basis, yearUncertain: true, rule: 'sequence/relative-of-dated-clause', note: `A relative clause on someone the clause before brought in, ${prev.main.text}: read as of that time.` };
}

// "for 30 years", "for about six months": a length the clause's own predicate lasts; not a rate ("for 20 days a year"),
// nor one a perfect, a modal or a future counts back or on from elsewhere ("had run it for 30 years", "will run it for").
const FOR_LENGTH_IN_CLAUSE = new RegExp(String.raw`\bfor\s+(?:${hedgeWords('around')}\s+)?$`, 'i');
const NOT_SIMPLE_PAST = /\b(?:has|have|had|will|would|could|may|might|must|shall)\b/i;

/**
 * "Mr Hale, who founded the firm in 1962, led it for 30 years": a past predicate that lasts a length, its subject's
 * start dated by an aside before it in the sentence, runs that length on from the aside's date (1962 to 1992).
 */
function keptForFromStartAside(u: Unit, c: { start: number; end: number }, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const length = u.timexes.find((t) => t.type === 'DURATION' && t.start >= c.start && t.end <= c.end && !t.mod && FOR_LENGTH_IN_CLAUSE.test(u.paraText.slice(Math.max(c.start, t.start - 12), t.start)));
  const m = length && /^P(\d{1,3})([DWMY])$/.exec(length.value);
  if (!length || !m || RATE_AFTER.test(u.paraText.slice(length.end, length.end + 12)) || NOT_SIMPLE_PAST.test(text.slice(0, length.start - c.start))) return null;
  const aside = anchored.find((a) => a.unit === u && a.clause.aside && !a.end && a.clause.end <= c.start + 2 && START_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end)));
  const from = aside && dateFromTimex(aside.main, published);
  const end = from && !from.mod && !from.end ? endAfter(from.start, +m[1], DURATION_UNIT_WORD[m[2]]) : null;
  if (!end) return null;
  const date: EventDate = { start: from!.start, end, basis: from!.basis, rule: 'sequence/for-length-from-start-aside', note: `“${length.text}” counted from ${aside!.main.text}, when the aside says it began.` };
  if (from!.yearUncertain) date.yearUncertain = true;
  return date;
}

// "the last ten years of her life", "the final two years of his reign": a length that ends where what it is of ended.
const LAST_STRETCH_OF = new RegExp(String.raw`\bthe\s+(?:last|final)\s+(\d{1,3}|${NUMBER_WORD_RE})\s+(years|months|weeks)\s+of\s+(?:his|her|their|its)\s+(?:own\s+)?(?:life|lives|career|reign|tenure|working\s+life)\b`, 'i');
// An aside telling that ending: "who died in 1990", "which closed in 2004".
const END_ASIDE = /^(?:which|who)\s+(?:died|retired|closed|shut|was\s+(?:killed|closed|demolished))\b/i;

/**
 * "Ms Hale, who died in 1990, spent the last twenty years of her life in a cottage by the sea": the length ends with
 * what the aside before it ends (1970 to 1990), at the aside's date's precision.
 */
function lastStretchToEndAside(u: Unit, c: { start: number; end: number }, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const m = LAST_STRETCH_OF.exec(text);
  const n = m ? parseCount(m[1]) : undefined;
  if (!m || !n || !Number.isInteger(n)) return null;
  const aside = anchored.find((a) => a.unit === u && a.clause.aside && !a.end && a.clause.end <= c.start + 2 && END_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end)));
  const to = aside && dateFromTimex(aside.main, published);
  const start = to && !to.mod && !to.end ? startBefore(to.start, n, m[2].toLowerCase()) : null;
  if (!start) return null;
  const date: EventDate = { start, end: to!.start, basis: to!.basis, rule: 'sequence/last-stretch-to-end-aside', note: `“${m[0]}”: up to ${aside!.main.text}, when the aside says it ended.` };
  if (to!.yearUncertain) date.yearUncertain = true;
  return date;
}

// "took the lead on the third day of the race, which started on Feb. 13": day N of a happening an aside starts.
const ORDINAL_DAY_OF = new RegExp(String.raw`\bthe\s+(${ORDINAL_WORD_ALTS})\s+day\s+of\s+(?:the|its|their|his|her)\s+[a-z-]+[\s,]*$`, 'i');

/** The day an ordinal day of a happening names, when the aside right after it dates the happening's start. */
function ordinalDayOf(u: Unit, end: number, text: string, anchored: Anchored[], published: Ymd | null): EventDate | null {
  const m = ORDINAL_DAY_OF.exec(text);
  const aside = m ? anchored.find((a) => a.clause.aside && !a.end && a.clause.start >= end && a.clause.start <= end + 3 && START_ASIDE.test(u.paraText.slice(a.clause.start, a.clause.end))) : undefined;
  const start = aside && dateFromTimex(aside.main, published);
  const day = start && singleDay({ date: start }) ? parseYmd(start.start) : null;
  if (!m || !day) return null;
  const n = ordinalWordValue(m[1]) - 1;
  const date: EventDate = { start: fmtDay(addDays(day, n)), basis: start!.basis, rule: 'sequence/ordinal-day-of', note: `“${m[0].trim().replace(/,$/, '')}”: day ${n + 1} of what began ${aside!.main.text}.` };
  if (start!.yearUncertain) date.yearUncertain = true;
  return date;
}
