// A year written once for dates joined by "and", "or" or commas belongs to each of them: "in November and December
// 2008", "on June 3 and July 9, 2011", "in the spring and summer of 1976", "in January, February and March 2020".
// Journalists write the year after the last date only; the dates before it are not yearless, and a year guessed for
// them from tense or publication would be wrong.

import type { TimexList } from './tagger';

/**
 * Gives each yearless month, day or season the year of the dated month, day or season it is coordinated with, read
 * from the last date of a list back to the first so that the year passes along it. A first date that would fall
 * after the one that carries the year is in the year before ("in December and January 2009").
 */
export function sharedYears(list: TimexList, text: string): TimexList {
  // The date that last took a year counted from publication, so that the year passes along the list as a written one
  // does.
  let namedAt = -1;
  for (let i = list.length - 2; i >= 0; i--) {
    const j = i + 1;
    if (!YEARLESS.test(list.rule(i)) || list.statedYear(i) || OWN_YEAR.test(list.rule(i))) continue;
    if (list.type(i) !== 'DATE' || list.type(j) !== 'DATE') continue;
    const given = list.value(j);
    if (!PART_OF_YEAR.test(given) || !PART_OF_YEAR.test(list.value(i))) continue;
    // A year the next date takes only from the text or a guess is no written year to share; one its own words count
    // from publication ("in April and May last year") is, and it is as sure as those words.
    const named = namedAt === j || NAMED_YEAR.test(list.rule(j));
    if (!named && (!list.statedYear(j) || list.yearUncertain(j))) continue;
    const gap = list.start(j) - list.end(i);
    if (gap < 1 || gap > 16 || !COORDINATED.test(text.slice(list.end(i), list.start(j)).replace(/\s+/g, ' ').trim().toLowerCase())) continue;
    const y = +given.slice(0, 4);
    const tail = list.value(i).slice(4);
    const year = order(`${y}${tail}`) > order(given) ? y - 1 : y;
    list.takeYear(i, String(year), `${list.rule(i)}/year-shared`, !named, named && list.yearUncertain(j));
    if (named) namedAt = i;
  }
  return list;
}

// Dates whose year was not written with them: a month, a day and month, or a season placed by tense, by publication
// or by a year told earlier.
const YEARLESS = /^(?:month|month-day|day-month|season)\//;
// A year the date names itself ("March last year", "next spring").
const OWN_YEAR = /(?:last|this|next|\/ago)-year|weekday-fixes-year|\/year-shared$/;
// A month, a day or a season whose year its own words count from publication: "September last year", "June this year",
// "May two years ago".
const NAMED_YEAR = /^(?:month|month-day|season)\/(?:last|this|next|before-last|after-next|ago)-year$/;
// A month, a day or a season of a year (not a bare year, a week or a clock time).
const PART_OF_YEAR = /^(?:\d{4}|XXXX)-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)$/;
// What stands between two coordinated dates: a comma, "and", "or", a comma and one of them, a preposition repeated;
// or "May" inside a list of months ("April, May and June"), which the tagger leaves alone there as it may be the verb.
const COORDINATED = /^(?:,|(?:, )?(?:and|or|&)(?: (?:in|on|during|by|the))?|, may,? (?:and|or))$/;

// Seasons sort by the month they start in, so that "2008-SU" compares with "2008-07".
const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };
function order(v: string): string {
  return v.replace(/(SP|SU|FA|WI)$/, (s) => SEASON_MONTH[s]);
}
