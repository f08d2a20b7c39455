import { validateDocument } from '../../../shared/document';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewslineDocument, NewslineEvent } from '../../../shared/document';
import type { AddResult, OpenResult } from '../../../shared/ipc';
import type { ImportWarning } from '../../../shared/warnings';
import { fakePreloadApi } from '../../fixtures/fake-api';
import { createNewslineStore } from '../../../renderer/store';
import { eventsInParagraph, noticeLines } from '../../../renderer/store/document-slice';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));

/** An imported article of our own: one source, id s1, as the importer returns it. */
function article(title: string, published: string | null, eventDate = '2023-03-03'): NewslineDocument {
  return {
    format: 'newsline-document',
    version: 2,
    sources: [{ id: 's1', title, published, paragraphs: [{ id: 'p1', role: 'body', text: `${title}: the council met and voted to close the bridge.` }] }],
    events: [{ id: 'x1', title: `${title} vote`, date: { start: eventDate, basis: 'stated' }, evidence: [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: title.length }], origin: 'extracted' }],
  };
}
const opened = (file: string, document: NewslineDocument, warnings: ImportWarning[] = []): OpenResult => ({ status: 'opened', file, document, warnings });

async function setup(add: AddResult[] = [], extracted: NewslineEvent[] = []) {
  const api = fakePreloadApi(
    { ok: true, file: '/seed/document.json', document: SEED },
    {
      importDocument: vi.fn(async (name: string): Promise<OpenResult> => opened(name, article(name, '2023-03-04'))),
      addDocuments: vi.fn(async () => add.shift() ?? { status: 'canceled' as const }),
      extractEvents: vi.fn(async () => ({ events: extracted })),
    },
  );
  const store = createNewslineStore({ api, validateDocument });
  await store.getState().loadInitialDocument();
  return { store, api };
}

describe('adding articles to the open timeline', () => {
  it('adds each chosen file as a new source with its own publication date, and shows the last one added', async () => {
    const { store } = await setup([{ status: 'imported', results: [opened('/a/bridge.md', article('Bridge', '2023-03-04')), opened('/a/ferry.txt', article('Ferry', null))] }]);
    const before = store.getState().events.length;
    await store.getState().addFiles();
    const s = store.getState();
    expect(s.document!.sources.map((x) => [x.id, x.published, x.file])).toEqual([
      ['s1', '2024-05-15', SEED.sources[0].file],
      ['s2', '2023-03-04', 'bridge.md'],
      ['s3', null, 'ferry.txt'],
    ]);
    expect(s.events).toHaveLength(before + 2);
    expect(s.source!.id).toBe('s3');
    expect(s.paragraphs[0].text).toMatch(/^Ferry:/);
    // The title stays the first article's, and the new article without a date is asked for one.
    expect(s.title).toBe(SEED.sources[0].title);
    expect(s.askPublished).toBe(true);
  });

  it('keeps what is open when a file fails, naming it, and still adds the others', async () => {
    const { store } = await setup([{ status: 'imported', results: [{ status: 'failed', file: 'x.docx', message: 'x.docx: not a Word document' }, opened('/a/b.md', article('B', '2023-01-01'))] }]);
    await store.getState().addFiles();
    const s = store.getState();
    expect(s.document!.sources).toHaveLength(2);
    expect(s.notice).toMatchObject({ kind: 'error', title: 'x.docx could not be added', messages: ['x.docx: not a Word document'] });
  });

  it("each file's warnings stay codes, tagged with the file, and are worded once for the notice", async () => {
    const { store } = await setup([
      {
        status: 'imported',
        results: [
          opened('/a/bridge.html', article('Bridge', '2023-03-04'), [{ code: 'scripts-removed', count: 2 }]),
          opened('/a/ferry.txt', article('Ferry', null), [{ code: 'no-publication-date' }]),
        ],
      },
    ]);
    await store.getState().addFiles();
    const notice = store.getState().notice!;
    expect(notice).toMatchObject({
      kind: 'warning',
      title: 'Added 2 articles',
      warnings: [
        { file: 'bridge.html', warning: { code: 'scripts-removed', count: 2 } },
        { file: 'ferry.txt', warning: { code: 'no-publication-date' } },
      ],
    });
    expect(noticeLines(notice)).toEqual([
      'bridge.html: 2 scripts were removed from the page without being run',
      expect.stringMatching(/^ferry\.txt: no publication date was found;/),
    ]);
    // Answering the date question takes away that file's date warning only.
    await store.getState().setPublished('2023-03-05');
    expect(store.getState().notice).toMatchObject({ kind: 'warning', warnings: [{ file: 'bridge.html', warning: { code: 'scripts-removed' } }] });
  });

  it('a cancelled dialog changes nothing', async () => {
    const { store } = await setup([{ status: 'canceled' }]);
    const doc = store.getState().document;
    await store.getState().addFiles();
    expect(store.getState().document).toBe(doc);
  });

  it('adds dropped files, and refuses an oversized one by name without reading it', async () => {
    const { store, api } = await setup();
    const file = (name: string, size = 10) => ({ name, size, arrayBuffer: async () => new ArrayBuffer(size) });
    await store.getState().addDropped([file('one.txt'), file('huge.txt', 30 * 1024 * 1024), file('two.txt')]);
    expect(api.importDocument).toHaveBeenCalledTimes(2);
    expect(store.getState().document!.sources.map((x) => x.title)).toEqual([SEED.sources[0].title, 'one.txt', 'two.txt']);
    expect(noticeLines(store.getState().notice!)[0]).toMatch(/^huge\.txt: .*20 MB/);
  });
});

describe('switching and stepping between sources', () => {
  async function twoSourcesWithSharedEvent() {
    const { store } = await setup([{ status: 'imported', results: [opened('/a/b.md', article('Bridge', '2023-03-04'))] }]);
    await store.getState().addFiles();
    const doc = store.getState().document!;
    // The Kabul event also reported by the second article.
    const kabul = doc.events.find((e) => e.id === 'fall-of-kabul')!;
    const extra = doc.events.find((e) => e.evidence[0].sourceId === 's2')!.evidence[0];
    store.getState().replaceDocument({ ...doc, events: doc.events.map((e) => (e === kabul ? { ...e, evidence: [...e.evidence, extra] } : e)) }, 's1');
    return store;
  }

  it('clicking an event reported only by another source opens that source at its paragraph', async () => {
    const store = await twoSourcesWithSharedEvent();
    store.getState().showSource('s1');
    const bridgeEvent = store.getState().events.find((e) => e.evidence[0].sourceId === 's2')!;
    store.getState().selectEvent(bridgeEvent.id);
    expect(store.getState().source!.id).toBe('s2');
    expect(store.getState().activeParagraphId).toBe('p1');
    expect(eventsInParagraph(store.getState(), 'p1')).toContain(bridgeEvent.id);
  });

  it('an event with evidence in two sources steps through its quotes, switching article', async () => {
    const store = await twoSourcesWithSharedEvent();
    store.getState().showSource('s1');
    store.getState().selectEvent('fall-of-kabul');
    expect(store.getState()).toMatchObject({ quoteIndex: 0, activeParagraphId: 'p8' });
    expect(store.getState().source!.id).toBe('s1');
    const last = store.getState().events.find((e) => e.id === 'fall-of-kabul')!.evidence.length - 1;
    store.getState().showQuote(last);
    expect(store.getState()).toMatchObject({ quoteIndex: last, activeParagraphId: 'p1', focusedId: 'fall-of-kabul' });
    expect(store.getState().source!.id).toBe('s2');
    store.getState().showQuote(last + 1);
    expect(store.getState().quoteIndex).toBe(0);
    expect(store.getState().source!.id).toBe('s1');
  });

  it('setting one source\'s date finds its events again and leaves the other sources\' events alone', async () => {
    const fresh: NewslineEvent = { id: 'x1', title: 'Vote, redated', date: { start: '2023-03-05', basis: 'stated' }, evidence: [{ sourceId: 's2', paragraphId: 'p1', start: 0, end: 6 }], origin: 'extracted' };
    const seedEvents = SEED.events.map((e) => e.id);
    // The fake extraction returns `fresh`.
    const { store: s2store } = await setup([{ status: 'imported', results: [opened('/a/b.md', article('Bridge', null))] }], [fresh]);
    await s2store.getState().addFiles();
    await s2store.getState().setPublished('2023-03-04');
    const after = s2store.getState();
    expect(after.document!.sources[1].published).toBe('2023-03-04');
    expect(after.source!.id).toBe('s2');
    expect(after.events.filter((e) => e.evidence.some((a) => a.sourceId === 's2')).map((e) => e.title)).toEqual(['Vote, redated']);
    expect(after.events.filter((e) => e.evidence.every((a) => a.sourceId === 's1')).map((e) => e.id).sort()).toEqual([...seedEvents].sort());
    expect(new Set(after.events.map((e) => e.id)).size).toBe(after.events.length);
  });
});

describe('removing a source', () => {
  it('takes its own events, keeps shared ones with their other evidence, and can be taken back', async () => {
    const { store } = await setup([{ status: 'imported', results: [opened('/a/b.md', article('Bridge', '2023-03-04'))] }]);
    await store.getState().addFiles();
    const withTwo = store.getState().document!;
    const kabul = withTwo.events.find((e) => e.id === 'fall-of-kabul')!;
    store.getState().replaceDocument({ ...withTwo, events: withTwo.events.map((e) => (e === kabul ? { ...e, evidence: [...e.evidence, { sourceId: 's2', paragraphId: 'p1', start: 0, end: 6 }] } : e)) });
    const full = store.getState().document!;
    store.getState().removeSource('s2');
    let s = store.getState();
    expect(s.document!.sources.map((x) => x.id)).toEqual(['s1']);
    expect(s.source!.id).toBe('s1');
    expect(s.events.find((e) => e.id === 'fall-of-kabul')!.evidence).toEqual(kabul.evidence);
    expect(s.events.some((e) => e.title === 'Bridge vote')).toBe(false);
    expect(s.lastRemoval).toMatchObject({ title: 'Bridge', removedEvents: 1, keptEvents: 1 });
    const past = store.temporal.getState().pastStates.length;

    store.getState().undoRemoveSource();
    s = store.getState();
    expect(s.document).toEqual(full);
    expect(s.lastRemoval).toBeNull();
    // The strip's Undo is the store's undo: one step back in the same history, which Redo replays.
    expect(store.temporal.getState().pastStates.length).toBe(past - 1);
    expect(s.canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().document!.sources.map((x) => x.id)).toEqual(['s1']);
  });

  it('the strip\'s Undo does nothing once another edit came after the removal (Ctrl+Z steps back through both)', async () => {
    const { store } = await setup([{ status: 'imported', results: [opened('/a/b.md', article('Bridge', '2023-03-04'))] }]);
    await store.getState().addFiles();
    store.getState().removeSource('s2');
    const removed = store.getState().document!;
    store.getState().deleteEvents([store.getState().events[0].id]);
    const edited = store.getState().document!;
    store.getState().undoRemoveSource();
    expect(store.getState().document).toBe(edited);
    store.getState().undo();
    expect(store.getState().document).toBe(removed);
    store.getState().undo();
    expect(store.getState().document!.sources).toHaveLength(2);
  });

  it('never removes the only source', async () => {
    const { store } = await setup();
    store.getState().removeSource('s1');
    expect(store.getState().document!.sources).toHaveLength(1);
  });
});
