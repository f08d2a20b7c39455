import type { EventDate } from '../document';
import type { Timex } from './types';

// Where a date's year comes from: the route the extraction took to it. A route the words of the text pin down
// (a year written in the expression or its sentence, a weekday the calendar checks, "yesterday" against the
// publication date, a count from a date told in its paragraph) can show its year as certain; a route that is an
// inference the text leaves open cannot: a year written outside the date's clause (rules/year-choice.ts), a count
// from a date told paragraphs back (tagger.ts, acrossParagraphs), a month placed by tense far from publication.
// The policy and the figures per route over news-dev and probes 1-9 are in the commit that brought this file.

type YearRoute =
  /** The expression writes its year ("in 1998", "May 3, 2004", "the 1990s"). */
  | 'own-year'
  /** A month or day without a year takes the one written elsewhere in its sentence. */
  | 'sentence-year'
  /** A month or day without a year takes one written outside its clause: a sibling predicate, an earlier sentence. */
  | 'other-year'
  /** A month and day whose written weekday falls on it in one year only. */
  | 'weekday-year'
  /** Deictic, counted from publication: "yesterday", "on Tuesday", "last week", "two years ago", "next year". */
  | 'deictic'
  /** A month, day, holiday or season without a year, placed by the tense of its verb near publication. */
  | 'tense'
  /** Counted from a date told in its own sentence ("in 1952 … two years later", "three days after May 2"). */
  | 'count-own-sentence'
  /** Counted from a date told in an earlier sentence of its paragraph. */
  | 'count-earlier-sentence'
  /** Counted from a date told in an earlier paragraph. */
  | 'count-earlier-paragraph'
  /** Placed after or at the time of an earlier dated event of the story ("since then", "after that"). */
  | 'sequence'
  /** No date of its own: bounded by another event or by publication, never shown as a day. */
  | 'undated';

const OWN_YEAR = /^(?:iso-date|numeric-date|explicit-date|month-year|month-part-year|year|decade(?!\/(?:short|words))|century|season-year|holiday\/explicit|dateline|quarter-year|fiscal)/;
/** A month or day's rule whose year was taken from one written outside its clause. */
export const OTHER_YEAR = /\/(?:latest-)?year-in-(?:paragraph|text|focus|season)\b/;
const TENSE = /^(?:month-day|month|holiday|season|weekend)\/(?:past-tense|future-tense|nearest|near-publication|past|future|present)\b/;

/**
 * For the developer's audit only (scripts/extract-dump.ts --routes, then scripts/year-audit.mjs --by-route): when on,
 * a date resolved from an expression carries the expression's route at the end of its note, as "[route:NAME]". The
 * route of a count (how far back its date was told) is known only here, not from the rule name the document keeps.
 */
export const routeTrace = { on: false };

/** The note with the route appended, when tracing. */
export function tracedNote(note: string | undefined, t: Timex): string | undefined {
  return routeTrace.on ? `${note ?? ''} [route:${timexRoute(t)}]`.trim() : note;
}

/** The route of a time expression, as the tagger left it. */
export function timexRoute(t: Timex): YearRoute {
  if (t.countedFrom) return `count-${t.countedFrom}`;
  return ruleRoute(t.rule, !!t.explicitYear);
}

/** The route a rule name tells (an expression's, or the first part of an event date's). */
export function ruleRoute(rule: string, explicitYear = false): YearRoute {
  if (/^(?:narrative-order|ordering-clause|reported-speech|vague)|past-ref/.test(rule)) return 'undated';
  if (/^(?:sequence|narrative-focus)\//.test(rule)) return 'sequence';
  if (/^count-from-clause\//.test(rule)) return 'count-own-sentence';
  // "the following Monday", "the previous Friday": counted from the day the story was at, not from publication.
  if (/^weekday\/anaphoric-(?:following|previous)\b/.test(rule)) return 'count-earlier-sentence';
  if (explicitYear || OWN_YEAR.test(rule)) return 'own-year';
  if (/\/year-in-sentence\b/.test(rule)) return 'sentence-year';
  if (OTHER_YEAR.test(rule)) return 'other-year';
  if (/weekday-fixes-year/.test(rule)) return 'weekday-year';
  if (TENSE.test(rule)) return 'tense';
  return 'deictic';
}

// A note that already tells the reader the year is not the text's own.
const SAYS_WHY = /guess|may be wrong|uncertain|in doubt|earlier still|a reading|inferred/i;

const SENTENCE_YEAR_REASON = 'Its year is that of a date written elsewhere in the sentence, which may belong to another of its happenings: the year is inferred.';

const YEAR_REASON: Record<YearRoute, string> = {
  'own-year': SENTENCE_YEAR_REASON,
  'sentence-year': SENTENCE_YEAR_REASON,
  'other-year': 'Its year is taken from one the article writes outside its clause, which the text does not tie to this date: the year is inferred.',
  'weekday-year': 'Its year is inferred from the weekday and the publication date, and may be wrong.',
  deictic: 'Its year is inferred from the publication date, and may be wrong.',
  tense: 'Its year is inferred from the tense of the verb and the publication date, and may be wrong.',
  'count-own-sentence': 'It is counted from a date of its sentence whose own year is inferred, so its year may be wrong.',
  'count-earlier-sentence': 'Its year is inferred from an earlier date in the article, and may be wrong.',
  'count-earlier-paragraph': 'Its year is inferred from an earlier date in the article, and may be wrong.',
  sequence: 'It is placed from another event of the article whose year is itself inferred, so the year may be wrong.',
  undated: 'It is placed from another event of the article whose year is itself inferred, so the year may be wrong.',
};

/**
 * A date whose year is flagged as uncertain, with a note that says where the year came from. A flag the user sees
 * must come with its reason: "Stated in the article" beside "(year uncertain)" and no word on why says neither.
 */
export function explainedYear(date: EventDate): EventDate {
  if (!date.yearUncertain || SAYS_WHY.test(date.note ?? '')) return date;
  return { ...date, note: `${date.note ?? ''} ${YEAR_REASON[ruleRoute(date.rule ?? '')]}`.trim() };
}
