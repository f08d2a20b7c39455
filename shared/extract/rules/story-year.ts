import type { Ymd } from '../../time-value';
import type { Resolver } from './rule';

// A date told without its year while the story is at a date away from publication's: "the following Sunday" after
// "in 1938", a bare past month after "in January of last year" or after a day years back. The text has moved the story
// there but does not say the date is in it, so the story's year is taken, or weighed against the tense's, and either
// way the year shown is a guess. One home for that decision, so every rule that reads a date against the story's year
// flags it the same way.

export interface StoryYear<F extends 'day' | 'month' | 'year' = 'month' | 'year'> {
  /** The date the story is at, told to its day, its month or its year. */
  at: Ymd;
  focus: F;
  /** The year the date takes from the story: the story's own, or the next where the date comes round there first. */
  year: number;
  /** Always set: the story's year is where the text is, not what it says of this date. */
  yearUncertain: true;
}

/**
 * The story's year when the date in focus is not publication's (another year, or another month of publication's year);
 * null when the story is at publication's month or year (then publication's year is no guess), or without a
 * publication date to tell the two apart. A day in focus counts only with `day` set: most rules count from that day
 * itself instead.
 */
export function storyYear(c: Resolver): StoryYear | null;
export function storyYear(c: Resolver, opts: { day: true }): StoryYear<'day' | 'month' | 'year'> | null;
export function storyYear(c: Resolver, opts?: { day: true }): StoryYear<'day' | 'month' | 'year'> | null {
  const focus = c.focus();
  if (focus === 'day' && !opts?.day) return null;
  const at = focus === 'day' ? c.refDay() : c.refDate(focus);
  const dct = c.dct;
  if (!at || !dct || at === dct || (at.y === dct.y && (focus === 'year' || at.m === dct.m))) return null;
  return { at, focus, year: at.y, yearUncertain: true };
}
