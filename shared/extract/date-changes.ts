// A change of date ("moved from May 3 to June 7"): two days, not the span between them.

import { clauseWithoutDates } from './clause-words';
import type { ClauseWork } from './draft';
import { beforePublication } from './resolve';
import { happeningOf } from './tense';
import { titled } from './title';

const CHANGE_FROM =
  /\b(?:extension|extended|extends|extending|postponed|postpones|postponing|postponement|moved|moves|moving|rescheduled|reschedules|rescheduling|delayed|delays|pushed\s+back|brought\s+forward|changed|changes|shifted|shifts|deferred|defers)\b(?:\s+[\w'’-]+){0,5}?\s+from\s+$/i;
const CHANGED_PAST = /^(?:extended|postponed|moved|rescheduled|delayed|pushed\s+back|brought\s+forward|changed|shifted|deferred)$/i;
const NOT_A_TELLING = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'newly', 'be', 'being', 'to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'can', 'not']);

/**
 * Whether the text before a change's first date ("FEMA has extended the deadline from ") tells of the change as done:
 * a past or perfect verb ("has extended", "was postponed", "moved"), not an adjective ("the extended deadline") or
 * one still to come ("will be moved").
 */
export function changeDone(lead: string): boolean {
  const m = CHANGE_FROM.exec(lead);
  const verb = m ? /^[a-z]+(?:\s+(?:back|forward))?/i.exec(m[0])?.[0] ?? '' : '';
  if (!m || !CHANGED_PAST.test(verb)) return false;
  const prev = /([a-z]+)\s+(?:(?:also|now|already|just|again)\s+)?$/i.exec(lead.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
  return !!prev && !NOT_A_TELLING.has(prev);
}

/**
 * "The deadline was moved from May 3 to June 7", "the extension from January 11 to March 11": a change from one date
 * to another names two days, not the span between them; the change itself, told after the dates or as done before
 * them, is an event placed by its tense. False when the clause tells no change (or leaves it no title).
 */
export function dateChangeEvents(w: ClauseWork): boolean {
  const { u, a, c, main, date, published, emit } = w;
  if (!a.end || !date.end || !CHANGE_FROM.test(u.paraText.slice(Math.max(c.start, main.start - 60), main.start))) return false;
  const toAt = u.paraText.lastIndexOf('to', a.end.start) >= main.end ? u.paraText.lastIndexOf('to', a.end.start) : a.end.start;
  const { title: base, drafted } = titled(clauseWithoutDates(u, c, a).replace(/\s+from\s+to\b/i, ''));
  const { end: newDay, ...rest } = date;
  const note = (day: string) => `A change from one date to another (“${u.paraText.slice(main.start, a.end!.end)}”): ${day}.${rest.note ? ` ${rest.note}` : ''}`;
  if (!base) return false;
  emit({ paragraphId: u.paragraphId, start: c.start, end: main.end, title: `${base}: the date it moves from`, drafted, date: { ...rest, rule: `${rest.rule}/change-from`, note: note('the date it moves from') } });
  emit({ paragraphId: u.paragraphId, start: toAt, end: a.end.end, title: `${base}: the date it moves to`, drafted, date: { ...rest, start: newDay!, rule: `${rest.rule}/change-to`, note: note('the date it moves to') } });
  // The change itself ("… was granted"), when the clause tells of it after the dates, is placed by its tense.
  const restStart = a.end.end;
  const how = c.end - restStart > 8 ? happeningOf(u.paraText.slice(restStart, c.end)) : null;
  const decided = how === 'past' ? beforePublication(published, 'narrative-order/before-publication', '', w.writing) : null;
  if (decided) emit({ paragraphId: u.paragraphId, start: restStart, end: c.end, title: base, drafted, date: decided });
  // "FEMA has extended the deadline from January 9 to …": the extending is done, before publication; the old
  // deadline is only what it moved away from, so it does not date the act.
  const fromAt = main.start - (/\bfrom\s+$/i.exec(u.paraText.slice(c.start, main.start))?.[0].length ?? 0);
  const done = !decided && fromAt > c.start + 8 && changeDone(u.paraText.slice(c.start, main.start));
  const act = done ? beforePublication(published, 'narrative-order/before-publication', '', w.writing) : null;
  if (act) emit({ paragraphId: u.paragraphId, start: c.start, end: fromAt, title: base, drafted, date: act });
  return true;
}
