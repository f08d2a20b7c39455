// A sentence that only tells how long something took, whose start or end the sentence beside it dates ("Work on the
// pier began in March 2019. It took 14 months to build.", "The strike ended on 4 May. It had lasted six weeks.").

import type { EventDate } from '../document';
import type { Draft } from './draft';
import { hedgeWords, NUMBER_WORD_RE, parseCount } from './lexicon';
import { stretchEnd } from './narrative';
import type { Unit } from './segment';
import { happeningOf } from './tense';
import { titled } from './title';

const COUNT = `(\\d{1,3}|${NUMBER_WORD_RE})\\s+(years?|months?|weeks?|days?)`;
const ABOUT = `(?:(${hedgeWords('around', 'roughly', 'more\\s+than', 'just\\s+over')})\\s+)?`;
// "took 14 months to build", "had lasted six weeks", "went on for nine days": the length of one happening, told whole.
// "The case took three years.": the length closing its clause.
const TOOK = new RegExp(`\\b(?:took|had\\s+taken)\\s+${ABOUT}${COUNT}(?:\\s+to\\s+[a-z]{3,}|(?=\\s*[,.;]|\\s*$))`, 'i');
// "The trial began on Monday. It is expected to last six weeks.": a length foreseen from a start told beside it.
const TO_LAST = new RegExp(`\\b(?:(?:is|are|was|were)\\s+(?:expected|due|scheduled|set|likely)\\s+to|will|should)\\s+last\\s+${ABOUT}${COUNT}\\b`, 'i');
const LASTED = new RegExp(`\\b(?:(?:had\\s+)?lasted|(?:had\\s+)?(?:gone|went|ran|run|continued)\\s+(?:on\\s+)?for)\\s+${ABOUT}${COUNT}\\b`, 'i');
// "For 61 years, a sleeper train left …": a length opening the sentence, set off by a comma.
const FOR_OPENING = new RegExp(`^\\W*for\\s+${ABOUT}${COUNT}\\s*,\\s*`, 'i');

// The neighbour's verb says which end of the length it dates. "opened" is left out: a building "took four years to
// build" and then opened, while a show that opened ran on after it.
const STARTS = /\b(?:began|begun|begins|started|starts|commenced|got\s+under\s+way|got\s+going|(?:will|is\s+(?:due|set|expected)\s+to)\s+(?:begin|start))\b/i;
const ENDS = /\b(?:ended|finished|concluded|came\s+to\s+an\s+end|(?:was|were)\s+completed|closed\s+down|shut\s+down)\b/i;
// "The last one ran on Dec. 13, 2008": the last of a run of happenings, told in the past.
const LAST_ONE = /^\W*the\s+(?:very\s+)?last\s+(?:one|[a-z]{3,})\s+(?:ran|left|went|came|sailed|flew|[a-z]{3,}ed)\b/i;

type End = 'start' | 'end';

/** Which end of a length the dated draft `d` (in unit `n`) gives, by its verb; null when it gives neither, or both. */
function endGiven(n: Unit, d: { start: number; end: number }): End | null {
  const words = n.paraText.slice(d.start, d.end);
  const starts = STARTS.test(words);
  const ends = ENDS.test(words) || LAST_ONE.test(n.paraText.slice(n.start, d.end));
  return starts === ends ? null : starts ? 'start' : 'end';
}

/** The one draft of unit `n` dated plainly whose verb gives an end of a length, and which end. */
function anchorIn(n: Unit | undefined, drafts: Draft[]): { d: Draft; end: End } | null {
  if (!n) return null;
  const found = drafts.filter((d) => d.paragraphId === n.paragraphId && d.start >= n.start && d.start < n.end && !d.date.mod).map((d) => ({ d, end: endGiven(n, d) })).filter((x) => x.end);
  return found.length === 1 ? (found[0] as { d: Draft; end: End }) : null;
}

/**
 * "The new bridge took four years to build. Work on it began in 1928.", "The strike ended on 4 May. It had lasted six
 * weeks.": a past sentence with no date of its own that tells only a length ("took", "lasted", an opening "For N
 * years,") runs that long from the start the sentence before or after it dates ("began"), or up to the end it dates
 * ("ended", "the last one ran"). The sentence before is read first. `units` are the paragraph's sentences.
 */
export function lengthFromNeighbour(u: Unit, units: Unit[], drafts: Draft[]): Draft | null {
  // A habit over the length ("every week") is no date of its own.
  if (!u.timexes.some((t) => t.type === 'DURATION') || !u.timexes.every((t) => t.type === 'DURATION' || t.type === 'SET')) return null;
  const text = u.paraText.slice(u.start, u.end);
  const ahead = TO_LAST.exec(text);
  const told = ahead ?? TOOK.exec(text) ?? LASTED.exec(text);
  const m = told ?? FOR_OPENING.exec(text);
  const n = m ? parseCount(m[2]) : undefined;
  if (!m || !n || !Number.isInteger(n) || /["“”]/.test(text) || (!ahead && happeningOf(text) !== 'past')) return null;
  const i = units.indexOf(u);
  const anchor = i < 0 ? null : (anchorIn(units[i - 1], drafts) ?? anchorIn(units[i + 1], drafts));
  // What is foreseen runs on from a start; an end told beside it is not where it will end.
  if (!anchor || (ahead && anchor.end !== 'start')) return null;
  const { d, end } = anchor;
  const from = end === 'start' ? d.date.start : (d.date.end ?? d.date.start);
  const other = stretchEnd(from, n, m[3], end === 'start' ? 'after' : 'before');
  const opening = told ? 0 : m[0].length;
  const { title, drafted } = titled(text.slice(opening));
  if (!other || !title) return null;
  const length = m[0].trim().replace(/,$/, '');
  const date: EventDate = {
    start: end === 'start' ? from : other,
    end: end === 'start' ? other : from,
    basis: d.date.basis,
    rule: `sequence/length-from-neighbour-${end}`,
    note: `“${length}”, ${end === 'start' ? 'from' : 'up to'} “${d.title}”, the ${end} the sentence ${d.start < u.start ? 'before' : 'after'} it dates.`,
    ...(m[1] ? { mod: 'approx' as const } : {}),
    ...(d.date.yearUncertain ? { yearUncertain: true } : {}),
  };
  return { paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date, order: 0 };
}

/** A dated piece of a sentence: where its words are in the paragraph, its date, and what a note calls it. */
export interface DatedSpan {
  start: number;
  end: number;
  date: EventDate;
  title: string;
}

/**
 * "His first map of the coast, begun in 1921, took six years to finish.": an undated clause (`d`, placed only by its
 * tense) that tells how long something took, in a sentence whose other dated event is its start ("begun") or end: it
 * runs that long from (or up to) that date, as a neighbouring sentence's would. `own` are the sentence's other drafts.
 */
export function lengthFromAside(u: Unit, d: Draft, own: Draft[]): EventDate | null {
  return lengthBesideSpans(u, u.paraText.slice(d.start, d.end), own.filter((o) => o !== d && o.paragraphId === d.paragraphId));
}

/**
 * The same for a clause with no date at all (no publication date to place it by its tense): `spans` are the sentence's
 * dated clauses.
 */
export function lengthBesideSpans(u: Unit, text: string, spans: DatedSpan[]): EventDate | null {
  const m = TOOK.exec(text) ?? LASTED.exec(text);
  const n = m ? parseCount(m[2]) : undefined;
  if (!m || !n || !Number.isInteger(n) || /["“”]/.test(text) || happeningOf(text) !== 'past') return null;
  const found = spans.filter((o) => !o.date.mod && !o.date.end).map((o) => ({ o, end: endGiven(u, o) })).filter((x) => x.end);
  if (found.length !== 1) return null;
  const { o, end } = found[0] as { o: DatedSpan; end: End };
  const from = o.date.start;
  const other = stretchEnd(from, n, m[3], end === 'start' ? 'after' : 'before');
  if (!other) return null;
  return {
    start: end === 'start' ? from : other,
    end: end === 'start' ? other : from,
    basis: o.date.basis,
    rule: `sequence/length-from-aside-${end}`,
    note: `“${m[0].trim()}”, ${end === 'start' ? 'from' : 'up to'} “${o.title}”, the ${end} the same sentence dates.`,
    ...(m[1] ? { mod: 'approx' as const } : {}),
    ...(o.date.yearUncertain ? { yearUncertain: true } : {}),
  };
}
