import { addDays, fmtCentury, fmtDay, fmtDecade, fmtYear, toDayNumber, type Ymd } from '../../time-value';
import { listEntryHead, MONTH_RE, monthNumber } from '../lexicon';
import { B, CENTURY_CUE, DIGIT_RANGE_CUE, E, YEAR, rx, type Resolution, type Resolver, type Rule } from './rule';

// Rules for years and longer: years, year ranges, fiscal years, decades, centuries.

// "fiscal 2021, which ended June 30", "fiscal 2022, which began July 1": the aside says where the company's year ends or
// starts, and so what stretch of the calendar the fiscal year is.
const FISCAL_BOUND = String.raw`(?:,\s+which\s+(ended|ends|closed|closes|began|begins|started|starts)\s+(?:on\s+)?(${MONTH_RE})\s+(\d{1,2})(?!\d))?`;
const PAST_BOUND = /^(?:ended|closed|began|started)$/i;
const START_BOUND = /^(?:began|begins|started|starts)$/i;

export const fiscalYearRule: Rule = {
  name: 'fiscal-year',
  cue: /fiscal|FY/i,
  re: rx(`${B}(?:fiscal(?:\\s+year)?|FY)\\s*${YEAR}${E}(?=${FISCAL_BOUND})`, 'gi'),
  resolve: (m, c) => {
    const fy = +m[1];
    const r: Resolution = { type: 'DATE', value: `FY${fy}`, rule: 'fiscal-year', explicitYear: true };
    const month = m[3] ? monthNumber(m[3]) : undefined;
    if (month && +m[4] >= 1 && +m[4] <= 31) {
      const end = boundEnd(fy, month, +m[4], PAST_BOUND.test(m[2]), START_BOUND.test(m[2]), c.dct);
      if (end) return { ...r, rule: 'fiscal-year/stated-end', exact: fiscalSpan(end) };
    }
    // A fiscal year the text has said the bounds of before: "its loss in fiscal 2020" after "fiscal 2021, which ended
    // June 30" is the year that ended on June 30, 2020.
    const known = c.fiscalEnd?.();
    if (known) return { ...r, rule: 'fiscal-year/known-end', exact: fiscalSpan(fiscalEndOf(fy, known)) };
    return r;
  },
};

// "last fiscal year", "the current fiscal year", "next financial year": the company's year counted from publication's,
// written as TimeML writes a fiscal year (FY and a year). Which calendar months it covers, and so which year it ends in,
// depends on where the company's year ends, which the text has not said: the year is never shown as certain. Not "the
// previous fiscal year", counted from the year the story was telling of.
export const fiscalYearRelativeRule: Rule = {
  name: 'fiscal-year-relative',
  cue: /fiscal|financial/i,
  re: rx(`${B}(?:the\\s+)?(this|last|next|current|coming|past)\\s+(?:fiscal|financial)\\s+year${E}`, 'gi'),
  resolve: (m, c) => {
    const mod = m[1].toLowerCase();
    const delta = mod === 'last' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' ? 1 : 0;
    if (!c.dct) return { type: 'DATE', value: delta < 0 ? 'PAST_REF' : delta > 0 ? 'FUTURE_REF' : 'PRESENT_REF', rule: 'fiscal-year-relative/no-dct' };
    return { type: 'DATE', value: `FY${c.dct.y + delta}`, rule: 'fiscal-year-relative', yearUncertain: true };
  },
};

/** Where a company's fiscal year ends, and how far its name's year is from the calendar year it ends in. */
interface FiscalEnd {
  month: number;
  day: number;
  /** The calendar year of the end less the year the fiscal year is named by (0 for most; 1 where it is named by its start). */
  offset: number;
}

/** The last day of fiscal year `fy`, as `known` has the company's years end. */
export function fiscalEndOf(fy: number, known: FiscalEnd): Ymd {
  return { y: fy + known.offset, m: known.month, d: known.day };
}

/** The days of a fiscal year that ends on `end`. */
function fiscalSpan(end: Ymd): { start: string; end: string } {
  const start = addDays({ y: end.y - 1, m: end.m, d: end.d }, 1);
  return { start: fmtDay(start), end: fmtDay(end) };
}

/**
 * The last day of fiscal year `fy`, from the day the text says it ended or began. A past verb puts that day on or before
 * publication and a present one on or after it; the fiscal year must then end in the year it is named by or the next. With
 * no publication date, the usual naming: by the calendar year it ends in.
 */
function boundEnd(fy: number, month: number, day: number, past: boolean, start: boolean, dct: Ymd | null): Ymd | null {
  const endFrom = (b: Ymd) => (start ? addDays({ y: b.y + 1, m: b.m, d: b.d }, -1) : b);
  const conventional = endFrom({ y: start && month > 1 ? fy - 1 : fy, m: month, d: day });
  if (!dct) return conventional;
  const here = { y: dct.y, m: month, d: day };
  const y = past ? (toDayNumber(here) <= toDayNumber(dct) ? dct.y : dct.y - 1) : toDayNumber(here) >= toDayNumber(dct) ? dct.y : dct.y + 1;
  const end = endFrom({ y, m: month, d: day });
  return end.y === fy || end.y === fy + 1 ? end : conventional;
}

export const yearRangeEndRule: Rule = {
  name: 'year-range-end',
  cue: DIGIT_RANGE_CUE,
  // The "2000" of "1995-2000", which the year rule leaves alone after a hyphen.
  re: rx(`(?<=\\b(?:1[0-9]|20)\\d{2}[-–])${YEAR}${E}`),
  resolve: (m) => ({ type: 'DATE', value: fmtYear(+m[1]), rule: 'year-range', explicitYear: true }),
};

export const yearRangeTailRule: Rule = {
  name: 'year-range-tail',
  cue: DIGIT_RANGE_CUE,
  // The "89" of "1979-89".
  re: rx(`(?<=\\b(1[0-9]|20)(\\d{2})[-–])(\\d{2})${E}`),
  resolve: (m) => {
    const y = +(m[1] + m[3]);
    if (y <= +(m[1] + m[2])) return null;
    return { type: 'DATE', value: fmtYear(y), rule: 'year-range', explicitYear: true };
  },
};

const YEAR_RANGE_BEFORE = /\b(?:between|from)\s+1\d{3}\s+(?:and|to|until)\s+$/i;

export const yearRule: Rule = {
  name: 'year',
  cue: /(?:1\d|20)\d\d/,
  re: rx(`(?:${B}|(?<=\\b(?:mid|late|early|post|pre)-))${YEAR}(?:['’]s)?(?![\\w]|,\\d|\\.\\d|\\s*(?:%|percent))`),
  accept: (m, text) => {
    const y = +m[1];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (/(?:\d[,.]|[$£€#]|No\.\s?|number\s)$/i.test(before)) return false;
    // A number in a name ("Resolution 1973", "Route 1999", "Flight 2004") or a level a figure reaches ("the
    // index fell to 1990", "closed at 2001") is no year.
    const lead = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:[Rr]esolution|Route|Highway|Interstate|Flight|Room|Suite|Model|Article|Section|Chapter|Page|Form|Rule|Bill)\s+$/.test(lead)) return false;
    if (/\b(?:rose|fell|climbed|dropped|jumped|declined|slipped|slid|sank|soared|stood|closed|ended|finished|gained|lost|reached|totaled|totalled|hit)\s+(?:to|at)\s+$/i.test(lead) && !/^\s+(?:levels?|highs?|lows?|figures?|prices?|rates?)\b/i.test(after)) return false;
    if (y % 10 === 0 && /['’]s$/.test(m[0]) && /\b(?:the|early|late|mid-?)\s*$/i.test(before)) return false;
    if (/^\s*(?:people|persons|men|women|children|troops|soldiers|dollars|yuan|euros|pounds|miles|kilometers|km|meters|metres|feet|tons|tonnes|points|members|cases|votes|acres|homes|students|employees|workers|jobs|units|cars|barrels|shares|calories|marines|police|officers|delegates|rooms|guests|to\s+\d|-\d)\b/i.test(after)) return false;
    // "goes back to 1871", "as early as 1688": an origin told by its year.
    // "between 1846 and 1849", "from 1820 to 1835": the second year of a range of years.
    // "since at least 1742", "from about 1650": a hedge between the preposition and the year leaves it a year.
    // "1884: The ferry stops running.": a year heading an entry of a dated list.
    if (y < 1900 && listEntryHead(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index), after)) return true;
    if (y < 1900) return /(?:\b(?:in|since|of|from|until|by|before|after|during|between|year|around|circa|c\.|back\s+to|early\s+as|back\s+as)\s+)$/i.test(before) || /\b(?:since|from|in|until)\s+(?:at\s+least|about|around|roughly)\s+$/i.test(lead) || YEAR_RANGE_BEFORE.test(lead);
    return y <= 2099;
  },
  resolve: (m) => ({ type: 'DATE', value: fmtYear(+m[1]), rule: 'year', explicitYear: true }),
};

export const decadeRule: Rule = {
  name: 'decade',
  cue: /0['’]?s/,
  // "mid-1980s" and "the 1990's" are decades too.
  re: rx(`(?:${B}|(?<=\\b(?:mid|early|late|pre|post)-))(?:(1[0-9]|20)(\\d)0['’]?s|['’](\\d)0s)${E}`),
  accept: (m, text) => !/['’]s$/.test(m[0]) || !!m[3] || /\b(?:the|early|late|mid-?)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
  resolve: (m, c) => {
    if (m[1]) {
      const decade = +`${m[1]}${m[2]}`;
      // "the 1800s", "the late 1700s" are said of the century, hardly ever of its first ten years. "The 1900s" and
      // "the 2000s" stay decades: news still names those first decades so ("in the early 2000s").
      if (decade % 10 === 0 && decade < 190) return { type: 'DATE', value: fmtCentury(decade / 10), rule: 'decade/century' };
      return { type: 'DATE', value: fmtDecade(decade), rule: 'decade' };
    }
    return { type: 'DATE', value: storyDecade(+m[3], c), rule: 'decade/short' };
  },
};

/** A decade named without its century ("the '90s", "the nineties"): the most recent one to have begun by `year`. */
function recentDecade(digit: number, year = 2000): string {
  let century = Math.floor(year / 100);
  if (century * 100 + digit * 10 > year) century -= 1;
  return fmtDecade(century * 10 + digit);
}

// The most years after the year told that such a decade may begin.
const STORY_DECADE_GAP = 30;

/**
 * "The mill opened in 1902 … It was sold to a dairy in the thirties": a decade without its century, told beside a year of
 * an earlier century in its sentence or paragraph, is the first such decade not over by that year, not the latest one.
 */
function storyDecade(digit: number, c: Resolver): string {
  const recent = recentDecade(digit, c.dct?.y);
  const hint = c.yearHint();
  if (!hint || hint.scope === 'text') return recent;
  let start = Math.floor(hint.year / 100) * 100 + digit * 10;
  if (start + 9 < hint.year) start += 100;
  // Only a decade soon after the year goes on from it ("built in 1796 and restored in the seventies" is the latest).
  return start + 100 <= (c.dct?.y ?? 2000) && start - hint.year <= STORY_DECADE_GAP ? fmtDecade(start / 10) : recent;
}

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const decadeWordsRule: Rule = {
  name: 'decade-words',
  cue: /ties/i,
  // "the nineties", "the early eighties": only after "the", since "in his fifties" is an age.
  re: rx(`${B}(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${E}`, 'gi'),
  // "highs in the nineties", "the forties (degrees)": a temperature, not a decade.
  accept: (m, text) =>
    /\bthe\s{1,3}(?:(?:early|late|mid)(?:\s{1,3}|-))?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
    !/\b(?:temperatures?|highs?|lows?|degrees|mercury|thermometers?|heat|forecast|weather)\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
    !/^\s*(?:degrees|percent|°|%)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  resolve: (m, c) => {
    return { type: 'DATE', value: storyDecade(DECADE_WORDS[m[1].toLowerCase()], c), rule: 'decade/words' };
  },
};

export const centuryRule: Rule = {
  name: 'century',
  cue: CENTURY_CUE,
  re: rx(`${B}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century${E}`, 'gi'),
  resolve: (m) => ({ type: 'DATE', value: fmtCentury(+m[1] - 1), rule: 'century' }),
};

export const centuryWordsRule: Rule = {
  name: 'century-words',
  cue: CENTURY_CUE,
  re: rx(`${B}(?:the\\s+)?(nineteenth|twentieth|twenty-first)\\s+century${E}`, 'gi'),
  resolve: (m) => ({ type: 'DATE', value: fmtCentury({ nineteenth: 18, twentieth: 19, 'twenty-first': 20 }[m[1].toLowerCase()]!), rule: 'century' }),
};
