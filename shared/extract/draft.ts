import type { EventDate } from '../document';
import type { TitleDraft } from './title';

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

// A subordinate happening, a named thing or a count back from the clause: what the clause is placed against.
export const ANTECEDENT_ONLY = /\/(?:subordinate|named-thing)$|^count-from-clause\//;
