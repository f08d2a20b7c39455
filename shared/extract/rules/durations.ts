import { hedgeWords, NUMBER_WORD_RE, UNIT_RE, VAGUE_COUNT_RE, durationValue, parseCount, unitOf } from '../lexicon';
import { B, CENTURY_CUE, COUNT, E, ofPeriodFollows, rx, type Rule } from './rule';

// Rules for durations: "three weeks", "the past year" as a stretch up to now, "a two-day visit".

const HALF_A = /(?:^|\s)half\s+an?\s+\S+$/i;

const AGO_AFTER = /^\s+ago\b/i;

const STRETCH_AFTER = /^\s+(?:(?:that|which)\s+followed|since\b)/i;

export const durationRule: Rule = {
  name: 'duration',
  cue: /second|minute|hour|day|week|month|year|decade|centur/i,
  re: rx(
    `${B}(?:(the\\s+)?(past|last|next|coming|first|previous|following|recent|final|few|better\\s+part\\s+of\\s+the)\\s+)?(?:(${hedgeWords('more\\s+than', 'less\\s+than', 'fewer\\s+than', 'at\\s+least', 'at\\s+most', 'up\\s+to', 'around', 'roughly', 'approximately')})\\s+)?(?:(?:${COUNT}|(${VAGUE_COUNT_RE})|half\\s+an?)\\s+)?(?:more\\s+|additional\\s+|full\\s+|straight\\s+|consecutive\\s+|long\\s+)?(${UNIT_RE})(?:\\s+and\\s+a\\s+half)?${E}`,
    'gi',
  ),
  accept: (m, text) => {
    const hasCount = !!(m[4] || m[5]) || HALF_A.test(m[0]);
    const plural = /s$/i.test(m[6]) || /centuries/i.test(m[6]);
    if (!hasCount && !m[2]) {
      // A bare plural such as "for years" is a duration only after a word that asks for one.
      if (!plural) return false;
      // "in the years that followed", "the months since": the stretch after a time the story told of, of no said length.
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && STRETCH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return true;
      return /\b(?:for|over|in\s+recent|within|recent|coming|took|take|takes|lasted|spent|spend)\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index));
    }
    if (!hasCount && m[2] && !plural) return false;
    // "the last days of March", "the first two weeks of 1999": a stretch at one end of a period, not a length.
    if (m[1] && /^(?:first|last|final)$/i.test(m[2] ?? '') && ofPeriodFollows(m, text)) return false;
    // "reached the final four years ago", "won the first six years ago": a count back after a noun ("the final", "the
    // first") that happens to be one of these words; no stretch is ever told "ago".
    if (m[2] && hasCount && AGO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return false;
    if (m[4] && /^an?$/i.test(m[4].trim()) && plural) return false;
    // "60 Minutes" is a programme, "a second attempt" an ordinal.
    if (/^[A-Z]/.test(m[6]) && !/^\s*$|[.!?]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
    if (m[4] && /^a$/i.test(m[4].trim()) && /^second$/i.test(m[6])) {
      return /\b(?:for|in|within|than|about|just|only|split)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
    }
    return true;
  },
  resolve: (m) => {
    const unit = unitOf(m[6]);
    // "half an hour"; "three and a half years", "an hour and a half".
    const n = HALF_A.test(m[0]) ? 0 : m[4] ? parseCount(m[4].replace(/\s+and\s+a\s+half$/i, '')) : undefined;
    const plus = HALF_A.test(m[0]) || (m[4] && /and\s+a\s+half$/i.test(m[4])) || (m[4] && /\band\s+a\s+half$/i.test(m[0])) ? 0.5 : 0;
    const quant = m[3]?.toLowerCase().replace(/\s+/g, ' ');
    const mod =
      quant === 'more than' ? 'MORE_THAN' : quant === 'less than' || quant === 'fewer than' ? 'LESS_THAN' : quant === 'at least' ? 'EQUAL_OR_MORE' : quant === 'at most' || quant === 'up to' ? 'EQUAL_OR_LESS' : quant ? 'APPROX' : undefined;
    return { type: 'DURATION', value: durationValue(n === undefined ? undefined : n + plus, unit), mod, rule: 'duration' };
  },
};

export const durationAdjectiveRule: Rule = {
  name: 'duration-adjective',
  cue: /-(?:hour|day|week|month|year|decade|minute|second|long)/i,
  re: rx(`${B}(\\d+|${NUMBER_WORD_RE}|day|week|month|year|decades?|years?)-(hour|day|week|month|year|decade|minute|second|long)(?:-long)?(?!-old)${E}`, 'gi'),
  resolve: (m) => {
    const first = m[1].toLowerCase();
    if (m[2].toLowerCase() === 'long') {
      // "day-long", "decades-long"
      const unit = unitOf(first);
      return { type: 'DURATION', value: durationValue(/s$/.test(first) ? undefined : 1, unit), rule: 'duration-adjective' };
    }
    const n = parseCount(first);
    if (n === undefined) return null;
    return { type: 'DURATION', value: durationValue(n, unitOf(m[2])), rule: 'duration-adjective' };
  },
};

// "for a fortnight", "the past fortnight": two weeks, a length with no calendar stretch of its own (a TIMEX3 value
// has no fortnight unit, so it is written in weeks). "a fortnight ago" is the ago rule's, a longer match.
export const fortnightRule: Rule = {
  name: 'fortnight',
  cue: /fortnight/i,
  re: rx(`${B}(?:(?:the\\s+)?(?:past|last|next|coming|previous|following)\\s+)?(?:${COUNT}\\s+)?(fortnights?)${E}`, 'gi'),
  // A bare "fortnight" ("this fortnight's sales") names no length. "the last fortnight of May" is May's end, which the
  // month takes as one expression (the tagger's part-of-period), no length before publication.
  accept: (m, text) => m[0].length > m[2].length && !(/^the\s+last\s/i.test(m[0]) && ofPeriodFollows(m, text)),
  resolve: (m) => {
    const n = m[1] ? parseCount(m[1]) : 1;
    return n === undefined || !Number.isInteger(n) ? null : { type: 'DURATION', value: `P${2 * n}W`, rule: 'duration/fortnight' };
  },
};

// "for three consecutive quarters", "the past two quarters": a length in business quarters (P3Q). Only where
// something asks for a length: "three quarters of the vote", "three quarters said yes" are fractions.
const QUARTERS_ASKED = /\b(?:for|over|within|after|in|took|lasted)\s+$/i;

export const quartersRule: Rule = {
  name: 'quarters',
  cue: /quarters/i,
  re: rx(`${B}(?:(?:the\\s+)?(past|last|next|coming|previous|following|first)\\s+)?${COUNT}\\s+(?:(consecutive|straight|successive)\\s+)?quarters${E}`, 'gi'),
  accept: (m, text) => {
    const n = parseCount(m[2]);
    if (n === undefined || n < 2 || !Number.isInteger(n)) return false;
    if (/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
    return !!(m[1] || m[3]) || QUARTERS_ASKED.test(text.slice(Math.max(0, m.index - 8), m.index));
  },
  resolve: (m) => ({ type: 'DURATION', value: `P${parseCount(m[2])}Q`, rule: 'duration/quarters' }),
};

// "over the next quarter of a century", "half a century ago": a share of a century is a length of years, not the
// business quarter "the next quarter" would be, nor "a century" alone.
export const centuryShareRule: Rule = {
  name: 'century-share',
  cue: CENTURY_CUE,
  re: rx(`${B}(?:(?:the\\s+)?(?:past|last|next|coming|previous|following|first)\\s+)?(?:(?:a|one)\\s+)?(quarter|half|three\\s+quarters)(?:\\s+of\\s+a\\s+|\\s+a\\s+|-)century${E}`, 'gi'),
  // "half a century" is written without "of"; "a quarter a century" is not English.
  // "half a century ago" is the ago rule's, a date.
  accept: (m, text) =>
    (!/^quarter|^three/i.test(m[1]) || /\bof\s+a\s+century|-century/i.test(m[0])) && !/^\s+(?:ago|later|earlier|before|after)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
  resolve: (m) => {
    const share = m[1].toLowerCase();
    return { type: 'DURATION', value: `P${share === 'half' ? 50 : share === 'quarter' ? 25 : 75}Y`, rule: 'duration/century-share' };
  },
};
