// Where the tagger is in a piece of text while it normalises one candidate, and the one Resolver that answers the
// rules' questions about that place. The cursor is moved from candidate to candidate rather than a resolver made for
// each: seven closures a candidate were most of what tagging a text dense with dates allocated.

import { toDayNumber, type Ymd } from '../time-value';
import { asksQuestion, closingTellingDay, insideQuote } from './anaphor-anchors';
import { quoteMarks } from './quote-marks';
import { IRREGULAR_PAST, MONTH_RE, MOVING_ON_WORDS, PART_OF_DAY_ALTS, PAST_PARTICIPLES, SAME_FORM_PAST, TELLING_OR_TOLD_WORD, TOPIC_LEAD } from './lexicon';
import type { Resolver } from './rules/rule';
import { sentenceAt, sentenceIndexAt, type Span } from './sentences';
import { COUNT_BACK, seasonsCrossYear, SINCE_CLAUSE_LEAD, storyDayOutsideFlashback, type Anchor, type TagState } from './tag-state';
import { tenseAt } from './tense';

/** A piece being tagged, and the candidate being resolved in it. Positions are the piece's own. */
export interface TagCursor {
  text: string;
  /** The piece's offset in the whole text. */
  base: number;
  sentences: Span[];
  /** Where each paragraph of the piece starts. */
  paras: number[];
  /** The paragraph of the candidate, counted in the piece. */
  para: number;
  /** Where the candidate starts and ends, and where its paragraph starts. */
  pos: number;
  candEnd: number;
  paraStart: number;
  /** Whether the last date the resolver gave a rule came from one the text states (false for the publication date). */
  refStated: boolean;
  /** Where that date's year came from (undefined for the publication date or a birth year). */
  refAnchor: Anchor | undefined;
  /** The sentence of the candidate, counted across the whole text. */
  sentence: number;
  /** Its paragraph, counted across the whole text. */
  paragraph: number;
}

/** The cursor for a piece, before its first candidate. */
export function tagCursor(text: string, base: number, sentences: Span[], paras: number[]): TagCursor {
  return { text, base, sentences, paras, para: 0, pos: 0, candEnd: 0, paraStart: 0, refStated: false, refAnchor: undefined, sentence: 0, paragraph: 0 };
}

/** Moves the cursor to a candidate; candidates come in text order, so the paragraph they sit in only moves forward. */
export function moveTo(cur: TagCursor, start: number, end: number): void {
  cur.pos = start;
  cur.candEnd = end;
  while (cur.para + 1 < cur.paras.length && cur.paras[cur.para + 1] <= cur.pos) cur.para++;
  cur.paraStart = cur.paras[cur.para];
}

/**
 * Readies the cursor for a candidate whose rule matched: what the resolver gave the last one is forgotten, and the
 * candidate's sentence and paragraph are counted (only now: most candidates that fail to match need neither).
 */
export function beginResolving(cur: TagCursor, state: TagState): void {
  cur.refStated = false;
  cur.refAnchor = undefined;
  cur.sentence = (state.sentencesBefore ?? 0) + sentenceIndexAt(cur.sentences, cur.pos);
  cur.paragraph = (state.paragraphsBefore ?? 0) + cur.para;
}

// What a sentence opening in the past perfect runs on with up to the count: no comma, semicolon or colon, so one
// clause, or verbs joined by "and" that share its "had" ("had been closed on Monday and reopened the next day").
const CLAUSE_MARK = /[,;:]/;
const HAD = /\bhad\s/i;

/**
 * "Work on the line had been halted on Monday morning after a landslip and began again the next day": a count joined
 * to the past-perfect clause that stepped back to a day, with no comma between them, is still told in that flashback
 * (the joined verb shares the "had") and goes on from its day, as refDate's count in the flashback's own sentence goes
 * on from its year. Not after a comma ("He rang, as she had asked on May 2, and they came the next day"): the clause
 * there may be back at the story's day.
 */
function flashbackGoesOn(cur: TagCursor, state: TagState): boolean {
  if (!state.beforeFlashback || state.dayAnchor?.sentence !== cur.sentence) return false;
  const s = sentenceAt(cur.sentences, cur.pos);
  const run = cur.text.slice(s.start, cur.pos);
  if (!CLAUSE_MARK.test(run) && HAD.test(run)) return true;
  // "It had been shut since Easter Monday, when a pipe burst, and a plumber who came that evening found …": a sentence
  // whose main clause, told first, is the flashback stays in it, and "that evening" points back at the day just named
  // there. Only "that" and a part of the day: "the next day" after it may count from the story's day again.
  return THAT_PART.test(cur.text.slice(cur.pos, cur.candEnd)) && HAD.test(run.split(CLAUSE_MARK, 1)[0]);
}
/**
 * "The lifeboat went out on May 9. The boat had lost power three days before, and its skipper had radioed the night
 * before": a flashback opened by a day counted back from the story's day, and a second count back told beside it in
 * its sentence, count from the same time, the story's day, as parallel clauses do; not the second from the first.
 */
function siblingCountBack(cur: TagCursor, state: TagState): TagState['beforeFlashback'] {
  const b = state.beforeFlashback;
  if (!b?.countedBack || state.dayAnchor?.sentence !== cur.sentence) return undefined;
  return COUNT_BACK.test(cur.text.slice(cur.pos, cur.candEnd)) ? b : undefined;
}

// "that afternoon", "that night": the part of a day the words point back at.
const THAT_PART = new RegExp(String.raw`^that\s+(?:${PART_OF_DAY_ALTS})$`, 'i');

/**
 * One resolver for the piece, answering about the candidate at the cursor: rules ask it only while they resolve that
 * candidate. It notes in the cursor whether the date it gave to count from is stated, and where that date's year came
 * from.
 */
export function cursorResolver(cur: TagCursor, state: TagState): Resolver {
  const { text, sentences } = cur;
  const { dct } = state;
  return {
    dct,
    tense: () => {
      const s = sentenceAt(sentences, cur.pos);
      return tenseAt(text.slice(s.start, s.end), cur.pos - s.start);
    },
    yearHint: () => yearHint(cur, state),
    refDay: () => {
      const story = siblingCountBack(cur, state) ?? (flashbackGoesOn(cur, state) ? undefined : storyDayOutsideFlashback(cur, state));
      if (story) {
        cur.refStated = story.stated;
        cur.refAnchor = story.anchor;
        return story.day;
      }
      cur.refStated = !!state.lastDay && !!state.statedDay;
      cur.refAnchor = state.lastDay ? state.dayAnchor : undefined;
      return state.lastDay ?? dct;
    },
    refClock: () => (state.lastDay && !storyDayOutsideFlashback(cur, state) ? state.lastClock ?? null : null),
    writtenDay: () => state.writtenDay ?? null,
    daySpan: () => state.daySpan ?? null,
    following: () => text.slice(cur.candEnd, cur.candEnd + 40),
    restOfSentence: () => text.slice(cur.candEnd, Math.max(cur.candEnd, Math.min(sentenceAt(sentences, cur.pos).end, cur.candEnd + 200))),
    preceding: () => text.slice(Math.max(sentenceAt(sentences, cur.pos).start, cur.pos - 60), cur.pos),
    refDate: (gran) => {
      // "The last train ran on Dec. 13, 2008. My father had first taken it in 1966. An audit four years later …": a
      // year told in a past-perfect flashback is background; a clause out of it counts on from the story's day, as
      // refDay does. Which of the two the writer meant a reader may doubt, so the count's year is shown as a guess.
      // A count in the flashback's own sentence goes on in it ("had fled in June 1998 and returned later that year").
      const story = state.yearAnchor?.sentence === cur.sentence ? undefined : storyDayOutsideFlashback(cur, state);
      if (story) {
        cur.refStated = story.stated;
        cur.refAnchor = story.anchor && { ...story.anchor, ambiguous: true };
        return story.day;
      }
      const own = gran === 'year' ? state.lastYearDate : state.lastMonthDate;
      cur.refStated = own ? !!(gran === 'year' ? state.statedYearDate : state.statedMonthDate) : !!state.lastDay && !!state.statedDay;
      cur.refAnchor = own ? state.yearAnchor : state.lastDay ? state.dayAnchor : undefined;
      return own ?? state.lastDay ?? dct;
    },
    // A flashback opens only while the story is at a day, and a clause out of it is back at that day.
    focus: () => (storyDayOutsideFlashback(cur, state) ? 'day' : state.focus),
    focusInAside: () => !!state.lastDay && !!state.focusInAside,
    monthBeforeAside: () => {
      const b = state.monthBeforeAside;
      if (!b) return null;
      cur.refStated = b.stated;
      cur.refAnchor = b.anchor;
      return b.month;
    },
    focusGuessed: () => !!state.yearAnchor?.uncertain && focusJustBefore(cur, state),
    focusJustBefore: () => focusJustBefore(cur, state),
    focusInParagraph: () => state.yearAnchor?.paragraph === cur.paragraph,
    // The year in focus with a month date beside it is a season's (a bare year leaves none).
    seasonInFocus: () => (state.focus === 'year' && !storyDayOutsideFlashback(cur, state) && state.lastMonthDate ? state.lastMonthDate : null),
    seasonCountedBack: () => (state.focus === 'year' && state.seasonCountedBack && state.lastMonthDate && state.yearAnchor && cur.sentence - state.yearAnchor.sentence <= 1 ? state.lastMonthDate : null),
    dayTells: () => !!state.lastDay && !!state.dayTells,
    dayJustBefore: () => dayJustBefore(cur, state),
    dayInSentence: () => !!state.lastDay && state.focus === 'day' && !state.dayTells && !state.dayNamesHappening && state.lastDaySentence === cur.base + sentenceAt(cur.sentences, cur.pos).start,
    dayNamesHappening: () => !!state.lastDay && !!state.dayNamesHappening,
    spokenDay: () => spokenDay(cur, state),
    reportingDay: () => reportingDay(cur, state),
    // Whose birth it was is not read: an age is counted from it only in its own paragraph and the next, where the
    // text is still most likely telling of the same life ("Born in 1927 in Orsk, … / At 30 she …").
    birthYear: () => {
      const near = state.birthYear !== undefined && (state.paragraphsBefore ?? 0) + cur.para - (state.birthParagraph ?? 0) <= 1;
      // A birth year is read only from a year the text writes: what is counted from it is stated too.
      cur.refStated = near;
      cur.refAnchor = undefined;
      return near ? state.birthYear! : null;
    },
    fiscalEnd: () => state.fiscalEnd ?? null,
    olderYear: () => state.olderYear ?? null,
    entryBeforeYearOnly: () => !!state.entryHeadYearOnly,
    textYear: () => (state.dct ? null : state.textYear ?? null),
    textMonth: () => (state.dct ? null : state.textMonth ?? null),
    seasonsSpanYears: () => !!state.seasonsSpanYears || seasonsCrossYear(text, sentences),
  };
}

/**
 * The day a quote holding the cursor was spoken on, when the text says: a telling right after the quote names its
 * weekday ('…," she said on Monday'), or the sentence before it, or its own, dated an interview or a telling ("We spoke
 * to her on Monday."). Null outside a quote, or when the text does not say.
 */
function spokenDay(cur: TagCursor, state: TagState): { day: Ymd; told: boolean } | null {
  const { dct } = state;
  if (!dct) return null;
  // "We visited her on Friday. / Who will take over? / My nephew. He started on Tuesday.": an answer printed under
  // its question is what she said at the visit, quote marks or none.
  if (!insideQuote(cur.text, cur.paraStart, cur.pos)) return state.spoken && toDayNumber(state.spoken.day) <= toDayNumber(dct) && answersQuestion(cur, state) ? { day: state.spoken.day, told: true } : null;
  const told = closingTellingDay(cur.text, cur.candEnd, dct);
  if (told) return { day: told, told: true };
  const spoken = state.spoken;
  if (spoken && toDayNumber(spoken.day) <= toDayNumber(dct) && (cur.sentence - spoken.sentence <= 1 || sameSpeakerGoesOn(cur, state, spoken))) return { day: spoken.day, told: true };
  const story = quotedOnStoryDay(cur, state, dct);
  return story ? { day: story, told: false } : null;
}

// What ends a told clause before the next: a semicolon, or a comma before a clause joined on.
const REPORT_ENDS = /;|,\s*(?:and|but|then|while|before|after)\b/i;

/**
 * "Police said on Wednesday that a farmer had seen her on Friday": the day of a telling earlier in the sentence, outside
 * quotes, when the match is in what it tells (no clause joined on between); null otherwise.
 */
function reportingDay(cur: TagCursor, state: TagState): Ymd | null {
  const spoken = state.spoken;
  if (!spoken?.tells || spoken.sentence !== cur.sentence || !state.dct || toDayNumber(spoken.day) > toDayNumber(state.dct)) return null;
  const from = spoken.end - cur.base;
  if (from < 0 || from > cur.pos || REPORT_ENDS.test(cur.text.slice(from, cur.pos))) return null;
  return insideQuote(cur.text, cur.paraStart, cur.pos) ? null : spoken.day;
}

// A saying told in the past ("she said", "he told reporters"), outside the paragraph's quotations.
const PAST_SAYING = /\b(?:said|told|added)\b/;
const PRESENT_SAYING = /\b(?:says|tells|adds)\b/;

/**
 * '"Today I braked early," she said.' in a report of yesterday's race: a quote whose paragraph attributes it in the
 * past with no day is read as said on the day the story is at, when that day is one or two days before publication
 * (the reporter heard it then). Null otherwise.
 */
function quotedOnStoryDay(cur: TagCursor, state: TagState, dct: Ymd): Ymd | null {
  if (state.dayTells) return null;
  const day = reportedOccasion(state, dct);
  if (!day) return null;
  const end = Math.min(cur.paras[cur.para + 1] ?? cur.text.length, cur.paraStart + 3000);
  const outside = outsideQuotes(cur.text, cur.paraStart, end);
  return PAST_SAYING.test(outside) && !PRESENT_SAYING.test(outside) ? day : null;
}

/** The words of text[from, end) outside its quotations: the narrator's, where a quote is attributed. */
function outsideQuotes(text: string, from: number, end: number): string {
  let outside = '';
  let inQuote = false;
  for (const q of quoteMarks(text, from, end)) {
    if (q.opens && !inQuote) outside += text.slice(from, q.at);
    else if (!q.opens && inQuote) from = q.at + 1;
    inQuote = q.opens;
  }
  return inQuote ? outside : outside + text.slice(from, end);
}

/** Whether a day lies one or two days before publication: an occasion a next-day report was written about. */
function dayBefore(day: Ymd, dct: Ymd): boolean {
  const back = toDayNumber(dct) - toDayNumber(day);
  return back >= 1 && back <= 2;
}

/**
 * The occasion a report's undated quotes were heard at: the day the story is at when that is a day or two before
 * publication; or, when the story has stepped back from the day its lead dated ("won the race yesterday. … had taken
 * the lead on Thursday"), that lead day: the reporter heard the quotes there, not at the background (and a lead
 * dated today leaves them to publication).
 */
function reportedOccasion(state: TagState, dct: Ymd): Ymd | null {
  const day = state.lastDay;
  const lead = state.leadDay;
  // Stepped back from the lead: the lead's day, or none when that is publication's own ("resumed today").
  if (lead && (!day || toDayNumber(day) < toDayNumber(lead))) return dayBefore(lead, dct) ? lead : null;
  return day && dayBefore(day, dct) ? day : null;
}

// '"…," he said.', 'she added': a quote given to a pronoun, the speaker named before.
const PRONOUN_SAYING = /(?:\b(?:he|she|they)\s+(?:said|added|told\s+[a-z]+)\b|\b(?:said|added)\s+(?:he|she)\b)/i;

/**
 * "Pryce said yesterday that it was the second raid. In 1986 a gang broke the window. / 'We reopened this morning,' he
 * said.": a quote in the paragraph after a telling with a day, given to a pronoun, goes on with what was said then,
 * background told between, so long as no day of the story was told after the telling.
 */
function sameSpeakerGoesOn(cur: TagCursor, state: TagState, spoken: NonNullable<TagState['spoken']>): boolean {
  if (cur.paragraph - spoken.paragraph !== 1) return false;
  if (state.lastDay && toDayNumber(state.lastDay) !== toDayNumber(spoken.day) && state.lastDaySentence > spoken.sentenceAt) return false;
  const end = Math.min(cur.paras[cur.para + 1] ?? cur.text.length, cur.paraStart + 3000);
  return PRONOUN_SAYING.test(outsideQuotes(cur.text, cur.paraStart, end));
}

/** Whether the cursor's paragraph comes right after a paragraph that is a question standing alone. */
function answersQuestion(cur: TagCursor, state: TagState): boolean {
  if (cur.para === 0) return !!state.questionBefore;
  // A question is short: a longer paragraph before is not read (a megabyte one would be, for every weekday after it).
  const from = cur.paras[cur.para - 1];
  return cur.paraStart - from <= 240 && asksQuestion(cur.text.slice(from, cur.paraStart));
}

/**
 * The last year written, for the cursor: a year counted back from publication ("eight years ago") only in its own
 * clause, the one written before it elsewhere. A quotation is a clause of its own: '"I nearly quit five years ago,"
 * said Hale, whose son was born on 2 May' counts the speaker's years, not the narrator's.
 */
function clauseYear(last: TagState['lastYear'], cur: TagCursor, s: Span): TagState['lastYear'] {
  if (!last?.counted) return last;
  const yearPos = last.pos - cur.base;
  const quotedAway = insideQuote(cur.text, cur.paraStart, yearPos) && !insideQuote(cur.text, cur.paraStart, cur.pos);
  return yearPos >= s.start && !quotedAway && !inClosedAside(cur.text, s.start, yearPos, cur.pos) && !inOtherPredicate(cur.text, s.start, yearPos, cur.pos) ? last : last.counted.before;
}

/** The Resolver's yearHint at the cursor: the last year written, and how far back (its sentence, paragraph or text). */
function yearHint(cur: TagCursor, state: TagState): ReturnType<Resolver['yearHint']> {
  const { text, pos } = cur;
  const s = sentenceAt(cur.sentences, pos);
  const lastYear = clauseYear(state.lastYear, cur, s);
  if (!lastYear) return null;
  const yearPos = lastYear.pos - cur.base;
  const season = lastYear.season ? { season: lastYear.season } : {};
  if (yearPos >= s.start && !inClosedAside(text, s.start, yearPos, pos)) {
    // "Since the mill closed in May 1998, the lane has flooded, and it was shut for a week in March": a year of a
    // clause after "since", set off by a comma, starts the stretch the rest of the sentence is told in, and a month
    // told after the comma lies anywhere in that stretch, as after "since 1998".
    const sinceSetOff = SINCE_CLAUSE_LEAD.test(text.slice(Math.max(s.start, yearPos - 200), yearPos)) && text.slice(yearPos, pos).includes(',');
    const open = lastYear.opensSpan || sinceSetOff ? { opensSpan: true } : {};
    // "Last year's appeal raised £900, and the ward bought two cots, which arrived in March": a year owned by a noun
    // names that thing; a later conjunct with a subject of its own is not told in it.
    // "The board will vote on next year's budget in March": after a preposition of topic the possessive names what the
    // clause is about, and the clause's own month is not told in that year.
    const possessive = POSSESSIVE_YEAR.test(text.slice(yearPos, yearPos + 20));
    const owned = possessive && (LATER_CONJUNCT.test(text.slice(yearPos, pos)) || TOPIC_LEAD.test(text.slice(Math.max(s.start, yearPos - 12), yearPos)));
    // "Clubs will announce their fixtures for next year by the end of June": a year after "for" hung on a noun names
    // what the noun is for, and the clause's own month is not told in it: the year is no nearer than one of an
    // earlier sentence, and the tense places the month.
    if (nounForYear(text.slice(Math.max(s.start, yearPos - 60), yearPos))) return { year: lastYear.year, scope: 'paragraph', ...open, ...season };
    if (owned || inOtherPredicate(text, s.start, yearPos, pos) || laterDecadeBetween(text.slice(yearPos, pos), lastYear.year)) return { year: lastYear.year, scope: 'paragraph', otherClause: true, ...open, ...season };
    // The season the year was written with is left behind too: the month is no month of it.
    if (RELATIVE_MONTH.test(text.slice(yearPos, pos))) return { year: lastYear.year, scope: 'paragraph', otherClause: true, ...open };
    // "began in May 2013, and the last rails were laid on Jan. 22": a conjunct told after the one that holds the
    // month and year; whether it may lie before that month in the same year is the year chooser's to judge.
    // "fares rose in May last year and again in March": a repeat comes after the first time too.
    const after = lastYear.month && (LATER_CONJUNCT.test(text.slice(yearPos, pos)) || REPEAT_CONJUNCT.test(text.slice(yearPos, pos))) ? { afterMonth: lastYear.month } : {};
    // "1991 - A bloom closes the lake for three weeks in August": the entry's head dates its first sentence too.
    const head = yearPos - cur.paraStart < 40 && yearOfEntryHead(text.slice(cur.paraStart, cur.paraStart + 40), yearPos - cur.paraStart) ? { entryHead: true } : {};
    return { year: lastYear.year, scope: 'sentence', ...open, ...after, ...head };
  }
  const scope = yearPos >= cur.paraStart ? 'paragraph' : 'text';
  // "The appeal, which was launched in November 1999, …", "… kept since he arrived in 2019": a year of a relative
  // clause, a participle phrase set off by a comma or a clause after "since", in an earlier sentence, tells of the noun
  // it hangs on or of a stretch, not where the story is.
  const lead = scope === 'paragraph' ? text.slice(Math.max(sentenceAt(cur.sentences, yearPos).start, yearPos - 200), yearPos) : '';
  const aside = scope === 'paragraph' && (ASIDE_BEFORE_YEAR.test(lead) || SINCE_CLAUSE_LEAD.test(lead));
  // The last sentence of the paragraph before goes on into the first of this one as well ("The US left Afghanistan in
  // 2021. ¶ On August 15, …"); its own words are not at hand here, only the match's.
  const opening = scope === 'text' && lastYear.sentence === cur.sentence - 1 && startsOwnStep(cur, s);
  const before = (scope === 'paragraph' && !aside && goesOnFrom(cur, yearPos, s)) || opening ? { justBefore: true } : {};
  const head = scope === 'paragraph' && yearOfEntryHead(text.slice(cur.paraStart, cur.paraStart + 40), yearPos - cur.paraStart) ? { entryHead: true } : {};
  return { year: lastYear.year, scope, ...(lastYear.opensSpan ? { opensSpan: true } : {}), ...(aside ? { inAside: true } : {}), ...before, ...(lastYear.month ? { month: lastYear.month } : {}), ...season, ...head };
}

// "Spring 2016 - The school is sold.", "3 May 1998: Work begins.": a date with its year heading a paragraph before a dash
// or a colon, the entry of a dated list.
const ENTRY_HEAD = /^[\s"“•*]*[^\s:–—-](?:[^:.\n]{0,30}?[^\s:–—-])?(?=\s+[-–—]\s|:\s)/;

/** Whether the year at `at` of a paragraph opening `opening` is in a dated list entry's head. */
function yearOfEntryHead(opening: string, at: number): boolean {
  const head = ENTRY_HEAD.exec(opening);
  return !!head && at < head[0].length && /\b(?:1[0-9]|20)\d{2}\b/.test(head[0]);
}

/**
 * "The museum opened in 2019. Its first director resigned in September.": whether the sentence of the match goes on
 * straight from the happening the year dates, told in the sentence just before it in its paragraph. Not after a
 * telling of either (told at the story's time, not the happening's: "The council said in 2019 it would sell. Bids
 * closed in May."), nor when the match's sentence moves the story on by a
 * word before the date ("It was later sold in May").
 */
function goesOnFrom(cur: TagCursor, yearPos: number, s: Span): boolean {
  const i = sentenceIndexAt(cur.sentences, cur.pos);
  if (i === 0 || sentenceIndexAt(cur.sentences, yearPos) !== i - 1) return false;
  const prev = cur.sentences[i - 1];
  return !TELLING_OR_TOLD_WORD.test(cur.text.slice(prev.start, prev.end)) && startsOwnStep(cur, s);
}

/** The coarser date in focus was told in the match's sentence or the one just before it, in its paragraph. */
function focusJustBefore(cur: TagCursor, state: TagState): boolean {
  const a = state.yearAnchor;
  return !!a && a.paragraph === cur.paragraph && cur.sentence - a.sentence <= 1;
}

/**
 * "The offer was accepted on 10 March. Surveyors walked the site three days after that.": the day in focus was
 * written in the sentence just before the match's, in its paragraph, dating a step of the story (not a telling, not a
 * happening named by its day), and the match's sentence goes straight on from it.
 */
function dayJustBefore(cur: TagCursor, state: TagState): boolean {
  if (!state.lastDay || state.focus !== 'day' || state.dayTells || state.dayNamesHappening || storyDayOutsideFlashback(cur, state)) return false;
  const i = sentenceIndexAt(cur.sentences, cur.pos);
  const prev = i > 0 ? cur.sentences[i - 1] : null;
  if (!prev || prev.start < cur.paraStart || cur.base + prev.start !== state.lastDaySentence) return false;
  return !TELLING_OR_TOLD_WORD.test(cur.text.slice(prev.start, prev.end)) && startsOwnStep(cur, sentenceAt(cur.sentences, cur.pos));
}

/** The match's sentence, up to the date, neither tells nor moves the story on by a word of time. */
function startsOwnStep(cur: TagCursor, s: Span): boolean {
  const lead = cur.text.slice(s.start, cur.pos);
  return !TELLING_OR_TOLD_WORD.test(lead) && !MOVED_ON.test(lead);
}

// Words that move the story off the time told before ("was later sold", "has since"); not a duration ("for a week"),
// nor "last" or "next", which move it only with a noun of time, itself a date ("the last buses", "last year").
const MOVED_ON = new RegExp(`\\b(?:${MOVING_ON_WORDS}|subsequently|eventually)\\b`, 'i');

/**
 * The year at `yearPos` sits in an aside that closes before `pos` ("Smith, who in 1990 founded the firm, died
 * on March 3"): it is the aside's year, not the main clause's.
 */
export function inClosedAside(text: string, sentenceStart: number, yearPos: number, pos: number): boolean {
  const lead = text.slice(Math.max(sentenceStart, yearPos - 200), yearPos);
  return ASIDE_BEFORE_YEAR.test(lead) && /[,;]/.test(text.slice(yearPos, pos));
}

// A relative clause or a participle phrase set off by a comma ("The museum, built in 1932, …"), or one hung on a noun
// in apposition ("by Lark & Sons, the firm that tiled the church in 1990, …").
const ASIDE_BEFORE_YEAR = /,\s+(?:(?:the|a|an)\s+(?:[a-z'’-]+\s+){1,3}(?:that|which|who)|who|which|whom|whose|(?:first\s+|originally\s+)?(?:[a-z]{2,}ed|built|made|held|born|founded|begun|won|sold|bought|set\s+up))\s[^,;]*$/i;
// A second predicate after the year's: "…, and raised", " and later sold", ", were revived", ", but has since".
// ", cutting 90 jobs, and moved the work …": after a comma the conjunction may still come before the verb.
const NEXT_PREDICATE = /(?:,\s+(?:(?:and|but)\s+)?|\s(?:and|but)\s+)(?:(?:then|later|also|again|finally|eventually|subsequently)\s+)?([a-z]+)\s+([a-z]+)/g;
const HELPING = /^(?:is|are|was|were|has|have|had|will|would|did)$/;
// "Work began in May 2013, and the last rails were laid on Jan. 22": a conjunct with a subject of its own, and its verb.
// A subject by its name serves as well: ", and Harnby Town Council agreed …".
const NEXT_SUBJECT_PREDICATE = /,\s+(?:and|but|while|whereas)\s+(?:(?:the|a|an|its|their|his|her|this|these|those)\s+[a-z'’-]+|(?:he|she|it|they|we)(?=\s)|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3})((?:\s+[a-z]+){1,4})/g;
const PREPOSITION_NEXT = /^(?:in|on|by|at|during|from|since|until)$/;

/** A finite verb as far as the word alone tells (a helping verb, a past in -ed or a common irregular past). */
function pastOrHelping(w: string): boolean {
  return HELPING.test(w) || /^[a-z]{2,}ed$/.test(w) || IRREGULAR_PAST.has(w);
}

/**
 * The year at `yearPos` dates another predicate than the date at `pos` ("bought 9 percent in 2019 and raised its
 * holding in March"): its verb comes before it, and a second predicate opens between the two. A year governs the
 * clause it sits in, not the sibling conjuncts after it.
 */
export function inOtherPredicate(text: string, sentenceStart: number, yearPos: number, pos: number): boolean {
  const between = text.slice(yearPos, pos);
  if (between.length > 200) return false;
  // The year's clause has its verb before the year: a fronted year ("In 2019 the firm …") dates what follows it too.
  const lead = text.slice(Math.max(sentenceStart, yearPos - 200), yearPos);
  // A past with its bare form counts ("put the hotel up for sale in 2011"): the year is not fronted there either.
  const words = lead.match(/\b[a-z]+\b/g) ?? [];
  // "the lease the club signed in 2001 had expired in May": a finite verb right after the year's expression ends a
  // clause hung on the subject, and the sentence's own predicate comes after it. So does one after a participle phrase
  // on the subject ("a sundial taken away nine years ago was set back on Boxing Day").
  const hungOnSubject = YEAR_THEN_VERB.test(between);
  if (hungOnSubject && words.some((w) => PAST_PARTICIPLES.has(w))) return true;
  if (!words.some((w) => pastOrHelping(w) || SAME_FORM_PAST.has(w))) return false;
  if (hungOnSubject) return true;
  // A past form right before a preposition may be a participle ("…, built in 1932"), not a predicate of its own.
  for (const m of between.matchAll(NEXT_PREDICATE)) if (HELPING.test(m[1]) || (pastOrHelping(m[1]) && !PREPOSITION_NEXT.test(m[2]))) return true;
  for (const m of between.matchAll(NEXT_SUBJECT_PREDICATE)) if (m[1].trim().split(/\s+/).some(pastOrHelping)) return true;
  return false;
}

/**
 * "caught fire in 1968; copies were made in the 1980s and put online in March": a decade begun after the year, told
 * between it and the date, has moved the story on past that year.
 */
function laterDecadeBetween(between: string, year: number): boolean {
  for (const m of between.matchAll(/\b(1[0-9]|20)(\d)0['’]?s\b/g)) if (+`${m[1]}${m[2]}0` > year) return true;
  return false;
}

// "their fixtures for ", "the budget for ": a determiner's noun phrase right before "for", none of its words a verb.
const NOUN_FOR_LEAD = /\b(?:the|its|their|his|her|our|your|this|these|a|an)\s+((?:[a-z'’-]+\s+){1,3})for\s+$/i;

/** Whether `lead`, the words before a year, hangs the year on a noun by "for" ("the dates for next year"). */
function nounForYear(lead: string): boolean {
  const m = NOUN_FOR_LEAD.exec(lead);
  return !!m && !m[1].trim().split(/\s+/).some((w) => pastOrHelping(w.toLowerCase()) || SAME_FORM_PAST.has(w.toLowerCase()) || /^(?:be|been|being|am)$/i.test(w));
}

// "A sundial taken away for repair nine years ago was set back on Boxing Day": a count back closing such a clause is
// that clause's too, not the sentence's own predicate's.
const YEAR_THEN_VERB = /^[^,;.]{0,24}?\b(?:\d{4}|ago)\s+(?:had|has|have|was|were|is|are|will|would)\s/;
// "Last year's appeal", "2019's drought": a year as a noun's possessive.
const POSSESSIVE_YEAR = /^(?:(?:last|this|next)\s+year|\d{4})['’]s\s/i;
// ", and the last rails were …": a second conjunct with a subject of its own.
const LATER_CONJUNCT = /,\s+(?:and|then)\s+(?:the|a|an|its|their|his|her|our|[A-Z][a-z]+)\s/;
// "and again in March", "and once more on 2 May": the same act told a second time, later than the first.
const REPEAT_CONJUNCT = /\b(?:and|but)\s+(?:again|once\s+more)\s+(?:in|on)\s[^,;]{0,12}$/;
// "the flood of spring 2019, a fire last May and a strike in October": a month named from publication ("last May")
// between the year and the date has moved the story off that year, as a later decade does (laterDecadeBetween).
const RELATIVE_MONTH = new RegExp(`\\b(?:last|this|next)\\s+${MONTH_RE}\\b`);
