// Habits and schedules (family 7): where a dated event ends when a habit follows it in the same clause.
import type { Clause } from './anchor';
import type { Timex } from './types';

// "has been open every Saturday since March": opening hours, no happening.
export const OPENING_HOURS = /\b(?:open|opens|opened|closed|closes|staffed)\b/i;
// What sets a habit off from the dated event before it: a conjunction or a comma, or a participle phrase.
const SCHEDULE_SEPARATOR_ALL = /,?\s+(?:and|but|while)\s+(?!to\s)|[,;]\s+|\s+(?=[a-z]{3,}ing\s)/g;

/** Where the dated event ends when a habit (a SET) follows it in another phrase of the clause; -1 when none does. */
export function separatedSchedule(text: string, c: Clause, main: Timex, set: Timex): number {
  if (set.start < main.end) return -1;
  // "In 1952, she was sent to a clinic, where typhoid killed children every summer": not the comma after an opening
  // date, which would leave the event no words; the first one after the clause has some of its own.
  const between = text.slice(main.end, set.start);
  const before = text.slice(c.start, main.start);
  for (const sep of between.matchAll(SCHEDULE_SEPARATOR_ALL)) {
    if (/[a-z]{2,}\W+[a-z]{2,}/i.test(before + between.slice(0, sep.index))) return main.end + sep.index!;
  }
  return -1;
}
