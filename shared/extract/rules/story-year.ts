import type { Ymd } from '../../time-value';
import type { Resolver } from './rule';

// A date told without its year while the story is at a month or a year away from publication's: "the following
// Sunday" after "in 1938", a bare past month after "in January of last year". The text has moved the story there but
// does not say the date is in it, so the story's year is taken and shown as a guess. One home for that decision, so
// every rule that reads a date in the story's year flags it the same way.

export interface StoryYear {
  /** The date the story is at, told to its month or its year. */
  at: Ymd;
  focus: 'month' | 'year';
  year: number;
  /** Always set: the story's year is where the text is, not what it says of this date. */
  yearUncertain: true;
}

/**
 * The story's year when the date in focus is told only to its month or its year and is not publication's (another
 * year, or another month of publication's year); null when the story is at a day, or at publication's month or year
 * (then publication's year is no guess), or without a publication date to tell the two apart.
 */
export function storyYear(c: Resolver): StoryYear | null {
  const focus = c.focus();
  if (focus === 'day') return null;
  const at = c.refDate(focus);
  const dct = c.dct;
  if (!at || !dct || at === dct || (at.y === dct.y && (focus === 'year' || at.m === dct.m))) return null;
  return { at, focus, year: at.y, yearUncertain: true };
}
