// "2008, when the company posted a loss": the when-clause right after a date happened on that date.

import { fmtDay, type Ymd } from '../time-value';
import { trimmedEnd } from './clause-words';
import { heldForIn } from './date-stretches';
import { isPastForm } from './lexicon';
import { usable } from './anchor';
import type { Draft } from './draft';
import { dateFromTimex } from './resolve';
import { pastPerfectRelativeEvent } from './past-perfect-relatives';
import type { Unit } from './segment';
import { spellBeforeSub, spellTitleWords } from './stretches-beside';
import { patternVerb, titled, type TitleDraft } from './title';
import { titleHasVerb } from './title-syntax';
import { tenseAt } from './tense';
import type { Timex } from './types';

const WHEN_AFTER = /^,\s+when\s+/i;
const RELATIVE_PERFECT = /\s(?:that|which|who)\s+(?:had|has|have)\s/i;
const SET_OFF_ORDER = /,\s+(?:after|before|following)\s[^,;:]{0,80}$/i;

/** Whether words hold a verb in the simple past ("a drill broke into a gallery"; not "a lorry carrying timber"). */
function toldInPast(words: string): boolean {
  return words.split(/\s+/).some(isPastForm);
}

/** A when-clause after a date: `open` is where its words start (the comma after the date), `start`-`end` its evidence. */
export interface WhenClause {
  timex: Timex;
  open: number;
  start: number;
  end: number;
}

// Where a when-clause stops: not at the comma inside a number ("when 11,000 acres burned").
const CLAUSE_STOP = /[;:]|,(?!\d{3})/;

/** "2008, when the company posted a loss": the when-clause right after a date, up to the next comma. */
export function whenClauses(u: Unit): WhenClause[] {
  const out: WhenClause[] = [];
  for (const t of u.timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.value === 'PAST_REF' || !usable(t)) continue;
    const m = WHEN_AFTER.exec(u.paraText.slice(t.end, t.end + 12));
    if (!m) continue;
    const start = t.end + m[0].length;
    const stop = CLAUSE_STOP.exec(u.paraText.slice(start, u.end));
    let end = stop ? start + stop.index : u.end;
    // "1971, when its founder, Ada Thorne, baked a loaf": a subject with no verb yet, then an aside set off by commas
    // with none either; the clause goes on past the aside to its verb.
    if (stop && stop[0] === ',') {
      const aside = /^,([^,;:]{1,40}),\s/.exec(u.paraText.slice(end, u.end));
      const subject = u.paraText.slice(start, end);
      if (aside && !toldInPast(subject) && !toldInPast(aside[1]) && !/\b(?:is|are|was|were|has|have|had|will|would)\b/i.test(subject + aside[1])) {
        const from = end + aside[0].length;
        const next = CLAUSE_STOP.exec(u.paraText.slice(from, u.end));
        end = next ? from + next.index : u.end;
      }
    }
    while (end > start && /[\s.!?]/.test(u.paraText[end - 1])) end--;
    // "since Friday, when a drill broke into a gallery that had been sealed in 1951": a date in a relative clause told
    // in a perfect tense is that clause's (an event of its own, past-perfect-relatives.ts); the when-clause ends before it.
    // Only when the words before it tell a happening of their own ("a lorry carrying timber that had been loaded in
    // 2019 overturned" has its verb after the relative clause, and is left dated by the year).
    const rel = RELATIVE_PERFECT.exec(u.paraText.slice(start, end));
    if (rel && u.timexes.some((x) => x.start >= start + rel.index && x.end <= end && usable(x)) && toldInPast(u.paraText.slice(start, start + rel.index))) {
      end = trimmedEnd(u.paraText, start, start + rel.index);
    }
    // The clause must hold a date of its own no more: one with a date is dated by that.
    if (end - start < 8 || u.timexes.some((x) => x.start >= start && x.end <= end && usable(x))) continue;
    // "The busiest day was Sept. 18, after heavy rain the night before, when 164 fish went through": after a phrase set
    // off by commas that opens on "after" or "before", the when-clause tells of the date before that phrase.
    const lead = u.paraText.slice(Math.max(u.start, t.start - 80), t.start);
    const phrase = SET_OFF_ORDER.exec(lead);
    const comma = phrase ? t.start - lead.length + phrase.index : -1;
    const host = phrase ? u.timexes.find((x) => x !== t && x.type === 'DATE' && usable(x) && x.end <= comma && comma - x.end <= 1) : t;
    if (host) out.push({ timex: host, open: t.end, start, end });
  }
  return out;
}

/**
 * The title of a when-clause: its evidence stops at the first comma, but its words go on past a comma inside a number
 * ("when the firm sold 3,100 pianos") and past an aside between its subject and its verb ("when the comet, still
 * too faint to see, will be shown"), where a title cut at the comma would be a fragment ("Firm sold 3", "The comet").
 */
function whenTitle(u: Unit, w: { start: number; end: number }): { title: string; drafted: TitleDraft } {
  const text = u.paraText.slice(w.start, u.end);
  const stop = /[;:]|,(?!\d)/.exec(text);
  const made = titled(text.slice(0, stop ? stop.index : text.length).replace(/[\s.!?]+$/, ''));
  return !made.title || titleHasVerb(made.title, patternVerb) ? made : titled(text);
}

/**
 * "an improvement from 2008, when the company posted a loss": the when-clause after a date happened then, whatever
 * the date is to the main clause (its yardstick, or a bound): an event of its own on that date.
 */
export function whenClauseEvents(u: Unit, whens: WhenClause[], published: Ymd | null, emit: (d: Omit<Draft, 'order'>) => void): void {
  for (const w of whens) {
    const date = dateFromTimex(w.timex, published);
    const { title, drafted } = whenTitle(u, w);
    if (date && title) {
      date.rule = `${date.rule}/when-clause`;
      // "on May 2, when the town was without power for three days": the clause's own stretch from the day.
      const held = !date.end && !date.mod ? heldForIn(u.paraText, u.timexes, w.start, w.end, date.start) : null;
      const tense = held ? tenseAt(u.paraText.slice(w.start, w.end), 0) : null;
      if (held && (tense === 'past' || (tense === 'unknown' && !!published && date.start < fmtDay(published)))) {
        date.end = held;
        date.rule = `${date.rule}/held-for`;
      }
      // "The summer of 1989, when the canal reopened after eleven years of repairs": the spell closing the clause's
      // happening is an event of its own, up to the clause's date, cut from the clause's evidence.
      // A season or other stretch within one year counts the spell to that year.
      const { end: _end, ...plain } = date;
      const inYear = date.end && date.end.slice(0, 4) === date.start.slice(0, 4) ? { ...plain, start: date.start.slice(0, 4) } : date;
      const spell = !inYear.end && !date.mod ? spellBeforeSub(u.paraText, w.start, w.end, inYear) : null;
      const spellTitle = spell ? titled(spellTitleWords(spell.what)) : null;
      const end = spell && spellTitle?.title ? trimmedEnd(u.paraText, w.start, spell.start) : w.end;
      emit({ paragraphId: u.paragraphId, start: w.start, end, title, drafted, date });
      pastPerfectRelativeEvent(u, w.start, end, date, u.timexes, emit);
      if (spell && spellTitle?.title) emit({ paragraphId: u.paragraphId, start: spell.start, end: spell.end, title: spellTitle.title, drafted: spellTitle.drafted, date: spell.date });
    }
  }
}
