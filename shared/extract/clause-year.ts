// What the clause itself says of the year of its date (see "Year certainty" in docs/extraction.md).

import type { EventDate } from '../document';
import type { Anchored } from './anchor';
import type { Timex } from './types';

// A deictic expression left unplaced for want of a publication date ("on Tuesday", "last October", "two years ago").
export const UNPLACED = /\/no-dct$|^ago\/vague$/;

/**
 * What the clause itself says of the year of the date it is given (see "Year certainty" in docs/extraction.md):
 * - a year the clause writes confirms a year that was counted or guessed ("Two years later, in 2013, the probe …"):
 *   the written year is the text's word, whatever the count was counted from;
 * - a clause whose own "on Tuesday" or "last October" could not be placed (no publication date) is dated by another
 *   expression of its sentence only as a guess ("went on trial on Tuesday over a collapse in the summer of 2022"):
 *   the year that expression names is its own happening's;
 * - a date given to a noun or a relative clause inside the clause is only a guess at the clause's own year.
 */
export function clauseYearCertainty(date: EventDate, main: Timex, a: Anchored, unplaced: Timex[]): void {
  const inside = (t: Timex) => t !== main && t !== a.end && t.start >= a.clause.start && t.end <= a.clause.end;
  const year = date.start.slice(0, 4);
  if (date.yearUncertain) {
    // A weekday of no known week is no day of that year: a year the clause writes does not confirm the guess.
    if (UNPLACED.test(main.rule)) return;
    // Nor does it confirm a year taken, for want of any before it, from the latest the article writes: that may be
    // this very year, which would then confirm itself.
    if (/\/latest-year-in-text\b/.test(main.rule) || main.guessedToday) return;
    if ((date.end ?? date.start).slice(0, 4) === year && a.inClause.some((t) => inside(t) && t.explicitYear && !t.yearUncertain && t.value.slice(0, 4) === year)) delete date.yearUncertain;
  } else if (unplaced.some((t) => inside(t) && apart(a.unit.paraText, t, main))) date.yearUncertain = true;
  // The date belongs to a noun or a relative clause inside the clause ("won the 1996 election"): the clause's own
  // event comes after it, in a year the text does not give.
  if (a.guessedYear) date.yearUncertain = true;
}

/**
 * Two expressions of a clause that are not one phrase ("the winter of 2023-24"): words lie between them, and an
 * expression after the date is not set off by a comma, as an aside of its own ("opened in October 1974, … but it
 * still carries traffic today").
 */
function apart(text: string, t: Timex, main: Timex): boolean {
  const gap = t.end <= main.start ? text.slice(t.end, main.start) : text.slice(main.end, t.start);
  return /[a-z]\s+[a-z]/i.test(gap) && (t.end <= main.start || !/[,;]/.test(gap));
}
