// "After the fire a cheque from the insurer arrived on Easter Monday that year": a sentence opened by a happening it names
// ("After the fire,", "Before the merger") and then dated by "that year" counts the year from that happening, not
// from the last year the text told before the sentence (a year told in the sentence before may be another story's).

import type { Draft } from './draft';
import { fmtDay, parseYmd } from '../time-value';
import { phraseHappening } from './happenings';
import type { NarrativeContext } from './narrative';
import { holiday, holidayRule } from './rules/seasons';
import { sentenceAt, splitSentences } from './sentences';

// The rules a day of "that year" (or "the same year") is given by.
const THAT_YEAR_RULE = /^(?:holiday\/that-year|month-day\/anaphoric-that)(?:\/|$)/;
// The opening of a sentence that names a happening: "After the theft", "Before his arrest,".
const HAPPENING_OPENER = /^\W*(after|before|following)\s+((?:the|his|her|its|their)\s+[a-z-]{4,})\b(?!\s+(?:of|in|on|at|to|that|which|who)\b)/i;
// A day written with "that year" or "the same year" after it, the year words left out.
const DAY_THAT_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+)\s+(?:of\s+)?(?:that|the\s+same)\s+year\b|\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/;

/**
 * Re-dates, in place, a draft whose day was counted from "that year" when its sentence opens by naming a happening the
 * text dated (not by a guess) in another year: the day is taken in the happening's year, if it then falls on the side
 * of the happening the opener says ("after", "following": not before it; "before": not after it).
 */
export function thatYearOfOpenedHappening(d: Draft, paraText: string, ctx: NarrativeContext, recent: Draft[]): void {
  // What a clause is placed after ("…, she said") moves with the day it is placed against.
  const placed = d.date.mod === 'after' && !!d.date.rule?.endsWith('/after-clause');
  if (!THAT_YEAR_RULE.test(d.date.rule ?? '') || (d.date.mod && !placed) || d.date.end) return;
  const own = parseYmd(d.date.start);
  if (!own) return;
  const s = sentenceAt(splitSentences(paraText), d.start);
  const sentence = paraText.slice(s.start, s.end);
  const opener = HAPPENING_OPENER.exec(sentence);
  if (!opener) return;
  const named = phraseHappening(d, ctx, opener[2], recent.filter((r) => r !== d), paraText);
  const h = named && !named.guessed ? named.draft : null;
  const at = h && !h.date.mod && !h.date.end && !h.date.yearUncertain ? parseYmd(h.date.start.length === 4 ? `${h.date.start}-01-01` : h.date.start.length === 7 ? `${h.date.start}-01` : h.date.start) : null;
  if (!h || !at || at.y === own.y) return;
  const words = paraText.slice(d.start, s.end);
  const day = dayInYear(words, own, at.y);
  if (!day) return;
  const value = fmtDay(day);
  const after = !/^before$/i.test(opener[1]);
  if (!placed && h.date.start.length === 10 && (after ? value < h.date.start : value > h.date.start)) return;
  d.date = { start: value, ...(placed ? { mod: 'after' as const } : {}), basis: h.date.basis, rule: `${d.date.rule!.split('/').slice(0, 2).join('/')}/of-opened-happening${placed ? '/after-clause' : ''}`, note: `“that year”: the year of “${h.title}”, which the sentence opens by naming (“${opener[0].trim()}”).` };
}

// The holiday rule's pattern, read once at a time (its own is global, for the tagger's scan).
const HOLIDAY = new RegExp(holidayRule.re.source, holidayRule.re.flags.replace('g', ''));

/** The day the words name, in year `y` (a holiday's own day that year; a written day and month kept). */
function dayInYear(words: string, own: { m: number; d: number }, y: number) {
  const m = HOLIDAY.exec(words);
  if (m && m[7]) {
    const shift = /before|previous/i.test(m[7]) ? -1 : /after|following/i.test(m[7]) ? 1 : 0;
    return holiday(m[2], y + shift);
  }
  return DAY_THAT_YEAR.test(words) ? { y, m: own.m, d: own.d } : null;
}
