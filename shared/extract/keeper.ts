// The last step: drafts become events, in reading order, with ids, finished titles and a last check.

import { documentSchemas, type NewslineEvent, type Paragraph } from '../document';
import { MAX_EVENTS_PER_ARTICLE } from '../limits';
import { parseTimeValue, spanOf } from '../time-value';
import type { Draft } from './draft';
import { finishTitle, makeTitle, patternVerb } from './title';
import { cleftTitle, conjoinedSubject, contactRelativeTitle, subjectBeforeAside, fullerTitle, happeningAsClause, mishapAsClause, tellerBeforeAside, toldBeforeTeller, recordSinceIt, joinedSubject, LOOK_BACK, namedSubject, nameForNoun, OPENS_ON_PERSON, orderedNounTitle, gappedNounTitle, joinedVerbAlone, OPENS_ON_PRONOUN, possessorWithArticle, predicateTitle, quotedTitle, repeatedTitle, resolvedPronoun, SPOKEN, subordinateSubject, toldInLowerCase, toldPredicate } from './title-context';
import { clauseSubject, fittedTitle, MAX_WORDS, lastSubject, leadingSubject, opensOnVerb, personSubject, soleCandidate, titleOpening, withoutDateTail, withoutStrayComma } from './title-syntax';
import { withMendedEnd } from './title-dangling-end';
import { explainedYear } from './year-route';
import { matchesOf } from './matches';

/** Whether the document's schema accepts a date. */
const schemaAccepts = (date: Draft['date']) => documentSchemas().EventDateSchema.safeParse(date).success;

/** Why a draft cannot go into a document as it is, or null when it can. */
export function draftProblem(d: Draft, paragraphLength: { get(id: string): number | undefined }, validDate = schemaAccepts): string | null {
  if (!d.title.trim()) return 'no title';
  if (!validDate(d.date)) return 'the date is not valid';
  const { start, end } = d.date;
  if (end !== undefined) {
    const a = parseTimeValue(start);
    const b = parseTimeValue(end);
    if (typeof a === 'string' || typeof b === 'string' || spanOf(b).end <= spanOf(a).start) return `the range ends (${end}) before it starts (${start})`;
  }
  for (const e of [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])]) {
    const len = paragraphLength.get(e.paragraphId);
    if (len === undefined || e.start < 0 || e.end <= e.start || e.end > len) return 'the evidence span is outside its paragraph';
  }
  return null;
}

/**
 * Ids, reading order and a last check, a paragraph's drafts at a time, in reading order. A range that ends
 * before it starts keeps its start and loses its end (the start is the date the clause is anchored on);
 * anything else the document would refuse is dropped. Only the first `max` in reading order are checked and
 * kept; the rest are counted when they have a title.
 * A draft kept becomes its event at once (its id is its place in reading order), so only the event is held to
 * the end of the article: drafts held that long were promoted to the old space beside the events made from
 * them, and counted in the import's peak memory though dead.
 */
export function keeper(paragraphs: Paragraph[], max: number, sourceId: string) {
  const cursor = paragraphCursor(paragraphs);
  const events: NewslineEvent[] = [];
  let past = 0;
  // Drafts whose titles the tagger's pass has finished (title.ts, finishTitle).
  const finished = new WeakSet<Draft>();
  const validDate = dateChecker();
  const finish = (d: Draft) => {
    if (finished.has(d) || events.length >= MAX_EVENTS_PER_ARTICLE) return;
    d.title = finishTitle(d.title, d.drafted);
    // The text before the draft, and the article up to it with its paragraph whole, are made once, however many
    // title steps read them.
    let before: string | undefined;
    let article: string | undefined;
    const paragraph = cursor.paragraphOf(d);
    const textBefore = () => (before ??= cursor.textBefore(d));
    d.title = titleInContext(d, paragraph, textBefore, () => (article ??= `${textBefore()}\n\n${paragraph?.text ?? ''}`));
    if (paragraph) d.title = withMendedEnd(d.title, paragraph.text.slice(d.start, d.end), MAX_WORDS);
    // The clause is read once: a draft held on (the day in narrative focus) does not hold it too.
    d.drafted = undefined;
    finished.add(d);
  };
  return {
    /**
     * Finishes the titles of the first drafts, in reading order, that may still be kept: no more than the events
     * an article shows (MAX_EVENTS_PER_ARTICLE), even with no cap, so a text of thousands of dated clauses costs
     * the tagger no more than one at the cap; titles past it stay as the patterns made them.
     */
    finish(drafts: Draft[]) {
      const room = Math.min(max, MAX_EVENTS_PER_ARTICLE) - events.length;
      if (room <= 0) return;
      const first = drafts.length <= room ? drafts : [...drafts].sort((a, b) => a.start - b.start || a.order - b.order).slice(0, room);
      for (const d of first) finish(d);
    },
    /** One paragraph's drafts, after those of the paragraphs before it. */
    add(drafts: Draft[], paragraph?: Paragraph) {
      const paragraphLength = cursor.lengthIn(paragraph);
      drafts.sort((a, b) => a.start - b.start || a.order - b.order);
      for (const d of drafts) {
        if (events.length >= max) {
          if (d.title.trim()) past++;
          continue;
        }
        finish(d);
        const before = events[events.length - 1];
        if (before?.evidence[0].paragraphId === d.paragraphId) {
          const giver = subjectGiver(before, cursor.paragraphOf(d), d, events[events.length - 2]);
          d.title = repeatedTitle(d.title, before.title);
          if (paragraph) d.title = gappedNounTitle(d.title, before.title, gapText(paragraph.text, before, d.start), paragraph.text.slice(d.start, d.end), patternVerb);
          d.title = joinedSubject(d.title, giver, opensOnVerb, patternVerb);
          if (paragraph) d.title = joinedVerbAlone(d.title, giver, paragraph.text.slice(d.start, d.end), gapText(paragraph.text, before, d.start), patternVerb);
          if (paragraph && giver) d.title = conjoinedSubject(d.title, giver, joinedText(paragraph.text, d.start, giver === before.title ? before : events[events.length - 2]), titleOpening, patternVerb);
          const earlier = events.slice(-TOLD_REACH).reverse().filter((e) => e.evidence[0].paragraphId === d.paragraphId).map((e) => e.title);
          // The telling's own event (not what it told) keeps its teller.
          const telling = d.date.rule?.endsWith('/telling') ? { text: () => `${cursor.textBefore(d)}\n\n${paragraph?.text ?? ''}` } : undefined;
          d.title = toldPredicate(d.title, earlier, giver, opensOnVerb, patternVerb, telling);
          // A happening's noun left of "since the regatta" told with the clause before it that the phrase orders.
          if (paragraph) d.title = orderedNounTitle(d.title, paragraph.text, d.start, d.end, { title: before.title, start: before.evidence[0].start }, patternVerb);
          // Or the phrase was fronted before that clause, and its event is the one before ("After the merger, …").
          const fronted = before.evidence[0];
          if (paragraph) before.title = orderedNounTitle(before.title, paragraph.text, fronted.start, fronted.end, { title: d.title, start: d.start }, patternVerb);
        }
        d.title = d.title.slice(0, 160);
        if (!checkedDraft(d, paragraphLength, validDate)) events.push(eventOf(d, `x${events.length + 1}`, sourceId));
      }
    },
    /** The last `n` events kept, in reading order. */
    last(n: number): NewslineEvent[] {
      return events.slice(-n);
    },
    result(): { events: NewslineEvent[]; found: number } {
      // A sentence that tells no event is shown as none, though it was read as one: what it dates (a heading's "What
      // did Tuesday's vote decide?") still put that day in narrative focus for the sentences after it.
      const text = new Map(paragraphs.map((p) => [p.id, p.text]));
      const shown = events.filter((e) => !toldNoEvent(text.get(e.evidence[0].paragraphId) ?? '', e.evidence[0].start));
      if (shown.length === events.length) return { events, found: events.length + past };
      shown.forEach((e, i) => (e.id = `x${i + 1}`));
      return { events: shown, found: shown.length + past };
    },
  };
}

/**
 * Where the keeper is in the article: the paragraph of a draft, the text before it, and the paragraphs' lengths.
 * Drafts come a paragraph at a time, in reading order, so each search starts where the last one ended.
 */
export function paragraphCursor(paragraphs: Paragraph[]) {
  // A draft's evidence lies in the paragraph it was found in: the table of every paragraph's length is made
  // only for a span elsewhere, never as a matter of course (a text of thousands of one-line paragraphs made a
  // table of thousands to check the first 500 events, each in its own paragraph).
  let all: Map<string, number> | null = null;
  let at = 0;
  const paragraphOf = (d: Draft) => {
    if (paragraphs[at]?.id !== d.paragraphId) {
      let next = at;
      while (next < paragraphs.length && paragraphs[next].id !== d.paragraphId) next++;
      at = next < paragraphs.length ? next : paragraphs.findIndex((p) => p.id === d.paragraphId);
    }
    return paragraphs[at];
  };
  return {
    paragraphOf,
    /** The lengths `draftProblem` checks evidence against, `paragraph`'s own at hand. */
    lengthIn: (paragraph: Paragraph | undefined) => ({
      get: (id: string) => (paragraph?.id === id ? paragraph.text.length : (all ??= new Map(paragraphs.map((p) => [p.id, p.text.length]))).get(id)),
    }),
    /** The article's text before a draft, its own paragraph's and a few before it: where a pronoun's name is. */
    textBefore: (d: Draft) => {
      if (!paragraphOf(d)) return '';
      const parts = [paragraphs[at].text.slice(Math.max(0, d.start - LOOK_BACK), d.start)];
      for (let i = at - 1, n = parts[0].length; i >= 0 && n < LOOK_BACK; i--) {
        parts.unshift(paragraphs[i].text);
        n += paragraphs[i].text.length;
      }
      return parts.join('\n\n');
    },
  };
}

/**
 * What the document would refuse in a draft, after a range that ends before it starts has lost its end (the draft's
 * date is mended in place); null when it can go in.
 */
function checkedDraft(d: Draft, paragraphLength: { get(id: string): number | undefined }, validDate: (date: Draft['date']) => boolean): string | null {
  const problem = draftProblem(d, paragraphLength, validDate);
  if (!problem?.startsWith('the range ends')) return problem;
  const { end: _dropped, ...rest } = d.date;
  d.date = { ...rest, yearUncertain: rest.yearUncertain, rule: `${rest.rule ?? ''}/end-dropped`.replace(/^\//, '') };
  if (d.date.yearUncertain === undefined) delete d.date.yearUncertain;
  return draftProblem(d, paragraphLength, validDate);
}

/**
 * The schema's verdict on a date, asked once for each distinct date of an article: an article's events share few
 * dates, and the schema's parse of every kept event's date was some 2 % of a long article's extraction. A date
 * seen before gets its verdict again only when it has the same keys in the same order (the schema walks them with
 * for…in too) and the same values (===); anything else goes to the schema.
 */
export function dateChecker(): (date: Draft['date']) => boolean {
  // By start: a draft's start is a string the tagger made once, so this lookup hashes no new string.
  const seen = new Map<unknown, { keys: string[]; values: unknown[]; ok: boolean }[]>();
  return (date) => {
    const known = seen.get(date.start);
    const same = known?.find((e) => sameDate(e.keys, e.values, date));
    if (same) return same.ok;
    const ok = schemaAccepts(date);
    // Bounded: an article with thousands of distinct dates keeps no more than this.
    if (seen.size < 4096 && (known?.length ?? 0) < 8) {
      const keys: string[] = [];
      const values: unknown[] = [];
      for (const k in date) {
        keys.push(k);
        values.push((date as Record<string, unknown>)[k]);
      }
      if (known) known.push({ keys, values, ok });
      else seen.set(date.start, [{ keys, values, ok }]);
    }
    return ok;
  };
}

function sameDate(keys: string[], values: unknown[], date: object): boolean {
  let i = 0;
  for (const k in date) {
    if (i >= keys.length || keys[i] !== k || values[i] !== (date as Record<string, unknown>)[k]) return false;
    i++;
  }
  return i === keys.length;
}

// How many events before a telling's are read for the subject of what it told (toldPredicate).
const TOLD_REACH = 3;

/** The event a checked draft becomes, with its id and the source its evidence is in. */
function eventOf(d: Draft, id: string, sourceId: string): NewslineEvent {
  return {
    id,
    title: d.title,
    date: explainedYear(d.date),
    evidence: [{ paragraphId: d.paragraphId, start: d.start, end: d.end }, ...(d.extraEvidence ?? [])].map((a) => ({ sourceId, ...a })),
    origin: 'extracted' as const,
  };
}

/**
 * A title the clause alone could not make whole, made from the text around it (title-context.ts): its paragraph, the
 * article's text before it (`textBefore`), and that text with the paragraph whole (`article`), each read only when
 * needed.
 */
function titleInContext(d: Draft, paragraph: Paragraph | undefined, textBefore: () => string, article: () => string): string {
  let title = d.title;
  if (paragraph) title = predicateTitle(title, paragraph.text, d.start, makeTitle, patternVerb, d.end);
  if (paragraph) title = subjectBeforeAside(title, paragraph.text, d.start, patternVerb);
  if (paragraph) title = contactRelativeTitle(title, paragraph.text, d.start, d.end, patternVerb);
  title = nameForNoun(title, patternVerb);
  title = fittedTitle(title);
  if (paragraph && SPOKEN.test(title)) title = quotedTitle(title, paragraph.text, d.start, makeTitle);
  if (paragraph) title = fullerTitle(title, paragraph.text, d.start, textBefore, titleOpening, lastSubject, patternVerb);
  title = cleftTitle(title, patternVerb);
  // Before the pronouns are named: "A fall" told as what befell the clause's person ("She fell"), who is named next.
  if (paragraph) title = mishapAsClause(title, paragraph.text, d.start);
  if (paragraph && OPENS_ON_PRONOUN.test(title)) title = resolvedPronoun(title, paragraph.text, d.start, d.end, clauseSubject, soleCandidate, leadingSubject, textBefore);
  // "It was dug" of "…, the lowest since it was dug": what the record is of.
  if (paragraph) title = recordSinceIt(title, paragraph.text, d.start, leadingSubject);
  if (paragraph && OPENS_ON_PERSON.test(title)) title = subordinateSubject(title, paragraph.text, d.start, d.end, textBefore(), personSubject);
  if (paragraph && OPENS_ON_PERSON.test(title)) title = namedSubject(title, textBefore());
  // Once the possessor is named ("Senna Tibbet's arrest"): a happening's noun and whose it is told as its clause.
  if (paragraph) title = happeningAsClause(title, paragraph.text, d.start);
  // A telling whose teller a relative aside cut off ("Said the gate …") takes that teller.
  if (paragraph) title = tellerBeforeAside(title, paragraph.text, d.start);
  // A teller alone whose told clause came first in its sentence ("…, the college said") says what it told.
  if (paragraph) title = toldBeforeTeller(title, paragraph.text, d.start, patternVerb);
  // Once more after the pronouns are named: "Moberg retired" takes her whole name.
  if (paragraph) title = fullerTitle(title, paragraph.text, d.start, textBefore, titleOpening, lastSubject, patternVerb);
  if (paragraph) title = possessorWithArticle(title, paragraph.text);
  // Last, once the steps above have read the title as the patterns left it: a pronoun a year stood before ("1999 she
  // sailed …") is not named from a paragraph that opens on it.
  title = withoutDateTail(title, patternVerb);
  title = withoutStrayComma(title, patternVerb);
  // The article up to the draft and its paragraph whole: where a common word is also written in lower case.
  return toldInLowerCase(title, article);
}

// An object relative clause's opening: its pronoun, then a subject of its own ("which she began in 1982").
const OBJECT_RELATIVE = /^(?:which|whom|that)\s+(?:(?:he|she|they|we|i|you|the|a|an|his|her|their|its)\b|[A-Z][a-z])/;

/**
 * The title of the event before, when a title that opens on its verb may take its subject (joinedSubject): not one
 * drafted from an object relative clause, whose subject is the relative's own, not the sentence's ("her versions,
 * which she began in 1982, had sold …" is no "She sold …"). A subject relative's is its antecedent, the sentence's
 * ("the library, which is in a separate wing, would reopen").
 */
function subjectGiver(before: NewslineEvent, paragraph: Paragraph | undefined, d: Draft, earlier: NewslineEvent | undefined): string | undefined {
  const at = before.evidence[0].start;
  if (paragraph && THAT_RELATIVE_EVENT.test(paragraph.text.slice(at, at + 100))) return undefined;
  // "The juniors trained on the reservoir, which was drained in May, and won the cup": a relative clause closed by
  // its comma before the conjunction is an aside on the clause before it, whose subject the joined verb shares; the
  // relative's own (its antecedent) is not it.
  if (paragraph && /^(?:which|who)\s/i.test(paragraph.text.slice(at, at + 6)) && RELATIVE_CLOSED.test(paragraph.text.slice(before.evidence[0].end, d.start + 5))) {
    const main = earlier?.evidence[0];
    return main && main.paragraphId === d.paragraphId && /^,\s*$/.test(paragraph.text.slice(main.end, at)) ? earlier!.title : undefined;
  }
  return paragraph && OBJECT_RELATIVE.test(paragraph.text.slice(at, at + 40)) ? undefined : before.title;
}

// How far back the event giving a joined verb its subject may open: a sentence's reach, not a paragraph's.
const JOINED_REACH = 400;

/** The text conjoinedSubject reads: from the giver's evidence to the draft's, just before the giver's, and the draft's own. */
function joinedText(paragraph: string, start: number, giver: NewslineEvent): { between: string; lead: string; evidence: string } {
  const from = giver.evidence[0].start;
  // Too far back, or not before the draft: nothing between them is read as a joint.
  if (from >= start || start - from > JOINED_REACH) return { between: '', lead: '', evidence: '' };
  return { between: paragraph.slice(from, start), lead: paragraph.slice(Math.max(0, from - 30), from), evidence: paragraph.slice(start, start + 80) };
}

/** The text from the event before's evidence to the draft's: none when the draft is not after it within a sentence's reach. */
function gapText(paragraph: string, before: NewslineEvent, start: number): string {
  const from = before.evidence[0].start;
  return from < start && start - from <= JOINED_REACH ? paragraph.slice(from, start) : '';
}

// The comma closing a relative clause, then the conjunction joining the next verb to the clause before it.
const RELATIVE_CLOSED = /^,\s+(?:and|but)\s/i;
// A restrictive relative clause told as an event with its noun ("the financial year that began on April 1, and went
// out to consultation …"): the noun sits inside the clause before it, and a verb after "and" is that clause's, not
// the noun's.
const THAT_RELATIVE_EVENT = /^(?:the|a|an|its|their|his|her|our)\s[^,;:]{0,60}?\sthat\s+[a-z]+\s/;

/** The keeper of an article's events (keeper). */
export type Keeper = ReturnType<typeof keeper>;

// "Here is how it got there", "Here are the key dates": a sentence that points to what follows.
const POINTS_AHEAD = /^["“]?Here(?:\s+is|\s+are|['’]s)\s/;
// "Dated this 14th day of July 2003", "Dated: 3 March": the formula a notice is signed off with.
const SIGNED_OFF = /^Dated\b[\s:]/;
const HEADING_WORDS = 12;
const SENTENCE_REACH = 400;
const SENTENCE_CLOSE = /[.!?]["”]?\s+/g;

/**
 * Whether the sentence an event's evidence opens in (`start` in `paragraph`) tells no event: a short question opening
 * its paragraph, the heading of what the paragraph answers ("What did Tuesday's vote decide? The extra money …"); a
 * sentence that points ahead ("Here is how it got there"); a notice's closing date formula. A question further into
 * a paragraph may ask about a happening the article tells, and is none of these.
 */
export function toldNoEvent(paragraph: string, start: number): boolean {
  // Only the stretch around the evidence is read: a paragraph of a megabyte is not scanned once per event.
  const windowStart = Math.max(0, start - SENTENCE_REACH);
  let opens = -1;
  for (const m of matchesOf(SENTENCE_CLOSE, paragraph.slice(windowStart, start))) opens = windowStart + m.index + m[0].length;
  // No sentence's end within reach, and the paragraph's start out of it: where the sentence opens is unknown.
  if (opens < 0 && windowStart > 0) return false;
  const from = Math.max(opens, 0);
  const rest = paragraph.slice(Math.max(from, start), Math.max(from, start) + SENTENCE_REACH);
  const close = /[.!?](?=["”]?(?:\s|$))/.exec(rest);
  const sentence = paragraph.slice(from, Math.max(from, start) + (close ? close.index + 1 : rest.length)).trim();
  const short = sentence.split(/\s+/).length <= HEADING_WORDS;
  if (opens < 0 && short && sentence.endsWith('?') && !/^["“]/.test(sentence)) return true;
  if (opens < 0 && short && SIGNED_OFF.test(sentence)) return true;
  return POINTS_AHEAD.test(sentence);
}
