// A happening named again: the text tells it with a verb and its date ("Police arrested him on March 3", "The firms
// merged in 2009") and later points back at it with a noun ("since his arrest", "after the merger", "before the
// vote", "until its closure"). A clause with no date of its own that is placed so takes its date from the telling.

import type { EventDate, NewslineEvent, Paragraph } from '../document';
import { DAY_VALUE, fmtDay } from '../time-value';
import { type Draft, pastDay } from './draft';
import { newestTold, NOT_HAPPENING } from './happenings';
import { countWords, INTRODUCED_HAPPENING_RE, IRREGULAR_PAST, NOUN_VERBS, nounVerbs, parseCount, PART_OF_DAY_ALTS, REFERABLE_HAPPENING_RE, SEASON_NOUN_ALTS, SUDDEN_HAPPENING, verbStems } from './lexicon';
import { patternOf } from './matches';
import { type NarrativeContext, stretchEnd } from './narrative';
import { SPELL_FOR } from './ordering-clauses';
import { fmtHuman, relativeTo } from './resolve';
import type { Unit } from './segment';
import { PRESENT_PERFECT } from './since-spans';
import { happeningOf, tenseAt } from './tense';
import { removeRanges, titled, withoutSpans } from './title';

// "since his arrest", "After the merger,", "before the vote the council …", "until its closure in …": an ordering word,
// a determiner and the noun (one modifier at most), ending where the clause goes on (a mark, a conjunction or a
// preposition, or the main clause's subject after an opening phrase). Case is spelt out so that a capital after the
// noun is a name, not any word.
const NAMED_AGAIN = new RegExp(String.raw`\b([Ee]ver\s+since|[Ss]ince|[Aa]fter|[Ff]ollowing|[Bb]efore|[Uu]ntil|[Tt]ill|[Pp]rior\s+to|(?:[Oo]n\s+)?[Tt]he\s+day\s+of)\s+(?:the|his|her|its|their)\s+(?:([a-z-]{3,})\s+)?([a-z-]{4,})(?=\s*[,.;:!?"”]|\s*$|\s+(?:and|but|or|in|on|at|to|for|from|with|when|while|as|because|he|she|they|it|we|I|the|a|an|his|her|its|their|${countWords(1, 10)}|dozens|hundreds|\d|has|have|had|was|were|is|are|will|would|did)\b|\s+[A-Z])`);
// "since the roof fell in", "after the mill closed", "until the council voted": the happening told again by its subject
// and a past verb, ending where NAMED_AGAIN's noun does.
const RETOLD = new RegExp(String.raw`\b([Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Tt]ill)\s+(?:the|his|her|its|their)\s+(?:([a-z-]{3,})\s+)?([a-z-]{3,})\s+([a-z]{3,}(?:\s+(?:in|out|down|up|off|over|away))?)(?=\s*[,.;:!?"”]|\s*$|\s+(?:and|but|or|in|on|at|to|for|from|with|when|while|as|because|he|she|they|it|we|I|the|a|an|his|her|its|their|${countWords(1, 10)}|\d)\b|\s+[A-Z])`);
// "has been out of work since she was dismissed", "has run the yard since it opened": after "since", a pronoun for the
// subject and the past verb (or a passive's participle), ending as RETOLD does.
const RETOLD_PRONOUN = /\b([Ss]ince)\s+()(he|she|it|they)\s+(?:(?:was|were)\s+)?([a-z]{3,}(?:\s+(?:in|out|down|up|off|over|away))?)(?=\s*[,.;:!?"”]|\s*$|\s+(?:and|but|or|in|on|at|to|for|from|with|when|while|as|because|the|a|an|his|her|its|their|\d)\b|\s+[A-Z])/;
/**
 * A phrase naming a happening again: by its noun, or (`retold`) by its subject's noun and the past verb told of it; a
 * pronoun subject stands for the noun before it (`subjectNoun`), or with none (`anySubject`) leaves the verb alone.
 */
type NamedPhrase = RegExpExecArray & { retold?: string; anySubject?: true; subjectNoun?: string };
// The noun a pronoun after "since" stands for: the head of a noun phrase right before it ("at the market since it").
const PRONOUN_NOUN = /\b(?:the|its|their)\s+(?:[a-z-]+\s+)?([a-z]{3,})\s*$/;

// "who moved away after the flood have not come back": an auxiliary after the noun is the verb of the clause the
// phrase sits in only when the noun names a happening by itself (a noun of action, or one the lexicon knows);
// "after the council has voted" is a clause of its own.
const AUXILIARY_NEXT = /^\s+(?:has|have|had|was|were|is|are|will|would|did)\b/;
const ACTION_NOUN = /(?:ation|sion|tion|ment|al|ure|ance|ence)$/;
const LEXICON_HAPPENING = new RegExp(`^(?:${REFERABLE_HAPPENING_RE}|${INTRODUCED_HAPPENING_RE})$`);
// A modifier that makes the noun another one of its kind than the one told last ("after the second vote").
const ANOTHER = /^(?:first|second|third|next|previous|earlier|former|other|new|annual|weekly|monthly|daily|each|every)$/;
// Nouns after the ordering word that name no one happening the text told by a verb, beside the times and stretches
// happenings.ts leaves out ("after the match", "before lunch", "since the rest").
const NOT_TOLD = /^(?:moment|meantime|interval|same|rest|others?|game|match|race|break|lunch|dinner|breakfast)$/;
const notHappening = (w: string) => NOT_HAPPENING.test(w) || NOT_TOLD.test(w);

// A noun that tells its happening where it is dated: brought in with "a" ("a survey carried out last autumn"), or the
// subject of a verb of happening ("the fire broke out on Aug. 3").
const TOLD_AFTER_NOUN = String.raw`\s+(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|broke|began|begun|held|done|made|taken|came|took\s+place|happened|occurred)\b`;

/** The pattern that finds, in a dated event's title, the telling of the happening `noun` names. */
function toldPattern(noun: string): RegExp {
  const w = noun.toLowerCase();
  const verbs = verbStems(w).map((s) => `${s}(?:ed|d)`).join('|');
  const irregular = nounVerbs(w);
  // A title opening on the noun has it as the subject of the dated clause ("Survey of the bridge was carried out").
  return patternOf(`\\b(?:${verbs})\\b${irregular ? `|${irregular.source}` : ''}|\\b(?:a|an)\\s+(?:[a-z-]+\\s+)?${w}\\b|^${w}\\b|(?:^|\\b(?:the|his|her|its|their)\\s+(?:[a-z-]+\\s+)?)${w}${TOLD_AFTER_NOUN}`, 'i');
}

const PART_OF_TIME: ReadonlySet<string> = new Set(['start', 'mid', 'end']);

/** The newest of `recent` (newest last) that tells the happening `noun` names, dated plainly before `pub`. */
function toldHappening(noun: string, recent: Draft[], pub: string | null, retold?: string, anySubject?: boolean): Draft | undefined {
  // Told again by its verb: the telling has the same verb, and the same subject's noun unless a particle makes the verb
  // specific ("fell in", "shut down": "a section of it fell in" is the roof's falling in). A title may have let the
  // particle go with the words after it, so the verb alone is looked for.
  const subject = retold && !anySubject ? patternOf(`\\b${noun.toLowerCase()}s?\\b`, 'i') : null;
  const verb = retold ? patternOf(`\\b${retold.split(/\s+/)[0]}\\b`, 'i') : null;
  const phrasal = !!retold && /\s/.test(retold);
  const told = retold ? { test: (t: string) => verb!.test(t) && (phrasal || !subject || subject.test(t)) } : toldPattern(noun);
  // The nearest telling is the one meant; one that is only bounded, or after publication, says nothing. A part of its
  // time ("took over at the start of last year") still dates it, at the precision written.
  const d = newestTold(recent, told);
  return d && (!d.date.mod || PART_OF_TIME.has(d.date.mod)) && (!pub || d.date.start <= pub) ? d : undefined;
}

/**
 * "She sold fish on the quay and married in 1961. … She has lived there since her wedding": the verb the lexicon gives
 * the noun, told in a dated event's words that its title left out (noteToldByVerb). Only an event still among `recent`
 * and dated plainly, as a title's telling is.
 */
function toldInWords(noun: string, recent: Draft[], ctx: NarrativeContext, pub: string | null): Draft | undefined {
  const w = noun.toLowerCase();
  const key = Object.hasOwn(NOUN_VERBS, w) ? w : /[^s]s$/.test(w) && Object.hasOwn(NOUN_VERBS, w.slice(0, -1)) ? w.slice(0, -1) : null;
  const told = key ? ctx.toldByVerb?.get(key)?.draft : undefined;
  // An earlier paragraph's events are among `recent` as kept, by where their words are.
  const d = told && recent.findLast((r) => r.paragraphId === told.paragraphId && r.start < told.end && r.end > told.start && r.date.start === told.date.start);
  return d && !d.date.mod && !d.date.end && (!pub || d.date.start <= pub) ? d : undefined;
}

/**
 * The happening `noun` names: its nearest earlier telling, else, for what came after a sudden happening a report leads
 * with ("moved away after the flood"), the story's lead, as a guess (flagged).
 */
function namedHappening(p: NamedPhrase, recent: Draft[], ctx: NarrativeContext, before: { paragraphId: string; start: number }): (Draft & { guessed?: true }) | undefined {
  const noun = p[3];
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  const told = toldHappening(p.subjectNoun ?? noun, recent, pub, p.retold, p.anySubject) ?? (p.retold ? undefined : toldInWords(noun, recent, ctx, pub));
  // Only what came after it: a stretch "since" a guessed happening would be a made-up start (happenings.ts,
  // sinceHappeningState), and a bound before it says little.
  if (p.retold || !/^(?:after|following)$/i.test(p[1])) return told;
  // In the lead paragraph itself the context has not noted its lead yet: the first day it told is.
  const lead = ctx.storyLead ?? recent.find((d) => pastDay(d.date, pub));
  if (told || !lead || !SUDDEN_HAPPENING.test(noun) || (lead.paragraphId === before.paragraphId && lead.end > before.start)) return told;
  return { ...lead, date: { ...lead.date, yearUncertain: true }, guessed: true };
}

// "had paid back £4,000 since his arrest": a past perfect, which looks back from the day the story has got to.
const HAD_WORD = /\bhad\s+(?:(?:not|never|already|also|only|long|just|largely|mostly)\s+)?([a-z]+)\b/i;
// "had a cough", "had to wait": "had" as a verb of its own, no past perfect.
const HAD_OWN = /^(?:to|a|an|the|no|its|his|her|their|our|my|some|any|this|that|these|those|more|less|much|many|few|little|enough|one|two|three)$/;

/** The date of a clause placed against happening `h` by the ordering word `word`, told as `text`; null when it cannot be said. */
function placedAgainst(word: string, h: Draft & { guessed?: true }, text: string, at: number, ctx: NarrativeContext): EventDate | null {
  const date = placedAgainstTold(word, h, text, at, ctx);
  return date && h.guessed ? { ...date, note: `${date.note ?? ''} The article does not tell it again by its verb; that the story's lead is meant is a reading, so the date is shown as a guess.`.trim() } : date;
}

function placedAgainstTold(word: string, h: Draft, text: string, at: number, ctx: NarrativeContext): EventDate | null {
  const pub = ctx.published ? fmtDay(ctx.published) : null;
  const perfect = PRESENT_PERFECT.test(text);
  const had = perfect ? null : HAD_WORD.exec(text);
  const pastPerfect = !!had && !HAD_OWN.test(had[1].toLowerCase());
  // "expects to sell 180,000, against 140,000 before the fire": the verb nearest the phrase tells its time too.
  const near = tenseAt(text, at);
  const past = perfect || (happeningOf(text) === 'past' && near !== 'present' && near !== 'future');
  if (!past) return null;
  const flag = h.date.yearUncertain ? { yearUncertain: true } : {};
  // "On the day of the fire": the happening's own day.
  if (/day of/.test(word)) return DAY_VALUE.test(h.date.start) && !h.date.end ? { start: h.date.start, basis: h.date.basis, rule: 'sequence/named-again-day-of', note: `The day of “${h.title}”, the happening it names again.`, ...flag } : null;
  if (/since/.test(word)) {
    // What "since" runs up to: now for a present perfect or a plain past, the day the story had got to for a past perfect.
    const story = ctx.storyDay && !ctx.storyDay.date.end && ctx.storyDay.date.start >= h.date.start ? ctx.storyDay : null;
    const end = pastPerfect && story ? story.date.start : pub;
    if (!end || !(h.date.start < end)) return null;
    return { start: h.date.start, end, basis: h.date.basis, rule: 'narrative-focus/named-again-since', note: `Since “${h.title}”, the happening it names again, up to ${end === pub ? `publication (${fmtHuman(ctx.published!)})` : `“${story!.title}”`}.`, ...flag };
  }
  if (/after|following/.test(word)) {
    const from = h.date.end ?? h.date.start;
    // "After his retirement he taught for twenty years": the spell runs on from the happening.
    const spell = SPELL_FOR.exec(text);
    const spellEnd = spell ? stretchEnd(from, parseCount(spell[1]), spell[2], 'after') : null;
    if (spellEnd) return { start: from, end: spellEnd, basis: h.date.basis, rule: 'sequence/named-again-after-spell', note: `After “${h.title}”, the happening it names again, “${spell![0]}”.`, ...flag };
    const date = relativeTo(h.date, 'after', 'sequence/named-again-after', `After “${h.title}”, the happening it names again.`);
    if (!pub || !(from < pub)) return date;
    const { mod: _after, ...rest } = date;
    return { ...rest, end: pub, note: `${date.note} Told in the past, it is before publication (${fmtHuman(ctx.published!)}).` };
  }
  // "before the vote", "until its closure": up to the happening, from a time the text does not give.
  return relativeTo(h.date, 'before', `sequence/named-again-${/until|till/.test(word) ? 'until' : 'before'}`, `${/until|till/.test(word) ? 'Up to' : 'Before'} “${h.title}”, the happening it names again.`);
}

// "three days after the arrest", "the weekend before the fire": a count from the happening (happenings.ts), not a
// placing against it. "said after the hearing": the telling's occasion (ordering-clauses.ts).
const COUNTED_OR_TOLD = new RegExp(String.raw`(?:\b(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|weekends?|(?:${PART_OF_DAY_ALTS})s?)|\b(?:said|says|told\s+[a-z]+|added|stressed|spoke|commented|announced)(?:\s+[a-z]+)?)\s+$`, 'i');

/** The NAMED_AGAIN (else RETOLD) phrase of `text` that may name a happening, or null. */
function namedAgainPhrase(text: string): NamedPhrase | null {
  const counted = (m: RegExpExecArray) => !/day\s+of$/i.test(m[1]) && COUNTED_OR_TOLD.test(text.slice(Math.max(0, m.index - 40), m.index));
  const m = NAMED_AGAIN.exec(text);
  const noun = m ? m[3].toLowerCase() : '';
  // "after the council voted": a clause of its own, not a noun (RETOLD reads it).
  const known = ACTION_NOUN.test(noun) || !!nounVerbs(noun) || LEXICON_HAPPENING.test(noun) || SUDDEN_HAPPENING.test(noun);
  const bad = !m || counted(m) || /ed$/.test(noun) || IRREGULAR_PAST.has(noun) || notHappening(noun) || (m[2] && (ANOTHER.test(m[2]) || notHappening(m[2]))) || (AUXILIARY_NEXT.test(text.slice(m.index + m[0].length)) && !known);
  if (!bad) return m;
  const r = RETOLD.exec(text) ?? RETOLD_PRONOUN.exec(text);
  const verb = r ? r[4].split(/\s+/)[0].toLowerCase() : '';
  if (!r || counted(r) || !(/ed$/.test(verb) || (IRREGULAR_PAST.has(verb) && !/^(?:was|were|had|did)$/.test(verb))) || notHappening(r[3].toLowerCase()) || (r[2] && ANOTHER.test(r[2]))) return null;
  // "has sold toys at the market since it began": "it" stands for the noun right before "since", which the telling
  // must name; a pronoun with no such noun ("since she was sacked") leaves the verb alone to find it.
  const pronoun = /^(?:he|she|it|they)$/.test(r[3]);
  const stands = pronoun && /^(?:it|they)$/.test(r[3]) ? PRONOUN_NOUN.exec(text.slice(0, r.index)) : null;
  return Object.assign(r, { retold: r[4].toLowerCase() }, stands ? { subjectNoun: stands[1] } : pronoun ? { anySubject: true as const } : {});
}

/**
 * "Police arrested Tom Reed on March 3. … He has been in custody since his arrest": a sentence with no date of its
 * own placed against a happening the text told earlier with a verb and its date and names again by a noun
 * ("since" runs from it, "after" from it to publication, "before" and "until" up to it). The nearest earlier telling
 * is the one meant; a noun that no telling before it names leaves the sentence alone.
 */
export function namedAgainOf(u: Unit, ctx: NarrativeContext, recent: () => Draft[], span: { start: number; end: number } = u): Draft | null {
  const text = u.paraText.slice(span.start, span.end);
  const m = namedAgainPhrase(text);
  // "on the day of the election": the only expression may be inside the phrase.
  const inside = (t: { start: number; end: number }) => !!m && t.start >= span.start + m.index && t.end <= span.start + m.index + m[0].length;
  const within = (t: { start: number; end: number }) => t.end > span.start && t.start < span.end;
  if (!m || !u.timexes.every((t) => t.type === 'DURATION' || !within(t) || inside(t))) return null;
  const h = namedHappening(m, recent().filter((d) => d.paragraphId !== u.paragraphId || d.end <= span.start), ctx, { paragraphId: u.paragraphId, start: span.start });
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const date = h ? placedAgainst(word, h, text, m.index, ctx) : null;
  const opening = /^\W*$/.test(text.slice(0, m.index));
  const { title, drafted } = titled(opening ? text.slice(m.index + m[0].length).replace(/^[\s,]+/, '') : removeRanges(text, [{ start: m.index, end: m.index + m[0].length }]));
  if (!date || !title) return null;
  return { paragraphId: u.paragraphId, start: span.start, end: span.end, title, drafted, date, order: 0 };
}

// ", and the site was sold …", ", and that he had paid back …", ", and in 1986 the town made him …": a conjunct with a
// subject of its own.
const AND_OWN_SUBJECT = new RegExp(String.raw`,\s+and\s+(?=(?:that\s+|(?:in|on|by)\s+[\w.]+(?:\s+\d{1,4})?,?\s+)?(?:the|his|her|its|their|${countWords(1, 10)}|some|most|many|he|she|they|it|we|[A-Z][a-z]+)\s)`, 'g');

/**
 * "The yard has been closed since the fire, and the site was sold at auction last month", "said his firm failed in
 * 2009, and that he had paid back £4,000 since his arrest": the conjunct that names a happening again and has no
 * date of its own is an event of its own placed against it; the dated draft `d` keeps the other conjunct. Returns
 * the new event, or null (then `d` is unchanged).
 */
export function namedAgainConjunct(d: Draft, u: Unit, ctx: NarrativeContext, recent: () => Draft[]): Draft | null {
  if (d.date.rule?.startsWith('narrative-order')) return null;
  const text = u.paraText.slice(d.start, d.end);
  const m = namedAgainPhrase(text);
  if (!m) return null;
  // The conjunct boundary nearest the phrase: the first after it, else the last before it.
  let and: RegExpExecArray | null = null;
  for (const a of text.matchAll(AND_OWN_SUBJECT)) {
    if (a.index! > m.index) {
      and = and ?? (a as RegExpExecArray);
      break;
    }
    and = a as RegExpExecArray;
  }
  if (!and) return null;
  const at = d.start + and.index;
  const start = at + and[0].length;
  const phraseFirst = and.index > m.index;
  // The named conjunct ([from, to)) holds none of the unit's dates; the draft's date is the other conjunct's.
  const [from, to] = phraseFirst ? [d.start, at] : [start, d.end];
  const dates = u.timexes.filter((t) => t.type !== 'DURATION' && t.end > d.start && t.start < d.end);
  if (dates.some((t) => t.start < to && t.end > from) || !dates.length) return null;
  const clause = u.paraText.slice(from, to);
  const p = namedAgainPhrase(clause);
  const h = p ? namedHappening(p, recent().filter((x) => x !== d && (x.paragraphId !== u.paragraphId || x.end <= u.start)), ctx, { paragraphId: u.paragraphId, start: u.start }) : undefined;
  const date = p && h ? placedAgainst(p[1].toLowerCase().replace(/\s+/g, ' '), h, clause, p.index, ctx) : null;
  if (!p || !date) return null;
  const opening = /^\W*$/.test(clause.slice(0, p.index));
  const own = titled(opening ? clause.slice(p.index + p[0].length).replace(/^[\s,]+/, '') : removeRanges(clause, [{ start: p.index, end: p.index + p[0].length }]));
  const [oFrom, oTo] = phraseFirst ? [start, d.end] : [d.start, at];
  const other = titled(withoutSpans(u.paraText, oFrom, oTo, dates.filter((t) => t.start >= oFrom && t.end <= oTo)));
  if (!own.title || !other.title) return null;
  const named: Draft = { paragraphId: d.paragraphId, start: from, end: to, title: own.title, drafted: own.drafted, date, order: d.order + (phraseFirst ? -0.5 : 0.5) };
  d.start = oFrom;
  d.end = oTo;
  d.title = other.title;
  d.drafted = other.drafted;
  return named;
}

// "from 2006 until his resignation": a stretch whose start is written and whose end is a happening named again.
const FROM_DATE_BEFORE = /\bfrom\s+(?:[\w.’'-]+\s+){1,4}$/i;

/**
 * "The council, which Solm led from 2006 until his resignation, …": a draft dated only by the start of its stretch
 * ends on the date the text told the happening its "until" names (when that is later). Whether it was so.
 */
export function untilNamedAgain(d: Draft, u: Unit, ctx: NarrativeContext, recent: () => Draft[]): boolean {
  if (d.date.end || d.date.mod || d.date.yearUncertain) return false;
  const text = u.paraText.slice(d.start, d.end);
  const m = namedAgainPhrase(text);
  if (!m || !/^(?:until|till)$/i.test(m[1]) || !FROM_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return false;
  const h = toldHappening(m[3], recent().filter((x) => x !== d && (x.paragraphId !== u.paragraphId || x.end <= u.start)), ctx.published ? fmtDay(ctx.published) : null, m.retold);
  if (!h || h.date.end || h.date.yearUncertain || !(h.date.start.slice(0, d.date.start.length) > d.date.start)) return false;
  d.date = { ...d.date, end: h.date.start, rule: `${d.date.rule ?? 'date'}/until-named-again`, note: `${d.date.note ?? ''} Up to “${h.title}”, the happening its “${m[0].trim()}” names again.`.trim() };
  return true;
}

// ", closed to walkers since the roof fell in,": a state set off by commas, opened by its participle or adjective.
const STATE_ASIDE = /^(?:still\s+)?(?:[a-z]{3,}(?:ed|en)|shut|idle|empty|vacant|dark|silent)\b/;

/**
 * "The towpath, closed to walkers since the roof fell in, is due to reopen next month": the aside that names a
 * happening again, with no date of its own, is an event of its own placed against it; the dated draft `d` keeps its
 * span, its title without the aside. Returns the new event, or null (then `d` is unchanged).
 */
export function namedAgainAside(d: Draft, u: Unit, ctx: NarrativeContext, recent: () => Draft[]): Draft | null {
  if (d.date.rule?.startsWith('narrative-order')) return null;
  const text = u.paraText.slice(d.start, d.end);
  const m = namedAgainPhrase(text);
  const open = m ? text.lastIndexOf(', ', m.index) : -1;
  const close = m ? text.indexOf(',', m.index + m[0].length) : -1;
  if (!m || open < 0 || close < 0 || !STATE_ASIDE.test(text.slice(open + 2, m.index))) return null;
  const [from, to] = [d.start + open + 2, d.start + close];
  const dates = u.timexes.filter((t) => t.type !== 'DURATION' && t.end > d.start && t.start < d.end);
  if (!dates.length || dates.some((t) => t.start < to && t.end > from)) return null;
  const named = namedAgainOf(u, ctx, recent, { start: from, end: to });
  if (!named) return null;
  const rest = titled(withoutSpans(u.paraText, d.start, d.end, [...dates, { start: from - 2, end: to }].sort((a, b) => a.start - b.start)));
  if (!rest.title) return null;
  d.title = rest.title;
  d.drafted = rest.drafted;
  named.order = d.order + 0.5;
  return named;
}

// "ran from 1962 until the bridge opened", "has farmed since 1951 … until the farm was sold": a stretch's stated start
// before the "until" that names the happening.
const STRETCH_START_BEFORE = new RegExp(String.raw`\b(?:[Ff]rom|[Ss]ince)\s+(?:(?:the\s+)?(?:early|mid|late|${SEASON_NOUN_ALTS}|[A-Z][a-z]+)\s+(?:of\s+)?)?(?:1[89]|20)\d{2}s?\b`);

/**
 * "A ferry ran from 1962 until the bridge opened. … The bridge opened in 1981.": once the whole article is read, an
 * event dated only by the start of its stretch ends on the date of the nearest later telling of the happening its
 * "until" names (as untilNamedAgain does for one told before it), when that date is later than the start. Left
 * open-ended when the article never tells it again with a date. `events` are changed in place.
 */
export function untilToldLater(events: NewslineEvent[], paragraphs: Paragraph[], published: string | null): void {
  const text = new Map(paragraphs.map((p) => [p.id, p.text]));
  const order = new Map(paragraphs.map((p, i) => [p.id, i]));
  const at = (e: NewslineEvent) => (order.get(e.evidence[0].paragraphId) ?? 0) * 1e7 + e.evidence[0].start;
  for (const e of events) {
    const { date } = e;
    // "Since 1951 …" is read as a start with no end ("after"): the happening closes it.
    if (date.end || (date.mod && date.mod !== 'after') || date.yearUncertain || date.basis !== 'stated') continue;
    const words = (text.get(e.evidence[0].paragraphId) ?? '').slice(e.evidence[0].start, e.evidence[0].end);
    const m = namedAgainPhrase(words);
    if (!m || !/^(?:until|till)$/i.test(m[1]) || !STRETCH_START_BEFORE.test(words.slice(0, m.index))) continue;
    // The nearest later telling: toldHappening takes the newest of its list, so the later events go in nearest last.
    const from = at(e);
    const later = events
      .filter((x) => x !== e && at(x) > from && x.date.basis === 'stated' && !x.date.end && !x.date.mod && !x.date.yearUncertain)
      .sort((a, b) => at(b) - at(a))
      .map((x) => ({ paragraphId: x.evidence[0].paragraphId, start: x.evidence[0].start, end: x.evidence[0].end, title: x.title, date: x.date, order: 0 }) as Draft);
    const h = toldHappening(m[3], later, published, m.retold);
    if (!h || !(h.date.start.slice(0, date.start.length) > date.start)) continue;
    const { mod: _open, ...rest } = date;
    e.date = { ...rest, end: h.date.start, rule: `${date.rule ?? 'date'}/until-told-later`, note: `${date.note ?? ''} Up to “${h.title}”, told later, the happening its “${m[0].trim()}” names.`.trim() };
  }
}

// "…, standing by the gate of the flat they have rented since their move": a relative clause told in the present
// perfect (its relative word left out or not) right before the phrase that names a happening again, after its noun.
const RELATIVE_PERFECT_BEFORE = /\b(?:the|a|an|its|his|her|their|our|my)\s+[a-z-]{3,}\s+(?:(?:that|which|where)\s+)?(?:she|he|they|we|I|it|you)\s+(?:has|have)\s+(?:not\s+)?[a-z]{3,}(?:\s+(?:in|at|on|with|for|by))?\s+$/i;

/**
 * "He spoke on Monday from the yard of the farm he has worked since his marriage": the relative
 * clause that names a happening again after "since", in a sentence another clause dates, is an event of its own placed
 * against it (from the happening up to publication); the dated draft `d` ends before the phrase the clause hangs on.
 * Returns the new event, or null (then `d` is unchanged).
 */
export function namedAgainRelative(d: Draft, u: Unit, ctx: NarrativeContext, recent: () => Draft[]): Draft | null {
  if (d.date.rule?.startsWith('narrative-order')) return null;
  const text = u.paraText.slice(d.start, d.end);
  const m = namedAgainPhrase(text);
  if (!m || !/since/i.test(m[1]) || m.retold) return null;
  const lead = text.slice(Math.max(0, m.index - 80), m.index);
  const r = RELATIVE_PERFECT_BEFORE.exec(lead);
  const comma = r ? text.lastIndexOf(', ', m.index - lead.length + r.index) : -1;
  if (!r || comma < 0) return null;
  const from = d.start + m.index - lead.length + r.index;
  const to = d.start + m.index + m[0].length;
  const dates = u.timexes.filter((t) => t.type !== 'DURATION' && t.end > d.start && t.start < d.end);
  if (!dates.length || dates.some((t) => t.start < to && t.end > d.start + comma)) return null;
  const named = namedAgainOf(u, ctx, recent, { start: from, end: to });
  if (!named || named.date.rule !== 'narrative-focus/named-again-since') return null;
  d.end = d.start + comma;
  named.order = d.order + 0.5;
  return named;
}
