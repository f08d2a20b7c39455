import { MONTH_RE, NUMBER_WORD_RE, PARTS_OF_DAY, SEASON_ALTS } from '../lexicon';
import type { Tense } from '../tense';
import type { Timex } from '../types';
import type { Ymd } from '../../time-value';

// What a rule is, what it may ask about the text around its match, and the pattern pieces the rules share.

/** What normalising a match decides: the Timex without its place in the text. */
export type Resolution = Omit<Timex, 'start' | 'end' | 'text' | 'fromStated'> & {
  /** The value is counted from the date the resolver gave (refDay, refDate), not from the publication date. */
  counted?: boolean;
  /**
   * A day counted while the date in focus is given only to its month, season or year ("that same evening" after "in
   * 1950") and the text told of a day before it: the year the other antecedent, of the two, would give.
   */
  rivalYear?: number;
};

export interface Rule {
  name: string;
  /**
   * A pattern found in every text `re` matches in, cheaper to look for: a text without it is not scanned with `re`.
   * Without a flag g (it is only tested). Kept in step with `re` by test/unit/extract/rule-cues.test.ts.
   */
  cue?: RegExp;
  re: RegExp;
  /** Rejects a match from its surroundings, before overlaps are settled. */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  resolve: (m: RegExpExecArray, c: Resolver) => Resolution | null;
}

/**
 * A season written with its year ("the winter of 1979", "the summer of 1976", "the winter of 1962-63"): the year it
 * begins in, and whether a winter's years were both written (its January is then the later one's).
 */
export interface SeasonWritten {
  code: 'SP' | 'SU' | 'FA' | 'WI';
  year: number;
  across?: boolean;
}

/** What a rule may ask about the text around its match while normalising it. */
export interface Resolver {
  dct: Ymd | null;
  tense(): Tense;
  /**
   * A year written earlier in the same paragraph, or else earlier in the text. One in the same sentence but in
   * another predicate ("bought … in 2019 and raised … in March") is given as the paragraph's, marked otherClause.
   * One that opens a span running to the present ("since 2008") is marked opensSpan; one of an earlier sentence set off
   * in an aside ("The fund, which was set up in 1999, …") or a clause after "since" is marked inAside.
   */
  yearHint(): {
    year: number;
    scope: 'sentence' | 'paragraph' | 'text';
    otherClause?: boolean;
    opensSpan?: boolean;
    afterMonth?: number;
    /** The month the year was written with ("9 September 2011"), for a year from an earlier paragraph. */
    month?: number;
    inAside?: boolean;
    /**
     * The year dates the happening told in the sentence right before the match's (in its paragraph, or closing the one before), and nothing between
     * moves the story off it (no telling, no word of time): the match's sentence plainly goes on from it.
     */
    justBefore?: boolean;
    /** The year was written as a season's ("the winter of 1979"). */
    season?: SeasonWritten;
    /** The year was written in the head of the dated list entry the match's paragraph is ("Spring 2016 - …"). */
    entryHead?: boolean;
  } | null;
  /** The day the narrative is at: the last day-precise date mentioned, else the DCT. */
  refDay(): Ymd | null;
  /** The minute of the day of the last clock time told on the day refDay gives, when one was; null otherwise. */
  refClock?(): number | null;
  /** The last day written with its year, whatever days the text told after it. */
  writtenDay?(): Ymd | null;
  /** The last stretch of days written from one day to another within two weeks. */
  daySpan?(): { start: Ymd; end: Ymd; uncertain: boolean } | null;
  /** The last date mentioned at month or year precision or finer, for "that year", "the following month". */
  refDate(gran: 'month' | 'year'): Ymd | null;
  /**
   * How precisely the last date mentioned was given: after "last October" or "in 1994" the day in focus is
   * not known, and "that day" is a day of that month or year.
   */
  focus(): 'day' | 'month' | 'year';
  /** Whether the coarser date in focus was told in an aside beside the day refDay gives, which a day counted on
   * ("the next morning") still counts from. */
  focusInAside?(): boolean;
  /** The month the story was at when the date in focus was told in an aside beside it, which a day counted on ("the
   * next morning") is a day of; null otherwise. */
  monthBeforeAside?(): Ymd | null;
  /** Whether the coarser date in focus had its year guessed, and was told in the match's sentence or the one before it
   * in its paragraph: what the story goes on to tell there may be as much a guess. */
  focusGuessed?(): boolean;
  /** Whether the coarser date in focus was told in the match's sentence or the one just before it in its paragraph. */
  focusJustBefore?(): boolean;
  /** Whether the coarser date in focus was told in the match's paragraph. */
  focusInParagraph?(): boolean;
  /** While a season is in focus ("in spring last year", "the summer of 1976"), its first month; null otherwise. */
  seasonInFocus?(): Ymd | null;
  /** The season in focus when the words counted it back from publication past last year's ("three summers ago", "the
   * winter before last") in the match's sentence or the one just before it, in any paragraph; null otherwise. */
  seasonCountedBack?(): Ymd | null;
  /** Whether the day refDay gives dates a telling ("researchers said on Wednesday") rather than a step of the story. */
  dayTells?(): boolean;
  /**
   * Whether the day in focus dates the happening told in the sentence right before the match's, in its paragraph, and
   * the match's sentence goes straight on from it (no telling, no word of time before the match).
   */
  dayJustBefore?(): boolean;
  /** Whether the day in focus dates a step of the story (not a telling, nor a happening named by its day) told in the match's own sentence. */
  dayInSentence?(): boolean;
  /** Whether the day refDay gives was written naming a happening ("the May 3, 1990, robbery"), not dating a clause. */
  dayNamesHappening?(): boolean;
  /**
   * The day a quote holding the match was spoken on, when the text says, and whether the text writes that day ("she
   * said on Monday") rather than its being the story's day; null outside a quote or when it does not say.
   */
  spokenDay?(): { day: Ymd; told: boolean } | null;
  /** The day of a telling earlier in the match's sentence whose told clause holds the match; null otherwise. */
  reportingDay?(): Ymd | null;
  /**
   * Without a publication date, the latest year the whole text writes as a date: the likeliest year of the story's
   * own days, and only ever a guess; null with a publication date or when the text writes no year.
   */
  textYear?(): number | null;
  /** Without a publication date, a guess at the month of writing from the yearless months told (text-years.ts). */
  textMonth?(): number | null;
  /** The year the text said its subject was born in, when it has said so before the match. */
  birthYear?(): number | null;
  /** Where the company's fiscal year ends, when the text has said so before the match ("fiscal 2021, which ended June 30"). */
  fiscalEnd?(): { month: number; day: number; offset: number } | null;
  /**
   * The year of the last date the text told, before the match, in a year before publication's (written, or counted
   * as "on 14 April 47 years ago" is; not a guess, not the start of a "since" stretch): the older time a word like
   * "that" may point back to when the time in focus cannot be meant. Null when there is none.
   */
  olderYear?(): number | null;
  /**
   * Whether the head of the last dated list entry before the match's gave only a year ("1987 - A gale in October …"),
   * so that a month or day in focus was told in that entry's body.
   */
  entryBeforeYearOnly?(): boolean;
  /** Whether the text writes a sports season across two years ("the 1998-99 season"): its seasons span the new year. */
  seasonsSpanYears?(): boolean;
  /** The few words of text right after the match. */
  following(): string;
  /** The rest of the match's sentence after it, up to 200 characters. */
  restOfSentence?(): string;
  /** The words of the match's sentence before it, up to 60 characters. */
  preceding(): string;
}

export const B = '(?<![\\w$£€#-])';
export const E = '(?![\\w]|-\\w)';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
export const YEAR = '((?:1[0-9]|20)\\d{2})';
export const COUNT = `(\\d+(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORD_RE}(?:\\s+and\\s+a\\s+half)?)`;

export function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

export const REL_MOD = '(last|this|next|past|previous|coming|following|current)';
export const PART = `(${Object.keys(PARTS_OF_DAY).join('|')})`;

/**
 * What follows "the last week", "the first days" when they are a stretch at one end of another period: "of" and a
 * month, a year, "this/last/next …" or a determiner ("of the war"). Not "for the last year of US$2.7 billion",
 * where "of" belongs to the noun before.
 */
const OF_PERIOD = rx(`^\\s+of\\s+(?:${MONTH_RE}(?![\\w])|(?:1[0-9]|20)\\d{2}\\b|(?:the|this|last|next|that|his|her|its|their)\\s)`, 'i');

/** Whether OF_PERIOD follows the match, within the 20 characters after it. */
export function ofPeriodFollows(m: RegExpExecArray, text: string): boolean {
  const end = m.index + m[0].length;
  return OF_PERIOD.test(text.slice(end, end + 20));
}

// Cues (Rule.cue) the rules share. Every month name MONTH_RE spells, as it spells it, opens on one of these.
export const MONTH_CUE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
export const MONTH_CUE_ANY_CASE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const WEEKDAY_CUE = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
export const WEEKDAY_CUE_ANY_CASE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
export const SEASON_CUE = new RegExp(SEASON_ALTS, 'i');
export const CENTURY_CUE = /century/i;
// "the Friday after next", "the summer before last", "the week before last": two of a kind away, read by five rules.
const BEYOND_NEXT_ALTS = String.raw`before\s+last|after\s+next`;
export const BEYOND_NEXT_CUE = new RegExp(BEYOND_NEXT_ALTS, 'i');
/** The same words as a group of their own, which tells a rule which way it counts. */
export const BEYOND_NEXT = `(${BEYOND_NEXT_ALTS})`;
// A range of years or numbers: "1998-99", "2010–2014".
export const DIGIT_RANGE_CUE = /\d[-–]\d/;
