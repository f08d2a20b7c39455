// Dates that belong to a thing the clause speaks of rather than to the clause's event: "replaces the 1991
// agreement", "the October slaying of Dr. Smith", "the highest level since a severe drought in 1976". Each is that
// thing's event; the clause's own event comes after it, or keeps its own date.

import type { Ymd } from '../time-value';
import { type Anchored, ATTRIBUTIVE_BEFORE, attributiveThing, type Clause, participle, subjectVerbAt } from './anchor';
import type { Span } from './sentences';
import { tenseAt } from './tense';
import type { Timex } from './types';
import type { Unit } from './segment';
import { DEFINITE_DETERMINER, listEntryHead, listedOrRegularParticiple, NUMBER_WORD_RE, PAST_PARTICIPLES, SET_OFF_OPENING } from './lexicon';
import { rangeEnd, seasonFor } from './main-date';

const SINCE_NAMED = /\bsince\s+((?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:in|on)\s+)$/i;

// A noun, a participle after it and a phrase ending in a date ("an agreement reached between the two firms in 1991",
// "the letters sent in 1944", "after two fairs spoiled by gales in 1987") make a reduced relative clause: the date is
// the noun's happening. Four readings share the one pattern and the one reader below; they differ in what opens the
// noun phrase, how the participle is told, how many words may follow it and which prepositions end the phrase.
/** A participle a pattern alone can tell: a regular "-ed" and the commonest irregular ones. */
const PARTICIPLE_FORM = String.raw`(?:[a-z]{3,}ed|made|signed|struck|won|held|built|paid|set|sent|brought|bought|found)`;
/** How far before the date a reduced relative is looked for. */
const PHRASE_REACH = 120;

/**
 * The pattern of a participle phrase a date closes: `opening` up to the participle (its space included), the
 * participle (`verb`), at most `words` more words with no clause break, then one of `prepositions` just before the
 * date. Bounded, so linear.
 */
function participlePhrase(opening: string, verb: string, words: number, prepositions: string, flags = 'i'): RegExp {
  return new RegExp(String.raw`${opening}${verb}(?:\s+[^\s,;:"“”]+){0,${words}}\s+(?:${prepositions})\s+$`, flags);
}

/** `re`'s match in the clause's text before `date` (at most `reach` characters of it), and where the match starts. */
function phraseBefore(text: string, c: Clause, date: Timex, re: RegExp, reach = PHRASE_REACH): { m: RegExpExecArray; at: number } | null {
  const leadAt = Math.max(c.start, date.start - reach);
  const m = re.exec(text.slice(leadAt, date.start));
  return m ? { m, at: leadAt + m.index } : null;
}

/**
 * Whether a word a phrase pattern captured is a participle that can head a reduced relative ("been" and "seen"
 * cannot): one `participle` tells by its form, or one of the irregular ones lexicon lists.
 */
export function phraseParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (participle(w) || PAST_PARTICIPLES.has(w)) && !/^(?:been|seen)$/.test(w);
}

// "an agreement reached between the two firms in 1991": a noun, a participle after it, and the phrase ending in
// the date.
const REDUCED_RELATIVE = participlePhrase(String.raw`\b(?:a|an|${DEFINITE_DETERMINER})\s+[a-z]+\s+`, PARTICIPLE_FORM, 8, 'in|on|during');

// "read about Hollen's ride in 1994", "told us about the fire in May": a date closing a noun phrase that is what a
// verb is about. A possessive name or a determiner opens the phrase, at most three words before the date.
const ABOUT_THING = /\babout\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+|(?:[A-Z][a-z]+\s+){0,2}[A-Z][\w.-]*['’]s\s+)(?:[a-z][\w'’-]*\s+){0,3}?(?:in|on|during)\s+$/;

/**
 * "This settlement replaces the 1991 agreement": a year naming a thing the clause speaks of, in a clause not told in
 * the past, dates that thing; the clause's own event comes after it. For the clause's only date, a bare year.
 */
export function yearNamesThing(text: string, c: Clause, main: Timex, published: Ymd | null): { bound?: Anchored['bound']; named?: Span } {
  const clauseText = text.slice(c.start, c.end);
  const tense = tenseAt(clauseText, main.start - c.start);
  const before = text.slice(c.start, main.start);
  const after = text.slice(main.end, main.end + 2);
  const attributive = ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(c.start, main.start - 12), main.start)) && /\S\s+\S+\s+$/.test(before) && /^\s[a-z]/.test(after);
  // "The results are an improvement on 2008": a clause told in the present is not in a year before
  // publication's; it holds since then.
  // Not a present passive ending in the year ("A stone cross at the ford is mentioned in a charter of the abbey in 1204"): a record, or a
  // past told in the present, made in that year.
  // Nor a year heading an entry of a dated list ("1953: The ferry stops running."), told in the present whatever its time.
  const presentOfPast = tense === 'present' && !!published && +main.value < published.y && !presentPassiveIn(before) && !listEntryHead(text.slice(0, main.start), after);
  const bound = (attributive && tense !== 'past') || presentOfPast ? 'after' : undefined;
  // The thing the year names is that year's event: "the 1991 agreement".
  if (attributive && tense !== 'past') return { bound, named: attributiveYearThing(text, c, main) };
  if (!attributive && tense !== 'future') {
    const named = reducedRelativeThing(text, c, main, before);
    if (named) return { bound: 'after', named };
  }
  const setOff = presentOfPast ? setOffParticiple(text, c, main) : null;
  if (setOff) return { bound: 'after', named: setOff };
  return { bound };
}

// "is mentioned in a charter of the abbey in", "are first listed in": a present passive, then its phrases, then "in".
const PRESENT_PASSIVE_IN = /\b(?:is|are)\s+(?:(?:first|also|still|only)\s+)?([a-z]{3,})\s+(?:[^\s,;:"“”]+\s+){0,8}?(?:in|during)\s+$/i;

function presentPassiveIn(before: string): boolean {
  const m = PRESENT_PASSIVE_IN.exec(before.length > 100 ? before.slice(-100) : before);
  return !!m && listedOrRegularParticiple(m[1].toLowerCase()) && !/\b(?:since|until|after|before)\b/i.test(before.slice(-100));
}

/** The words of the thing a year made a noun's adjective names ("the 1991 agreement"), its determiner first. */
function attributiveYearThing(text: string, c: Clause, main: Timex): Span {
  const det = ATTRIBUTIVE_BEFORE.exec(text.slice(Math.max(c.start, main.start - 12), main.start))!;
  return { start: main.start - det[0].length, end: thingEnd(text, c, main, /[,;:]|\s(?:which|that|who|whose|when|and|but)\s/) };
}

/** Where the thing's words after its date end: at `stop`'s first match before the clause's end, less closing marks. */
function thingEnd(text: string, c: Clause, main: Timex, stop: RegExp): number {
  const rest = text.slice(main.end, c.end);
  const at = stop.exec(rest);
  let e = main.end + (at ? at.index : rest.length);
  while (e > main.end && /[\s.!?]/.test(text[e - 1])) e--;
  return e;
}

/**
 * "… violates an agreement reached between the two firms in 1991": the year is the agreement's; the clause, told in
 * the present before the noun, comes after it. The noun's words to the year; null when no such noun holds it.
 */
// "Six new buses ordered in 2015 are still …", "The letters sent in 1944 remain …": a subject opening the clause, a noun
// with a participle after it ending in the year, then the clause's verb in the present.
const SUBJECT_REDUCED_RELATIVE = participlePhrase(String.raw`^\s*(?:${DEFINITE_DETERMINER}|some|\d+|${NUMBER_WORD_RE})\s+(?:[a-z-]+\s+){1,3}?`, PARTICIPLE_FORM, 6, 'in|during');
const PRESENT_VERB_AFTER = /^\s+(?:(?:still|now|also)\s+)?(?:is|are|has|have|remains?)\b/;

function reducedRelativeThing(text: string, c: Clause, main: Timex, before: string): Span | null {
  // The thing is the year's event; the clause told of it in the present holds after it. The pattern is anchored at
  // the clause's start, so only a clause the reach takes in whole.
  if (before.length <= PHRASE_REACH && SUBJECT_REDUCED_RELATIVE.test(before) && PRESENT_VERB_AFTER.test(text.slice(main.end, main.end + 20))) {
    return { start: c.start + /^\s*/.exec(before)![0].length, end: main.end };
  }
  const rel = phraseBefore(text, c, main, REDUCED_RELATIVE);
  if (!rel || rel.at <= c.start) return null;
  // The verb governing the noun is in the present: read as such, or a bare third-person form ("violates").
  const head = text.slice(c.start, rel.at);
  const headTense = tenseAt(head, head.length);
  return headTense === 'present' || (headTense === 'unknown' && /\b[a-z]{3,}[^s\W]s\s+$/.test(head)) ? { start: rel.at, end: main.end } : null;
}

// ", built in 1846 by the miller": a participle phrase set off by a comma, a few words before the year it ends in.
const SET_OFF_PARTICIPLE = participlePhrase(SET_OFF_OPENING, '([a-z]{2,})', 6, 'in|during', '');

/**
 * "The mill is older than the village, built in 1846 by the miller": the year is the set-off participle phrase's
 * happening, not a time after which the present clause holds. Its words to the next comma; null when none.
 */
function setOffParticiple(text: string, c: Clause, main: Timex): Span | null {
  const set = phraseBefore(text, c, main, SET_OFF_PARTICIPLE, 80);
  if (!set || !phraseParticiple(set.m[1])) return null;
  const start = set.at + set.m[0].length - set.m[0].replace(/^,\s+/, '').length;
  return { start, end: thingEnd(text, c, main, /[,;:()"“”]/) };
}

/**
 * "have gathered evidence 11 days after the finding in the October slaying of Dr. Smith": another date of the
 * clause made a noun's adjective names that thing, an event of its own on the date.
 */
export function thingsDatedInside(u: Unit, c: Clause, inClause: Timex[], main: Timex, end: Timex | undefined): Anchored[] {
  const out: Anchored[] = [];
  const ends = new Set<Timex>();
  for (const t of inClause) {
    if (t === main || t === end || ends.has(t)) continue;
    const np = attributiveThing(u.paraText, t, c);
    if (np) {
      out.push({ unit: u, clause: { ...np, aside: true }, inClause: [t], main: t });
      continue;
    }
    const phrase = participlePhraseThing(u.paraText, t, c) ?? pastPerfectThing(u.paraText, t, c);
    if (!phrase) continue;
    // "in 2010 and 2011": a list of years closing the phrase is one stretch.
    const last = rangeEnd(u.paraText, inClause, t);
    const own = last ? [t, last] : [t];
    if (last) ends.add(last);
    out.push({ unit: u, clause: { start: phrase.start, end: last ? last.end : phrase.end, aside: true }, inClause: own, main: t, end: last });
  }
  return out;
}

// "after three harvests ruined by hail in", "for a bridge built in": a preposition's noun, a participle after it, and
// the phrase ending in the date. The preposition makes the noun an object, so the participle cannot be its verb.
const PARTICIPLE_AFTER_OBJECT = participlePhrase(String.raw`\b(?:after|before|following|despite|from|with|by|for|of)\s+(?:${DEFINITE_DETERMINER}|several|\d+|${NUMBER_WORD_RE})\s+[a-z]+\s+`, '([a-z]{2,})', 8, 'in|during');

/**
 * "The guild expects a full hall this spring after two fairs spoiled by gales in 1987 and 1988": a
 * year closing a participle phrase on a preposition's noun, while another date dates the clause, is that noun's
 * happening (a reduced relative clause), an event of its own. The noun's words to the year; null otherwise.
 */
function participlePhraseThing(text: string, t: Timex, c: Clause): Span | null {
  if (t.rule !== 'year' && t.rule !== 'year..year') return null;
  const phrase = phraseBefore(text, c, t, PARTICIPLE_AFTER_OBJECT);
  if (!phrase || !phraseParticiple(phrase.m[1])) return null;
  // From the noun phrase, after its preposition.
  return { start: phrase.at + phrase.m[0].length - phrase.m[0].replace(/^\S+\s+/, '').length, end: t.end };
}

// "a grant that it had withdrawn the previous year", "a road they had closed in": a relative word or a subject pronoun,
// "had" and a participle, then a few words with no clause break up to the date.
const PERFECT_BEFORE_DATE = /\b(?:that|which|who|whom|it|they|he|she|we)\s+had\s+(?:(?:already|just|first|previously|once)\s+)?([a-z]{3,})(?:\s+[^\s,;:"“”]+){0,6}\s+$/i;

/**
 * "In 1998 the trust asked the council to return a grant it had withdrawn the previous year": a clause in the past
 * perfect inside the dated clause, with a date of its own, is an event on that date; the clause keeps the date that
 * dates it. Its words from the relative word or pronoun to the date; null otherwise.
 */
function pastPerfectThing(text: string, t: Timex, c: Clause): Span | null {
  // "had laid up its ferries for the winter": a season the happening is for does not date it.
  if (t.type !== 'DATE' || seasonFor(text, t)) return null;
  const leadAt = Math.max(c.start, t.start - 100);
  const m = PERFECT_BEFORE_DATE.exec(text.slice(leadAt, t.start));
  if (!m || !participle(m[1].toLowerCase())) return null;
  return { start: leadAt + m.index, end: t.end };
}

/**
 * "rose to 4.2 meters on April 3, the highest level since a severe drought in 1976": a later date after "since the
 * <happening> in" is that happening's, an event of its own; the clause's event keeps its own date. Closing the
 * clause, the phrase is not the clause's event's: its words are cut from `anchored`'s clause.
 */
export function sinceNamedHappening(u: Unit, c: Clause, anchored: Anchored): Anchored | null {
  const { inClause, main, end } = anchored;
  for (const t of inClause) {
    if (t === main || t === end || t.start < (end ?? main).end) continue;
    const lead = u.paraText.slice(Math.max(c.start, t.start - 60), t.start);
    const h = SINCE_NAMED.exec(lead);
    // "the first offer since talks broke down in January": a clause after "since", its subject and verb first.
    const since = h ? -1 : lead.search(/\bsince\s+[^,;:"“”]+\s(?:in|on)\s+$/i);
    const sinceAt = t.start - lead.length + (h ? h.index : since);
    let from = -1;
    if (h) from = t.start - lead.length + h.index + h[0].length - h[1].length;
    else if (since >= 0 && subjectVerbAt(u.paraText, sinceAt + 5) >= 0) from = sinceAt + 6;
    if (from < 0) continue;
    if (/^[\s.!?"”’']*$/.test(u.paraText.slice(t.end, anchored.clause.end)) && sinceAt > main.end) {
      let e = sinceAt;
      while (e > anchored.clause.start && /[\s,]/.test(u.paraText[e - 1])) e--;
      anchored.clause = { ...anchored.clause, end: e };
    }
    return { unit: u, clause: { start: from, end: t.end, aside: true }, inClause: [t], main: t };
  }
  return null;
}

/**
 * A date that ends the clause inside what its verb is about ("I was in bed when I read about Hollen's ride in 1994"):
 * the thing's date, not the reading's, nor that of a clause the reading is told beside. Returns the thing's words; null
 * when the date may be the clause's. Told in the past (a date in what is planned or hoped is another matter), and
 * before publication's year when that is known.
 */
export function topicDate(text: string, c: Clause, main: Timex, published: Ymd | null): Span | null {
  if (!/^[\s.!?"”’']*$/.test(text.slice(main.end, c.end))) return null;
  if (published ? +main.value.slice(0, 4) >= published.y : tenseAt(text.slice(c.start, c.end), main.start - c.start) !== 'past') return null;
  const leadAt = Math.max(c.start, main.start - 80);
  const m = ABOUT_THING.exec(text.slice(leadAt, main.start));
  return m ? { start: leadAt + m.index + 'about '.length, end: main.end } : null;
}

// "the election due next year", "a summit set for May", "the vote scheduled for Tuesday": a noun phrase, then a
// participle of timetable right after its noun, ending in the date. Not "the vote is scheduled for" (a predicate): the
// word before the participle is no verb.
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const TIMETABLE = new Set(['due', 'scheduled', 'set', 'slated', 'planned', 'expected']);
const TIMETABLE_PREPOSITIONS = new Set(['for', 'in', 'on', 'by']);
// Words that end the noun phrase before its noun (a preposition, a conjunction, a verb), and words that cannot be its
// noun (a verb before the participle makes it a predicate; an adverb, the participle's own).
const NOT_IN_THING = new Set(['in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would']);
const NOT_THE_NOUN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'now', 'still', 'also', 'not', 'first', 'originally', 'already', 'once']);
const THING_WORD = /^[a-z][\w'’-]*$/i;
/** At most this many words between the determiner and the noun: "the long-delayed regional election due …". */
const THING_WORDS_BEFORE_NOUN = 3;

/**
 * The noun phrase and participle of timetable a lead (the words right before a date) ends in: where the phrase's
 * determiner starts in the lead, and its noun. Reads the lead's words from its end: [preposition], participle, noun,
 * up to three words, determiner; the longest phrase that fits.
 */
function timetabledThing(lead: string): { at: number; noun: string } | null {
  if (!/\s$/.test(lead)) return null;
  const words = [...lead.matchAll(/\S+/g)];
  const lower = (i: number) => words[i][0].toLowerCase();
  let last = words.length - 1;
  if (last > 0 && TIMETABLE_PREPOSITIONS.has(lower(last))) last--;
  if (last < 1 || !TIMETABLE.has(lower(last))) return null;
  const noun = last - 1;
  if (!THING_WORD.test(words[noun][0]) || NOT_THE_NOUN.has(lower(noun))) return null;
  let det = noun - 1;
  let found: number | null = null;
  for (let between = 0; between <= THING_WORDS_BEFORE_NOUN && det >= 0; between++, det--) {
    const at = determinerAt(words[det][0]);
    if (at !== null) found = words[det].index! + at;
    // A longer phrase, tried next, holds this word among those before its noun.
    if (!THING_WORD.test(words[det][0]) || NOT_IN_THING.has(lower(det))) break;
  }
  return found === null ? null : { at: found, noun: words[noun][0] };
}

/** Where a determiner closing a word starts in it ("the", "(the", "x-the"): after the last character no letter or digit. */
function determinerAt(word: string): number | null {
  let start = word.length;
  while (start > 0 && /\w/.test(word[start - 1])) start--;
  return DETERMINERS.has(word.slice(start).toLowerCase()) ? start : null;
}

/**
 * "announced that she would run in the election due next year": the date is the election's, told of a noun inside the
 * clause; the clause's own happening is tied to it only through that noun. Returns the thing's words; null when the
 * date is the clause's own.
 */
export function dueThing(text: string, c: Clause, main: Timex): Span | null {
  const leadAt = Math.max(c.start, main.start - 80);
  const m = timetabledThing(text.slice(leadAt, main.start));
  if (!m || /^(?:it|he|she|they|we|who|which|that)$/i.test(m.noun)) return null;
  // "The sun set on May 14", "The vote scheduled for May was put off": the thing opening the clause is its subject,
  // and the participle may be the clause's own verb; only a thing after the verb is told of beside the clause.
  if (!/[a-z]/i.test(text.slice(c.start, leadAt + m.at))) return null;
  return { start: leadAt + m.at, end: main.end };
}
