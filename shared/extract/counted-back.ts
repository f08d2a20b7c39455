// Counts read backwards: "The verdict came a week after the owner was sentenced" dates the sentencing, not the
// verdict, which the text dated elsewhere; "The mill has been listed, ten years after a storm tore off its sails"
// dates the storm from publication.

import type { EventDate, NewslineEvent } from '../document';
import { DAY_VALUE, fmtDay, parseTimeValue } from '../time-value';
import { shiftedMonth } from './counted-shifts';
import type { Draft } from './draft';
import { countOf, countOn, NOT_HAPPENING, phraseHappening, recentDated } from './happenings';
import { hedgeWords, isPastForm, NUMBER_WORD_RE, SUDDEN_HAPPENING, verbStems } from './lexicon';
import type { NarrativeContext } from './narrative';
import { fmtHuman } from './resolve';
import type { Unit } from './segment';
import { PRESENT_PERFECT } from './since-spans';
import { titled } from './title';

const HEDGE = String.raw`(?:${hedgeWords('only', 'just', 'barely', 'roughly', String.raw`(?:just\s+)?(?:over|under)`, String.raw`(?:more|less)\s+than`)}\s+)?`;
const COUNT = String.raw`${HEDGE}(\d{1,2}|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\s+(after|before)\s+`;
// "The verdict came a week after …", "Orrel's arrest came …", "The signing in the capital came …": a subject naming a
// happening (with a phrase of place after it), a verb of taking place, then the count; also as what a clause's "that"
// opens ("Neighbours noted that the blaze came …"), which no relative "that" can be, since the subject is there.
const CAME_COUNT = new RegExp(String.raw`^\W{0,4}(?:[^,;:"“”]{1,80}?\sthat\s{1,4})?(?:the|its|his|her|their|[A-Z][a-z-]+['’]s)\s{1,4}((?:[a-z-]+\s{1,4}){0,2}?[a-z-]{4,})(?:\s{1,4}(?:in|at|on|of|by|over|against)\s{1,4}[^,;:"“”]{1,40}?)?\s{1,4}(?:came|comes|happened|occurred|took\s{1,4}place)\s{1,4}(?=${COUNT})`, 'i');
// A count at the start of a text.
const COUNT_AT = new RegExp(String.raw`^${COUNT}`, 'i');
// ", ten years after a storm tore off its sails": a count set off after the clause it counts from.
const SET_OFF_COUNT = new RegExp(String.raw`,\s+${COUNT}`, 'i');
// ", and nineteen months after talks resumed": a second count from the same happening.
const AND_COUNT = new RegExp(String.raw`,?\s+and\s+${COUNT}`, 'i');
// "The school is no longer in special measures, eighteen months after …", "The pier is open again, …": a state told as
// it is now, changed from before, is measured from publication as a present perfect is.
const PRESENT_STATE = /\b(?:is|are)\s+(?:no\s+longer|now|again|back|once\s+more)\b|\b(?:is|are)\s+[a-z]+\s+again\b/i;
// Nouns a report uses for its own happening without a nominal ending: "The verdict came a week after …".
const NEWS_DEVELOPMENT = /^(?:verdict|move|results?|sale|deal|vote|arrest|win|defeat|victory|takeover|launch|raid|ban)$/i;
// A clause that already places itself against another happening, or is no statement of fact.
const OWN_PLACING = /\b(?:when|after|before|since|until|till|if|would|will|could|may|might)\b|["“”]/i;

/** The date `n` units of `unit` from `date` (negative: before), as a range when a month is counted in days or weeks. */
function countedBackDate(date: EventDate, n: number, unit: string): { start: string; end?: string } | null {
  const base = parseTimeValue(date.start);
  const range = typeof base === 'string' ? null : shiftedMonth(base, n, unit.startsWith('week') ? 'W' : unit.startsWith('day') ? 'D' : '');
  if (range) return range;
  // "a year after the business was bought", counted back from a day: the same month a year before, as "a year" is
  // about twelve months (a count of several years is told in round years and stays a year).
  if (/^year/.test(unit) && Math.abs(n) === 1 && DAY_VALUE.test(date.start)) return { start: `${+date.start.slice(0, 4) + n}${date.start.slice(4, 7)}` };
  const start = countOn(date, n, unit);
  return start ? { start } : null;
}

/**
 * The words after a count that name its happening, as a phrase opened by a determiner: a noun phrase whole ("his
 * death"), or a clause whose subject is a happening ("the fire destroyed the roof"); a clause whose subject is a bare
 * plural of people ("coastguards at a marina spotted three engines", "engineers reported …") from its past verb on, since
 * that subject tells who acted, not what happened, and a dated happening sharing only that word ("coastguards are
 * tracing the owners") is another.
 */
function happeningWords(after: string): { phrase: string; clause: boolean } {
  const phrase = after.trim();
  const words = phrase.split(/\s+/);
  const verb = DETERMINER_OPEN.test(phrase) ? -1 : words.findIndex((w, i) => i > 0 && isPastForm(w.toLowerCase()));
  const clause = verb > 0 && !/^(?:was|were|had|been)$/i.test(words[verb]);
  const from = clause ? words.slice(verb).join(' ') : phrase;
  return { phrase: DETERMINER_OPEN.test(from) ? from : `the ${from}`, clause };
}
const DETERMINER_OPEN = /^(?:the|his|her|its|their|a|an|this|that)\s/i;

/** Where the clause after a count ends: at a second count joined by "and", else at the end of the unit. */
function clauseEnd(text: string, from: number): { end: number; next: RegExpExecArray | null } {
  const rest = text.slice(from);
  const next = AND_COUNT.exec(rest);
  let end = next ? from + next.index : text.length;
  while (end > from && /[\s.!?,;]/.test(text[end - 1])) end--;
  return { end, next: next && Object.assign(next, { index: from + next.index }) };
}

/**
 * The clauses after the counts of a match at `at` in the unit's text, each dated back from `base`, as drafts: the
 * count and its clause are the evidence. `describe` gives the note for one count.
 */
function countDrafts(u: Unit, text: string, first: RegExpExecArray, at: number, base: EventDate, extra: Partial<EventDate>, describe: (count: string) => string): Draft[] {
  const out: Draft[] = [];
  let m: RegExpExecArray | null = first;
  let countStart = at;
  while (m) {
    const n = countOf(m[1]);
    const from = m.index + m[0].length;
    const { end, next } = clauseEnd(text, from);
    const date = n && Number.isInteger(n) ? countedBackDate(base, m[3].toLowerCase() === 'after' ? -n : n, m[2].toLowerCase()) : null;
    const { title, drafted } = titled(text.slice(from, end));
    if (!date || !title) break;
    const count = `${m[1]} ${m[2]} ${m[3].toLowerCase()}`;
    out.push({ paragraphId: u.paragraphId, start: u.start + countStart, end: u.start + end, title, drafted, date: { ...date, basis: base.basis, ...extra, note: describe(count) }, order: 0 });
    // The second count's evidence starts after its "and".
    if (next) countStart = next.index + /^,?\s+and\s+/i.exec(next[0])![0].length;
    m = next;
  }
  return out;
}

/**
 * "The verdict came a week after the contractor's owner was sentenced": a sentence with no date of its own whose
 * subject names a happening the text dated (by a form of its noun: "the signing", "signed a treaty on Tuesday"; else
 * the story's lead, a guess) places the clause after its count that many units before it (after, for "before").
 * The clause is the event: the subject's happening is already on the timeline.
 */
export function countedBackFromSubject(u: Unit, ctx: NarrativeContext, drafts: Draft[], kept: () => NewslineEvent[]): Draft[] {
  const text = u.paraText.slice(u.start, u.end);
  const m = CAME_COUNT.exec(text);
  const noun = m?.[1].trim().split(/\s+/).pop() ?? '';
  // A frequency ("the yearly inspection") dates nothing, no more than a length does.
  if (!m || NOT_HAPPENING.test(noun) || u.timexes.some((t) => t.type !== 'DURATION' && t.type !== 'SET')) return [];
  const recent = recentDated(u, drafts, kept);
  const at = m.index + m[0].length;
  const start = Object.assign(COUNT_AT.exec(text.slice(at))!, { index: at });
  // "The funeral came a week after his death", the death dated: the count runs forwards from it (countedFromHappening).
  const after = text.slice(at + start[0].length).split(/[,;:.!?"“”()]/)[0];
  const named = phraseHappening(u, ctx, `the ${m[1].trim()}`, recent, u.paraText);
  // The story's lead stands for a subject the text names no dated happening by only when that subject is a noun of
  // action ("the announcement", "the signing") or one news uses for its own development ("the verdict", "the move").
  const action = verbStems(noun).length > 1 || NEWS_DEVELOPMENT.test(noun) || SUDDEN_HAPPENING.test(noun);
  const lead = action && ctx.storyLead && !(ctx.storyLead.paragraphId === u.paragraphId && ctx.storyLead.start >= u.start) ? ctx.storyLead : undefined;
  const h = named && !named.guessed ? named.draft : lead;
  const words = happeningWords(after);
  const other = phraseHappening(u, ctx, words.phrase, recent, u.paraText);
  // Nothing happens a count of weeks after itself: a clause of its own naming a happening of the subject's date (its
  // event, or the telling of it) tells another like it, which the count dates. A noun phrase ("his death") names the
  // happening itself, and the count runs forwards from it.
  const itself = words.clause && !!other && !!h && other.draft.date.start === h.date.start && other.draft.date.end === h.date.end && !other.draft.date.mod;
  if (other && !other.guessed && !itself) return [];
  if (!h || h.date.mod || h.date.end) return [];
  const guessed = h !== named?.draft || named.guessed;
  const extra = { rule: 'sequence/counted-back-from-happening', ...(guessed || h.date.yearUncertain ? { yearUncertain: true } : {}) };
  return countDrafts(u, text, start, at, h.date, extra, (count) => `“${count}” what “${h.title}” followed: counted back from its date.${guessed ? ' The text does not name which dated happening it is; that it is the story’s own is a reading, so the date is shown as a guess.' : ''}`);
}

/**
 * "The last working windmill in the district has been listed as a monument, ten years after a storm tore off two of
 * its sails": a count of years or months set off after a present perfect with no date of its own counts back from
 * publication, the time the present perfect is told at; the clause it counts from is placed that far back.
 */
export function countedBackFromNow(u: Unit, ctx: NarrativeContext): Draft[] {
  const text = u.paraText.slice(u.start, u.end);
  const m = SET_OFF_COUNT.exec(text);
  const pub = ctx.published;
  if (!m || !pub || !/^(?:year|month)/i.test(m[2]) || u.timexes.some((t) => t.type !== 'DURATION')) return [];
  const before = text.slice(0, m.index);
  if (!(PRESENT_PERFECT.test(before) || PRESENT_STATE.test(before)) || OWN_PLACING.test(before) || /,/.test(before)) return [];
  const at = m.index + m[0].search(/[^,\s]/);
  const start = Object.assign(COUNT_AT.exec(text.slice(at))!, { index: at });
  const base: EventDate = { start: fmtDay(pub), basis: 'publication' };
  return countDrafts(u, text, start, at, base, { rule: 'sequence/counted-back-from-publication' }, (count) => `“${count}” a happening told in the present perfect or a state told as now, at publication (${fmtHuman(pub)}): counted back from then.`);
}
