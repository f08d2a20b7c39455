export type CountedFrom = 'own-sentence' | 'earlier-sentence' | 'earlier-paragraph';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One time expression found in a text, with its TIMEX3 value. */
export interface Timex {
  /** Character offsets into the text given to the tagger, [start, end). */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 1998-08-07, 1998-W32, 1998-SU, 199 (the 1990s), P3D, PRESENT_REF, XXXX-08-15 … */
  value: string;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN, LESS_THAN, EQUAL_OR_MORE … */
  mod?: string;
  /** The rule that produced the value, so a wrong date can be traced. */
  rule: string;
  /** The year was guessed (from tense and publication date) and may be wrong. */
  yearUncertain?: boolean;
  /**
   * Without a publication date, read against a yearless dateline's day put in a guessed year (tagger.ts, setTextYear):
   * its year is a guess, which no year written in its clause confirms (that may be the guessed year itself).
   */
  guessedToday?: boolean;
  /** The year is written in the expression itself. */
  explicitYear?: boolean;
  /**
   * Counted from a date the text states ("two years later" after "in 1952", "that year"), not from the
   * publication date: the date is the text's, and says so.
   */
  fromStated?: boolean;
  /**
   * For a count from a date the text told before it ("the next day", "two years later"): where that date was told,
   * in the count's own sentence, an earlier sentence of its paragraph, or an earlier paragraph. Absent when counted
   * from publication. Nothing in the words of a count ties it to a date told sentences back: the reader infers it.
   */
  countedFrom?: CountedFrom;
  /**
   * The stretch of the calendar the expression names when it is finer than its TIMEX3 value: "a week ago"
   * is the week in TimeML (1998-W31) but, to a reader, the day seven days before publication.
   */
  exact?: { start: string; end?: string };
}

export interface TagOptions {
  /** Document creation (publication) time, YYYY-MM-DD; null when unknown. */
  dct: string | null;
  /** false runs every rule over every piece, cue or none: only to show that the cues change no tagging. */
  cues?: boolean;
  /** The year it is now (ExtractOptions.year); the clock's when not given. */
  year?: number;
}
