// A sentence with no date that tells of a happening (family 11 of issue 8): placed, never guessed. The first of the
// placings below that applies to it dates it; a past happening that none places is before publication. Also the
// asides told as under way now ("…, who is currently serving in Iraq, …") of a sentence with no date.

import type { EventDate } from '../document';
import { addDays, addMonths, DAY_VALUE, daysInMonth, fmtDay, parseYmd, type Ymd } from '../time-value';
import { usable } from './anchor';
import { DURATION_UNIT_WORD, endAfter } from './date-stretches';
import { ANTECEDENT_ONLY, type Draft, pastDay, singleDay } from './draft';
import { windowToActLength } from './window-to-act';
import { CLOCK_HOUR_WORDS, COMMA_RELATIVE, DAYBREAK_RE, HABIT_WORD_ALTS, INTRODUCED_HAPPENING_RE, listEntryHead, mayNameWar, MONTH_RE, MOON_LANDING_CLAUSE, MOVING_ON_WORDS, NAMED_WARS, NUMBER_WORD_RE, ORDINAL_WORD_ALTS, ordinalWordValue, parseCount, PART_OF_DAY_ALTS, PAST_PERFECT_ANYWHERE, REFERABLE_HAPPENING_RE, SEASON_NOUN_ALTS, SEASON_NOUN_PLURAL_ALTS, SUBORDINATOR_ALTS, SUN_TURN_RE, TELLING_OR_TOLD_WORD, TELLING_VERB_RE, THROUGH_NIGHT, WAKING_PART_ALTS, WEEKDAY_RE } from './lexicon';
import { anniversaryOfToldDate, happeningKey, type NarrativeContext, ORDINAL_DAY_WORDS, ordinalDayOf, type Placing, seasonsBefore, startBefore } from './narrative';
import { AFTER_MIDNIGHT } from './narrative-sequence';
import { insideQuote, pastPerfectAt } from './anaphor-anchors';
import { untilPublication } from './ordering-clauses';
import { beforePublication, fmtHuman, relativeTo, type WritingGuess } from './resolve';
import { isSchedule } from './rules/sets';
import type { Unit } from './segment';
import { beforeQuote, occasionDay, remarkAtNamedOccasion } from './occasions';
import { happeningOf, withoutTrailingAside } from './tense';
import { tellsOfState } from './state-clauses';
import { draftTitle, relativeTitle, removeRanges, titled } from './title';
import type { Timex } from './types';

// "…, who is currently serving in Iraq, …": a state told as under way now, an event at publication even in a
// sentence that is no event of its own.
const PRESENT_ASIDE = /,\s+((?:who|which)\s+(?:is|are)\s+(?:currently|now|still)\s+[^,;:"“”]{3,120})/g;

// A role set off between commas that ends on how long it has been held: ", a draper in Saddler Street for 30 years,".
const ROLE_ASIDE = /,\s+((?:a|an)\s[^,;:.()"“”]{3,100}),/i;
const FOR_YEARS_END = new RegExp(`\\sfor\\s(\\d{1,2}|${NUMBER_WORD_RE})\\syears$`, 'i');
// A verb in the aside makes it a clause, not a role (or, after a present clause, no price set against: ordered-events.ts).
export const ROLE_VERB = /\b(?:is|are|was|were|has|have|had|will|who|which|that|[a-z]{3,}ed)\b/i;

// "overturned shortly before dawn", "gathered at the docks throughout the day": a part of the day with no day of
// its own is a part of the day the story is telling of.
// Also the other ways a journalist puts a moment within that day: "late in the evening", "in the small hours", "in the
// first hour of trading", and a match's own clock ("at the final whistle", "in stoppage time").
const PART_OF_DAY = new RegExp(
  [
    String.raw`\b(?:(?:shortly|just|soon|well|long|an\s+hour)\s+)?(?:before|after|at|by|around|until|till|towards?)\s+${SUN_TURN_RE}\b`,
    // "searched until it was dark": nightfall told by the light, in the past. Not "closed after dark", a rule for any night.
    String.raw`\b(?:until|till)\s+it\s+(?:was|got|grew)\s+dark\b`,
    String.raw`\b(?:throughout|during|for\s+most\s+of|later\s+in|earlier\s+in|for\s+the\s+rest\s+of)\s+the\s+(?:day|${WAKING_PART_ALTS})\b`,
    String.raw`\b(?:late|early)\s+in\s+the\s+(?:day|${PART_OF_DAY_ALTS})\b`,
    String.raw`\bin\s+the\s+(?:early|small)\s+hours\b`,
    // "had sold out by mid-morning", "was reopened in the late afternoon", "stopped at lunchtime": a stretch of a waking
    // part of the day, or the meal that marks its middle, is as much the day's as "in the morning".
    String.raw`\b(?:in|by|at|until|till|around|before|after|from|during|towards?)\s+(?:the\s+)?(?:mid|late|early)[-\s]?(?:${WAKING_PART_ALTS})\b`,
    String.raw`\b(?:at|by|around|until|till|before|after|towards?)\s+(?:lunchtime|teatime)\b`,
    String.raw`\b(?:in|within|during)\s+the\s+(?:first|last|opening|closing|final)\s+(?:hour|half-hour|minutes?)\s+of\b`,
    String.raw`\bat\s+(?:the\s+)?(?:(?:final|full-time|half-time)\s+whistle|half-time|full-time|interval)\b`,
    String.raw`\bin\s+(?:stoppage|injury|added)\s+time\b`,
  ].join('|'),
  'i',
);

/**
 * The day a part of the day with no day of its own belongs to, told in the past: the day in focus, when it is not
 * after publication (a past happening is not on a day still to come), else the story's own day.
 */
function dayOfPart(ctx: NarrativeContext): Draft | undefined {
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  const fits = (d: Draft | undefined) => pastDay(d?.date, pub);
  // After a telling and what it told, in two years, the part of the day is the told day's as often as the telling's:
  // the later-told one, with its year as a guess.
  if (fits(ctx.focus) && fits(ctx.focusTold)) return { ...ctx.focusTold!, date: { ...ctx.focusTold!.date, yearUncertain: true } };
  return fits(ctx.focus) ? ctx.focus : fits(ctx.lead) ? ctx.lead : undefined;
}

/**
 * "The striker, who scored nine goals last season, signed at the ground shortly after 9pm": the main clause of a
 * sentence whose only date is in a relative aside, told in the past with a clock time or a part of the day and no day
 * of its own, is on the day the story is telling of, as an undated sentence's part of the day is (dayOfPart). `before`:
 * the drafts read so far, whose last day in the paragraph's sentences before this one comes first (the context's focus
 * is noted only after the paragraph is read). The aside's date is the noun's, not the clause's, so it is not used.
 */
export function focusDayOfClause(u: Unit, start: number, end: number, before: readonly Draft[], ctx: NarrativeContext): { day: Draft; said: string } | undefined {
  const text = u.paraText.slice(start, end);
  // A length told of a thing ("a four-year contract") or spent within the day ("for two hours") places nothing.
  const own = u.timexes.filter((t) => t.start >= start && t.end <= end && !(t.type === 'DURATION' && (t.rule === 'duration-adjective' || /^PT\d+[HM]$/.test(t.value))));
  const clocks = own.filter((t) => t.rule === 'clock-time');
  if (own.length !== clocks.length || clocks.length > 1 || DAY_OF_A_CLAUSE.test(text)) return undefined;
  const part = clocks.length ? null : PART_OF_DAY.exec(text);
  if (!clocks.length && !part) return undefined;
  // "The replay a fortnight on had been rained off. X scored before the break": a day told in the past perfect is a step back
  // from the story's day, not the day its match or meeting is on; the lead's day is.
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  const story = (d: Draft | undefined) => pastDay(d?.date, pub) && !PAST_PERFECT_ANYWHERE.test(d!.title);
  const day = lastInParagraph(u, before, story) ?? (story(ctx.focus) ? ctx.focus : story(ctx.lead) ? ctx.lead : undefined);
  if (!day) return undefined;
  return { day, said: clocks.length ? clocks[0].text : part![0] };
}

// A time of day with no day of its own, or "within hours": the day is the one the story is telling of.
const WITHIN_BEFORE = /\bwithin\s+(?:(?:a\s+few|several|two|three)\s+)?$/i;
const ABOUT_BEFORE = /\b(?:at\s+)?(?:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+$/i;
const LATER_AFTER = /^\s+later\b/i;
// "eight minutes from the end", "ten minutes before half-time", "two minutes into the second half": a match's clock.
const MATCH_CLOCK_AFTER =
  /^\s+(?:from\s+(?:the\s+end|time|full[\s-]time)|(?:before|after)\s+(?:half[\s-]time|full[\s-]time|the\s+(?:break|interval|restart))|into\s+(?:the\s+)?(?:second\s+half|first\s+half|extra\s+time|the\s+match|the\s+game))\b/i;
// "closed the road for two hours", "the hearing lasted three hours": a length of hours spent within the day.
const HOURS_SPENT_BEFORE = /\b(?:for|lasted|took)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i;
function sameDay(u: Unit, t: Timex): boolean {
  if (t.rule === 'clock-time') return true;
  if (t.type !== 'DURATION') return false;
  const before = u.paraText.slice(Math.max(0, t.start - 20), t.start);
  const after = u.paraText.slice(t.end, t.end + 40);
  if (/^PT\d{1,3}M$/.test(t.value) && MATCH_CLOCK_AFTER.test(after)) return true;
  if (/^PT(?:[1-9]|1\d)H$/.test(t.value) && HOURS_SPENT_BEFORE.test(before) && !/^\s+(?:a|each|every|per)\s+(?:day|night|week)\b/i.test(after)) return true;
  if (!/^(?:hours|minutes)$/i.test(t.text)) return false;
  return WITHIN_BEFORE.test(before) || LATER_AFTER.test(u.paraText.slice(t.end, t.end + 8));
}

// "I saw her launched on my first morning", "the tug came on the second evening", "We booked in the week the fire
// was on the news", "I rode it when I was six": a speaker telling of one time, named by a time noun after a
// possessive or an ordinal, or after "the" with a clause saying which, or by the speaker's age. Not "in the morning"
// or "at night" alone, which tell of any such time.
// The clause saying which may follow the noun with no preposition before it ("I swam there the week it opened", "The
// year Mr Pike came, the pond froze solid") and name its subject.
const QUOTED_OCCASION = new RegExp(String.raw`\b(?:on|in|at|during|by|after|before|until)\s+(?:(?:my|our|his|her|their|that)\s+(?:(?:first|second|third|last|very|next|same|following)\s+)?|the\s+(?:first|second|third|last|very|next|same|following)\s+)(?:${PART_OF_DAY_ALTS}|day|week|${SEASON_NOUN_ALTS})\b|(?:\b(?:in|on|during)\s+|\b)[Tt]he\s+(?:week|day|night|year|winter|summer)\s+(?:it|he|she|they|we|I|the|(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][a-z]+)\s+[a-z]{3,}|\bwhen\s+(?:I|we|he|she)\s+was\s+(?:a\s+)?[a-z]+\b`);

// "I heard the bell at about five in the morning", "the chicks hatched nine days after laying": one moment the
// speaker names by the clock or by a count from a happening, told as done. Not kept up ("at six every morning", "used
// to", "have been rising at five o'clock for years").
const QUOTED_MOMENT = new RegExp(
  String.raw`\bat\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[.:]\d{2})?|${CLOCK_HOUR_WORDS.join('|')})\s+(?:in\s+the\s+(?:${WAKING_PART_ALTS})|at\s+night|o'clock)\b` +
    String.raw`|\b(?:\d{1,2}|${NUMBER_WORD_RE})\s+(?:hours|days|weeks)\s+(?:after|before)\s+(?:the\s+)?[a-z]{4,}`,
  'i',
);
const HABITUAL = new RegExp(String.raw`\b(?:${HABIT_WORD_ALTS}|used\s+to|would|ha(?:s|ve)\s+been\s+[a-z]+ing)\b`, 'i');
const quotedOccasion = (text: string) => QUOTED_OCCASION.test(text) || ((QUOTED_MOMENT.test(text) || PART_OF_DAY.test(text)) && !HABITUAL.test(text) && happeningOf(text) === 'past');

// A quotation closed by its attribution: ", the mayor said." or ," said Officer Gail Brennick."
const ATTRIBUTED_QUOTE = /[,.]["”]\s+(?:said|says|added|told)\b|[,.]["”]\s+(?:[A-Za-z.'’-]+\s+){1,6}(?:said|says|added)[.!]?$/;

// 'He told the club: "The pitch is ruined. We have been training on the beach for six weeks."': a sentence going on
// with a quotation that a telling opened in a sentence before is attributed as much as one closed by ", he said".
const TELLING_LEAD_IN = new RegExp(String.raw`\b(?:${TELLING_VERB_RE}|told|tells)\b[^.;"“”]{0,40}[:,.]\s*["“]$`, 'i');

/** The sentence's quotation is attributed: in the sentence itself, or by a telling just before the quotation opened. */
function attributedQuote(u: Unit, text: string): boolean {
  if (ATTRIBUTED_QUOTE.test(text)) return true;
  // A sentence may open with the quotation's own mark ('“It hurts,” she said. “We have been …').
  const at = /^["“]/.test(u.paraText.slice(u.start, u.start + 1)) ? u.start + 1 : u.start;
  if (!insideQuote(u.paraText, 0, at)) return false;
  const before = u.paraText.slice(Math.max(0, at - 1000), at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“')) + 1;
  return open > 0 && TELLING_LEAD_IN.test(before.slice(Math.max(0, open - 120), open));
}

// "Her speech at the rally", "The rally turned violent": the happening named again, not placed before or after it.
const NAMED_AGAIN = new RegExp(String.raw`(?:^|\b(?:at|during|in|of|on|from)\s+)the\s+(?:[a-z-]+\s+)?(${INTRODUCED_HAPPENING_RE})\b`, 'i');

// "was seventeen at the time of the massacre", "during the collapse": the happening's own time.
// "has stood with the country since its first vote": from the happening's time up to publication.
const SINCE_REF = new RegExp(String.raw`\bsince\s+(?:the|its|their|his|her)\s+(first\s+)?(?:[a-z-]+\s+)?(${REFERABLE_HAPPENING_RE})\b`, 'i');
// "failed on election night", "queued from dawn on polling day": the day or night named by the happening it is of.
const AT_TIME_OF = new RegExp(String.raw`\b(?:at\s+the\s+time\s+of|during)\s+(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?(${REFERABLE_HAPPENING_RE})\b|\b(?:on|during)\s+(${REFERABLE_HAPPENING_RE}|polling)\s+(?:day|night|evening)\b`, 'i');

/** "has stood with it since its first vote", told in the present perfect, and the date the text gave that vote. */
function sinceHappening(text: string, ctx: NarrativeContext): { m: RegExpExecArray; h: EventDate } | null {
  const m = SINCE_REF.exec(text);
  if (!m || !PERFECT.test(text.slice(0, m.index))) return null;
  const h = ctx.happenings?.get(`${m[1] ? 'first ' : ''}${happeningKey(m[2])}`);
  const pub = ctx.published && fmtDay(ctx.published);
  return h && pub && h.start < pub ? { m, h } : null;
}

// "…, he liked to say, “", "…, she recalled, “", "He said, “": the speaker's words that lead into a quotation.
const LEAD_IN_ATTRIBUTION = /(?:^|,\s*)(?:[A-Za-z.'’-]+\s+){1,4}?(?:(?:often|always|once|later|then|also)\s+)?(?:said|says|added|recalled|remembered|wrote|joked|insisted|explained|told\s+[A-Za-z]+|(?:liked|used|loved)\s+to\s+(?:say|tell\s+[A-Za-z]+|recall|joke)|would\s+(?:say|recall|joke)|put\s+it)\s*,\s*$/;

// An initialism closing the words before a quotation ("the U.S.", "the U.N."): its point ends no sentence.
const INITIALISM_END = /\b[A-Z]\.[A-Z]\.\s?$/;

/**
 * The sentence is itself quoted speech: it opens inside a quotation, or with one. Not when a past main clause comes
 * first and only a speaker's lead-in sits between it and the quotation ("In 1944 he drove an ambulance, he liked to
 * say, “and never once was afraid”"): the main clause is the story's.
 */
function quoted(text: string): boolean {
  const q = /["“”]/.exec(text);
  if (!q || !(q.index === 0 || q[0] === '”' || (/[,.!?]\s*$/.test(text.slice(0, q.index)) && !INITIALISM_END.test(text.slice(0, q.index))))) return false;
  if (q.index === 0 || q[0] === '”') return true;
  return leadInMain(text, q.index) === null;
}

/** The past main clause before a speaker's lead-in to the quotation opening at `q`, or null when there is none. */
function leadInMain(text: string, q: number): string | null {
  const lead = LEAD_IN_ATTRIBUTION.exec(text.slice(0, q));
  if (!lead || lead.index === 0) return null;
  const main = text.slice(0, lead.index);
  return happeningOf(main) === 'past' && !quoted(main) ? main : null;
}

/** The clause a sentence's title comes from: without a trailing quotation's lead-in, or an aside a modal sits in. */
function mainClause(text: string): string {
  const q = /[“"]/.exec(text);
  const main = q && q.index > 0 && /,\s*$/.test(text.slice(0, q.index)) ? leadInMain(text, q.index) : null;
  return main ?? withoutTrailingAside(text);
}

// Participles written as such ("has grown", "has come under strain", "have risen"), after up to two adverbs ("has
// slowly rebuilt").
const PERFECT = /\b(?:has|have)\s+(?:(?:not|never|also|now|already|only|just|[a-z]{3,}ly)\s+){0,2}(?:been|had|[a-z]+ed|[a-z]{2,}(?:en|wn|un|ht|lt|id|ld|ft|pt)|come|become|stood|sat|spent|kept|held|lived|run|gone|seen|known|met|led|set|put|cut|won|got|lost|made|sold|paid|left)\b/i;
const COUNT_DURATION = /^P(\d+)([YMWD])$/;
const SEASONS_UP_TO_NOW = new RegExp(`\\bfor\\s+(the\\s+(?:past|last)\\s+(\\d{1,2}|${NUMBER_WORD_RE})\\s+(${SEASON_NOUN_PLURAL_ALTS}))\\b`, 'i');

// "took the pennant in each of the last five years": one happening a year, so the count is of whole calendar years, the
// ones before publication's (still under way), in any past tense; not a stretch counted back to the day.
const EACH_OF = /\beach\s+of\s+$/i;
const LAST_YEARS = /^the\s+(?:past|last)\s+\S+\s+years$/i;
// A subordinating word (lexicon's, and "whereas") before the phrase: the years are the subordinate clause's ("kept
// the stall because she has traded in each of the past five years"), not the sentence's happening.
const SUBORDINATE_BEFORE = new RegExp(`\\b(?:${SUBORDINATOR_ALTS}|whereas)\\b`, 'i');

/** The whole years before publication's that "each of the last N years" counts, with its timex. */
function eachOfLastYears(u: Unit, published: Ymd): { t: Timex; date: EventDate } | null {
  for (const t of u.timexes) {
    const n = t.type === 'DURATION' && !t.mod ? /^P(\d+)Y$/.exec(t.value) : null;
    if (!n || +n[1] < 2 || !LAST_YEARS.test(t.text) || !EACH_OF.test(u.paraText.slice(Math.max(u.start, t.start - 12), t.start))) continue;
    if (SUBORDINATE_BEFORE.test(u.paraText.slice(u.start, t.start))) continue;
    const date: EventDate = { start: String(published.y - +n[1]), end: String(published.y - 1), basis: 'publication', rule: 'duration/whole-years-before-publication', note: `“each of ${t.text}”: the whole years before publication’s (${published.y}).` };
    return { t, date };
  }
  return null;
}

/**
 * "has spent much of the past sixteen years under detention": the stretch up to publication; "has not had
 * relations for more than two decades": the state began before that many years back. Only in the present
 * perfect, which ties the count to the time of writing.
 */
function spanUpToPublication(u: Unit, published: Ymd): { t: Timex; date: EventDate } | null {
  const text = u.paraText.slice(u.start, u.end);
  const each = eachOfLastYears(u, published);
  if (each) return each;
  if (!PERFECT.test(text)) return null;
  // "has worked here for the last three summers": the seasons, not three years back from publication.
  // Only "the past" may be tagged inside it, as a vague time of its own.
  const seasonal = SEASONS_UP_TO_NOW.exec(text);
  const start = seasonal ? u.start + seasonal.index + seasonal[0].length - seasonal[1].length : 0;
  const seasons = seasonal && u.timexes.every((x) => x.start >= start && x.end <= start + seasonal[1].length) ? seasonsBefore(fmtDay(published), parseCount(seasonal[2]), seasonal[3]) : null;
  if (seasonal && seasons) {
    const t: Timex = { start, end: start + seasonal[1].length, text: seasonal[1], type: 'DURATION', value: `P${parseCount(seasonal[2])}Y`, rule: 'duration/seasons' };
    return { t, date: { ...seasons, basis: 'publication', rule: 'duration/seasons-up-to-publication', note: `“${t.text}”: the seasons up to the last one over before publication, ${fmtHuman(published)}.` } };
  }
  for (const t of u.timexes) {
    const n = t.type === 'DURATION' ? COUNT_DURATION.exec(t.value) : null;
    if (!n) continue;
    const k = +n[1];
    const back = n[2] === 'Y' ? { ...published, y: published.y - k } : n[2] === 'M' ? { ...addMonths(published.y, published.m, -k), d: published.d } : addDays(published, -k * (n[2] === 'W' ? 7 : 1));
    const from = fmtDay({ ...back, d: Math.min(back.d, daysInMonth(back.y, back.m)) });
    const pub = fmtDay(published);
    const lead = u.paraText.slice(Math.max(u.start, t.start - 12), t.start);
    if (/^the\s+(?:past|last|previous)\s/i.test(t.text)) {
      return { t, date: { start: from, end: pub, basis: 'publication', rule: 'duration/up-to-publication', note: `“${t.text}”: counted back from the publication date, ${fmtHuman(published)}.` } };
    }
    if (/\bfor\s+$/i.test(lead) && t.mod === 'MORE_THAN') {
      return { t, date: { start: from, mod: 'before', basis: 'publication', rule: 'duration/began-before', note: `“for ${t.text}” up to publication (${fmtHuman(published)}): it began before ${from}.` } };
    }
    if (/\bfor\s+$/i.test(lead) && !t.mod) {
      return { t, date: { start: from, end: pub, basis: 'publication', rule: 'duration/up-to-publication', note: `“for ${t.text}” up to publication (${fmtHuman(published)}).` } };
    }
  }
  return null;
}

/**
 * The same, read over a part of the unit (a clause, what a telling tells): "…, who has farmed there for forty years,
 * said on Monday …", "Sales have fallen by a third over the last five years, its owners said on Monday".
 */
export function spanUpToPublicationIn(u: Unit, start: number, end: number, published: Ymd): EventDate | null {
  const timexes = u.timexes.filter((t) => t.start >= start && t.end <= end);
  return timexes.length ? (spanUpToPublication({ ...u, start, end, timexes }, published)?.date ?? null) : null;
}

const COMING = /^(?:the\s+)?(?:coming|next(?:\s+(?:few|several|couple\s+of))?)\s+(?:days|weeks|months)$/i;
const COMING_LEAD = /\b(?:in|within|over|during)\s+$/i;

// "deliberated for two days before returning its verdict": a count of days that ends as the next happening starts.
const FOR_BEFORE = /\bfor\s+(\d{1,2}|[a-z]{3,9})\s+(days?|weeks?)\s+before\s+[a-z]{3,}ing\b/i;

/** "Sgt. Jane Smith, who is currently serving in Iraq": an aside told as under way now holds at publication. */
export function presentAsides(w: Placing): void {
  const { u, text } = w;
  const { published } = w.ctx;
  if (w.hasOwn || !published) return;
  for (const m of text.matchAll(PRESENT_ASIDE)) {
    const start = u.start + m.index! + m[0].length - m[1].length;
    // "Sgt. Jane Smith, who is currently serving in Iraq": titled by who is serving.
    const title = titled(relativeTitle(u, u.paraText.slice(Math.max(u.start, start - 300), start), Math.max(u.start, start - 300), m[1]));
    pushAside(w, start, m[1].length, title, { start: fmtDay(published), basis: 'publication', rule: 'present-tense/publication', note: `The article tells of this as under way now: it holds at publication (${fmtHuman(published)}).` });
  }
  // "Bertil Coyle, a draper in Saddler Street for 30 years, said …": a role held for a count of years, told beside an
  // undated telling, is held up to it, the publication day.
  const role = ROLE_ASIDE.exec(text);
  const length = role ? FOR_YEARS_END.exec(role[1]) : null;
  const years = length ? parseCount(length[1]) : undefined;
  if (role && years && Number.isInteger(years) && !ROLE_VERB.test(role[1])) {
    const start = u.start + role.index + role[0].indexOf(role[1]);
    const from = fmtDay({ ...published, y: published.y - years, d: Math.min(published.d, daysInMonth(published.y - years, published.m)) });
    pushAside(w, start, role[1].length, titled(role[1]), { start: from, end: fmtDay(published), basis: 'publication', rule: 'duration/up-to-publication', note: `“for ${length![1]} years” up to publication (${fmtHuman(published)}).` });
  }
  // The asides are events beside the sentence's: it may still be one of its own.
  w.before = w.out.length;
}

/** An aside's event, `length` characters from `start`, when its words make a title. */
function pushAside(w: Placing, start: number, length: number, { title, drafted }: ReturnType<typeof titled>, date: EventDate): void {
  if (title) w.push({ paragraphId: w.u.paragraphId, start, end: start + length, title, drafted, date });
}

/** A sentence with no date that tells of a happening: placed by the first of UNDATED_PLACINGS that applies. */
export function undatedHappening(w: Placing): void {
  const { u, text } = w;
  const { published } = w.ctx;
  // A sentence of direct quotation is a voice in the story, not a happening the story tells; a sentence
  // that tells of a statement and then quotes it ("X said the city “will rebuild”") is still an event.
  if (w.hasOwn || w.out.length > w.before) return;
  // Unless it is attributed (attributedQuote) and counts a stretch up to now ("“Families have been living in
  // shelters for three weeks,” an official said"): the speaker tells how long a state has lasted at publication. Or it
  // tells of one time it names (QUOTED_OCCASION).
  if (quoted(text) && !(attributedQuote(u, text) && published && spanUpToPublication(u, published)) && !quotedOccasion(text)) return;
  // Opening hours ("open Monday to Saturday, and closed on Sundays") are no happening (family 7).
  if (isSchedule(text) || u.timexes.some((t) => t.rule === 'set/weekday-plural')) return;
  if (windowToAct(w)) return;
  const how = happeningOf(text);
  if (comingAfterPublication(w, how)) return;
  // Neither past nor present: only a plan timed by a happening the story names is kept.
  if (!how) {
    if (!lengthAheadFromPublication(w) && !plannedAtNamedTime(w) && !closedOnDayBefore(w)) clockEntryOfFocusDay(w);
    return;
  }
  const { title, drafted, date } = undatedDate(w, how);
  if (date && title) w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
}

/** The same day `n` months on, or the month's last day when it has no such day. */
function monthsOn(from: Ymd, n: number): Ymd {
  const x = addMonths(from.y, from.m, n);
  return { ...x, d: Math.min(from.d, daysInMonth(x.y, x.m)) };
}

/**
 * "The museum has 30 days to appeal": the window runs from the day the story has got to (the ruling it follows), or
 * from publication when that day is too far back for the window to be still open, for the count given. Whether the
 * sentence is one such.
 */
function windowToAct(w: Placing): boolean {
  const { u, text } = w;
  const { published, storyDay } = w.ctx;
  const day = singleDay(storyDay);
  const story = day ? parseYmd(day) : null;
  const { writing } = w.ctx;
  // Without a publication date the window runs from the story's day, or else from the guessed time of writing.
  const window = published || story || writing ? windowToActLength(u.paraText, u.timexes, u.start, u.end) : null;
  if (!window || quoted(text)) return false;
  const { n, unit } = window;
  const after = (from: Ymd) => (unit === 'M' ? monthsOn(from, n) : addDays(from, unit === 'W' ? 7 * n : n));
  // A window still open when the article was written (a guess) cannot close before it: a story's day with a written
  // year that far back is some earlier happening's, not the one the window follows. One whose year is itself guessed
  // says nothing of how far back it is.
  const shut = !published && !!story && !!writing && !storyDay!.date.yearUncertain && closesBefore(after(story), writing);
  if (!published && (!story || shut)) return windowFromWriting(w, writing!, window.length.text, after);
  const from = story && (!published || fmtDay(after(story)) >= fmtDay(published)) ? story : published!;
  const fromStory = from !== published;
  const date: EventDate = {
    start: fmtDay(from),
    end: fmtDay(after(from)),
    basis: fromStory ? storyDay!.date.basis : 'publication',
    rule: fromStory ? 'window/from-story-day' : 'window/from-publication',
    note: `“${window.length.text}” to act, counted from ${fromStory ? `the day the story has got to, that of “${storyDay!.title}”` : `publication (${fmtHuman(published!)})`}.`,
    ...(fromStory && storyDay!.date.yearUncertain ? { yearUncertain: true } : {}),
  };
  const { title, drafted } = titled(text);
  if (!title) return false;
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

/** Whether `day` falls before the guessed time of writing: its day, or else its year. */
function closesBefore(day: Ymd, writing: WritingGuess): boolean {
  return writing.day ? fmtDay(day) < fmtDay(writing.day) : day.y < writing.year;
}

/** A window to act told with no day to count it from and no publication date: it opens at the guessed time of writing. */
function windowFromWriting(w: Placing, writing: WritingGuess, length: string, after: (from: Ymd) => Ymd): boolean {
  const { title, drafted } = titled(w.text);
  if (!title) return false;
  const note = `“${length}” to act, counted from when the article was written, ${writing.day ? fmtHuman(writing.day) : `in ${writing.year}`}, a guess.`;
  const span = writing.day ? { start: fmtDay(writing.day), end: fmtDay(after(writing.day)) } : { start: String(writing.year) };
  w.push({ paragraphId: w.u.paragraphId, start: w.u.start, end: w.u.end, title, drafted, date: { ...span, basis: 'publication', rule: 'window/from-writing-guess', yearUncertain: true, note } });
  return true;
}

// "is expected to take roughly four days", "should last six weeks", "will take three months": how long a piece of work
// still to come will go on for.
const LENGTH_AHEAD_LEAD = /\b(?:(?:is|are)\s+(?:expected|due|likely|set)\s+to|will|should)\s+(?:take|last)\s+(?:(?:about|around|roughly|some)\s+)?$/i;

/**
 * "Repairs to the footbridge are expected to take roughly four days": a length still to come, opening its paragraph with
 * no date of its own to start from, runs from publication for that many days (weeks, months), the day it opens
 * counted; without a publication date, from the guessed time of writing, flagged. Whether the sentence is one such.
 */
function lengthAheadFromPublication(w: Placing): boolean {
  const { u, text } = w;
  const { published, writing } = w.ctx;
  if (!(published || writing) || /\S/.test(u.paraText.slice(0, u.start)) || quoted(text) || u.timexes.length !== 1) return false;
  const t = u.timexes[0];
  const m = t.type === 'DURATION' ? /^P(\d{1,3})([DWM])$/.exec(t.value) : null;
  // The tagger may take "last" or "about" into the length ("last three weeks").
  const head = /^(?:(?:last|about|around|roughly|some)\s+){1,2}/i.exec(t.text)?.[0] ?? '';
  if (!m || !+m[1] || !LENGTH_AHEAD_LEAD.test(u.paraText.slice(Math.max(u.start, t.start - 48), t.start) + head)) return false;
  const { title, drafted } = titled(mainClause(text));
  if (!title) return false;
  // Without a publication date the work still runs from when the article was written: from the guessed day of writing,
  // or only in its guessed year, flagged, as a window to act is (windowFromWriting).
  if (!published) {
    const at = writing!.day ? fmtDay(writing!.day) : null;
    const until = at && endAfter(at, +m[1], DURATION_UNIT_WORD[m[2]]);
    const span = at && until ? { start: at, end: until } : { start: String(writing!.year) };
    const note = `“${t.text}” still to come, counted from when the article was written, ${writing!.day ? fmtHuman(writing!.day) : `in ${writing!.year}`}, a guess.`;
    w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date: { ...span, basis: 'publication', rule: 'length/ahead-from-writing-guess', yearUncertain: true, note } });
    return true;
  }
  const start = fmtDay(published);
  const end = endAfter(start, +m[1], DURATION_UNIT_WORD[m[2]]);
  if (!end) return false;
  const date: EventDate = { start, end, basis: 'publication', rule: 'length/ahead-from-publication', note: `“${t.text}” still to come, counted from publication (${fmtHuman(published)}).` };
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

/**
 * "will publish the plan in the coming weeks", "a ruling is expected within the next few days": some time after
 * publication, and no more is known. Whether the sentence is one such.
 */
function comingAfterPublication(w: Placing, how: Happening): boolean {
  const { u, text } = w;
  const { published } = w.ctx;
  const leadOf = (t: Timex) => COMING_LEAD.exec(u.paraText.slice(Math.max(0, t.start - 8), t.start));
  const coming = how !== 'past' && published ? u.timexes.find((t) => t.type === 'DURATION' && COMING.test(t.text) && leadOf(t)) : undefined;
  const lead = coming && leadOf(coming);
  if (!(coming && lead && published)) return false;
  const { title, drafted } = titled(removeRanges(text, [{ start: coming.start - lead[0].length - u.start, end: coming.end - u.start }]));
  const date: EventDate = { start: fmtDay(published), mod: 'after', basis: 'publication', rule: 'coming/after-publication', note: `“${coming.text}”: some time after publication (${fmtHuman(published)}).` };
  if (title) w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

// "The gates will open at the same time", "Stalls will be free on the opening day", "Buses will stop short of the
// square for the duration of the fair", "During the repairs the choir will sing in the hall", "will stay shut until the
// inquest.": a plan timed by a happening the story names, not by a date. Not "until the river falls" (a condition), not
// "for the first time" (a comparison).
const NAMED_TIME = new RegExp(
  [
    String.raw`\b(?:on|at)\s+the\s+(?:same|opening|closing|final)\s+(?:day|night|weekend|week|time|evening|morning)\b`,
    String.raw`\bon\s+the\s+day\s+of\s+(?:the\s+|its\s+)?[a-z]{3,}`,
    String.raw`\b(?:for|throughout)\s+the\s+duration\s+of\b`,
    // A word before the noun only when the noun is plainly one ("the court hearing", not "the river falls").
    String.raw`\b(?:until|till|during|throughout)\s+the\s+(?:[a-z]+\s+(?=[a-z]+(?:ing|ion|ure|ment)\b))?[a-z]{4,}(?=\s*[.,;]|\s+(?:the|a|an|its|their)\s)`,
  ].join('|'),
  'i',
);
const WILL_PLAN = /\bwill\s+(?:(?:now|also|then|be)\s+){0,2}[a-z]{3,}/i;
// Not "No. 14", a number sign.
const NOT_A_PLAN = /\b(?:not|never|no(?!\.\s?\d)|if|unless|would|could|might|may|every|each|hope[sd]?|expect(?:s|ed)?)\b|\?/i;

/**
 * "Stalls will be free on the opening day": a plan timed by a happening the story names. It falls after publication
 * (the day in focus when that is still to come); without a publication date, after the guessed time of writing. Whether
 * the sentence is one such.
 */
function plannedAtNamedTime(w: Placing): boolean {
  const { u, text } = w;
  const { published, writing, focus } = w.ctx;
  const main = mainClause(text);
  if (!NAMED_TIME.test(main) || !WILL_PLAN.test(main) || NOT_A_PLAN.test(main) || quoted(text)) return false;
  const pub = published && fmtDay(published);
  const focusDay = singleDay(focus);
  const ahead = pub && focusDay && focusDay > pub ? focus : null;
  const from = pub ?? (writing ? (writing.day ? fmtDay(writing.day) : String(writing.year)) : null);
  if (!from) return false;
  const date: EventDate = ahead
    ? {
        start: ahead.date.start,
        basis: ahead.date.basis,
        rule: 'plan/named-time-in-focus',
        note: `A plan timed by a happening the story names; the day in focus is that of “${ahead.title}”, still to come.`,
        ...(ahead.date.yearUncertain ? { yearUncertain: true } : {}),
      }
    : {
        start: from,
        mod: 'after',
        basis: 'publication',
        rule: 'plan/named-time-after-publication',
        note: pub ? `A plan timed by a happening the story names: after publication (${fmtHuman(published!)}).` : `A plan timed by a happening the story names: after the article was written, ${from}, a guess.`,
        ...(pub ? {} : { yearUncertain: true }),
      };
  const { title, drafted } = titled(main);
  if (!title) return false;
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

// "will be closed", "will also stay shut": a closure with no time of its own.
const CLOSED_TOO = /\bwill\s+(?:also\s+)?(?:be|stay|remain)\s+(?:closed|shut)\b/i;

/**
 * "The town museum will close on Monday, March 9. Its café and gift shop will be shut as well.": a closure with no time
 * of its own, told in the sentence right after one that names a day still to come in its paragraph, is on that day.
 * Whether the sentence is one such.
 */
function closedOnDayBefore(w: Placing): boolean {
  const { u, text, prevDated } = w;
  const { published } = w.ctx;
  const day = singleDay(prevDated);
  const main = mainClause(text);
  if (!published || !day || day <= fmtDay(published) || u.timexes.length || !CLOSED_TOO.test(main) || NOT_A_PLAN.test(main) || quoted(text)) return false;
  // Only the sentence right after the one the day is told in: the paragraph's units are its sentences, split where an
  // abbreviation ("Dr.", "St.") is no sentence end.
  if (w.previous && prevDated!.end <= w.previous.start) return false;
  const { title, drafted } = titled(main);
  if (!title) return false;
  const date: EventDate = { start: day, basis: prevDated!.date.basis, rule: 'plan/closed-on-day-before', note: `A closure with no time of its own, told right after “${prevDated!.title}”, still to come: on its day.`, ...(prevDated!.date.yearUncertain ? { yearUncertain: true } : {}) };
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
  return true;
}

// A modal or a future: an entry still to come, or only possible.
const NOT_DONE = /\b(?:will|shall|would|could|may|might|must|should)\b/i;

/**
 * "6.40pm - Crews open the sports hall to families.": an entry of a dated list headed by a clock time alone, told in the
 * present as such lists are (listEntryHead), is of the day the list has got to, as a past sentence at a clock time is
 * (sameDayAsFocus). Whether the sentence is one such.
 */
function clockEntryOfFocusDay(w: Placing): boolean {
  const { u, text } = w;
  const [t] = u.timexes;
  if (u.timexes.length !== 1 || t.rule !== 'clock-time' || NOT_DONE.test(text) || !listEntryHead(u.paraText.slice(0, t.start), u.paraText.slice(t.end, t.end + 4))) return false;
  // A programme for a day still ahead is a schedule, not what happened.
  const told = sameDayAsFocus(w, 'past');
  if (!told?.date || !told.title || told.date.rule !== 'narrative-focus/same-day') return false;
  w.push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title: told.title, drafted: told.drafted, date: told.date });
  return true;
}

type Happening = ReturnType<typeof happeningOf>;

/** What a placing gives a sentence: its date, and its title when that is not the whole sentence's. */
interface Told {
  date: EventDate | null;
  title?: string;
  drafted?: ReturnType<typeof titled>['drafted'];
}

/** The sentence's date and title: the first placing that applies gives them; none, no date. */
function undatedDate(w: Placing, how: NonNullable<Happening>): { title: string; drafted: ReturnType<typeof titled>['drafted']; date: EventDate | null } {
  const whole = titled(mainClause(w.text));
  for (const placing of UNDATED_PLACINGS) {
    const told = placing(w, how);
    if (told) return { ...whole, ...told };
  }
  return { ...whole, date: null };
}

/** A quotation's own words, for its title: without its marks and its attribution (", said her mother."). */
const quotationWords = (said: string): string => said.replace(/^["“]/, '').replace(/[\s,.]*["”][^"“”]*$/, '');

/** "has spent much of the past sixteen years under detention": the stretch up to publication (spanUpToPublication). */
function spanToPublication(w: Placing, how: Happening): Told | undefined {
  const { u, text } = w;
  const { published } = w.ctx;
  const span = how === 'past' && published ? spanUpToPublication(u, published) : null;
  if (!span) return undefined;
  const share = /\b(?:(?:much|most|all|part|some)\s+of\s+|for\s+|(?:in\s+)?each\s+of\s+)$/i.exec(u.paraText.slice(Math.max(u.start, span.t.start - 12), span.t.start));
  const said = removeRanges(text, [{ start: span.t.start - u.start - (share?.[0].length ?? 0), end: span.t.end - u.start }]);
  // A quotation is titled by what it says, without its marks and its attribution.
  const { title, drafted } = titled(quoted(text) ? quotationWords(said) : said);
  return { date: span.date, title, drafted };
}

// An evening clock time or part of the day: "at 10.15 p.m.", "9pm", "in the evening".
const EVENING_CLOCK = /\b(?:(?:[1-9]|1[01])(?:[.:][0-5]\d)?\s?p\.?m\b|evening|dusk|nightfall)/i;

/** A time of day, or "within hours", with no day of its own, in a past sentence: the day the story is telling of. */
function sameDayAsFocus(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const day = u.timexes.filter((t) => sameDay(u, t));
  // "set off at 5 a.m. and landed shortly after 2 p.m.": two clock times of one happening are both of the focus day.
  const clocks = day.length === 2 && day.every((t) => t.rule === 'clock-time');
  // "adjourned the meeting for twenty minutes at 8.30 p.m.": a length of minutes or hours leaves the day as it is.
  const others = u.timexes.filter((t) => !day.includes(t) && !(t.type === 'DURATION' && /^PT\d+[HM]$/.test(t.value)));
  if (!(how === 'past' && (day.length === 1 || clocks) && others.length === 0 && ctx.focus)) return undefined;
  const cuts = day.map((t) => {
    const from = (t.rule === 'clock-time' ? ABOUT_BEFORE : WITHIN_BEFORE).exec(u.paraText.slice(Math.max(0, t.start - 24), t.start));
    const to = LATER_AFTER.exec(u.paraText.slice(t.end, t.end + 8)) ?? MATCH_CLOCK_AFTER.exec(u.paraText.slice(t.end, t.end + 40));
    return { start: t.start - (from?.[0].length ?? 0) - u.start, end: t.end + (to?.[0].length ?? 0) - u.start };
  });
  // "for three hours" stays in the title: the length is what the sentence tells, not where it is.
  const spent = (t: Timex) => t.type === 'DURATION' && /H$/.test(t.value) && HOURS_SPENT_BEFORE.test(u.paraText.slice(Math.max(0, t.start - 20), t.start));
  const { title, drafted } = titled(removeRanges(text, cuts.filter((_, i) => !spent(day[i]))).replace(/^[\s,]+/, ''));
  const said = cuts.map((cut) => `“${u.paraText.slice(cut.start + u.start, cut.end + u.start)}”`).join(' and ');
  // "Schools will stay shut on Monday. … The river peaked just before noon": a day still ahead of publication is a plan,
  // not where the story told in the past is; a past time of day with no day of its own is then publication's, the day
  // news leaves unnamed.
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  if (pub && ctx.focus.date.start > pub && DAY_VALUE.test(ctx.focus.date.start)) {
    // "The board voted on Tuesday night. … It meets again on May 8. The hearing, which opened at 10 a.m., …": the report's
    // own day, read first and within the week before publication, is the day the past time of day is of.
    const lead = ctx.lead && pastDay(ctx.lead.date, pub) && ctx.lead.date.start >= fmtDay(addDays(ctx.published!, -7)) ? ctx.lead : undefined;
    const date: EventDate = lead
      ? { ...lead.date, rule: 'narrative-focus/lead-day', note: `The article gives ${said} with no day, told in the past: the day of its news, that of “${lead.title}”, not the day ahead it last named.` }
      : { start: pub, basis: 'publication', rule: 'narrative-focus/publication-day', note: `The article gives ${said} with no day, told in the past: the day of publication (${fmtHuman(ctx.published!)}), not the day ahead it last named.` };
    return { date, title, drafted };
  }
  // "sank after midnight": the day after the one in focus.
  // Not after a day's happening told as following another ("shut on Tuesday after water flooded the hall. The
  // flooding began shortly after midnight"): that midnight opened the day.
  // Nor when the sentence sets off in the evening before it ("began at 10.15 p.m. and ran on until after midnight"):
  // what it tells started on the day in focus.
  const midnight = AFTER_MIDNIGHT.exec(text);
  // Worked out only when asked for: small hours are looked for after a focus that is a whole day only, while "after
  // midnight" moves on a focus with a time of day too (parseYmd reads the day before its "T").
  const focusStart = ctx.focus.date.start;
  const dayAfter = () => fmtDay(addDays(parseYmd(focusStart)!, 1));
  const following = DAY_VALUE.test(focusStart) ? dayAfter() : null;
  // "closed at 10pm, … demanded a recheck at 1.15am": a small-hours time the tagger put past midnight, after an
  // evening time of the day in focus (clock.ts), is of the next day too.
  const smallHours = !!following && day.some((t) => t.rule === 'clock-time' && t.value.startsWith(`${following}T0`) && t.value.slice(11, 13) < '06');
  const next = (midnight && !EVENING_CLOCK.test(text.slice(0, midnight.index)) && !ctx.afterAnother?.has(ctx.focus)) || smallHours ? { start: dayAfter() } : {};
  const date = {
    ...ctx.focus.date,
    ...next,
    rule: 'narrative-focus/same-day',
    note: `The article gives ${said} with no day; it is the day the story is telling of, that of “${ctx.focus.title}”.`,
  };
  return { date, title, drafted };
}

// "On the night the river froze, …": a day named by a happening of its own, whose date the words do not give.
const DAY_OF_A_CLAUSE = new RegExp(String.raw`\b[Oo]n\s+the\s+(?:day|${PART_OF_DAY_ALTS})\s+(?:(?:that|when)\s+)?(?:the|a|an|his|her|its|their|our|my|he|she|they|we|it|I|[A-Z][a-z]+)\s`);

/**
 * "overturned shortly before dawn": a part of the day with no day of its own (PART_OF_DAY, dayOfPart). Not when the
 * sentence names its day by another happening ("On the night the river froze, the crowd stayed until dawn"): the
 * dawn is that night's, not the story's day in focus.
 */
function partOfFocusDay(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  if (!(how === 'past' && !u.timexes.length && PART_OF_DAY.test(text) && !DAY_OF_A_CLAUSE.test(text) && dayOfPart(ctx))) return undefined;
  const part = PART_OF_DAY.exec(text)!;
  const day = dayOfPart(ctx)!;
  const rest = removeRanges(text, [{ start: part.index, end: part.index + part[0].length }]);
  const title = draftTitle(quoted(text) ? quotationWords(rest) : rest);
  const night = intoDaybreak(text, day, ctx);
  if (night) return { date: { ...day.date, ...night, note: `The article gives “${part[0]}” with no day; it is the night after the day the story is telling of, that of “${day.title}”.` }, title };
  return { date: { ...day.date, rule: 'narrative-focus/part-of-day', note: `The article gives “${part[0]}” with no day; it is the day the story is telling of, that of “${day.title}”.` }, title };
}

// "searched the lanes until dawn", "had cleared the road by first light": daybreak as the end of what the clause tells.
const UNTIL_DAYBREAK = new RegExp(String.raw`\b(until|till|by)\s+${DAYBREAK_RE}\b`, 'i');
// "in the early hours", "before dawn", "that morning": the day in focus told at its start, whose daybreak is its own.
const MORNING_OF_DAY = /(?:early\s+hours|small\s+hours|morning|before\s+(?:dawn|daybreak|first\s+light|sunrise))/i;

/**
 * "She lost the dog on Saturday evening. She searched the lanes until dawn.": what a past clause with no day of its own
 * kept up until daybreak went on all night after the day in focus, into the next day; what was done "by dawn"
 * after a night the sentence tells ("gathered overnight, and had gone by dawn") is the next day's. Not in the past
 * perfect (a step back), nor when the sentence or the focus's own title puts the story at a morning, whose daybreak
 * is that day's; nor a night that would end after publication. Null otherwise.
 */
function intoDaybreak(text: string, day: Draft, ctx: NarrativeContext): Pick<EventDate, 'start' | 'end' | 'rule'> | null {
  const m = UNTIL_DAYBREAK.exec(text);
  const at = m ? singleDay(day) : null;
  const by = !!m && /^by$/i.test(m[1]);
  if (!m || !at || (!by && PAST_PERFECT_ANYWHERE.test(text)) || (by && !THROUGH_NIGHT.test(text)) || MORNING_OF_DAY.test(text) || MORNING_OF_DAY.test(day.title)) return null;
  const next = fmtDay(addDays(parseYmd(at)!, 1));
  if (ctx.published && next > fmtDay(ctx.published)) return null;
  if (by) return { start: next, rule: 'narrative-focus/daybreak-after-night' };
  return { start: at, end: next, rule: 'narrative-focus/night-until-daybreak' };
}

// "Crews worked through the night", "stayed with it overnight": a night with no day of its own (THROUGH_NIGHT).

/**
 * "A lorry overturned on Monday afternoon. … Crews worked through the night to clear it.": a night with no day of its
 * own, told in the simple past, is the night after the day the story is telling of, that day and the next; told in
 * the past perfect ("It had come in on the tide during the night") it stepped back to the night before.
 */
function nightOfFocusDay(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  // A length or a repetition ("every few minutes") leaves the night as it is; a telling is placed at its own time, and
  // its past perfect is the reported tense, not a step back.
  const dated = u.timexes.some((t) => t.type === 'DATE' || t.type === 'TIME');
  const m = how === 'past' && !dated && !DAY_OF_A_CLAUSE.test(text) && !TELLING_OR_TOLD_WORD.test(text) ? THROUGH_NIGHT.exec(text) : null;
  const day = m ? dayOfPart(ctx) : undefined;
  if (!m || !day) return undefined;
  // Not pastPerfectAt (anaphor-anchors.ts): it takes only a participle it knows, in -ed/-en/-wn or irregular, and
  // "had probably come ashore" is none; tense.ts reads no past perfect of its own, and tellings.ts's PAST_PERFECT
  // only a reported clause's first words.
  const before = PAST_PERFECT_ANYWHERE.test(text);
  const at = parseYmd(day.date.start)!;
  const [from, to] = before ? [addDays(at, -1), at] : [at, addDays(at, 1)];
  const pub = ctx.published && fmtDay(ctx.published);
  // A night that would run past publication is not one the story has told as over.
  if (pub && fmtDay(to) > pub) return undefined;
  const title = draftTitle(removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  return {
    date: { ...day.date, start: fmtDay(from), end: fmtDay(to), rule: 'narrative-focus/night-of-day', note: `The article gives “${m[0]}” with no day; it is the night ${before ? 'before' : 'after'} the day the story is telling of, that of “${day.title}”.` },
    title,
  };
}

// "Hald told the court on the second day": a day counted into the happening the story is telling of.
const ORDINAL_DAY = new RegExp(String.raw`\b(?:on|by|until)\s+${ORDINAL_DAY_WORDS}`, 'i');

/**
 * "The hearing opened on May 4 and lasted a week. A witness collapsed on the third day.": day N of the happening in
 * focus, counted from its day (within its range, when it has one), not only some day before publication.
 */
function ordinalDayOfFocus(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const m = how === 'past' && !u.timexes.some(usable) ? ORDINAL_DAY.exec(text) : null;
  const focus = m ? ctx.focus : undefined;
  const placed = m && focus ? ordinalDayOf(focus.date, m[1]) : null;
  if (!m || !placed) return undefined;
  const { day, n } = placed;
  const pub = ctx.published && fmtDay(ctx.published);
  // A day past publication, for a thing told as done, is not one of its days.
  if (pub && day > pub) return undefined;
  const { end: _e, mod: _m, ...was } = focus!.date;
  return { date: { ...was, start: day, rule: 'sequence/ordinal-day-of-focus', note: `“${m[0].trim()}”: day ${n} of “${focus!.title}”, the happening the story is telling of, which began ${focus!.date.start}.` } };
}

// "on the opening day", "on its second evening", "on my first morning": a day counted into an opening or a start, with no
// "of …" naming what it is the day of.
const DAY_OF_START = new RegExp(String.raw`\b(?:on|by|during)\s+(?:(the|its)|my|his|her|their|our)\s+(?:(opening)|(${ORDINAL_WORD_ALTS}))\s+(?:day|${WAKING_PART_ALTS}|night)\b(?!\s+(?:of|after|before|since|in)\b)`, 'i');

/**
 * "The ferry terminal opened on 2 June. … The first car crossed on the second evening.": day N of the last opening the
 * story dated (or of a happening it dated as held over a few days), or, for someone's own day ("on my first morning"),
 * of the last start told in its paragraph ("started at the bakery in 1971"), not of whatever day was told last. An
 * opening or start dated only to a month or year gives its first day only, at that precision.
 */
function dayOfStart(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const m = how === 'past' && !u.timexes.some(usable) ? DAY_OF_START.exec(text) : null;
  // Someone's own day is of a start told in its paragraph: a start told before it may be another's ("A bus firm began a
  // service in 1974. …" and, a paragraph on, "The cook burned the porridge on my first evening").
  const from = m ? (m[1] ? ctx.openedOn : ctx.startedOn?.paragraphId === u.paragraphId ? ctx.startedOn : undefined) : undefined;
  if (!m || !from) return undefined;
  const n = m[2] ? 1 : ordinalWordValue(m[3]);
  const pub = ctx.published && fmtDay(ctx.published);
  const { end: _e, mod: _m, ...was } = from.date;
  const note = `“${m[0].trim()}”: day ${n} of “${from.title}”, told earlier, which began ${from.date.start}.`;
  if (!DAY_VALUE.test(from.date.start)) return n === 1 ? { date: { ...was, rule: 'sequence/day-of-start', note } } : undefined;
  const day = fmtDay(addDays(parseYmd(from.date.start)!, n - 1));
  // A day past publication, for a thing told as done, or past the last of a happening's days, is not one of its days.
  if ((pub && day > pub) || (from.date.end && day > from.date.end)) return undefined;
  return { date: { ...was, start: day, rule: 'sequence/day-of-start', note } };
}

/** "has stood with the country since its first vote": from the vote's date, told earlier, up to publication. */
function sinceToldHappening(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const { published } = ctx;
  if (!(how === 'past' && published && !u.timexes.length && sinceHappening(text, ctx))) return undefined;
  const { m, h } = sinceHappening(text, ctx)!;
  return { date: { start: h.start, end: fmtDay(published), basis: h.basis, rule: 'narrative-focus/since-happening', note: `“${m[0]}”: from the time the article gave that ${m[2].toLowerCase()} earlier, up to publication (${fmtHuman(published)}).` } };
}

/** "was seventeen at the time of the massacre": the time the text gave the massacre. */
function atTimeOfHappening(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const at = how === 'past' && !u.timexes.some((t) => t.type !== 'DURATION') ? AT_TIME_OF.exec(text) : null;
  // "polling day" is the election's; a length ("for several hours") leaves the time named as it is.
  const noun = at ? (at[1] ?? at[2]).toLowerCase() : '';
  const h = at && (at[1] ? !u.timexes.length : true) ? ctx.happenings?.get(noun === 'polling' ? 'election' : happeningKey(noun)) : undefined;
  // A day or a night is of a happening dated to its day.
  if (!at || !h || (!at[1] && (h.end || h.mod || !DAY_VALUE.test(h.start)))) return undefined;
  return { date: { ...h, rule: 'narrative-focus/time-of-happening', note: `“${at[0]}”: the time the article gave that ${noun === 'polling' ? 'election' : noun} earlier.` } };
}

// "no warning had been given at the time", "At that point, the crew …": the time the sentence before told, named by no
// noun. Not "at the time of …", "at the time when …" (a time of its own), and not a post held then ("the director at
// the time", "the park's owner at that time"): the phrase closes its clause.
const AT_THAT_TIME = /\bat\s(?:the|that)\s(?:time|point|moment)(?=[,.;:!?"”]|\s*$|\s(?:and|but)\b)/i;
// What a post held then ends with, just before the phrase: "the director ", "the park's warden ".
const POST_BEFORE = /(?:\b(?:the|its|his|her|their|our|a|an)|['’]s)\s[a-z-]+\s$/i;

/**
 * "The ferry sank on 4 May 1987. The coastguard had issued no warning at the time.": a past sentence with no date of its
 * own whose only time is "at the time" takes the date of the sentence right before it, when that one is plainly dated.
 * With anything between (another sentence, an undated clause), which time is meant is not clear, and it stays undated.
 */
function atThatTime(w: Placing, how: Happening): Told | undefined {
  const { u, text } = w;
  const prev = w.prevDated;
  const m = how === 'past' && !u.timexes.some((t) => t.type === 'DATE' || t.type === 'TIME') ? AT_THAT_TIME.exec(text) : null;
  if (!m || POST_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) || !prev || prev.paragraphId !== u.paragraphId || prev.date.mod || !/^\s*$/.test(u.paraText.slice(prev.end, u.start))) return undefined;
  return { date: { ...prev.date, rule: 'narrative-focus/at-that-time', note: `“${m[0]}”: the time of “${prev.title}”, told in the sentence before.` } };
}

/** "On the first anniversary of his death, friends planted a tree": the date the text gave the death, years on. */
function anniversaryOfTold(w: Placing, how: Happening): Told | undefined {
  const date = how === 'past' && !w.u.timexes.some(usable) ? anniversaryOfToldDate(w.ctx, w.text) : undefined;
  return date ? { date } : undefined;
}

/** Told in the present tense: under way at publication. */
function ongoingAtPublication(w: Placing, how: Happening): Told | undefined {
  const { published, writing } = w.ctx;
  if (how !== 'ongoing') return undefined;
  // With no publication date, what is under way is so when the article was written: at the guessed time of writing,
  // flagged as a guess, as a past told with no date is placed before it (beforePublication).
  if (!published) {
    if (!writing) return undefined;
    const at = writing.day ? fmtHuman(writing.day) : `${writing.year}, the latest year the article writes`;
    const note = `The article tells of this in the present tense and gives no publication date: it is under way when the article was written, placed at ${at}, a guess.`;
    return { date: { start: writing.day ? fmtDay(writing.day) : String(writing.year), basis: 'publication', rule: 'present-tense/writing-guess', yearUncertain: true, note } };
  }
  return {
    date: {
      start: fmtDay(published),
      basis: 'publication',
      rule: 'present-tense/publication',
      note: `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`,
    },
  };
}

/** "The rally turned violent": the rally a dated sentence brought in with "a", at the date it gave it. */
function happeningNamedAgain(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  if (!(how === 'past' && ctx.introduced && !u.timexes.some(usable) && ctx.introduced.get(happeningKey(NAMED_AGAIN.exec(text)?.[1] ?? '')))) return undefined;
  const m = NAMED_AGAIN.exec(text)!;
  const h = ctx.introduced.get(happeningKey(m[1]))!;
  const { mod: _m, ...was } = h;
  return { date: { ...was, rule: 'narrative-focus/named-happening', note: `“${m[0].trim()}”: the ${m[1].toLowerCase()} the article told of earlier, at the date it gave it.` } };
}

/**
 * "The jury deliberated for two days before returning its verdict": the stretch ends with the happening of the day
 * the story is telling of.
 */
function spellBeforeFocus(w: Placing, how: Happening): Told | undefined {
  const { text, ctx } = w;
  if (!(how === 'past' && FOR_BEFORE.test(text) && dayOfPart(ctx))) return undefined;
  const spell = FOR_BEFORE.exec(text)!;
  const day = dayOfPart(ctx)!;
  const from = startBefore(day.date.start, parseCount(spell[1]), spell[2]);
  if (from) return { date: { ...day.date, start: from, end: day.date.start, rule: 'sequence/spell-before-focus', note: `“for ${spell[1]} ${spell[2]} before …”: the ${spell[1]} ${spell[2]} up to the day the story is telling of, that of “${day.title}”.` } };
  return { date: beforePublication(ctx.published, 'narrative-order/before-publication', '', ctx.writing) };
}

// The wars a reader dates without being told: "during the Great War", "in World War II". From the first declaration
// of war to the armistice (1918) or the surrender (1945).

// "During the war she drew maps", "It was nearly lost during the war": the war left unnamed. In a life the story has
// just placed between the wars or in the Second World War's own years, "the war" is that war; before 1919 it may be the
// first, and later ones (Korea, the Falklands) would come after a later date, so the rule stays silent there.
const UNNAMED_WAR = /\b(?:(?:[Dd]uring|[Tt]hroughout|[Tt]hrough)\s+the\s+war(?![\w'’-])(?!\s+(?:in|of|on|against|with|between)\b)|(?:[Aa]part\s+from|[Dd]uring|[Ii]n|[Tt]hroughout)\s+the\s+war\s+years\b)/;
const SECOND_WAR_YEARS = { from: 1919, to: 1945 };

// "On the night the first men landed on the moon", "the day Armstrong walked on the moon": the first crewed landing,
// 20 July 1969. A day or night names that day; any other time ("the year they walked on the moon") only its year.
const MOON_LANDING = new RegExp(String.raw`\b(?:the\s+)?(night|day|evening|year|week|month)\s+` + MOON_LANDING_CLAUSE, 'i');

// Public days a reader dates without being told, when the story is in their years: "on Coronation Day" or "watched the
// Coronation" (Elizabeth II's, 2 June 1953), "on VE Day" (8 May 1945), "on VJ Day" (15 August 1945). Told in a story
// of other years, the words name the yearly remembrance or another crowning, so the rule stays silent there.
const PUBLIC_DAYS: { re: RegExp; day: string; what: string; from: number; to: number }[] = [
  { re: /\b(?:on\s+)?Coronation\s+Day\b|\bthe\s+Coronation\b(?!\s+(?:of|Street|Road|Hall|Park|Cup|Gardens|Avenue)\b)/, day: '1953-06-02', what: 'the coronation of Elizabeth II, 2 June 1953', from: 1940, to: 1966 },
  { re: /\b(?:on\s+)?V-?E\s+Day\b/, day: '1945-05-08', what: 'VE Day, 8 May 1945', from: 1936, to: 1950 },
  { re: /\b(?:on\s+)?V-?J\s+Day\b/, day: '1945-08-15', what: 'VJ Day, 15 August 1945', from: 1936, to: 1950 },
];

/** The year a placed date starts in, if it has one. */
export function startYear(d: { start: string } | undefined): number | undefined {
  const m = d && /^(\d{4})/.exec(d.start);
  return m ? Number(m[1]) : undefined;
}

/** "During the First World War he was sent north": a past happening in a world war, the war's years by the record. */
function duringWorldWar(w: Placing, how: Happening): Told | undefined {
  if (how !== 'past' || w.u.timexes.some(usable)) return undefined;
  const pub = w.ctx.published ? w.ctx.published.y : undefined;
  const at = startYear((w.prevDated ?? w.ctx.lastDated)?.date);
  const named = namedWarYears(w.text);
  if (named) return { date: named };
  const moon = MOON_LANDING.exec(w.text);
  if (moon && (pub === undefined || pub >= 1969)) {
    const day = /^(?:night|day|evening)$/i.test(moon[1]);
    return { date: { start: day ? '1969-07-20' : '1969', basis: 'record', rule: 'world-knowledge/moon-landing', note: `“${moon[0].trim()}”: the first crewed moon landing, ${day ? '20 July 1969' : '1969'}, by the public record.` } };
  }
  for (const d of PUBLIC_DAYS) {
    const m = d.re.exec(w.text);
    // Which crowning or which victory is meant is the story's years' reading: the year is flagged as one.
    if (m && at !== undefined && at >= d.from && at <= d.to && (pub === undefined || pub > +d.day.slice(0, 4)))
      return { date: { start: d.day, basis: 'record', yearUncertain: true, rule: 'world-knowledge/public-day', note: `“${m[0].trim()}”: told in a story of ${at}, read as ${d.what}, by the public record; the article gives no date.` } };
  }
  const unnamed = unnamedWarYears(w.text, at, pub);
  return unnamed ? { date: unnamed } : undefined;
}

/**
 * A world war's years for a past clause that names it ("in the Great War"), or, told after a date `at` of the
 * Second World War's years or those before it, leaves it unnamed ("apart from the war years", flagged as a reading).
 * Shared by undated sentences and by the undated clause of a sentence whose other clause has a date of its own.
 */
export function warYearsOf(text: string, at: number | undefined, pub: number | undefined): EventDate | undefined {
  return namedWarYears(text) ?? unnamedWarYears(text, at, pub);
}

/** "during the Great War": the named war's dates by the public record. */
function namedWarYears(text: string): EventDate | undefined {
  if (!mayNameWar(text)) return undefined;
  for (const [re, start, end] of NAMED_WARS) {
    const m = re.exec(text);
    if (m) return { start, end, basis: 'record', rule: 'world-knowledge/war', note: `“${m[0].trim()}”: the war's dates are not in the article; they are those of the public record.` };
  }
  return undefined;
}

/** "during the war", told after a date of `at`: the Second World War's years, flagged as a reading. */
function unnamedWarYears(text: string, at: number | undefined, pub: number | undefined): EventDate | undefined {
  const war = UNNAMED_WAR.exec(text);
  if (war && at !== undefined && at >= SECOND_WAR_YEARS.from && at <= SECOND_WAR_YEARS.to && (pub === undefined || pub > SECOND_WAR_YEARS.to))
    // Which war "the war" is stays a reading (a civil war, or a look back to the first), so its years are flagged.
    return { start: '1939', end: '1945', basis: 'record', yearUncertain: true, rule: 'world-knowledge/unnamed-war', note: `“${war[0].trim()}”: told after a date of ${at}, read as the Second World War, 1939 to 1945, by the public record; the article does not name the war, so which war is meant is a reading.` };
  return undefined;
}

// "fitted a new lock after that break-in", "took up rowing after watching her win that race": a demonstrative noun after
// "after" (or after a gerund's few words) names the happening told last. "After" may open the sentence ("After that
// break-in, …"); the words after it stay lower case, so a name ("after that Smith …") is no noun of a happening.
const AFTER_THAT = /\b[Aa]fter\s+(?:[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,4}?)?(?:that|this)\s+(?!(?:is|was|were|had|has|it|he|she|they|we|one|time|day|week|month|year|point|moment)\b)[a-z]{3,}\b/;

/** A past happening after "that <happening>": after the happening the article told of last. */
function afterThatHappening(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const antecedent = w.prevDated ?? ctx.lastDated;
  // A date of its own, even one no rule could place ("last Friday" with no publication date), is the sentence's.
  const m = how === 'past' && !u.timexes.some((t) => t.type === 'DATE' || t.type === 'TIME') ? AFTER_THAT.exec(text) : null;
  if (!m || !antecedent || antecedent.date.mod) return undefined;
  const note = `“${m[0]}”: after “${antecedent.title}”, the happening the article told of last.`;
  return { date: untilPublication(relativeTo(antecedent.date, 'after', 'sequence/after-that-happening', note), text, ctx.published) };
}

// "He described the plan as …", "Jobs then announced that …", "His plan, she stated, was …", "The senator added …": a
// remark told in the simple past by a pronoun, a name or "the <noun>", a speaking verb right after it.
const REMARK = /(?:^|[,;]\s*|\b(?:that|and|but)\s+)(?:he|she|they|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:(?:also|then|later|further|again|repeatedly)\s+)?(?:said|stated|told|described|explained|announced|added|noted|argued|called|thanked|pointed|urged|warned|promised|praised|acknowledged|demoed|demonstrated|showed|unveiled|welcomed|introduced|outlined|presented|revealed|insisted|stressed|emphasi[sz]ed|critici[sz]ed|vowed|pledged|declared|spoke|talked|joked|mentioned|highlighted|cited|recalled|admitted|conceded|reiterated|concluded|closed|opened|ended|refused|declined|replied|responded|answered|predicted|attributed|blamed|credited|dismissed|apologi[sz]ed)\b/;

// "During the event, the chief executive tried to …", "At the briefing, officials showed …": the occasion named again.
const AT_THE_OCCASION = /^(?:During|At|In)\s+the\s+(?:event|keynote|speech|address|conference|briefing|presentation|interview|(?:press|news)\s+conference)\s*,/;

/**
 * A remark with no date of its own, told while the story's day in focus is a speaking occasion ("gave a speech on
 * Monday. He thanked the volunteers."): the occasion's day, not only some day before publication.
 */
function remarkAtOccasion(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const pub = ctx.published && fmtDay(ctx.published);
  const at = ctx.occasion;
  if (how !== 'past') return undefined;
  if (!u.timexes.some(usable) && !PERFECT.test(text) && at && at.date.start === ctx.focus?.date.start && (!pub || at.date.start <= pub) && (REMARK.test(text) || AT_THE_OCCASION.test(text)))
    return { date: { ...at.date, rule: 'narrative-focus/remark-at-occasion', note: `The article gives this remark no day; it is told of the occasion in focus, “${at.title}”.` } };
  // "Outside court, …", "The jury heard that …", "told the meeting that …": the occasion the remark names is the one
  // in focus, or the story's own. Its own words are in the simple past; what it quotes may be in any tense, and a
  // date or a perfect of an aside on the teller ("Cllr Ann Hale, who has chaired the committee since 2021, told the
  // meeting …") is not the remark's.
  // With no occasion known none can date it: every past sentence comes here, so its asides are read only then.
  if (!occasionDay(ctx)) return undefined;
  const own = withoutAsides(u, text);
  const date = PERFECT.test(beforeQuote(own.text)) || own.dated ? undefined : remarkAtNamedOccasion(ctx, text);
  return date ? { date } : undefined;
}

// ", who has chaired the committee since May 2021,": a relative aside on a noun, closed by a comma.
const RELATIVE_ASIDE = new RegExp(COMMA_RELATIVE, 'g');

/** The sentence without its relative asides, and whether a usable date is left outside them. */
function withoutAsides(u: Unit, text: string): { text: string; dated: boolean } {
  const cuts = [...text.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length - 1 }));
  const inAside = (t: Timex) => cuts.some((c) => t.start - u.start >= c.start && t.end - u.start <= c.end);
  return { text: removeRanges(text, cuts), dated: u.timexes.some((t) => usable(t) && !inAside(t)) };
}

// A word that places a sentence in time by itself, tagged or not ("Last season they finished seventh", "the next day",
// "at Christmas", "has since"): the sentence is not simply going on at the time told before.
export const OWN_TIME_WORD = new RegExp(
  String.raw`\b(?:${MOVING_ON_WORDS}|tonight|yesterday|tomorrow|until|till|still|yet|last|next|following|previous|ever|once|Christmas|Easter|(?:day|week|weekend|month|year|season|decade|century|centuries)s?|${WEEKDAY_RE})\b`,
  'i',
);
// Month names case-sensitive: "may" and "march" are also everyday words.
export const OWN_MONTH = new RegExp(String.raw`\b${MONTH_RE}(?![\w-])`);

/**
 * "In 1989 the launch capsized. Its two crew members were rescued.": a past sentence with no date and no word of time
 * of its own, right after a plainly dated happening in its paragraph, goes on at that happening's time. Not a present
 * perfect (tied to the time of writing), nor a telling (told at the story's time, not the happening's), nor a state.
 * The date is a reading, so its year is flagged.
 */
function carriedOn(w: Placing, how: Happening): Told | undefined {
  const { u, text, ctx } = w;
  const prev = w.prevDated;
  if (how !== 'past' || u.timexes.length || !prev || prev.paragraphId !== u.paragraphId) return undefined;
  return goesOnAt(text, pastPerfectAt(u.paraText, u.start, u.start, u.end), u.paraText.slice(prev.start, prev.end), prev, ctx.published) ?? undefined;
}

/**
 * carriedOn's reading of `text` (a past sentence or clause with no date, told in the past perfect or not) after `prev`,
 * the happening told just before in the words `told`.
 */
function goesOnAt(text: string, pastPerfect: boolean, told: string, prev: Draft, published: Ymd | null | undefined): Told | null {
  if (prev.date.mod || /publication|telling|reported|spoken/.test(prev.date.rule ?? '')) return null;
  if (OWN_TIME_WORD.test(text) || OWN_MONTH.test(text) || PERFECT.test(text) || TELLING_OR_TOLD_WORD.test(text)) return null;
  const pub = published && fmtDay(published);
  if (pub && prev.date.start > pub) return null;
  // "was convicted on March 19. He had denied both charges.": a past perfect after a simple past steps back from that
  // time; after a past perfect ("had moved there in 1947. Her father had found work at the mill.") it goes on in it, and
  // after a present that looks back ("She remembers 4 May 1950 well. Snow had closed the pass.") it is of that time.
  if (pastPerfect && !/\bhad\s/i.test(told) && happeningOf(told) === 'past') return null;
  // "She died on 3 May. She had no children.", "The house was empty.": a state holds over a stretch, not at the time
  // of the happening before it.
  if (tellsOfState(text)) return null;
  return { date: { ...prev.date, yearUncertain: true, rule: 'sequence/carried-on', note: `The article gives no date; it goes on from “${prev.title}”, told just before, and is read as of its time.` } };
}

// A clause opened as an aside or a subordinate: placed against its own clause, not carried on.
const SUBORDINATE_OPENING = /^[\s,;:"“]*(?:and\s+|but\s+)?(?:who|whom|whose|which|where|when|while|as|after|before|because|since|until|till|if|unless|though|although|once|so|that)\b/i;

/**
 * "In 1954 the lifeboat overturned. Its crew were saved, and a new boat came the following summer.", "The hammer fell
 * on Tuesday. A rival, who had called on Monday, dropped out at £9,000.": an undated clause of a dated sentence goes on
 * at the time of the sentence right before it, as an undated sentence does (carriedOn), when the sentence's own dates
 * are only in a relative aside (the noun's) or in clauses after it, no earlier than that time and within its year or
 * the next (the story running on). The sentence before must be dated in its main clause, at one time only: "ended
 * with the song that began the station's opening show in 1981" or "was $11 million, against $13 million a year earlier"
 * leave which time is meant open. `sentenceBefore`: the paragraph's sentence before `u`'s; `before`: the drafts read so
 * far, the clause's sentence's from `first` on.
 */
export function carriedOnClause(u: Unit, sentenceBefore: Unit | undefined, start: number, end: number, before: readonly Draft[], first: number, published: Ymd | null): EventDate | undefined {
  const text = u.paraText.slice(start, end);
  if (SUBORDINATE_OPENING.test(text) || PRESENT_VERB.test(text) || happeningOf(text) !== 'past') return undefined;
  // The paragraph's drafts ending before the sentence, newest first: the last of them must close the sentence before.
  const earlier: Draft[] = [];
  for (let i = first - 1; i >= 0 && before[i].paragraphId === u.paragraphId; i--) if (before[i].end <= u.start) earlier.push(before[i]);
  const prev = earlier.reduce<Draft | undefined>((last, d) => (!last || d.end > last.end ? d : last), undefined);
  if (!prev || !/^[\s.!?"”’)]*$/.test(u.paraText.slice(prev.end, u.start))) return undefined;
  if (!sentenceBefore || prev.start < sentenceBefore.start) return undefined;
  const from = sentenceBefore.start;
  const told = earlier.filter((d) => d.start >= from);
  const main = told.find((f) => /^[\s"“‘(]*$/.test(u.paraText.slice(from, f.start)));
  // A date that is a named thing's ("the song that began the station's opening show on 9 May 1981") is the noun's.
  if (!main || happeningOf(u.paraText.slice(main.start, main.end)) !== 'past' || told.some((f) => f.date.start !== prev!.date.start || f.date.end !== prev!.date.end || ANTECEDENT_ONLY.test(f.date.rule ?? ''))) return undefined;
  const sentence = u.paraText.slice(u.start, u.end);
  const asides = [...sentence.matchAll(RELATIVE_ASIDE), ...sentence.matchAll(CLOSING_RELATIVE)].map((m) => ({ start: u.start + m.index!, end: u.start + m.index! + m[0].length }));
  const year = +prev.date.start.slice(0, 4);
  const runsOn = (t: Timex) => {
    const n = Math.min(t.value.length, prev!.date.start.length);
    return t.start >= end && /^\d{4}/.test(t.value) && t.value.slice(0, n) >= prev!.date.start.slice(0, n) && +t.value.slice(0, 4) <= year + 1;
  };
  const fits = (t: Timex) => asides.some((a) => t.start >= a.start && t.end <= a.end) || runsOn(t);
  if (!u.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME').every(fits)) return undefined;
  // The clause's own "had" only: the aside's past perfect ("who had phoned on Monday") is not the clause's tense.
  return goesOnAt(text, PAST_PERFECT_ANYWHERE.test(text), u.paraText.slice(prev.start, prev.end), prev, published)?.date ?? undefined;
}

// A relative clause closing the sentence (", which were launched in September."): an aside on its noun too.
const CLOSING_RELATIVE = /,\s+(?:who|which|whose)\s[^,;:"“”]{0,160}$/g;
// A verb in the present: the clause is not told as over ("is suing him for the money it spent").
const PRESENT_VERB = /\b(?:is|are|am)\b/i;

/** The last of the paragraph's drafts before `u`'s sentence that `fits`, read back from the newest while they are its. */
function lastInParagraph(u: Unit, drafts: readonly Draft[], fits: (d: Draft) => boolean | undefined): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0 && drafts[i].paragraphId === u.paragraphId; i--) if (drafts[i].end <= u.start && fits(drafts[i])) return drafts[i];
  return undefined;
}

// "She was 88.", "He was aged 71.", "They had two sons.", "She had no children.": an age or a family told of someone,
// with nothing to place it, is no happening (the gold conventions give ages none). Narrower than tellsOfState on
// purpose: "Ansby, 61, was not in court for the ruling" is a state the reader does want on the timeline. The kin are
// counted children and siblings only, not title-syntax's KIN_NOUN (a spouse, a friend, a colleague; "had a deputy").
const AGE_OR_FAMILY = new RegExp(
  String.raw`^(?:(?:he|she|they)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:was|were)\s+(?:aged\s+)?\d{1,3}(?:\s+years\s+old)?\.?$|^(?:he|she|they|[A-Z][\w'’-]+)\s+had\s+(?:no|${NUMBER_WORD_RE}|\d{1,2})\s+(?:children|child|sons?|daughters?|grandchildren|grandsons?|granddaughters?|brothers?|sisters?)(?:\s+and\s+(?:${NUMBER_WORD_RE}|\d{1,2})\s+(?:sons?|daughters?|grandchildren))?\.?$`,
  'i',
);

/** A past happening nothing else places: before publication. */
function pastBeforePublication(w: Placing, how: Happening): Told | undefined {
  if (AGE_OR_FAMILY.test(w.text.trim())) return undefined;
  return how === 'past' ? { date: beforePublication(w.ctx.published, 'narrative-order/before-publication', '', w.ctx.writing) } : undefined;
}

// In this order: the first that applies places the sentence.
const UNDATED_PLACINGS: ((w: Placing, how: Happening) => Told | undefined)[] = [
  spanToPublication,
  anniversaryOfTold,
  sameDayAsFocus,
  dayOfStart,
  ordinalDayOfFocus,
  partOfFocusDay,
  nightOfFocusDay,
  sinceToldHappening,
  atTimeOfHappening,
  atThatTime,
  ongoingAtPublication,
  happeningNamedAgain,
  spellBeforeFocus,
  duringWorldWar,
  afterThatHappening,
  remarkAtOccasion,
  carriedOn,
  pastBeforePublication,
];
