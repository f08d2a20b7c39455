import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument, quoteOf, type NewslineDocument } from '../../../shared/document';
import { addSources, nextSourceId, removeSource, sourcesOf } from '../../../shared/sources';

const SEED = join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json');
const seed = (): NewslineDocument => JSON.parse(readFileSync(SEED, 'utf8'));

/** A second article of our own, as the importer returns it: one source with id s1. */
function article(title: string, published: string | null): NewslineDocument {
  return {
    format: 'newsline-document',
    version: 2,
    sources: [{ id: 's1', title, published, paragraphs: [{ id: 'p1', role: 'body', text: 'The council met on March 3 and voted to close the bridge.' }] }],
    events: [
      { id: 'e1', title: 'Council votes', date: { start: '2023-03-03', basis: 'stated' }, evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: 56 }], origin: 'extracted' },
    ],
  };
}

describe('adding an article to a timeline', () => {
  it('gives the new source a fresh id and moves its anchors and event ids with it', () => {
    const { document, sourceIds } = addSources(seed(), article('Bridge closed', '2023-03-04'));
    expect(sourceIds).toEqual(['s2']);
    expect(document.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    const added = document.events.find((e) => e.evidence[0]?.sourceId === 's2')!;
    expect(added.id).toBe('s2-e1');
    expect(quoteOf(document, added.evidence[0])).toMatch(/^The council met on March 3/);
    expect(validateDocument(document)).toMatchObject({ ok: true });
  });

  it('keeps each article its own publication date, and leaves the existing ones untouched', () => {
    const before = seed();
    const { document } = addSources(addSources(before, article('A', '2023-03-04')).document, article('B', null));
    expect(document.sources.map((s) => [s.id, s.published])).toEqual([
      ['s1', '2024-05-15'],
      ['s2', '2023-03-04'],
      ['s3', null],
    ]);
    expect(document.events.slice(0, before.events.length)).toEqual(before.events);
    expect(new Set(document.events.map((e) => e.id)).size).toBe(document.events.length);
    expect(validateDocument(document)).toMatchObject({ ok: true });
  });

  it('keeps the timeline titled after its first article', () => {
    const { document } = addSources(seed(), article('Bridge closed', null));
    expect(document.title).toBe(seed().sources[0].title);
  });

  it('never reuses an id still in use, even after a removal left a gap', () => {
    const three = addSources(addSources(seed(), article('A', null)).document, article('B', null)).document;
    const gap = removeSource(three, 's2').document;
    expect(nextSourceId(gap)).toBe('s4');
    expect(addSources(gap, article('C', null)).sourceIds).toEqual(['s4']);
  });
});

describe('removing a source', () => {
  it('takes the events only it reported, and keeps the other evidence of events another source also reports', () => {
    const doc = addSources(seed(), article('Bridge closed', '2023-03-04')).document;
    // The same happening reported by both: one event with evidence in s1 and s2.
    const shared = doc.events[0];
    const s2anchor = doc.events.find((e) => e.id === 's2-e1')!.evidence[0];
    doc.events[0] = { ...shared, evidence: [...shared.evidence, s2anchor] };

    const { document, summary } = removeSource(doc, 's2');
    expect(document.sources.map((s) => s.id)).toEqual(['s1']);
    expect(summary.removedEvents).toEqual(['s2-e1']);
    expect(summary.keptEvents).toEqual([shared.id]);
    expect(document.events.find((e) => e.id === shared.id)!.evidence).toEqual(shared.evidence);
    expect(validateDocument(document)).toMatchObject({ ok: true });
  });

  it('drops the removed source\'s dismissed spans, and changes nothing for an unknown id', () => {
    const doc = addSources(seed(), article('Bridge closed', null)).document;
    doc.dismissed = [{ sourceId: 's2', paragraphId: 'p1', start: 0, end: 3 }];
    expect(removeSource(doc, 's2').document.dismissed).toBeUndefined();
    expect(removeSource(doc, 's9').document).toBe(doc);
  });

  it('lists the sources an event comes from', () => {
    const doc = addSources(seed(), article('Bridge closed', null)).document;
    expect(sourcesOf(doc, { evidence: [{ sourceId: 's2', paragraphId: 'p1', start: 0, end: 2 }, { sourceId: 's1', paragraphId: 'p2', start: 0, end: 2 }] }).map((s) => s.id)).toEqual(['s1', 's2']);
  });
});
