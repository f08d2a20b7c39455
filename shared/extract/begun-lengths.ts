// A length begun on the clause's date: "began six weeks of rehearsals on Monday", "at the start of a three-year
// study". The length's noun is a stretch from the date as long as the count says, not the one day the date names.

import { addDays, DAY_VALUE, fmtDay, parseYmd } from '../time-value';
import type { ClauseWork } from './draft';
import { BEGIN_VERB_RE, NUMBER_WORD_RE, parseCount } from './lexicon';
import { stretchEnd } from './narrative';
import { titled } from './title';

const COUNT = String.raw`(\d{1,3}|${NUMBER_WORD_RE})`;
// "six weeks of rehearsals", "a three-year study": a count and its unit naming how long the noun after it lasts (not
// "three years ago", "two weeks later": only "of" or a hyphened unit before the noun).
const LENGTH = String.raw`${COUNT}(?:\s+(day|week|month|year)s?\s+of|-(day|week|month|year)(?:-long)?)\s+[a-z]`;
// The clause's own verb opening the length, or an aside naming its start.
const BEGUN_LENGTH = new RegExp(
  String.raw`\b(?:(${BEGIN_VERB_RE})\s+(?:(?:a|an|the|its|their|his|her)\s+)?|(?:at|marking|marks|mark)\s+the\s+(?:start|beginning|opening)\s+of\s+(?:a|an|the|its|their|his|her)\s+)${LENGTH}`,
  'gi',
);
// "… on Thursday as a film company began six weeks of shooting": the length is told by a clause of its own.
const SUBORDINATE_LEAD = /\b(?:as|when|while|after|before|and)\s+(?:[\w'’-]+\s+){0,5}$/i;

/** The last day (month, year) of `n` units from `start`: whole weeks run to the same weekday, days count the first. */
function lengthEnd(start: string, n: number, unit: string): string | null {
  if (unit !== 'week') return stretchEnd(start, n, unit, 'after');
  const day = parseYmd(start);
  return day && DAY_VALUE.test(start) ? fmtDay(addDays(day, 7 * n)) : null;
}

/**
 * "Soldiers begin two weeks of leave on Friday": the clause's date becomes the stretch its own verb begins. "The
 * harbour closed on Thursday as a film crew began six weeks of shooting", "were released on Monday, at the start of a
 * five-year trial": a length begun in a clause or aside of its own is an event of its own, from the clause's date.
 */
export function begunLength(w: ClauseWork): void {
  const { u, a, main, date } = w;
  if (a.end || a.bound || date.mod || date.end) return;
  const text = u.paraText;
  // Up to the sentence's next date, which a length told after it would be counted from instead.
  const next = u.timexes.find((t) => t.start >= main.end && t.type !== 'DURATION' && t.type !== 'SET');
  const to = Math.min(u.end, next ? next.start : u.end);
  const region = text.slice(w.c.start, to);
  BEGUN_LENGTH.lastIndex = 0;
  const m = BEGUN_LENGTH.exec(region);
  if (!m) return;
  const n = /^an?$/i.test(m[2]) ? 1 : parseCount(m[2]);
  const unit = (m[3] ?? m[4]).toLowerCase();
  const end = n && Number.isInteger(n) ? lengthEnd(date.start, n, unit) : null;
  if (!end) return;
  const at = w.c.start + m.index;
  const note = `“${m[0].slice(0, -1).trim()}” begun on ${main.text}: the stretch runs from that date for the length told.`;
  const ownVerb = !!m[1] && (at < main.start ? at >= w.c.start && at < w.c.end : /^[\s,]*$/.test(text.slice(main.end, at)));
  if (ownVerb && !SUBORDINATE_LEAD.test(text.slice(w.c.start, Math.min(at, main.start)))) {
    date.end = end;
    date.rule = `${date.rule}/length-begun`;
    date.note = `${note}${date.note ? ` ${date.note}` : ''}`;
    return;
  }
  if (at < main.end) return;
  // The clause (or aside) the length is told in: from its opening word to the next comma or the end of the sentence.
  const lead = m[1] ? SUBORDINATE_LEAD.exec(text.slice(main.end, at)) : null;
  const start = lead ? main.end + lead.index : at;
  const stop = /[,;:]/.exec(text.slice(at, to));
  let stretchTo = stop ? at + stop.index : to;
  while (stretchTo > at && /[\s.!?]/.test(text[stretchTo - 1])) stretchTo--;
  const words = text.slice(start, stretchTo).replace(/^(?:as|when|while|after|before|and)\s+/i, '').replace(/^(?:at|marking|marks|mark)\s+the\s+(?:start|beginning|opening)\s+of\s+/i, '');
  const { title, drafted } = titled(words);
  if (!title) return;
  const { note: _n, ...own } = date;
  w.emit({ paragraphId: u.paragraphId, start, end: stretchTo, title, drafted, date: { ...own, end, rule: `${date.rule}/length-begun`, note } });
}

