import { describe, expect, it } from 'vitest';
import { clockTimeRule } from '../../../shared/extract/rules/clock';
import { anaphoricMonthRule, dayMonthYearRule, isoDateRule, monthDayYearRule, monthRule, numericDateRule, ordinalDayRule, relativeMonthRule, secondDayRule } from '../../../shared/extract/rules/dates';
import { dayWordRule, lastNightRule, theWeekendRule, weekdayRule } from '../../../shared/extract/rules/days';
import { durationAdjectiveRule, durationRule } from '../../../shared/extract/rules/durations';
import { agoRule, anaphoricDayRule, beforeLastRule, relativeUnitRule, yearPointRule } from '../../../shared/extract/rules/relative';
import type { Resolution, Resolver, Rule } from '../../../shared/extract/rules/rule';
import { holidayRule, monthsOfYearRule, quarterRule, seasonRule, seasonYearRule } from '../../../shared/extract/rules/seasons';
import { setRule, weekdayPluralRule } from '../../../shared/extract/rules/sets';
import { vagueRule } from '../../../shared/extract/rules/vague';
import { decadeRule, decadeWordsRule, yearRangeTailRule, yearRule } from '../../../shared/extract/rules/years';
import { valueToRange } from '../../../shared/extract/resolve';
import type { Tense } from '../../../shared/extract/tense';
import { parseYmd, type Ymd } from '../../../shared/time-value';

// The tag stage's rules, family by family (shared/extract/rules/), each on its own: its pattern over a
// sentence of ours, its accept check, and its value, with the surroundings (publication day, tense, the
// dates read before) given rather than found. How the engine picks among rules is tagger.test.ts's part.

interface Context {
  dct?: string | null;
  tense?: Tense;
  refDay?: string;
  refDate?: string;
  focus?: 'day' | 'month' | 'year';
}

/** What a rule makes of the first match it accepts in `text`: the matched text and the value it resolves to. */
function apply(rule: Rule, text: string, ctx: Context = {}): (Resolution & { match: string }) | null {
  const dct = ctx.dct === undefined ? parseYmd('2021-03-03') : parseYmd(ctx.dct);
  const day = (s: string | undefined): Ymd | null => (s ? parseYmd(s) : null);
  const re = new RegExp(rule.re.source, rule.re.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (rule.accept && !rule.accept(m, text)) continue;
    const end = m.index + m[0].length;
    const c: Resolver = {
      dct,
      tense: () => ctx.tense ?? 'unknown',
      yearHint: () => null,
      refDay: () => day(ctx.refDay) ?? dct,
      refDate: () => day(ctx.refDate) ?? day(ctx.refDay) ?? dct,
      focus: () => ctx.focus ?? 'day',
      following: () => text.slice(end, end + 40),
      preceding: () => text.slice(Math.max(0, m!.index - 60), m!.index),
    };
    const r = rule.resolve(m, c);
    return r && { match: m[0], ...r };
  }
  return null;
}

describe('rules/dates', () => {
  it('"on the 4th" is a day of the month in focus, or of publication\'s month as the tense places it; "the 4th floor" is none', () => {
    expect(apply(ordinalDayRule, 'The ferry sank on the 4th, when the storm peaked.', { refDate: '2020-11-02', tense: 'past' })).toMatchObject({ match: 'the 4th', value: '2020-11-04' });
    // Published 2021-03-03: a past 20th is February's, a future 1st is April's.
    expect(apply(ordinalDayRule, 'The depot reopened on the 20th.', { tense: 'past' })).toMatchObject({ value: '2021-02-20' });
    expect(apply(ordinalDayRule, 'The depot will reopen on the 1st.', { tense: 'future' })).toMatchObject({ value: '2021-04-01' });
    expect(apply(ordinalDayRule, 'The depot reopened on the 2nd.', { tense: 'past' })).toMatchObject({ value: '2021-03-02' });
    expect(apply(ordinalDayRule, 'She works on the 4th floor.')).toBeNull();
    expect(apply(ordinalDayRule, 'On the 10th anniversary of the flood, the town rebuilt.')).toBeNull();
    // After a bare year the month is unknown.
    expect(apply(ordinalDayRule, 'The mill closed on the 9th.', { focus: 'year', refDate: '1994-01-01' })).toBeNull();
    expect(apply(ordinalDayRule, 'It was signed on the 31st.', { refDate: '2020-11-02' })).toBeNull();
  });

  it('reads ISO and numeric dates, month first', () => {
    expect(apply(isoDateRule, 'Filed 2019-07-04T15:30.')).toMatchObject({ match: '2019-07-04T15:30', type: 'TIME', value: '2019-07-04T15:30' });
    expect(apply(numericDateRule, 'Filed 7/4/19.')).toMatchObject({ value: '2019-07-04', explicitYear: true });
    expect(apply(isoDateRule, 'Filed 2019-02-30.')).toBeNull();
  });

  it('reads a month and day, with its year or without', () => {
    expect(apply(monthDayYearRule, 'on Aug. 7, 1998 the embassy')).toMatchObject({ match: 'Aug. 7, 1998', value: '1998-08-07', rule: 'explicit-date' });
    expect(apply(dayMonthYearRule, 'on the 7th of August 1998')).toMatchObject({ value: '1998-08-07' });
    // No year: the tense and the publication day choose it (a past day after 3 March is last year's).
    expect(apply(monthDayYearRule, 'It opened on March 1.', { tense: 'past' })).toMatchObject({ value: '2021-03-01' });
    expect(apply(monthDayYearRule, 'It opened on October 30.', { tense: 'past' })).toMatchObject({ value: '2020-10-30' });
    expect(apply(monthDayYearRule, 'It will open on April 1.', { tense: 'future' })).toMatchObject({ value: '2021-04-01' });
  });

  it('a day in apposition to an ordinal day is a day of the happening in focus, in its year', () => {
    // Published 2021-03-03; the story is at "the regatta last year" (2020). By tense alone a past 9 February is 2021's.
    const second = apply(monthDayYearRule, 'She capsized on the second day, on Feb. 9, and swam ashore.', { tense: 'past', focus: 'year', refDate: '2020-01-01' });
    expect(second).toMatchObject({ value: '2020-02-09', rule: 'month-day/day-of-focus', counted: true });
    expect(second?.yearUncertain).toBeUndefined();
    // After a day in focus, the first such day on or after it: a fair opening on 30 December runs into January.
    expect(apply(monthDayYearRule, 'On the final day, Jan. 2, the stalls were packed.', { tense: 'past', refDay: '2019-12-30' })).toMatchObject({ value: '2020-01-02' });
    // Without an ordinal day, or with no date told before it, the tense places it; "the second day of the trial" names
    // its own happening.
    expect(apply(monthDayYearRule, 'She capsized on Feb. 9 and swam ashore.', { tense: 'past', focus: 'year', refDate: '2020-01-01' })).toMatchObject({ value: '2021-02-09', rule: 'month-day/past-tense' });
    expect(apply(monthDayYearRule, 'She capsized on the second day, on Feb. 9.', { tense: 'past' })).toMatchObject({ value: '2021-02-09' });
    expect(apply(monthDayYearRule, 'He spoke on the second day of the trial, on Feb. 9.', { tense: 'past', focus: 'year', refDate: '2020-01-01' })).toMatchObject({ value: '2021-02-09' });
  });

  it('lets a written weekday settle the year', () => {
    // 5 March fell on a Friday in 2021.
    expect(apply(monthDayYearRule, 'on Friday, March 5')).toMatchObject({ value: '2021-03-05', rule: 'month-day/weekday-fixes-year' });
  });

  it('a weekday never puts a past day long after publication, and a match years away is a guess', () => {
    // Published 10 October 2019. 6 May was a Wednesday in 2015 and 2020, not in 2019.
    const closed = apply(monthDayYearRule, 'The market closed on Wednesday, May 6.', { dct: '2019-10-10', tense: 'past' });
    expect(closed).toMatchObject({ value: '2015-05-06', yearUncertain: true });
    // Told in the future it is the coming one, next year's: near enough to be settled by the weekday.
    expect(apply(monthDayYearRule, 'The market will close on Wednesday, May 6.', { dct: '2019-10-10', tense: 'future' })).toMatchObject({ value: '2020-05-06' });
    // A weekday that fits the publication year or the one before settles it outright.
    const near = apply(monthDayYearRule, 'The market closed on Monday, May 6.', { dct: '2019-10-10', tense: 'past' });
    expect(near).toMatchObject({ value: '2019-05-06', rule: 'month-day/weekday-fixes-year' });
    expect(near?.yearUncertain).toBeUndefined();
  });

  it('not a month-day when a percentage or a day range follows', () => {
    expect(apply(monthDayYearRule, 'a May 5 percent rise')).toBeNull();
  });

  it('"last Oct. 23", "next May 5": the nearest such day before or after publication, not the month', () => {
    // Publication 3 March 2021.
    expect(apply(relativeMonthRule, 'The shop burned down last Oct. 23 in the night.')).toMatchObject({ match: 'last Oct. 23', value: '2020-10-23' });
    expect(apply(relativeMonthRule, 'It reopened last March 1.')).toMatchObject({ value: '2021-03-01' });
    expect(apply(relativeMonthRule, 'The vote is due next March 1.')).toMatchObject({ value: '2022-03-01' });
    expect(apply(relativeMonthRule, 'The vote is due next May 5.')).toMatchObject({ value: '2021-05-05' });
    // A number that is no day leaves the month alone.
    expect(apply(relativeMonthRule, 'Prices rose last May 5 percent.')).toMatchObject({ match: 'last May', value: '2020-05' });
  });

  it('"the following January" counts from the month in focus, not from publication', () => {
    expect(apply(anaphoricMonthRule, 'She was elected in November 2012 and sworn in the following January.', { refDate: '2012-11-01' })).toMatchObject({
      match: 'the following January',
      value: '2013-01',
    });
    expect(apply(anaphoricMonthRule, 'The bridge opened in May 2004; the previous March it failed a test.', { refDate: '2004-05-01' })).toMatchObject({ value: '2004-03' });
    expect(apply(anaphoricMonthRule, 'the next May', { refDate: '2004-05-01' })).toMatchObject({ value: '2005-05' });
    expect(apply(anaphoricMonthRule, 'the next march of the season')).toBeNull();
  });

  it('the second day of "April 24 and 25"', () => {
    expect(apply(secondDayRule, 'on October 24 and 25', { tense: 'past' })).toMatchObject({ match: '25', value: '2020-10-25' });
  });

  it('"May" and "March" are months only after a word that introduces a date', () => {
    expect(apply(monthRule, 'He may march on.')).toBeNull();
    expect(apply(monthRule, 'It rained in May.', { tense: 'past' })).toMatchObject({ match: 'May' });
    expect(apply(monthRule, 'It rained during August.', { tense: 'past' })).toMatchObject({ value: '2020-08' });
    // The word that introduces it may open the sentence.
    expect(apply(monthRule, 'In March, the ferry stopped running.', { tense: 'past' })).toMatchObject({ match: 'March', value: '2021-03' });
    expect(apply(monthRule, 'Until May the road stays shut.', { tense: 'future' })).toMatchObject({ match: 'May', value: '2021-05' });
    expect(apply(monthRule, 'March on, they said. May it last.')).toBeNull();
    // After "the", a month when a noun follows it, and not before "of".
    expect(apply(monthRule, 'The May vote was close.', { tense: 'past' })).toMatchObject({ match: 'May', value: '2020-05' });
    expect(apply(monthRule, 'She walked in the March of Dimes.')).toBeNull();
    expect(apply(monthRule, 'They joined the march.')).toBeNull();
  });
});

describe('rules/years', () => {
  it('a year, but not a count or an amount', () => {
    expect(apply(yearRule, 'The mill closed in 1998.')).toMatchObject({ value: '1998', explicitYear: true });
    expect(apply(yearRule, 'The march drew 2000 people.')).toBeNull();
    expect(apply(yearRule, 'It cost $1999.')).toBeNull();
  });

  it('a number in a name or a level reached is no year; a level "of 1990" still is', () => {
    expect(apply(yearRule, 'The council invoked Resolution 1973 again.')).toBeNull();
    expect(apply(yearRule, 'Trucks use Route 2010 to reach the port.')).toBeNull();
    expect(apply(yearRule, 'The gauge fell to 1990 before noon.')).toBeNull();
    expect(apply(yearRule, 'The share index closed at 2001, a record.')).toBeNull();
    expect(apply(yearRule, 'Output fell to 1990 levels.')).toMatchObject({ value: '1990' });
    expect(apply(yearRule, 'The dam was closed in 2001.')).toMatchObject({ value: '2001' });
  });

  it('the short end of a year range, and decades', () => {
    expect(apply(yearRangeTailRule, 'in 1979-89')).toMatchObject({ match: '89', value: '1989' });
    expect(apply(yearRangeTailRule, 'in 1989-79')).toBeNull();
    expect(apply(decadeRule, 'in the mid-1980s')).toMatchObject({ match: '1980s', value: '198X' });
    expect(apply(decadeRule, "back in the '90s")).toMatchObject({ value: '199X', rule: 'decade/short' });
  });

  it('a decade in words after "the" is the latest one begun by publication; an age or a temperature is none', () => {
    expect(apply(decadeWordsRule, 'The band peaked in the eighties.')).toMatchObject({ match: 'eighties', value: '198X' });
    expect(apply(decadeWordsRule, 'Rents doubled in the late Nineties.')).toMatchObject({ match: 'Nineties', value: '199X' });
    expect(apply(decadeWordsRule, 'Fashion from the twenties is back.', { dct: '2031-05-01' })).toMatchObject({ value: '202X' });
    expect(apply(decadeWordsRule, 'Fashion from the twenties is back.', { dct: '2019-05-01' })).toMatchObject({ value: '192X' });
    expect(apply(decadeWordsRule, 'The coach is in his fifties.')).toBeNull();
    expect(apply(decadeWordsRule, 'Afternoon highs will climb into the nineties.')).toBeNull();
    expect(apply(decadeWordsRule, 'The lake stayed in the forties degrees all week.')).toBeNull();
  });
});

describe('rules/seasons', () => {
  it('a season with its year, and one placed by tense', () => {
    expect(apply(seasonYearRule, 'in the summer of 2018')).toMatchObject({ value: '2018-SU', explicitYear: true });
    // Said in March, "next summer" is the one after this year's, which the writer would call "this summer" (round 57).
    expect(apply(seasonRule, 'It will reopen next summer.')).toMatchObject({ value: '2022-SU', rule: 'season/next' });
  });

  it('"the fall of Kabul" is an event, not a season', () => {
    expect(apply(seasonRule, 'after the fall of Kabul')).toBeNull();
  });

  it('"the fall in prices" is a drop, "in the fall" the season', () => {
    expect(apply(seasonRule, 'The fall in wheat prices hurt the growers.')).toBeNull();
    expect(apply(seasonRule, 'Analysts blamed the fall from grace on the scandal.')).toBeNull();
    expect(apply(seasonRule, 'The mill shut in the fall in a dispute over wages.', { tense: 'past' })).toMatchObject({ match: 'fall', value: '2020-FA' });
    expect(apply(seasonRule, 'The harvest ends by the fall.', { tense: 'future' })).toMatchObject({ value: '2021-FA' });
  });

  it('"the winter wheat" is a crop, "in the winter" the season (branch z1)', () => {
    expect(apply(seasonRule, 'Hail flattened the winter wheat near the border.')).toBeNull();
    expect(apply(seasonRule, 'Growers sowed the spring barley late.')).toBeNull();
    expect(apply(seasonRule, 'The canal froze in the winter.', { tense: 'past' })).toMatchObject({ match: 'winter' });
  });

  it('quarters and halves', () => {
    expect(apply(quarterRule, 'in the second quarter of 2019')).toMatchObject({ value: '2019-Q2', explicitYear: true });
    expect(apply(quarterRule, 'in the first half')).toMatchObject({ value: '2021-H1' });
    // As an adjective, placed like the noun: a quarter reported in the past has ended.
    expect(apply(quarterRule, 'Fourth-quarter sales fell sharply.', { tense: 'past' })).toMatchObject({ match: 'Fourth-quarter', value: '2020-Q4' });
    expect(apply(quarterRule, 'The bakery expects strong first-quarter sales.')).toMatchObject({ match: 'first-quarter', value: '2021-Q1' });
    // A year written before it, as a possessive, is its year: "2019's fourth quarter".
    expect(apply(quarterRule, 'Profits in 2019\'s fourth quarter were a record.', { tense: 'past' })).toMatchObject({ match: "2019's fourth quarter", value: '2019-Q4', explicitYear: true });
    expect(apply(quarterRule, 'Orders in last year\'s second half slowed.', { tense: 'past' })).toMatchObject({ value: '2020-H2' });
    // Hyphenated halves are left alone: "a first-half goal" is sport.
    // "of the year" belongs to the expression; with no year in the sentence it is placed as the bare half is.
    expect(apply(quarterRule, 'Exports will recover in the second half of the year.')).toMatchObject({ match: 'the second half of the year', value: '2021-H2' });
    expect(apply(quarterRule, 'Exports slumped in the second half of the year.', { tense: 'past' })).toMatchObject({ match: 'the second half of the year', value: '2020-H2' });
    expect(apply(quarterRule, 'He scored a first-half goal.')).toBeNull();
  });

  it('holidays, named with a year or placed by tense', () => {
    expect(apply(holidayRule, 'on Christmas Eve 2019')).toMatchObject({ value: '2019-12-24' });
    expect(apply(holidayRule, 'Stores closed on Thanksgiving.', { tense: 'past' })).toMatchObject({ value: '2020-11-26' });
    expect(apply(holidayRule, 'over Easter', { tense: 'future' })).toMatchObject({ value: '2021-04-04' });
  });

  it('"the Christmas of 1994", "the Christmas season of 1994": the year after "of" is the holiday\'s', () => {
    expect(apply(holidayRule, 'the toy sold out in the Christmas of 1994', { tense: 'past' })).toMatchObject({ value: '1994-12-25' });
    expect(apply(holidayRule, 'the toy sold out in the Christmas season of 1994', { tense: 'past' })).toMatchObject({ value: '1994-12-25', mod: 'APPROX' });
  });

  it('"Easter week", "Christmas week": the week the holiday falls in, begun once its Monday has passed', () => {
    // Easter 2021 fell on 4 April (week 13, 29 March to 4 April); publication on Tuesday 30 March is inside it.
    expect(apply(holidayRule, 'Pilgrims arrived as Easter week began.', { dct: '2021-03-30', tense: 'past' })).toMatchObject({ match: 'Easter week', value: '2021-W13' });
    // Before that Monday, a past Easter week is the year before's (Easter 2020: 12 April, week 15).
    expect(apply(holidayRule, 'The pilgrims came in Easter week.', { tense: 'past' })).toMatchObject({ value: '2020-W15' });
    expect(apply(holidayRule, 'The shops will shut over Christmas week.', { tense: 'future' })).toMatchObject({ value: '2021-W51' });
  });
});

describe('rules/seasons: counted months of a year', () => {
  it('"the first five months of the year" covers January to May; "the final three months of last year" October to December', () => {
    // Published 2021-03-03.
    expect(apply(monthsOfYearRule, 'Output fell in the final three months of last year.', { tense: 'past' })).toMatchObject({ value: '2020', exact: { start: '2020-10', end: '2020-12' } });
    expect(apply(monthsOfYearRule, 'Output rose in the first nine months of 2018.', { tense: 'past' })).toMatchObject({ value: '2018', explicitYear: true, exact: { start: '2018-01', end: '2018-09' } });
    expect(apply(monthsOfYearRule, 'Output will rise in the first two months of the year.', { tense: 'future' })).toMatchObject({ exact: { start: '2021-01', end: '2021-02' } });
    // Told in the past in March, the first five months of "the year" are last year's: this year's are not over.
    expect(apply(monthsOfYearRule, 'Output rose in the first five months of the year.', { tense: 'past' })).toMatchObject({ exact: { start: '2020-01', end: '2020-05' } });
    expect(apply(monthsOfYearRule, 'Output rose in the first twelve months of the year.', { tense: 'past' })).toBeNull();
  });
});

describe('rules/days', () => {
  // 3 March 2021 was a Wednesday.
  it('a weekday looks back unless the verb points ahead', () => {
    expect(apply(weekdayRule, 'It opened on Monday.', { tense: 'past' })).toMatchObject({ value: '2021-03-01' });
    expect(apply(weekdayRule, 'It opens on Monday.', { tense: 'future' })).toMatchObject({ value: '2021-03-08' });
    expect(apply(weekdayRule, 'It opened last Wednesday.')).toMatchObject({ value: '2021-02-24', rule: 'weekday/last' });
    expect(apply(weekdayRule, 'on Friday night', { tense: 'past' })).toMatchObject({ match: 'Friday night', value: '2021-02-26', rule: 'weekday/past-tense+part' });
  });

  it('a weekday set after a date ("on May 14, a Friday") is that date\'s day, no day of its own', () => {
    // 14 May 2021 and 14 May 1954 were Fridays.
    expect(apply(weekdayRule, 'The ferry sank on May 14, a Friday, in a gale.', { tense: 'past', refDay: '2021-05-14' })).toMatchObject({ value: '2021-05-14', rule: 'weekday/apposed-to-date' });
    expect(apply(weekdayRule, 'The ferry sank on 14 May 1954, which was a Friday.', { refDay: '1954-05-14' })).toMatchObject({ value: '1954-05-14', rule: 'weekday/apposed-to-date' });
    // Not set after the date: the weekday is read as any other.
    expect(apply(weekdayRule, 'The ferry sank on May 14, and a Friday service replaced it.', { tense: 'past', refDay: '2021-05-14' })).toMatchObject({ rule: 'weekday/past-tense' });
    // Not its day: "a Friday" then names no week of its own (round 39), and the date dates the clause.
    expect(apply(weekdayRule, 'The ferry sank on May 13, a Friday, in a gale.', { tense: 'past', refDay: '2021-05-13' })).toBeNull();
  });

  it('a possessive weekday with an outcome noun has already happened', () => {
    expect(apply(weekdayRule, "Friday's ruling", { tense: 'future' })).toMatchObject({ value: '2021-02-26', rule: 'weekday/possessive-outcome' });
  });

  it('today, yesterday, tomorrow, last night, the weekend', () => {
    expect(apply(dayWordRule, 'It ended yesterday.')).toMatchObject({ value: '2021-03-02' });
    expect(apply(dayWordRule, 'the day after tomorrow')).toMatchObject({ value: '2021-03-05' });
    expect(apply(dayWordRule, 'It ended yesterday.', { dct: null })).toMatchObject({ value: 'PAST_REF' });
    expect(apply(lastNightRule, 'It ended last night.')).toMatchObject({ type: 'DATE', value: '2021-03-02', rule: 'part-of-day+part' });
    expect(apply(dayWordRule, 'The vote is tonight.')).toMatchObject({ type: 'DATE', value: '2021-03-03' });
    const weekend = apply(theWeekendRule, 'It ended over the weekend.', { tense: 'past' })!;
    expect(valueToRange(weekend.value)).toEqual({ start: '2021-02-27', end: '2021-02-28' });
    // A day of a known month or year is placed at that month or year.
    expect(valueToRange('2019-03-XX')).toEqual({ start: '2019-03' });
    expect(valueToRange('2019-XX-XX')).toEqual({ start: '2019' });
  });
});

describe('rules/relative', () => {
  it('"the past weekend" is the last one before publication\'s week, as "last weekend" is; "year\'s end" is "year-end"', () => {
    // Published Wednesday 2021-03-03 (ISO week 9): the past weekend is February 27-28, in week 8.
    expect(apply(relativeUnitRule, 'Crews cleared the roads over the past weekend.')).toMatchObject({ match: 'the past weekend', value: '2021-W8-WE' });
    expect(apply(yearPointRule, 'The depot will be sold by year\'s end.', { tense: 'future' })).toMatchObject({ match: "year's end", value: '2021', mod: 'END' });
  });

  it('"a week from Friday" counts forward from the weekday named, one expression', () => {
    // Published Wednesday 2021-03-03: the coming Friday is March 5.
    expect(apply(agoRule, 'The hearing will resume a week from Friday.', { tense: 'future' })).toMatchObject({ match: 'a week from Friday', value: '2021-03-12' });
    expect(apply(agoRule, 'The vote is two weeks from next Tuesday.', { tense: 'future' })).toMatchObject({ match: 'two weeks from next Tuesday', value: '2021-03-23' });
    expect(apply(agoRule, 'He moved the vote from Friday to Monday.')).toBeNull();
  });

  it('"the week before last" and "the year after next" are two units from publication\'s', () => {
    // Published Wednesday 2021-03-03, in ISO week 9.
    expect(apply(beforeLastRule, 'The pumps failed the week before last.')).toMatchObject({ match: 'the week before last', value: '2021-W7' });
    expect(apply(beforeLastRule, 'The road reopens the month after next.')).toMatchObject({ value: '2021-05' });
    expect(apply(beforeLastRule, 'The bridge was closed the year before last.')).toMatchObject({ value: '2019' });
    expect(apply(beforeLastRule, 'The guests had arrived the week before.')).toBeNull();
  });

  it('"a fortnight later" is two weeks on from the day in focus, "a fortnight ago" two weeks back from publication', () => {
    expect(apply(agoRule, 'The pier reopened a fortnight later.', { tense: 'past', refDay: '2020-06-10' })).toMatchObject({ match: 'a fortnight later', value: '2020-W26', exact: { start: '2020-06-24' }, counted: true });
    expect(apply(agoRule, 'The pier reopened three fortnights later.', { tense: 'past', refDay: '2020-06-10' })).toMatchObject({ exact: { start: '2020-07-22' } });
    // Published Wednesday 2021-03-03.
    expect(apply(agoRule, 'The pier closed a fortnight ago.', { tense: 'past' })).toMatchObject({ exact: { start: '2021-02-17' } });
  });

  it('"a week from today" counts forward from publication, like "from now"', () => {
    expect(apply(agoRule, 'The new rules apply two days from today.')).toMatchObject({ match: 'two days from today', value: '2021-03-05' });
  });

  it('"the next day" counts from the day in focus, "that year" from the year in focus', () => {
    expect(apply(anaphoricDayRule, 'the next day', { refDay: '2019-06-30' })).toMatchObject({ value: '2019-07-01' });
    expect(apply(anaphoricDayRule, 'later that year', { refDate: '2015-01-01' })).toMatchObject({ value: '2015' });
    // "the day before" closing its clause is "the previous day"; before a happening it is no anaphor of its own.
    expect(apply(anaphoricDayRule, 'The guests had arrived the day before.', { refDay: '2019-06-30' })).toMatchObject({ match: 'the day before', value: '2019-06-29' });
    expect(apply(anaphoricDayRule, 'The week after, the roads reopened.', { refDay: '2019-06-30' })).toMatchObject({ value: '2019-W27' });
    expect(apply(anaphoricDayRule, 'They met the day before the hearing.', { refDay: '2019-06-30' })).toBeNull();
    // With a month or a year in focus, the day is one of it that the text does not name.
    expect(apply(anaphoricDayRule, 'the roads closed that same day', { refDate: '2019-03-01', focus: 'month' })).toMatchObject({ value: '2019-03-XX', rule: 'anaphoric/month-in-focus' });
    expect(apply(anaphoricDayRule, 'that morning', { refDate: '2019-01-01', focus: 'year' })).toMatchObject({ value: '2019-XX-XX' });
  });

  it('"year-end", "midyear" and "the year-earlier quarter" are points of a year', () => {
    expect(apply(yearPointRule, 'Cash fell at year-end.', { tense: 'past', dct: '2021-07-01' })).toMatchObject({ match: 'year-end', value: '2021', mod: 'END' });
    // Early in a year, a year-end told in the past is the last one.
    expect(apply(yearPointRule, 'Cash fell at year end.', { tense: 'past', dct: '2021-02-01' })).toMatchObject({ match: 'year end', value: '2020', mod: 'END' });
    expect(apply(yearPointRule, 'The mill reopens by midyear.', { tense: 'future', dct: '2021-10-01' })).toMatchObject({ value: '2022', mod: 'MID' });
    expect(apply(yearPointRule, 'It was sold last year-end.')).toMatchObject({ value: '2020', mod: 'END' });
    expect(apply(yearPointRule, 'Sales beat the year-earlier quarter.', { refDate: '2020-07-01' })).toMatchObject({ value: '2019', rule: 'year-point/year-earlier' });
    expect(apply(yearPointRule, 'each year ending in June')).toBeNull();
  });

  it('"last year", "next month", and "the past year" as a stretch up to now', () => {
    expect(apply(relativeUnitRule, 'last year')).toMatchObject({ type: 'DATE', value: '2020' });
    expect(apply(relativeUnitRule, 'next month')).toMatchObject({ value: '2021-04' });
    expect(apply(relativeUnitRule, 'over the past year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    // "the latest quarter" is the last one reported, before publication's (Q1 2021 on 3 March 2021).
    expect(apply(relativeUnitRule, 'Sales in the latest quarter fell.')).toMatchObject({ match: 'the latest quarter', type: 'DATE', value: '2020-Q4' });
  });

  it('"ago" counts from publication, "later" from the narrative', () => {
    expect(apply(agoRule, 'three days ago')).toMatchObject({ value: '2021-02-28', rule: 'ago/ago' });
    expect(apply(agoRule, 'two years later', { refDate: '2010-01-01' })).toMatchObject({ value: '2012' });
    expect(apply(agoRule, 'about a decade ago')).toMatchObject({ value: '2011', mod: 'APPROX' });
    expect(apply(agoRule, 'several years ago')).toMatchObject({ value: 'PAST_REF' });
    // "before"/"after" closing the clause count from the narrative like "earlier"/"later".
    expect(apply(agoRule, 'Two days before, the bridge had closed.', { refDay: '2010-05-10' })).toMatchObject({ match: 'Two days before', value: '2010-05-08' });
    expect(apply(agoRule, 'They married a year after.', { refDate: '2010-01-01' })).toMatchObject({ value: '2011' });
    expect(apply(agoRule, 'She left two days before the vote.')).toBeNull();
  });

  it('halves count in the next smaller unit: "half a century ago", "a year and a half ago"', () => {
    expect(apply(agoRule, 'The dam went up half a century ago.')).toMatchObject({ match: 'half a century ago', value: '1971' });
    expect(apply(agoRule, 'She left a year and a half ago.')).toMatchObject({ match: 'a year and a half ago', value: '2019-09' });
    expect(apply(agoRule, 'Half an hour later the doors opened.', { refDay: '2020-12-01' })).toMatchObject({ value: '2020-12-01', rule: 'ago/later' });
  });
});

describe('rules/durations', () => {
  it('a counted stretch, with its qualifier', () => {
    expect(apply(durationRule, 'for more than three weeks')).toMatchObject({ type: 'DURATION', value: 'P3W', mod: 'MORE_THAN' });
    expect(apply(durationAdjectiveRule, 'a two-day visit')).toMatchObject({ value: 'P2D' });
  });

  it('halves: "half an hour", "an hour and a half", "a year and a half"', () => {
    expect(apply(durationRule, 'The hearing lasted half an hour.')).toMatchObject({ match: 'half an hour', value: 'PT30M' });
    expect(apply(durationRule, 'The hearing lasted an hour and a half.')).toMatchObject({ match: 'an hour and a half', value: 'PT1H30M' });
    expect(apply(durationRule, 'The siege went on for a year and a half.')).toMatchObject({ match: 'a year and a half', value: 'P1Y6M' });
  });

  it('a bare plural is a duration only after a word that asks for one', () => {
    expect(apply(durationRule, 'They waited for years.')).toMatchObject({ match: 'years' });
    expect(apply(durationRule, 'Years passed.')).toBeNull();
    // Decades and centuries are written in years whether counted or not.
    expect(apply(durationRule, 'The feud went on for decades.')).toMatchObject({ match: 'decades', value: 'PXY' });
    expect(apply(durationAdjectiveRule, 'a decades-long feud')).toMatchObject({ value: 'PXY' });
    expect(apply(durationRule, 'a feud of four decades')).toMatchObject({ value: 'P40Y' });
  });
});

describe('rules/sets', () => {
  it('habits and schedules', () => {
    expect(apply(setRule, 'open every Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(apply(setRule, 'twice a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(apply(weekdayPluralRule, 'closed on Tuesdays')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2' });
  });

  it('a rate of time per unit is one SET of that unit, not a duration and a day', () => {
    expect(apply(setRule, 'The hotline is staffed 24 hours a day.')).toMatchObject({ match: '24 hours a day', type: 'SET', value: 'P1D' });
    expect(apply(setRule, 'Nurses work three days a week.')).toMatchObject({ match: 'three days a week', type: 'SET', value: 'P1W' });
    expect(apply(setRule, 'He trains 90 minutes per day.')).toMatchObject({ match: '90 minutes per day', value: 'P1D' });
  });

  it('"daily" before a name is a newspaper', () => {
    expect(apply(setRule, 'the party daily Granma')).toBeNull();
  });
});

describe('rules/clock and rules/vague', () => {
  it('"high noon" and "the midnight oil" are idioms, not times of day', () => {
    expect(apply(clockTimeRule, 'For the union, high noon arrives with the vote.')).toBeNull();
    expect(apply(clockTimeRule, 'Clerks burned the midnight oil before the audit.')).toBeNull();
    expect(apply(clockTimeRule, 'The polls close at midnight.')).toMatchObject({ value: '2021-03-03T24:00' });
  });

  it('a clock time takes the day the narrative is at', () => {
    expect(apply(clockTimeRule, 'at 3:30 p.m.', { refDay: '2021-03-01' })).toMatchObject({ type: 'TIME', value: '2021-03-01T15:30' });
    expect(apply(clockTimeRule, 'The score was 4:30.')).toBeNull();
    expect(apply(clockTimeRule, 'until 4:30')).toMatchObject({ value: '2021-03-03T04:30' });
  });

  it('a time zone after a 24-hour time is part of the expression', () => {
    expect(apply(clockTimeRule, 'The minister spoke at 09:15 GMT on the radio.', { refDay: '2021-03-01' })).toMatchObject({ match: '09:15 GMT', value: '2021-03-01T09:15' });
    expect(apply(clockTimeRule, 'The ferry left at 18:40 CEST as planned.', { refDay: '2021-03-01' })).toMatchObject({ match: '18:40 CEST' });
  });

  it('vague references, but not "now that" or "soon"', () => {
    expect(apply(vagueRule, 'It happened long ago.')).toMatchObject({ value: 'PAST_REF' });
    expect(apply(vagueRule, 'Prices are rising now.')).toMatchObject({ value: 'PRESENT_REF' });
    expect(apply(vagueRule, 'Now that it rains, we stay.')).toBeNull();
    expect(apply(vagueRule, 'It will end soon.')).toBeNull();
    // A possessed "future" is the time to come; futures contracts and the future tense are not.
    expect(apply(vagueRule, "Nobody can say what the orchard's future holds.")).toMatchObject({ match: 'future', value: 'FUTURE_REF' });
    expect(apply(vagueRule, 'The twins worry about their future.')).toMatchObject({ match: 'future', value: 'FUTURE_REF' });
    expect(apply(vagueRule, 'Traders sold the future contracts.')).toBeNull();
    expect(apply(vagueRule, 'Put the verb in the future tense.')).toBeNull();
  });
});
