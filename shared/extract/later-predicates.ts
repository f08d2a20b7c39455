// A second predicate after the dated one ("…, and later struck …", "…, but withdrew …", "… after soldiers
// attacked"): placed against the clause's date rather than given it.

import type { EventDate } from '../document';
import { addDays, DAY_VALUE, fmtDay, parseYmd, type Ymd } from '../time-value';
import { eventInterval } from '../dates';
import { leadSubject, trimmedEnd, undatedConjunct } from './clause-words';
import { countedYears, DURATION_UNIT_WORD, endAfter, lastedUpTo, lengthBeside } from './date-stretches';
import { type ClauseWork, type Draft, singleDay } from './draft';
import { rangeEnd } from './main-date';
import { INTRODUCED_HAPPENING_RE, IRREGULAR_PAST, isPastForm, isTellingWord, NUMBER_WORD_RE, OCCASION_NOUNS, parseCount, PART_OF_DAY_ALTS, REFERABLE_HAPPENING_RE, WEEKDAY_RE } from './lexicon';
import { shiftedBy } from './counted-shifts';
import { ORDINAL_DAY_WORDS, ordinalDayOf, shiftYears } from './narrative';
import { spellBeforeSub } from './stretches-beside';
import { dateFromTimex, fmtHuman, relativeTo } from './resolve';
import { toldIn } from './tellings';
import { happeningOf } from './tense';
import { draftTitle, removeRanges, titled, withoutSpans } from './title';

// "on April 26, the morning after the clocks went forward": the part of a day named is the day after (before) it.
// A comma between digits ("310,000") is a number's, not a clause's end.
const ORDERED_WORDS = String.raw`((?:[^,;:"“”]|,(?=\d{3}\b)){8,160})`;
const TRAILING_ORDER = new RegExp(String.raw`^,?\s+(?:the\s+(?:day|${PART_OF_DAY_ALTS})\s+)?(after|before|following)\s+${ORDERED_WORDS}`, 'i');
const DAY_PART_ORDER = /^,?\s+the\s+[a-z]+\s/i;
const WEEKDAY_ONLY = new RegExp(String.raw`^(?:(?:on|last)\s+)?${WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?$`, 'i');
// A noun phrase set off right after the clause's date, up to an ordering word: ", the second week of a strike ".
const APPOSITIVE_BEFORE_ORDER = /^,\s+the\s+(?:[a-z'’-]+\s+){1,8}?(?=(?:after|before|following)\s)/i;
// The same, set off by a comma further on and running to the clause's end.
const TRAILING_ORDER_LAST = new RegExp(String.raw`,\s(after|before|following)\s${ORDERED_WORDS}$`, 'i');
// "…, and inspectors have since visited …": a second predicate may bring a subject of its own (a few lower-case words).
// "was arrested on February 21, and has been held in custody since then": the same span, "since then" at the end.
// "…, and it has stood empty ever since", "… and which has stood empty since": a pronoun or a relative word may come first.
// "sold the organ to a college in 1950, where it has stood since then": a relative "where" with its own subject too.
// "had crawled into the barn on Saturday and sheltered there ever since": a past verb sharing the subject (and a
// past perfect's auxiliary) may come without "has".
// "… died in June 1950, and his son has run the mill ever since", "…, and I've kept it since": a subject of its own (a
// short noun phrase, or a pronoun with "'ve") may open the conjunct too.
const AND_HAS = /\sand\s(?=(?:(?:it|they|he|she|which|who|I|we|you)\s+|(?:the|his|her|its|their|our|my|a|an)\s+[a-z'’-]+\s+(?:[a-z'’-]+\s+)?)?(?:has|have)\s|(?:I|we|you|they)['’]ve\s|(?:[a-z]{3,}ed|kept|stood|lay|sat|slept|hid)\s)|,\s+where\s+(?=(?:it|they|he|she)\s+(?:has|have)\s)/i;
// "… and has been free on bail since.": a bare "since" closing the conjunct is the same.
// "… in 1987 and have spent the years since rebuilding it": a plural of time before "since" and a gerund, the same.
// A comma or point between digits ("sold 3,500 kits since then", "raised £1.5m since") is no clause's end, nor a
// decimal point written without its leading nought ("has batted .312 since").
const SINCE_THEN_AHEAD = /^(?:[^,;.]|(?<=\d)[,.](?=\d)|(?<=\s)\.(?=\d)){3,90}?\s(?:since(?:\sthen\b|(?=\s*(?:[,;.!?]|$)))|the\s(?:years|months|weeks|days|decades)\ssince(?=\s[a-z]{3,}ing\b))/i;
function sinceThenAnd(text: string): RegExpExecArray | null {
  const m = AND_HAS.exec(text);
  return m && SINCE_THEN_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120)) ? m : null;
}
// A subject opening the conjunct after "and": a pronoun before its "has"/"'ve", or a noun phrase.
const OWN_SUBJECT = /^(?:(?:it|they|he|she|we|you|I)\s+(?:has|have)\s|(?:I|we|you|they)['’]ve\s|(?:the|his|her|its|their|our|my|a|an)\s)/i;
const LATER_AND = /,?\s+and\s+(?:(?:then\s+)?(later)|((?:[a-z]+\s+){1,3}?)?(?:has|have|had)\s+(since))\s+(?=[a-z])/i;
// "collected on July 2, 1934, from a meadow that has since been ploughed", "sold it in 1990 to a developer who has
// since turned it into flats": a relative clause told in "has since" is what became of the noun after the clause's
// date. The noun is the last few words before the relative word, after any preposition.
const RELATIVE_SINCE = /(?:,\s*|\s)(?:that|which|who)\s+(?:has|have)\s+since\s+(?=[a-z])/i;
const RELATIVE_NOUN = /(?:^|[\s,])((?:(?:the|a|an|its|their|his|her|our|my)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s*,?\s*$/i;
const NOT_NOUN = /^(?:the|a|an|of|in|on|at|to|from|by|for|with|into|and|or|but|was|were|is|are|had|has|have)$/i;
// ", but withdrew the threat": a second predicate after "but", its verb first (the subject is the clause's).
const BUT_PAST = /,\s+but\s+(?:(?:then|later)\s+)?([a-z]{3,})\s/i;
// "and spent another five years abroad", "and served three more years": a count added on runs from the date too.
// (Read from the first comma or space of a run: a match starting later in the run would be slow to fail.)
const SPENT_AND = new RegExp(`(?<![\\s,]),?\\s+and\\s+(?:then\\s+)?(spent|served)\\s+(?:the\\s+(?:next|following)\\s+|(?:another|a\\s+further|an\\s+(?:additional|extra))\\s+)?(\\d{1,3}|${NUMBER_WORD_RE})\\s+(?:(?:more|further|additional|extra)\\s+)?(years?|months?|weeks?|days?)\\b`, 'i');

// "abandoned the scheme in 1998 after a vote", "was first described in 1957, after a cluster of cases": a happening
// named by a noun with no verb of its own ("a" or "an": one not told before) is also before the clause's date. Its
// head noun is one of the first three words after the article; "after a year" (a count) names none.
const NOUN_HAPPENING = new RegExp(String.raw`^(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:${REFERABLE_HAPPENING_RE}|${INTRODUCED_HAPPENING_RE}|cluster|spate|series|wave|string|campaign|petition|review|inquiry|investigation|study|survey|complaint|outcry|row|dispute|inspection|audit|ruling|decision|recount)s?\b`, 'i');
// A turn of health: a happening only with a date of its own ("after a stroke in May"); undated ("died after a short
// illness") it is the spell before the clause's date, which the clause already tells.
const HEALTH_HAPPENING = /^(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:operation|surgery|stroke|fall|injury|illness|diagnosis)\b/i;
// "after a six-week trial": a happening given its length as an adjective.
const LENGTH_ADJECTIVE = /^(?:a|an)\s+[\w'’]+-(?:minute|hour|day|week|month|year)s?\b/i;
function nounHappening(what: string): boolean {
  // Undated, it is the stretch up to the date, told elsewhere.
  if (LENGTH_ADJECTIVE.test(what)) return false;
  if (NOUN_HAPPENING.test(what)) return true;
  const head = /^(?:a|an)\s+((?:[\w'’-]+\s+){0,2}?)([a-z]+)\b/i.exec(what);
  return !!head && OCCASION_NOUNS.has(head[2].toLowerCase());
}

// "before anyone knew", "before any work began": the "any" of a thing not yet done at the clause's date.
const NOT_YET_ANY = /^(?:any|anyone|anybody|anything)\b/i;

/**
 * "She was detained in May 2003 after soldiers attacked her convoy": the happening after "after" is its own event,
 * before the clause's date (after it, for "before"); the date is not its. Returns where the clause now ends (the
 * ordering phrase cut off), or null when there is none.
 */
export function orderingClauseEvent(w: ClauseWork): number | null {
  const { u, a, main, date, published } = w;
  const placed = orderingPhrase(w);
  if (!placed) return null;
  const { trailing, orderDate, orderText, from } = placed;
  const at = from + trailing.index + trailing[0].length - trailing[2].length;
  const what = trailing[2].replace(/[\s,.;]+$/, '');
  const word = trailing[1].toLowerCase();
  // "The hall stays open until May, after which it will be sold": "which" is the clause's own time, and what follows
  // it comes after that time ("before which": before it), not before as a happening named after "after" does.
  const relative = /^which\s+[a-z]/i.test(what);
  // "after it broadcast an interview": a pronoun subject opens a clause, whatever its verb.
  const pronounClause = /^(?:it|he|she|they|we)\s+[a-z]{3,}/.test(what);
  if (relative) return relativeAfterOrder(w, trailing, from, at, what, word, orderDate, orderText);
  // "Last spring, before anyone had noticed the leak, …": "any" tells what had not yet happened then, a gloss on the
  // date rather than a happening of its own; the clause keeps it.
  if (word === 'before' && NOT_YET_ANY.test(what)) return null;
  const past = /\b(?:[a-z]{3,}ed|was|were|had|did|made|took|began|broke|fell|won|lost|left|came|went|gave|ran|hit|struck)\b/.test(what) || (what.match(/[a-z]+/g) ?? []).some((x) => IRREGULAR_PAST.has(x));
  // "will return on Tuesday after the union suspended its strike late Sunday": a happening with a date of its
  // own is on that date, not merely before the clause's.
  // "after talks on this year's quota failed on Friday": a possessive period names a noun's, not the happening's, time.
  const inWhat = a.inClause.filter((t) => t.start >= at && t.end <= at + what.length);
  const ownTimex = inWhat.find((t) => !/['’]s$/.test(u.paraText.slice(t.start, t.end + 2))) ?? inWhat[0];
  // "accepted the offer last week after a two-day strike in January": a happening given its length and a date of its
  // own took place then, not in the days up to the clause's date.
  if (!(pronounClause || past || nounHappening(what) || (ownTimex && (HEALTH_HAPPENING.test(what) || LENGTH_ADJECTIVE.test(what))))) return null;
  if (from !== main.end && !ownTimex) return null;
  // "after the club had finished tenth in the 2004-05 season": a range of its own is the happening's date whole.
  const ownEnd = ownTimex && rangeEnd(u.paraText, a.inClause, ownTimex);
  const ownLast = ownEnd && ownEnd.end <= at + what.length ? ownEnd : undefined;
  const ownDate = ownTimex && yearInOrder(dateFromTimex(ownTimex, published, ownLast), ownTimex.text, orderDate, word, past ? published : null);
  const { title, drafted } = titled(ownTimex ? removeRanges(what, [{ start: ownTimex.start - at, end: (ownLast ?? ownTimex).end - at }]) : what);
  if (!title) return null;
  w.emit({
    ...orderedSpan(w, trailing, from, at + what.length),
    title,
    drafted,
    date: ownDate
      ? { ...ownDate, rule: `${ownDate.rule}/ordering-clause-own-date`, ...(toldIn(u.paraText.slice(at, ownTimex.start)) || borrowsYear(ownDate, what) ? { yearUncertain: true } : {}) }
      : dayNextTo(orderDate, word, DAY_PART_ORDER.test(trailing[0]) && trailing.index === 0) ??
        // "declared extinct in 1972, after five summers of searches turned up nothing": the spell up to the date.
        (word === 'after' ? (spellBeforeSub(u.paraText, from + trailing.index, at + what.length, orderDate)?.date ?? null) : null) ??
        // "was back on show on Wednesday after a repair that took 14 months": the stretch of that length up to the date.
        (word === 'after' ? lastedUpTo(u.paraText, u.timexes, at, at + what.length, orderDate, 'ordering-clause/after-lasting') : null) ??
        relativeTo(orderDate, word === 'before' ? 'after' : 'before', `ordering-clause/${word}`, `The article gives no date; it places this ${word === 'before' ? 'after' : 'before'} “${orderText}”.`),
  });
  return from + trailing.index;
}

/**
 * "the timetable was cut back this year after a pier collapsed in November", "stalled twice last year, before the
 * members chose a chairman in January": a month or day written without its year, in a happening "after" (or "before")
 * the clause's date, took a year from elsewhere in the sentence. It keeps the order the sentence gives: a happening
 * after it ends within the clause's date and, told in the past, by publication; one before it begins after the
 * clause's date begins. The nearest year that does so is taken; the flag, if any, stays. `published` is given only
 * for a happening told in the past.
 */
function yearInOrder(own: EventDate | null, ownText: string, orderDate: EventDate, word: string, published: Ymd | null): EventDate | null {
  if (!own || own.mod || own.end || /\b\d{4}\b|\byears?\b/i.test(ownText) || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(own.start)) return own;
  const order = eventInterval(orderDate);
  const pub = published ? fmtDay(published) : null;
  const fits = (v: string): boolean => {
    const span = eventInterval({ ...own, start: v });
    return (word === 'before' ? span.start > order.start : span.end <= order.end) && (!pub || v.localeCompare(pub.slice(0, v.length)) <= 0);
  };
  if (fits(own.start)) return own;
  // "stayed shut on Monday after talks failed on Thursday": a weekday alone is the one of the week before (after).
  if (WEEKDAY_ONLY.test(ownText.trim()) && DAY_VALUE.test(own.start)) {
    const day = parseYmd(own.start)!;
    for (const n of word === 'before' ? [7, 14] : [-7, -14]) {
      const start = fmtDay(addDays(day, n));
      if (fits(start)) return { ...own, start };
    }
    return own;
  }
  for (const n of word === 'before' ? [-1, -2] : [1, 2]) {
    const start = shiftYears(own.start, n);
    if (start && fits(start)) return { ...own, start };
  }
  return own;
}

/** Where an ordering phrase's event stands: from its word ("after", "before"), past any comma, to `end`. */
function orderedSpan(w: ClauseWork, trailing: RegExpExecArray, from: number, end: number): { paragraphId: string; start: number; end: number } {
  return { paragraphId: w.u.paragraphId, start: from + trailing.index + trailing[0].search(/[^\s,]/), end };
}

/** "…, after which it will be sold": the relative clause as an event after (before) the clause's date. */
function relativeAfterOrder(w: ClauseWork, trailing: RegExpExecArray, from: number, at: number, what: string, word: string, orderDate: EventDate, orderText: string): number | null {
  const { a } = w;
  // A date of its own ("after which it was sold in 2001") is the clause's to place, as any dated clause's is.
  if (a.inClause.some((t) => t.start >= at && t.end <= at + what.length)) return null;
  const { title, drafted } = titled(what.replace(/^which\s+/i, ''));
  if (!title) return null;
  const mod = word === 'before' ? 'before' : 'after';
  w.emit({
    ...orderedSpan(w, trailing, from, at + what.length),
    title,
    drafted,
    date: relativeTo(orderDate, mod, `ordering-clause/${word}-which`, `The article gives no date; it places this ${mod} “${orderText}”.`),
  });
  return from + trailing.index;
}

/**
 * "warned about the boiler in 2016, before breakdowns left tenants cold between December and March": the happening
 * "before" or "after" marks as another time than the clause's does not share the clause's year; a month of its own that
 * took the year written outside it (in the clause it is ordered against) is a guess.
 */
function borrowsYear(own: EventDate, what: string): boolean {
  return /\/year-in-sentence\b/.test(own.rule ?? '') && !/\b\d{4}\b/.test(what);
}

/** "on April 26, the morning after …": the happening is the day before the clause's day ("the day before …": after). */
function dayNextTo(day: EventDate, word: string, dayPart: boolean): EventDate | null {
  const on = dayPart && singleDay({ date: day }) ? parseYmd(day.start) : null;
  if (!on) return null;
  const date: EventDate = { start: fmtDay(addDays(on, word === 'before' ? 1 : -1)), basis: day.basis, rule: `ordering-clause/day-${word}`, note: `The day ${word === 'before' ? 'after' : 'before'} ${day.start}, which the article calls the day ${word} it.` };
  if (day.yearUncertain) date.yearUncertain = true;
  return date;
}

/**
 * The "after <happening>" (or "before", "following") phrase of a clause and the date it is placed against: right
 * after the clause's date, or further on, set off by a comma, against the last date before it ("was called in June,
 * a year early, after the government lost a vote"). "Five years after its launch" (a count) is not one.
 */
function orderingPhrase(w: ClauseWork): { trailing: RegExpExecArray; orderDate: EventDate; orderText: string; from: number } | null {
  const { u, a, c, main, date, published } = w;
  if (date.mod || a.bound) return null;
  // "turned birds away in January and February, after its vet left in December": after a range, only a happening with
  // a date of its own is cut off (orderingClauseEvent); what is merely before or after a stretch is left to the clause.
  if (a.end) {
    const afterRange = TRAILING_ORDER.exec(u.paraText.slice(a.end.end, c.end));
    return afterRange ? { trailing: afterRange, orderDate: date, orderText: `${main.text} … ${a.end.text}`, from: a.end.end } : null;
  }
  const trailing = TRAILING_ORDER.exec(u.paraText.slice(main.end, c.end));
  if (trailing) return { trailing, orderDate: date, orderText: main.text, from: main.end };
  // "…, the third day of a sit-in by porters after pay talks failed on Friday": behind a noun phrase set off after
  // the date, the ordering phrase tells of that noun; orderingClauseEvent takes it only with a date of its own.
  const appositive = APPOSITIVE_BEFORE_ORDER.exec(u.paraText.slice(main.end, c.end));
  if (appositive) {
    const at = main.end + appositive[0].length - 1;
    const behind = TRAILING_ORDER.exec(u.paraText.slice(at, c.end));
    if (behind) return { trailing: behind, orderDate: date, orderText: main.text, from: at };
  }
  let tailEnd = c.end;
  while (tailEnd > main.end && /[\s.;]/.test(u.paraText[tailEnd - 1])) tailEnd--;
  const far = TRAILING_ORDER_LAST.exec(u.paraText.slice(main.end, tailEnd));
  const near = far && a.inClause.filter((t) => t.end <= main.end + far.index).pop();
  const nearDate = near && (near === main ? date : dateFromTimex(near, published));
  return far && near && nearDate && !nearDate.mod && !nearDate.end ? { trailing: far, orderDate: nearDate, orderText: near.text, from: main.end } : null;
}

/** A second predicate as an event of its own, and where it starts: the clause's evidence stops there. */
interface LaterPredicate {
  draft: Draft;
  at: number;
}

// ", and the mill stood idle for two years", ", although the case took three years", ", a post she would hold for three
// decades": a second predicate that lasts a count of years. ("For the next twenty years" is the tagger's: the years on
// from the date in focus, a date of the conjunct's own.)
// "Work began in 1801 and took four years": with no comma, only a conjunct that is itself the length.
// "opened in 1859 and was the largest glasshouse in the county for thirty years": so is a state the conjunct's own
// verb holds (not after "born": a life's first day starts no state of it).
// "won a place in 1921 but left after two years": with no comma, also a conjunct whose verb is right before "after".
const BORN = /\bborn\b/i;
const LENGTH_CONJUNCT = /,\s+(?:(?:and|although|though)\s+(?:then\s+)?|(?=(?:a|an)\s+(?:post|position|job|role|office|seat)\s))|\s+and\s+(?=(?:took|lasted|was|were|remained|stayed)\s)|\s+(?:and|but)\s+(?=(?:then\s+|later\s+)?[a-z]{3,}\s+after\s)/i;
// The words that give a conjunct its length ("for four years", "took three decades"), or the count a happening falls
// "within"; "after two years" is the point that count reaches, and "in its first two years" the stretch from the date.
// "for another ten years", "for a further six months": a count added on runs from the date as well.
const LENGTH_LEAD = /\b(?:(?:for|took|lasted)(?:\s+(?:another|a\s+further|an\s+(?:additional|extra)))?|within|after|in(?:\s+(?:its|their|his|her))?)\s+$/i;
// "in its first two years", "in the first ten days": the first stretch of what the clause's date starts.
const FIRST_LENGTH = /^(?:the\s+)?first\s/i;
// A length shorter than years, or a single year ("for a year"), which countedYears leaves to the plural.
const SHORTER_LENGTH = /^P(\d{1,3})([DWMY])$/;

/**
 * "was finished in 1968, and then it sat empty for three years": the years the second predicate lasts run on from the
 * clause's date (its year, for a season), an event of its own. Not a perfect ("and had been shut for three years",
 * "and has stood empty for years"), which counts back, nor a conjunct with a date of its own.
 * So do days, weeks and months from a date that precise ("The gale struck on Sunday, March 8, and the ferry was
 * held in port for six days"; ", and for a month the square stood empty"), and a happening told "within" a count
 * lies between the date and the count's end (", and the first orders came in within a week").
 */
export function yearsAfter(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date } = w;
  const sameYear = !date.end || date.end.slice(0, 4) === date.start.slice(0, 4);
  const conjunct = !a.end && !date.mod && sameYear && main.value !== 'PAST_REF' ? undatedConjunct(u.paraText, main.end, c.end, LENGTH_CONJUNCT, a.inClause) : null;
  if (!conjunct) return null;
  const { at, start: from } = conjunct;
  if (u.paraText[at] !== ',' && BORN.test(u.paraText.slice(c.start, main.start))) return null;
  // "for four years", not "for the past five years" (back from now) nor "the next five years" (the tagger's); in this
  // conjunct, not one after it (", and spent two weeks in jail, and then lived abroad for ten years").
  const inConjunct = (words: string) => !LENGTH_CONJUNCT.test(words.slice(from - main.end));
  const d = lengthBeside(u.paraText, u.timexes, main, { side: 'after', limit: c.end, from, lead: { words: LENGTH_LEAD, reach: 24 }, between: inConjunct, length: (t) => !/^the\s/i.test(t.text) || FIRST_LENGTH.test(t.text) });
  const years = d && countedYears(d);
  const shorter = d && !years && !date.end ? SHORTER_LENGTH.exec(d.value) : null;
  const lead = d && LENGTH_LEAD.exec(u.paraText.slice(from, d.start));
  const within = !!lead && /^within/i.test(lead[0]);
  const after = !!lead && /^after/i.test(lead[0]);
  // "in its first two years", not "in its two years at the quay", which need not start at the clause's date.
  const notFirst = !!lead && /^in/i.test(lead[0]) && !FIRST_LENGTH.test(d!.text);
  if (!d || !(years || shorter) || !lead || notFirst || (d.mod && d.mod !== 'APPROX') || /\b(?:had|has|have|will)\b/i.test(u.paraText.slice(from, from + lead.index))) return null;
  // "in 1931, and within two years he had a show of his own": from the date to the count's end, as a shorter count is.
  if (within && happeningOf(u.paraText.slice(from, c.end)) !== 'past') return null;
  const start = date.end ? date.start.slice(0, 4) : date.start;
  const { title, drafted } = titled(u.paraText.slice(from, c.end));
  const note = `“${u.paraText.slice(from + lead.index, d.end)}” counted from ${main.text}.`;
  if (after) {
    // "but left after two years": the happening is where the count from the clause's date ends, a point.
    const count = years ? { n: years, unit: 'Y' } : { n: +shorter![1], unit: shorter![2] };
    const point = shiftedBy(start, count.n, count.unit);
    if (!point || !title) return null;
    return laterPredicate(w, at, from, { title, drafted }, { start: point, rule: 'sequence/after-length-from-date', note });
  }
  const end = within ? shiftedBy(start, years ?? +shorter![1], years ? 'Y' : shorter![2]) : years ? endAfter(start, years, 'years') : endAfter(start, +shorter![1], DURATION_UNIT_WORD[shorter![2]]);
  if (!end || !title) return null;
  return laterPredicate(w, at, from, { title, drafted }, { start, end, rule: within ? 'sequence/within-from-date' : years ? 'sequence/years-from-date' : 'sequence/length-from-date', note });
}

// ", most recently in an inspection last week": the last of the happenings the clause counts, on a date of its own.
const MOST_RECENTLY = /,\s+(most\s+recently\s+)/i;

/**
 * "had been cited twice since 2012, most recently in an inspection last week": the last time is an event of its own,
 * dated by its own expression, not by the clause's "since". Returns where the clause now ends, or null.
 */
export function mostRecentlyEvent(w: ClauseWork): number | null {
  const { u, a, c, main, published } = w;
  const m = MOST_RECENTLY.exec(u.paraText.slice(main.end, c.end));
  if (!m) return null;
  const at = main.end + m.index;
  const from = at + m[0].length - m[1].length;
  // "most recently" is itself a vague past; the date after it is the one that dates the last time.
  const own = a.inClause.find((t) => t !== main && t.type !== 'DURATION' && t.start >= from + m[1].length && t.start - from <= 40);
  const ownDate = own && dateFromTimex(own, published);
  if (!own || !ownDate) return null;
  const counted = withoutSpans(u.paraText, c.start, at, [main]).replace(/\s+(?:since|in|on)\s*$/i, '');
  const { title, drafted } = titled(`${counted}, ${withoutSpans(u.paraText, from, own.end, [own])}`);
  if (!title) return null;
  w.emit({ paragraphId: u.paragraphId, start: from, end: own.end, title, drafted, date: { ...ownDate, rule: `${ownDate.rule}/most-recent` } });
  return trimmedEnd(u.paraText, main.end, at);
}

// ", most recently in": the words between a count and the date of its last time.
const MOST_RECENTLY_LEAD = /,\s+most\s+recently\s+(?:(?:in|on|at|during|with|by)\s+)?(?:(?:the|a|an|last)\s+)?$/i;

/**
 * "Since then the ferry has been suspended four times, most recently in 2016": a count since a happening the clause
 * gives no date, whose only date is that of the last time. That date is the last time's alone; the count runs from
 * the happening up to now, placed as an undated "since" clause is. Where the clause's own evidence starts (at "most
 * recently"), or null.
 */
export function lastOfUndatedCount(w: ClauseWork): number | null {
  const { u, a, c, main } = w;
  const lead = u.paraText.slice(c.start, main.start);
  const m = MOST_RECENTLY_LEAD.exec(lead);
  if (!m || !/\bsince\b/i.test(lead.slice(0, m.index))) return null;
  if (a.inClause.some((t) => t !== main && t.type !== 'DURATION' && t.start < c.start + m.index)) return null;
  return c.start + m.index + /^,\s*/.exec(m[0])![0].length;
}

/** "was arrested in 1983 and spent four years in prison": the stay is a span from the clause's date, its own event. */
export function spentAfter(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date } = w;
  const spent = !a.end && !date.mod && !date.end && main.value !== 'PAST_REF' ? SPENT_AND.exec(u.paraText.slice(main.end, c.end)) : null;
  const spentEnd = spent ? endAfter(date.start, parseCount(spent[2]), spent[3]) : null;
  if (!spent || !spentEnd) return null;
  const at = main.end + spent.index;
  const tail = u.paraText.slice(at, c.end);
  const spentTitle = titled(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*and\s+(?:then\s+)?/i, '')}`.trim());
  if (!spentTitle.title) return null;
  const start = at + (/^[\s,]*and\s+(?:then\s+)?/i.exec(tail)?.[0].length ?? 0);
  const note = `“${spent[0].replace(/^[\s,]*and\s+/i, '')}” counted from ${main.text}.`;
  return laterPredicate(w, at, start, spentTitle, { start: date.start, end: spentEnd, rule: 'sequence/spent-from-date', note });
}

/**
 * "had threatened on September 5 to order them back, but withdrew the threat after protests": the second predicate,
 * with no date of its own, comes after the first one's date and, told in the past, before publication. Not a
 * telling ("but said …"), which is dated as tellings are.
 */
export function butAfter(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date, published } = w;
  const afterMain = u.paraText.slice(main.end, c.end);
  const but = main.value !== 'PAST_REF' && !a.end && !date.mod && !a.bound && published ? BUT_PAST.exec(afterMain) : null;
  const butVerb = but?.[1].toLowerCase() ?? '';
  if (!but || isTellingWord(butVerb) || /^(?:was|were|had|did)$/.test(butVerb) || !isPastForm(butVerb)) return null;
  const at = main.end + but.index;
  const tail = u.paraText.slice(at, c.end);
  const from = date.end ?? date.start;
  const pub = fmtDay(published!);
  const butTitle = draftTitle(`${leadSubject(u, c, main, at)} ${tail.replace(/^[\s,]*but\s+(?:then\s+|later\s+)?/i, '')}`.trim());
  if (!butTitle || happeningOf(tail) !== 'past' || !(from < pub)) return null;
  const start = at + (/^[\s,]*but\s+/i.exec(tail)?.[0].length ?? 0);
  const note = `“but ${but[1]}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`;
  return laterPredicate(w, at, start, { title: butTitle }, { start: from, end: pub, rule: 'sequence/but-until-publication', note });
}

// "will stay at the old depot until Easter and will then move to the new one": the second predicate, opened by "then",
// comes when the stretch the first one runs until ends.
const UNTIL_LEAD = /\buntil\s+(?:the\s+)?$/i;
const AND_THEN = /^,?\s+and\s+(?:(?:will|would|shall|is\s+to|are\s+to)\s+)?then\s+(?=[a-z])/i;

/**
 * "The clinics will stay at the health centre until Easter and will then move into the new wing": what is done "then",
 * after a stretch "until" a date, happens on that date, an event of its own; null when the clause is not so written.
 */
export function thenAtUntil(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date } = w;
  if (a.end || !date.end || date.mod || !UNTIL_LEAD.test(u.paraText.slice(Math.max(c.start, main.start - 10), main.start))) return null;
  const then = AND_THEN.exec(u.paraText.slice(main.end, c.end));
  if (!then) return null;
  const at = main.end;
  const start = at + then[0].length;
  const tail = u.paraText.slice(start, c.end);
  const named = titled(`${leadSubject(u, c, main, at)} ${tail}`.trim());
  if (!named.title) return null;
  const draft: Draft = {
    paragraphId: u.paragraphId,
    start: at + (/^[\s,]*/.exec(then[0])?.[0].length ?? 0),
    end: c.end,
    ...named,
    date: { start: date.end, basis: date.basis, rule: 'sequence/then-at-until', note: `“then”: when the stretch until ${main.text} ends.`, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
    order: 0,
  };
  return { draft, at };
}

/** A relative "that has since …" after the clause's date, with the noun it tells of; null when none or no noun. */
function relativeSince(afterMain: string): { m: RegExpExecArray; noun: string } | null {
  const m = RELATIVE_SINCE.exec(afterMain);
  const noun = m ? RELATIVE_NOUN.exec(afterMain.slice(0, m.index))?.[1] : undefined;
  if (!m || !noun) return null;
  const words = noun.split(/\s+/);
  // The words after the last preposition: "from a wet meadow" -> "a wet meadow".
  const k = words.map((x) => NOT_NOUN.test(x) && !/^(?:the|a|an)$/i.test(x)).lastIndexOf(true);
  const kept = words.slice(k + 1);
  if (!kept.length || NOT_NOUN.test(kept[kept.length - 1])) return null;
  return { m, noun: kept.join(' ') };
}

/**
 * "… attacked the United States in 2001, and later struck inside Saudi Arabia", "…, and has since …": the later
 * happening is after the clause's date and, told in the past, before publication: that span, not the clause's date.
 */
export function laterAfter(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date, published } = w;
  const afterMain = u.paraText.slice(main.end, c.end);
  const later = main.value !== 'PAST_REF' && !a.end && published ? (LATER_AND.exec(afterMain) ?? sinceThenAnd(afterMain)) : null;
  const relative = !later && main.value !== 'PAST_REF' && !a.end && published ? relativeSince(afterMain) : null;
  if (!(later || relative) || date.mod) return null;
  const at = main.end + (later ?? relative!.m).index;
  const word = later ? (later[1] ?? later[3] ?? 'since').toLowerCase() : 'since';
  const tail = u.paraText.slice(at, c.end);
  // "…, and his son has run the mill ever since": a conjunct with a subject of its own is titled by it alone.
  const ownSubject = !!later && later.length === 1 && OWN_SUBJECT.test(afterMain.slice(later.index + later[0].length));
  const lead = later?.[2] || ownSubject || /^,\s+where\s/i.test(tail) ? '' : relative ? relative.noun : leadSubject(u, c, main, at);
  const own = relative ? tail.replace(/^[\s,]*(?:that|which|who)\s+/i, '') : tail.replace(/^[\s,]*(?:and\s+(?:then\s+)?|where\s+)/i, '');
  const laterTitle = titled(`${lead} ${own}`.trim());
  const from = date.end ?? date.start;
  const pub = fmtDay(published!);
  if (!laterTitle.title || happeningOf(tail) !== 'past' || !(from < pub)) return null;
  const start = at + (/^[\s,]*/.exec(tail)?.[0].length ?? 0);
  const note = `“${word}”: after ${main.text} and, told in the past, before publication (${fmtHuman(published!)}).`;
  return laterPredicate(w, at, start, laterTitle, { start: from, end: pub, rule: `sequence/${relative ? 'relative-' : ''}${word}-until-publication`, note });
}

// "The great storm of 1987 was followed by a surge in tree planting within two years": what the passive names after
// "followed by" is a happening of its own, bounded by the length after it.
const FOLLOWED_WITHIN = new RegExp(String.raw`\s(?:was|were)\s+(?:soon\s+|quickly\s+)?followed\s+by\s+([a-z][^,;:()"“”]{1,60}?)\s{1,3}within\s+(\d{1,2}|${NUMBER_WORD_RE})\s+(years?|months?|weeks?|days?)\b`, 'i');

/**
 * "The great storm of 1987 was followed by a surge in tree planting within two years": the follower runs from the
 * clause's date to the length after it, an event of its own; the clause keeps its date (withinAfter leaves it alone).
 */
export function followedWithin(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date } = w;
  if (a.end || a.bound || date.mod || date.end) return null;
  const m = FOLLOWED_WITHIN.exec(u.paraText.slice(main.end, c.end));
  const n = m ? (/^an?$/i.test(m[2]) ? 1 : parseCount(m[2])) : undefined;
  const end = m && n ? endAfter(date.start, n, m[3]) : null;
  const named = m ? titled(`${m[1]} followed`) : null;
  if (!m || !end || !named?.title) return null;
  const at = main.end + m.index;
  const note = `“followed by ${m[1]} within ${m[2]} ${m[3]}”: from ${main.text}, that long on.`;
  return laterPredicate(w, at, at + 1, named, { start: date.start, end, rule: 'sequence/followed-within', note });
}

// ", answered an advertisement, and in March 1946 was posted": a bare past predicate set off between a dated clause
// and a conjunct that opens on a later date of its own.
const BETWEEN_CONJUNCT = /^,\s+(?:then\s+)?([a-z]{3,})\s[^,;:()"“”]{3,100}?(?=,\s+and\s*$)/i;

/**
 * "left school in June 1951, answered an advertisement, and in October was hired": the middle predicate, with no
 * date of its own, lies between the clause's date and the next conjunct's, an event of its own over that stretch.
 */
export function betweenDatedConjuncts(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date, published, anchored } = w;
  const m = !a.end && !date.mod && main.value !== 'PAST_REF' ? BETWEEN_CONJUNCT.exec(u.paraText.slice(main.end, c.end)) : null;
  const verb = m?.[1].toLowerCase() ?? '';
  if (!m || isTellingWord(verb) || !isPastForm(verb)) return null;
  const next = anchored.find((p) => p.main !== main && !p.end && p.clause.start >= c.end - 1 && p.clause.start <= c.end + 3 && /^\W*(?:in|on|by)?\s*$/i.test(u.paraText.slice(p.clause.start, p.main.start)));
  const nextDate = next && dateFromTimex(next.main, published);
  const from = date.start;
  const to = nextDate && !nextDate.mod ? (nextDate.end ?? nextDate.start) : null;
  if (!to || !(from < to.slice(0, from.length)) || !(from.slice(0, to.length) < to)) return null;
  const at = main.end;
  const start = main.end + m[0].search(/[a-z]/i);
  const words = u.paraText.slice(start, main.end + m[0].length);
  const { title, drafted } = titled(`${leadSubject(u, c, main, at)} ${words}`.trim());
  if (!title) return null;
  const note = `Told between ${main.text} and ${next!.main.text}, with no date of its own.`;
  const draft: Draft = {
    paragraphId: u.paragraphId,
    start,
    end: start + words.length,
    title,
    drafted,
    date: { start: from, end: to, basis: date.basis === 'stated' && nextDate!.basis === 'stated' ? 'stated' : 'publication', rule: 'sequence/between-conjuncts', note, ...(date.yearUncertain || nextDate!.yearUncertain ? { yearUncertain: true } : {}) },
    order: 0,
  };
  return { draft, at };
}

/**
 * A second predicate as its own event: its words from `start` to the clause's end, over `span` on the clause's
 * basis, its year as much a guess as the clause's; `at` is where the clause's own evidence stops.
 */
function laterPredicate(w: ClauseWork, at: number, start: number, named: Pick<Draft, 'title' | 'drafted'>, span: { start: string; end?: string; rule: string; note: string }): LaterPredicate {
  const { u, c, date } = w;
  const draft: Draft = {
    paragraphId: u.paragraphId,
    start,
    end: c.end,
    ...named,
    date: { start: span.start, ...(span.end ? { end: span.end } : {}), basis: date.basis, rule: span.rule, note: span.note, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
    order: 0,
  };
  return { draft, at };
}

// ", and the jurors visited the site on the second day": a conjunct told of a day counted into the happening the
// clause dates, with no date of its own.
const AND_CONJUNCT = /,\s+and\s+(?:then\s+)?/i;
const ORDINAL_DAY_IN = new RegExp(String.raw`\s(?:on|by)\s+${ORDINAL_DAY_WORDS}`, 'i');

/**
 * "The hearing ran from May 4 to 6, and the jurors visited the site on the second day": the conjunct is day N of
 * the clause's happening, counted from its first day and within its last, an event of its own.
 */
export function ordinalDayAfter(w: ClauseWork): LaterPredicate | null {
  const { u, a, c, main, date } = w;
  if (date.mod || !DAY_VALUE.test(date.start) || (date.end && !DAY_VALUE.test(date.end))) return null;
  const dateEnd = a.end ? a.end.end : main.end;
  const conjunct = undatedConjunct(u.paraText, dateEnd, c.end, AND_CONJUNCT, a.inClause);
  const tail = conjunct ? u.paraText.slice(conjunct.start, c.end) : '';
  const m = conjunct ? ORDINAL_DAY_IN.exec(tail) : null;
  if (!conjunct || !m || /[,;]/.test(tail.slice(0, m.index)) || happeningOf(tail) !== 'past') return null;
  const placed = ordinalDayOf(date, m[1]);
  if (!placed) return null;
  const { title, drafted } = titled(removeRanges(tail, [{ start: m.index, end: m.index + m[0].length }]));
  if (!title) return null;
  const note = `“${m[0].trim()}”: day ${placed.n} of what began ${main.text}.`;
  const draft: Draft = {
    paragraphId: u.paragraphId,
    start: conjunct.start,
    end: c.end,
    title,
    drafted,
    date: { start: placed.day, basis: date.basis, rule: 'sequence/ordinal-day-of-clause', note, ...(date.yearUncertain ? { yearUncertain: true } : {}) },
    order: 0,
  };
  return { draft, at: conjunct.at };
}
