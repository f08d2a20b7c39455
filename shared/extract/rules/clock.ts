import { addDays, fmtDay } from '../../time-value';
import { CLOCK_HOUR_WORDS, eitherCaseAlts, parseCount, PART_OF_DAY_ALTS } from '../lexicon';
import { B, E, pad2, rx, type Rule } from './rule';

// The rule for clock times: "3 p.m.", "10:30 a.m. EST", "noon".

function timeOfDay(hour: number, minute: number, meridiem: string | undefined): string | null {
  let h = hour;
  let mer = meridiem?.toLowerCase().replace(/\./g, '');
  if (mer && /in the/.test(mer)) mer = /morning/.test(mer) ? 'am' : 'pm';
  if (mer === 'pm' && h < 12) h += 12;
  if (mer === 'am' && h === 12) h = 0;
  if (h > 24 || minute > 59) return null;
  return `T${pad2(h)}:${pad2(minute)}`;
}

// A time zone after the time is part of it ("16:00 UTC"), so taking the time out of a title takes the zone too.
const ZONE = `(?:\\s+(?:[A-Z]{2,4}T|GMT|UTC)\\b)?`;
// The rule reads case as written: a word hour may open its sentence ("Seven o'clock").
const HOUR_WORD_RE = eitherCaseAlts(CLOCK_HOUR_WORDS);
// "shortly after seven o'clock", "at 10 o'clock": the hour alone before "o'clock" names the time as surely as "7 p.m."
// does, whether written in words or figures.
const OCLOCK = `${B}(${HOUR_WORD_RE}|\\d{1,2})\\s+o['’]clock(?:\\s+in\\s+the\\s+(${PART_OF_DAY_ALTS}))?${E}`;

// "twenty past four", "a quarter to six", "half past nine": minutes past or to an hour in words, the British way.
const PAST_TO = `${B}(five|ten|twenty|twenty-five|(?:a\\s+)?quarter|half)\\s+(past|to)\\s+(${HOUR_WORD_RE})${E}`;
// The minutes a quarter or a half stands for; the counted ones are read as counts are (parseCount).
const MINUTES_PAST: Record<string, number> = { quarter: 15, half: 30 };
// "at 4.27", "by 10.15": an hour and minutes with a stop between, after a preposition of time, as British papers write
// them; not an amount ("closed at 4.27p", "at 4.27 per cent") nor a price.
const AT_BEFORE = /\b(?:at|by|until|till|before|after|around|about)\s+$/i;
const AMOUNT_AFTER = /^\s*(?:%|p\b|per\b|percent|pence|pounds?|dollars?|cents?|euros?|points?|[a-z]*metres?|m\b|km|miles?|kg|kilos?|tonnes?|tons?|seconds?|secs?|mph|knots|degrees|a\s+(?:share|unit|litre|gallon|pound|kilo))/i;
const PRICE_BEFORE = /\b(?:shares?|price[sd]?|index|rate|closed|traded|valued|cost|sold|bought|yield|average|score[sd]?|[£$€])\b[^.;]{0,20}$/i;

/** The small hours end and the evening begins (minutes of the day) for a time told after another on one day. */
const SMALL_HOURS_END = 6 * 60;
const EVENING_START = 18 * 60;

/** Whether a clock time (`T13:05`) in the small hours follows a clock time of the evening (`before`, minutes). */
function pastMidnight(t: string, before: number | null): boolean {
  const minute = +t.slice(1, 3) * 60 + +t.slice(4, 6);
  return before !== null && before >= EVENING_START && minute < SMALL_HOURS_END;
}

export const clockTimeRule: Rule = {
  name: 'clock-time',
  cue: new RegExp(`\\d[:.]\\d|\\d\\s*(?:[aApP]|in\\s)|o['’]clock|noon|midnight|midday|\\s(?:past|to)\\s+(?:${HOUR_WORD_RE})\\b`),
  re: rx(`${B}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM|A\\.M\\.?|P\\.M\\.?|(?:o['’]clock\\s+)?in\\s+the\\s+(?:${PART_OF_DAY_ALTS}))${ZONE}|${B}(\\d{1,2})[:.](\\d{2})(?![\\d.]\\d)${ZONE}|${B}(noon|midnight|midday)${E}|${OCLOCK}|${PAST_TO}`, 'g'),
  accept: (m, text) => {
    // "4.27" alone is more often an amount: only after a preposition of time, with no unit after it and no price before.
    if (m[4] && m[0].includes('.')) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      return AT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && !AMOUNT_AFTER.test(after) && !PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index));
    }
    // "4:30" alone is also a score or a ratio; accept it only with an o'clock context nearby.
    if (m[4]) return /\b(?:at|by|until|from|before|after|around|about)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    // "from five to ten years": "to" between two counts is a range; after "past" or with a time's preposition it is a time.
    if (m[9] && /^to$/i.test(m[10])) return AT_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) && !AMOUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !/^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|people|men|women|[a-z]+s)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    // Idioms name no time of day: "high noon" (a showdown), "the midnight oil".
    if (m[6]) return !/\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && !/^\s+oil\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    return true;
  },
  resolve: (m, c) => {
    let t: string | null;
    if (m[9]) {
      const hour = parseCount(m[11])!;
      const words = m[9].toLowerCase().replace(/^a\s+/, '');
      const min = MINUTES_PAST[words] ?? parseCount(words)!;
      t = /^past$/i.test(m[10]) ? timeOfDay(hour, min, undefined) : timeOfDay(hour === 1 ? 12 : hour - 1, 60 - min, undefined);
    } else if (m[7]) t = timeOfDay(/^\d/.test(m[7]) ? +m[7] : parseCount(m[7])!, 0, m[8] && `in the ${m[8]}`);
    else if (m[6]) t = { noon: 'T12:00', midday: 'T12:00', midnight: 'T24:00' }[m[6].toLowerCase()]!;
    else if (m[4]) t = timeOfDay(+m[4], +m[5], undefined);
    else t = timeOfDay(+m[1], m[2] ? +m[2] : 0, m[3]);
    if (!t) return null;
    // A bare clock time belongs to the day the narrative is at.
    // Its year is then as sure as that day's: without a publication date, that day's year may be a guess, which the
    // count passes on. (With one, the day in focus is left as it was read.)
    const told = c.refDay();
    if (!told) return { type: 'TIME', value: `XXXX-XX-XX${t}`, rule: 'clock-time' };
    // "Polls closed at 10pm, … and a recount was asked for at 12.40am": a time in the small hours told after an evening
    // time of the day in focus is past midnight, on the next day; a story told in order does not go back to that
    // day's small hours.
    const day = pastMidnight(t, c.refClock?.() ?? null) ? addDays(told, 1) : told;
    return { type: 'TIME', value: `${fmtDay(day)}${t}`, rule: 'clock-time', ...(c.dct ? {} : { counted: true }) };
  },
};
