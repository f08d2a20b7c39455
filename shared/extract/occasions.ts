// What is said at an occasion (a court's sitting, a meeting, a launch) with no day of its own: "Outside court, her
// mother said …", "The jury heard that …", "Giving evidence, he told the court …", "The leader told the meeting …",
// "… said after the hearing". A careful reader dates the saying by the occasion in focus, not only "before
// publication". The sentences are read word by word, with no pattern that could backtrack.

import type { EventDate } from '../document';
import { fmtDay, parseYmd, toDayNumber } from '../time-value';
import { type Draft, pastDay } from './draft';
import { participle } from './anchor';
import { OCCASION_NOUNS } from './lexicon';
import type { NarrativeContext } from './narrative';
import { happeningKey } from './narrative';
import { relativeTo } from './resolve';
import { OWN_WORDS, type Word, wordsOf } from './telling-occasion';

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// "told jurors", "told magistrates": a court's hearers with no article.
const BARE_HEARERS = new Set(['jurors', 'magistrates', 'councillors', 'delegates', 'mps', 'senators', 'shareholders']);
const TELLING = new Set(['said', 'told', 'added', 'argued', 'insisted', 'explained', 'warned', 'announced', 'admitted', 'denied', 'claimed', 'stated', 'spoke', 'described', 'urged']);
const BENCH = new Set(['judge', 'coroner', 'magistrate', 'recorder']);
const EARLIER_SAYING = new Set(['had', 'been', 'having']);

/** The occasion noun at word `i` (or the one after a word such as "crown" or "closing"), its index, or -1. */
function occasionAt(ws: Word[], i: number): number {
  for (let k = i; k < Math.min(ws.length, i + 3); k++) if (OCCASION_NOUNS.has(ws[k].w)) return k;
  return -1;
}

/**
 * Whether the sentence tells of something said at an occasion it names ("Outside court, …", "The inquest heard that
 * …", "told the meeting that …", "Speaking at the launch, …", "in her closing argument"), as its own saying: not a
 * teller closing a sentence about something else ("Copies were kept at home, a former employee told the court."),
 * whose event is what was told. 'heard' for evidence given to it ("The jury heard that …", "told the court …"), 'at'
 * for another remark made at it, 'after' for one made right after it ("said afterwards that he had called the sprint
 * early", where what was told happened at the occasion itself); null for none.
 */
export function occasionRemarkKind(text: string): 'at' | 'heard' | 'after' | null {
  const ws = wordsOf(text);
  // "said afterwards", "told reporters afterwards".
  for (let i = 1; i < ws.length; i++) {
    if ((ws[i].w === 'afterwards' || ws[i].w === 'afterward') && (TELLING.has(ws[i - 1].w) || (i > 1 && ws[i - 2].w === 'told'))) return 'after';
  }
  // A saying told as done before ("had said", "had been described as calm", "having told"): what it tells is
  // reported from an earlier time, so the occasion the sentence names is not where it was said.
  const saying = ws.some((x, i) => ((TELLING.has(x.w) || x.w === 'heard') && !EARLIER_SAYING.has(ws[i - 1]?.w ?? '')) || x.w === 'speaking');
  // "Judge Ann Rowe said …", "The coroner told …": who speaks only from the bench speaks at the sitting.
  for (let i = 0; i < Math.min(ws.length, 3); i++) if (BENCH.has(ws[i].w) && ws.slice(i + 1, i + 5).some((x) => TELLING.has(x.w))) return 'at';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].w;
    const next = ws[i + 1]?.w;
    let end = -1;
    let heard = false;
    // "Outside court", "outside the inquest", "outside Ludwell Crown Court".
    if (w === 'outside') {
      const k = occasionAt(ws, i + 1);
      if (k >= 0 && (k === i + 1 || ws[i + 1].w === 'the' || /^[A-Z]/.test(text.slice(ws[i + 1].at)))) end = ws[k].end;
    }
    // "Giving evidence", "in the witness box", "from the dock".
    else if (((w === 'giving' || w === 'gave') && next === 'evidence') || (w === 'witness' && next === 'box')) {
      end = ws[i + 1].end;
      heard = true;
    }
    // "The jury heard that …", "the inquest was told".
    else if (OCCASION_NOUNS.has(w) && ws[i - 1]?.w === 'the' && (next === 'heard' || ((next === 'was' || next === 'were') && ws[i + 2]?.w === 'told'))) {
      end = ws[i + 1].end;
      heard = true;
    }
    // "told the court", "told the meeting", "told jurors".
    else if (w === 'told' && ((next === 'the' && ws[i + 2] && OCCASION_NOUNS.has(ws[i + 2].w)) || (next !== undefined && BARE_HEARERS.has(next)))) {
      end = ws[next === 'the' ? i + 2 : i + 1].end;
      heard = true;
    }
    // "said at the launch", "Speaking at Tuesday's meeting", "during the debate".
    else if ((w === 'at' || w === 'during') && next !== undefined && DETERMINERS.has(next) && saying) {
      const k = occasionAt(ws, i + 2);
      if (k >= 0) end = ws[k].end;
    }
    // "in his speech", "in her closing argument", "in evidence".
    else if (w === 'in' && saying && (next === 'evidence' || (next !== undefined && DETERMINERS.has(next) && ws.slice(i + 2, i + 4).some((x) => OWN_WORDS.has(x.w))))) end = ws[i + 1].end;
    if (end >= 0 && !closingTeller(text, ws[i].at, end)) return heard ? 'heard' : 'at';
  }
  return null;
}

/** "…, a former employee told the court.": the phrase closes a sentence whose clause before the comma is what was told. */
function closingTeller(text: string, at: number, end: number): boolean {
  return /^[\s.!"”]*$/.test(text.slice(end)) && /,[^,]{0,60}$/.test(text.slice(0, at)) && !/^\W*(?:outside|giving|in|at|during)\b/i.test(text.slice(0, at));
}

/** The sentence's words before its first quotation: the attribution, not what it quotes. */
export function beforeQuote(text: string): string {
  const q = /["“”]/.exec(text);
  return q ? text.slice(0, q.index) : text;
}

const HAD_ADVERBS = new Set(['not', 'never', 'already', 'just', 'also', 'first', 'since', 'earlier', 'once', 'twice', 'only']);

/** Whether what the remark tells was done before it was said: "had" and a participle in its own words ("told the
 * court she had visited the site"), not "had no choice". */
function toldAsDone(text: string): boolean {
  const ws = wordsOf(beforeQuote(text));
  for (let i = 0; i < ws.length - 1; i++) {
    if (ws[i].w !== 'had') continue;
    let k = i + 1;
    while (k < ws.length - 1 && HAD_ADVERBS.has(ws[k].w)) k++;
    if (participle(ws[k].w)) return true;
  }
  return false;
}

/**
 * The date of a remark made at an occasion its words name, with no date of its own (occasionRemarkKind): the
 * occasion's day; some time after it, by publication, for "said afterwards"; before it when what was told had been
 * done by then ("told the hearing she had seen a man on the weir": the reported happening is the event). Undefined
 * when the words name no occasion or none is known.
 */
export function remarkAtNamedOccasion(ctx: NarrativeContext, text: string): EventDate | undefined {
  // The day first: with no occasion known, the words need not be read.
  const named = occasionDay(ctx);
  const kind = named ? occasionRemarkKind(text) : null;
  if (!named || !kind) return undefined;
  const pub = ctx.published && fmtDay(ctx.published);
  if (kind === 'after') {
    // "said afterwards": right after it or on a later day, by publication; the words do not say which.
    const note = `Said after the occasion the story tells of, that of “${named.title}”${pub ? ', and before publication' : ''}.`;
    const { mod: _m, ...was } = named.date;
    return pub && named.date.start < pub ? { ...was, end: pub, rule: 'narrative-focus/remark-after-named-occasion', note } : relativeTo(named.date, 'after', 'narrative-focus/remark-after-named-occasion', note);
  }
  // Evidence heard ("told the court she had visited the site") tells of what was done before; a remark outside court
  // or from the bench ("said she had never doubted him") is the event itself.
  if (kind === 'heard' && toldAsDone(text)) return relativeTo(named.date, 'before', 'narrative-focus/told-at-named-occasion', `What was told had happened before the occasion it was told at, that of “${named.title}”.`);
  return { ...named.date, rule: 'narrative-focus/remark-at-named-occasion', note: `The article gives this remark no day; it was made at the occasion it names, that of “${named.title}”.` };
}

/** "said after the hearing", "told reporters after the match": the occasion noun the remarks came after, if any. */
export function occasionNoun(np: string): string | null {
  const ws = wordsOf(np);
  const k = ws.length ? occasionAt(ws, Math.max(0, ws.length - 3)) : -1;
  return k >= 0 && ws.length <= 4 ? ws[k].w : null;
}

// The story's own day is the occasion only when it is news: at most a week before publication.
const NEWS_DAYS = 7;

/**
 * The day of the occasion a remark was made at: the occasion the text introduced by that noun ("at a meeting on
 * Tuesday … told the meeting"), else the speaking occasion in focus, else the story's own day when it is news (the
 * verdict of "was found guilty yesterday" is where "outside court" is). Undefined when none is known.
 */
export function occasionDay(ctx: NarrativeContext, noun?: string | null): { date: EventDate; title: string } | undefined {
  const pub = ctx.published && fmtDay(ctx.published);
  const named = noun ? ctx.introduced?.get(happeningKey(noun)) : undefined;
  if (pastDay(named, pub)) return { date: named, title: `the ${noun}` };
  const at = ctx.occasion;
  if (at && at.date.start === ctx.focus?.date.start && pastDay(at.date, pub)) return { date: at.date, title: at.title };
  // A datelined report's day is its news day before any sentence has set the story's own.
  const lead: Draft | undefined = ctx.lead ?? ctx.dateline ?? undefined;
  const leadDay = lead && pastDay(lead.date, pub) ? parseYmd(lead.date.start) : null;
  if (lead && leadDay && ctx.published && toDayNumber(ctx.published) - toDayNumber(leadDay) <= NEWS_DAYS) return { date: lead.date, title: lead.title };
  return undefined;
}
