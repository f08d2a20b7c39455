import type { EventDate } from '../document';

/** An event on its way out of the extractor, before ids are given and the result is checked. */
export interface Draft {
  paragraphId: string;
  start: number;
  end: number;
  title: string;
  date: EventDate;
  extraEvidence?: { paragraphId: string; start: number; end: number }[];
  /** Reading order, for sorting and for "the dated event before/after this one". */
  order: number;
}
