// A past-perfect relative clause after a dated happening: done before it.

import type { EventDate } from '../document';
import { trimmedEnd } from './clause-words';
import type { Draft } from './draft';
import { NOT_PAST_ED, PAST_PARTICIPLES } from './lexicon';
import { relativeTo } from './resolve';
import type { Unit } from './segment';
import { titled } from './title';
import type { Timex } from './types';

// "complained in May, from a father whose son had swallowed a magnet", "packed on Jan. 9, when a singer who had flown
// in that morning …": a relative clause in the past perfect after the clause's date tells of something done before it.
// It runs to the next comma, the clause's end or the main clause's "was". (Read from a comma or space before the relative word, so a match
// starting later in a run of spaces fails fast.)
const RELATIVE_PERFECT = /(?<![\s,])(?:,\s*|\s)(?:who|which|whose\s+[a-z]+)\s+had\s+(?:(?:already|long|just|once|previously|earlier|recently|never|not|first)\s+)?([a-z]{3,})\b(?:(?!\s(?:was|were|is|are)\s)[^,;:"“”]){0,120}/i;

/**
 * A past-perfect relative clause between `from` (the date's end) and `to` ("… in March, from a father whose daughter
 * had swallowed a magnet"): an event of its own, on or before `date`. The clause keeps its evidence: the shorter one is
 * the relative's. Not when the relative clause holds a date of its own, which is its date.
 */
export function pastPerfectRelativeEvent(u: Unit, from: number, to: number, date: EventDate, timexes: readonly Timex[], emit: (d: Omit<Draft, 'order'>) => void): void {
  if (date.mod || date.end) return;
  const m = RELATIVE_PERFECT.exec(u.paraText.slice(from, to));
  if (!m) return;
  const verb = m[1].toLowerCase();
  // Not isPastForm: after "had" the verb is a participle ("had taken", "had grown"), not a simple past ("took").
  if (!(PAST_PARTICIPLES.has(verb) || /^(?:been|come|gone|become|had)$/.test(verb) || (/(?:ed|en)$/.test(verb) && !NOT_PAST_ED.has(verb)))) return;
  const start = from + m.index + m[0].search(/[a-z]/i);
  const end = trimmedEnd(u.paraText, start, from + m.index + m[0].length);
  // Its own date may lie past `to`, where another clause was cut off ("who had crossed the Sound on Aug. 14"): the
  // relative clause runs on to its comma.
  const stop = /[,;:"“”]/.exec(u.paraText.slice(end, u.end));
  const ownEnd = stop ? end + stop.index : u.end;
  if ([...timexes, ...u.timexes].some((t) => t.start >= start && t.start < ownEnd)) return;
  const { title, drafted } = titled(u.paraText.slice(start, end));
  if (!title) return;
  emit({ paragraphId: u.paragraphId, start, end, title, drafted, date: relativeTo(date, 'before', 'ordering-clause/past-perfect', 'Told in the past perfect after the date of its clause: done by then.') });
}
