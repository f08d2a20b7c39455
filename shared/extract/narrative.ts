import type { EventDate } from '../document';
import { DAY_VALUE, daysInMonth, fmtDay, fmtMonth, fmtYear, parseTimeValue, parseYmd, toDayNumber, addDays, addMonths, type Ymd } from '../time-value';
import type { Draft } from './draft';
import type { WritingGuess } from './resolve';
import { INTRODUCED_HAPPENING_RE, NOUN_VERBS, ORDINAL_WORD_ALTS, ordinalWordValue, REFERABLE_HAPPENING_RE, SEASONS, seasonMonths } from './lexicon';
import type { Unit } from './segment';
import type { Timex } from './types';
import { matchesOf } from './matches';

// Stage 4b: events the text places only by narrative order ("After the talks failed, …", "… and later
// fled"). Each gets an honest bound, drawn as uncertain: before the next dated event, after the last one,
// or before publication. Here: what the reading carries from sentence to sentence (NarrativeContext), the
// happenings it notes as dated, and the shape a unit is placed in (Placing); the placing itself is
// ordered-events.ts's, its steps in ordering-clauses.ts, narrative-sequence.ts and undated-sentences.ts.

/**
 * The start of a stretch of `n` units that ends at `end` ("opened in 1955 after four years of construction": 1951),
 * at the end's precision; null when it cannot be said (months before a bare year, days before a month).
 */
export function startBefore(end: string, n: number | undefined, unitWord: string): string | null {
  return stretchEnd(end, n, unitWord, 'before');
}

/**
 * "after five summers of searches" before a date, "for the last three summers" at publication: `n` seasons counted as
 * seasons, not as years. They end with the last such season over before `end`'s first month (a bare year: before its
 * January), so five summers before 1972 are June 1967 to August 1971. Null for a word that is no season.
 */
export function seasonsBefore(end: string, n: number | undefined, word: string): { start: string; end: string } | null {
  const months = seasonMonths(SEASONS[word.toLowerCase().replace(/s$/, '')] ?? '');
  const p = parseTimeValue(end);
  if (!months.length || !n || !Number.isInteger(n) || typeof p === 'string' || p.precision === 'decade') return null;
  const [first, , last] = months;
  // Winter's last month is in the next year.
  const lastYear = (y: number) => (last < first ? y + 1 : y);
  const month = p.month ?? 1;
  // The latest season (named by the year it starts in) whose last month lies before the date's month.
  let y = p.year;
  while (lastYear(y) > p.year || (lastYear(y) === p.year && last >= month)) y--;
  return { start: fmtMonth(y - n + 1, first), end: fmtMonth(lastYear(y), last) };
}

/**
 * The far end of a stretch of `n` units that starts at `from` ('after') or ends there ('before'), at `from`'s
 * precision; null when it cannot be said (days from a month, months before a bare year). Days and weeks count
 * `from`'s own day in ("after two days of talks" that ended on Sunday: Saturday and Sunday).
 */
export function stretchEnd(from: string, count: number | undefined, unitWord: string, side: 'after' | 'before'): string | null {
  if (!count || !Number.isInteger(count)) return null;
  const n = side === 'after' ? count : -count;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const p = parseTimeValue(from);
  if (typeof p === 'string') return null;
  if (unit === 'year' && p.precision === 'year') return fmtYear(p.year + n);
  if (unit === 'year' && p.precision === 'month' && p.month) return fmtMonth(p.year + n, p.month);
  // "hurt in 1961 … back within eighteen months": which month of the year it started the text does not say, so the
  // stretch runs to the latest year the count reaches from it (December 1961 and eighteen months: 1963).
  if (unit === 'month' && p.precision === 'year' && side === 'after') return fmtYear(p.year + Math.floor((11 + count) / 12));
  if (unit === 'month' && p.precision === 'month' && p.month) {
    const e = addMonths(p.year, p.month, n);
    return fmtMonth(e.y, e.m);
  }
  const day = parseYmd(from);
  if (!day) return null;
  const days = (unit === 'week' ? 7 : 1) * count - 1;
  if (unit === 'day' || unit === 'week') return fmtDay(addDays(day, side === 'after' ? days : -days));
  if (unit === 'year') return fmtDay({ y: day.y + n, m: day.m, d: Math.min(day.d, daysInMonth(day.y + n, day.m)) });
  if (unit === 'month') {
    const e = addMonths(day.y, day.m, n);
    return fmtDay({ ...e, d: Math.min(day.d, daysInMonth(e.y, e.m)) });
  }
  return null;
}

/**
 * The day `n` days (weeks) on from `day` (back, when negative), counted whole: nine days before the 7th is the 29th,
 * "within a week" of April 17 is by April 24 (stretchEnd counts the day itself in instead).
 */
export function wholeDaysOn(day: Ymd, n: number, unit: string): Ymd {
  return addDays(day, n * (/^week/i.test(unit) ? 7 : /^fortnight/i.test(unit) ? 14 : 1));
}

// "the second day", "the third day": a day counted into a happening, with no "of …" naming another one ("the third day
// of the race" is read where the race is dated). Its callers put the preposition before it.
export const ORDINAL_DAY_WORDS = String.raw`the\s+(${ORDINAL_WORD_ALTS})\s+day\b(?!\s+(?:of|after|before|since)\b)`;

/**
 * Day N of a happening dated `date` ("on the third day", the ordinal `word`), counted from its first day, with N; null
 * when the date gives no day to count from or the day falls past the happening's last.
 */
export function ordinalDayOf(date: EventDate, word: string): { day: string; n: number } | null {
  const from = !date.mod && DAY_VALUE.test(date.start) ? parseYmd(date.start) : null;
  if (!from) return null;
  const n = ordinalWordValue(word);
  const day = fmtDay(addDays(from, n - 1));
  return date.end && day > date.end ? null : { day, n };
}

export interface NarrativeContext {
  published: Ymd | null;
  /** Without a publication date, what the text suggests for the day it was written (a guess), if anything. */
  writing?: WritingGuess;
  /** The event dated by the dateline, if any. */
  dateline: Draft | null;
  /** The first dated event of each unit, from stage 3. */
  unitEvent: Map<Unit, Draft>;
  /** The last dated event of each unit in reading order, leaving out what a clause is only placed against. */
  unitLast?: Map<Unit, Draft>;
  /** A unit's last event (unitLast) mapped to the latest-dated of its events when that is another: "shown in 1951,
   * and before that in 1908. Since then …" counts from 1951, the nearer happening, not the step back written last. */
  latestBeside?: Map<Draft, Draft>;
  /** Dated happenings told as coming after another ("shut on Tuesday after water flooded the hall"): a "shortly after
   * midnight" told next is the midnight that opened their day, not the one after it. */
  afterAnother?: Set<Draft>;
  /** The first event of each unit that a telling reports as done by its day ("…, the manager said on Tuesday"). */
  unitTold?: Map<Unit, Draft>;
  /** Happenings the text has named with their date ("the 1998 collapse", "the massacre" ten years before its
   * tenth anniversary), by their noun: what "at the time of the collapse" is dated by. At most one per noun. */
  happenings?: Map<string, EventDate>;
  /** The last opening of a show the text named by the noun with a day of its own, already past ("last weekend's
   * opening"): where a run told later with only its end ("It runs until May 9") starts. */
  opening?: EventDate;
  /** The day of the last opening the text told by a verb, past or still ahead ("is to open its doors on Friday",
   * "reopened on May 2"): where a run told "from the opening until" a date starts. */
  openingDay?: EventDate;
  /** Happenings a dated clause brought in with "a"/"an" ("was arrested at a rally", "an explosion"), by their noun:
   * what a later "the rally" with no date of its own refers back to. At most one per noun, the last. */
  introduced?: Map<string, EventDate>;
  /** Happenings a dated clause told by their verb ("died on March 3"), by the noun that names them later ("the
   * anniversary of her death"). At most one per noun, the last: its date as told then, and the event whose words told
   * it, as a title may leave the verb out ("She sold fish and married in 1961" is titled by its first verb) which a
   * later "since her wedding" still names. */
  toldByVerb?: Map<string, { date: EventDate; draft: Draft }>;
  nextOrder(): number;
  /** The day in narrative focus: the last event read that is dated to a day. Carried across paragraphs. */
  focus?: Draft;
  /**
   * A day told in the same sentence as the day in focus, after it and in another year ("told the court last Wednesday
   * that the dog had slipped his lead on Oct. 8, 2011"): the story may go on from either.
   */
  focusTold?: Draft;
  /**
   * The day in focus when its sentence tells of a speaking occasion ("gave a speech on Monday", "in a televised
   * address today"): what the speaker's undated remarks told next belong to, while the focus stays on it.
   */
  occasion?: Draft;
  /** The last plainly dated event read, at any precision: what "since then" counts from. Carried across paragraphs. */
  lastDated?: Draft;
  /** The last plainly dated event read that is no telling ("Police said Thursday …" is not): what "has since" counts
   * from when the event read last only reported it. Carried across paragraphs. */
  lastHappening?: Draft;
  /** The last plainly dated happening read whose words tell an opening ("opened on 2 June") or that was held over a
   * few days, and the last telling a start ("started at the bakery in 1971", "joined in May"): what "on the opening
   * day", "on the second evening" and "on my first morning" count from. */
  openedOn?: Draft;
  startedOn?: Draft;
  /** The first event read that is dated to a day on or before publication: the story's own day in a news report. */
  lead?: Draft;
  /** The first event read dated to a day or a week on or before publication: the happening a report or editorial is about. */
  storyLead?: Draft;
  /** The latest day read so far on or before publication: the day the story has got to, where a past-perfect state
   * with no end of its own ("had been trapped since Friday") stops. */
  storyDay?: Draft;
  /** The first stretch of days the text gives with both ends ("from March 3 to March 9"): "the period" it speaks of. */
  firstRange?: Draft;
  /** The happening a span was last counted from ("in the days after the collapse"): what "within a month" and
   * "since then" count from next. */
  happening?: { draft: Draft; paragraphId: string };
  /** A past-perfect flashback read last (`from`, dated before the day the story was at) and that day (`story`), which
   * "Hours later" and "Later" go on from, as the tagger's counts do (anaphor-anchors.ts). */
  flashback?: { from: Draft; story: Draft };
}

/**
 * One unit being placed by narrative order, as orderedEvents hands it to its steps: what its paragraph's reading has
 * left (the events placed so far, the plainly dated ones around it) and `push`, which keeps a step's event.
 */
export interface Placing {
  u: Unit;
  /** The sentence before it in its paragraph (none for the first). */
  previous: Unit | undefined;
  /** The unit's words. */
  text: string;
  /** Whether stage 3 gave the unit a dated event of its own. */
  hasOwn: boolean;
  ctx: NarrativeContext;
  /** The paragraph's events so far. */
  out: Draft[];
  /** The paragraph's dated events, from stage 3. */
  dated: readonly Draft[];
  /** How many of them came before the unit's own (its asides' events do not count): see undatedHappening. */
  before: number;
  /** The nearest plainly dated event before the unit in its paragraph, and after it. */
  prevDated: Draft | undefined;
  nextDated: Draft | undefined;
  /** Gives a new draft its order and keeps it. */
  push(d: Omit<Draft, 'order'>): Draft;
}

// The happening nouns here are those a text dates once and refers back to (lexicon.ts, use R).
// "the tenth anniversary of the Srebrenica massacre": the happening the given number of years before the anniversary.
const ANNIVERSARY_OF = new RegExp(String.raw`\b(${ORDINAL_WORD_ALTS}|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:the|a|an|its|their|this|that)\s+(?:[A-Z][\w'’-]*\s+){0,3}${REFERABLE_HAPPENING_RE}\b`, 'i');
// "a banking collapse in 1998", "the fire on Sunday", "the 1998 collapse", "Sunday's fire": a happening and its own date.
const NOUN_THEN_DATE = new RegExp(String.raw`\b${REFERABLE_HAPPENING_RE}\s+(?:in|on|of)\s+$`, 'i');
const DATE_THEN_NOUN = new RegExp(String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+)?${REFERABLE_HAPPENING_RE}\b`, 'i');

/** A time value `n` years earlier (later, for a negative `n`); null for one that is not a year, month or day. */
export function shiftYears(v: string, n: number): string | null {
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)?$/.exec(v);
  if (!m) return null;
  const y = +m[1] - n;
  return m[2] === undefined ? fmtYear(y) : m[2].length === 3 ? fmtMonth(y, +m[2].slice(1)) : fmtDay({ y, m: +m[2].slice(1, 3), d: Math.min(+m[2].slice(4), daysInMonth(y, +m[2].slice(1, 3))) });
}

/** The key a happening noun is noted under: one for its synonyms ("vote", "ballot", "elections": "election"). */
export function happeningKey(word: string): string {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'quake' ? 'earthquake' : w === 'vote' || w === 'ballot' ? 'election' : w;
}

// "cast ballots in their first free election": a first one is one happening, whatever words stand around it.
const FIRST_HAPPENING = new RegExp(String.raw`\b(after|before|since|following|until)?\s*(?:the|its|their|his|her|a)\s+first\s+(?:[a-z]+\s+)?(${REFERABLE_HAPPENING_RE})\b`, 'gi');

// "first" and at most one word before the happening noun: "the first free ", "its first ".
const FIRST_BEFORE_NOUN = /\bfirst\s+(?:[a-z]+\s+)?$/i;

/**
 * Notes the happening a dated event's evidence names with the event's own date ("a banking collapse in 1998 wiped
 * out …"), or names as the subject of an anniversary ("marks the tenth anniversary of the massacre": that many
 * years before). Only a noun right beside the date, or after "anniversary of", is taken.
 */
export function noteHappening(ctx: NarrativeContext, text: string, d: Draft, timexes: readonly Timex[]): void {
  if (d.date.mod === 'before' || d.date.mod === 'after' || d.date.yearUncertain) return;
  const evidence = text.slice(d.start, d.end);
  const noun = happeningKey;
  const ann = ANNIVERSARY_OF.exec(evidence);
  if (ann) {
    const ord = ann[1].toLowerCase();
    const n = ordinalWordValue(ord) || parseInt(ord, 10);
    const start = shiftYears(d.date.start, n);
    const end = d.date.end ? shiftYears(d.date.end, n) : undefined;
    const head = /(\w+)$/.exec(ann[0])![1];
    if (start && end !== null) (ctx.happenings ??= new Map()).set(noun(head), { start, ...(end ? { end } : {}), basis: d.date.basis, rule: 'anniversary-of' });
    return;
  }
  for (const m of matchesOf(FIRST_HAPPENING, evidence)) {
    // "after the first election": a reference to it, not its telling.
    if (!m[1]) (ctx.happenings ??= new Map()).set(`first ${noun(m[2])}`, { start: d.date.start, ...(d.date.end ? { end: d.date.end } : {}), basis: d.date.basis, rule: 'happening' });
  }
  for (const t of timexes) {
    if (t.start < d.start || t.end > d.end || t.type === 'DURATION') continue;
    const before = NOUN_THEN_DATE.exec(text.slice(Math.max(d.start, t.start - 24), t.start));
    const after = DATE_THEN_NOUN.exec(text.slice(t.end, Math.min(d.end, t.end + 30)));
    const head = before ? /^\w+/.exec(before[0])![0] : after ? /(\w+)$/.exec(after[0])![1] : null;
    // "the town's first open ballot in 1961" is noted as the first one (FIRST_HAPPENING above): a later "the election" is
    // another, the one the story is about.
    const at = before ? Math.max(d.start, t.start - 24) + before.index : 0;
    const first = !!before && FIRST_BEFORE_NOUN.test(text.slice(Math.max(d.start, at - 24), at));
    if (head && !first) (ctx.happenings ??= new Map()).set(noun(head), { start: d.date.start, ...(d.date.end ? { end: d.date.end } : {}), basis: d.date.basis, rule: 'happening' });
  }
}

// A one-off happening brought in with "a" (lexicon.ts, use I), later named with "the".
const INTRODUCED = new RegExp(String.raw`\b(?:a|an)\s+(?:[a-z-]+\s+)?(${INTRODUCED_HAPPENING_RE})\b`, 'gi');

const NOUNS_OF_VERBS = Object.entries(NOUN_VERBS);
const ANY_NOUN_VERB = new RegExp(NOUNS_OF_VERBS.map(([, r]) => `(?:${r.source})`).join('|'), 'i');

/**
 * Notes the happenings a dated event's evidence tells by their verb ("died on Sept. 3, 1990"), by the noun a later
 * sentence may name them with ("the anniversary of his death"). Only a plain date with no stretch: a bound or a
 * guessed year would be passed on as certain.
 */
export function noteToldByVerb(ctx: NarrativeContext, text: string, d: Draft): void {
  if (d.date.mod || d.date.end || d.date.yearUncertain) return;
  const evidence = text.slice(d.start, d.end);
  if (!ANY_NOUN_VERB.test(evidence)) return;
  for (const [noun, verb] of NOUNS_OF_VERBS) {
    if (!verb.test(evidence)) continue;
    (ctx.toldByVerb ??= new Map()).set(noun, { date: d.date, draft: d });
  }
}

// "On the first anniversary of his death": a happening the text told earlier by its verb ("died on …"), that many
// years on.
const ANNIVERSARY_OF_TOLD = new RegExp(String.raw`\b(${ORDINAL_WORD_ALTS}|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:his|her|their|its|the)\s+(${Object.keys(NOUN_VERBS).join('|')})\b`, 'i');

/**
 * The date of "the first anniversary of his death" in a clause told in the past with no date of its own: the date
 * the text gave the death by its verb, that many years on, if that has come by publication.
 */
export function anniversaryOfToldDate(ctx: NarrativeContext, text: string): EventDate | undefined {
  const m = ctx.toldByVerb ? ANNIVERSARY_OF_TOLD.exec(text) : null;
  const h = m && ctx.toldByVerb!.get(m[2].toLowerCase())?.date;
  if (!m || !h) return undefined;
  const ord = m[1].toLowerCase();
  const n = ordinalWordValue(ord) || parseInt(ord, 10);
  const start = shiftYears(h.start, -n);
  if (!start || (ctx.published && start > fmtDay(ctx.published))) return undefined;
  return { start, basis: h.basis, rule: 'narrative-focus/anniversary-of-told', note: `“${m[0]}”: ${n} year${n > 1 ? 's' : ''} after the date the article gave the ${m[2].toLowerCase()} earlier.` };
}

/** Notes the happenings a dated event's evidence brings in with "a"/"an", with the event's date. */
export function noteIntroduced(ctx: NarrativeContext, text: string, d: Draft): void {
  if (d.date.mod === 'before' || d.date.mod === 'after' || d.date.yearUncertain) return;
  for (const m of matchesOf(INTRODUCED, text.slice(d.start, d.end))) (ctx.introduced ??= new Map()).set(happeningKey(m[1]), d.date);
}

const ANY_HAPPENING = new RegExp(String.raw`\b${REFERABLE_HAPPENING_RE}\b`, 'i');
/** Whether a text names a happening that `noteHappening` may note. */
export function namesHappening(text: string): boolean {
  return ANY_HAPPENING.test(text);
}

/** A draft dated plainly: not only bounded ("before …", "after …"). */
export const plain = (d: Draft | undefined) => d && d.date.mod !== 'before' && d.date.mod !== 'after';

/** A date a week long or shorter, with both ends days. */
export function shortSpan(d: EventDate): boolean {
  const a = parseYmd(d.start);
  const b = d.end ? parseYmd(d.end) : null;
  return !!a && !!b && toDayNumber(b) - toDayNumber(a) <= 6;
}

const NIGHT_OF_DAY = /\+night$/;

/** A night's draft as the day it begins on. */
function atNightsDay(d: Draft): Draft {
  const { end: _end, ...date } = d.date;
  return { ...d, date };
}

/**
 * Keeps what later paragraphs may count from: the story's lead, the day it has got to and its first stretch of days.
 * (The events "the collapse" may name are looked for among those already kept: holding drafts paragraph after
 * paragraph had them promoted to the old space, and counted in an import's peak memory.)
 */
export function noteDated(ctx: NarrativeContext, d: Draft): void {
  if (d.date.mod === 'before' || d.date.mod === 'after') return;
  const pub = ctx.published && fmtDay(ctx.published);
  // Without a publication date, a day told as still to come (or with no tense to say) and put in a guessed year is no
  // more where the story has got to than one after publication is.
  if (!pub && /\/(?:future|unknown)\/writing-year\//.test(d.date.rule ?? '')) return;
  const day = DAY_VALUE.test(d.date.start);
  // A night with its own day ("rose overnight on Monday", days.ts) leaves the story at that day.
  const night = !!d.date.end && NIGHT_OF_DAY.test(d.date.rule ?? '');
  if (day && (!d.date.end || night) && (!pub || d.date.start <= pub) && !(ctx.storyDay && ctx.storyDay.date.start >= d.date.start)) ctx.storyDay = night ? atNightsDay(d) : d;
  if (ctx.storyLead && ctx.firstRange) return;
  if (!ctx.storyLead && day && (!d.date.end || shortSpan(d.date)) && (!pub || d.date.start <= pub)) ctx.storyLead = d;
  if (!ctx.firstRange && day && d.date.end && /\.\./.test(d.date.rule ?? '') && (!pub || d.date.start <= pub)) ctx.firstRange = d;
}
