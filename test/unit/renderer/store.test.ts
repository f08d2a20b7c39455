import { validateDocument } from '../../../shared/document';
import { MAX_ARTICLE_BYTES } from '../../../shared/limits';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewslineDocument } from '../../../shared/document';
import type { DocumentLoadResult, OpenResult, ViewState } from '../../../shared/ipc';
import { handleShortcut } from '../../../renderer/shortcuts';
import { createNewslineStore, type TimelineController } from '../../../renderer/store';
import { fakePreloadApi } from '../../fixtures/fake-api';
import { eventsInParagraph, noticeLines } from '../../../renderer/store/document-slice';
import type { ImportWarning } from '../../../shared/warnings';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));
const FILE = '/data/seed/document.json';
/** The seed's events in time order; the two on 15 Aug 2021 keep the article's order. */
const TIME_ORDER = [
  'soviet-war',
  'taliban-vs-us',
  'us-withdrawal',
  'taliban-offensive',
  'fall-of-kabul',
  'ghani-flees',
  'taliban-mission',
  'consultations',
];

function fakeApi(result: DocumentLoadResult = { ok: true, file: FILE, document: SEED }, saved: ViewState = {}) {
  const savedStates: ViewState[] = [];
  const api = fakePreloadApi(result, {
    getViewState: async () => saved,
    saveViewState: async (s) => void savedStates.push(s),
    cancelImport: vi.fn(async () => ({ canceled: true })),
    saveDocument: vi.fn(async () => ({ status: 'saved' as const, file: '/tmp/x.newsline' })),
  });
  return { api, savedStates };
}

function fakeTimeline(): TimelineController & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    zoom: (d) => void calls.push(`zoom-${d}`),
    fit: (opts?: { animate?: boolean }) => void calls.push(opts?.animate === false ? 'fit-at-once' : 'fit'),
    reveal: (ids) => void calls.push(`reveal:${ids.join(',')}`),
    getWindow: () => ({ start: 1, end: 2 }),
    drawNow: () => void calls.push('draw'),
  };
}

async function loaded(result?: DocumentLoadResult, saved?: ViewState) {
  const { api, savedStates } = fakeApi(result, saved);
  const store = createNewslineStore({ api, validateDocument });
  await store.getState().loadInitialDocument();
  const timeline = fakeTimeline();
  store.getState().attachTimeline(timeline);
  return { store, timeline, savedStates };
}

describe('document slice', () => {
  it('orders the events by the time order main sent with the document, and the same without it', async () => {
    const { eventTimes } = await import('../../../shared/dates');
    const times = eventTimes(SEED.events);
    expect(times).toBeDefined();
    const withTimes = await loaded({ ok: true, file: FILE, document: SEED, times });
    expect(withTimes.store.getState().events.map((e) => e.id)).toEqual(TIME_ORDER);
    // The order sent is the one used, not worked out again: two events of the same day, sent the other way
    // round (a tie main may break as it likes), come that way round.
    const at = (id: string) => times!.order.findIndex((i) => SEED.events[i].id === id);
    const swapped = [...times!.order];
    [swapped[at('fall-of-kabul')], swapped[at('ghani-flees')]] = [swapped[at('ghani-flees')], swapped[at('fall-of-kabul')]];
    const followed = await loaded({ ok: true, file: FILE, document: SEED, times: { order: swapped, days: times!.days } });
    expect(followed.store.getState().events.map((e) => e.id)).toEqual(TIME_ORDER.map((id) => (id === 'fall-of-kabul' ? 'ghani-flees' : id === 'ghani-flees' ? 'fall-of-kabul' : id)));
    // Times that do not fit (another document's) are not used: the store sorts the events itself.
    const spoiled = await loaded({ ok: true, file: FILE, document: SEED, times: { order: [...times!.order].reverse(), days: times!.days } });
    expect(spoiled.store.getState().events.map((e) => e.id)).toEqual(TIME_ORDER);
  });

  it('loads the document and orders events in time, same-day events in article order', async () => {
    const { store } = await loaded();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.events.map((e) => e.id)).toEqual(TIME_ORDER);
    expect(eventsInParagraph(s, 'p8')).toEqual(['us-withdrawal', 'taliban-offensive', 'fall-of-kabul', 'ghani-flees']);
  });

  it('a failed load keeps the salvaged text and the problems, with no events', async () => {
    const { store } = await loaded({
      ok: false,
      file: '/x/document.json',
      problems: [{ path: 'events[0].date.end', message: 'ends (1979) before it starts (1989)' }],
      salvage: { source: '/x/article.txt', paragraphs: [{ id: 'p1', role: 'body', text: 'Text survives.' }] },
    });
    const s = store.getState();
    expect(s.status).toBe('error');
    expect(s.paragraphs).toHaveLength(1);
    expect(s.events).toEqual([]);
    expect(s.problems[0].path).toBe('events[0].date.end');
    expect(s.salvageSource).toBe('/x/article.txt');
  });

  it('a broken bridge becomes an error the user can read, not a blank window', async () => {
    const { api } = fakeApi();
    api.getInitialDocument = async () => {
      throw new Error('no handler');
    };
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    expect(store.getState()).toMatchObject({ status: 'error', problems: [{ message: expect.stringMatching(/no handler/) }] });
  });
});

describe('selection slice', () => {
  it('selecting an event opens its first evidence paragraph and asks the timeline to show it', async () => {
    const { store, timeline } = await loaded();
    store.getState().selectEvent('fall-of-kabul');
    expect(store.getState()).toMatchObject({ selectedIds: ['fall-of-kabul'], focusedId: 'fall-of-kabul', activeParagraphId: 'p8', revealToken: 1 });
    expect(timeline.calls).toEqual(['reveal:fall-of-kabul']);
  });

  it('a click on the timeline itself does not move the timeline', async () => {
    const { store, timeline } = await loaded();
    store.getState().selectEvent('consultations', { fromTimeline: true });
    expect(store.getState().activeParagraphId).toBe('p5');
    expect(timeline.calls).toEqual([]);
  });

  it('ignores unknown ids', async () => {
    const { store } = await loaded();
    store.getState().selectEvent('nope');
    expect(store.getState().selectedIds).toEqual([]);
  });

  it('a paragraph selects all its events, in time order, and reveals them', async () => {
    const { store, timeline } = await loaded();
    store.getState().selectParagraph('p6');
    expect(store.getState()).toMatchObject({ selectedIds: ['soviet-war'], focusedId: 'soviet-war', activeParagraphId: 'p6' });
    store.getState().selectParagraph('p7');
    expect(store.getState().selectedIds).toEqual(['taliban-vs-us', 'taliban-mission']);
    expect(timeline.calls.at(-1)).toBe('reveal:taliban-vs-us,taliban-mission');
  });

  it('a marked span selects only its own events', async () => {
    const { store } = await loaded();
    store.getState().selectParagraph('p8', ['ghani-flees']);
    expect(store.getState().selectedIds).toEqual(['ghani-flees']);
  });

  it('a paragraph without events clears the selection but stays highlighted', async () => {
    const { store } = await loaded();
    store.getState().selectEvent('soviet-war');
    store.getState().selectParagraph('p3');
    expect(store.getState()).toMatchObject({ selectedIds: [], focusedId: null, activeParagraphId: 'p3' });
  });

  it('steps through events in time order and stops at the ends', async () => {
    const { store } = await loaded();
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      store.getState().step(1);
      ids.push(store.getState().focusedId!);
    }
    // The last step stays on the last event.
    expect(ids).toEqual([...TIME_ORDER, 'consultations']);
    store.getState().step(-1);
    expect(store.getState().focusedId).toBe('taliban-mission');
    store.getState().clearSelection();
    store.getState().step(-1);
    expect(store.getState().focusedId).toBe('consultations');
  });

  it('clearSelection empties it', async () => {
    const { store } = await loaded();
    store.getState().selectEvent('soviet-war');
    store.getState().clearSelection();
    expect(store.getState()).toMatchObject({ selectedIds: [], focusedId: null, activeParagraphId: null });
  });
});

describe('view slice', () => {
  it('zoom and fit go to the timeline', async () => {
    const { store, timeline } = await loaded();
    store.getState().zoomIn();
    store.getState().zoomOut();
    store.getState().fitAll();
    store.getState().fitAll({ animate: false });
    expect(timeline.calls).toEqual(['zoom-in', 'zoom-out', 'fit', 'fit-at-once']);
  });

  it('clamps the divider and saves the layout with the window of this document', async () => {
    const { store, savedStates } = await loaded();
    store.getState().setDividerRatio(0.95);
    expect(store.getState().dividerRatio).toBe(0.8);
    store.getState().setDividerRatio(Number.NaN);
    expect(store.getState().dividerRatio).toBe(0.5);
    store.getState().toggleArticle();
    await Promise.resolve();
    expect(savedStates.at(-1)).toEqual({ dividerRatio: 0.5, articleVisible: false, window: { start: 1, end: 2, file: FILE } });
  });

  it('restores a saved window only for the document it was saved for', async () => {
    const same = await loaded(undefined, { dividerRatio: 0.3, window: { start: 10, end: 20, file: FILE } });
    expect(same.store.getState()).toMatchObject({ dividerRatio: 0.3, restoredWindow: { start: 10, end: 20 } });
    const other = await loaded(undefined, { window: { start: 10, end: 20, file: '/other.json' } });
    expect(other.store.getState().restoredWindow).toBeNull();
  });
});

describe('opening articles', () => {
  const other: NewslineDocument = {
    ...SEED,
    sources: [{ ...SEED.sources[0], title: 'Another article', published: null }],
    events: SEED.events.slice(0, 2),
  };

  it('a failed open leaves the open document as it was and says why', async () => {
    const { store } = await loaded();
    store.getState().selectEvent('fall-of-kabul');
    store.getState().applyOpenResult({ status: 'failed', file: 'empty.txt', message: 'empty.txt: the file is empty' });
    expect(store.getState()).toMatchObject({
      title: SEED.sources[0].title,
      focusedId: 'fall-of-kabul',
      notice: { kind: 'error', title: 'empty.txt could not be opened', messages: ['empty.txt: the file is empty'] },
      importing: null,
    });
    expect(store.getState().events).toHaveLength(8);
  });

  it('a cancelled dialog changes nothing', async () => {
    const { store } = await loaded();
    store.getState().applyOpenResult({ status: 'canceled' });
    expect(store.getState()).toMatchObject({ title: SEED.sources[0].title, notice: null });
  });

  it('an opened article replaces the view, shows its warnings and asks for a missing publication date', async () => {
    const { store } = await loaded();
    store.getState().applyOpenResult({ status: 'opened', file: '/a/other.txt', document: other, warnings: [{ code: 'no-publication-date' }] });
    expect(store.getState()).toMatchObject({
      title: 'Another article',
      file: '/a/other.txt',
      askPublished: true,
      notice: { kind: 'warning', warnings: [{ file: null, warning: { code: 'no-publication-date' } }] },
    });
    expect(noticeLines(store.getState().notice!)).toEqual([expect.stringMatching(/^no publication date was found; dates without a year/)]);
    expect(store.getState().events).toHaveLength(2);
  });

  it('setting the publication date keeps curated events and adds the drafts found with it', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    store.getState().applyOpenResult({ status: 'opened', file: '/a/other.txt', document: other, warnings: [{ code: 'no-publication-date' }] });
    const draft = { ...SEED.events[4], id: 'x1', origin: 'extracted' as const };
    (api.extractEvents as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ events: [draft] });
    await store.getState().setPublished('2021-08-20');
    expect(api.extractEvents).toHaveBeenCalledWith('s1', other.sources[0].paragraphs, '2021-08-20');
    expect(store.getState()).toMatchObject({ askPublished: false, notice: null, document: { sources: [{ published: '2021-08-20' }] } });
    expect(store.getState().events.map((e) => e.id)).toEqual(['soviet-war', 'taliban-vs-us', 'x1']);
  });

  it('answering the date question removes the date warning by its code and keeps every other warning, whatever its words', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    // A Word document's own message may well mention a publication date: it is not the importer's date warning.
    const wordMessage: ImportWarning = { code: 'docx-part-unreadable', detail: 'the publication date field could not be read' };
    const capped: ImportWarning = { code: 'events-capped', found: 600, shown: 500 };
    store.getState().applyOpenResult({ status: 'opened', file: '/a/other.docx', document: other, warnings: [wordMessage, { code: 'no-publication-date' }, capped] });
    (api.extractEvents as ReturnType<typeof vi.fn>).mockResolvedValueOnce({ events: [] });
    await store.getState().setPublished('2021-08-20');
    const notice = store.getState().notice!;
    expect(notice).toMatchObject({ kind: 'warning', warnings: [{ warning: wordMessage }, { warning: capped }] });
    expect(noticeLines(notice)).toEqual([
      'part of the Word document could not be read: the publication date field could not be read',
      'the article mentions 600 dated events; the first 500 in reading order are shown and 100 were left out',
    ]);
  });

  it('answering the date question leaves an error notice alone', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    store.getState().applyOpenResult({ status: 'failed', file: 'x.txt', message: 'x.txt: no publication date here either' });
    await store.getState().setPublished('2021-08-20');
    expect(store.getState().notice).toEqual({ kind: 'error', title: 'x.txt could not be opened', messages: ['x.txt: no publication date here either'] });
  });

  it('setting the same publication date changes nothing and asks nothing', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    const before = store.getState().document;
    await store.getState().setPublished('2024-05-15');
    expect(api.extractEvents).not.toHaveBeenCalled();
    expect(store.getState().document).toBe(before);
  });

  it('"unknown" keeps the date empty rather than guessing', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    await store.getState().setPublished(null);
    expect(api.extractEvents).toHaveBeenCalledWith('s1', SEED.sources[0].paragraphs, null);
    expect(store.getState().document?.sources[0].published).toBeNull();
  });

  it('a dropped file is refused over the size limit without being read', async () => {
    const { store } = await loaded();
    const arrayBuffer = vi.fn();
    await store.getState().openDropped({ name: 'huge.html', size: MAX_ARTICLE_BYTES + 1, arrayBuffer });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(noticeLines(store.getState().notice!)).toEqual(['huge.html: the file is 1.0 MB, over the 1 MB limit for an article']);
  });

  it('a dropped file is sent as bytes and marks an import under way until it returns', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    let finish!: (r: OpenResult) => void;
    (api.importDocument as ReturnType<typeof vi.fn>).mockReturnValueOnce(new Promise<OpenResult>((r) => (finish = r)));
    const bytes = new TextEncoder().encode('Text');
    const pending = store.getState().openDropped({ name: 'a.txt', size: bytes.length, arrayBuffer: async () => bytes.buffer });
    await vi.waitFor(() => expect(api.importDocument).toHaveBeenCalled());
    expect(store.getState().importing?.name).toBe('a.txt');
    finish({ status: 'opened', file: 'a.txt', document: SEED, warnings: [] });
    await pending;
    expect(store.getState()).toMatchObject({ importing: null, file: 'a.txt', status: 'ready' });
    expect([...(api.importDocument as ReturnType<typeof vi.fn>).mock.calls[0][1]]).toEqual([...bytes]);
  });
});

describe('canceling an import', () => {
  it('Cancel asks main to stop the import; its canceled answer clears the progress and keeps the open document', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    const title = store.getState().title;
    let finish!: (r: OpenResult) => void;
    (api.importDocument as ReturnType<typeof vi.fn>).mockReturnValueOnce(new Promise<OpenResult>((r) => (finish = r)));
    (api.cancelImport as ReturnType<typeof vi.fn>).mockImplementationOnce(async () => {
      finish({ status: 'canceled' });
      return { canceled: true };
    });
    const opening = store.getState().openDropped({ name: 'slow.md', size: 10, arrayBuffer: async () => new ArrayBuffer(10) });
    await vi.waitFor(() => expect(store.getState().importing?.name).toBe('slow.md'));
    await store.getState().cancelImport();
    await opening;
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
    expect(store.getState().importing).toBeNull();
    expect(store.getState().notice).toBeNull();
    expect(store.getState().title).toBe(title);
  });

  it('Esc cancels an import under way, and clears the selection otherwise', async () => {
    const { api } = fakeApi();
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    const key = { key: 'Escape', defaultPrevented: false, altKey: false, metaKey: false, ctrlKey: false, target: null, preventDefault() {} };
    const esc = () => handleShortcut(key as unknown as KeyboardEvent, store.getState());
    store.getState().importStarted('slow.md');
    expect(esc()).toBe(true);
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
    store.getState().applyOpenResult({ status: 'canceled' });
    store.getState().selectEvent('fall-of-kabul');
    expect(esc()).toBe(true);
    expect(store.getState().selectedIds).toEqual([]);
    expect(api.cancelImport).toHaveBeenCalledTimes(1);
  });
});
