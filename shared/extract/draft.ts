import type { EventDate } from '../document';
import { DAY_VALUE, type Ymd } from '../time-value';
import type { Anchored, Clause } from './anchor';
import type { WritingGuess } from './resolve';
import type { Unit } from './segment';
import type { TitleDraft } from './title';
import type { Timex } from './types';

/** An event on its way out of the extractor, before ids are given and the result is checked. */
export interface Draft {
  paragraphId: string;
  start: number;
  end: number;
  title: string;
  /**
   * The title as the patterns drafted it, with the clause it was made from, for the tagger's pass (title.ts,
   * finishTitle); none for a title taken from another event or made without a clause.
   */
  drafted?: TitleDraft;
  date: EventDate;
  extraEvidence?: { paragraphId: string; start: number; end: number }[];
  /** Reading order, for sorting and for "the dated event before/after this one". */
  order: number;
}

/** The one day a draft is dated to ("2012-05-04": a whole day, no end, no modifier), or null. */
export function singleDay(d: Pick<Draft, 'date'> | null | undefined): string | null {
  return d && !d.date.end && !d.date.mod && DAY_VALUE.test(d.date.start) ? d.date.start : null;
}

/**
 * Whether a date is one whole day (as singleDay) not after publication `pub` (YYYY-MM-DD; null when unknown, which
 * bars no day): a day a past happening, or a thing said, may be on.
 */
export function pastDay(date: EventDate | undefined, pub: string | null): date is EventDate {
  return !!date && singleDay({ date }) !== null && (!pub || date.start <= pub);
}

// A subordinate happening, a named thing, a count back from the clause or the last time a "first" is counted against
// (bounded-clauses.ts): what the clause is placed against.
export const ANTECEDENT_ONLY = /\/(?:subordinate|named-thing|record-last-time)$|^count-from-clause\//;

/**
 * One dated clause as the steps of dated-events.ts read it. The steps share it because each may cut a part off the
 * clause (`c`, a telling, an until-clause) or refine its date in place, and what the next step reads is what is left.
 */
export interface ClauseWork {
  u: Unit;
  a: Anchored;
  main: Timex;
  /** The clause, narrowed as steps cut parts of it off into events of their own. */
  c: Clause;
  /** The clause's own date, refined in place. */
  date: EventDate;
  published: Ymd | null;
  /** Without a publication date, what the text suggests for the day it was written (a guess), if anything. */
  writing?: WritingGuess;
  /** Every dated clause of the unit, for a step that reads the clause before. */
  anchored: Anchored[];
  /** The subordinate happening made an event of its own while the clause's date is only bounded by it. */
  ownSub?: { start: number; end: number };
  /** Adds an event beside the clause's own, next in reading order. */
  emit: (d: Omit<Draft, 'order'>) => void;
}
