import { describe, expect, it } from 'vitest';
import { validateDocument, salvageDocument, type NewslineDocument, type NewslineEvent } from '../../../shared/document';
import { eventWords, wordKey } from '../../../shared/merge-text';
import {
  acceptGroups,
  acceptProposal,
  datesCompatible,
  dateConflict,
  hasDateRange,
  keepDateRange,
  keepsRange,
  mergeGroups,
  pickSourceDate,
  rejectMerge,
  sourceCount,
  unmergeEvent,
} from '../../../shared/merges';
import { clauseWords, proposeMerges, SENTENCE_MIN_SCORE } from '../../../shared/merge-propose';
import { removeSource } from '../../../shared/sources';
import { HARBOUR_TEXTS, harbourSources } from '../../fixtures/merges/harbour';

// Three articles of our own about a harbour town, written for these tests.
const TEXTS = HARBOUR_TEXTS;

function doc(events: NewslineEvent[]): NewslineDocument {
  return { format: 'newsline-document', version: 2, sources: harbourSources(), events };
}

const ev = (id: string, sourceId: keyof typeof TEXTS, p: number, start: string, extra: Partial<NewslineEvent> = {}): NewslineEvent => ({
  id,
  title: TEXTS[sourceId][p - 1].slice(0, 60),
  date: { start, basis: 'stated' },
  evidence: [{ sourceId, paragraphId: `p${p}`, start: 0, end: TEXTS[sourceId][p - 1].length }],
  origin: 'extracted',
  ...extra,
});

const timeline = () =>
  doc([
    ev('a1', 's1', 2, '2023-03-04'),
    ev('a2', 's1', 3, '2022-06-02'),
    ev('b1', 's2', 2, '2023-03-05'),
    ev('b2', 's2', 3, '2022-06-02'),
    ev('c1', 's3', 2, '2023'),
  ]);

describe('the words of an event', () => {
  it('meets different inflections of one verb, irregular ones too', () => {
    expect(wordKey('voted')).toBe(wordKey('voting'));
    expect(wordKey('closes')).toBe(wordKey('closed'));
    expect(wordKey('fought')).toBe(wordKey('fighting'));
    expect(wordKey('councils')).toBe(wordKey('council'));
  });

  it('keeps names apart from words, leaves out dates and small words, and keeps figures', () => {
    const w = eventWords('On Monday the council of Northgate voted to spend $3.5 million in 2023.');
    expect([...w.names]).toEqual(['northgate']);
    expect(w.words.has(wordKey('council'))).toBe(true);
    expect(w.words.has('the')).toBe(false);
    expect(w.words.has('monday')).toBe(false);
    expect([...w.figures]).toEqual(['$3.5']);
  });
});

describe('dates in the same window', () => {
  it('allows a day or two apart, and a bound that contains the other date', () => {
    expect(datesCompatible({ start: '2023-03-04', basis: 'stated' }, { start: '2023-03-05', basis: 'stated' })).toBe(true);
    expect(datesCompatible({ start: '2023-03-04', basis: 'stated' }, { start: '2023-03-20', basis: 'stated' })).toBe(false);
    expect(datesCompatible({ start: '2023-03-07', mod: 'before', basis: 'publication' }, { start: '2021', basis: 'stated' })).toBe(true);
    expect(datesCompatible({ start: '2020', mod: 'after', basis: 'stated' }, { start: '2019-06', basis: 'stated' })).toBe(false);
  });
});

describe('merge proposals', () => {
  it('proposes the same vote reported by two articles, and not same-day events that are different', () => {
    const proposals = proposeMerges(timeline());
    const pairs = proposals.filter((p) => !p.anchor).map((p) => [...p.eventIds].sort().join('+'));
    expect(pairs).toContain('a1+b1');
    // The storm and the market opening share a day, not an action or a thing.
    expect(pairs).not.toContain('a2+b2');
    // Never two events of one source.
    expect(pairs.every((p) => p.split('+')[0][0] !== p.split('+')[1][0])).toBe(true);
  });

  it('does not propose a thing a year names in passing ("the 2023 vote"): background an article recalls, not what it reports', () => {
    const d = timeline();
    d.events.find((e) => e.id === 'b1')!.date = { start: '2023-03-05', basis: 'stated', rule: 'day/named-thing' };
    expect(proposeMerges(d).some((p) => p.eventIds.includes('b1'))).toBe(false);
    expect(proposeMerges(timeline()).some((p) => p.eventIds.includes('b1'))).toBe(true);
  });

  it('does not propose events whose dates are far apart, however alike the words', () => {
    const d = timeline();
    d.events.find((e) => e.id === 'b1')!.date = { start: '2019-03-05', basis: 'stated' };
    expect(proposeMerges(d).some((p) => p.eventIds.includes('a1') && p.eventIds.includes('b1'))).toBe(false);
  });

  it('proposes a sentence of another source that tells of the event without a date', () => {
    const proposals = proposeMerges(timeline());
    const sentence = proposals.find((p) => p.anchor?.sourceId === 's2' && p.anchor.paragraphId === 'p4');
    expect(sentence?.eventIds).toEqual(['a2']);
  });

  it('does not propose again what the user rejected, and keeps the rejection through a save', () => {
    const d = timeline();
    const p = proposeMerges(d).find((x) => x.id === 'a1+b1')!;
    const rejected = rejectMerge(d, p);
    expect(rejected.rejectedMerges).toHaveLength(1);
    expect(proposeMerges(rejected).some((x) => x.id === 'a1+b1')).toBe(false);
    const reread = validateDocument(JSON.parse(JSON.stringify(rejected)));
    expect(reread.ok).toBe(true);
    expect(proposeMerges((reread as { document: NewslineDocument }).document).some((x) => x.id === 'a1+b1')).toBe(false);
  });

  it('groups a chain of accepted proposals into one event', () => {
    const groups = mergeGroups([
      { id: 'x+y', eventIds: ['x', 'y'], score: 0.9, shared: [] },
      { id: 'y+z', eventIds: ['y', 'z'], score: 0.8, shared: [] },
      { id: 'p+q', eventIds: ['p', 'q'], score: 0.2, shared: [] },
    ], 0.5);
    expect(groups.map((g) => g.eventIds)).toEqual([['x', 'y', 'z']]);
  });
});

describe('merging, unmerging and conflicts', () => {
  it('keeps every source evidence, says how many sources report it, and splits back as it was', () => {
    const d = timeline();
    const merged = acceptProposal(d, { eventIds: ['a1', 'b1'] })!;
    const event = merged.document.events.find((e) => e.id === merged.id)!;
    expect(event.evidence.map((a) => a.sourceId)).toEqual(['s1', 's2']);
    expect(sourceCount(event)).toBe(2);
    expect(validateDocument(merged.document).ok).toBe(true);
    const split = unmergeEvent(merged.document, merged.id)!;
    expect(split.ids).toEqual(['a1', 'b1']);
    expect(split.document.events.map((e) => e.id).sort()).toEqual(d.events.map((e) => e.id).sort());
    expect(split.document.events.find((e) => e.id === 'b1')).toEqual(d.events.find((e) => e.id === 'b1'));
  });

  it('shows each source date where they disagree; the user picks one or keeps the range', () => {
    const merged = acceptProposal(timeline(), { eventIds: ['a1', 'b1'] })!;
    const event = merged.document.events.find((e) => e.id === merged.id)!;
    const conflict = dateConflict(event)!;
    expect(conflict.map((c) => [c.sourceIds, c.label])).toEqual([
      [['s1'], '4 Mar 2023'],
      [['s2'], '5 Mar 2023'],
    ]);
    const picked = pickSourceDate(merged.document, merged.id, 'b1');
    expect(picked.events.find((e) => e.id === merged.id)!.date.start).toBe('2023-03-05');
    const ranged = keepDateRange(merged.document, merged.id);
    const r = ranged.events.find((e) => e.id === merged.id)!;
    expect([r.date.start, r.date.end]).toEqual(['2023-03-04', '2023-03-05']);
    expect(keepsRange(r)).toBe(true);
    expect(validateDocument(ranged).ok).toBe(true);
    // Agreeing sources are no conflict.
    const same = acceptProposal(timeline(), { eventIds: ['a2', 'b2'] })!;
    expect(dateConflict(same.document.events.find((e) => e.id === same.id)!)).toBeNull();
  });

  it('a source that says "since" a year opens the range: it is not claimed to be that year alone', () => {
    // One article dates the vote to 2023, another says the ferry has been losing money since 2023.
    const d = timeline();
    d.events = [ev('a1', 's1', 2, '2023'), ev('b1', 's2', 2, '2023', { date: { start: '2023', mod: 'after', basis: 'stated' } })];
    const merged = acceptProposal(d, { eventIds: ['a1', 'b1'] })!;
    const event = merged.document.events.find((e) => e.id === merged.id)!;
    expect(dateConflict(event)!.map((c) => c.label)).toEqual(['2023', 'after 2023']);
    // The shown date is the first source's alone, so it is not "the range over all of them".
    expect(keepsRange(event)).toBe(false);
    const ranged = keepDateRange(merged.document, merged.id).events.find((e) => e.id === merged.id)!;
    expect(ranged.date).toMatchObject({ start: '2023', mod: 'after' });
    expect(keepsRange(ranged)).toBe(true);
    // "Before 2023" and "after 2023" together bound nothing: there is no range to keep.
    const both = doc([ev('a1', 's1', 2, '2023', { date: { start: '2023', mod: 'before', basis: 'stated' } }), ev('b1', 's2', 2, '2023', { date: { start: '2023', mod: 'after', basis: 'stated' } })]);
    const open = acceptProposal(both, { eventIds: ['a1', 'b1'] })!;
    const e = open.document.events.find((x) => x.id === open.id)!;
    expect(hasDateRange(e)).toBe(false);
    expect(keepDateRange(open.document, open.id)).toBe(open.document);
  });

  it('adds a sentence as evidence, and accepting groups is one document change', () => {
    const d = timeline();
    const { document, ids } = acceptGroups(d, [
      { eventIds: ['a1', 'b1'], sentences: [] },
      { eventIds: ['a2'], sentences: [{ sourceId: 's2', paragraphId: 'p4', start: 0, end: TEXTS.s2[3].length }] },
    ]);
    expect(ids).toEqual(['a1', 'a2']);
    const market = document.events.find((e) => e.id === 'a2')!;
    expect(sourceCount(market)).toBe(2);
    // The sentence's source gives no date: the event keeps its own, and no conflict is claimed from a bound.
    expect(market.date).toEqual({ start: '2022-06-02', basis: 'stated' });
    expect(dateConflict(market)).toBeNull();
    expect(validateDocument(document).ok).toBe(true);
    const split = unmergeEvent(document, 'a2')!;
    expect(split.ids).toHaveLength(2);
    expect(split.document.events.find((e) => e.id === split.ids[1])!.evidence[0]).toMatchObject({ sourceId: 's2', paragraphId: 'p4' });
  });

  it('keeps categories on the merged event and gives them back to every part on unmerge', () => {
    const d = timeline();
    d.categories = [{ id: 'c1', name: 'Ferry', colour: '#225588' }];
    d.events.find((e) => e.id === 'b1')!.categories = ['c1'];
    const merged = acceptProposal(d, { eventIds: ['a1', 'b1'] })!;
    expect(merged.document.events.find((e) => e.id === 'a1')!.categories).toEqual(['c1']);
    expect(validateDocument(merged.document).ok).toBe(true);
    const split = unmergeEvent(merged.document, 'a1')!;
    expect(split.document.events.filter((e) => e.categories?.includes('c1')).map((e) => e.id).sort()).toEqual(['a1', 'b1']);
    expect(validateDocument(split.document).ok).toBe(true);
  });

  it('removing a source drops its parts and rejections, and the document stays valid', () => {
    const merged = acceptProposal(timeline(), { eventIds: ['a1', 'b1'] })!;
    const rejected = rejectMerge(merged.document, { eventIds: ['a2', 'b2'] });
    const { document } = removeSource(rejected, 's2');
    const event = document.events.find((e) => e.id === merged.id)!;
    expect(event.merged).toBeUndefined();
    expect(document.rejectedMerges).toBeUndefined();
    expect(validateDocument(document).ok).toBe(true);
  });

  it('the format checks merged parts and rejections against the sources, and salvage keeps the good ones', () => {
    const rejected = rejectMerge(timeline(), { eventIds: ['a2', 'b2'] });
    const bad = JSON.parse(JSON.stringify(rejected));
    bad.rejectedMerges.push({ a: { sourceId: 's9', paragraphId: 'p1', start: 0, end: 3 }, b: bad.rejectedMerges[0].b });
    const checked = validateDocument(bad);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems[0].path).toBe('rejectedMerges[1].a.sourceId');
    const salvaged = salvageDocument(bad)!;
    expect(salvaged.document.rejectedMerges).toHaveLength(1);
    const merged = acceptProposal(timeline(), { eventIds: ['a1', 'b1'] })!.document;
    const broken = JSON.parse(JSON.stringify(merged));
    broken.events.find((e: NewslineEvent) => e.merged).merged[1].evidence[0].end = 9999;
    expect(validateDocument(broken).ok).toBe(false);
  });
});

describe('events the articles only place before their publication', () => {
  it('must share more than dated events before they are proposed', () => {
    const before = (published: string) => ({ start: published, mod: 'before' as const, basis: 'publication' as const });
    // The fish market: opened, says one article; thriving, says the other. Dated, the day agrees; undated, only the words could.
    const dated = doc([ev('m1', 's1', 3, '2022-06-02'), ev('m2', 's2', 4, '2022-06-02')]);
    const undated = doc([ev('m1', 's1', 3, '2022-06-02', { date: before('2023-03-06') }), ev('m2', 's2', 4, '2022-06-02', { date: before('2023-03-07') })]);
    const proposed = (d: NewslineDocument) =>
      proposeMerges(d, 0.4, 0.68).some((p) => !p.anchor && p.eventIds.includes('m1') && p.eventIds.includes('m2'));
    // Alike at about 0.65 to 0.7: enough for two dated events, not for two the articles never date.
    expect(proposed(dated)).toBe(true);
    expect(proposed(undated)).toBe(false);
  });
});

describe('what two quotes must share before they are proposed', () => {
  // Two or three short articles of our own, each paragraph one sentence; an event's evidence is the span given.
  function twoArticles(a: string[], b: string[], events: Array<{ id: string; source: 's1' | 's2'; p: number; date: NewslineEvent['date']; span?: [number, number] }>): NewslineDocument {
    const source = (id: string, texts: string[], published: string) => ({
      id,
      title: texts[0],
      published,
      paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, role: i === 0 ? ('title' as const) : ('body' as const), text })),
    });
    const sources = [source('s1', a, '2024-04-10'), source('s2', b, '2024-04-12')];
    return {
      format: 'newsline-document',
      version: 2,
      sources,
      events: events.map((e) => {
        const text = (e.source === 's1' ? a : b)[e.p - 1];
        const [start, end] = e.span ?? [0, text.length];
        return { id: e.id, title: text.slice(start, end).slice(0, 80), date: e.date, evidence: [{ sourceId: e.source, paragraphId: `p${e.p}`, start, end }], origin: 'extracted' as const };
      }),
    };
  }
  const day = (start: string): NewslineEvent['date'] => ({ start, basis: 'stated' });
  const before = (start: string): NewslineEvent['date'] => ({ start, mod: 'before', basis: 'publication' });
  const pairOf = (d: NewslineDocument, x: string, y: string) => proposeMerges(d).find((p) => !p.anchor && p.eventIds.includes(x) && p.eventIds.includes(y));

  it('proposes the same action in other words: "underwent" and "had undergone", with the same object', () => {
    const d = twoArticles(
      ['Rowing news', 'The club captain underwent knee surgery on 3 April 2024.'],
      ['Club diary', 'On 3 April 2024 the club captain had undergone knee surgery in Leeds.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-04-03') }],
    );
    expect(pairOf(d, 'a', 'b')).toBeDefined();
  });

  it('does not propose quotes that share names and a day but no action', () => {
    const d = twoArticles(
      ['Bakery news', 'Ilse Brandt of Harbour Bakeries announced on 3 April 2024 that profits fell.'],
      ['Bakery chain', 'Ilse Brandt of Harbour Bakeries opened a shop in Leeds on 3 April 2024.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-04-03') }],
    );
    expect(pairOf(d, 'a', 'b')).toBeUndefined();
  });

  it('does not propose the same action by two different named actors', () => {
    const d = twoArticles(
      ['Ferries', 'Northgate Ferries cut 1,200 jobs on 3 April 2024.'],
      ['Ferries', 'Southport Shipping cut 1,200 jobs on 3 April 2024.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-04-03') }],
    );
    expect(pairOf(d, 'a', 'b')).toBeUndefined();
    // The same actor, named by its initials in one article, is the same.
    const same = twoArticles(
      ['Ferries', 'Northgate Ferries cut 1,200 jobs on 3 April 2024.'],
      ['Ferries', 'NF cut 1,200 jobs on 3 April 2024.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-04-03') }],
    );
    expect(pairOf(same, 'a', 'b')).toBeDefined();
  });

  it('reads a quote that names nobody as about the actors its headline and text name', () => {
    const body = 'Under the plan, 1,200 jobs will be cut on 3 April 2024.';
    const other = ['Ferries', 'Northgate Ferries cut 1,200 jobs on 3 April 2024.'];
    const events = [{ id: 'a', source: 's1' as const, p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2' as const, p: 2, date: day('2024-04-03') }];
    // Another company's story: its unnamed "jobs will be cut" is not Northgate Ferries' cut.
    expect(pairOf(twoArticles(['Southport Shipping to shrink', body, 'Southport Shipping employs 5,000 people.'], other, events), 'a', 'b')).toBeUndefined();
    // The same company's story, named by its initials.
    expect(pairOf(twoArticles(['NF to shrink', body, 'NF employs 5,000 people.'], other, events), 'a', 'b')).toBeDefined();
    // A headline word the text never names again is no actor ("Harbour news"), and a headline naming nobody leaves
    // the quote free, as before.
    expect(pairOf(twoArticles(['Southport news', body, 'The firm employs 5,000 people.'], other, events), 'a', 'b')).toBeDefined();
    expect(pairOf(twoArticles(['Ferry jobs to go', body], other, events), 'a', 'b')).toBeDefined();
  });

  it('meets one clause of a long sentence that tells of several happenings', () => {
    const long =
      'The harbour council voted on 4 March 2024 to close the Northgate ferry; the same meeting approved a fish market, raised parking fees by 12 percent and named Ilse Brandt harbour master for the spring regatta season.';
    const short = 'Councillors voted on 4 March 2024 to close the Northgate ferry.';
    const d = twoArticles(['Harbour news', long], ['Ferry news', short], [{ id: 'a', source: 's1', p: 2, date: day('2024-03-04') }, { id: 'b', source: 's2', p: 2, date: day('2024-03-04') }]);
    const pair = pairOf(d, 'a', 'b');
    expect(pair).toBeDefined();
    // Met through a clause, it is held to the level of a passage without a date.
    expect(pair!.score).toBeGreaterThanOrEqual(SENTENCE_MIN_SCORE);
    // A clause alike only as far as the level for two whole dated quotes is not enough.
    const loose = twoArticles(
      ['Harbour news', long],
      ['Ferry news', 'On 4 March 2024 councillors voted to close a ferry route and to sell the old pier.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-03-04') }, { id: 'b', source: 's2', p: 2, date: day('2024-03-04') }],
    );
    expect(pairOf(loose, 'a', 'b')).toBeUndefined();
  });

  it('does not cut a clause at the colon of a clock time ("at 09:30"), but does at a colon between words', () => {
    const clauses = clauseWords('The harbour council voted at 09:30 to close the Northgate ferry; the same meeting approved a new fish market by the pier.');
    expect(clauses).toHaveLength(2);
    expect(clauseWords('The council gave its reason: the ferry lost money every single year.')).toHaveLength(2);
  });

  it('does not propose two events neither article dates: the merge would place nothing', () => {
    const d = twoArticles(
      ['Rowing news', 'The club captain underwent knee surgery.'],
      ['Club diary', 'The club captain underwent knee surgery, friends said.'],
      [{ id: 'a', source: 's1', p: 2, date: before('2024-04-10') }, { id: 'b', source: 's2', p: 2, date: before('2024-04-12') }],
    );
    expect(pairOf(d, 'a', 'b')).toBeUndefined();
  });

  it('holds a headline to the days before its article: the news of that day, not of some earlier year', () => {
    const headline = ['Harbour master Ilse Brandt resigns', 'The town is looking for a new harbour master.'];
    const recent = twoArticles(['Town news', 'Harbour master Ilse Brandt resigned on 9 April 2024.'], headline, [{ id: 'a', source: 's1', p: 2, date: day('2024-04-09') }]);
    expect(proposeMerges(recent).find((p) => p.anchor?.sourceId === 's2' && p.anchor.paragraphId === 'p1')?.eventIds).toEqual(['a']);
    const earlier = twoArticles(['Town news', 'Harbour master Ilse Brandt resigned in 2019.'], headline, [{ id: 'a', source: 's1', p: 2, date: day('2019') }]);
    expect(proposeMerges(earlier).some((p) => p.anchor?.paragraphId === 'p1')).toBe(false);
  });

  it('joins two events that one passage of another article tells of, through Accept all and one by one alike', () => {
    // Article 1 reports the captain's surgery twice (dated once, once not); article 2's headline tells of it.
    const a = ['Rowing news', 'The club captain underwent knee surgery on 3 April 2024.', 'It was the second time the captain underwent knee surgery.'];
    const b = ['Club captain undergoes knee surgery', 'The club is looking for a stand-in.'];
    const d = twoArticles(a, b, [
      { id: 'a', source: 's1', p: 2, date: day('2024-04-03') },
      { id: 'c', source: 's1', p: 3, date: before('2024-04-10') },
    ]);
    d.sources[1].published = '2024-04-04';
    const proposals = proposeMerges(d);
    const forHeadline = proposals.filter((p) => p.anchor?.sourceId === 's2' && p.anchor.paragraphId === 'p1');
    expect(forHeadline.map((p) => p.eventIds[0]).sort()).toEqual(['a', 'c']);
    // Accept all: one event, with both reports of article 1 and the headline of article 2.
    const all = acceptGroups(d, mergeGroups(proposals)).document;
    expect(all.events).toHaveLength(1);
    expect(all.events[0].evidence.map((x) => `${x.sourceId}/${x.paragraphId}`).sort()).toEqual(['s1/p2', 's1/p3', 's2/p1']);
    // One by one: the headline joins the better match; the merged event then meets the other report through
    // the headline's part, though both reports are article 1's.
    let doc = acceptProposal(d, forHeadline[0])!.document;
    const next = proposeMerges(doc).filter((p) => !p.anchor);
    expect(next).toHaveLength(1);
    doc = acceptProposal(doc, next[0])!.document;
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].evidence).toHaveLength(3);
  });

  it('proposes the same happening in other words: "stepped down" and "resigned"', () => {
    const d = twoArticles(
      ['Harbour news', 'Harbour master Ilse Brandt stepped down from her post on 9 April 2024.'],
      ['Town diary', 'On 9 April 2024 Ilse Brandt resigned from her post as harbour master.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-04-09') }, { id: 'b', source: 's2', p: 2, date: day('2024-04-09') }],
    );
    expect(pairOf(d, 'a', 'b')?.shared).toContain(wordKey('resign'));
  });

  it('proposes two reports of one deadline: the noun a light verb takes is the happening', () => {
    const d = twoArticles(
      ['Budget news', 'The harbour council has a deadline set at 3 May to approve its ferry budget.'],
      ['Council diary', 'The harbour council, short of money, has a 3 May deadline to finish a ferry budget.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-05-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-05-03') }],
    );
    expect(pairOf(d, 'a', 'b')?.shared).toContain(wordKey('deadline'));
    // What a relative clause says of the budget is background: it does not weigh against the likeness.
    const long = twoArticles(
      ['Budget news', 'The harbour council has a deadline set at 3 May to approve its ferry budget.'],
      ['Council diary', 'The harbour council, short of money, has a 3 May deadline to finish a ferry budget that includes two new boats and a longer pier and higher parking fees for summer visitors and coach tours.'],
      [{ id: 'a', source: 's1', p: 2, date: day('2024-05-03') }, { id: 'b', source: 's2', p: 2, date: day('2024-05-03') }],
    );
    expect(pairOf(long, 'a', 'b')).toBeDefined();
  });

  it('reads a fragment that names only its action ("since its launch in 2019") as about what its sentence names', () => {
    const a = ['Ferry news', 'The Skylark ferry has carried two million passengers since its launch in 2019.'];
    const fragment = a[1].indexOf('since its launch');
    const d = twoArticles(a, ['Harbour history', 'Northgate Ferries launched the Skylark ferry in 2019.'], [
      { id: 'a', source: 's1', p: 2, date: day('2019'), span: [fragment, a[1].length - 1] },
      { id: 'b', source: 's2', p: 2, date: day('2019') },
    ]);
    expect(pairOf(d, 'a', 'b')?.shared).toEqual(expect.arrayContaining(['skylark']));
    // Another ferry's launch in the same year is not it.
    const other = twoArticles(a, ['Harbour history', 'Northgate Ferries launched the Kestrel ferry in 2019.'], [
      { id: 'a', source: 's1', p: 2, date: day('2019'), span: [fragment, a[1].length - 1] },
      { id: 'b', source: 's2', p: 2, date: day('2019') },
    ]);
    expect(pairOf(other, 'a', 'b')).toBeUndefined();
  });

  it('reads a quotation as about its article\'s actors, not its speaker', () => {
    const quoted = '"They will have to close the night ferry route," said a lecturer from Southport University.';
    const d = twoArticles(
      ['Northgate Ferries to shrink', 'Northgate Ferries is losing money.', quoted],
      ['Ferry news', 'Northgate Ferries closed the night ferry route on 12 April 2024.'],
      [{ id: 'b', source: 's2', p: 2, date: day('2024-04-12') }],
    );
    const passage = proposeMerges(d).find((p) => p.anchor?.sourceId === 's1' && p.anchor.paragraphId === 'p3');
    expect(passage?.eventIds).toEqual(['b']);
    // The article is another company's: its quotation is not about Northgate Ferries.
    const other = twoArticles(['Southport Shipping to shrink', 'Southport Shipping is losing money.', quoted], ['Ferry news', 'Northgate Ferries closed the night ferry route on 12 April 2024.'], [
      { id: 'b', source: 's2', p: 2, date: day('2024-04-12') },
    ]);
    expect(proposeMerges(other).some((p) => p.anchor?.sourceId === 's1')).toBe(false);
  });

  it('holds a match through a relative clause ("X, which has cut jobs, announced…") to the level of a passage', () => {
    const cut = ['Ferry news', 'Northgate Ferries cut 1,200 jobs on 3 April 2024.'];
    const events = [{ id: 'a', source: 's1' as const, p: 2, date: day('2024-04-03') }, { id: 'b', source: 's2' as const, p: 2, date: day('2024-04-05') }];
    // Told in the main clause, the same cut is proposed at the level of two dated events...
    const main = twoArticles(cut, ['Route news', 'Northgate Ferries cut 1,200 jobs and announced a new summer route from the old harbour to Leeds on 5 April 2024, with two larger boats and a cafe.'], events);
    const mainPair = pairOf(main, 'a', 'b');
    expect(mainPair).toBeDefined();
    expect(mainPair!.score).toBeLessThan(SENTENCE_MIN_SCORE);
    // ...but as background to another happening, only where it would also pass as a passage: here it does not.
    const background = twoArticles(cut, ['Route news', 'Northgate Ferries, which has cut 1,200 jobs, announced a new summer route from the old harbour to Leeds on 5 April 2024, with two larger boats and a cafe.'], events);
    expect(pairOf(background, 'a', 'b')).toBeUndefined();
  });

  it('proposes the rest of a sentence beside an event, where it tells of another article\'s event without a date', () => {
    const a = ['Rowing news', 'The club captain underwent knee surgery on 3 April 2024.'];
    const b = ['Club diary', 'The club wrote on Tuesday that its captain had undergone knee surgery in a Leeds clinic.'];
    const told = b[1].indexOf(' that');
    const d = twoArticles(a, b, [
      { id: 'a', source: 's1', p: 2, date: day('2024-04-03') },
      // The extractor's event is the telling only: "The club wrote on Tuesday".
      { id: 'b', source: 's2', p: 2, date: day('2024-04-09'), span: [0, told] },
    ]);
    const passage = proposeMerges(d).find((p) => p.anchor?.sourceId === 's2');
    expect(passage?.eventIds).toEqual(['a']);
    expect(b[1].slice(passage!.anchor!.start, passage!.anchor!.end)).toBe('that its captain had undergone knee surgery in a Leeds clinic.');
  });
});
