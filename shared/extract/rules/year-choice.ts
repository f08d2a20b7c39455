import { fmtDay, toDayNumber, type Ymd } from '../../time-value';
import { HABIT_WORD, holdsPastForm, listEntryHead, PART_OF_DAY_ALTS, SEASON_FIRST_MONTH, seasonMonths, WEEKDAY_RE } from '../lexicon';
import { pad2, type Resolution, type Resolver } from './rule';
import { storyYear, type StoryYear } from './story-year';

// The year of a month or a day written without one: from a year stated nearby, or from the tense and the
// publication date.

interface YearChoice {
  year: number;
  rule: string;
  uncertain: boolean;
  /** The year is the date in focus's, as a count's is (the tagger then judges it as it judges counts). */
  counted?: boolean;
}

// "I crashed on the second day, on May 17": an ordinal day of some happening, the date in apposition to it. Only the
// bare noun phrase: "the second day of the trial" names its own happening, which need not be the one in focus.
const ORDINAL_DAY_LEAD = /\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|last|opening|closing)\s+day,?\s+(?:on\s+)?$/i;

/**
 * The year of a day told in apposition to an ordinal day ("on the second day, on May 17"): the day of the happening
 * the story is at, so the year of the date in focus, not the tense's (the story may be at "the race last year").
 * The first such day on or after the date in focus; null when no date was told (the publication date is in focus).
 */
function dayOfFocus(month: number, day: number, c: Resolver): number | null {
  if (!ORDINAL_DAY_LEAD.test(c.preceding())) return null;
  const focus = c.focus();
  const ref = focus === 'day' ? c.refDay() : c.refDate(focus);
  if (!ref || ref === c.dct) return null;
  const onOrAfter = focus === 'year' || month > ref.m || (month === ref.m && (focus === 'month' || day >= ref.d));
  const year = onOrAfter ? ref.y : ref.y + 1;
  // A day told in the past is not after publication.
  const dct = c.dct;
  const late = !!dct && c.tense() === 'past' && toDayNumber({ y: year, m: month, d: Math.min(day, 28) }) > toDayNumber(dct);
  return late ? null : year;
}

/**
 * "Last May: The mill shuts. ¶ February: A buyer is found.": a date heading its paragraph before a colon is an entry of
 * a dated list, and such a list runs in order, told in the present whatever its time; so a yearless month or day there
 * is the first such on or after the entry before it (the month or day in focus), not the one nearest publication.
 * Only after an entry before publication's month (an opening paragraph about what is still to come sets no order), and
 * not for a date told in the future. Null for any other date.
 * The order is the heads': after an entry headed by a year alone ("1987 - A gale in October; limes are planted the
 * following March."), a month or day its body told is that entry's, and a yearless head after it ("October 15 - …")
 * gives no sign of going on from it, as a list that writes the years of its old entries and leaves off the year of
 * writing comes back to that year.
 */
function listEntryYear(month: number, day: number | undefined, c: Resolver, dct: Ymd): number | null {
  if (!listEntryHead(c.preceding(), c.following()) || c.tense() === 'future' || c.entryBeforeYearOnly?.()) return null;
  const focus = c.focus();
  const ref = focus === 'day' ? c.refDay() : focus === 'month' ? c.refDate('month') : null;
  if (!ref || ref === dct || ref.y * 12 + ref.m >= dct.y * 12 + dct.m) return null;
  const onOrAfter = month > ref.m || (month === ref.m && (day === undefined || focus === 'month' || day >= ref.d));
  return onOrAfter ? ref.y : ref.y + 1;
}

/** Days after the last day written with its year within which a past month-day goes on from it. */
const STORY_DAYS = 62;

/**
 * Without a publication date, the year of a past month-day that falls within weeks after the last day written with
 * its year (in that year or, across New Year, the next), unless a later year was written since; null otherwise.
 */
function dayAfterWritten(month: number, day: number, c: Resolver, since: number | undefined): number | null {
  const ref = c.writtenDay?.();
  if (!ref || (since !== undefined && since > ref.y)) return null;
  for (const y of [ref.y, ref.y + 1]) {
    const gap = toDayNumber({ y, m: month, d: Math.min(day, 28) }) - toDayNumber(ref);
    if (gap >= 0 && gap <= STORY_DAYS) return y;
  }
  return null;
}

/** Years between a year written paragraphs back and the latest the article writes that make the first background. */
const OLD_BACKGROUND = 10;

/**
 * Picks the year of a month (and day) written without one. A year stated earlier in the paragraph wins;
 * otherwise the tense of the governing verb places it before or after the publication date; a past event
 * whose day lies months after the publication day is put in the previous year but marked uncertain, since
 * news style names the year of anything that long ago and its absence means we cannot know it.
 */
export function chooseYear(month: number, day: number | undefined, c: Resolver, kind: string): YearChoice | null {
  const hint = usableHint(month, c);
  // In news, a year named earlier in a paragraph is usually background ("in 1990 …") while an undated
  // month is recent, so the stated year wins only within its own sentence, without a publication date,
  // or when the publication date leaves the year in doubt (guessed, below).
  const dct = c.dct;
  const entry = entryYear(month, hint, c);
  if (entry !== null) return { year: entry, rule: `${kind}/year-of-list-entry`, uncertain: false };
  const latest = dct ? null : (c.textYear?.() ?? null);
  if (hint && !conflictsWithTense(hint.year, c) && (hint.scope === 'sentence' || (!dct && hint.scope === 'paragraph' && !aheadOfOlder(hint.year, latest, c) && !backgroundInParagraph(hint, latest)))) {
    // Without a publication date to check it against, a year from another sentence (or from an aside: "which has
    // run since 2011, will close on March 31") is the likelier reading, but a guess, and says so.
    // Nor, without one, is a month still ahead of what the sentence tells ("said the plan was approved in 2002 and that
    // work was due to begin in May"): a plan may fall in the year written or any after it.
    return { year: hint.year, rule: `${kind}/year-in-${hint.scope}`, uncertain: hint.scope !== 'sentence' || (!dct && c.tense() === 'future') };
  }
  if (!dct) {
    const written = c.yearHint();
    // A year from paragraphs back that lies far before the latest the article writes is background ("founded in 1911"),
    // not the story's: a month told after it is likelier in the story's years, still a guess.
    // A year written with its month ("on 9 September 2011") is a day of the story, which may go on from it.
    // "Nineteen people died in the landslip of January 25, 1992. … The last body was recovered on January 28": a past
    // day told within weeks after the last day written with its year goes on from it, when only older years were
    // written since (background: "closed in 1979", "inspected in the autumn of 1991").
    const after = day !== undefined && c.tense() === 'past' ? dayAfterWritten(month, day, c, written?.year) : null;
    if (after !== null) return { year: after, rule: `${kind}/after-written-day`, uncertain: true };
    if (written && ((!written.month && latest !== null && latest - written.year >= OLD_BACKGROUND) || aheadOfOlder(written.year, latest, c))) return { year: aroundWriting(month, latest!, c), rule: `${kind}/latest-year-in-text`, uncertain: true };
    // Likewise any year older than the guessed year of writing that the date's sentence does not go on from (its own,
    // another predicate's, or the happening's told just before, as `guessed` weighs a year with a publication date):
    // in "The firm was founded in 2011. … ¶ In February, an inquiry found …" the month is the story's, not 2011's.
    if (written && latest !== null && written.year < latest && !goesOnFromYear(written)) return { year: aroundWriting(month, latest, c), rule: `${kind}/latest-year-in-text`, uncertain: true };
    if (written) return { year: written.year, rule: `${kind}/year-in-text`, uncertain: true };
    // A month written before any year ("The shop opened on May 4. … It had traded since 1990"): the story's own months
    // are likeliest in the latest year the text writes, and that is only a guess.
    return latest === null ? null : { year: aroundWriting(month, latest, c), rule: `${kind}/latest-year-in-text`, uncertain: true };
  }
  const named = monthNamedJustBefore(month, day, c, hint, dct);
  if (named !== null) return { year: named, rule: `${kind}/month-named-before`, uncertain: false };
  const listed = listEntryYear(month, day, c, dct);
  if (listed !== null) return { year: listed, rule: `${kind}/after-list-entry`, uncertain: false };
  const remembered = rememberedYear(month, day, c, dct, kind);
  if (remembered) return remembered;
  const story = yearOfStory(month, day, c, hint, dct, kind);
  if (story) return story;
  const byTense = yearOfTense(month, day, c, dct, kind);
  const near = nearPublication(month, day, c, dct, byTense.year, kind);
  // A past day pushed past publication as a plan misread, when it names again the month of an old day written with
  // its year, is that old story's (monthOfWrittenDay).
  const again = near && c.tense() === 'past' && near.year > byTense.year ? monthOfWrittenDay(month, day, c, dct) : null;
  if (again !== null) return { year: again, rule: `${kind}/month-of-written-day`, uncertain: true };
  return near ?? guessed(month, day, c, dct, hint, byTense, kind);
}

/**
 * "The pits flooded in the wet March of 1912. The pumps failed on 6 March and …": a past day of the month the sentence
 * just before wrote with its year, the story going straight on from it, is a day of that month; the writer leaves the
 * year off because the reader has just been given it. Null for any other day, or one that would fall after publication.
 */
function monthNamedJustBefore(month: number, day: number | undefined, c: Resolver, hint: YearHint | null, dct: Ymd): number | null {
  if (day === undefined || !hint?.justBefore || hint.scope !== 'paragraph' || hint.inAside || hint.opensSpan || hint.month !== month) return null;
  if (c.tense() !== 'past' || dayIn(hint.year, month, day) > toDayNumber(dct)) return null;
  return hint.year;
}

/**
 * "June 2014 - The quarry is sold. The new owners fence it off on 3 September.": a yearless month or day in an entry of a
 * dated list whose head wrote its year is in that year, as the list is told in the present whatever its time; the year
 * after only for a month before the head's own. Null elsewhere, and for a past date the year would put after publication.
 */
function entryYear(month: number, hint: YearHint | null, c: Resolver): number | null {
  if (!hint?.entryHead || hint.scope === 'text') return null;
  const year = hint.month && month < hint.month ? hint.year + 1 : hint.year;
  return c.dct && c.tense() === 'past' && year > c.dct.y ? null : year;
}

/**
 * Without a publication date, the year of a yearless month put in the guessed year of writing (`latest`): as with a
 * publication date, a month told as past that falls after the guessed month of writing is last year's ("fell in
 * December" in a February story), and one still to come before it is next year's ("will reopen on Jan. 9" in a
 * December one). Still a guess, flagged by the caller.
 */
function aroundWriting(month: number, latest: number, c: Resolver): number {
  const writing = c.textMonth?.() ?? null;
  // A day with its weekday ("on Thursday, February 13") is moved too: its match starts at the weekday, and dates.ts
  // (laterYearFitting) tries the year it is moved to and the guessed year before any later one.
  if (writing === null) return latest;
  const tense = c.tense();
  // The guess leans early (the last month told as past), so a past month just after it may be the month of writing.
  if (tense === 'past' && month > writing + 1) return latest - 1;
  if (tense === 'future' && month < writing) return latest + 1;
  return latest;
}

type YearHint = NonNullable<ReturnType<Resolver['yearHint']>>;

/**
 * Without a publication date, whether a year written earlier in the paragraph is background to a yearless month told
 * later in it: a bare year ("The school was founded in 1884.") older than the guessed year of writing, in a sentence
 * the month's does not go on from. With a publication date such a year never wins over the tense; without one the
 * month is the story's, put around the guessed year of writing, flagged. A year written with its month or season ("On
 * Feb. 11, 1951, …", "the winter of 1979") sets the paragraph's story in that year, and its months go on in it.
 */
function backgroundInParagraph(hint: YearHint, latest: number | null): boolean {
  return latest !== null && hint.year < latest && !goesOnFromYear(hint) && !hint.month && !hint.season;
}

/** Whether the date's sentence goes on from the year written: its own, another predicate's, or the one just before. */
function goesOnFromYear(h: YearHint): boolean {
  return h.scope === 'sentence' || (!!(h.otherClause || h.justBefore) && !h.inAside);
}

// "she remembered borrowing it in March", "he recalls seeing the comet one night in July", "can still remember the
// morning the mill burned in May": a memory, done before its telling at any distance back.
const MEMORY_LEAD = new RegExp(String.raw`\b(?:remember|recall|recollect)(?:s|ed)?\s+(?:(?:him|her|them|it|me|us|you|his|their)\s+)?(?:[a-z]{2,}ing|the\s+(?:day|${PART_OF_DAY_ALTS}|week|time|moment))\b`, 'i');

/**
 * The year of a month (or day) told inside a memory with no year written: the last such month before publication, as
 * a past month's is, but only a guess, since a memory reaches back years as readily as months.
 */
function rememberedYear(month: number, day: number | undefined, c: Resolver, dct: Ymd, kind: string): YearChoice | null {
  if (!MEMORY_LEAD.test(c.preceding())) return null;
  const year = dayIn(dct.y, month, day) <= toDayNumber(dct) || (month === dct.m && day === undefined) ? dct.y : dct.y - 1;
  return { year, rule: `${kind}/remembered`, uncertain: true };
}

/**
 * Without a publication date, whether a date told as still to come ("The funeral will be held on June 21", "would be
 * published in May") follows a year written in another sentence that is older than the guessed year of writing (the
 * latest the article writes, or an obituary's or anniversary's): what is still ahead when the article is written is
 * not in the background years it tells of, so the writing year's guess is the likelier, flagged as ever.
 */
function aheadOfOlder(written: number, latest: number | null, c: Resolver): latest is number {
  return latest !== null && written < latest && c.tense() === 'future';
}

/**
 * The year written nearby as chooseYear weighs it. A year opening a span that runs to the present ("Sales have fallen
 * since 2008, and in March …") is no point in time: a month told after it lies anywhere in the span, so it is placed
 * as if no year had been written, and without a publication date only guessed from it.
 */
function usableHint(month: number, c: Resolver): YearHint | null {
  const written = c.yearHint();
  // "Construction began in May 2013, and the last rails were laid on Jan. 22": a later conjunct told in the past goes
  // on from the first; a month before the first one's in the same year would run the story backwards. The year is
  // not that one's, and the one chosen from the tense is a guess.
  const backwards = !!written?.afterMonth && !!c.dct && month < written.afterMonth && c.tense() === 'past';
  return written?.opensSpan ? null : backwards ? { ...written!, scope: 'paragraph', otherClause: true } : written;
}

/**
 * A year before publication's cannot hold a month told in the present ("since 2003 …, and as of February the store
 * accounts for 70 %"), nor a past one a later year.
 */
function conflictsWithTense(y: number, c: Resolver): boolean {
  const dct = c.dct;
  return !!dct && ((c.tense() !== 'past' && y < dct.y && c.tense() !== 'unknown') || (c.tense() === 'past' && y > dct.y));
}

/** The day number of the month and day (the 15th for a month alone) in year `y`. */
function dayIn(y: number, month: number, day: number | undefined): number {
  return toDayNumber({ y, m: month, d: Math.min(day ?? 15, 28) });
}

/** The year of the story the date goes on with, when the story in focus is not at publication; null when none. */
function yearOfStory(month: number, day: number | undefined, c: Resolver, hint: YearHint | null, dct: Ymd, kind: string): YearChoice | null {
  const focusYear = day === undefined ? null : dayOfFocus(month, day, c);
  if (focusYear !== null) return { year: focusYear, rule: `${kind}/day-of-focus`, uncertain: false, counted: true };
  const tense = c.tense();
  // A bare season is no month of the old one: "the summer just gone" after "the summer of 1989" is set against it.
  const inSeason = tense === 'past' && kind !== 'season' ? oldSeasonYear(month, hint, dct) : null;
  // "picked fruit through the wet autumn of 1962, and she lost a crop in one October": a month of a season its own
  // sentence wrote, in the conjunct after it, is that season's; one told in a later sentence may have left it.
  if (inSeason !== null) return { year: inSeason, rule: `${kind}/year-in-season`, uncertain: !hint?.otherClause };
  const ofFocus = tense === 'past' && kind !== 'season' ? seasonInFocusYear(month, c, dct) : null;
  if (ofFocus !== null) return { year: ofFocus, rule: `${kind}/season-in-focus`, uncertain: true };
  // A story told day by day years back ("launched on 9 September 2011. … They fixed it on December 2"): a past
  // day written without its year, within months after the stated day in focus, is more likely that year's than
  // the publication year's. Still a guess, and flagged as one.
  // Years written since that day and before it ("built in 1911, inspected in 1989") are background the story stepped
  // back into, not where it went on to; a day told after them returns to the story's year, or the next when the
  // month comes round there first (a December day in focus, "on January 2"). Not a present perfect's "since" ("has
  // been shut since Dec. 20"): that stretch runs to publication, and starts near it unless its year is written.
  // Nor once the story has gone on past that day's year by a month or season ("its last loom was sold on 3 August 2012.
  // ¶ Crews arrived last spring, and the chimney was blown up on 9 December"): the day is that later year's.
  const movedOn = monthOrYearInFocus(c, dct);
  const focusDay = c.refDay();
  if (day !== undefined && tense === 'past' && hint && hint.scope !== 'sentence' && focusDay && focusDay !== dct && hint.year <= focusDay.y && focusDay.y <= dct.y - 2 && !(movedOn && movedOn.y > focusDay.y) && !SINCE_LEAD.test(c.preceding())) {
    // Into the next year only while the story is still at that day: after "in March of the following year" it is not.
    const year = dayIn(focusDay.y, month, day) > toDayNumber(focusDay) || c.focus() !== 'day' ? focusDay.y : focusDay.y + 1;
    const after = dayIn(year, month, day) - toDayNumber(focusDay);
    // Across the new year only within weeks ("on January 2" after December 28): "January 20" told after an August day
    // is no more that story's than the publication year's.
    if (after > 0 && after <= (year === focusDay.y ? 183 : 31)) return { year, rule: `${kind}/year-in-focus`, uncertain: true };
  }
  const lastYears = day !== undefined && tense === 'past' && hint && focusDay && focusDay !== dct && c.focus() === 'day' && !SINCE_LEAD.test(c.preceding()) ? dayAfterLastYearsDay(month, day, hint, focusDay, dct) : null;
  if (lastYears !== null) return { year: lastYears, rule: `${kind}/year-in-focus`, uncertain: true };
  const looksBack = day !== undefined && tense === 'past' ? dayAfterAnniversary(month, day, c, dct) : null;
  if (looksBack !== null) return { year: looksBack, rule: `${kind}/after-anniversary-day`, uncertain: true };
  const continued = tense === 'past' ? (day === undefined ? monthAfterFocus(month, c, hint) : dayAfterMonthInFocus(month, day, c, hint)) : null;
  return continued ? { year: continued.year, rule: `${kind}/after-month-in-focus`, uncertain: continued.yearUncertain } : null;
}

/**
 * "The leak was found in May last year. The manager quit on 2 June": a past day told without its year right after the
 * sentence that set the story at a month of the year before publication's, within weeks after that month began, is
 * the story's next step as readily as a day of publication's year; the story's year, as a guess (as monthAfterFocus
 * for a bare month). Only from the sentence just before, in the same paragraph: a month told further back is
 * background a later day need not go on from.
 */
function dayAfterMonthInFocus(month: number, day: number, c: Resolver, hint: YearHint | null): StoryYear<'day' | 'month' | 'year'> | null {
  if (c.focus() !== 'month' || !c.focusJustBefore?.()) return null;
  const story = monthAfterFocus(month, c, hint);
  if (!story) return null;
  const after = dayIn(story.year, month, day) - toDayNumber(story.at);
  return after > 0 && after <= STORY_DAYS ? story : null;
}

/**
 * "She first complained on 9 January last year, and again on 2 February. ¶ On 19 February the boiler burst.": a story
 * told day by day in the year before publication's, its year named (written or "last year"), goes on in that year: a
 * past day told without its year weeks after the day in focus is likelier the story's next step than a day of
 * publication's year that the tense alone would give. Which of the two the writer meant the words do not say, so the
 * story's year, as a guess. Null when the day would not fall within STORY_DAYS after the day in focus in that year, or
 * when the tense already gives that year.
 */
function dayAfterLastYearsDay(month: number, day: number, hint: YearHint, focusDay: Ymd, dct: Ymd): number | null {
  if (hint.scope === 'sentence' || hint.year !== focusDay.y || focusDay.y !== dct.y - 1) return null;
  const after = dayIn(focusDay.y, month, day) - toDayNumber(focusDay);
  return after > 0 && after <= STORY_DAYS && dayIn(dct.y, month, day) <= toDayNumber(dct) ? focusDay.y : null;
}

/** How many days a day told without its year may lie after an old anniversary day and still go on with its story. */
const ANNIVERSARY_STORY_DAYS = 14;

/**
 * "Ten years ago this week, … the blast of March 2, 2012. … The last survivor was freed on March 4": a piece that looks
 * back to an old day written with its year, falling within a week of publication's date in the calendar, tells the old
 * story's days near its own. A past day written without a year a few days on from the old one reads as the old story's
 * as readily as one of the days just before publication (news leaves the year off those), so the old story's, as a
 * guess. Null for any other day, or when no such old day has been written.
 */
function dayAfterAnniversary(month: number, day: number, c: Resolver, dct: Ymd): number | null {
  const old = c.writtenDay?.();
  if (!old || old.y > dct.y - 2) return null;
  const now = toDayNumber(dct);
  const nearInCalendar = [dct.y - 1, dct.y, dct.y + 1].some((y) => Math.abs(dayIn(y, old.m, old.d) - now) <= 7);
  if (!nearInCalendar) return null;
  const from = dayIn(old.y, old.m, old.d);
  const year = dayIn(old.y, month, day) >= from ? old.y : old.y + 1;
  return dayIn(year, month, day) - from <= ANNIVERSARY_STORY_DAYS ? year : null;
}

/**
 * "Your report took me back to the winter of 1979, when the farm was cut off. … The plough reached us on Feb. 3": a
 * paragraph set in a season of a year two or more before publication's tells its past days and months in that season
 * when they fall in its months, and news style, which leaves the year off recent days only, would not make the
 * reader carry the old one over. The season's year for such a month (a winter's January the later year's when both
 * were written, else the one written: "the winter of 1979" may be either winter), as a guess; null for any other.
 * A bare year ("rebuilt in 1931. Divers inspected the piles on Aug. 14") does not do it: a whole year is background
 * news sets beside a recent day, a season is a time a paragraph is told in. Only a season written in an earlier
 * sentence or another clause of the paragraph, outside an aside, and not one a stretch runs from ("since the winter
 * of 1979"); a year written after it ends it.
 */
function oldSeasonYear(month: number, hint: YearHint | null, dct: Ymd): number | null {
  const season = hint?.season;
  if (!season || hint.scope !== 'paragraph' || hint.opensSpan || hint.inAside || hint.year > dct.y - 2) return null;
  if (!seasonMonths(season.code).includes(month)) return null;
  return season.across && month <= 2 ? season.year + 1 : season.year;
}

/**
 * "The boat went missing three summers ago. It was last seen on a July evening": a past month of a season the words
 * counted back from publication ("three summers ago", "the winter before last"), told in that season's sentence or the
 * next, with no later date told since, is that season's month, as it is after "the summer of 1989". The tense alone would put it in the last such month before publication,
 * a year or more after the season. Still a guess (the story may have come forward), flagged as one. Null for a month
 * outside the season, or one the tense already places in the season's year.
 */
function seasonInFocusYear(month: number, c: Resolver, dct: Ymd): number | null {
  const season = c.seasonCountedBack?.();
  if (!season) return null;
  const code = Object.keys(SEASON_FIRST_MONTH).find((k) => SEASON_FIRST_MONTH[k] === season.m);
  if (!code || !seasonMonths(code).includes(month)) return null;
  const year = month < season.m ? season.y + 1 : season.y;
  const byTense = dayIn(dct.y, month, undefined) <= toDayNumber(dct) || month === dct.m ? dct.y : dct.y - 1;
  return year < byTense ? year : null;
}

/** The year the tense puts the date in: the last one on or before publication for the past, the next for the future, else the nearest. */
function yearOfTense(month: number, day: number | undefined, c: Resolver, dct: Ymd, kind: string): { year: number; rule: string } {
  const now = toDayNumber(dct);
  const sameMonthAsDct = month === dct.m && day === undefined;
  const tense = c.tense();
  if (tense === 'past') return { year: sameMonthAsDct || dayIn(dct.y, month, day) <= now ? dct.y : dct.y - 1, rule: `${kind}/past-tense` };
  // The first such date on or after publication: a future's, and that of a timetable still ahead (below).
  const ahead = (rule: string) => ({ year: sameMonthAsDct || dayIn(dct.y, month, day) >= now ? dct.y : dct.y + 1, rule: `${kind}/${rule}` });
  if (tense === 'future') return ahead('future-tense');
  // "The season opens on 6 August and runs until 14 December. The winter break then lasts from 15 December": a
  // timetable told in the present (a tense the clause does not settle) while the story is at a day still ahead of
  // publication is ahead too, as a future's would be. Not a clause with a past form before the date ("are looking at a
  // raid attempted on May 12", "a fund set up on December 5"): that date is a past happening's.
  const at = c.focus() === 'day' ? c.refDay() : null;
  // Nor a habit ("Applications usually fall in December"), which names no one year.
  if (at && at !== dct && toDayNumber(at) > now && !holdsPastForm(c.preceding()) && !HABIT_WORD.test(c.preceding())) return ahead('ahead-of-story-day');
  const year = [dct.y - 1, dct.y, dct.y + 1].reduce((a, b) => (Math.abs(dayIn(b, month, day) - now) < Math.abs(dayIn(a, month, day) - now) ? b : a));
  return { year, rule: `${kind}/nearest` };
}

/**
 * News leaves the year out of dates close to publication. When the tense points almost a year away
 * but the same day falls within two months on the other side of publication, the tense is more
 * likely misread (a plan reported in the past: "invited them to a ceremony on March 12") than the
 * article is silently reaching back or forward a whole year. That other year, as a guess; null when the tense's stands.
 */
function nearPublication(month: number, day: number | undefined, c: Resolver, dct: Ymd, year: number, kind: string): YearChoice | null {
  const tense = c.tense();
  // Not for a month that plainly dates its own verb: opening the sentence ("In February, an inquiry found …") or
  // right after a past verb ("who took over in January"); a month inside what the verb tells of ("invited them
  // to the launch in March") may belong to a plan told in the past. A day keeps the guess either way: a release
  // may tell in the past of a closure days ahead ("The pool closed on January 2" in late December).
  const monthDatesVerb = tense === 'past' && day === undefined && datesItsVerb(c.preceding());
  // Nor a date that "will" governs a few words on, with no clause between ("ministries will start moving in March" in a
  // May paper): a future told so plainly is no misread tense, and news would not tell a month just gone with "will".
  const willDatesVerb = tense === 'future' && (WILL_GOVERNS.test(c.preceding()) || DUE_SET_OFF.test(c.preceding()));
  if ((tense !== 'past' && tense !== 'future') || monthDatesVerb || willDatesVerb || (month === dct.m && day === undefined)) return null;
  const now = toDayNumber(dct);
  const other = year === dct.y ? (tense === 'past' ? dct.y + 1 : dct.y - 1) : dct.y;
  // A season told as done that has not yet begun at publication ("was born in the autumn" in August) is the last one,
  // as "this summer" told in the past is (seasons.ts): a plan told in the past names its month or day.
  if (tense === 'past' && kind.startsWith('season') && other > year && dayIn(other, month, 1) > now) return null;
  if (Math.abs(dayIn(year, month, day) - now) <= 240 || Math.abs(dayIn(other, month, day) - now) > 62) return null;
  // Nor when the story has just named the tense's year as a whole ("Last year was the worst on record. Prices were
  // raised by half in April"): the narrative is in that year, and the month is read in it.
  // Both readings stay guesses.
  // So does a month of that year the story has gone on to ("… Last year was the wettest. January was dry, and a frost
  // set in on Jan. 14").
  // So does a month the story comes to next after the month it is at, across New Year ("opened in November [last
  // year]. … nearly closed again in February").
  const focus = c.focus();
  const ref = focus === 'year' || focus === 'month' ? c.refDate(focus) : null;
  if (ref && (ref.y === year || (focus === 'month' && ref !== dct && ref.y + 1 === year && month < ref.m))) return { year, rule: `${kind}/year-in-focus`, uncertain: true };
  // Likewise when the story is at a day of that year well before publication ("The gale came on Jan. 3 … Snow fell
  // through February" in a late-December review): the narrative walks through that year.
  const at = focus === 'day' ? c.refDay() : null;
  if (at && at !== dct && at.y === year && now - toDayNumber(at) > 62 && tense === 'past') return { year, rule: `${kind}/year-in-focus`, uncertain: true };
  // "The year began with a gale on January 3", "This year opened with …": a past sentence about the year as a whole
  // tells of the year the tense reaches back into, not of the one ahead.
  if (tense === 'past' && YEAR_AS_SUBJECT.test(c.preceding())) return { year, rule: `${kind}/year-in-focus`, uncertain: true };
  return { year: other, rule: `${kind}/near-publication`, uncertain: true };
}

// "will begin moving in", "will not be sold on": "will" and at most four words of its own predicate before the date's
// preposition, none of them opening another clause.
const WILL_GOVERNS = /\bwill\s+(?:not\s+)?[a-z]+(?:\s+(?!(?:that|whether|if|when|which|who|what|how|why|after|before|since|until|and|but|or)\b)[a-z]+){0,3}\s+(?:in|on)\s+$/i;

// ", due to open in": a schedule set off after a noun, told as plainly as "will" (tense.ts reads it as ahead).
const DUE_SET_OFF = /,\s+(?:due|scheduled)\s+to\s+[a-z]{2,}\s+(?:in|on)\s+$/i;

// "last week", "this month", "yesterday", "on Tuesday": a time news tells only of the days around publication.
const NEAR_NOW = new RegExp(String.raw`\b(?:(?:last|this)\s+(?:week|month|${WEEKDAY_RE})|yesterday|today|(?:on\s+)?${WEEKDAY_RE})\b`, 'i');

// "The year began with …", "This year got off to …", "The year opened with …": the year as the subject of its start.
const YEAR_AS_SUBJECT = /(?:^|[.!?]\s+)["“]?(?:The|This)\s+year\s+(?:opened|began|started|kicked\s+off|got\s+(?:off|under\s+way|going))\b/i;

/**
 * The tense's year, flagged a guess when it lies too far from publication for news to leave it out; a year written
 * nearby, or the reading of a sibling predicate or an old day in focus, may then be the likelier one or make it a guess.
 */
function guessed(month: number, day: number | undefined, c: Resolver, dct: Ymd, hint: YearHint | null, byTense: { year: number; rule: string }, kind: string): YearChoice {
  const { year, rule } = byTense;
  const tense = c.tense();
  const now = toDayNumber(dct);
  const gap = Math.abs(dayIn(year, month, day) - now);
  // Within about four months either side news style leaves the year out; beyond that we are guessing.
  const limit = day === undefined ? 150 : 125;
  const uncertain = gap > limit && (year !== dct.y || (tense !== 'past' && tense !== 'future'));
  // A year stated in the same paragraph is the likelier reading; one from elsewhere in the article is still a
  // guess, and says so.
  // Not one that puts a past day after publication, or a future one before it ("The fire started on Nov. 4" in a
  // March release whose dateline gave its own year).
  const fitsTense = (y: number) => (tense === 'past' ? dayIn(y, month, day) <= now : tense === 'future' ? dayIn(y, month, day) >= now : true);
  // Nor a year before publication's for a month told in the present ("I have exams in June" after "won the title in
  // 1958"), which cannot hold it, as above.
  // A year from another paragraph does not outweigh the year before publication's for a past month: "in June" in a
  // March report is last June more often than the June of a year some paragraphs back ("made up a fifth in 2012").
  // Only once the text has told of a date after that year (the story has moved on from it): right after "left in
  // 2021." a paragraph opening "On August 15, …" still goes on with that year.
  const focus = c.focus();
  const at = focus === 'day' ? c.refDay() : c.refDate(focus);
  const movedOn = !!hint && !!at && at !== dct && at.y > hint.year;
  // So, within its paragraph, once the story has moved on past the year ("last renovated in 1987. A survey commissioned
  // last spring … discussed at a meeting on June 12"); and a year set off in an aside of an earlier sentence ("Mr Orde,
  // who first went to sea in 1996, told the hearing in April") belongs to the noun it describes, not to the story.
  // A season as well as a month ("won a prize in 2015, and a magazine wrote about her last week. In the spring she
  // hired …": last spring, not 2015's).
  const lastYears = tense === 'past' && !!hint && hint.scope !== 'sentence' && (hint.inAside || (movedOn && year === dct.y - 1));
  // "The blaze started on December 29, 2020. … In February, an inquiry found …": a bare past month before the month of
  // the day written with that year, told after it, would run the story backwards in that year; the first such month
  // after the day is the likelier reading, still a guess.
  // "He sent the form four days later, and the refund arrived late in November": a bare past month that
  // is the very month of an older day the same sentence's story is at goes on in that month, not in publication's year.
  const dayHere = day === undefined && tense === 'past' && focus === 'day' && at && at !== dct && c.dayInSentence?.() ? at : null;
  if (dayHere && dayHere.m === month && dayHere.y < dct.y) return { year: dayHere.y, rule: `${kind}/month-of-day-in-sentence`, uncertain: true };
  const written = day === undefined && tense === 'past' && hint ? c.writtenDay?.() : null;
  if (uncertain && written && written.y === hint!.year && month < written.m && fitsTense(written.y + 1) && written.y + 1 <= dct.y) return { year: written.y + 1, rule: `${kind}/after-written-day`, uncertain: true };
  // Only a year of the same sentence or of the happening told just before (hint.justBefore): "The museum opened in 2019.
  // Its first director resigned in September." A year sentences or paragraphs back, or across a telling, is where the
  // story was, not where it is; the tense's year stays, flagged. (The last sentence of one paragraph is just before the
  // first of the next: "The US left Afghanistan in 2021. ¶ On August 15, …".)
  // "Hail in the orchard in May 1983 stripped the pears. Mrs Thorley replanted in September": a bare past month later in
  // the year than the month written with an old year in the sentence just before, in its paragraph, goes on with that
  // story, however near the tense's year lies to publication; the writer would have said "last September" to leave
  // the old story. A guess still. Not once the story has moved past that year ("… in May 1983 and the hedge died the
  // following spring"), nor when the month's own sentence goes on to the days just before publication ("replanted in
  // September, and picked the first crop last week"): that story runs up to now.
  // Only after a month written with its year: a day written so ("in the May 3, 1990, robbery") often names the happening
  // a noun is, which the story does not go on from; other rules judge a day.
  const lastDay = c.writtenDay?.();
  const writtenAsDay = !!lastDay && lastDay.y === hint?.year && lastDay.m === hint.month;
  const oldStory = day === undefined && tense === 'past' && kind === 'month' && hint?.justBefore && hint.scope === 'paragraph' && hint.month && !writtenAsDay && !hint.inAside && !hint.opensSpan && !movedOn;
  if (oldStory && hint.year <= dct.y - 2 && month > hint.month! && month - hint.month! <= 6 && !NEAR_NOW.test(c.restOfSentence?.() ?? '')) {
    return { year: hint.year, rule: `${kind}/year-in-${hint.scope}`, uncertain: true };
  }
  const near = hint && (hint.scope === 'sentence' || hint.otherClause || hint.justBefore);
  if (uncertain && hint && near && !lastYears && hint.year <= dct.y && fitsTense(hint.year) && !conflictsWithTense(hint.year, c)) return { year: hint.year, rule: `${kind}/year-in-${hint.scope}`, uncertain: hint.scope !== 'sentence' };
  // A year stated in a sibling predicate of the same sentence is the other reading: the one chosen is a guess. So is
  // the tense's year when the sibling's year is ruled out because the story would run backwards in it ("began in May
  // 2013, and the last rails were laid on Jan. 22"): the rails went down in some January after May 2013, not
  // necessarily the publication year's.
  // "The snow came on Boxing Day 1962, and the lanes were shut until March": a bare month the conjunct could not hold
  // in the first one's year, within half a year after the day it told of, is the first such month after that day;
  // the likelier reading, still a guess.
  const carried = hint?.otherClause && day === undefined && tense === 'past' ? monthAfterOldDay(month, hint.year, c) : null;
  if (carried && carried.year === hint!.year + 1) return { year: carried.year, rule: `${kind}/after-day-in-sentence`, uncertain: true };
  if (hint?.otherClause && hint.year !== year) return { year, rule: `${rule}/other-clause-year`, uncertain: true };
  // The month may go on from an old day in focus instead (monthAfterOldDay): the tense's year is kept, which the
  // story often means ("the Dec. 21, 1988, bombing. … agreed in April" is this April), but it is not certain.
  // Publication's own month told bare in the past ("went back in June" in a June paper) would be "earlier this month"
  // in news; while the story is at an old date its paragraph wrote, or at the year before publication's ("Last year
  // was the driest on record. January brought …" in a January paper), the month goes on with that story instead.
  // Still a guess.
  if (month === dct.m && day === undefined && tense === 'past') {
    const lastYear = storyYear(c);
    const old = hint?.scope === 'paragraph' ? monthAfterOldDay(month, hint.year, c, true) : null;
    // Not from a month of last year told in an earlier paragraph (monthAfterFocus): the story has come back to now.
    // Last year as a whole is the story's still ("Last year was the driest on record. ¶ March was mild").
    const story = old ?? (lastYear?.year === dct.y - 1 && (lastYear.focus === 'year' || c.focusInParagraph?.() !== false) ? lastYear : null);
    if (story && story.year < dct.y) return { year: story.year, rule: `${kind}/year-in-focus`, uncertain: true };
  }
  const oldDay = day === undefined && tense === 'past' && hint?.scope === 'paragraph' ? monthAfterOldDay(month, hint.year, c) : null;
  // Unless the old day dated a clause of the narrative ("On March 2, 1931, a flood broke the weir. The mill was shut
  // for four months and reopened in July"): the story has stepped to that day, and the month goes on from it. A day
  // that only names a happening ("charged in the May 3, 1990, robbery") is background; the tense's year stays.
  if (oldDay && oldDay.year !== year && c.dayNamesHappening?.() === false) return { year: oldDay.year, rule: `${kind}/year-in-focus`, uncertain: true };
  if (oldDay && oldDay.year !== year) return { year, rule: `${rule}/after-old-day`, uncertain: oldDay.yearUncertain };
  // Named as a holiday after an old year's is, so that its note says the year the story was at may be the one meant.
  if (!uncertain && afterSeasonOfLastYear(month, day, c, dct)) return { year, rule: `${rule}/after-old-year`, uncertain: true };
  const doubted = uncertain || storyElsewhere(day, hint, year, c);
  const again = doubted && tense === 'past' ? monthOfWrittenDay(month, day, c, dct) : null;
  if (again !== null) return { year: again, rule: `${kind}/month-of-written-day`, uncertain: true };
  return { year, rule, uncertain: doubted || monthBarelyBegun(month, day, dct, tense) };
}

/**
 * "He sprayed the trees on April 22, 2019. … 'He sprayed in daylight, in April,' the judge said", "She died on Sept.
 * 14, 2011. … The inspector had visited the site on Sept. 2": a past month (or a day of it) written without its year
 * and too far from publication for news to leave the year off, named after a day of the same month written with an
 * old year, is that day's month; the writer named the month again because the reader already has its year. The
 * year stays a guess. Null when no such day was written, it is not two or more years before publication, or a day
 * would then fall after publication.
 */
function monthOfWrittenDay(month: number, day: number | undefined, c: Resolver, dct: Ymd): number | null {
  const old = c.writtenDay?.();
  if (!old || old.m !== month || old.y > dct.y - 2) return null;
  return dayIn(old.y, month, day) <= toDayNumber(dct) ? old.y : null;
}

/** The month or year the story is at when it is not at a day (null at a day, or at publication). */
function monthOrYearInFocus(c: Resolver, dct: Ymd): Ymd | null {
  const focus = c.focus();
  const at = focus === 'day' ? null : c.refDate(focus);
  return at && at !== dct ? at : null;
}

/**
 * Whether a month, season or day without a year, told in the past and placed only by its tense and the publication
 * date, follows a year of its own paragraph two or more years before the one the tense gives ("The quay was rebuilt in
 * 1931. An inspection in August found rust"; "… in 1931. Divers inspected the piles on Aug. 14"): the paragraph may
 * still be telling of that year, so the tense's year is a reading, not a certainty. The year stays the tense's (news
 * style leaves the year off recent days), only the flag says so: it is where the year came from, not what the day
 * says. Round 35 added days: on held-out probes the unflagged wrong years of this kind were days as often as months
 * (a day in a paragraph set in an old winter, yearless days of an old story), for nine more flags over the released sets.
 * Not after a year paragraphs back (background the story has left), nor one in an aside ("the mill, which opened in
 * 1931, …"), which tells of its noun. Nor a month a present perfect runs from up to now ("It has been laid up since the
 * spring"): that is the last one before publication.
 */
function storyElsewhere(day: number | undefined, hint: YearHint | null, year: number, c: Resolver): boolean {
  if (day !== undefined && c.tense() === 'past' && oldDayInFocus(year, c) && !SINCE_LEAD.test(c.preceding())) return true;
  if (c.tense() !== 'past' || !hint || hint.scope === 'text' || hint.inAside || hint.year > year - 2) return false;
  return !SINCE_LEAD.test(c.preceding());
}

/**
 * Whether the story is at a day written with a year two or more years before the one the tense gives a yearless past
 * day ("The ferry sank on 14 August 2001. ¶ Divers reached the wreck on 2 April."): the tense puts the day near
 * publication, the story is years back, and which of the two the writer meant the words do not say. The same doubt as
 * an old year in the day's paragraph (below), carried by the day in focus across paragraphs; a bare year in focus is
 * not enough (news sets background years beside recent days all the time), a written day is the story's place.
 */
function oldDayInFocus(year: number, c: Resolver): boolean {
  const story = storyYear(c, { day: true });
  return !!story && story.focus === 'day' && story.year <= year - 2;
}

// "has been shut since the spring", "have stood empty ever since the summer": a present perfect's since.
const SINCE_LEAD = /\b(?:has|have)\s[^.;!?]{0,40}\bsince\s+(?:the\s+)?$/i;

/**
 * Whether a bare month told in the past is publication's own and publication falls in its first week ("January was the
 * wettest on record" in a paper of January 4): a whole month can hardly have been told of as done within days of its
 * start, so it may as well be the same month a year or more before. The tense's year is then a guess.
 */
function monthBarelyBegun(month: number, day: number | undefined, dct: Ymd, tense: string): boolean {
  return day === undefined && tense === 'past' && month === dct.m && dct.d <= 7;
}

/**
 * "learned of it only in January of last year. … She sued them in April": a bare month told in the past while the
 * story is at a month (or a day whose year was named) of the year before publication's, later in that year than it,
 * goes on from it as readily as it names publication's year; the story's year, as a guess. Null when the two readings
 * agree or the month is no later.
 */
function monthAfterFocus(month: number, c: Resolver, hint: YearHint | null): StoryYear<'day' | 'month' | 'year'> | null {
  const focus = c.focus();
  // A day in focus as well ("was dismissed on 14 March" in a story told from "on 9 January last year"; "Her appeal
  // failed in April"), when its year was named (written or "last year"), not only the tense's.
  if (focus !== 'month' && focus !== 'day') return null;
  const story = storyYear(c, { day: true });
  const dct = c.dct;
  if (!story || !dct || story.year !== dct.y - 1 || month <= story.at.m || month > dct.m) return null;
  // "… an audit dated May last year. ¶ The frost lasted through December", in a late-December paper: publication's
  // own month, told in the past in a paragraph after the one that set the story at last year's month, is the month just
  // gone; the story has come back to the present.
  if (month === dct.m && c.focusInParagraph && !c.focusInParagraph()) return null;
  return focus === 'month' || (hint?.year === story.year && hint.scope !== 'sentence') ? story : null;
}

/**
 * "took the lease in spring last year. … opened in November": a bare month told in the past while the story is at a
 * season of the year before publication's, later in the year than the season's start, may go on from it as readily as
 * it names publication's year (the writer may as well have moved on to this year: "came in the spring of last year.
 * They sold the seats over the summer"). The tense's year stays, as a guess. A bare year gives no month to go on from.
 */
function afterSeasonOfLastYear(month: number, day: number | undefined, c: Resolver, dct: Ymd): boolean {
  if (day !== undefined || c.tense() !== 'past' || c.focus() !== 'year' || month > dct.m) return false;
  const season = c.seasonInFocus?.();
  return !!season && season.y === dct.y - 1 && month > season.m;
}

/**
 * "The frost set in on Christmas Day 1946. … A calf was born in February": a bare month told in the past within half
 * a year after a day in focus years before publication may go on with that story, into the next year if the month
 * comes round there first. Only after a year written in the same paragraph: the story may have moved on since one told
 * paragraphs back. The story's year with the year the month would have then, or null when no such day is in focus,
 * its year is not the one written, or the month lies further on.
 */
function monthAfterOldDay(month: number, written: number, c: Resolver, coarse = false): StoryYear<'day' | 'month' | 'year'> | null {
  const story = storyYear(c, { day: true });
  const dct = c.dct;
  if (!story || !dct || story.year !== written || written > dct.y - 2 || (story.focus !== 'day' && !coarse)) return null;
  // With `coarse`, "The strike began on March 16, 1936. … She was arrested that spring. … They went back in June": a
  // month or a season of the old year in focus holds the story there as a day does; a bare year's month is any of its own.
  if (story.focus === 'year') return { ...story, year: story.at.y };
  const ref = story.at;
  const year = month >= ref.m ? ref.y : ref.y + 1;
  const monthsOn = (year - ref.y) * 12 + month - ref.m;
  return monthsOn <= 6 ? { ...story, year } : null;
}

// A date opening its sentence, after at most a preposition; or a past verb (and a particle) right before it.
const OPENS_SENTENCE = /^[\s"“]*(?:(?:in|on|during|by|since|until|early|late)\s+)?$/i;
// Its object may come between when it is a pronoun or a noun of the subject's own ("hurt his back in March", "sold
// it in May"): the month still dates the verb; "invited them to the opening in March" dates the opening. So may a time
// of the verb's own ("was flooded in the storms in March", "closed during the strike in May"): a phrase of "in" or
// "during" is when, not what the verb tells of.
const AFTER_PAST_VERB = /\b(?:[a-z]{2,}ed|was|were|had|began|came|took|made|won|lost|left|fell|rose|met|held|died|led|ran|sold|bought|built|broke|hurt)(?:\s+(?:over|up|out|off|down|back|away|office|power))?(?:\s+(?:(?:my|his|her|their|our|your)\s+[a-z]+|him|them|it|me|us))?(?:\s+(?:in|during)\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:in|on|during)\s+$/i;

/** Whether the words before a date show it dates the verb of its clause, not a thing that verb tells of. */
function datesItsVerb(before: string): boolean {
  return OPENS_SENTENCE.test(before) || AFTER_PAST_VERB.test(before);
}

export function monthDay(month: number, day: number, c: Resolver, kind = 'month-day'): Resolution {
  const choice = chooseYear(month, day, c, kind);
  if (!choice) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}`, rule: `${kind}/no-year` };
  return {
    type: 'DATE',
    value: fmtDay({ y: choice.year, m: month, d: day }),
    rule: choice.rule,
    yearUncertain: choice.uncertain || undefined,
    ...(choice.counted ? { counted: true } : {}),
  };
}
