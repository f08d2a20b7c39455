import { boundWordBefore, HOLIDAY_NAME, IRREGULAR_PAST, isPastForm, MONTH_RE, PART_OF_DAY_ALTS, PERFECT_LEADS, SUBJECT_DETERMINER, WAKING_PART_ALTS, WEEKDAY_RE, monthNumber, weekdayNumber } from '../lexicon';
import { addDays, addMonths, DAY_VALUE, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidYmd, isoWeekday, nthWeekday, parseYmd, toDayNumber, weekdayBeside, type Ymd } from '../../time-value';
import { B, BEYOND_NEXT, BEYOND_NEXT_CUE, E, PART, YEAR, WEEKDAY_CUE, WEEKDAY_CUE_ANY_CASE, pad2, rx, type Resolution, type Resolver, type Rule } from './rule';
import { dayWithPart, weekdayNear } from './calendar-math';
import { storyYear } from './story-year';
import { chooseYear } from './year-choice';

// Rules for days named relative to the publication date: weekdays, "today", "last night", "the weekend".

// What a possessive weekday names has usually already happened: "Wednesday's ruling" is reported after
// the fact whatever the tense of the sentence around it ("they would look for ways around …"). Scheduled
// events ("Tuesday's election") are left to the tense.
const OUTCOME_NOUN =
  /^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ruling|decision|verdict|attack|attacks|bombing|bombings|blast|explosion|shooting|killing|raid|crash|announcement|statement|remarks|speech|editorial|edition|report|incident|arrest|death|deaths|victory|defeat|approval)\b/;

// "Friday's final, where she beat …", "Sunday's vote, at which the motion fell": the occasion a possessive weekday
// names, then a clause of where or when it happened. The clause's first verb (after a subject of up to three words)
// tells whether it has happened.
const OCCASION_CLAUSE = /^['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+(?:where|when|at\s+which|in\s+which)\s+((?:[\w'’-]+\s+){1,4})/;

/** Whether the clause after a possessive weekday's noun ("…, where they beat") tells in the past what happened there. */
function occasionToldPast(possessive: string): boolean {
  const m = OCCASION_CLAUSE.exec(possessive);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/).slice(1);
  const verb = words.find((w) => /^[a-z]+$/.test(w) && (isPastForm(w) || /^(?:will|would|is|are|has|have|can|could|may|might|must|shall|should)$/.test(w)));
  return verb !== undefined && isPastForm(verb);
}

// "Monday of next week", and without the "of": "Monday next week" ("last week's vote" after a weekday is a noun's).
const OF_WEEK = /^\s+(?:and\s+[A-Z][a-z]+day\s+)?(?:of\s+)?(last|this|next)\s+week\b(?!['’])/i;
const STARTING_BEFORE = /\b(?:beginning|starting)\s+(?:on\s+)?$/i;
// A verb of moving a time, then at most a few words (what is moved), then "to"/"until" right before the weekday.
const RESCHEDULED_TO = /\b(?:moved|brought\s+forward|put\s+back|pushed\s+back|postponed|delayed|rescheduled|switched|shifted|deferred|adjourned)\b[^.;:!?]{0,40}?\b(?:to|until|till)\s+(?:on\s+)?$/i;
const PERFECT = /\b(?:has|have)\s+(?:(?:already|now|also|just)\s+)?[a-z]+(?:ed|en|wn|ne|un|id|ht)\b/i;

/**
 * Without a publication date a weekday names a day of no known week. The clause still tells of a happening, so it
 * keeps its event, dated only by a guess at its year (the last one the article wrote before it), always flagged: the
 * value stays the weekday of no week, for TimeML, and the rule still says it was not placed.
 */
function unplacedWeekday(wd: number, c: Resolver): Resolution {
  return unplacedNearNow(`XXXX-WXX-${wd}`, 'weekday', c);
}

/**
 * Without a publication date, an expression that names a day, week or month near the unknown day of writing
 * ("yesterday", "this morning", "last week", "three days ago") is dated as a weekday is: only by a guess at its year,
 * the last one the article wrote before it, else the latest it writes, always flagged; the value stays what it was.
 */
export function unplacedNearNow(value: string, name: string, c: Resolver, type: 'DATE' | 'TIME' = 'DATE'): Resolution {
  const hint = c.yearHint();
  const latest = c.textYear?.() ?? null;
  // Such a day is counted from the day of writing, so it lies in the year of writing; an older year written before it
  // is the background's as often as not ("won the title for the first time since 1993 on Saturday"). Only a year its own
  // clause writes as a point, or one no older than the guessed year of writing, dates it.
  const own = hint && hint.scope === 'sentence' && !hint.otherClause && !hint.opensSpan && !hint.inAside;
  if (hint && (own || latest === null || hint.year >= latest)) return { type, value, rule: `${name}/year-in-text/no-dct`, yearUncertain: true, exact: { start: fmtYear(hint.year) } };
  if (latest === null) return { type, value, rule: `${name}/no-dct` };
  return { type, value, rule: `${name}/latest-year-in-text/no-dct`, yearUncertain: true, exact: { start: fmtYear(latest) } };
}

/**
 * Without a publication date, a year counted from the unknown day of writing ("last year", "this year", "five years
 * ago"): the guessed year of writing (the latest the article writes, or one its clues give) moved by `years`, always
 * flagged. With no year to guess from, no year; the value stays what it was.
 */
export function countedFromWriting(value: string, name: string, years: number, c: Resolver, mod?: string): Resolution {
  const latest = c.textYear?.() ?? null;
  if (latest === null) return { type: 'DATE', value, rule: `${name}/no-dct`, ...(mod ? { mod } : {}) };
  return { type: 'DATE', value, rule: `${name}/from-writing-year/no-dct`, yearUncertain: true, exact: { start: fmtYear(latest + years) }, ...(mod ? { mod } : {}) };
}

export function weekday(wd: number, c: Resolver, modifier?: string, possessive?: string): Resolution {
  if (!c.dct) return unplacedWeekday(wd, c);
  // '"We met her on Monday," her brother said on Thursday': a quote's weekday counts from when it was said, when the
  // text says when; the same rules then read it from that day.
  const spoken = c.spokenDay?.();
  const r = weekdayFrom(spoken?.day ?? c.dct, wd, c, modifier, possessive, !!spoken);
  // '"Six of them came back on Saturday," the organiser said.' in a report of Saturday's reunion: a quote only taken
  // to be said on the story's day may have been said on any day up to publication, so a weekday it tells in the past
  // is the last one before publication, as the narrator's would be, not one a week before the story's day.
  if (spoken && !modifier && !spoken.told && r.rule === 'weekday/past-tense') {
    return { ...r, value: fmtDay(weekdayNear(c.dct, wd, 'strict-past')), rule: 'weekday/past-tense/spoken-before-publication' };
  }
  if (spoken) return { ...r, rule: `${r.rule}/spoken` };
  // "Police said on Wednesday that a farmer had seen her on Friday": what a telling reports in the past happened on or
  // before the telling's day, so the Friday is the one before that Wednesday, not the one after it.
  const told = !modifier && r.rule === 'weekday/past-tense' ? c.reportingDay?.() : null;
  const day = parseYmd(r.value);
  if (told && day && toDayNumber(day) > toDayNumber(told)) return { ...r, value: fmtDay(weekdayNear(told, wd, 'past')), rule: 'weekday/past-tense/before-telling' };
  return r;
}

function weekdayFrom(dct: Ymd, wd: number, c: Resolver, modifier?: string, possessive?: string, spoken = false): Resolution {
  const mod = modifier?.toLowerCase();
  if (mod === 'last' || mod === 'past' || mod === 'previous') {
    // "fell ill last Thursday" in a Friday paper: the day before publication would be "yesterday", so "last" names
    // the Thursday of the week before.
    const near = weekdayNear(dct, wd, 'strict-past');
    const yesterday = mod === 'last' && !spoken && toDayNumber(dct) - toDayNumber(near) === 1;
    return yesterday
      ? { type: 'DATE', value: fmtDay(addDays(near, -7)), rule: 'weekday/last/not-yesterday' }
      : { type: 'DATE', value: fmtDay(near), rule: 'weekday/last' };
  }
  if (mod === 'next' || mod === 'coming') {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'strict-future')), rule: 'weekday/next' };
  }
  const outcome = !!possessive && OUTCOME_NOUN.test(possessive);
  if (outcome || (possessive && occasionToldPast(possessive))) {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'past')), rule: outcome ? 'weekday/possessive-outcome' : 'weekday/possessive-told-past' };
  }
  // "on Wednesday and Thursday of next week": the day of the week named after it.
  const ofWeek = OF_WEEK.exec(c.following());
  if (ofWeek) {
    const delta = { last: -1, this: 0, next: 1 }[ofWeek[1].toLowerCase() as 'last' | 'this' | 'next'];
    return { type: 'DATE', value: fmtDay(addDays(dct, 7 * delta - isoWeekday(dct) + wd)), rule: `weekday/of-${ofWeek[1].toLowerCase()}-week` };
  }
  const tense = c.tense();
  // "Tickets go on sale this Friday": with no past or future to go by, "this" names the day of publication's week
  // (Monday to Sunday); on a Sunday, between two weeks, the early days of the week ahead ("this Monday" is tomorrow).
  if (mod === 'this' && tense !== 'past' && tense !== 'future') {
    const ahead = isoWeekday(dct) === 7 && wd < 4 ? 7 : 0;
    return { type: 'DATE', value: fmtDay(addDays(dct, wd - isoWeekday(dct) + ahead)), rule: 'weekday/this-week' };
  }
  // "has declared three days of mourning beginning Monday": a start named after a telling in the present perfect
  // (or present, or future) is still ahead; "the strike began Monday" is left to the tense.
  if (STARTING_BEFORE.test(c.preceding()) && (tense !== 'past' || PERFECT.test(c.preceding()))) {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'future')), rule: 'weekday/starting-ahead' };
  }
  // "has moved the meeting to Thursday", "will put the vote back to Friday": the weekday is the new day of something
  // still ahead, told in the present perfect (or present, or future); "the match, moved to Sunday, ended 2-1" is left to
  // the tense.
  if (RESCHEDULED_TO.test(c.preceding()) && (tense !== 'past' || PERFECT.test(c.preceding()))) {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'future')), rule: 'weekday/rescheduled-ahead' };
  }
  // "declared Friday a day of national mourning": the weekday is the day set aside, still ahead of the declaring.
  if (SET_ASIDE_BEFORE.test(c.preceding()) && SET_ASIDE_AFTER.test(c.following())) {
    return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, 'future')), rule: 'weekday/set-aside' };
  }
  const ahead = stretchEndAhead(tense, c.preceding());
  if (ahead) return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, spoken ? 'strict-future' : 'future')), rule: 'weekday/until-ahead' };
  const until = tense === 'past' && dct === c.dct ? untilAfterFocus(wd, c) : null;
  if (until) return until;
  // "Farmers were told to move their flocks on Wednesday", "The dig, which was due to begin on Monday, …": an
  // infinitive after an instruction or a schedule told in the past points forward from a telling that is itself past,
  // so the day may fall on either side of publication: the weekday nearest it.
  if (tense === 'future' && !spoken && PAST_INSTRUCTION.test(c.preceding())) {
    const back = weekdayNear(dct, wd, 'past');
    const on = weekdayNear(dct, wd, 'future');
    const nearest = toDayNumber(dct) - toDayNumber(back) <= toDayNumber(on) - toDayNumber(dct) ? back : on;
    return { type: 'DATE', value: fmtDay(nearest), rule: 'weekday/past-instruction' };
  }
  // News reports mostly what already happened, so a weekday with no future cue looks back.
  // Said aloud on a Monday, "they begin on Monday" is a week on and "he came on Monday" a week back: a speaker names
  // the day itself "today". A paper's own weekday may be its day of publication.
  const dir = tense === 'future' ? (spoken ? 'strict-future' : 'future') : spoken ? 'strict-past' : 'past';
  return { type: 'DATE', value: fmtDay(weekdayNear(dct, wd, dir)), rule: `weekday/${tense === 'future' ? 'future' : 'past'}-tense` };
}

// A passive instruction or schedule in the simple past, then its infinitive up to the weekday ("were told to bring the
// sheep down on "); not "has been asked to", whose asking reaches publication and whose day is still ahead.
const PAST_INSTRUCTION = /\b(?:was|were)\s+(?:(?:also|then|first|originally)\s+)?(?:told|asked|ordered|instructed|advised|urged|due|scheduled|expected|meant|supposed)\s+to\s+[a-z]+\b[^.;:!?"“”]{0,80}?\b(?:on\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
// "until Friday", "through Sunday", not a weekday's range of opening hours ("Monday through Friday").
const STRETCH_END_BEFORE = boundWordBefore('until|till|through|thru');

/**
 * "The coast road is closed until Friday", "Police have shut the bridge until Saturday", "Fishing is banned through
 * Sunday": a stretch told in the present or the present perfect is still going on at publication, so the weekday that
 * ends it is still ahead. Told in the simple past or the past perfect ("had been shut until Monday") it is left to the
 * tense and the story's day (untilAfterFocus).
 */
function stretchEndAhead(tense: string, before: string): boolean {
  if (!STRETCH_END_BEFORE.test(before)) return false;
  return tense === 'present' || tense === 'unknown' || (tense === 'past' && PERFECT_LEADS.test(before));
}
const SET_ASIDE_BEFORE = /\b(?:declared|proclaimed|designated|named|made)\s+$/i;
const SET_ASIDE_AFTER = /^\s+(?:as\s+)?(?:a|an)\s+(?:(?:national|public|bank|official|school|special)\s+)?(?:day|holiday)\b/i;

/**
 * "The coastguard closed the lanes until Wednesday": the past tense is the closing's; the weekday ends a stretch that
 * runs on from the day the story is at. When the last such weekday before publication comes before that day, the
 * stretch cannot have ended then: it is the first such weekday after it (which may be after publication).
 */
function untilAfterFocus(wd: number, c: Resolver): Resolution | null {
  // "had been shut until Monday" is told as over before the day the story is at.
  if (!UNTIL_BEFORE.test(c.preceding()) || /\bhad\b/i.test(c.preceding()) || !c.dct) return null;
  const focus = c.refDay();
  if (!focus || focus === c.dct || c.focus() !== 'day' || toDayNumber(focus) > toDayNumber(c.dct)) return null;
  const past = weekdayNear(c.dct, wd, 'past');
  if (toDayNumber(past) > toDayNumber(focus)) return null;
  const end = weekdayBeside(focus, wd, 'after');
  return { type: 'DATE', value: fmtDay(end), rule: 'weekday/until-after-focus' };
}

// "the weekend before the fire", "the Monday after his arrest": a day named from a happening, not from publication.
const OF_HAPPENING = /^\s+(?:before|after)\s+(?:the|his|her|its|their)\s+(?!(?:next|last|following|previous|same|holidays?|weekend|week|month|year)\b)[a-z]/i;

const WEEKEND_OF_DATE = /^\s+of\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

// "who started the weekend in 1979", "founded the weekend back in 1985": a weekend held in a written year is an event
// of that year (a festival, a gathering), not the weekend nearest publication; the year dates the clause.
const WEEKEND_IN_YEAR = /^\s+(?:back\s+)?in\s+(?:1[0-9]|20)\d{2}\b/;

export const theWeekendRule: Rule = {
  name: 'the-weekend',
  cue: /weekend/i,
  re: rx(`${B}the\\s+weekend${E}`, 'gi'),
  // "the weekend before the fire" is counted from the happening (happenings.ts), not from publication.
  // "the weekend of 14 and 15 July" is the days written, which the date rules read.
  accept: (m, text) => !OF_HAPPENING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) && !WEEKEND_OF_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !WEEKEND_IN_YEAR.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)),
  resolve: (m, c) => {
    if (!c.dct) return null;
    // A weekend with no other word is the nearest one in the direction the verb points.
    const future = c.tense() === 'future';
    const sat = weekdayNear(c.dct, 6, future ? 'future' : 'strict-past');
    return { type: 'DATE', value: `${fmtWeek(sat)}-WE`, rule: `weekend/${future ? 'future' : 'past'}-tense` };
  },
};

// The people, the world or the things of an age rather than of one day: "the cars of tomorrow", "today's youth".
const AGE_NOUNS = 'youth|young|teenagers|teens|kids|children|famil(?:y|ies)|people|men|women|generations?|world|society|students|schools|workers|workforce|consumers|leaders|engineers|scientists|doctors|econom(?:y|ies)|industr(?:y|ies)|business(?:es)?|jobs|homes|cities|technolog(?:y|ies)|cars|vehicles|standards';
const OF_GENERIC = new RegExp(`\\b(?:${AGE_NOUNS})\\s+of\\s+$`, 'i');
// Not the owner of a happening of that day: "today's doctors' strike", "today's students march".
const GENERIC_OWNED = new RegExp(`^\\s*(?:[a-z]+\\s+)?(?:${AGE_NOUNS})\\b(?!['’]|\\s+(?:strike|protest|march|rally|meeting|vote|match|game|race|walkout|event|show|parade|ceremony|conference)s?\\b)`, 'i');

// Not a stay of a week starting then ("leaves for a week tomorrow").
const WEEK_ON_BEFORE = /(?<!\b(?:for|of|in|than|about|once|per|every|each|only|just)\s+)\ba\s+(week|fortnight)\s+$/i;

export const dayWordRule: Rule = {
  name: 'day-word',
  cue: /to(?:day|night|morrow)|yesterday/i,
  re: rx(`${B}(the\\s+day\\s+(?:before|after)\\s+)?(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\\s+${PART})?${E}`, 'gi'),
  resolve: (m, c) => {
    const w = m[2].toLowerCase();
    // "the cars of tomorrow", "today's teenagers": the present or the time to come in general, no day.
    const generic = !m[1] && !m[3] && (w === 'today' || w === 'tomorrow') && (/['’]s$/.test(m[0]) ? GENERIC_OWNED.test(c.following()) : OF_GENERIC.test(c.preceding()));
    if (!c.dct) {
      const value = w === 'tomorrow' ? 'FUTURE_REF' : w === 'yesterday' ? 'PAST_REF' : 'PRESENT_REF';
      return generic ? { type: 'DATE', value, rule: 'day-word/no-dct' } : unplacedNearNow(value, 'day-word', c);
    }
    if (generic) return { type: 'DATE', value: w === 'today' ? 'PRESENT_REF' : 'FUTURE_REF', rule: 'day-word/generic' };
    let delta = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[w]!;
    if (m[1]) delta += /before/i.test(m[1]) ? -1 : 1;
    // "a week tomorrow", "a fortnight today": that many days on from the day named ("a week yesterday" is back).
    const on = !m[1] ? WEEK_ON_BEFORE.exec(c.preceding()) : null;
    if (on) delta += (/fortnight/i.test(on[1]) ? 14 : 7) * (w === 'yesterday' ? -1 : 1);
    // '"Yesterday I delivered twins," she said on Monday': a quote's days count from when it was said.
    const spoken = c.spokenDay?.()?.day;
    const day = addDays(spoken ?? c.dct, delta);
    return dayWithPart(day, w === 'tonight' ? 'night' : m[3], spoken ? 'day-word/spoken' : 'day-word');
  },
};

export const lastNightRule: Rule = {
  name: 'last-night',
  cue: new RegExp(PART_OF_DAY_ALTS, 'i'),
  re: rx(`${B}(last\\s+night|this\\s+(?:${WAKING_PART_ALTS}))${E}`, 'gi'),
  resolve: (m, c) => {
    if (!c.dct) return unplacedNearNow('PRESENT_REF', 'part-of-day', c, 'TIME');
    const last = /^last/i.test(m[1]);
    const part = m[1].split(/\s+/)[1];
    const spoken = c.spokenDay?.()?.day;
    const day = spoken ?? c.dct;
    return dayWithPart(last ? addDays(day, -1) : day, part, spoken ? 'part-of-day/spoken' : 'part-of-day');
  },
};

// "closed Monday, Sept. 2, and will reopen Tuesday": a weekday written out with its date earlier in the sentence,
// then a bare weekday joined on by "and", "then" or "until": the writer is counting the days on from the first. The
// day may come before its month ("shut on Friday 3 May, and from the Monday …").
const WEEKDAY_DATE = rx(`\\b(${WEEKDAY_RE}),?\\s+(?:(?:${MONTH_RE})\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_RE})\\b)`, 'g');

/** The day the bare weekday `wd` names after the weekday-date earlier in its sentence, or null. */
function weekdayAfterDate(wd: number, c: Resolver): Resolution | null {
  const before = c.preceding();
  const m = [...before.matchAll(WEEKDAY_DATE)].pop();
  if (!m) return null;
  const gap = before.slice(m.index! + m[0].length);
  if (/[.;]/.test(gap.replace(/^\.,?/, '')) || !/\b(?:and|then|until|till)\b/i.test(gap) || /\b(?:after|since|following|before)\b/i.test(gap)) return null;
  const ref = c.refDay();
  if (!ref || ref === c.dct || c.focus() !== 'day') return null;
  // The day in focus may be one already counted on from the written one ("from the Tuesday to the Friday"): the days
  // are still counted from the written weekday, the last such on or before it.
  const written = addDays(ref, -((isoWeekday(ref) - weekdayNumber(m[1])! + 7) % 7));
  return { type: 'DATE', value: fmtDay(weekdayBeside(written, wd, 'after')), rule: 'weekday/after-weekday-date', counted: true };
}

// "agreed a fee on July 29, a Friday": a weekday set after a date names that date's day, not a day of its own.
const APPOSED_TO_DATE = /\d(?:st|nd|rd|th)?(?:,?\s+\d{4})?,\s+(?:which\s+was\s+)?a\s+$/;

/** "on July 29, a Friday": the date's own day, when the weekday fits it. */
function dateApposed(wd: number, c: Resolver): Resolution | null {
  if (!APPOSED_TO_DATE.test(c.preceding())) return null;
  const ref = c.refDay();
  if (!ref || ref === c.dct || isoWeekday(ref) !== wd) return null;
  return { type: 'DATE', value: fmtDay(ref), rule: 'weekday/apposed-to-date', counted: true };
}

// "had his own Saturday programme", "kept her usual Friday table": after a possessive with "own", "usual" or "regular"
// the weekday names a kind of thing that comes round every week, not one day of the clause. ("a Monday news
// conference", "his Sunday sermon" are one day's, and stay dates.)
// So does a season's name ("a winter Sunday market", "the summer Saturday trains"): every such weekday of the season.
const HABIT_KIND_BEFORE = /\b(?:his|her|their|its|our|my|your|the|a|an)\s+(?:own|usual|regular|customary|traditional|weekly|winter|summer|spring|autumn)\s+$/i;

// "Sunday markets began in 1990", "the Friday night concerts moved to the hall in 2004": a bare weekday opening its
// noun phrase and made the adjective of a plural noun, in a clause that writes its year, names a kind of thing held
// every week; no one day of the year the clause is set in is meant. ("Tuesday night storms flooded the valley",
// with no year, stays that night's.)
const KIND_OPENING_BEFORE = new RegExp(`(?:^|[.!?;:"“]\\s*|\\b(?:${SUBJECT_DETERMINER}|first|last|weekly)\\s+)$`, 'i');
const KIND_PLURAL_AFTER = new RegExp(`^\\s+[a-z]{2,}s\\s+(?!(?:${SUBJECT_DETERMINER}|this|that|these|those|on|in|at|of|to|and|or)\\b)[a-z]`);
const CLAUSE_YEAR_AFTER = /^[^.;:!?"“”(]{0,80}?\bin\s+(?:1[0-9]|20)\d{2}\b/;

/** A weekday at `start`..`end` of `text` opening a plural noun's phrase, in a clause its written year dates. */
export function kindOfYear(text: string, start: number, end: number): boolean {
  return KIND_OPENING_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && KIND_PLURAL_AFTER.test(text.slice(end, end + 30)) && CLAUSE_YEAR_AFTER.test(text.slice(end, end + 100));
}

/** A weekday at `start`..`end` of `text` used as an adjective of a thing that recurs every week. */
export function habitKind(text: string, start: number, end: number): boolean {
  return (HABIT_KIND_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && /^\s+[a-z]{3,}/.test(text.slice(end, end + 6))) || kindOfYear(text, start, end);
}

// "on the Thursday and Friday": a weekday joined to one read against the story's day is the next of its days.
const DEFINITE_WEEKDAY_JOINED = new RegExp(`\\bthe\\s+${WEEKDAY_RE}\\s+(?:and|or)\\s+$`);

/** The weekday after "the <weekday> and", on or after the day that one was read as; null elsewhere. */
function joinedToDefinite(want: number, m: RegExpExecArray, c: Resolver): Resolution | null {
  if (!DEFINITE_WEEKDAY_JOINED.test(m.input.slice(Math.max(0, m.index - 20), m.index))) return null;
  const ref = c.refDay();
  if (!ref || ref === c.dct || c.focus() !== 'day') return null;
  const gap = (want - isoWeekday(ref) + 7) % 7 || 7;
  return { type: 'DATE', value: fmtDay(addDays(ref, gap)), rule: 'weekday/anaphoric-definite', counted: true };
}

// How many days on either side of a written stretch of days "the <weekday>" may fall and still be told of it ("from the
// Thursday to the Monday" around a Friday-to-Sunday festival).
const SPAN_SLACK = 3;

/**
 * "The festival runs from Friday, June 26, to Sunday, June 28. … a ceilidh on the Friday night, … at noon on the Sunday":
 * "the <weekday>" names a day of the stretch of days the text wrote last, or one just beside it; null when no stretch
 * was written, or the weekday is not within a few days of it.
 */
function weekdayOfSpan(want: number, c: Resolver): Resolution | null {
  const span = c.daySpan?.();
  if (!span) return null;
  const from = addDays(span.start, -SPAN_SLACK);
  const to = toDayNumber(addDays(span.end, SPAN_SLACK));
  const days: Ymd[] = [];
  for (let d = from; toDayNumber(d) <= to; d = addDays(d, 1)) if (isoWeekday(d) === want) days.push(d);
  if (days.length !== 1) return null;
  return { type: 'DATE', value: fmtDay(days[0]), rule: 'weekday/of-day-span', counted: true, ...(span.uncertain || !c.dct ? { yearUncertain: true } : {}) };
}

// "a", "one" or "some" before a weekday, or with a word of weather or of kind between ("a cold Saturday", "one
// particular Monday"); not a noun between ("on a call Wednesday evening" is that Wednesday's call).
const WEEKDAY_ADJECTIVE = /^\s+(?!(?:in|of|at|on|when|while|and|or|last|this|that|before|after|late|early|during|with|to|for|the|as|but|he|she|they|we|it)\b)[a-z]/;
const INDEFINITE_WEEKDAY = /\b(?:an?|one|some)\s+(?:(?:cold|wet|warm|hot|mild|sunny|rainy|snowy|windy|foggy|misty|stormy|grey|gray|bright|dark|quiet|busy|fine|certain|particular|typical|ordinary)\s+)?$/i;
// "on a blustery Sunday in March 1962", "one dismal Thursday in 1988": with any one word between, a weekday of no
// particular week when the month or year it falls in follows; a week of publication's would need neither.
const INDEFINITE_WORD_WEEKDAY = /\b(?:an?|one)\s+[a-z]{3,}\s+$/i;
const IN_MONTH_OR_YEAR = new RegExp(`^\\s+in\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH_RE}|(?:1[0-9]|20)\\d{2}\\b)`);
// "started as a Saturday girl", "worked as a Sunday porter": after "as a" the weekday and its noun name a post held
// week after week, not one day ("at a Monday news conference" is still that Monday's).
const ROLE_AS = /\bas\s+an?\s+$/i;

// "on Tuesday week", "Saturday week": the British way of saying a week after the coming weekday. "a week on Saturday"
// says the same, the count first.
export const weekdayWeekRule: Rule = {
  name: 'weekday-week',
  cue: WEEKDAY_CUE,
  re: rx(`${B}(?:(?:a|one)\\s+week\\s+on\\s+(${WEEKDAY_RE})(?![s'’-])|(${WEEKDAY_RE})\\s+week(?!\\s+(?:of|after|before|in|to|ending|beginning|starting)\\b|['’-]))${E}`, 'g'),
  // Not after a word that counts weeks ("last Tuesday week" is unusual, "every Tuesday week" none).
  accept: (m, text) => !!m[1] || !/\b(?:last|next|this|every|each|a|one|that)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)),
  resolve: (m, c) => {
    const base = weekday(weekdayNumber(m[1] ?? m[2])!, c, 'next');
    const day = parseYmd(base.value);
    // With no day of writing, the weekday's own guess stands (a week more changes no guessed year).
    if (!day || !c.dct) return c.dct ? null : base;
    return { ...base, value: fmtDay(addDays(day, 7)), rule: 'weekday-week' };
  },
};

export const weekdayRule: Rule = {
  name: 'weekday',
  cue: WEEKDAY_CUE,
  re: rx(`${B}(?:(last|next|this|past|previous|coming|Last|Next|This|Past|Previous|Coming)\\s+)?(${WEEKDAY_RE})(['’]s)?(?:\\s+${PART})?${E}`, 'g'),
  resolve: (m, c) => {
    if (!m[1] && !m[3] && (m[4] ? kindOfYear(m.input, m.index, m.index + m[0].length) : habitKind(m.input, m.index, m.index + m[0].length))) return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[2])}`, rule: 'set/weekday-kind' };
    const definite = /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index));
    const ofSpan = !m[1] && !m[3] && definite ? weekdayOfSpan(weekdayNumber(m[2])!, c) : null;
    if (ofSpan) return m[4] ? { ...ofSpan, rule: `${ofSpan.rule}+part` } : ofSpan;
    const joined = !m[1] && !m[3] ? joinedToDefinite(weekdayNumber(m[2])!, m, c) : null;
    if (joined) return m[4] ? { ...joined, rule: `${joined.rule}+part` } : joined;
    const apposed = !m[1] && !m[3] ? dateApposed(weekdayNumber(m[2])!, c) : null;
    if (apposed) return apposed;
    // After a date whose day it is ("on May 14, a Friday") it is that day, above. Otherwise "on a Saturday in March",
    // "one Tuesday", "on a wet Sunday": a weekday of no particular week names no day; what else the clause writes (its
    // month, its year) dates it, or nothing does.
    // Not a weekday made a noun's adjective ("at a Monday news conference"): that is one day's.
    if (!m[1] && !m[3] && ROLE_AS.test(m.input.slice(Math.max(0, m.index - 8), m.index)) && /^\s+[a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    if (!m[1] && INDEFINITE_WEEKDAY.test(m.input.slice(Math.max(0, m.index - 24), m.index)) && !WEEKDAY_ADJECTIVE.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    if (!m[1] && !m[3] && INDEFINITE_WORD_WEEKDAY.test(m.input.slice(Math.max(0, m.index - 24), m.index)) && IN_MONTH_OR_YEAR.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30))) return null;
    const after = !m[1] && !m[3] ? weekdayAfterDate(weekdayNumber(m[2])!, c) : null;
    if (after) return m[4] ? { ...after, rule: `${after.rule}+part` } : after;
    const base = toldBeforeNext(weekday(weekdayNumber(m[2])!, c, m[1], m[3] && !m[4] ? m[3] + c.following() : undefined), m, c);
    // "opened its inquiry on the Monday after the sinking": the Monday is counted from the happening (happenings.ts,
    // weekdayFromHappening), which may lie years before publication; the one nearest publication is only a guess,
    // and no day of the story (tag-state.ts leaves it out of the focus).
    if (!m[1] && !m[3] && definite && c.dct && OF_HAPPENING.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      return { ...base, rule: `weekday/of-happening${m[4] ? '+part' : ''}`, yearUncertain: true };
    }
    const night = nightOfWeekday(base, m, c);
    if (night) return night;
    if (!m[4] || !/^\d/.test(base.value)) return base;
    return { ...base, rule: `${base.rule}+part` };
  },
};

// "installed overnight on Tuesday", "worked through the night Saturday": a night told as a whole just before its day.
const NIGHT_BEFORE_DAY = /\b(?:overnight|(?:through|throughout|during)\s+the\s+night|all\s+night)\s+(?:on\s+)?$/i;

/**
 * "a software update installed overnight on Tuesday": a night told as a whole with its own day is the night that
 * begins that evening, the day and the next. The value stays the day, which the story goes on from; only the stretch
 * shown is the night. Not a night past publication (not over), nor "on Tuesday night" alone, which a reader places on
 * the Tuesday, nor a "<weekday> night" of another noun in a clause that has "overnight" ("camped overnight despite a
 * frost on Saturday night": the frost's night).
 */
function nightOfWeekday(base: Resolution, m: RegExpExecArray, c: Resolver): Resolution | null {
  const day = parseYmd(base.value);
  if (!day || !DAY_VALUE.test(base.value) || base.exact) return null;
  if (!NIGHT_BEFORE_DAY.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
  const next = addDays(day, 1);
  if (c.dct && toDayNumber(next) > toDayNumber(c.dct)) return null;
  return { ...base, rule: `${base.rule}+night`, exact: { start: base.value, end: fmtDay(next) } };
}

// The rest of a weekday's sentence, up to a stop, a quote or a bracket.
const SENTENCE_REST = /^[^.;:!?"“”()]{0,160}/;
// Words between two weekdays told in sequence: "and", "then", "before" (a stretch's "until", "to", "through" alone
// between them, after "from": BARE_RANGE_WORD).
const IN_SEQUENCE = /\b(?:and|then|before)\s+((?:[\w'’-]+\s+){0,4})/gi;
/**
 * Whether a link opens a second happening ("and collapsed", "and the union walked out", "before reopening", "and again"),
 * not a pair of nouns ("condemned the attacks in Kenya and Tanzania Friday", where Friday is the attacks' day).
 */
function linksHappening(gap: string): boolean {
  for (const m of gap.matchAll(IN_SEQUENCE)) {
    if (m[1].split(/\s+/).some((w) => /^(?:again|[a-z]{2,}(?:ed|ing))$/i.test(w) || IRREGULAR_PAST.has(w.toLowerCase()))) return true;
  }
  return false;
}
// Words that unsettle the order or the tense: a later weekday told as earlier ("after", "since", a past perfect, what a
// telling reports), or one still to come.
const OUT_OF_SEQUENCE = /\b(?:after|since|when|because|following|had|said|says|say|told|tell|will|would|shall|due|expected|plans?|scheduled|set\s+to|is|are|am)\b|['’](?:ll|d)\b/i;
const NEXT_WEEKDAY = new RegExp(`${B}(${WEEKDAY_RE})${E}`);
// After the later weekday: a possessive ("Wednesday's vote") or its own date ("Wednesday, March 10"), read on their own.
const OWN_DATE_AFTER = new RegExp(`^(?:['’]s|,?\\s+(?:\\d|${MONTH_RE}|the\\s+\\d))`);
const BARE_RANGE_WORD = /^\s*(?:to|through|thru|until|till|[-–—])\s*$/i;
const HABIT_PARTS_AFTER = new RegExp(String.raw`^\s+(?:(?:${PART_OF_DAY_ALTS})s)\b`, 'i');
// Right before the later weekday, words that make it a day of its own week or of a happening ("last", "next", "the").
const OWN_WEEK_BEFORE = /\b(?:last|next|this|coming|following|previous|past|the|every|each|of|by)\s+$/i;

/**
 * "Talks opened on Monday and collapsed on Wednesday", "was shut from Monday until Wednesday": in a Tuesday paper the
 * Wednesday told in the past is the one six days back, so the Monday told before it in the same sentence, in sequence,
 * is the Monday before that, not yesterday: days told one after the other in the past keep their order. The later
 * weekday must be read as this one is (in the past, with no word of its own week), or nothing moves.
 */
function toldBeforeNext(base: Resolution, m: RegExpExecArray, c: Resolver): Resolution {
  // A quote's weekday (weekday(): spokenDay) carries "/spoken" in its rule, so the rule test leaves it too.
  if (m[1] || !/^weekday\/past-tense(?:\+part)?$/.test(base.rule) || !c.dct) return base;
  const from = m.index + m[0].length;
  const rest = SENTENCE_REST.exec(m.input.slice(from, from + 160))![0];
  const next = NEXT_WEEKDAY.exec(rest);
  if (!next) return base;
  const gap = rest.slice(0, next.index);
  const after = rest.slice(next.index + next[0].length, next.index + next[0].length + 12);
  // "from Monday until Wednesday"; "Monday to Friday" with no "from" is a week's round of days.
  const range = BARE_RANGE_WORD.test(gap) && /\b(?:from|between)\s+$/i.test(c.preceding());
  if (!(range || linksHappening(gap)) || OUT_OF_SEQUENCE.test(gap) || OWN_WEEK_BEFORE.test(gap) || OWN_DATE_AFTER.test(after)) return base;
  // "on Friday and Saturday evenings": a habit.
  if (HABIT_PARTS_AFTER.test(after)) return base;
  if (stretchEndAhead(c.tense(), m.input.slice(Math.max(0, from + next.index - 60), from + next.index))) return base;
  const day = parseYmd(base.value);
  const later = weekdayNear(c.dct, weekdayNumber(next[1])!, 'past');
  if (!day || toDayNumber(later) >= toDayNumber(day)) return base;
  const earlier = addDays(day, -7);
  // "Bunting hung on Good Friday was torn down on Sunday morning, and the stall was moved indoors on Saturday night":
  // a day told before this one in its sentence, in this one's week, keeps it there; the order is broken after it.
  if (toldInWeekBefore(c, earlier, day)) return base;
  return { ...base, value: fmtDay(earlier), rule: `${base.rule}/before-next-told` };
}

// A weekday or a holiday named in the words before a match.
const NAMED_DAY_BEFORE = new RegExp(`${B}(?:${WEEKDAY_RE}|${HOLIDAY_NAME})${E}`);

/** Whether the day in focus was named earlier in the match's sentence and falls after `earlier`, up to `day`. */
function toldInWeekBefore(c: Resolver, earlier: Ymd, day: Ymd): boolean {
  const ref = c.refDay();
  if (!ref || !NAMED_DAY_BEFORE.test(c.preceding())) return false;
  const n = toDayNumber(ref);
  return n > toDayNumber(earlier) && n <= toDayNumber(day);
}

// "on the Sunday before the vote", "on the Friday of that week", "on the Monday morning": told by what follows.
const DEFINITE_WEEKDAY_TAIL = new RegExp(String.raw`^\s*(?:before|after|of|that|when|which|in|${PART_OF_DAY_ALTS}|[A-Z\d'’])`);

export const anaphoricWeekdayRule: Rule = {
  name: 'anaphoric-weekday',
  cue: WEEKDAY_CUE_ANY_CASE,
  // "will close on Friday, April 19, and reopen the following Monday": counted from the day in focus, not from
  // publication (which is the day in focus when the text has named none).
  // "collected more stones over the following weekend. The largest was found on the Sunday": a weekday with "the"
  // alone is the one of the stretch the story is at, the first on or after its day.
  // "on the Sunday morning" is that Sunday's morning: the part of the day is read with it, and the day is the same.
  re: rx(`${B}the\\s+(?:(following|next|previous|preceding)\\s+)?(${WEEKDAY_RE})(?:\\s+${PART})?${E}`, 'gi'),
  accept: (m, text) => /^[A-Z]/.test(m[2]) && (!!m[1] || (/\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && !DEFINITE_WEEKDAY_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))),
  resolve: (m, c) => {
    const r = anaphoricWeekday(m, c);
    return r && m[3] && /^\d/.test(r.value) ? { ...r, rule: `${r.rule}+part` } : r;
  },
};

function anaphoricWeekday(m: RegExpExecArray, c: Resolver): Resolution | null {
  const ref = c.refDay();
  const want = weekdayNumber(m[2])!;
  const ofSpan = !m[1] ? weekdayOfSpan(want, c) : null;
  if (ofSpan) return ofSpan;
  if (!m[1]) {
    // With no day told, it is read as the bare weekday is.
    const behind = !!ref && ref !== c.dct && c.focus() !== 'day' && focusBehindDay(c, ref);
    if (!ref || ref === c.dct || (c.focus() !== 'day' && !behind)) return weekday(want, c);
    // In a sentence told in the past perfect ("went missing on Saturday. The river had risen after rain on the
    // Thursday") it is the last one before the story's day: the flashback steps back.
    const ahead = (want - isoWeekday(ref) + 7) % 7;
    const gap = ahead > 0 && pastPerfectBefore(m) ? ahead - 7 : ahead;
    // After background the story may instead have gone back to that older year ("In 1952 his father took him to the
    // fair. On the Sunday …"): the day told is the likelier, and its year is shown as a guess.
    return { type: 'DATE', value: fmtDay(addDays(ref, gap)), rule: 'weekday/anaphoric-definite', counted: true, ...(behind ? { yearUncertain: true } : {}) };
  }
  const forward = /following|next/i.test(m[1]);
  // "died in 1938 while working on a puzzle for the following Sunday": with the story at a month or a year that is
  // not publication's, the weekday is one near it, which one the text does not say; its year is a guess.
  const away = c.focus() !== 'day' ? inFocusAway(c) : null;
  if (away) return away;
  // With no day named before it, it is "next Monday" ("last Monday"), as the weekday rule reads those.
  if (ref === c.dct || c.focus() !== 'day') return weekday(want, c, forward ? 'next' : 'last');
  if (!ref) return null;
  let gap = forward ? (want - isoWeekday(ref) + 7) % 7 : (isoWeekday(ref) - want + 7) % 7;
  if (gap === 0) gap = 7;
  // Counted from the day in focus, so its year is as sure as that day's.
  return { type: 'DATE', value: fmtDay(addDays(ref, forward ? gap : -gap)), rule: `weekday/anaphoric-${forward ? 'following' : 'previous'}`, counted: true };
}

/**
 * Whether the month or year in focus lies wholly before the day told last, `ref`: background told after it ("went
 * missing on Saturday, Jan. 17. … They married in 1962. … read about it on the Monday"), which leaves the story at
 * that day, so "the Monday" is the one after it. A month or year on or after the day's moves the story on.
 */
function focusBehindDay(c: Resolver, ref: Ymd): boolean {
  const focus = c.focus();
  if (focus === 'day') return false;
  const base = c.refDate(focus);
  // Asked again so that what is counted from is the day, with its own anchor and provenance.
  c.refDay();
  if (!base || base === c.dct) return false;
  return focus === 'year' ? base.y < ref.y : base.y * 12 + base.m < ref.y * 12 + ref.m;
}

// "had risen", "had been seen", not "had to" or "had a".
const HAD_PARTICIPLE_BEFORE = /\bhad\s+(?:(?:not|never|already|just|also|been)\s+)?(?!to\b|a\b|an\b|the\b|no\b|some\b)[a-z]{3,}\b/i;

/** Whether the sentence of a match has a past perfect before it. */
function pastPerfectBefore(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 300), m.index);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n'));
  return HAD_PARTICIPLE_BEFORE.test(before.slice(stop + 1));
}

/** A day of the month or year in focus, when that is not publication's month or year; null otherwise. */
function inFocusAway(c: Resolver): Resolution | null {
  const story = storyYear(c);
  if (!story) return null;
  const value = story.focus === 'month' ? `${fmtMonth(story.year, story.at.m)}-XX` : `${story.year}-XX-XX`;
  return { type: 'DATE', value, rule: `weekday/anaphoric-${story.focus}-in-focus`, counted: true, yearUncertain: story.yearUncertain };
}

// What may follow "the Sunday before": nothing (the sentence or clause ends), or a clause told in the past ("after the
// consultation closed", "before it reopened") whose own day the text gave last.
const BEFORE_AFTER_TAIL = /^(?:\s*[.;,!?"”)]|\s+(?:the|its|his|her|their|it|he|she|they)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}ed\b)/;

// "the Saturday before last", "the Friday after next": a week beyond the last (next) such weekday, as "the week before
// last" is two weeks back.
export const weekdayBeforeLastRule: Rule = {
  name: 'weekday-before-last',
  cue: BEYOND_NEXT_CUE,
  re: rx(`${B}the\\s+(${WEEKDAY_RE})\\s+${BEYOND_NEXT}${E}`, 'g'),
  resolve: (m, c) => {
    const before = /^before/i.test(m[2]);
    // Without a publication date it is a weekday of no known week, as a bare one is.
    if (!c.dct) return weekday(weekdayNumber(m[1])!, c);
    const one = weekdayNear(c.dct, weekdayNumber(m[1])!, before ? 'strict-past' : 'strict-future');
    return { type: 'DATE', value: fmtDay(addDays(one, before ? -7 : 7)), rule: `weekday/${before ? 'before-last' : 'after-next'}` };
  },
};

export const weekdayBeforeAfterRule: Rule = {
  name: 'weekday-before-after',
  cue: WEEKDAY_CUE,
  // "will open the wing on Friday, Feb. 4. … an open afternoon on the Sunday before.": the weekday on the near side of
  // the day the story is at, not the one nearest publication.
  re: rx(`${B}the\\s+(${WEEKDAY_RE})\\s+(before|after)${E}`, 'g'),
  accept: (m, text) => BEFORE_AFTER_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
  resolve: (m, c) => {
    const wd = weekdayNumber(m[1])!;
    const ref = c.refDay();
    if (!ref || ref === c.dct || c.focus() !== 'day') return weekday(wd, c);
    const side = m[2].toLowerCase() === 'after' ? 'after' : 'before';
    return { type: 'DATE', value: fmtDay(weekdayBeside(ref, wd, side)), rule: `weekday/${m[2].toLowerCase()}-day-in-focus`, counted: true };
  },
};

export const weekdayLowerRule: Rule = {
  name: 'weekday-lower',
  cue: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/,
  // Sentence-initial or lower-case "last monday" style text is rare but cheap to cover.
  re: rx(`${B}(last|next|this)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)${E}`, 'g'),
  resolve: (m, c) => weekday(weekdayNumber(m[2])!, c, m[1]),
};

export const weekdayOrdinalRule: Rule = {
  name: 'weekday-ordinal',
  cue: WEEKDAY_CUE,
  // "The storm came in March 1952. The sea broke through on the night of Friday the 14th": the weekday and the day of
  // the month name one day of the month in focus (a month told, else publication's or the one beside it), the one
  // whose day falls on that weekday.
  re: rx(`${B}(${WEEKDAY_RE}),?\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)${E}`, 'g'),
  resolve: (m, c) => {
    const wd = weekdayNumber(m[1])!;
    const day = +m[2];
    if (day < 1 || day > 31) return null;
    const ref = c.refDate('month');
    if (!ref || (c.focus() === 'year' && ref !== c.dct)) return { type: 'DATE', value: `XXXX-XX-${pad2(day)}`, rule: 'weekday-ordinal/no-month' };
    const fits = (delta: number): Ymd | null => {
      const month = ref.m + delta;
      const p = { y: ref.y + Math.floor((month - 1) / 12), m: ((month - 1 + 12) % 12) + 1, d: day };
      return isValidYmd(p) && isoWeekday(p) === wd ? p : null;
    };
    // A month told is the month meant; publication's month may be the one before or after it.
    const deltas = ref === c.dct ? (c.tense() === 'future' ? [0, 1, -1] : [0, -1, 1]) : [0];
    for (const delta of deltas) {
      const p = fits(delta);
      if (p) return { type: 'DATE', value: fmtDay(p), rule: ref === c.dct ? 'weekday-ordinal/near-publication' : 'weekday-ordinal/month-in-focus', ...(ref === c.dct ? {} : { counted: true }) };
    }
    return null;
  },
};

// A month named earlier in the sentence ("that September, on the last Saturday of the month").
const MONTH_NAMED_BEFORE = new RegExp(`\\b${MONTH_RE}\\b`);
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/**
 * "on the first Saturday of the month", "the last Friday in March 2019": one day of a month, counted by its weekday.
 * "the month" and "this month" are publication's, "last"/"next month" the ones beside it, "that month" the one in
 * focus; a month without its year takes the year a bare month would.
 */
export const nthWeekdayOfMonthRule: Rule = {
  name: 'nth-weekday-of-month',
  // "the last weekend of July", "the first weekend in August": the Saturday so counted and the Sunday after it.
  cue: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend/i,
  // "of December that year", "in May of the same year", "of March the following year": the month of the year in focus
  // (or the one beside it), written after the month.
  re: rx(`${B}[Tt]he\\s+(first|second|third|fourth|last|final)\\s+(${WEEKDAY_RE}|weekend)\\s+(?:of|in)\\s+(?:(${MONTH_RE})(?:,?\\s+${YEAR}|\\s+(?:of\\s+)?(that|the\\s+same)\\s+year|\\s+(?:of\\s+)?the\\s+(following|next|previous|preceding)\\s+year)?|(the|this|last|next|that)\\s+month)${E}`, 'g'),
  resolve: (m, c) => {
    const weekend = /^weekend$/i.test(m[2]);
    const wd = weekend ? 6 : weekdayNumber(m[2])!;
    const n = NTH[m[1].toLowerCase()];
    // A weekend is its Saturday's ISO week's weekend (TimeML's "-WE").
    const dayValue = (p: Ymd): string => (weekend ? `${fmtWeek(p)}-WE` : fmtDay(p));
    const month = m[3] ? monthNumber(m[3]) : undefined;
    if (month && (m[5] || m[6])) {
      const ref = c.refDate('year');
      if (!ref || ref === c.dct) return null;
      const y = ref.y + (m[6] ? (/following|next/i.test(m[6]) ? 1 : -1) : 0);
      return { type: 'DATE', value: dayValue(nthWeekday(y, month, wd, n)), rule: `nth-weekday/${m[6] ? 'beside' : 'that'}-year`, counted: true };
    }
    if (month) {
      const y = m[4] ? +m[4] : chooseYear(month, undefined, c, 'nth-weekday');
      if (typeof y === 'number') return { type: 'DATE', value: dayValue(nthWeekday(y, month, wd, n)), rule: 'nth-weekday/explicit', explicitYear: true };
      if (!y) return null;
      return { type: 'DATE', value: dayValue(nthWeekday(y.year, month, wd, n)), rule: y.rule, ...(y.uncertain ? { yearUncertain: true } : {}) };
    }
    const which = m[7].toLowerCase();
    // Without publication "the month" is none known: the weekday of no known week, as a bare weekday is.
    if (which !== 'that' && !c.dct) return unplacedWeekday(wd, c);
    // "made its last crossing that September, on the last Saturday of the month": "the month" just named in the
    // sentence is the one meant, not publication's.
    const named = which === 'the' && c.focus() === 'month' && MONTH_NAMED_BEFORE.test(c.preceding());
    const ref = which === 'that' || named ? c.refDate('month') : c.dct;
    if (!ref || ((which === 'that' || named) && ref === c.dct)) return null;
    if (named) return { type: 'DATE', value: dayValue(nthWeekday(ref.y, ref.m, wd, n)), rule: 'nth-weekday/named-month', counted: true };
    const at = addMonths(ref.y, ref.m, which === 'last' ? -1 : which === 'next' ? 1 : 0);
    return { type: 'DATE', value: dayValue(nthWeekday(at.y, at.m, wd, n)), rule: `nth-weekday/${which}-month`, ...(which === 'that' ? { counted: true } : {}) };
  },
};
