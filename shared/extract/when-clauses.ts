// "2008, when the company posted a loss": the when-clause right after a date happened on that date.
import { usable } from './anchor';
import type { Timex } from './types';
import type { Unit } from './segment';
import { titleHasVerb } from './title-syntax';
import { patternVerb, titled, type TitleDraft } from './title';

const WHEN_AFTER = /^,\s+when\s+/i;

/** "2008, when the company posted a loss": the when-clause right after a date, up to the next comma. */
export function whenClauses(u: Unit): { timex: Timex; open: number; start: number; end: number }[] {
  const out: { timex: Timex; open: number; start: number; end: number }[] = [];
  for (const t of u.timexes) {
    if (t.type !== 'DATE' || t.value === 'PAST_REF' || !usable(t)) continue;
    const m = WHEN_AFTER.exec(u.paraText.slice(t.end, t.end + 12));
    if (!m) continue;
    const start = t.end + m[0].length;
    const stop = /[,;:]/.exec(u.paraText.slice(start, u.end));
    let end = stop ? start + stop.index : u.end;
    while (end > start && /[\s.!?]/.test(u.paraText[end - 1])) end--;
    // The clause must hold a date of its own no more: one with a date is dated by that.
    if (end - start < 8 || u.timexes.some((x) => x.start >= start && x.end <= end && usable(x))) continue;
    out.push({ timex: t, open: t.end, start, end });
  }
  return out;
}

/**
 * The title of a when-clause: its evidence stops at the first comma, but its words go on past a comma inside a number
 * ("when the firm sold 3,100 pianos") and past an aside between its subject and its verb ("when the comet, still
 * too faint to see, will be shown"), where a title cut at the comma would be a fragment ("Firm sold 3", "The comet").
 */
export function whenTitle(u: Unit, w: { start: number; end: number }): { title: string; drafted: TitleDraft } {
  const text = u.paraText.slice(w.start, u.end);
  const stop = /[;:]|,(?!\d)/.exec(text);
  const made = titled(text.slice(0, stop ? stop.index : text.length).replace(/[\s.!?]+$/, ''));
  return !made.title || titleHasVerb(made.title, patternVerb) ? made : titled(text);
}
