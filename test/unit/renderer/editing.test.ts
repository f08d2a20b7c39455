import { validateDocument } from '../../../shared/document';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewslineDocument } from '../../../shared/document';
import type { PreloadApi } from '../../../shared/ipc';
import { fakePreloadApi } from '../../fixtures/fake-api';
import { createNewslineStore, isDirty, UNDO_LIMIT, type NewslineStore } from '../../../renderer/store';
import { eventsInParagraph } from '../../../renderer/store/document-slice';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));

/** The seed with two of its events as untouched machine drafts, so suggestion and revert have something to keep. */
const DRAFTED: NewslineDocument = {
  ...SEED,
  events: SEED.events.map((e) => (e.id === 'fall-of-kabul' || e.id === 'consultations' ? { ...e, origin: 'extracted' as const } : e)),
};

function fakeApi(doc: NewslineDocument = DRAFTED) {
  const api = fakePreloadApi(
    { ok: true, file: '/seed/document.json', document: doc },
    { saveDocument: vi.fn(async () => ({ status: 'saved' as const, file: '/tmp/t.newsline' })) },
  );
  return api;
}

async function open(doc?: NewslineDocument): Promise<{ store: NewslineStore; api: PreloadApi }> {
  const api = fakeApi(doc);
  const store = createNewslineStore({ api, validateDocument });
  await store.getState().loadInitialDocument();
  return { store, api };
}

const event = (store: NewslineStore, id: string) => store.getState().document!.events.find((e) => e.id === id);
const ids = (store: NewslineStore) => store.getState().events.map((e) => e.id);

/** Runs an action, then checks that undo brings back the document before it and redo the one after it. */
function undoable(store: NewslineStore, action: () => void) {
  const before = store.getState().document;
  const beforeEvents = store.getState().events;
  action();
  const after = store.getState().document;
  expect(after).not.toBe(before);
  store.getState().undo();
  expect(store.getState().document).toBe(before);
  expect(store.getState().events).toEqual(beforeEvents);
  store.getState().redo();
  expect(store.getState().document).toBe(after);
  return after!;
}

describe('editing, each action undone and redone', () => {
  it('opens clean, with nothing to undo', async () => {
    const { store } = await open();
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('edit: title, date, provenance and note; a machine draft becomes "edited" and keeps its suggestion', async () => {
    const { store } = await open();
    const original = event(store, 'fall-of-kabul')!;
    undoable(store, () =>
      store.getState().updateEvent('fall-of-kabul', {
        title: 'Kabul falls',
        date: { start: '2021-08', basis: 'record', yearUncertain: true, note: 'Checked against the record.' },
        note: 'My note',
      }),
    );
    expect(event(store, 'fall-of-kabul')).toMatchObject({
      title: 'Kabul falls',
      origin: 'edited',
      note: 'My note',
      date: { start: '2021-08', yearUncertain: true },
      suggestion: { title: original.title, date: original.date },
    });
    expect(isDirty(store.getState())).toBe(true);
    // The timeline's list follows at once.
    expect(store.getState().events.find((e) => e.id === 'fall-of-kabul')?.title).toBe('Kabul falls');
  });

  it('an edit that changes nothing is not a step', async () => {
    const { store } = await open();
    const e = event(store, 'soviet-war')!;
    store.getState().updateEvent('soviet-war', { title: e.title });
    expect(store.getState().canUndo).toBe(false);
  });

  it('an invalid edit (a range ending before it starts) is refused with a message and changes nothing', async () => {
    const { store } = await open();
    const before = store.getState().document;
    expect(store.getState().updateEvent('soviet-war', { date: { start: '1989', end: '1979', basis: 'record' } })).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(store.getState().notice).toMatchObject({ kind: 'error', messages: [expect.stringMatching(/events\[0\]\.date\.end/)] });
  });

  it('revert to suggestion', async () => {
    const { store } = await open();
    const original = event(store, 'fall-of-kabul')!;
    store.getState().updateEvent('fall-of-kabul', { title: 'Kabul falls' });
    undoable(store, () => store.getState().revertToSuggestion('fall-of-kabul'));
    expect(event(store, 'fall-of-kabul')).toEqual(original);
  });

  it('evidence: add a span from the selection, remove one', async () => {
    const { store } = await open();
    const e = event(store, 'soviet-war')!;
    const extra = { sourceId: 's1', paragraphId: 'p5', start: 0, end: 10 };
    undoable(store, () => store.getState().updateEvent('soviet-war', { evidence: [...e.evidence, extra] }));
    expect(event(store, 'soviet-war')!.evidence).toHaveLength(3);
    expect(eventsInParagraph(store.getState(), 'p5')).toContain('soviet-war');
    undoable(store, () => store.getState().updateEvent('soviet-war', { evidence: [extra] }));
    expect(event(store, 'soviet-war')!.evidence).toEqual([extra]);
  });

  it('the last evidence span cannot be removed', async () => {
    const { store } = await open();
    expect(store.getState().updateEvent('soviet-war', { evidence: [] })).toBe(false);
    expect(event(store, 'soviet-war')!.evidence).toHaveLength(2);
  });

  it('add from a selection: the tagger proposes the date of that sentence; the event is "added" and selected', async () => {
    const { store, api } = await open();
    const anchor = { sourceId: 's1', paragraphId: 'p6', start: 0, end: 40 };
    vi.mocked(api.extractEvents).mockResolvedValueOnce({
      events: [{ id: 'x1', title: 'Proposed', date: { start: '2021-04-14', basis: 'stated' }, evidence: [{ ...anchor, start: 5, end: 60 }], origin: 'extracted' }],
    });
    await store.getState().startAdd(anchor);
    const editing = store.getState().editing;
    expect(editing).toMatchObject({ kind: 'add', proposal: { found: true, title: 'Proposed', date: { start: '2021-04-14' } } });
    const proposal = editing!.kind === 'add' ? editing!.proposal : null;
    expect(store.getState().addEvent({ title: proposal!.title, date: proposal!.date, evidence: [anchor] })).toBe(true);
    const added = store.getState().document!.events.at(-1)!;
    expect(added).toMatchObject({ title: 'Proposed', origin: 'added', evidence: [anchor] });
    expect(store.getState().focusedId).toBe(added.id);
    expect(eventsInParagraph(store.getState(), 'p6')).toContain(added.id);
    store.getState().undo();
    expect(ids(store)).not.toContain(added.id);
    store.getState().redo();
    expect(ids(store)).toContain(added.id);
  });

  it('delete, then undo brings it back', async () => {
    const { store } = await open();
    store.getState().selectEvent('ghani-flees');
    undoable(store, () => store.getState().deleteEvents());
    expect(ids(store)).not.toContain('ghani-flees');
    store.getState().undo();
    expect(ids(store)).toContain('ghani-flees');
    store.getState().redo();
    expect(ids(store)).not.toContain('ghani-flees');
    expect(store.getState().selectedIds).toEqual([]);
  });

  it('merge two events: evidence and notes joined into the first', async () => {
    const { store } = await open();
    const a = event(store, 'fall-of-kabul')!;
    const b = event(store, 'ghani-flees')!;
    store.getState().selectEvents(['fall-of-kabul', 'ghani-flees']);
    undoable(store, () => store.getState().mergeEvents());
    expect(ids(store)).not.toContain('ghani-flees');
    const merged = event(store, 'fall-of-kabul')!;
    expect(merged.evidence).toEqual([...a.evidence, ...b.evidence]);
    expect(merged.date.note).toBe(`${a.date.note} ${b.date.note}`);
    expect(merged.origin).toBe('edited');
    expect(store.getState().focusedId).toBe('fall-of-kabul');
  });

  it('not an event: removed and remembered, so re-extraction does not bring it back', async () => {
    const { store, api } = await open();
    const gone = event(store, 'consultations')!;
    undoable(store, () => store.getState().dismissEvent('consultations'));
    expect(store.getState().document!.dismissed).toEqual(gone.evidence);
    vi.mocked(api.extractEvents).mockResolvedValueOnce({ events: [{ ...gone, id: 'x9' }] });
    await store.getState().setPublished('2024-05-16');
    expect(store.getState().document!.events.some((e) => e.evidence.some((a) => a.paragraphId === gone.evidence[0].paragraphId && a.start === gone.evidence[0].start))).toBe(false);
  });

  it('changing the publication date re-places only untouched drafts; edited, curated and added keep their dates', async () => {
    const { store, api } = await open();
    store.getState().updateEvent('consultations', { title: 'Consultations (checked)' });
    const kabul = event(store, 'fall-of-kabul')!;
    const curated = event(store, 'us-withdrawal')!;
    vi.mocked(api.extractEvents).mockResolvedValueOnce({
      events: [
        { ...kabul, id: 'x1', date: { start: '2023-08-15', basis: 'stated', yearUncertain: true } },
        { ...event(store, 'consultations')!, id: 'x2', origin: 'extracted', suggestion: undefined, date: { start: '2024-05-16', basis: 'publication' } },
      ],
    });
    const before = store.getState().document;
    await store.getState().setPublished('2024-05-16');
    expect(event(store, 'fall-of-kabul')?.date.start).toBe('2023-08-15');
    const after = store.getState().document;
    store.getState().undo();
    expect(store.getState().document).toBe(before);
    store.getState().redo();
    expect(store.getState().document).toBe(after);
    expect(event(store, 'consultations')).toMatchObject({ title: 'Consultations (checked)', date: { start: '2024-05-15' } });
    expect(event(store, 'us-withdrawal')).toEqual(curated);
    expect(store.getState().document!.events).toHaveLength(SEED.events.length);
  });

  it(`keeps at least 100 steps (the limit is ${UNDO_LIMIT}) and undoes them all back to the opened document`, async () => {
    const { store } = await open();
    const first = store.getState().document;
    for (let i = 0; i < 120; i++) store.getState().updateEvent('soviet-war', { title: `Title ${i}` });
    expect(event(store, 'soviet-war')!.title).toBe('Title 119');
    for (let i = 0; i < 120; i++) store.getState().undo();
    expect(store.getState().document).toBe(first);
    expect(isDirty(store.getState())).toBe(false);
    for (let i = 0; i < 120; i++) store.getState().redo();
    expect(event(store, 'soviet-war')!.title).toBe('Title 119');
  });

  it('opening another document starts a fresh history', async () => {
    const { store } = await open();
    store.getState().updateEvent('soviet-war', { title: 'Changed' });
    store.getState().applyOpenResult({ status: 'opened', file: '/x.newsline', document: SEED, warnings: [], saved: true });
    expect(store.getState().canUndo).toBe(false);
    expect(isDirty(store.getState())).toBe(false);
  });
});

describe('saving and unsaved changes', () => {
  it('save writes the document and marks it clean; edits made after stay unsaved', async () => {
    const { store, api } = await open();
    store.getState().updateEvent('soviet-war', { title: 'Changed' });
    expect(await store.getState().save()).toBe(true);
    expect(api.saveDocument).toHaveBeenCalledWith(store.getState().document, false, expect.any(String));
    expect(isDirty(store.getState())).toBe(false);
    expect(store.getState()).toMatchObject({ file: '/tmp/t.newsline', fileBacked: true });
    store.getState().updateEvent('soviet-war', { title: 'Again' });
    expect(isDirty(store.getState())).toBe(true);
    // Undo back to what was saved: clean again.
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(false);
  });

  it('edits reach the journal within a second, and the window is told it has unsaved changes', async () => {
    const { store, api } = await open();
    store.getState().updateEvent('soviet-war', { title: 'Changed' });
    await vi.waitFor(() => expect(api.writeJournal).toHaveBeenCalledWith(store.getState().document, expect.any(String)), { timeout: 1000 });
    expect(api.setEdited).toHaveBeenCalledWith(true);
  });

  it.each([
    ['cancel', false, 0],
    ['discard', true, 0],
    ['save', true, 1],
  ] as const)('opening another file with unsaved changes asks first: %s', async (answer, opens, saves) => {
    const { store, api } = await open();
    store.getState().updateEvent('soviet-war', { title: 'Changed' });
    const opening = store.getState().openFile();
    await vi.waitFor(() => expect(store.getState().unsavedPrompt).toEqual({ reason: 'open' }));
    expect(api.openDocument).not.toHaveBeenCalled();
    store.getState().answerUnsaved(answer);
    await opening;
    expect(vi.mocked(api.openDocument).mock.calls.length).toBe(opens ? 1 : 0);
    expect(vi.mocked(api.saveDocument).mock.calls.length).toBe(saves);
    expect(store.getState().unsavedPrompt).toBeNull();
  });

  it('closing with unsaved changes asks; Cancel keeps the window, Don’t Save closes it', async () => {
    const { store, api } = await open();
    store.getState().updateEvent('soviet-war', { title: 'Changed' });
    let closing = store.getState().requestClose();
    await vi.waitFor(() => expect(store.getState().unsavedPrompt).toEqual({ reason: 'close' }));
    store.getState().answerUnsaved('cancel');
    await closing;
    expect(api.closeWindow).not.toHaveBeenCalled();
    closing = store.getState().requestClose();
    await vi.waitFor(() => expect(store.getState().unsavedPrompt).not.toBeNull());
    store.getState().answerUnsaved('discard');
    await closing;
    expect(api.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('closing with nothing unsaved does not ask', async () => {
    const { store, api } = await open();
    await store.getState().requestClose();
    expect(store.getState().unsavedPrompt).toBeNull();
    expect(api.closeWindow).toHaveBeenCalledTimes(1);
  });
});
