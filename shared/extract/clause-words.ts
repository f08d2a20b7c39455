// The words of a clause as its title needs them: without its dates, with the subject it shares with the words
// before it.

import { type Anchored, type Clause, periodModifier, THAT_VERB, yearModifier } from './anchor';
import type { Unit } from './segment';
import { IRREGULAR_PAST, TELLING_THAT } from './lexicon';
import { conjunctAntecedent, RELATIVE_ASIDE_END, RELATIVE_CONJUNCT } from './title-context';
import { antecedentOf, clauseSubject, FRONTED_OPEN, patternVerb, RELATIVE_PRONOUN, relativeTitle, WHERE_OWN_SUBJECT, withFrontedSubject, withJoinedSubject, withoutSpans } from './title';
import type { Timex } from './types';

// The subject a second predicate shares: "She …", "Bin Laden …", "The council …", and "she" after an opening date
// ("In 1981, she was dismissed … and spent …").
const LEAD_SUBJECT = /^((?:[Tt]he\s+[a-z]+|[A-Z][\w'’.-]*|she|he|they|we)(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]/;
/** `end` moved back over spaces and commas, not before `floor`. */
export function trimmedEnd(text: string, floor: number, end: number): number {
  while (end > floor && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/** A conjunct after a dated clause: where the clause's own words stop (`at`) and the conjunct's begin (`start`). */
interface Conjunct {
  at: number;
  start: number;
}

/**
 * The conjunct `opener` sets off between paragraph offsets `from` and `to`, after a dated clause (", and the city gave
 * her its medal …", ", and then it sat empty …"); null when there is none, or when the conjunct holds a date of its own
 * (a tagged expression other than a length), which the clause's reading already placed. What the conjunct must tell
 * (a count from a happening, a length) is the caller's test.
 */
export function undatedConjunct(paraText: string, from: number, to: number, opener: RegExp, timexes: readonly Timex[]): Conjunct | null {
  const m = opener.exec(paraText.slice(from, to));
  if (!m) return null;
  const at = from + m.index;
  if (timexes.some((t) => t.type !== 'DURATION' && t.start >= at && t.end <= to)) return null;
  return { at, start: at + m[0].length };
}

/** The text a title leaves out: each date of the clause, and the whole of a range ("November 18-19, 2003"). */
export function dateSpans(a: Anchored): { start: number; end: number }[] {
  // "fourth-quarter results" keeps its adjective: it says which results.
  const spans = a.inClause.filter((t) => t === a.main || !(periodModifier(a.unit.paraText, t) || yearModifier(a.unit.paraText, t))).map((t) => ({ start: t.start, end: t.end }));
  if (a.end) spans.push({ start: a.main.start, end: a.end.end });
  // A clause that borrows its date from before an aside does not hold that date's words.
  return spans.filter((x) => x.start >= a.clause.start && x.end <= a.clause.end).sort((x, y) => x.start - y.start);
}

const THAT_RELATIVE = /^that\s+([a-z]+)\b/;
const PREPOSITIONAL_RELATIVE = /^(from|in|at|with|by|for|during|under|through|on)\s+(?:which|whom)\s+/i;

// Verbs whose object is the one an infinitive after it tells of ("urged residents to leave").
const ASKING = /^(?:urge[sd]?|encourage[sd]?|ask(?:s|ed)?|tell(?:s)?|told|allow(?:s|ed)?|invite[sd]?|require[sd]?|order(?:s|ed)?|remind(?:s|ed)?|advise[sd]?|force[sd]?|persuade[sd]?|want(?:s|ed)?)$/i;

/** Whether the text after a phrase set off by commas opens on a verb: the clause's own predicate, after an aside. */
export function continuesWithVerb(after: string): boolean {
  const word = /^[\s,]*(?:(?:still|also|now|then|not|never|already)\s+)?([a-z]+)\b/.exec(after)?.[1] ?? '';
  return /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|remains|remained)$/.test(word) || (patternVerb(word) && !/ing$/.test(word));
}

/**
 * The noun a relative clause opened by "that" and a past or auxiliary verb ("a losing streak that began on May 17")
 * tells of: the noun phrase just before `start`, its offset in the paragraph, and where the verb starts in `text` (the
 * clause's words from `start`). Null when the clause opens otherwise, or what comes before is a telling or a date.
 */
export function thatAntecedent(u: Unit, start: number, text: string): { np: string; at: number; verbAt: number } | null {
  const that = THAT_RELATIVE.exec(text);
  if (!that || !(IRREGULAR_PAST.has(that[1]) || THAT_VERB.test(that[1]))) return null;
  const before = u.paraText.slice(Math.max(u.start, start - 300), start);
  const head = before.replace(/\s+$/, '');
  if (/\b(?:said|says|told|tells|that|so|such)$/i.test(head) || u.timexes.some((t) => t.end === start - (before.length - head.length))) return null;
  // "its lead after a slump that began …": the clause tells of the slump; a phrase of ordering ends the noun's phrase.
  const np = antecedentOf(before)?.replace(/^.*\s(?:after|before|since|following|during|until|amid)\s+(?=\S)/i, '');
  const at = np ? head.lastIndexOf(np) : -1;
  return np && at >= 0 ? { np, at: start - before.length + at, verbAt: that[0].length - that[1].length } : null;
}

/**
 * The words a clause's title needs before `text` when the clause has no subject of its own: a relative clause
 * names its antecedent ("The minister, who resigned …" → "Minister resigned"), and a verb after an undated
 * aside names the subject before it ("The king, who was 82, had been ill" → "King had been ill"), and so does an
 * infinitive set off after a noun ("…the new terminal, to be opened in May" → "New terminal to be opened").
 */
export function withSubject(u: Unit, c: { start: number; end?: number }, text: string): string {
  const before = u.paraText.slice(Math.max(u.start, c.start - 300), c.start);
  if (RELATIVE_PRONOUN.test(text)) return relativeTitle(u, before, c.start - before.length, text);
  const where = WHERE_OWN_SUBJECT.exec(text);
  if (where) return text.slice(where[0].length);
  // "a losing streak that began on May 17" → "Losing streak began": a "that" clause cut off after a noun, on its
  // past verb, names the noun as "who" and "which" do.
  const that = thatAntecedent(u, c.start, text);
  if (that) return `${that.np} ${text.slice(that.verbAt)}`;
  // "the college, from which she graduated in 1952" → "She graduated from the college".
  const prepositional = PREPOSITIONAL_RELATIVE.exec(text);
  if (prepositional) {
    const found = antecedentOf(before);
    // A date is no antecedent ("plans announced in January, in which …" are the plans').
    const np = found && !u.timexes.some((t) => u.paraText.slice(t.start, t.end) === found.replace(/^(?:the|a|an)\s+/i, '')) ? found : '';
    const rest = text.slice(prepositional[0].length).replace(/[\s,.;:!?]+$/, '');
    return np ? `${rest} ${prepositional[1]} ${np.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())}` : rest;
  }
  // "…, to be released in mid-2011": the infinitive set off by a comma tells of the noun phrase before it.
  if (/^to\s+be\s+[a-z]+/i.test(text) && /,\s*$/.test(before.slice(-3))) {
    const np = antecedentOf(before);
    if (np) return `${np} ${text}`;
  }
  // "Officials urged residents hit by the floods from May 2 to May 9, to apply for aid by Friday": an infinitive
  // cut from its sentence by a date is what the words before it ask or plan; alone it is a fragment ("To apply").
  if (/^to\s+[a-z]+/i.test(text) && c.start > u.start) {
    const from = Math.max(u.start, c.start - 200);
    const joined = withoutSpans(u.paraText, from, c.start, u.timexes.filter((t) => t.start >= from && t.end <= c.start)).replace(/^\S*\s+/, from > u.start ? '' : '$&');
    // "is due to open in May and to carry trains in 2014": a second infinitive takes the words before the first one's
    // "to" ("New bridge is due to carry trains"), not the first infinitive too.
    const lead = (/\sand\s*$/.test(joined) ? joined.replace(/\s+to\s+[a-z]+\b[^,;:]*$/, '') : joined).replace(/(?:[\s,;:]+|\s+(?:and|or|but))+$/, '');
    const words = lead.split(/\s+/);
    if (words.length >= 2 && words.length <= 10) return `${lead} ${text}`;
    // A long lead gives the one asked: "… encourage residents affected by the fires to register".
    const asked = words.findLastIndex((w) => ASKING.test(w));
    if (asked >= 0 && words.length - asked > 1 && words.length - asked <= 10) return `${words.slice(asked + 1).join(' ')} ${text}`;
  }
  const opensOnVerb = /^(?:had|has|have|was|were|is|are|will|would|could|can|did|does|[a-z]{3,}ed)\s/.test(text);
  // An irregular past opens on its verb as a regular past does after a relative aside: "Senna Tibbet, who farms
  // upriver, came to the hearing" is Senna Tibbet's coming, not a title opening "Came". (A telling's teller is named later, by
  // tellerBeforeAside, in its shortest form.)
  const opensOnPast = opensOnVerb || IRREGULAR_PAST.has(/^[a-z]+(?=\s)/.exec(text)?.[0] ?? '');
  // "the museum, which opened in 1930 and had planned a wing": a verb joined inside a relative clause set off after a
  // noun phrase is that clause's, whose subject is the noun phrase, not the sentence's (fullerTitle reads the same).
  const sentence = u.paraText.slice(Math.max(u.start, c.start - 300), c.start);
  const relative = opensOnPast ? RELATIVE_CONJUNCT.exec(sentence) : null;
  const antecedent = relative ? conjunctAntecedent(sentence, relative) : '';
  if (antecedent && antecedent.split(' ').length <= 6) return `${antecedent} ${text}`;
  // "…, and the chapel, which was built in 1877, opened again": the verb after a relative aside closed by its comma is
  // the noun phrase's the aside is set off after, when that phrase opens its clause (after "and", or the sentence).
  const aside = opensOnPast ? RELATIVE_ASIDE_END.exec(sentence) : null;
  const head = aside ? antecedentOf(sentence.slice(0, aside.index)) : '';
  const headAt = head ? sentence.lastIndexOf(head, aside!.index) : -1;
  // A name set off after the noun phrase opening the clause ("The club's coach, Senna Tibbet, who …, resigned") is that phrase's
  // own: it opens the clause as the phrase does.
  const opensClause = (upTo: string) => /(?:^|,\s*(?:and|but)|;)\s*$/i.test(upTo) || (/^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}$/.test(head) && /(?:^|,\s*(?:and|but)|;)\s*[A-Za-z][^,;:]{2,60},\s*$/.test(upTo));
  if (head && headAt >= 0 && head.split(' ').length <= 6 && opensClause(sentence.slice(0, headAt)) && (headAt > 0 || c.start - 300 <= u.start)) return `${head} ${text}`;
  const lead = opensOnVerb && /^([^,;]{2,60}?),\s+(?:who|which|whose)\s/.exec(u.paraText.slice(u.start, c.start));
  if (lead) return `${toldNounPhrase(lead[1])} ${text}`;
  // "Born in 1930 near Ashford, Holloway was …": a phrase opening the sentence, dated within it and the clause
  // after it not, tells of the subject after it.
  const comma = c.start === u.start && c.end !== undefined ? u.paraText.indexOf(',', c.start) : -1;
  if (comma > c.start && comma < c.end! && u.timexes.some((t) => t.start >= c.start && t.end <= comma) && !u.timexes.some((t) => t.start > comma && t.end <= c.end!)) return withFrontedSubject(text);
  return withJoinedSubject(u.paraText.slice(u.start, c.start), text, u.paraText.slice(c.start, c.start + 80));
}

/**
 * "Engineers said on Monday that the old viaduct" → "the old viaduct": a subject shared across an aside from a dated
 * telling's words is what was told's, or the told clause ("…, would be closed in July") would carry the telling's
 * title. Unchanged when no telling with "that" follows the first word, or what follows opens no noun phrase.
 */
function toldNounPhrase(subject: string): string {
  const m = TELLING_THAT.exec(subject);
  if (!m || m.index === 0) return subject;
  const rest = subject.slice(m.index + m[0].length);
  return /^(?:the|a|an|its|their|his|her|our|[A-Z])\b/.test(rest) && rest.split(/\s+/).length <= 8 ? rest : subject;
}

/** The clause's words with its dates cut out, for its title. */
export function clauseWithoutDates(u: Unit, c: Clause, a: Anchored): string {
  return withoutSpans(u.paraText, c.start, c.end, dateSpans(a));
}

/** The subject a clause shares with the words before it ("Rain that began on Monday | has forced …"), and a space. */
export function subjectText(u: Unit, c: Clause): string {
  return c.subject && c.subject.end <= c.start ? `${u.paraText.slice(c.subject.start, c.subject.end)} ` : '';
}

/** The subject a clause's later predicate shares ("The rebels seized …, and later lost it"). */
export function leadSubject(u: Unit, c: Clause, main: Timex, upTo: number): string {
  if (c.subject) return u.paraText.slice(c.subject.start, c.subject.end);
  // "In 2006, the bank bought …": the subject comes after a date that opens the clause.
  const opens = /^\W*(?:in|on|by|during)?\s*$/i.test(u.paraText.slice(c.start, main.start));
  const from = opens ? u.paraText.slice(main.end, upTo).replace(/^[\s,]+/, '') : u.paraText.slice(c.start, main.start);
  // "Its founder, Anna Rusek, was arrested … and spent …": the name set off after a possessive's noun is the
  // subject; the possessive alone is none ("Its spent four years").
  const named = POSSESSIVE_NAMED.exec(from);
  if (named) return named[1];
  // "Across the river, the ferry restarted …": a phrase of place or time fronted before the subject is none of it.
  const fronted = FRONTED_OPEN.test(from) ? /^[^,;]{2,60},\s+/.exec(from) : null;
  const clause = fronted ? from.slice(fronted[0].length) : from;
  // An article's noun phrase whole up to its verb ("The old mill was …" is the old mill's), not its first word alone.
  const np = /^(?:the|a|an)\s/i.test(clause) ? clauseSubject(`${clause.charAt(0).toUpperCase()}${clause.slice(1)}`) : '';
  if (np && !/\b(?:who|which|that)\b/i.test(np)) return clause.slice(0, np.length);
  const lead = LEAD_SUBJECT.exec(clause)?.[1] ?? '';
  return /^(?:Its|Their|His|Her|Our|My|Your)$/.test(lead) || FRONTED_OPEN.test(`${lead} `) ? '' : lead;
}
const POSSESSIVE_NAMED = /^(?:Its|Their|His|Her|Our)\s+[a-z][a-z' -]{0,40},\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s/;
