import type { EventDate } from '../document';
import { isSchedule } from './rules/sets';
import { addDays, addMonths, daysInMonth, fmtMonth, fmtYear, parseTimeValue, parseYmd, toDayNumber, type Ymd } from '../time-value';
import type { Draft } from './draft';
import { beforePublication, fmtHuman, relativeTo } from './resolve';
import { fmtDay } from '../time-value';
import { releaseTimexes, type Unit } from './segment';
import type { Timex } from './types';
import { happeningOf, tenseAt } from './tense';
import { draftTitle, relativeTitle, removeRanges, titled } from './title';
import { usable } from './anchor';
import { INTRODUCED_HAPPENING_RE, NUMBER_WORD_RE, parseCount, REFERABLE_HAPPENING_RE } from './lexicon';

// Stage 4b: events the text places only by narrative order ("After the talks failed, …", "… and later
// fled"). Each gets an honest bound, drawn as uncertain: before the next dated event, after the last one,
// or before publication.

/**
 * The start of a stretch of `n` units that ends at `end` ("opened in 1955 after four years of construction": 1951),
 * at the end's precision; null when it cannot be said (months before a bare year, days before a month).
 */
export function startBefore(end: string, n: number | undefined, unitWord: string): string | null {
  if (!n || !Number.isInteger(n)) return null;
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  const p = parseTimeValue(end);
  if (typeof p === 'string') return null;
  if (unit === 'year' && p.precision === 'year') return fmtYear(p.year - n);
  if (unit === 'year' && p.precision === 'month' && p.month) return fmtMonth(p.year - n, p.month);
  if (unit === 'month' && p.precision === 'month' && p.month) {
    const s = addMonths(p.year, p.month, -n);
    return fmtMonth(s.y, s.m);
  }
  const day = parseYmd(end);
  if (!day) return null;
  // Days and weeks count the end day in ("after two days of talks" that ended on Sunday: Saturday and Sunday).
  if (unit === 'day' || unit === 'week') return fmtDay(addDays(day, 1 - (unit === 'week' ? 7 : 1) * n));
  if (unit === 'year') return fmtDay({ y: day.y - n, m: day.m, d: Math.min(day.d, daysInMonth(day.y - n, day.m)) });
  if (unit === 'month') {
    const s = addMonths(day.y, day.m, -n);
    return fmtDay({ ...s, d: Math.min(day.d, daysInMonth(s.y, s.m)) });
  }
  return null;
}

// "After 31 years in Aarby, he moved back …": the stretch the opening counts, which ends at the clause's date.
const SPELL_HEAD = new RegExp(`^(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\s+(?:in|of|at|as|with|on|abroad|away)\\b`, 'i');

const ORDERING_HEAD = /^(After|Following|Before|Prior to|Shortly after|Soon after|Shortly before)\s+([^,]+),\s+(.+)$/;
// "Before that she ran the port", "After that, the talks stalled": the demonstrative stands for the happening told
// last ("Before that happened, …" the same); a clause follows at once (a pronoun, a name or a determiner), or a comma.
const ANAPHORIC_ORDER = /^(Before|After|Prior\s+to)\s+(?:(?:that|this|it)\s+(?:happened|occurred|took\s+place)|that|then)(?:,\s*|\s+(?=(?:she|he|they|it|we|I|the|a|an|his|her|its|their)\s|[A-Z][a-z]))/;
const SPELL_FOR = new RegExp(`\\bfor\\s+(?:(?:about|almost|nearly|more\\s+than)\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?)\\b`, 'i');
// "deliberated for two days before returning its verdict": a count of days that ends as the next happening starts.
const FOR_BEFORE = /\bfor\s+(\d{1,2}|[a-z]{3,9})\s+(days?|weeks?)\s+before\s+[a-z]{3,}ing\b/i;
const REPORTED_AFTER = /\b(?:said|told\s+\w+|stressed|added|spoke|commented)\s+(?:\w+\s+)?(after|following|before)\s+(the\s+[^,.;:"“”]{6,90})/i;
// "Following these rules will get mail there sooner": a gerund subject, not an ordering clause; a modal or a
// present verb right in the head, with no subject of its own, gives it away.
const GERUND_SUBJECT = /^(?:[A-Za-z'’-]+\s+){0,4}?(?:will|would|can|could|should|must|may|might|is|are|helps|makes|means|keeps)\b/;
// "…, who is currently serving in Iraq, …": a state told as under way now, an event at publication even in a
// sentence that is no event of its own.
const PRESENT_ASIDE = /,\s+((?:who|which)\s+(?:is|are)\s+(?:currently|now|still)\s+[^,;:"“”]{3,120})/g;
// "Since then, the party has been in decline": from the date in narrative focus up to publication.
const SINCE_THEN = /^["“]?(?:Since\s+then|Ever\s+since|Since\s+that\s+time)\b,?\s*/i;
// "The firm has since moved its plant": "since" after the verb, the same span.
const HAS_SINCE = /^[^.;:"“”]{0,120}?\b(?:has|have)\s+since\s+[a-z]/i;
const HOURS_FROM = /\b(?:an?|one|two|three|four|several|a\s+few)\s+(?:hours?|minutes?)\s+(?:after|before)\s+(?:the|his|her|its|their)\s+[a-z]/i;
// "Hours later", "Minutes later": no count, but too short a wait to leave the day.
const HOURS_LATER = /^\W*(?:(?:only|just|a\s+few|several|some)\s+)?(?:hours|minutes|moments)\s+later\b/i;
const SEQUENCE = /\b(subsequently|afterwards|afterward|thereafter|later|then|soon after|shortly after)\b/i;

export interface NarrativeContext {
  published: Ymd | null;
  /** The event dated by the dateline, if any. */
  dateline: Draft | null;
  /** The first dated event of each unit, from stage 3. */
  unitEvent: Map<Unit, Draft>;
  /** The last dated event of each unit in reading order, leaving out what a clause is only placed against. */
  unitLast?: Map<Unit, Draft>;
  /** Happenings the text has named with their date ("the 1998 collapse", "the massacre" ten years before its
   * tenth anniversary), by their noun: what "at the time of the collapse" is dated by. At most one per noun. */
  happenings?: Map<string, EventDate>;
  /** Happenings a dated clause brought in with "a"/"an" ("was arrested at a rally", "an explosion"), by their noun:
   * what a later "the rally" with no date of its own refers back to. At most one per noun, the last. */
  introduced?: Map<string, EventDate>;
  nextOrder(): number;
  /** The day in narrative focus: the last event read that is dated to a day. Carried across paragraphs. */
  focus?: Draft;
  /** The last plainly dated event read, at any precision: what "since then" counts from. Carried across paragraphs. */
  lastDated?: Draft;
  /** The first event read that is dated to a day on or before publication: the story's own day in a news report. */
  lead?: Draft;
  /** The first event read dated to a day or a week on or before publication: the happening a report or editorial is about. */
  storyLead?: Draft;
  /** The first stretch of days the text gives with both ends ("from March 3 to March 9"): "the period" it speaks of. */
  firstRange?: Draft;
  /** The happening a span was last counted from ("in the days after the collapse"): what "within a month" and
   * "since then" count from next. */
  happening?: { draft: Draft; paragraphId: string };
}

// "overturned shortly before dawn", "gathered at the docks throughout the day": a part of the day with no day of
// its own is a part of the day the story is telling of.
const PART_OF_DAY =
  /\b(?:(?:shortly|just|soon|well|long|an\s+hour)\s+)?(?:before|after|at|by|around|until|till|towards?)\s+(?:dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset)\b|\b(?:throughout|during|for\s+most\s+of|later\s+in|earlier\s+in|for\s+the\s+rest\s+of)\s+the\s+(?:day|morning|afternoon|evening)\b/i;

/**
 * The day a part of the day with no day of its own belongs to, told in the past: the day in focus, when it is not
 * after publication (a past happening is not on a day still to come), else the story's own day.
 */
function dayOfPart(ctx: NarrativeContext): Draft | undefined {
  const pub = ctx.published && fmtDay(ctx.published);
  const fits = (d: Draft | undefined) => d && /^\d{4}-\d{2}-\d{2}$/.test(d.date.start) && !d.date.end && !d.date.mod && (!pub || d.date.start <= pub);
  return fits(ctx.focus) ? ctx.focus : fits(ctx.lead) ? ctx.lead : undefined;
}

// A time of day with no day of its own, or "within hours": the day is the one the story is telling of.
const WITHIN_BEFORE = /\bwithin\s+(?:(?:a\s+few|several|two|three)\s+)?$/i;
const ABOUT_BEFORE = /\b(?:at\s+)?(?:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+$/i;
const LATER_AFTER = /^\s+later\b/i;
function sameDay(u: Unit, t: Timex): boolean {
  if (t.rule === 'clock-time') return true;
  if (t.type !== 'DURATION' || !/^(?:hours|minutes)$/i.test(t.text)) return false;
  return WITHIN_BEFORE.test(u.paraText.slice(Math.max(0, t.start - 20), t.start)) || LATER_AFTER.test(u.paraText.slice(t.end, t.end + 8));
}

// A quotation closed by its attribution: ", the mayor said." or ," said Officer Gail Brennick."
const ATTRIBUTED_QUOTE = /[,.]["”]\s+(?:said|says|added|told)\b|[,.]["”]\s+(?:[A-Za-z.'’-]+\s+){1,6}(?:said|says|added)[.!]?$/;

// The happening nouns here are those a text dates once and refers back to (lexicon.ts, use R).
// "the tenth anniversary of the Srebrenica massacre": the happening the given number of years before the anniversary.
const ANNIVERSARY_OF = new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:the|a|an|its|their|this|that)\s+(?:[A-Z][\w'’-]*\s+){0,3}${REFERABLE_HAPPENING_RE}\b`, 'i');
// "a banking collapse in 1998", "the fire on Sunday", "the 1998 collapse", "Sunday's fire": a happening and its own date.
const NOUN_THEN_DATE = new RegExp(String.raw`\b${REFERABLE_HAPPENING_RE}\s+(?:in|on|of)\s+$`, 'i');
const DATE_THEN_NOUN = new RegExp(String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+)?${REFERABLE_HAPPENING_RE}\b`, 'i');
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function shiftYears(v: string, n: number): string | null {
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?)?$/.exec(v);
  if (!m) return null;
  const y = +m[1] - n;
  return m[2] === undefined ? fmtYear(y) : m[2].length === 3 ? fmtMonth(y, +m[2].slice(1)) : fmtDay({ y, m: +m[2].slice(1, 3), d: Math.min(+m[2].slice(4), daysInMonth(y, +m[2].slice(1, 3))) });
}

/** The key a happening noun is noted under: one for its synonyms ("vote", "ballot", "elections": "election"). */
function happeningKey(word: string): string {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'quake' ? 'earthquake' : w === 'vote' || w === 'ballot' ? 'election' : w;
}

// "cast ballots in their first free election": a first one is one happening, whatever words stand around it.
const FIRST_HAPPENING = new RegExp(String.raw`\b(after|before|since|following|until)?\s*(?:the|its|their|his|her|a)\s+first\s+(?:[a-z]+\s+)?(${REFERABLE_HAPPENING_RE})\b`, 'gi');

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
    const n = ORDINAL_WORDS.includes(ord) ? ORDINAL_WORDS.indexOf(ord) + 1 : parseInt(ord, 10);
    const start = shiftYears(d.date.start, n);
    const end = d.date.end ? shiftYears(d.date.end, n) : undefined;
    const head = /(\w+)$/.exec(ann[0])![1];
    if (start && end !== null) (ctx.happenings ??= new Map()).set(noun(head), { start, ...(end ? { end } : {}), basis: d.date.basis, rule: 'anniversary-of' });
    return;
  }
  for (const m of evidence.matchAll(FIRST_HAPPENING)) {
    // "after the first election": a reference to it, not its telling.
    if (!m[1]) (ctx.happenings ??= new Map()).set(`first ${noun(m[2])}`, { start: d.date.start, ...(d.date.end ? { end: d.date.end } : {}), basis: d.date.basis, rule: 'happening' });
  }
  for (const t of timexes) {
    if (t.start < d.start || t.end > d.end || t.type === 'DURATION') continue;
    const before = NOUN_THEN_DATE.exec(text.slice(Math.max(d.start, t.start - 24), t.start));
    const after = DATE_THEN_NOUN.exec(text.slice(t.end, Math.min(d.end, t.end + 30)));
    const head = before ? /^\w+/.exec(before[0])![0] : after ? /(\w+)$/.exec(after[0])![1] : null;
    if (head) (ctx.happenings ??= new Map()).set(noun(head), { start: d.date.start, ...(d.date.end ? { end: d.date.end } : {}), basis: d.date.basis, rule: 'happening' });
  }
}

// A one-off happening brought in with "a" (lexicon.ts, use I), later named with "the".
const INTRODUCED = new RegExp(String.raw`\b(?:a|an)\s+(?:[a-z-]+\s+)?(${INTRODUCED_HAPPENING_RE})\b`, 'gi');
// "Her speech at the rally", "The rally turned violent": the happening named again, not placed before or after it.
const NAMED_AGAIN = new RegExp(String.raw`(?:^|\b(?:at|during|in|of|on|from)\s+)the\s+(?:[a-z-]+\s+)?(${INTRODUCED_HAPPENING_RE})\b`, 'i');

/** Notes the happenings a dated event's evidence brings in with "a"/"an", with the event's date. */
export function noteIntroduced(ctx: NarrativeContext, text: string, d: Draft): void {
  if (d.date.mod === 'before' || d.date.mod === 'after' || d.date.yearUncertain) return;
  for (const m of text.slice(d.start, d.end).matchAll(INTRODUCED)) (ctx.introduced ??= new Map()).set(happeningKey(m[1]), d.date);
}

const ANY_HAPPENING = new RegExp(String.raw`\b${REFERABLE_HAPPENING_RE}\b`, 'i');
/** Whether a text names a happening that `noteHappening` may note. */
export function namesHappening(text: string): boolean {
  return ANY_HAPPENING.test(text);
}

// "was seventeen at the time of the massacre", "during the collapse": the happening's own time.
// "has stood with the country since its first vote": from the happening's time up to publication.
const SINCE_REF = new RegExp(String.raw`\bsince\s+(?:the|its|their|his|her)\s+(first\s+)?(?:[a-z-]+\s+)?(${REFERABLE_HAPPENING_RE})\b`, 'i');
const AT_TIME_OF = new RegExp(String.raw`\b(?:at\s+the\s+time\s+of|during)\s+(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?(${REFERABLE_HAPPENING_RE})\b`, 'i');

/** "has stood with it since its first vote", told in the present perfect, and the date the text gave that vote. */
function sinceHappening(text: string, ctx: NarrativeContext): { m: RegExpExecArray; h: EventDate } | null {
  const m = SINCE_REF.exec(text);
  if (!m || !PERFECT.test(text.slice(0, m.index))) return null;
  const h = ctx.happenings?.get(`${m[1] ? 'first ' : ''}${happeningKey(m[2])}`);
  const pub = ctx.published && fmtDay(ctx.published);
  return h && pub && h.start < pub ? { m, h } : null;
}

/** The sentence is itself quoted speech: it opens inside a quotation, or with one. */
function quoted(text: string): boolean {
  const q = /["“”]/.exec(text);
  return !!q && (q.index === 0 || q[0] === '”' || /[,.!?]\s*$/.test(text.slice(0, q.index)));
}

// Participles written as such ("has grown", "has come under strain", "have risen"), after up to two adverbs ("has
// slowly rebuilt").
const PERFECT = /\b(?:has|have)\s+(?:(?:not|never|also|now|already|only|just|[a-z]{3,}ly)\s+){0,2}(?:been|had|[a-z]+ed|[a-z]{2,}(?:en|wn|un|ht|lt|id|ld|ft|pt)|come|become|stood|sat|spent|kept|held|lived|run|gone|seen|known|met|led|set|put|cut|won|got|lost|made|sold|paid|left)\b/i;
const COUNT_DURATION = /^P(\d+)([YMWD])$/;

/**
 * "has spent much of the past sixteen years under detention": the stretch up to publication; "has not had
 * relations for more than two decades": the state began before that many years back. Only in the present
 * perfect, which ties the count to the time of writing.
 */
function spanUpToPublication(u: Unit, published: Ymd): { t: Timex; date: EventDate } | null {
  const text = u.paraText.slice(u.start, u.end);
  if (!PERFECT.test(text)) return null;
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
 * Where the clause opening a sentence ends (at its first comma or semicolon after a word or two), when the sentence's
 * first own date (at `ownAt`) lies beyond it; -1 otherwise.
 */
function sinceOpeningEnd(text: string, ownAt: number): number {
  const m = /[,;]\s/.exec(text.slice(14, Math.max(14, ownAt)));
  return m ? 14 + m.index : -1;
}

/** "after X", told in the past: also before publication, so a closed span from X to publication. */
function untilPublication(date: EventDate, text: string, published: Ymd | null): EventDate {
  if (!published || date.mod !== 'after' || happeningOf(text) !== 'past') return date;
  const pub = fmtDay(published);
  if (!(date.start < pub)) return date;
  const { mod: _after, ...rest } = date;
  return { ...rest, end: pub, note: `${date.note ?? ''} Told in the past, it is before publication (${fmtHuman(published)}).`.trim() };
}

const plain = (d: Draft | undefined) => d && d.date.mod !== 'before' && d.date.mod !== 'after';

const COMING = /^(?:the\s+)?(?:coming|next(?:\s+(?:few|several|couple\s+of))?)\s+(?:days|weeks|months)$/i;
const COMING_LEAD = /\b(?:in|within|over|during)\s+$/i;

/** A date a week long or shorter, with both ends days. */
function shortSpan(d: EventDate): boolean {
  const a = parseYmd(d.start);
  const b = d.end ? parseYmd(d.end) : null;
  return !!a && !!b && toDayNumber(b) - toDayNumber(a) <= 6;
}

/**
 * Keeps what later paragraphs may count from: the story's lead and its first stretch of days. (The events "the
 * collapse" may name are looked for among those already kept: holding drafts paragraph after paragraph had them
 * promoted to the old space, and counted in an import's peak memory.)
 */
export function noteDated(ctx: NarrativeContext, d: Draft): void {
  if ((ctx.storyLead && ctx.firstRange) || d.date.mod === 'before' || d.date.mod === 'after') return;
  const pub = ctx.published && fmtDay(ctx.published);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(d.date.start);
  if (!ctx.storyLead && day && (!d.date.end || shortSpan(d.date)) && (!pub || d.date.start <= pub)) ctx.storyLead = d;
  if (!ctx.firstRange && day && d.date.end && /\.\./.test(d.date.rule ?? '') && (!pub || d.date.start <= pub)) ctx.firstRange = d;
}

/** Undated events of one paragraph's units, in reading order. */
export function orderedEvents(units: Unit[], ctx: NarrativeContext): Draft[] {
  const { published, unitEvent } = ctx;
  const out: Draft[] = [];
  // The nearest plainly dated event after each unit, found in one backward sweep; the one before is
  // carried forward as the units are read, so each lookup is constant time.
  const nextDated: (Draft | undefined)[] = new Array(units.length);
  let after: Draft | undefined;
  for (let i = units.length - 1; i >= 0; i--) {
    nextDated[i] = after;
    const d = unitEvent.get(units[i]);
    if (plain(d)) after = d;
  }
  let prevDated: Draft | undefined;

  const place = (u: Unit, i: number) => {
    const text = u.paraText.slice(u.start, u.end);
    const hasOwn = unitEvent.has(u);
    // Every caller passes a new object of its own, so it is given its order in place: a copy made here (by
    // spreading it) for every undated sentence was promoted to the old space, and counted dead in the import's
    // peak memory (a quarter of a megabyte for a 256 KB article).
    const push = (d: Omit<Draft, 'order'>) => {
      const draft = d as Draft;
      draft.order = ctx.nextOrder();
      out.push(draft);
      return draft;
    };
    const finish = () => {
      const d = unitEvent.get(u);
      // "first elected in 2006, pushed through an amendment in 2013. Since then, …": the nearest happening told.
      const last = ctx.unitLast?.get(u) ?? d;
      if (plain(last)) prevDated = ctx.lastDated = last;
      else if (plain(d)) prevDated = ctx.lastDated = d;
      if (plain(d) && /^\d{4}-\d{2}-\d{2}$/.test(d!.date.start) && !d!.date.end) ctx.focus = d;
      if (!ctx.lead && ctx.focus && (!published || ctx.focus.date.start <= fmtDay(published))) ctx.lead = ctx.focus;
    };
    let before = out.length;
    /** A sentence with no date that tells of a happening (family 11 of issue 8): placed, never guessed. */
    const undated = () => {
      // A sentence of direct quotation is a voice in the story, not a happening the story tells; a sentence
      // that tells of a statement and then quotes it ("X said the city “will rebuild”") is still an event.
      if (hasOwn || out.length > before) return;
      // Unless it is attributed in the same sentence and counts a stretch up to now ("“Families have been living in
      // shelters for three weeks,” an official said"): the speaker tells how long a state has lasted at publication.
      if (quoted(text) && !(ATTRIBUTED_QUOTE.test(text) && published && spanUpToPublication(u, published))) return;
      // Opening hours ("open Monday to Saturday, and closed on Sundays") are no happening (family 7).
      if (isSchedule(text) || u.timexes.some((t) => t.rule === 'set/weekday-plural')) return;
      const how = happeningOf(text);
      // "will publish the plan in the coming weeks", "a ruling is expected within the next few days": some time
      // after publication, and no more is known.
      const leadOf = (t: Timex) => COMING_LEAD.exec(u.paraText.slice(Math.max(0, t.start - 8), t.start));
      const coming = how !== 'past' && published ? u.timexes.find((t) => t.type === 'DURATION' && COMING.test(t.text) && leadOf(t)) : undefined;
      const lead = coming && leadOf(coming);
      if (coming && lead && published) {
        const { title, drafted } = titled(removeRanges(text, [{ start: coming.start - lead[0].length - u.start, end: coming.end - u.start }]));
        const date: EventDate = { start: fmtDay(published), mod: 'after', basis: 'publication', rule: 'coming/after-publication', note: `“${coming.text}”: some time after publication (${fmtHuman(published)}).` };
        if (title) push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
        return;
      }
      if (!how) return;
      let { title, drafted } = titled(text);
      const day = u.timexes.filter((t) => sameDay(u, t));
      let date: EventDate | null = null;
      const span = how === 'past' && published ? spanUpToPublication(u, published) : null;
      if (span) {
        date = span.date;
        const share = /\b(?:(?:much|most|all|part|some)\s+of\s+|for\s+)$/i.exec(u.paraText.slice(Math.max(u.start, span.t.start - 12), span.t.start));
        const said = removeRanges(text, [{ start: span.t.start - u.start - (share?.[0].length ?? 0), end: span.t.end - u.start }]);
        // A quotation is titled by what it says, without its marks and its attribution.
        ({ title, drafted } = titled(quoted(text) ? said.replace(/^["“]/, '').replace(/[\s,.]*["”][^"“”]*$/, '') : said));
      } else if (how === 'past' && day.length === 1 && u.timexes.length === 1 && ctx.focus) {
        const t = day[0];
        const from = (t.rule === 'clock-time' ? ABOUT_BEFORE : WITHIN_BEFORE).exec(u.paraText.slice(Math.max(0, t.start - 24), t.start));
        const to = LATER_AFTER.exec(u.paraText.slice(t.end, t.end + 8));
        const cut = { start: t.start - (from?.[0].length ?? 0) - u.start, end: t.end + (to?.[0].length ?? 0) - u.start };
        ({ title, drafted } = titled(removeRanges(text, [cut]).replace(/^[\s,]+/, '')));
        date = {
          ...ctx.focus.date,
          rule: 'narrative-focus/same-day',
          note: `The article gives “${u.paraText.slice(cut.start + u.start, cut.end + u.start)}” with no day; it is the day the story is telling of, that of “${ctx.focus.title}”.`,
        };
      } else if (how === 'past' && !u.timexes.length && PART_OF_DAY.test(text) && dayOfPart(ctx)) {
        const part = PART_OF_DAY.exec(text)!;
        const day = dayOfPart(ctx)!;
        title = draftTitle(removeRanges(text, [{ start: part.index, end: part.index + part[0].length }]));
        date = { ...day.date, rule: 'narrative-focus/part-of-day', note: `The article gives “${part[0]}” with no day; it is the day the story is telling of, that of “${day.title}”.` };
      } else if (how === 'past' && published && !u.timexes.length && sinceHappening(text, ctx)) {
        const { m, h } = sinceHappening(text, ctx)!;
        date = { start: h.start, end: fmtDay(published), basis: h.basis, rule: 'narrative-focus/since-happening', note: `“${m[0]}”: from the time the article gave that ${m[2].toLowerCase()} earlier, up to publication (${fmtHuman(published)}).` };
      } else if (how === 'past' && !u.timexes.length && AT_TIME_OF.test(text) && ctx.happenings?.get(happeningKey(AT_TIME_OF.exec(text)![1]))) {
        const at = AT_TIME_OF.exec(text)!;
        const h = ctx.happenings.get(happeningKey(at[1]))!;
        date = { ...h, rule: 'narrative-focus/time-of-happening', note: `“${at[0]}”: the time the article gave that ${at[1].toLowerCase()} earlier.` };
      } else if (how === 'ongoing' && published) {
        date = {
          start: fmtDay(published),
          basis: 'publication',
          rule: 'present-tense/publication',
          note: `The article tells of this in the present tense: it is under way at publication (${fmtHuman(published)}).`,
        };
      } else if (how === 'past' && ctx.introduced && !u.timexes.some(usable) && ctx.introduced.get(happeningKey(NAMED_AGAIN.exec(text)?.[1] ?? ''))) {
        const m = NAMED_AGAIN.exec(text)!;
        const h = ctx.introduced.get(happeningKey(m[1]))!;
        const { mod: _m, ...was } = h;
        date = { ...was, rule: 'narrative-focus/named-happening', note: `“${m[0].trim()}”: the ${m[1].toLowerCase()} the article told of earlier, at the date it gave it.` };
      } else if (how === 'past' && FOR_BEFORE.test(text) && dayOfPart(ctx)) {
        // "The jury deliberated for two days before returning its verdict": the stretch ends with the happening of
        // the day the story is telling of.
        const spell = FOR_BEFORE.exec(text)!;
        const day = dayOfPart(ctx)!;
        const from = startBefore(day.date.start, parseCount(spell[1]), spell[2]);
        if (from) date = { ...day.date, start: from, end: day.date.start, rule: 'sequence/spell-before-focus', note: `“for ${spell[1]} ${spell[2]} before …”: the ${spell[1]} ${spell[2]} up to the day the story is telling of, that of “${day.title}”.` };
        else date = beforePublication(published, 'narrative-order/before-publication');
      } else if (how === 'past') {
        date = beforePublication(published, 'narrative-order/before-publication');
      }
      if (date && title) push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
    };

    if (!hasOwn && published) {
      for (const m of text.matchAll(PRESENT_ASIDE)) {
        const start = u.start + m.index! + m[0].length - m[1].length;
        // "Sgt. Jane Smith, who is currently serving in Iraq": titled by who is serving.
        const { title, drafted } = titled(relativeTitle(u, u.paraText.slice(Math.max(u.start, start - 300), start), Math.max(u.start, start - 300), m[1]));
        if (title) {
          push({
            paragraphId: u.paragraphId,
            start,
            end: start + m[1].length,
            title,
            drafted,
            date: { start: fmtDay(published), basis: 'publication', rule: 'present-tense/publication', note: `The article tells of this as under way now: it holds at publication (${fmtHuman(published)}).` },
          });
        }
      }
      before = out.length;
    }
    // "Before that she ran the port": "that" is the happening the story last dated, not a clause of its own.
    const anaphor = !hasOwn ? ANAPHORIC_ORDER.exec(text) : null;
    const antecedent = prevDated ?? ctx.lastDated;
    if (anaphor && antecedent && happeningOf(text.slice(anaphor[0].length)) === 'past') {
      const rest = text.slice(anaphor[0].length);
      const word = anaphor[1].toLowerCase().replace(/\s+/g, '-');
      const before = word !== 'after';
      // "Before that she served for two years as minister": the stretch ends where the happening begins.
      const spell = before ? SPELL_FOR.exec(rest) : null;
      const spellStart = spell && !antecedent.date.mod ? startBefore(antecedent.date.start, parseCount(spell[1]), spell[2]) : null;
      const { mod: _mod, end: _end, ...plainDate } = antecedent.date;
      const date: EventDate | null = spellStart
        ? { ...plainDate, start: spellStart, end: antecedent.date.start, rule: 'sequence/spell-before-antecedent', note: `“${anaphor[0].trim()} … for ${spell![1]} ${spell![2]}”: the ${spell![1]} ${spell![2]} up to “${antecedent.title}”.` }
        : before
          ? relativeTo(antecedent.date, 'before', `sequence/${word}-antecedent`, `“${anaphor[0].trim()}”: before “${antecedent.title}”, the happening the article told of last.`)
          : untilPublication(relativeTo(antecedent.date, 'after', 'sequence/after-antecedent', `“${anaphor[0].trim()}”: after “${antecedent.title}”, the happening the article told of last.`), rest, published);
      const { title, drafted } = titled(rest);
      if (date && title) {
        push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date });
        finish();
        return;
      }
    }
    const head = ORDERING_HEAD.exec(text);
    if (head && !(head[1] === 'Following' && GERUND_SUBJECT.test(head[2])) && !u.timexes.some((t) => usable(t) && t.start < u.start + head[1].length + head[2].length + 1)) {
      const word = head[1].toLowerCase();
      const subStart = u.start + head[1].length + 1;
      const subEnd = subStart + head[2].length;
      const mainStart = subEnd + text.slice(subEnd - u.start).indexOf(head[3]);
      let mainDate: EventDate | undefined | null = unitEvent.get(u)?.date;
      if (!mainDate) {
        const next = nextDated[i];
        if (next) {
          mainDate = relativeTo(next.date, 'before', 'narrative-order/before-next-dated', `The article gives no date; it tells of this before “${next.title}”.`);
        } else if (prevDated ?? ctx.lastDated) {
          const prev = (prevDated ?? ctx.lastDated)!;
          mainDate = untilPublication(relativeTo(prev.date, 'after', 'narrative-order/after-previous-dated', `The article gives no date; it tells of this after “${prev.title}”.`), head[3], published);
        } else {
          mainDate = beforePublication(published, 'narrative-order/before-publication');
        }
        if (mainDate) unitEvent.set(u, push({ paragraphId: u.paragraphId, start: mainStart, end: u.end, ...titled(head[3]), date: mainDate }));
      }
      if (mainDate) {
        const subMod: 'before' | 'after' = /before|prior/.test(word) ? 'after' : 'before';
        // Before a span means before its end at the latest.
        const bound = mainDate.mod && mainDate.mod !== subMod ? null : subMod === 'before' && mainDate.end ? { ...mainDate, start: mainDate.end } : mainDate;
        const anchorDate = bound ?? beforePublication(published, 'ordering-clause/before-publication');
        const spell = word !== 'before' && word !== 'prior to' && !mainDate.mod && !mainDate.end ? SPELL_HEAD.exec(head[2]) : null;
        const spellStart = spell ? startBefore(mainDate.start, parseCount(spell[1]), spell[2]) : null;
        if (spell && spellStart) {
          const { mod: _mod, ...plain } = mainDate;
          push({
            paragraphId: u.paragraphId,
            start: u.start,
            end: subEnd,
            title: draftTitle(head[2]),
            date: { ...plain, start: spellStart, end: mainDate.start, rule: 'sequence/spell-before-date', note: `“${head[1]} ${head[2]}”: the ${spell[1]} ${spell[2]} up to “${draftTitle(head[3])}”.` },
          });
        } else if (anchorDate) {
          push({
            paragraphId: u.paragraphId,
            start: u.start,
            end: subEnd,
            ...titled(head[2]),
            date: relativeTo(anchorDate, subMod, `ordering-clause/${word.replace(/\s+/g, '-')}`, `The article gives no date; it places this ${subMod} “${draftTitle(head[3])}”.`),
          });
        }
      }
      finish();
      return;
    }

    const reported = REPORTED_AFTER.exec(text);
    if (reported) {
      const npStart = u.start + reported.index! + reported[0].length - reported[2].length;
      const npEnd = npStart + reported[2].trimEnd().length;
      const evStart = u.start + reported.index!;
      const word = reported[1].toLowerCase();
      const own = unitEvent.get(u)?.date;
      const dl = ctx.dateline;
      let date: EventDate | null;
      if (own) {
        date = relativeTo(own, word === 'before' ? 'after' : 'before', `reported-${word}/sentence-date`, 'The article gives no date; it comes before the remarks reported here.');
      } else if (dl && word !== 'before') {
        // "X said after the talks" in a datelined report: the remarks are the dateline's, and a speaker
        // who speaks "after the talks" speaks as they end, so the talks share the dateline's day.
        const day = parseYmd(dl.date.start) ?? published;
        date = {
          ...dl.date,
          rule: `reported-${word}/dateline`,
          note: `The remarks were made ${word} it; the dateline dates them ${day ? fmtHuman(day) : dl.date.start}${dl.date.basis === 'publication' ? ', with the year of the publication date' : ''}.`,
        };
      } else {
        date = beforePublication(published, `reported-${word}/before-publication`);
      }
      if (date) {
        push({
          paragraphId: u.paragraphId,
          start: evStart,
          end: npEnd,
          ...titled(reported[2]),
          date,
          extraEvidence: dl && date.rule?.endsWith('/dateline') ? dl.extraEvidence : undefined,
        });
      }
      if (hasOwn) {
        finish();
        return;
      }
    }

    // "Since then the city has built two plants, but the district, which grew up in the 1970s, …": a date of the
    // sentence's own that only a later clause holds leaves the opening clause counted from the happening before.
    const own = unitEvent.get(u);
    const openingEnd = hasOwn && own ? sinceOpeningEnd(text, own.start - u.start) : -1;
    const since = (!hasOwn || openingEnd > 0) && published ? SINCE_THEN.exec(text) : null;
    // "She has since paid off the debts": the same span, with "since" after the verb.
    const hasSince = !hasOwn && !!published && !since && HAS_SINCE.test(text);
    const focus = prevDated ?? ctx.lastDated;
    if ((since || hasSince) && focus) {
      // A week or less is when one happening took place ("ten years ago this week"): "since then" starts in it.
      const from = shortSpan(focus.date) ? focus.date.start : (focus.date.end ?? focus.date.start);
      const pub = fmtDay(published!);
      const opening = openingEnd > 0 ? text.slice(0, openingEnd) : text;
      const rest = since ? opening.slice(since[0].length) : opening;
      if (from < pub && happeningOf(rest)) {
        push({
          paragraphId: u.paragraphId,
          start: u.start,
          end: openingEnd > 0 ? u.start + openingEnd : u.end,
          ...titled(rest),
          date: { start: from, end: pub, basis: focus.date.basis, rule: 'narrative-focus/since-then', note: `“${since ? since[0].replace(/[,\s]+$/, '') : 'since'}”: from the time of “${focus.title}” up to publication (${fmtHuman(published!)}).`, ...(focus.date.yearUncertain ? { yearUncertain: true } : {}) },
        });
        finish();
        return;
      }
    }
    // "were still celebrating an hour after the final whistle": a few hours from a happening of the day in focus
    // keep that day.
    const lastDated = prevDated ?? ctx.lastDated;
    const dayBefore = lastDated && /^\d{4}-\d{2}-\d{2}$/.test(lastDated.date.start) && !lastDated.date.end && !lastDated.date.mod ? lastDated : undefined;
    if (!hasOwn && dayBefore && HOURS_FROM.test(text) && happeningOf(text) === 'past') {
      const { title, drafted } = titled(text);
      if (title) {
        push({ paragraphId: u.paragraphId, start: u.start, end: u.end, title, drafted, date: { ...dayBefore.date, rule: 'sequence/hours-from', note: `The article gives no date; it tells of this hours from “${dayBefore.title}”, on the same day.` } });
        finish();
        return;
      }
    }
    if (!hasOwn && SEQUENCE.test(text) && prevDated) {
      const tense = tenseAt(text, text.search(SEQUENCE));
      // "Hours later, detectives found …": a count of hours after a day keeps that day, as "two hours later" does.
      const sameDay = HOURS_LATER.test(text) && /^\d{4}-\d{2}-\d{2}$/.test(prevDated.date.start) && !prevDated.date.end && !prevDated.date.mod;
      if (tense !== 'future') {
        push({
          paragraphId: u.paragraphId,
          start: u.start,
          end: u.end,
          ...titled(text),
          date: sameDay
            ? { ...prevDated.date, rule: 'sequence/hours-later', note: `The article gives no date; it tells of this hours after “${prevDated.title}”, on the same day.` }
            : relativeTo(prevDated.date, 'after', 'sequence/after-previous-dated', `The article gives no date; it tells of this after “${prevDated.title}”.`),
        });
      }
    }
    undated();
    finish();
  };
  units.forEach((u, i) => {
    place(u, i);
    releaseTimexes(u);
  });
  return out;
}
