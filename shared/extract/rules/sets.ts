import { ORDINAL_WORD_ALTS, PART_OF_DAY_ALTS, PARTS_OF_DAY, SEASONS, WEEKDAY_NAME_ALTS, WEEKDAY_RE, durationValue, parseCount, unitOf, weekdayNumber } from '../lexicon';
import { B, COUNT, E, WEEKDAY_CUE, rx, type Rule } from './rule';
import { habitKind, kindOfYear } from './days';

// Rules for habits and schedules: "every Monday", "on Tuesdays", "twice a year", "24 hours a day", "daily".

export const weekdayPluralRule: Rule = {
  name: 'weekday-plural',
  cue: WEEKDAY_CUE,
  // "on Tuesdays": every Tuesday; "on Saturday mornings": the morning of every Saturday, a habit and no one day.
  re: rx(`${B}(${WEEKDAY_RE})(?:s|\\s+(${PART_OF_DAY_ALTS})s)${E}`),
  resolve: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[1])}${m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase()]}` : ''}`, rule: 'set/weekday-plural' }),
};

// "the daily crossword", "a weekly market": after a determiner and before a noun the word names a kind of thing, not
// how often the clause's verb happens. Still a SET expression (TimeML tags it so); only no habit of the clause.
// So after a determiner and an ordinal or a word that counts or tells the thing apart ("a second nightly bus",
// "its first monthly report", "a new weekly market", "a further daily check").
const KIND_BEFORE = new RegExp(`\\b(?:the|a|an|another|its|his|her|their|our|my|this|that)\\s+(?:(?:${ORDINAL_WORD_ALTS}|new|extra|further|only|last|next|own)\\s+)?$`, 'i');

/** A frequency word used as an adjective of a noun ("the daily crossword"), at `start`..`end` of `text`. */
export function kindAdjective(text: string, start: number, end: number): boolean {
  // "restored its usual Sunday service": a weekday naming a kind of thing that comes round every week (days.ts).
  if (WEEKDAY_WHOLE.test(text.slice(start, end))) return habitKind(text, start, end);
  if (WEEKDAY_PART_WHOLE.test(text.slice(start, end))) return kindOfYear(text, start, end);
  if (!/^(?:daily|weekly|monthly|yearly|nightly|hourly|quarterly|biweekly)$/i.test(text.slice(start, end))) return false;
  if (KIND_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return /^\s+[a-z]/.test(text.slice(end, end + 3));
  // "Weekly collections began in 1952": opening the sentence with no determiner, before a noun (not "Daily, the …",
  // "Weekly in summer"), the word still names a kind of thing; the beginning is one happening.
  return SENTENCE_OPENING.test(text.slice(Math.max(0, start - 4), start)) && KIND_NOUN_AFTER.test(text.slice(end, end + 16));
}

const WEEKDAY_WHOLE = new RegExp(`^${WEEKDAY_RE}$`);
const WEEKDAY_PART_WHOLE = new RegExp(`^${WEEKDAY_RE}\\s+(?:${PART_OF_DAY_ALTS})$`);
const SENTENCE_OPENING = /(?:^|[.!?]["'”’]?\s+|^\s*["'“‘])$/;
// A lower-case word after the frequency word that is no preposition or conjunction: a noun it qualifies.
const KIND_NOUN_AFTER = /^\s+(?!(?:in|on|at|to|from|for|since|until|till|and|or|but|during|with|by|before|after|except|through|throughout|between|across|over|under)\b)[a-z]{3,}/;

// "a rebate for every day missed", "a refund for each week missed": after "for", "every" and a unit followed by a
// participle counts the units some happening took up, a sum's measure, not how often the clause's verb happens.
const FOR_EACH_BEFORE = /\bfor\s+$/i;
const COUNTED_PARTICIPLE = /^\s+(?:[a-z]{2,}ed|lost|spent|gone|missed)\b/i;

// A capitalised word right before, itself not opening a sentence.
const NAME_WORD_BEFORE = /[^.!?"“\s]\s+[A-Z][a-z]+\s+$/;

export const setRule: Rule = {
  name: 'set',
  cue: /every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|\s(?:an?|per)\s/i,
  re: rx(
    `${B}(?:(every|each)\\s+(other\\s+)?(?:${COUNT}\\s+|(?:few|several)\\s+)?(day|week|month|year|morning|evening|night|weekend|hour|minute|quarter|summer|winter|spring|fall|${WEEKDAY_NAME_ALTS})s?|(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly)|(once|twice|three\\s+times|four\\s+times|\\d+\\s+times|several\\s+times|many\\s+times|${COUNT}\\s+(?:minutes?|hours?|days?|weeks?|months?))\\s+(?:a|an|per|each|every)\\s+(day|week|month|year|hour|decade))${E}`,
    'gi',
  ),
  // "the Communist Party daily Granma" names a newspaper; so does a capitalised one after a capitalised word
  // ("the magazine Kestrel Monthly", "Angling Weekly"), the last word of the name.
  accept: (m, text) =>
    !(m[1] && !m[3] && FOR_EACH_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) && COUNTED_PARTICIPLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) &&
    !(m[5] && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) &&
    !(m[5] && /^[A-Z]/.test(m[5]) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))),
  resolve: (m) => {
    if (m[5]) {
      const w = m[5].toLowerCase();
      const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P1Q', biweekly: 'P2W' };
      return { type: 'SET', value: v[w], rule: 'set/adverb' };
    }
    // "twice a week"; "24 hours a day", "three days a week": a rate, one expression, not a duration and a day.
    if (m[6]) return { type: 'SET', value: durationValue(1, unitOf(m[8])), rule: 'set/frequency' };
    const what = m[4];
    const wd = weekdayNumber(what);
    if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}`, rule: 'set/weekday' };
    const part = PARTS_OF_DAY[what.toLowerCase()];
    if (part) return { type: 'SET', value: `TXX${part}`.replace('TXX', 'XXXX-XX-XXT'), rule: 'set/part-of-day' };
    const season = SEASONS[what.toLowerCase()];
    if (season) return { type: 'SET', value: `XXXX-${season}`, rule: 'set/season' };
    // "every weekend" is the weekend of every week, as "the weekend" is one week's ("1998-W33-WE").
    if (/^weekends?$/i.test(what)) return { type: 'SET', value: 'XXXX-WXX-WE', rule: 'set/weekend' };
    // "every few years": a vague count, as "for a few years" is (PXY).
    if (!m[3] && /^(?:every|each)\s+(?:few|several)\s/i.test(m[0])) return { type: 'SET', value: durationValue(undefined, unitOf(what)), rule: 'set/every' };
    let n = m[3] ? parseCount(m[3]) : 1;
    if (m[2]) n = 2;
    return { type: 'SET', value: durationValue(n ?? 1, unitOf(what)), rule: 'set/every' };
  },
};

// "open Monday through Friday, 9 a.m. to 5 p.m.", "The hotline operates Monday-Saturday": opening hours
// name days of every week, not the days of one event (issue 8, family 7).
const WEEKDAY_SPAN = new RegExp(`\\b${WEEKDAY_RE}s?\\s*(?:through|thru|to|until|-|–)\\s*${WEEKDAY_RE}s?\\b|\\bweekdays\\b`, 'i');
const CLOCK_SPAN = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?\s*(?:to|until|till|-|–)\s*(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)/i;
const HOURS_PRESENT = /\b(?:(?:is|are)\s+(?:open|closed|staffed|available)|opens|operates?|(?:hours|hotline|helpline)\b)/i;
const ONE_WEEK = /\b(?:will|would|this|next|last|coming|past)\b|\b\d{4}\b/i;

/** A clause giving opening hours or a weekly schedule, not an event. */
export function isSchedule(clause: string): boolean {
  if (!WEEKDAY_SPAN.test(clause)) return false;
  if (CLOCK_SPAN.test(clause)) return true;
  return HOURS_PRESENT.test(clause) && !ONE_WEEK.test(clause);
}
