import { eventInterval } from './dates';
import { findParagraph, quoteOf, type Anchor, type EventDate, type NewslineDocument, type NewslineEvent } from './document';
import { splitSentences } from './extract/sentences';
import { dateWindow, datesCompatible, isRejected, type MergeProposal } from './merges';
import { quoteWords, type QuoteWords } from './merge-words';

// Working out which events of different articles are the same happening. Kept apart from merges.ts (which the
// page uses to accept, reject and unmerge) because it reads every quote with a tagger whose model only the import
// worker and the command line load.

/** Proposals below this similarity are not shown. */
export const PROPOSE_MIN_SCORE = 0.4;
/**
 * A passage without a date of its own, or an event only placed before publication, must look more alike. (0.6
 * before headlines were held to the days before their article and two undated events were no longer proposed;
 * 0.55 was chosen after those rules, looking at the meantime-dev articles.)
 */
export const SENTENCE_MIN_SCORE = 0.55;
/** The fewest words a part of a sentence that no event covers needs before it can tell of an event. */
const PASSAGE_MIN_WORDS = 4;
const DAY = 86_400_000;

/** A date the article does not give: the event is only known to have happened before publication. */
function onlyBeforePublication(date: EventDate): boolean {
  return date.basis === 'publication' && date.mod === 'before';
}

/** Which of two events leads a merge: a stated date over an inferred one, a finer date over a coarser one. */
function leadFirst(a: NewslineEvent, b: NewslineEvent): [NewslineEvent, NewslineEvent] {
  const rank = (e: NewslineEvent) => {
    const { start, end } = eventInterval(e.date);
    return (e.date.basis === 'publication' ? 2 : 0) + (e.date.mod === 'before' || e.date.mod === 'after' ? 1 : 0) + (end - start) / (400 * DAY);
  };
  return rank(b) < rank(a) ? [b, a] : [a, b];
}

/**
 * A headline tells the news of its day: it is about the days before publication, not any time before it ("Mayor
 * resigns" over an article of 4 May is not a resignation of some earlier year). An event or passage quoted only
 * from a headline, with no date of its own, is placed on the publication day, within the date window.
 */
function headlineDate(doc: NewslineDocument, anchors: readonly Anchor[], date: EventDate): EventDate {
  if (!onlyBeforePublication(date) || anchors.length === 0) return date;
  const inTitle = anchors.every((a) => findParagraph(doc, a)?.role === 'title');
  return inTitle ? { start: date.start, basis: 'publication' } : date;
}

/** The names an item gives ("n:" keys without the prefix), and the initials of its runs of capitalised names. */
interface Actors {
  names: Set<string>;
  initials: Set<string>;
}

function actorsOf(quote: QuoteWords | null): Actors {
  // A quotation's speaker ("…," said a professor from Leeds) is not who it tells of.
  const words = quote?.told ?? quote;
  const names = new Set<string>();
  for (const k of words?.keys ?? []) if (k.startsWith('n:')) names.add(k.slice(2));
  return { names, initials: new Set(words?.initials ?? []) };
}

/**
 * Whether two items can be about the same actors: either names nobody (even through its headline), or they have a
 * name in common, written out or as initials ("GM" and "General Motors").
 */
function actorsMeet(a: Actors, b: Actors): boolean {
  if (a.names.size === 0 || b.names.size === 0) return true;
  for (const x of a.names) if (b.names.has(x) || b.initials.has(x)) return true;
  for (const x of b.names) if (a.initials.has(x)) return true;
  return false;
}

/** An event, or a passage of a source that no event covers (its source reports something without a date). */
interface Item {
  event?: NewslineEvent;
  anchor?: Anchor;
  anchors: Anchor[];
  sources: Set<string>;
  date: EventDate;
  words: QuoteWords;
  /** The words of each clause of a quote that tells of several happenings; empty for a quote of one clause. */
  clauses: QuoteWords[];
}

/**
 * Where a long sentence passes from one happening to the next: a semicolon or colon, a dash, a comma before a
 * conjunction or relative word, a bracket, or a word that opens a clause of time or cause ("since", "after").
 */
// A colon breaks a clause except between digits: "at 09:30" is one clause.
const CLAUSE_BREAK = /[;()"“”]|(?<!\d):|:(?!\d)|\s(?:--|—|–)\s|,\s+(?=(?:and|but|while|which|who|whose|where|after|before|when|as|although|though|following|because|since|including)\b)|\s(?=(?:since|after|before|while|because|although|following)\s)/;

/** The clauses of a quote that has more than one of at least PASSAGE_MIN_WORDS words, read as words. */
export function clauseWords(text: string): QuoteWords[] {
  const parts = text.split(CLAUSE_BREAK).filter((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).length >= PASSAGE_MIN_WORDS);
  return parts.length > 1 ? parts.map((c) => quoteWords(c)) : [];
}

/**
 * The passages of every source that no event's evidence covers: whole sentences, and what is left of a sentence
 * beside an event's span when it is long enough to tell of something ("announced Monday" is an event; "that he
 * would be on medical leave" after it is a passage).
 */
function freePassages(doc: NewslineDocument): Item[] {
  const covered = new Map<string, Anchor[]>();
  for (const e of doc.events) for (const a of e.evidence) (covered.get(`${a.sourceId}\u0000${a.paragraphId}`) ?? covered.set(`${a.sourceId}\u0000${a.paragraphId}`, []).get(`${a.sourceId}\u0000${a.paragraphId}`)!).push(a);
  const items: Item[] = [];
  for (const source of doc.sources) {
    if (!source.published) continue;
    const undated: EventDate = { start: source.published, mod: 'before', basis: 'publication' };
    for (const p of source.paragraphs) {
      if (p.role === 'chrome' || p.role === 'dateline') continue;
      const spans = covered.get(`${source.id}\u0000${p.id}`) ?? [];
      for (const sentence of splitSentences(p.text)) {
        for (const [start, end] of uncovered(p.text, sentence.start, sentence.end, spans)) {
          const whole = start === sentence.start && end === sentence.end;
          const text = p.text.slice(start, end);
          if (whole ? end - start < 12 : (text.match(/[\p{L}\p{N}]+/gu) ?? []).length < PASSAGE_MIN_WORDS) continue;
          const anchor: Anchor = { sourceId: source.id, paragraphId: p.id, start, end };
          items.push({ anchor, anchors: [anchor], sources: new Set([source.id]), date: headlineDate(doc, [anchor], undated), words: quoteWords(text), clauses: clauseWords(text) });
        }
      }
    }
  }
  return items;
}

/** The parts of text[start, end) outside every span, trimmed of spaces and punctuation at their edges. */
function uncovered(text: string, start: number, end: number, spans: readonly Anchor[]): Array<[number, number]> {
  const inside = spans.filter((a) => a.start < end && start < a.end).sort((a, b) => a.start - b.start);
  const parts: Array<[number, number]> = [];
  let at = start;
  for (const a of inside) {
    if (a.start > at) parts.push([at, a.start]);
    at = Math.max(at, a.end);
  }
  if (at < end) parts.push([at, end]);
  return parts
    .map(([s, e]) => {
      while (s < e && /[\s,;:—–-]/.test(text[s])) s++;
      while (e > s && /[\s,;:—–-]/.test(text[e - 1])) e--;
      return [s, e] as [number, number];
    })
    .filter(([s, e]) => e > s);
}

/**
 * A quote that is a fragment naming only its action ("since its launch in 2003", "after his resignation") is about
 * what its sentence names: the launch is of the store the sentence names. Such a quote takes its sentence's names.
 */
function withSentenceNames(doc: NewslineDocument, evidence: readonly Anchor[], words: QuoteWords): QuoteWords {
  if (evidence.length !== 1 || words.keys.size > 1) return words;
  const a = evidence[0];
  const text = findParagraph(doc, a)?.text;
  const sentence = text === undefined ? undefined : splitSentences(text).find((x) => x.start <= a.start && a.end <= x.end);
  if (!text || !sentence || (sentence.start === a.start && sentence.end === a.end)) return words;
  const context = quoteWords(text.slice(sentence.start, sentence.end));
  const names = [...context.keys].filter((k) => k.startsWith('n:'));
  if (names.length === 0) return words;
  return { ...words, keys: new Set([...words.keys, ...names]), initials: new Set([...words.initials, ...context.initials]) };
}

/**
 * Proposes merges between events of different sources: dates in the same window, and quotes that tell of the same
 * action (a verb, or a noun made from one: "resigned", "his resignation") with someone or something else in common
 * (a name, a figure, an object), weighted by how rare each word is in this timeline, so "Apple" in an Apple
 * timeline counts for little. It also proposes a passage of another source that tells of the same event without a
 * date, as more evidence. Best first.
 */
export function proposeMerges(doc: NewslineDocument, minScore = PROPOSE_MIN_SCORE, sentenceMinScore = SENTENCE_MIN_SCORE): MergeProposal[] {
  // A merged event is compared through each of its parts (each source's report, with that source's date), so its
  // quotes are not run together into one long one, and an event of a source it already has can still join it
  // through another source's part: "This was his third leave" (article B) meets the headline of article A that
  // the merge joined to B's "has been on leave since January".
  // A thing a year names in passing ("the 1991 agreement", "a deal struck in 1998") is background each article
  // recalls, not a happening it reports: it is not proposed, so its mentions do not gather the reports around it.
  const reported = (part: { evidence: unknown[]; date: { rule?: string } }) => part.evidence.length > 0 && !part.date.rule?.endsWith('/named-thing');
  const events: Item[] = doc.events
    .filter(reported)
    .flatMap((e) =>
      (e.merged && e.merged.length > 1 ? e.merged.filter(reported) : [e]).map((part) => ({
        event: e,
        anchors: part.evidence,
        sources: new Set(part.evidence.map((a) => a.sourceId)),
        date: headlineDate(doc, part.evidence, part.date),
        words: withSentenceNames(doc, part.evidence, quoteWords(part.evidence.map((a) => quoteOf(doc, a)).join(' . ') || part.title)),
        clauses: part.evidence.length === 1 ? clauseWords(quoteOf(doc, part.evidence[0])) : [],
      })),
    );
  const items = [...events, ...freePassages(doc)];
  // A noun is an action when the timeline also uses it as a verb: one made from a verb by its ending ("his
  // resignation", "resigned") as soon as the verb is there; one spelt like the verb ("the launch", "launched") when
  // the verb is not rare beside the noun, so a tagger's slip ("company" once read as a verb) makes no action.
  const verbUses = new Map<string, number>();
  const nounUses = new Map<string, number>();
  for (const item of items) {
    for (const v of item.words.verbs) verbUses.set(v, (verbUses.get(v) ?? 0) + 1);
    for (const v of item.words.nouns) nounUses.set(v, (nounUses.get(v) ?? 0) + 1);
  }
  const nounIsAction = (item: Item, stem: string) => {
    const asVerb = verbUses.get(stem) ?? 0;
    return asVerb > 0 && (item.words.deverbal.has(stem) || asVerb * 4 >= (nounUses.get(stem) ?? 0));
  };
  // Who or what each is about, read once rather than for every pair it is in: the names it gives, or where it
  // names nobody ("in which 30,000 positions should be cut", "The company has a deadline"), the names of its
  // article's headline that the article's text names too (a headline's "Rowing news" names no actor).
  const ownActors = items.map((item) => actorsOf(item.words));
  const bodyNames = new Map<string, Set<string>>();
  const titles = new Set(doc.sources.flatMap((s) => s.paragraphs.filter((p) => p.role === 'title').map((p) => `${s.id}\u0000${p.id}`)));
  items.forEach((item, i) => {
    for (const id of item.sources) {
      if (item.anchors.every((a) => a.sourceId !== id || titles.has(`${a.sourceId}\u0000${a.paragraphId}`))) continue;
      const names = bodyNames.get(id) ?? bodyNames.set(id, new Set()).get(id)!;
      for (const x of ownActors[i].names) names.add(x);
      for (const x of ownActors[i].initials) names.add(x);
    }
  });
  const headlineActors = new Map<string, Actors>();
  for (const source of doc.sources) {
    const title = source.paragraphs.find((p) => p.role === 'title')?.text;
    const h = actorsOf(title ? quoteWords(title) : null);
    const body = bodyNames.get(source.id) ?? new Set();
    const names = new Set([...h.names].filter((x) => body.has(x)));
    const initials = new Set([...h.initials].filter((x) => body.has(x)));
    // "General Motors" in the headline, "GM" in the text: the headline's name stands.
    for (const x of h.names) if ([...body].some((b) => h.initials.has(b))) names.add(x);
    headlineActors.set(source.id, { names, initials });
  }
  const actors = items.map((item, i) => {
    if (ownActors[i].names.size > 0) return ownActors[i];
    const borrowed: Actors = { names: new Set(), initials: new Set() };
    for (const id of item.sources) {
      const h = headlineActors.get(id);
      h?.names.forEach((x) => borrowed.names.add(x));
      h?.initials.forEach((x) => borrowed.initials.add(x));
    }
    return borrowed;
  });
  const actions = items.map((item) => new Set([...item.words.verbs, ...item.words.support, ...[...item.words.nouns].filter((stem) => nounIsAction(item, stem))]));
  const df = new Map<string, number>();
  for (const item of items) for (const k of item.words.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = items.length;
  const idf = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  const vectorOf = (words: QuoteWords) => {
    const v = new Map<string, number>();
    for (const k of words.keys) {
      // What a relative clause says of a thing ("a plan that includes closures") is background: it does not weigh.
      if (k.startsWith('w:') && words.background.has(k.slice(2))) continue;
      v.set(k, idf(k) * (k.startsWith('f:') ? 1.5 : 1));
    }
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    return { v, norm: Math.sqrt(norm) };
  };
  const vectors = items.map((item) => vectorOf(item.words));
  // A quote as a whole, then each of its clauses: two sentences that each tell of several happenings can share one.
  const readings = items.map((item, i) => [
    { words: item.words, vector: vectors[i], actions: actions[i] },
    ...item.clauses.map((words) => ({ words, vector: vectorOf(words), actions: new Set([...words.verbs, ...words.support, ...[...words.nouns].filter((stem) => actions[i].has(stem))]) })),
  ]);
  // Candidate pairs through shared actions only, so thirty articles do not cost n² comparisons of everything.
  const byAction = new Map<string, number[]>();
  actions.forEach((set, i) => {
    for (const k of set) (byAction.get(k) ?? byAction.set(k, []).get(k)!).push(i);
  });
  const seen = new Set<number>();
  // One proposal per pair: the best of its parts' scores.
  const proposals = new Map<string, MergeProposal>();
  const keep = (p: MergeProposal) => {
    if ((proposals.get(p.id)?.score ?? -1) < p.score) proposals.set(p.id, p);
  };
  const order = new Map(doc.events.map((e, i) => [e.id, i]));
  for (const list of byAction.values()) {
    if (list.length > 200) continue; // an action in hundreds of places tells nothing
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (i >= events.length && j >= events.length) continue; // two undated passages: nothing to place
        const pairKey = i * n + j;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const a = items[i];
        const b = items[j];
        if (a.event && a.event === b.event) continue;
        if ([...a.sources].some((s) => b.sources.has(s))) continue;
        // Two events neither article dates (only "before it was published") have nothing to place: their merge
        // would put nothing on the timeline that was not there, and the date could not tell them apart.
        if (onlyBeforePublication(a.date) && onlyBeforePublication(b.date)) continue;
        if (!datesCompatible(a.date, b.date)) continue;
        const wa = dateWindow(a.date);
        const wb = dateWindow(b.date);
        // Two dates that pin the same day or month agree more than a bound that merely allows it.
        const bonus = wa.precise && wb.precise && wa.lo < wb.hi && wb.lo < wa.hi ? 0.05 : 0;
        // The best of the readings (whole quotes, or a clause of one) that share an action and one more thing.
        let best: { shared: string[]; score: number; clause: boolean } | null = null;
        for (const ra of readings[i]) {
          for (const rb of readings[j]) {
            let clause = ra !== readings[i][0] || rb !== readings[j][0];
            let dot = 0;
            const shared: string[] = [];
            for (const [k, w] of ra.vector.v) {
              const u = rb.vector.v.get(k);
              if (u !== undefined) {
                dot += w * u;
                shared.push(k);
              } else if (k.startsWith('n:') && rb.words.initials.has(k.slice(2))) {
                // "GM" in one quote, "General Motors" in the other.
                dot += w * w;
                shared.push(k);
              }
            }
            for (const [k, u] of rb.vector.v) {
              if (k.startsWith('n:') && !ra.vector.v.has(k) && ra.words.initials.has(k.slice(2))) {
                dot += u * u;
                shared.push(k);
              }
            }
            // The same action, and someone or something else in common: "launched" alone joins every launch.
            const sharedActions = shared.filter((k) => k.startsWith('w:') && (ra.actions.has(k.slice(2)) || rb.actions.has(k.slice(2)))).map((k) => k.slice(2));
            if (shared.length < 2 || sharedActions.length === 0) continue;
            // The action met only inside a relative clause of one quote ("GM, which has filed for bankruptcy,
            // announced…") is background to that quote's event: the match is through a clause.
            if (sharedActions.every((k) => ra.words.background.has(k)) || sharedActions.every((k) => rb.words.background.has(k))) clause = true;
            const score = Math.min(1, dot / (ra.vector.norm * rb.vector.norm || 1) + bonus);
            // A clause met where the whole quotes are not is weaker evidence: it is held to the higher level.
            if (clause && score < sentenceMinScore) continue;
            if (!best || score > best.score) best = { shared, score, clause };
          }
        }
        if (!best) continue;
        const shared = best.shared;
        // Each names who or what it is about, and they have no name in common: "GM cut 30,000 jobs" and "Ford cut
        // 30,000 jobs" are two events.
        // One that names nobody is read as about its article's actors, where the other names someone itself.
        const someoneNamed = ownActors[i].names.size > 0 || ownActors[j].names.size > 0;
        if (!shared.some((k) => k.startsWith('n:')) && someoneNamed && !actorsMeet(actors[i], actors[j])) continue;
        const sentence = b.anchor !== undefined;
        // A passage with no date of its own, or an event the article only places before its publication, must
        // look more alike, since the date window says little about it.
        const weak = sentence || onlyBeforePublication(a.date) || onlyBeforePublication(b.date);
        const score = best.score;
        if (score < (weak ? sentenceMinScore : minScore)) continue;
        if (isRejected(doc, a.event?.evidence ?? a.anchors, b.event?.evidence ?? b.anchors)) continue;
        const words = shared.sort((k1, k2) => idf(k2) - idf(k1)).map((k) => k.slice(2));
        const rounded = Math.round(score * 1000) / 1000;
        if (sentence) {
          const at = b.anchor!;
          keep({ id: `${a.event!.id}@${at.sourceId}:${at.paragraphId}:${at.start}`, eventIds: [a.event!.id], anchor: at, score: rounded, shared: words });
          continue;
        }
        const [lead, other] = leadFirst(a.event!, b.event!);
        const [p, q] = order.get(a.event!.id)! < order.get(b.event!.id)! ? [a.event!.id, b.event!.id] : [b.event!.id, a.event!.id];
        keep({ id: `${p}+${q}`, eventIds: [lead.id, other.id], score: rounded, shared: words });
      }
    }
  }
  return [...proposals.values()].sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
}
