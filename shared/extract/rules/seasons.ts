import { countWords, HOLIDAY_NAME, MONTH_RE, MOON_LANDING_CLAUSE, NUMBER_WORD_RE, SEASON_ALTS, SEASON_FIRST_MONTH, SEASON_NOUN_ALTS, SEASONS, table, WEEKDAY_RE, monthNumber, parseCount, seasonMonths, weekdayNumber } from '../lexicon';
import { addDays, easter, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, nthWeekday, toDayNumber, weekdayBeside, type Ymd } from '../../time-value';
import { B, BEYOND_NEXT, BEYOND_NEXT_CUE, E, MONTH_CUE, SEASON_CUE, YEAR, rx, type Resolution, type Resolver, type Rule } from './rule';
import { chooseYear } from './year-choice';
import { fiscalEndOf } from './years';
import { RELATIVE_YEAR, RELATIVE_YEAR_CUE, relativeYear, relativeYearFromWriting } from './dates';

// Rules for seasons, quarters and halves, and holidays.

/**
 * A season told in the past in a sentence that has moved years back to a month ("had a stroke in October 1981, and
 * in the spring he sold the boat"): the first such season that ends after that month, not the one nearest
 * publication. A month in another clause of the sentence makes it the likelier reading, not a certain one.
 */
function storySeason(code: string, c: Resolver): Resolution | null {
  const dct = c.dct;
  const hint = c.yearHint();
  if (!hint || hint.opensSpan || (hint.scope !== 'sentence' && !hint.otherClause) || (dct && hint.year > dct.y - 2) || c.tense() !== 'past' || c.focus() === 'year') return null;
  const month = c.refDate('month');
  if (!month || month === dct || month.y !== hint.year) return null;
  const y = SEASON_END[code] >= month.m ? month.y : month.y + 1;
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: 'season/after-month-in-focus', ...(hint.otherClause ? { yearUncertain: true } : {}), counted: true };
}

function seasonValue(season: string, c: Resolver, modifier?: string): Resolution {
  const code = SEASONS[season.toLowerCase()];
  const dct = c.dct;
  if (!dct) return (!modifier && (storySeason(code, c) || seasonAroundWriting(code, c))) || { type: 'DATE', value: `XXXX-${code}`, rule: 'season/no-dct' };
  const current = dct.m >= 12 || dct.m <= 2 ? 'WI' : dct.m >= 9 ? 'FA' : dct.m >= 6 ? 'SU' : 'SP';
  // Winter is named by the year it begins in, so January 2000 is in winter 1999.
  const curYear = current === 'WI' && dct.m <= 2 ? dct.y - 1 : dct.y;
  const order = ['SP', 'SU', 'FA', 'WI'];
  const cmp = order.indexOf(code) - order.indexOf(current);
  const mod = modifier?.toLowerCase();
  let y: number;
  // "This winter the snow came late", told in April: the winter just gone, which spring has not yet put out of mind.
  if (mod === 'this' && code === 'WI' && current === 'SP' && c.tense() === 'past') y = curYear - 1;
  else if (mod === 'this') {
    y = cmp < 0 && current === 'WI' ? curYear + 1 : curYear;
    // "This summer a volunteer found …", told in December or January: a season told as done is the last one begun, not
    // the one to come.
    if (c.tense() === 'past' && (y > dct.y || (y === dct.y && SEASON_FIRST_MONTH[code] > dct.m))) y--;
  }
  else if (mod === 'last' || mod === 'past' || mod === 'previous') y = cmp < 0 ? curYear : curYear - 1;
  // "will open next summer", told in May: the summer still ahead this year is the one "this summer" names, so "next"
  // is the one after it. Told further ahead of it (in March, of the autumn) that reading is likelier, not certain. Not
  // a winter: told in spring, "this winter" is more often the one just gone, and "next winter" the one ahead.
  else if (mod === 'coming' || (mod === 'next' && code === 'WI')) y = cmp > 0 ? curYear : curYear + 1;
  else if (mod === 'next') {
    y = curYear + 1;
    if (cmp > 1) return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${mod}`, yearUncertain: true };
  }
  else {
    const told = storySeason(code, c);
    if (told) return told;
    const choice = chooseYear(SEASON_FIRST_MONTH[code], undefined, c, 'season');
    return { type: 'DATE', value: `${fmtYear(choice!.year)}-${code}`, rule: choice!.rule, yearUncertain: choice!.uncertain || undefined };
  }
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${mod}` };
}

/**
 * Without a publication date, a season with no word before it ("will publish the results in the spring", "was dry in
 * the summer") is placed as a yearless month is: in a year written nearby, or in the guessed year of writing moved by
 * the tense, flagged. Null when the text writes no year to guess from.
 */
function seasonAroundWriting(code: string, c: Resolver): Resolution | null {
  const choice = chooseYear(SEASON_FIRST_MONTH[code], undefined, c, 'season');
  return choice && { type: 'DATE', value: `${fmtYear(choice.year)}-${code}`, rule: choice.rule, yearUncertain: choice.uncertain || undefined };
}

/** The day a holiday named without its year ("Easter", "Christmas Eve") falls on in year `y`; null for another name. */
export function holiday(name: string, y: number): Ymd | null {
  const n = name.toLowerCase().replace(/['’]s?/g, '').replace(/\s+/g, ' ');
  if (/christmas eve/.test(n)) return { y, m: 12, d: 24 };
  if (/christmas/.test(n)) return { y, m: 12, d: 25 };
  if (/boxing day/.test(n)) return { y, m: 12, d: 26 };
  if (/new year eve/.test(n)) return { y, m: 12, d: 31 };
  if (/new year/.test(n)) return { y, m: 1, d: 1 };
  if (/thanksgiving/.test(n)) return nthWeekday(y, 11, 4, 4);
  if (/black friday/.test(n)) return addDays(nthWeekday(y, 11, 4, 4), 1);
  // England's bank holidays: since 1971 the spring one is May's last Monday and the summer one August's; before, they
  // were Whit Monday and August's first Monday.
  if (/spring bank holiday/.test(n)) return y >= 1971 ? nthWeekday(y, 5, 1, -1) : addDays(easter(y), 50);
  if (/(?:summer|august) bank holiday/.test(n)) return nthWeekday(y, 8, 1, y >= 1971 ? -1 : 1);
  if (/early may bank holiday/.test(n)) return nthWeekday(y, 5, 1, 1);
  const movable = movableFeast(n);
  if (movable !== null) return addDays(easter(y), movable);
  if (/epiphany|twelfth day/.test(n)) return { y, m: 1, d: 6 };
  if (/easter/.test(n)) return easter(y);
  if (/independence day|fourth of july|july fourth/.test(n)) return { y, m: 7, d: 4 };
  if (/halloween/.test(n)) return { y, m: 10, d: 31 };
  // Britain's named days of the calendar: Midsummer Day (the feast of St John) and Bonfire Night.
  if (/midsummer/.test(n)) return { y, m: 6, d: 24 };
  if (/bonfire night|guy fawkes/.test(n)) return { y, m: 11, d: 5 };
  if (/valentine/.test(n)) return { y, m: 2, d: 14 };
  if (/labor day/.test(n)) return nthWeekday(y, 9, 1, 1);
  if (/memorial day/.test(n)) return nthWeekday(y, 5, 1, -1);
  if (/election day/.test(n)) return addDays(nthWeekday(y, 11, 1, 1), 1);
  if (/veterans day/.test(n)) return { y, m: 11, d: 11 };
  return null;
}

// The feasts of the church year that move with Easter, as days from Easter Sunday: a reader of a British or European
// paper dates "Whit Monday" or "Shrove Tuesday" as readily as Easter itself.
const MOVABLE_FEASTS: [RegExp, number][] = [
  [/shrove tuesday|pancake day/, -47],
  [/ash wednesday/, -46],
  [/palm sunday/, -7],
  [/maundy thursday/, -3],
  [/good friday/, -2],
  // "Easter Saturday" in British use is the day before Easter Sunday, as Holy Saturday is.
  [/holy saturday|easter saturday/, -1],
  [/easter monday/, 1],
  [/ascension/, 39],
  [/whit ?sunday|pentecost sunday|^pentecost$/, 49],
  [/whit ?monday|pentecost monday/, 50],
];

function movableFeast(n: string): number | null {
  return MOVABLE_FEASTS.find(([re]) => re.test(n))?.[1] ?? null;
}

const HOLIDAY_SEASON =
  /^\s+(?:and\s+New\s+Year['’]?s?\s+)?(?:holiday\s+|shopping\s+|sales\s+|travel\s+|buying\s+|gift\s+){0,2}(?:season|period|holidays|sales|shopping|rush|break|vacation|travel)\b/;

export const seasonYearRule: Rule = {
  name: 'season-year',
  cue: SEASON_CUE,
  // "in summer in 1931", "the spring, in 1952": the year may follow the season behind its own "in".
  re: rx(`${B}(?:the\\s+)?(${SEASON_ALTS})(?:\\s+of|,?\\s+in)?,?\\s+${YEAR}${E}`, 'gi'),
  // "prices fall in 2010": "fall" before "in" is a verb unless "the" or a preposition of time leads it.
  accept: (m, text) => !/^fall,?\s+in\b/i.test(m[0]) || FALL_AS_SEASON.test(text.slice(Math.max(0, m.index - 8), m.index)),
  // "the winter of 1947" may be the one that opened 1947 or the one that closed it: the year is all the words give,
  // not December 1947 to February 1948. A winter written with both its years (winterYearsRule) says which.
  resolve: (m) => {
    const code = SEASONS[m[1].toLowerCase()];
    return { type: 'DATE', value: `${m[2]}-${code}`, rule: 'season-year', explicitYear: true, ...(code === 'WI' ? { exact: { start: m[2] } } : {}) };
  },
};

// "in the fall", "by the spring": "the" and a season as the object of a word of time.
const TEMPORAL_THE = /\b(?:in|during|by|until|till|since|through|throughout|for|over|before|after|early|late|of|this|last|next)\s+the\s+$/i;
// A verb right after the season, perhaps after "itself": "the spring was …", "the well itself failed".
const SEASON_AS_SUBJECT = /^\s+(?:itself\s+)?(?:was|is|were|are|has|had|[a-z]{3,}ed)\b/i;
// A year the words after a season write, before the sentence ends: "… was first piped in 1890", "…, in July 1921".
const YEAR_LATER_IN_CLAUSE = /^[^.!?;]{0,100}?\b(?:in|on|since|by)\s+(?:[A-Z][a-z]{2,8}\s+)?(?:\d{1,2},?\s+)?(?:1[0-9]|20)\d{2}\b/;

// "fall" as a season, not a verb ("prices fall this year"): after "the" or a preposition of time.
const FALL_AS_SEASON = /\b(?:the|in|during|by|through|until|since|early|late)\s+$/i;

export const seasonRelativeYearRule: Rule = {
  name: 'season-relative-year',
  cue: RELATIVE_YEAR_CUE,
  // "took it over in spring last year", "in the autumn of last year", "the summer two years ago": the season is
  // written, its year counted from publication, as in "in March last year" (monthRelativeYearRule); not the season
  // nearest publication beside a year of its own; "that autumn, 73 years ago" too (`RELATIVE_YEAR` takes the count set
  // off by a comma).
  re: rx(`${B}(?:(?:the|that)\\s+)?(${SEASON_ALTS})${RELATIVE_YEAR}${E}`, 'gi'),
  accept: (m, text) => !/^fall$/i.test(m[1]) || /^th(?:e|at)\s/i.test(m[0]) || FALL_AS_SEASON.test(text.slice(Math.max(0, m.index - 8), m.index)),
  resolve: (m, c) => {
    const code = SEASONS[m[1].toLowerCase()];
    if (!c.dct) {
      // Without publication, counted from the guessed year of writing, flagged ("in the spring last year").
      const guess = relativeYearFromWriting(c, m[2], m[3], m[4]);
      if (guess === null || !code) return null;
      const months = seasonMonths(code);
      const exact = code === 'WI' ? { start: fmtYear(guess) } : { start: fmtMonth(guess, months[0]), end: fmtMonth(guess, months[2]) };
      return { type: 'DATE', value: `XXXX-${code}`, rule: 'season/from-writing-year/no-dct', yearUncertain: true, exact };
    }
    const y = relativeYear(c.dct, m[2], m[3], m[4]);
    if (!y) return null;
    // "the winter last year" may be the one that opened that year or the one that closed it, as "the winter of 1947".
    return { type: 'DATE', value: `${fmtYear(y.year)}-${code}`, rule: `season/${y.words}-year`, ...(code === 'WI' ? { exact: { start: fmtYear(y.year) } } : {}) };
  },
};

export const winterYearsRule: Rule = {
  name: 'winter-years',
  cue: /winter/i,
  // "the winter of 1995-96", "the 2009/10 winter": a winter runs over New Year and is written with both years; TimeML
  // names it by the year it begins in, as seasonValue does.
  re: rx(`${B}(?:the\\s+)?(?:winter(?:\\s+of)?,?\\s+${YEAR}[-–/]((?:1[0-9]|20)?\\d{2})|${YEAR}[-–/]((?:1[0-9]|20)?\\d{2})\\s+winter)${E}`, 'gi'),
  // "the winter of 1999-2001" is no one winter: its years are left to the year rules.
  accept: (m) => {
    const y = +(m[1] ?? m[3]);
    const tail = m[2] ?? m[4];
    return +tail === (tail.length === 2 ? (y + 1) % 100 : y + 1);
  },
  resolve: (m) => {
    const y = +(m[1] ?? m[3]);
    return { type: 'DATE', value: `${fmtYear(y)}-WI`, rule: 'winter-years', explicitYear: true, exact: { start: fmtMonth(y, 12), end: fmtMonth(y + 1, 2) } };
  },
};

export const seasonBeforeLastRule: Rule = {
  name: 'season-before-last',
  cue: BEYOND_NEXT_CUE,
  // "the summer before last": a year before last summer; "the winter after next": a year after next winter.
  re: rx(`${B}the\\s+(${SEASON_ALTS})\\s+${BEYOND_NEXT}${E}`, 'gi'),
  resolve: (m, c) => {
    const before = /^before/i.test(m[2]);
    if (!c.dct) return { type: 'DATE', value: before ? 'PAST_REF' : 'FUTURE_REF', rule: 'season-before-last/no-dct' };
    const one = seasonValue(m[1], c, before ? 'last' : 'next');
    const y = +one.value.slice(0, 4) + (before ? -1 : 1);
    return { type: 'DATE', value: `${fmtYear(y)}${one.value.slice(4)}`, rule: `season/${before ? 'before-last' : 'after-next'}` };
  },
};

export const seasonRule: Rule = {
  name: 'season',
  cue: SEASON_CUE,
  // "in the spring, summer and autumn of 1976": a season listed after another is one too.
  // "Autumn brought gales", "Winter came early", "Spring was dry": a season opening its sentence as the subject of a
  // past verb is the last one, as "the autumn" would be.
  re: rx(`${B}(?:(?:(this|last|next|past|previous|coming)\\s+)(${SEASON_ALTS})|(?<=\\b(?:in|during|by|until|since|through|early|late|mid-|the|(?:${SEASON_NOUN_ALTS}),)\\s{1,8})(${SEASON_ALTS})(?!\\s+of\\s+(?!\\d))|(?<=(?:^|[.!?]["”]?\\s{1,4}))(${SEASON_NOUN_ALTS})(?=\\s+(?:(?:also|then|again|finally)\\s+)?(?:brought|came|arrived|was|began|set\\s+in|turned|proved|saw|[a-z]{3,}ed)\\b))${E}`, 'gi'),
  accept: (m, text) => {
    // "in the winter of 1962-63" is the two years the year range gives, not a winter near publication.
    if (m[3] && /^\s+of\s+\d{4}[-–]\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return false;
    // "the winter wheat", "spring barley": a season naming a crop sown then is no time.
    if (m[3] && /^\s+(?:wheat|barley|oats|rye|rapeseed|crops?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
    if (m[3] && /^fall$/i.test(m[3]) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the fall of Kabul" is an event, not a season.
      if (/^\s+of\b/.test(after)) return false;
      // Nor is "the day after the fall", "hours before the fall", "two days after the fall": a season has no one day to
      // count days, nights or hours from.
      if (/\b(?:days?|nights?|mornings?|afternoon|evening|hours?|minutes?|moments?)\s+(?:after|before)\s+the\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
      // Nor is "the fall in prices" or "the fall from power": "the fall" is the season as the object of a
      // word of time ("in the fall", "by the fall", "early the fall"), a decline or a drop otherwise.
      const lead = text.slice(Math.max(0, m.index - 24), m.index);
      // Not "that": "said that the fall was smaller" has the fall as the told clause's subject, a decline as at a
      // sentence's start.
      const temporal = TEMPORAL_THE.test(lead);
      if (!temporal && /^\s+(?:in|from|to|on|at|was|is|has|had)\b/i.test(after)) return false;
    }
    // "The spring was first piped to the brewhouse in 1890", "the spring itself dried up, in July 1921": a season after a
    // bare "the", subject of a clause that writes a year of its own, names a thing (a well), not a time; the season of a
    // year is written "the spring of 1890".
    // Only as the subject of its verb: "the winter we bought the shop, in 1971" is a season.
    if (m[3] && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && !TEMPORAL_THE.test(text.slice(Math.max(0, m.index - 24), m.index))) {
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      if (SEASON_AS_SUBJECT.test(rest) && YEAR_LATER_IN_CLAUSE.test(rest)) return false;
    }
    return true;
  },
  resolve: (m, c) => (m[3] && clauseSeason(m[3], c)) || (m[1] && seasonFromWriting(m[2], m[1], c)) || seasonValue(m[2] ?? m[3] ?? m[4], c, m[1]),
};

/**
 * Without a publication date, "last autumn" and "next spring" are counted from a guess at the year of writing, as "last
 * May" and "next May" are: that season of the year before, or of the year after, flagged. A winter is named by the year
 * it begins in, so "next winter" is the one that begins late in the year of writing; "this summer" is the year of
 * writing's. Null with a publication date or with no year to guess from; and "previous" names no season before writing
 * ("the previous spring").
 */
function seasonFromWriting(season: string, modifier: string, c: Resolver): Resolution | null {
  const code = SEASONS[season.toLowerCase()];
  const mod = modifier.toLowerCase();
  const latest = c.dct ? null : (c.textYear?.() ?? null);
  const years = mod === 'last' || mod === 'past' ? -1 : mod === 'next' || mod === 'coming' ? (code === 'WI' ? 0 : 1) : mod === 'this' ? 0 : null;
  if (latest === null || years === null || !code) return null;
  const y = latest + years;
  const months = seasonMonths(code);
  return { type: 'DATE', value: `XXXX-${code}`, rule: 'season/from-writing-year/no-dct', yearUncertain: true, exact: { start: fmtMonth(y, months[0]), end: fmtMonth(months[2] < months[0] ? y + 1 : y, months[2]) } };
}

// "The barn burned down the winter before we moved in", "the summer after she left school": the season is counted
// from a happening the clause after it tells, not from publication. That happening is most likely the one the story
// is at (a date in focus), but the text does not say so: the year is a guess either way.
const CLAUSE_AFTER_SEASON = /^\s+(before|after)\s+(?:I|we|you|he|she|they|it|the|his|her|their|its|my|our)\s/i;

// "The best summer was the summer they walked on the moon", "the winter that the river froze": a season named by
// what happened in it, told by the clause after it. The text gives no year for it; the one nearest publication is a
// guess. After a preposition the clause needs its "that" or "when": "In the summer they close the pool" has a main
// clause after the season, not a relative one.
const RELATIVE_AFTER_SEASON = /^\s+(?:(?:that|when)\s+(?:I|we|you|he|she|they|it|the|his|her|their|its|my|our)|(?:I|we|you|he|she|they))\s+[a-z]{2,}/;
// The season's clause, then its year set off after a comma: "…, in 1963".
const YEAR_AFTER_CLAUSE = /^[^,;.!?]{1,60},\s+in\s+(\d{4})\b/;
const PREPOSITION_THE = /\b(?:in|during|by|until|till|since|through|throughout|for|over|before|after|of|from|at)\s+the\s*$/i;

// "the summer they walked on the moon": the summer of the first crewed landing, 1969, by the public record.
const MOON_AFTER_SEASON = new RegExp(String.raw`^\s+` + MOON_LANDING_CLAUSE, 'i');

function clauseSeason(season: string, c: Resolver): Resolution | null {
  const code = SEASONS[season.toLowerCase()];
  if (code === 'SU' && /\bthe\s*$/i.test(c.preceding()) && MOON_AFTER_SEASON.test(c.following()) && (!c.dct || c.dct.y >= 1969))
    return { type: 'DATE', value: '1969-SU', rule: 'season/moon-landing' };
  const relative = RELATIVE_AFTER_SEASON.exec(c.following());
  if (relative && /\bthe\s*$/i.test(c.preceding()) && (!PREPOSITION_THE.test(c.preceding()) || /^\s+(?:that|when)\s/.test(relative[0]))) {
    // "the winter we sold the boat, in 1958": the year set off right after the clause says which season it named.
    const year = YEAR_AFTER_CLAUSE.exec(c.restOfSentence?.() ?? '');
    if (year) return { type: 'DATE', value: `${year[1]}-${code}`, rule: 'season/named-by-clause/year-after', explicitYear: true };
    const plain = seasonValue(season, c);
    return { ...plain, rule: `season/named-by-clause${plain.rule.startsWith('season/') ? '' : `/${plain.rule}`}`, yearUncertain: true };
  }
  const clause = CLAUSE_AFTER_SEASON.exec(c.following());
  if (!clause || !/\bthe\s*$/i.test(c.preceding())) return null;
  const base = c.refDate(c.focus() === 'year' ? 'year' : 'month');
  const back = clause[1].toLowerCase() === 'before';
  // "bought the summer before his arrest", the arrest told in February of publication's year: a season before a date
  // in focus that lies months back from publication is still counted from it.
  const earlierThisYear = !!base && !!c.dct && back && base.y === c.dct.y && base.m < c.dct.m;
  if (!base || (c.dct && base.y >= c.dct.y && !earlierThisYear)) {
    const plain = seasonValue(season, c);
    return { ...plain, yearUncertain: true };
  }
  const y = back ? (c.focus() === 'year' || SEASON_END[code] >= base.m ? base.y - 1 : base.y) : c.focus() === 'year' || SEASON_FIRST_MONTH[code] <= base.m ? base.y + 1 : base.y;
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${back ? 'before' : 'after'}-clause-in-focus`, yearUncertain: true, counted: true };
}

// "two summers ago": the summer before last, counted back from the last one before publication, not a stretch of
// 730 days.
export const seasonsAgoRule: Rule = {
  name: 'seasons-ago',
  cue: /ago/i,
  re: rx(`${B}(\\d{1,2}|${NUMBER_WORD_RE})\\s+(springs|summers|autumns|falls|winters)\\s+ago${E}`, 'gi'),
  resolve: (m, c) => {
    const n = parseCount(m[1]);
    if (n === undefined || !Number.isInteger(n) || n < 1) return null;
    const last = seasonValue(m[2].slice(0, -1), c, 'last');
    const y = /^(\d{4})-/.exec(last.value);
    if (!y) return last;
    return { type: 'DATE', value: `${fmtYear(+y[1] - (n - 1))}-${last.value.slice(5)}`, rule: 'season/ago' };
  },
};

// "The dry summer of 1961 … and three summers later": seasons counted on (or back, "earlier") from the time the story is
// at, as "the following summer" is one on; "two summers ago" is counted from publication (above).
export const seasonsLaterRule: Rule = {
  name: 'seasons-later',
  cue: /later|earlier/i,
  re: rx(`${B}(\\d{1,2}|${NUMBER_WORD_RE})\\s+(springs|summers|autumns|falls|winters)\\s+(later|earlier)${E}`, 'gi'),
  resolve: (m, c) => {
    const n = parseCount(m[1]);
    if (n === undefined || !Number.isInteger(n) || n < 1) return null;
    const base = c.refDate(c.focus() === 'year' ? 'year' : 'month');
    if (!base || base === c.dct) return null;
    const code = SEASONS[m[2].slice(0, -1).toLowerCase()];
    const later = /^later$/i.test(m[3]);
    // From a month before the season begins (after it ends, counting back) the first such season is that year's own.
    const sameYear = c.focus() !== 'year' && (later ? SEASON_FIRST_MONTH[code] > base.m : SEASON_END[code] < base.m);
    const y = later ? base.y + n - (sameYear ? 1 : 0) : base.y - n + (sameYear ? 1 : 0);
    return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${later ? 'later' : 'earlier'}`, counted: true };
  },
};

// "The following spring", "the next summer", "that autumn": counted from the date in narrative focus, not from
// publication ("She failed the exam in 2017 and passed it the next spring" is spring 2018). "That fall" is left
// out: "prices that fall" is a verb. So is "spring" before the words it leads into ("doubts that spring from").
// The month a season's last full month falls in, as a number to compare with the month in focus (winter's February
// is the next year's: the winter before a date in focus always began in an earlier year, so 12 sends it back one).
const SEASON_END: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 12 };

export const seasonAnaphorRule: Rule = {
  name: 'season-anaphor',
  cue: SEASON_CUE,
  re: rx(
    `${B}(?:the\\s+(following|next|previous|preceding)\\s+(${SEASON_ALTS})|the\\s+(${SEASON_ALTS})\\s+(before|after)(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:and|but|or|when|while|so)\\b)|[Tt]hat\\s+(spring(?!\\s+(?:from|up|to|into|forth|out|back|open|eternal)\\b)|summer|autumn|winter))${E}`,
    'gi',
  ),
  resolve: (m, c) => {
    const base = c.refDate(c.focus() === 'year' ? 'year' : 'month');
    const season = (m[2] ?? m[3] ?? m[5]).toLowerCase();
    // "until his knees gave out the summer before", "the winter after": a season counted from a time the story is at,
    // as "the previous summer" or "the following winter" is. With no such time the nearest one is a guess.
    const postposed = m[3] ? m[4].toLowerCase() : undefined;
    if (!base) return postposed ? { ...seasonValue(season, c, postposed === 'before' ? 'last' : 'coming'), yearUncertain: true } : null;
    const code = SEASONS[season];
    let y: number;
    const back = /^(?:previous|preceding)$/i.test(m[1] ?? '') || postposed === 'before';
    if (postposed === 'after' && c.focus() === 'year') y = code === 'WI' ? base.y : base.y + 1;
    else if (postposed === 'after') y = SEASON_FIRST_MONTH[code] <= base.m ? base.y + 1 : base.y;
    else if (m[5]) y = code === 'WI' && base.m <= 2 ? base.y - 1 : base.y;
    // "sued in March 1964, after a request was refused the previous autumn": the last such season over before the
    // date in focus (a year in focus: the year before's).
    else if (back) y = c.focus() === 'year' || SEASON_END[code] >= base.m ? base.y - 1 : base.y;
    // A year in focus says nothing of its month: the season after it is the next year's, but for winter, which
    // begins in that year's December ("retired in 1980. The following winter …" is 1980-81).
    else if (c.focus() === 'year') y = code === 'WI' ? base.y : base.y + 1;
    else y = SEASON_FIRST_MONTH[code] <= base.m ? base.y + 1 : base.y;
    // Counted from publication itself (no time of the story written before it) it is still counted from some time the
    // story is at, one the text has not dated: a writer counting from publication says "last summer".
    const fromPublication = !!postposed && !!c.dct && base.y === c.dct.y && base.m === c.dct.m && (c.focus() !== 'day' || base.d === c.dct.d);
    // "… arrived on Tuesday. She packed it when she moved north that summer", in a March paper: a season told as done
    // that had not begun at publication is not the one of the time in focus; "that" points further back, to a time the
    // story told before, and which one is a guess. The last older year the text told is the time it points to ("was
    // due back on 14 April 40 years ago … that summer"); with none, the last such season begun is the nearest reading.
    const dct = c.dct;
    const unbegun = !!dct && c.tense() === 'past' && (y > dct.y || (y === dct.y && SEASON_FIRST_MONTH[code] > dct.m));
    if (unbegun && m[5]) y = c.olderYear?.() ?? (SEASON_FIRST_MONTH[code] > dct!.m ? dct!.y - 1 : dct!.y);
    return { type: 'DATE', value: `${fmtYear(y)}-${code}`, rule: `season/${m[5] ? 'that' : back ? 'previous-to-focus' : 'following'}${unbegun ? '/not-begun' : ''}`, counted: true, ...(fromPublication || unbegun ? { yearUncertain: true } : {}) };
  },
};

// A quarter's or a half's place in its year by its ordinal; "final" and "last" (0) are the year's last.
const NTH_PART: Record<string, number> = table({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 0, last: 0 });

/** Which quarter (or half, when `unit` is "half") "the <nth> quarter" names: null for a half past the second. */
function nthPart(nth: string, unit: string | undefined): { n: number; half: boolean } | null {
  const k = NTH_PART[nth.toLowerCase()]!;
  const half = unit?.toLowerCase() === 'half';
  const n = k === 0 ? (half ? 2 : 4) : k;
  return half && n > 2 ? null : { n, half };
}

export const quarterRule: Rule = {
  name: 'quarter',
  cue: /quarter|half/i,
  // Also as an adjective, "third-quarter profit" (hyphenated for quarters only: "a first-half goal" is sport).
  // The year may come first, as a possessive: "1988's fourth quarter", "this year's third quarter".
  re: rx(`${B}(?:(?:${YEAR}|(this|last|next)\\s+year)['’]s\\s+)?(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)(?:\\s+(quarter|half)|-quarter)(?:\\s+of\\s+(?:(?:calendar\\s+(?:year\\s+)?)?${YEAR}|(this|last|next)\\s+year|(?:the|its|their)\\s+(fiscal|financial)\\s+year|(the\\s+(?:current\\s+)?year)|(?:fiscal(?:\\s+year)?|FY)\\s*${YEAR}))?(?:,\\s+(${MONTH_RE})\\s+to\\s+(${MONTH_RE})(?=,))?${E}`, 'gi'),
  resolve: (match, c) => {
    // "the third quarter of fiscal 2021": the company's quarter, on the calendar once the text has said where its year
    // ends; until then only the year it is named by is known.
    if (match[9]) return fiscalQuarter(match, +match[9], c);
    // The year before the quarter stands where the one after it would: one set of groups for both.
    const m = [match[0], match[3], match[4], match[5] ?? match[1], match[6] ?? match[2], match[7], match[8]];
    const part = nthPart(m[1], m[2]);
    if (!part) return null;
    const { n, half } = part;
    let y: number | undefined = m[3] ? +m[3] : undefined;
    const ofYear = !!(m[3] || m[4] || m[5] || m[6]);
    const dct = c.dct;
    // "the last quarter", "last half" with no year: the one before publication's, not the year's fourth.
    if (!ofYear && dct && /^last$/i.test(m[1])) {
      const cur = half ? (dct.m <= 6 ? 1 : 2) : Math.floor((dct.m - 1) / 3) + 1;
      const count = half ? 2 : 4;
      const prev = cur === 1 ? count : cur - 1;
      const py = cur === 1 ? dct.y - 1 : dct.y;
      return { type: 'DATE', value: `${fmtYear(py)}-${half ? 'H' : 'Q'}${prev}`, rule: 'quarter/last' };
    }
    // "the first quarter of the financial year": a company's fiscal quarters need not be the calendar's.
    const fiscal = !!m[5];
    // "In 1995, sales fell in the second half of the year": the year the sentence names; without one, "the
    // year" is placed as a bare "the second half" is.
    if (y === undefined && m[6]) {
      const hint = c.yearHint();
      if (hint?.scope === 'sentence') y = hint.year;
    }
    if (y === undefined && dct) {
      y = dct.y + (m[4] ? { this: 0, last: -1, next: 1 }[m[4].toLowerCase() as 'this']! : 0);
      // A quarter still to come this year cannot be reported in the past tense: it is last year's.
      const endMonth = half ? n * 6 : n * 3;
      const tense = m[4] ? null : c.tense();
      if (tense === 'past' && endMonth > dct.m) y -= 1;
      // With no tense to go by ("the fourth-quarter figures"), a quarter that starts more than six months
      // after publication is the one just gone: in January the fourth quarter just ended. A present tense
      // often tells of a plan ("expects a loss in the fourth quarter"), so it keeps publication's year.
      else if (tense === 'unknown' && endMonth - (half ? 5 : 2) - dct.m > 6) y -= 1;
    }
    const label = half ? `H${n}` : `Q${n}`;
    // Told in the past with no year of its own, the months are the latest such stretch over before publication.
    const endedBy = !ofYear && dct && c.tense() === 'past' ? dct : undefined;
    const told = y === undefined ? null : toldMonths(match[10], match[11], half, n, y, endedBy);
    if (told) return { type: 'DATE', ...told, rule: 'quarter/told-months', explicitYear: !!m[3] };
    const r: Resolution = { type: 'DATE', value: y === undefined ? `XXXX-${label}` : `${fmtYear(y)}-${label}`, rule: fiscal ? 'quarter/fiscal' : 'quarter', explicitYear: !!m[3] };
    if (fiscal) r.yearUncertain = true;
    return r;
  },
};

/**
 * "the third quarter, August to October, …": a company whose year is not the calendar's says which months its
 * quarter (half) holds, and they are the stretch: the latest one ended before `endedBy` when given, else placed beside
 * the calendar's quarter of the year `y` already chosen. Null when the months are not the part's length.
 */
function toldMonths(fromWord: string | undefined, toWord: string | undefined, half: boolean, n: number, y: number, endedBy?: { y: number; m: number }): { value: string; exact: { start: string; end: string } } | null {
  if (!fromWord || !toWord) return null;
  const from = monthNumber(fromWord)!;
  const to = monthNumber(toWord)!;
  const size = half ? 6 : 3;
  if (((to - from + 12) % 12) + 1 !== size) return null;
  const first = (n - 1) * size + 1;
  let fy = from - first > 6 ? y - 1 : first - from > 6 ? y + 1 : y;
  if (endedBy) fy = (to < endedBy.m ? endedBy.y : endedBy.y - 1) - (to < from ? 1 : 0);
  const ty = to < from ? fy + 1 : fy;
  const aligned = (from - 1) % size === 0;
  return { value: aligned ? `${fmtYear(fy)}-${half ? 'H' : 'Q'}${(from - 1) / size + 1}` : fmtYear(fy), exact: { start: fmtMonth(fy, from), end: fmtMonth(ty, to) } };
}

/** "the <nth> quarter (half) of fiscal <year>": where the company's year ends says which months. */
function fiscalQuarter(match: RegExpExecArray, fy: number, c: Resolver): Resolution | null {
  const part = nthPart(match[3], match[4]);
  if (!part) return null;
  const { n, half } = part;
  const known = c.fiscalEnd?.();
  if (!known) return { type: 'DATE', value: `FY${fy}`, rule: 'quarter/fiscal-unknown', explicitYear: true, yearUncertain: true };
  const end = fiscalEndOf(fy, known);
  // The year's first month follows the month it ends in; the quarter starts 3 (a half 6) months on per step.
  const size = half ? 6 : 3;
  const first = addMonthsTo(end.y - 1, end.m, 1 + (n - 1) * size);
  const last = addMonthsTo(first.y, first.m, size - 1);
  const label = half ? `H${first.m === 1 ? 1 : 2}` : `Q${(first.m + 2) / 3}`;
  const aligned = (first.m - 1) % size === 0;
  return {
    type: 'DATE',
    value: aligned ? `${fmtYear(first.y)}-${label}` : `${fmtYear(first.y)}`,
    rule: 'quarter/fiscal-year',
    explicitYear: true,
    exact: { start: fmtMonth(first.y, first.m), end: fmtMonth(last.y, last.m) },
  };
}

function addMonthsTo(y: number, m: number, delta: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + delta;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export const monthRangeRule: Rule = {
  name: 'month-range',
  cue: MONTH_CUE,
  // "the January-March quarter", "the July-to-September period", "October-December 1998": business and official
  // news name a quarter or a half by its months, one stretch of one year. "From January to March" with no noun after
  // it is two months, each tagged on its own.
  re: rx(`${B}(?:the\\s+)?(${MONTH_RE})([-–]|-to-|\\s+to\\s+)(${MONTH_RE})(?:\\s+(quarter|period|half|months))?(?:\\s+of\\s+${YEAR}|(?:\\s+of)?\\s+(this|last|next)\\s+year|,?\\s+${YEAR})?${E}`, 'g'),
  // "November-January" runs over New Year, and is left to the month rules.
  accept: (m) => (!!m[4] || /^[-–]$/.test(m[2])) && monthNumber(m[3])! > monthNumber(m[1])!,
  resolve: (m, c) => {
    const from = monthNumber(m[1])!;
    const to = monthNumber(m[3])!;
    const written = m[5] ?? m[7];
    const y = monthsYear(written, m[6], to, c);
    const label = from % 3 === 1 && to === from + 2 ? `Q${(from + 2) / 3}` : from % 6 === 1 && to === from + 5 ? `H${(from + 5) / 6}` : null;
    if (y === null) return { type: 'DATE', value: label ? `XXXX-${label}` : 'XXXX', rule: 'month-range/no-year' };
    // A stretch that is no quarter or half has no TIMEX3 value finer than its year: the months say which part.
    const exact = label ? undefined : { start: fmtMonth(y, from), end: fmtMonth(y, to) };
    return { type: 'DATE', value: label ? `${fmtYear(y)}-${label}` : fmtYear(y), rule: 'month-range', explicitYear: !!written, ...(exact ? { exact } : {}) };
  },
};

export const monthsOfYearRule: Rule = {
  name: 'months-of-year',
  cue: /months/i,
  // "the first five months of the year", "the final three months of last year": a counted stretch of months at one
  // end of a year, as business news reports its figures; the months it covers, not the year's start or end.
  re: rx(`${B}the\\s+(first|last|final|opening|closing)\\s+(${countWords(2, 11)}|\\d{1,2})\\s+months\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year|the\\s+(?:current\\s+)?year)${E}`, 'gi'),
  resolve: (m, c) => {
    const n = parseCount(m[2]);
    if (n === undefined || !(n >= 1 && n <= 11)) return null;
    const first = /^(?:first|opening)$/i.test(m[1]);
    const y = monthsYear(m[3], m[4], first ? n : 12, c);
    if (y === null) return { type: 'DATE', value: 'XXXX', rule: 'months-of-year/no-year' };
    const exact = { start: fmtMonth(y, first ? 1 : 13 - n), end: fmtMonth(y, first ? n : 12) };
    return { type: 'DATE', value: fmtYear(y), rule: 'months-of-year', explicitYear: !!m[3], exact };
  },
};

/**
 * The year of "the first five months of …": written, or "this/last/next year" from publication, or for "the year" the
 * year its sentence names, else publication's; told in the past before its last month is over, last year's.
 */
function monthsYear(written: string | undefined, rel: string | undefined, lastMonth: number, c: Resolver): number | null {
  if (written) return +written;
  const dct = c.dct;
  if (rel) return dct && dct.y + { this: 0, last: -1, next: 1 }[rel.toLowerCase() as 'this'];
  const hint = c.yearHint();
  if (hint?.scope === 'sentence') return hint.year;
  if (!dct) return null;
  return c.tense() === 'past' && lastMonth > dct.m ? dct.y - 1 : dct.y;
}

/**
 * A holiday told in the past in a sentence that has moved years back ("had a fall in the spring of 1980, and at
 * Christmas he retired"): the first such day on or after the date in focus, not the one nearest publication. A year
 * in an earlier sentence is often background ("arrived in 2019. … at sea on Christmas Day" in a late-December
 * story), so only the sentence's own year counts; with that year known only as a whole (a season, a bare year) the
 * holiday may fall on either side of what was told in it, and the year is flagged. A year of an earlier sentence of the
 * paragraph that the story is still at is given as 'other-sentence': the holiday is not placed in it, only flagged.
 */
function storyHoliday(name: string, c: Resolver): { day: Ymd; scope: 'sentence' | 'paragraph' | 'other-sentence' } | null {
  const dct = c.dct;
  const hint = c.yearHint();
  if (!hint || hint.opensSpan || hint.scope === 'text' || hint.otherClause || (dct && hint.year > dct.y - 2) || c.tense() !== 'past') return null;
  const month = c.refDate('month');
  // With only the year in focus (a season, a bare year) the holiday may fall before or after what was told in it
  // ("in the autumn of 1973 … at New Year"): that year's is the likelier reading, and a guess.
  const ref = month?.y === hint.year ? month : c.refDate('year');
  if (!ref || ref.y !== hint.year) return null;
  const same = holiday(name, ref.y);
  if (!same) return null;
  const day = ref === month && toDayNumber(same) < toDayNumber({ ...ref, d: 1 }) ? holiday(name, ref.y + 1)! : same;
  if (hint.scope !== 'sentence') return hint.inAside ? null : { day, scope: 'other-sentence' };
  return { day, scope: ref === month ? 'sentence' : 'paragraph' };
}

/**
 * The holiday in the year of the story its sentence is at (storyHoliday). With `otherSentence` (without a publication
 * date to weigh it against), also in a year of an earlier sentence of the paragraph, as a guess: "The diphtheria came in
 * the spring of 1932. … the school stayed shut from Easter".
 */
function storyHolidayDate(name: string, c: Resolver, otherSentence = false): Resolution | null {
  const told = storyHoliday(name, c);
  if (!told || (told.scope === 'other-sentence' && !otherSentence)) return null;
  const scope = told.scope === 'sentence' ? 'sentence' : 'paragraph';
  return { type: 'DATE', value: fmtDay(told.day), rule: `holiday/year-in-${scope}`, ...(scope === 'sentence' ? {} : { yearUncertain: true }), ...(/^New\s+Year$/.test(name) ? { mod: 'APPROX' as const } : {}) };
}


const BARE_NEW_YEAR_LEAD = /\b(?:over|during|at|around|since|after|before|until|through|throughout|for|by)\s(?:the\s)?$/i;

export const holidayRule: Rule = {
  name: 'holiday',
  // Each holiday rule's pattern holds a name: none can match a piece that names no holiday.
  cue: new RegExp(HOLIDAY_NAME),
  re: rx(
    `${B}(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${HOLIDAY_NAME})(?:(?:,|\\s+in)?\\s+${YEAR}|\\s+(season\\s+)?of\\s+${YEAR}|\\s+(week)|\\s+((?:of\\s+)?(?:that|the\\s+same)\\s+year|the\\s+(?:year\\s+(?:before|after)|(?:previous|following)\\s+year)(?!\\s+(?:last|next)\\b))|${RELATIVE_YEAR})?${E}`,
  ),
  // "on Christmas Eve in 1988" is that year's, as "Christmas Eve 1988" is.
  // A bare "New Year" is the holiday only after a word of time ("over New Year", "during the New Year"): not
  // "Lunar New Year", not "a happy New Year".
  accept: (m, text) => !/^New\s+Year$/.test(m[2]) || !!m[1] || BARE_NEW_YEAR_LEAD.test(text.slice(Math.max(0, m.index - 16), m.index)),
  resolve: (m, c) => holidayDate({ name: m[2], lead: m[1], year: m[3] ?? m[5], season: !!m[4], week: !!m[6], thatYear: m[7], yearWord: m[8], beyond: m[9], ago: m[10] }, c),
};

/**
 * "The boiler burst on 3 November, and the baths reopened the following Easter": a holiday counted on (or back) from the
 * time the story is at, as "the following spring" is, not the one the tense and publication give. From a day or a
 * month, the first such holiday after it (the last before it); one in the month in focus may fall on either side, and a
 * bare year says nothing of its months, so after those the year is a guess (the next year's, the year before's).
 * With no time of the story told before it, the holiday is placed as one named alone would be, as a guess.
 */
export const holidayAnaphorRule: Rule = {
  name: 'holiday-anaphor',
  cue: holidayRule.cue,
  re: rx(`${B}the\\s+(following|next|previous|preceding)\\s+(${HOLIDAY_NAME})${E}`),
  resolve: (m, c) => {
    const back = /^p/i.test(m[1]);
    const focus = c.focus();
    const day = focus === 'day' ? c.refDay() : null;
    const ref = day ?? c.refDate(focus === 'year' ? 'year' : 'month');
    if (!ref || ref === c.dct) {
      const alone = holidayDate({ name: m[2] }, c);
      return alone && { ...alone, rule: `${alone.rule}/anaphor-unplaced`, yearUncertain: true };
    }
    const same = holiday(m[2], ref.y);
    if (!same) return null;
    const at = toDayNumber(same);
    let year: number;
    let guess = false;
    if (focus === 'year') [year, guess] = [ref.y + (back ? -1 : 1), true];
    else if (day) year = back ? (at < toDayNumber(day) ? ref.y : ref.y - 1) : at > toDayNumber(day) ? ref.y : ref.y + 1;
    else {
      guess = same.m === ref.m;
      year = back ? (same.m <= ref.m ? ref.y : ref.y - 1) : same.m >= ref.m ? ref.y : ref.y + 1;
    }
    const p = holiday(m[2], year);
    return p && { type: 'DATE', value: fmtDay(p), rule: `holiday/${back ? 'previous' : 'following'}`, counted: true, ...(guess ? { yearUncertain: true } : {}) };
  },
};

/** What a holiday's words say: its name, the word before it ("last Christmas"), and what follows it. */
interface HolidayWords {
  name: string;
  /** "last", "this", "next" before the name. */
  lead?: string;
  /** "Christmas 1978", "the Christmas season of 1978". */
  year?: string;
  /** "the Christmas season of 1978": the season around the day. */
  season?: boolean;
  /** "Easter week". */
  week?: boolean;
  /** "Christmas that year". */
  thatYear?: string;
  /** "this", "last", "next" in "Easter Monday last year". */
  yearWord?: string;
  /** "before last", "after next" in "Easter the year before last". */
  beyond?: string;
  /** The count in "Christmas Eve two years ago". */
  ago?: string;
}

function holidayDate(h: HolidayWords, c: Resolver): Resolution | null {
  // "Christmas 1978", "the Christmas season of 1978" (the season around the day).
  if (h.year) {
    const p = holiday(h.name, +h.year);
    return p && { type: 'DATE', value: fmtDay(p), rule: 'holiday/explicit', explicitYear: true, ...(h.season ? { mod: 'APPROX' as const } : {}) };
  }
  // "on Easter Monday last year", "the gale of Christmas Eve two years ago": the year is counted from publication, as
  // in "in March last year"; without publication from the guessed year of writing, flagged.
  if (h.yearWord || h.beyond || h.ago) {
    if (!c.dct) {
      const guess = relativeYearFromWriting(c, h.yearWord, h.beyond, h.ago);
      const day = guess === null ? null : holiday(h.name, guess);
      return day && { type: 'DATE', value: fmtDay(day), rule: 'holiday/from-writing-year/no-dct', yearUncertain: true };
    }
    const y = relativeYear(c.dct, h.yearWord, h.beyond, h.ago);
    const p = y && holiday(h.name, y.year);
    return p ? { type: 'DATE', value: fmtDay(p), rule: `holiday/${y.words}-year` } : null;
  }
  // "before Christmas that year": the holiday of the year in focus; "on Boxing Day the year before", "at Easter the
  // following year": of the year before or after it.
  if (h.thatYear) {
    const ref = c.refDate('year');
    const shift = /before|previous/i.test(h.thatYear) ? -1 : /after|following/i.test(h.thatYear) ? 1 : 0;
    const p = ref && holiday(h.name, ref.y + shift);
    return p ? { type: 'DATE', value: fmtDay(p), rule: 'holiday/that-year', counted: true } : null;
  }
  const dct = c.dct;
  const name = h.name;
  // Without a publication date only the sentence's own year can place it, or, for one told as past, the guessed year of
  // writing (below).
  if (!dct) return h.week ? null : ((!h.lead && storyHolidayDate(name, c, true)) || holidayBeforeWriting(name, h.lead, c));
  const mod = h.lead?.toLowerCase();
  const cands = [dct.y - 1, dct.y, dct.y + 1].map((y) => holiday(name, y)!);
  const now = toDayNumber(dct);
  // "Easter week", "Christmas week": the (ISO) week the day falls in, which has begun once its Monday has
  // passed and is still to come until its Sunday has.
  const week = !!h.week;
  const first = (p: Ymd) => toDayNumber(p) - (week ? isoWeekday(p) - 1 : 0);
  const last = (p: Ymd) => toDayNumber(p) + (week ? 7 - isoWeekday(p) : 0);
  let pick: Ymd;
  if (mod === 'last') pick = cands.findLast((p) => last(p) < now)!;
  else if (mod === 'next') pick = cands.find((p) => first(p) > now)!;
  else if (mod === 'this') pick = cands[1];
  else {
    const t = c.tense();
    const told = week ? null : storyHolidayDate(name, c);
    if (told) return told;
    const planned = week || t === 'past' ? null : plannedHoliday(name, c, now);
    if (planned) return planned;
    if (t === 'past') {
      pick = cands.findLast((p) => first(p) <= now)!;
      // "The diphtheria came in the spring of 1932. … the school shut from Easter": a holiday told in the past while
      // the story is at an old year its paragraph wrote in an earlier sentence may be that year's, or background to
      // a recent one ("arrived in 2019. … on Christmas Day"); the words do not say which, so the year is a guess.
      const old = week ? null : storyHoliday(name, c);
      // One told in the sentence right after that year's happening, going straight on from it ("The storm struck on 9
      // January 1978. We scrubbed for weeks and reopened for Easter"), is the first such day after it, still a guess:
      // only within half a year after a day or month the story was at (a bare year, "retired in 1979", sets no time
      // the holiday could go on from).
      if (old?.scope === 'other-sentence' && old.day.y !== pick.y && c.yearHint()?.justBefore && soonAfterFocus(old.day, c)) return { type: 'DATE', value: fmtDay(old.day), rule: 'holiday/past/after-day-before', yearUncertain: true };
      if (old?.scope === 'other-sentence' && old.day.y !== pick.y) return { type: 'DATE', value: fmtDay(pick), rule: 'holiday/past/after-old-year', yearUncertain: true };
      // "had a fall the previous winter and was home by Easter": a holiday the story comes to right after a date whose
      // year was a guess may be told in that stretch of the story, or near publication; the words do not say which, so
      // the year is a guess too. (Placed in the year of a date told just before, sure or not, it lost five right dates
      // on the probes: a bare holiday in news is far more often the last one.)
      if (!week && c.focusGuessed?.()) return { type: 'DATE', value: fmtDay(pick), rule: 'holiday/past/after-guessed', yearUncertain: true };
      // "In 1975 the family moved to Carrow. The previous winter had been hard, and they came home at Easter": a year
      // years back in the paragraph, even one another clause holds, leaves the holiday's year to tense alone; a guess.
      // Not one that only starts a stretch or tells of a noun in an aside (storyHoliday's reading), nor one a fortnight or less before publication ("spent Christmas with his daughter" in a January 2 report):
      // news tells that one as just past.
      const hint = week ? null : c.yearHint();
      if (hint && hint.scope !== 'text' && !hint.opensSpan && !hint.inAside && hint.year <= dct.y - 2 && hint.year !== pick.y && now - toDayNumber(pick) > 14) return { type: 'DATE', value: fmtDay(pick), rule: 'holiday/past/after-old-year', yearUncertain: true };
    }
    else if (t === 'future') pick = cands.find((p) => last(p) >= now)!;
    else pick = cands.reduce((a, b) => (Math.abs(toDayNumber(b) - now) < Math.abs(toDayNumber(a) - now) ? b : a));
    // As for a month-day (chooseYear): a tense that reaches most of a year away while the day falls within two
    // months on the other side of publication is more likely misread than the holiday a year off; the near one,
    // flagged as a guess.
    const near = cands.find((p) => p !== pick && Math.abs(toDayNumber(p) - now) <= 62);
    if (!week && (t === 'past' || t === 'future') && near && Math.abs(toDayNumber(pick) - now) > 240) {
      // Unless the holiday opens its sentence before a past verb ("On Christmas Eve the depot ran out of salt" in a
      // November report): the story tells of what was done then, not of a plan; the tense's year, still a guess.
      if (t === 'past' && FRONTED.test(c.preceding())) return { type: 'DATE', value: fmtDay(pick), rule: 'holiday/past/fronted', yearUncertain: true };
      return { type: 'DATE', value: fmtDay(near), rule: `holiday/near-publication`, yearUncertain: true };
    }
  }
  if (week) return { type: 'DATE', value: fmtWeek(pick), rule: `holiday-week/${mod ?? c.tense()}` };
  // "the Christmas sales period", "Thanksgiving travel": the season around the day, not the day.
  // "over New Year" (no "'s Day") is the turn of the year, its eve and its day: about January 1.
  const season = HOLIDAY_SEASON.test(c.following()) || /^New\s+Year$/.test(name) ? 'APPROX' : undefined;
  return { type: 'DATE', value: fmtDay(pick), rule: `holiday/${mod ?? c.tense()}${season ? '/season' : ''}`, mod: season };
}

/** Whether `day` falls within half a year after the day or month the story is at (not a bare year). */
function soonAfterFocus(day: Ymd, c: Resolver): boolean {
  const focus = c.focus();
  const ref = focus === 'day' ? c.refDay() : focus === 'year' ? null : c.refDate('month');
  const gap = ref ? toDayNumber(day) - toDayNumber(ref) : -1;
  return gap >= 0 && gap <= 183;
}

/**
 * "Next year the term starts late, so pupils will get the Easter Monday off": a holiday told as ahead (or in the
 * present) in a sentence whose own clause names a year not yet over is that year's, as a month would be; not a day
 * already past at publication. Null when the sentence names no such year.
 */
function plannedHoliday(name: string, c: Resolver, now: number): Resolution | null {
  const hint = c.yearHint();
  if (!hint || hint.scope !== 'sentence' || hint.otherClause || hint.opensSpan) return null;
  const p = holiday(name, hint.year);
  return p && toDayNumber(p) >= now ? { type: 'DATE', value: fmtDay(p), rule: 'holiday/ahead/year-in-sentence' } : null;
}

/**
 * Without a publication date, a holiday told as past ("came on Boxing Day", "last Christmas Eve", "opened on Good
 * Friday") in the guessed year of writing (the latest year the article writes, or one its clues give), whose day is not
 * known: a day of the first half of the year has more likely come by then in that year, one of the second half more
 * likely not, so it is the year before's. A guess, flagged; null without a guessed year.
 */
function holidayBeforeWriting(name: string, lead: string | undefined, c: Resolver): Resolution | null {
  const year = c.textYear?.();
  const mod = lead?.toLowerCase();
  if (year == null || mod === 'this') return null;
  const day = holiday(name, year);
  if (!day) return null;
  // "will reopen on Easter Monday", "next Christmas": the same reading the other way round. A day of the second half
  // of the year is more likely still to come in the year of writing, one of the first half more likely the next year's.
  // A holiday told as ahead without "next" ("will reopen at Easter") is the coming one: with a month of writing guessed
  // from the yearless months told, it is placed against that month as a month to come is (aroundWriting,
  // year-choice.ts), in the same year when it falls in or after that month. "next Easter" leans to the year after,
  // a writer naming the coming one "this Easter". A past holiday keeps the halves of the year: a December month of
  // writing is as likely the January after (setTextYear), when the December holidays were the year before's.
  // A present tense of an arrangement ("the gala is on Boxing Day", "the choir sings carols on Christmas Eve") tells a
  // plan as a future does; with a publication date such a holiday is the nearest, which a day of writing not known
  // cannot give, so it takes the reading ahead.
  const writing = mod === 'next' ? null : (c.textMonth?.() ?? null);
  const tense = c.tense();
  if (mod === 'next' || (mod !== 'last' && (tense === 'future' || tense === 'present'))) {
    const ahead = (writing === null ? day.m > 6 : day.m >= writing) ? day : holiday(name, year + 1);
    return ahead && { type: 'DATE', value: fmtDay(ahead), rule: `holiday/future/writing-year/no-dct`, yearUncertain: true };
  }
  // Neither past nor ahead (a list entry headed by the holiday, "a month before Easter"): with a publication date the
  // nearest; here the one of the guessed year of writing itself.
  if (mod !== 'last' && tense !== 'past') return { type: 'DATE', value: fmtDay(day), rule: `holiday/unknown/writing-year/no-dct`, yearUncertain: true };
  const pick = day.m <= 6 ? day : holiday(name, year - 1);
  return pick && { type: 'DATE', value: fmtDay(pick), rule: `holiday/past/writing-year/no-dct`, yearUncertain: true };
}

// A date opening its sentence, after at most a preposition.
const FRONTED = /^[\s"“]*(?:(?:on|at|over|by|during)\s+)?$/i;

// "told of the order on the Friday before Christmas", "to go up on the Tuesday after Whit Monday": the weekday beside the
// holiday the tense and the story give, not the bare weekday nearest publication.
// "The last Saturday before Christmas", "the first Monday after Easter" are the same days: the nearest on that side.
const WEEKDAY_LEAD = /^the\s+(?:(?:last|first)\s+)?\w+\s+\w+\s+(?:the\s+)?/i;

/** The holiday's own match inside a weekday-beside-holiday match: its groups are the holiday rule's. */
function holidayPart(m: RegExpExecArray): RegExpExecArray {
  const lead = WEEKDAY_LEAD.exec(m[0])![0].length;
  return Object.assign([m[0].slice(lead), ...m.slice(3)], { index: m.index + lead, input: m.input }) as RegExpExecArray;
}

export const weekdayBesideHolidayRule: Rule = {
  name: 'weekday-beside-holiday',
  cue: holidayRule.cue,
  // "the Tuesday after the Easter weekend", "the Monday before the Easter weekend": counted from the weekend's ends.
  re: rx(`${B}the\\s+(?:(?:last|first)\\s+)?(${WEEKDAY_RE})\\s+(before|after)\\s+(?:the\\s+(?=Easter\\s+weekend\\b))?${holidayRule.re.source}`),
  accept: (m, text) => holidayRule.accept!(holidayPart(m), text),
  resolve: (m, c) => {
    const r = holidayRule.resolve(holidayPart(m), c);
    const day = r && /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
    if (!r || !day) return null;
    const p = { y: +day[1], m: +day[2], d: +day[3] };
    const side = m[2].toLowerCase() === 'after' ? 'after' : 'before';
    // The Easter weekend runs from Good Friday to Easter Monday.
    const weekend = /^\s+weekend\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 9));
    const from = weekend ? addDays(p, side === 'after' ? 1 : -2) : p;
    return { ...r, value: fmtDay(weekdayBeside(from, weekdayNumber(m[1])!, side)), rule: `weekday-${m[2].toLowerCase()}-${r.rule}`, mod: undefined };
  },
};

// "an inspection in the week before Christmas", "the week after Easter": the (Monday-start) week before or after the
// week the holiday falls in, the holiday placed as it would be alone. Not "the week before Christmas Eve" (its own day
// may be the week's Sunday). "The weekend before Christmas" is the weekend nearest before it.
export const weekBesideHolidayRule: Rule = {
  name: 'week-beside-holiday',
  cue: /week(?:end)?\s+(?:before|after)/i,
  re: rx(`${B}the\\s+(week|weekend)\\s+(before|after)\\s+(Christmas|Easter|Thanksgiving)(?![\\w'’]|\\s+(?:Day|Eve|Sunday|Monday)\\b)${E}`, 'g'),
  resolve: (m, c) => {
    const day = holidayDate({ name: m[3] }, c);
    const p = day && day.type === 'DATE' && !day.mod ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.value) : null;
    if (!day || !p) return null;
    const at = { y: +p[1], m: +p[2], d: +p[3] };
    const side = m[2].toLowerCase();
    // "the weekend before Christmas": the last Saturday and Sunday wholly before the holiday (the first wholly after).
    if (m[1].toLowerCase() === 'weekend') {
      const sat = side === 'before' ? addDays(weekdayBeside(at, 7, 'before'), -1) : weekdayBeside(at, 6, 'after');
      return { ...day, value: `${fmtWeek(sat)}-WE`, rule: `holiday-weekend/${side}${day.rule.replace(/^holiday/, '')}` };
    }
    // The week before the one the holiday falls in: its Monday a week before the holiday week's.
    const monday = addDays(at, 1 - isoWeekday(at));
    const week = addDays(monday, side === 'before' ? -7 : 7);
    return { ...day, value: fmtWeek(week), rule: `holiday-week/${side}${day.rule.replace(/^holiday/, '')}` };
  },
};
