import { describe, expect, it } from 'vitest';
import { describeProblem, salvageDocument, type NewslineDocument, type NewslineEvent } from '../../../shared/document';
import { applyPublished, dismissEvent, mergeEvents, updateEvent } from '../../../shared/edits';
import { readDocument } from '../../../shared/migrations';

// A document of our own: one paragraph, three events of different origins.
const TEXT = 'On Monday the council met. The mayor resigned on March 3. A new mayor was chosen later.';
const at = (phrase: string) => ({ sourceId: 's1', paragraphId: 'p1', start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });
const ev = (id: string, phrase: string, start: string, origin: NewslineEvent['origin']): NewslineEvent => ({
  id,
  title: phrase,
  date: { start, basis: 'stated' },
  evidence: [at(phrase)],
  origin,
});
const doc = (): NewslineDocument => ({
  format: 'newsline-document',
  version: 2,
  sources: [{ id: 's1', title: 'Council', published: '2020-03-10', paragraphs: [{ id: 'p1', role: 'body', text: TEXT }] }],
  events: [
    ev('a', 'On Monday the council met', '2020-03-09', 'extracted'),
    ev('b', 'The mayor resigned on March 3', '2020-03-03', 'curated'),
    ev('c', 'A new mayor was chosen later', '2020-03', 'added'),
  ],
});

describe('the publication-date rule', () => {
  const redraft = (published: string): NewslineEvent[] => [
    { ...ev('x1', 'On Monday the council met', published === '2021-03-10' ? '2021-03-08' : '2020-03-09', 'extracted') },
    { ...ev('x2', 'The mayor resigned on March 3', '2021-03-03', 'extracted') },
  ];

  it('re-places only the untouched draft; curated and added keep their dates; drafts over them are left out', () => {
    const next = applyPublished(doc(), 's1', '2021-03-10', redraft('2021-03-10'));
    expect(next.sources[0].published).toBe('2021-03-10');
    expect(next.events.map((e) => [e.id, e.date.start])).toEqual([
      ['b', '2020-03-03'],
      ['c', '2020-03'],
      ['a', '2021-03-08'],
    ]);
  });

  it('the same date changes nothing, not even the object', () => {
    const d = doc();
    expect(applyPublished(d, 's1', '2020-03-10', redraft('2020-03-10'))).toBe(d);
  });

  it('an edited draft keeps its date', () => {
    const d = updateEvent(doc(), 'a', { title: 'Council meets' });
    const next = applyPublished(d, 's1', '2021-03-10', redraft('2021-03-10'));
    expect(next.events.find((e) => e.id === 'a')).toMatchObject({ title: 'Council meets', date: { start: '2020-03-09' }, origin: 'edited' });
  });

  it('a span marked "not an event" is never drafted again', () => {
    const d = dismissEvent(doc(), 'a');
    const next = applyPublished(d, 's1', '2021-03-10', redraft('2021-03-10'));
    expect(next.events.map((e) => e.id)).toEqual(['b', 'c']);
  });
});

describe('merge', () => {
  it('joins evidence (each span once) and notes into the first', () => {
    const d = updateEvent(doc(), 'c', { note: 'From the minutes.' });
    const r = mergeEvents(d, ['b', 'c', 'b'])!;
    const merged = r.document.events.find((e) => e.id === 'b')!;
    expect(r.document.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(merged.evidence).toEqual([at('The mayor resigned on March 3'), at('A new mayor was chosen later')]);
    expect(merged.note).toBe('From the minutes.');
  });

  it('keeps the date notes that explain the date it shows, not another part’s note about a different date', () => {
    const d = doc();
    d.events[1] = { ...d.events[1], date: { ...d.events[1].date, note: 'The article gives the day.' } };
    d.events[2] = { ...d.events[2], date: { start: '2020-03-10', mod: 'before', basis: 'publication', note: 'The article gives no date; it happened before publication.' } };
    const same = { ...d.events[0], id: 'd', date: { start: '2020-03-03', basis: 'stated' as const, note: 'Read from "March 3".' } };
    d.events.push(same);
    const merged = mergeEvents(d, ['b', 'c', 'd'])!.document.events.find((e) => e.id === 'b')!;
    expect(merged.date).toEqual({ start: '2020-03-03', basis: 'stated', note: 'The article gives the day. Read from "March 3".' });
    expect(merged.merged?.map((p) => p.date.note)).toEqual(['The article gives the day.', 'The article gives no date; it happened before publication.', 'Read from "March 3".']);
  });
});

describe('salvage of partly bad files', () => {
  it('keeps every good event and names each bad one by its path, in plain words', () => {
    const raw = JSON.parse(JSON.stringify(doc()));
    raw.events[0].evidence[0].end = 999;
    raw.events[2].date = { start: '2020', end: '2019', basis: 'stated' };
    raw.events.push({ id: 'd', title: 'x', date: { start: '2020', basis: 'guess' }, evidence: [at('On Monday')], origin: 'curated' });
    const checked = readDocument(raw);
    expect(checked.ok).toBe(false);
    const r = salvageDocument(checked.migrated)!;
    expect(r.document.events.map((e) => e.id)).toEqual(['b']);
    expect(r.problems.map((p) => p.path)).toEqual(['events[0].evidence[0].end', 'events[2].date.end', 'events[3].date.basis']);
    const words = r.problems.map(describeProblem);
    expect(words[1]).toBe('This file is damaged at events[2].date.end: ends (2019) before it starts (2020)');
    for (const w of words) expect(w).not.toMatch(/Invalid input/);
    expect(words[2]).toMatch(/should be one of "stated", "publication", "record", "imported"/);
  });

  it('a file that is not a Newsline file at all says so', () => {
    const r = readDocument({ hello: 'world' });
    expect(r.ok ? null : r.problems.map(describeProblem)).toEqual(['This is not a Newsline file']);
  });
});
