// Stage 3's last step: each clause of a unit with the expression that dates its event, found by the steps in
// main-date.ts (which date, and a range's end), date-bounds.ts (after or before it) and named-dates.ts (a date that
// is a thing's, not the clause's).

import type { Ymd } from '../time-value';
import { type Anchored, type Clause, clauses, comparedWith, modifierDate, type SubjectYear, subjectYear, usable } from './anchor';
import { dateBound } from './date-bounds';
import { mainDate, rangeEnd } from './main-date';
import { dueThing, sinceNamedHappening, thingsDatedInside, topicDate, yearNamesThing } from './named-dates';
import type { Unit } from './segment';
import type { Span } from './sentences';
import type { Timex } from './types';
import { timexRoute } from './year-route';

const PRESENT_COMPLEMENT = /\s(?:and\s+)?(?:the\s+[a-z]+\s+(?:yet\s+)?)?(that\s+[^,;:"“”]{0,60}?\b(?:is|are)\s+(?:now\s+|still\s+)?[a-z]+ing\b)/;

/**
 * The dated clauses of a unit, each with the expression that dates its event, then the events of their own its
 * dates name inside it. A year that names the clause's subject is left to `subjectYears`.
 */
export function anchorUnit(u: Unit, published: Ymd | null = null, subjectYears: SubjectYear[] = []): Anchored[] {
  const out: Anchored[] = [];
  for (const c of clauses(u.paraText, u.start, u.end, u.timexes)) {
    let inClause = datesWithin(u, c, subjectYears);
    if (!inClause.length && c.borrow) inClause = datesWithin(u, c.borrow, subjectYears);
    if (!inClause.length) continue;
    const anchored = anchorClause(u, c, inClause, published);
    out.push(anchored, ...thingsDatedInside(u, c, inClause, anchored.main, anchored.end));
    const since = sinceNamedHappening(u, c, anchored);
    if (since) out.push(since);
  }
  return out;
}

/**
 * The expressions inside a stretch that name a stretch of the calendar and may date its event: not a comparison's
 * yardstick, nor one in the stretch's hole. A year naming the subject is noted in `subjectYears` instead.
 */
function datesWithin(u: Unit, x: Clause, subjectYears: SubjectYear[]): Timex[] {
  return u.timexes.filter((t) => {
    if (t.start < x.start || t.end > x.end || !usable(t) || comparedWith(u.paraText, t)) return false;
    if (x.hole && t.start >= x.hole.start && t.end <= x.hole.end) return false;
    const sy = subjectYear(u.paraText, t, x.start);
    if (sy && !subjectYears.some((y) => y.timex === t)) subjectYears.push({ timex: t, ...sy });
    return !sy;
  });
}

/** A clause with its event's date, the range's end, the bound, and what of the clause is not that event's. */
function anchorClause(u: Unit, c: Clause, inClause: Timex[], published: Ymd | null): Anchored {
  const main = mainDate(u.paraText, c, inClause);
  const end = rangeEnd(u.paraText, inClause, main);
  let bound: Anchored['bound'];
  let sub: Span | undefined;
  if (!end && main.value !== 'PAST_REF') ({ bound, sub } = dateBound(u, c, main));
  let named: Span | undefined;
  if (!end && !bound && inClause.length === 1 && main.rule === 'year' && main.start >= c.start) ({ bound, named } = yearNamesThing(u.paraText, c, main, published));
  const { present, clause } = !end && published && main.rule === 'year' && +main.value < published.y && inClause.length === 1 ? presentComplement(u.paraText, c, main) : { present: undefined, clause: c };
  // "strengthened the 1959 trade embargo", "heads a team investigating the bombings which killed 224 people on Aug.
  // 7, 1998": a date of an earlier year than publication's, given only to a noun or a relative clause, dates that.
  let guessedYear = false;
  // A clause told in the present of an earlier year is already after it ("is still defending the 2003 Plan"); the
  // thing is still the year's event.
  if (!end && (!bound || (bound === 'after' && !sub)) && !named && inClause.length === 1 && main.value !== 'PAST_REF' && (published ? lastYearOf(main.value) < published.y : timexRoute(main) === 'own-year')) {
    const m = modifierDate(u.paraText, c, main);
    // Otherwise the clause's own event is after the thing's, by how much the text does not say: its date stays (it
    // may well be right, "won the 1996 election"), its year flagged as a guess.
    if (m) {
      named = m;
      guessedYear = !bound;
    }
  }
  // "I was lying in bed when I read about Hollen's ride in 1994": the year is the ride's, a guess for the clause.
  const topic = !end && !bound && !named && inClause.length === 1 && /^\d{4}/.test(main.value) ? topicDate(u.paraText, c, main, published) : null;
  if (topic) [named, guessedYear] = [topic, true];
  // "would run in the election due next year": the timetable's date is the election's; for the clause, a guess.
  const due = !end && !bound && !named ? dueThing(u.paraText, c, main) : null;
  if (due) [named, guessedYear] = [due, true];
  return { unit: u, clause, inClause, main, end, bound, sub, present, named, ...(guessedYear ? { guessedYear } : {}) };
}

/**
 * The last year a value names: a decade's last ("197X", the 1970s: 1979), else the year it starts with; NaN for one
 * with no year. "pulled down in the 1970s" is as much a date of an earlier year than publication's as "in 1974".
 */
function lastYearOf(value: string): number {
  const decade = /^(\d{3})X$/.exec(value);
  return decade ? +decade[1] * 10 + 9 : +value.slice(0, 4);
}

/**
 * "2009 was a pivotal year and proof that our plan is working": what is told in the present progressive after "that"
 * is under way now, not in the earlier year the clause names. That complement, and the clause without it.
 */
function presentComplement(text: string, c: Clause, main: Timex): { present?: Span; clause: Clause } {
  const rest = text.slice(main.end, c.end);
  const m = PRESENT_COMPLEMENT.exec(rest);
  if (!m) return { clause: c };
  const at = main.end + m.index + m[0].length - m[1].length;
  let e = main.end + m.index;
  while (e > c.start && /[\s,]/.test(text[e - 1])) e--;
  return { present: { start: at, end: c.end }, clause: { ...c, end: e } };
}
