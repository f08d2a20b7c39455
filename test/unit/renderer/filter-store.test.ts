import { validateDocument } from '../../../shared/document';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewslineDocument } from '../../../shared/document';
import { handleShortcut } from '../../../renderer/shortcuts';
import { createNewslineStore } from '../../../renderer/store';
import { selectCurrentHit, selectParagraphHits, selectSearch, selectShownEvents } from '../../../renderer/store/filter-slice';
import { fakePreloadApi } from '../../fixtures/fake-api';
import { harbourDocument } from '../../fixtures/merges/harbour';

const SEED: NewslineDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json'), 'utf8'));

async function loaded() {
  const api = fakePreloadApi({ ok: true, file: '/seed/document.json', document: SEED }, {
    saveExport: vi.fn(async () => ({ status: 'saved' as const, file: '/out/events.csv' })),
  });
  const store = createNewslineStore({ api, validateDocument });
  await store.getState().loadInitialDocument();
  return { store, api };
}
const shownIds = (store: Awaited<ReturnType<typeof loaded>>['store']) => selectShownEvents(store.getState()).map((e) => e.id);

describe('filters in the store', () => {
  it('show only what the filter keeps, in time order; chips clear one facet or all', async () => {
    const { store } = await loaded();
    store.getState().toggleFilterValue('bases', 'publication');
    expect(shownIds(store)).toEqual(['taliban-mission', 'consultations']);
    store.getState().setFilter({ uncertainOnly: true });
    expect(shownIds(store)).toEqual(['taliban-mission']);
    store.getState().clearFilterFacet('bases');
    expect(store.getState().filter).toEqual({ uncertainOnly: true });
    store.getState().clearFilters();
    expect(shownIds(store)).toHaveLength(SEED.events.length);
    // The same array as the document's events when nothing is filtered: nothing downstream redraws.
    expect(selectShownEvents(store.getState())).toBe(store.getState().events);
  });

  it('a source filter brings a kept article into the pane when the shown one is filtered out', async () => {
    const api = fakePreloadApi({ ok: true, file: '/h/harbour.json', document: harbourDocument() });
    const store = createNewslineStore({ api, validateDocument });
    await store.getState().loadInitialDocument();
    store.getState().showSource('s1');
    store.getState().setFilter({ sources: ['s3', 's2'] });
    // The first kept article in the timeline's order, not the first named.
    expect(store.getState().source?.id).toBe('s2');
    // A shown article the filter keeps stays.
    store.getState().showSource('s3');
    store.getState().toggleFilterValue('sources', 's2');
    expect(store.getState().source?.id).toBe('s3');
    // Without a source filter, the pane is left where it is.
    store.getState().clearFilters();
    expect(store.getState().source?.id).toBe('s3');
  });

  it('a filter is a view, not an edit: nothing to undo, nothing unsaved', async () => {
    const { store } = await loaded();
    store.getState().setFilter({ from: '2024' });
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().document).toBe(store.getState().savedDocument);
  });

  it('drops from the selection what it hides; ← → step only through what is shown', async () => {
    const { store } = await loaded();
    store.getState().selectEvent('soviet-war');
    store.getState().setFilter({ from: '2021-08-15', to: '2021-08-15' });
    expect(store.getState().selectedIds).toEqual([]);
    // 2001–2021 reaches into that day; the 1980s and 2024 do not.
    expect(shownIds(store)).toEqual(['taliban-vs-us', 'taliban-offensive', 'fall-of-kabul', 'ghani-flees', 'taliban-mission']);
    store.getState().step(1);
    expect(store.getState().focusedId).toBe('taliban-vs-us');
    store.getState().step(-1);
    expect(store.getState().focusedId).toBe('taliban-vs-us');
    for (let i = 0; i < 6; i++) store.getState().step(1);
    expect(store.getState().focusedId).toBe('taliban-mission');
  });

  it('every export gets the filtered document, and its message says so', async () => {
    const { store, api } = await loaded();
    store.getState().toggleFilterValue('bases', 'publication');
    await store.getState().exportFile('csv');
    const sent = vi.mocked(api.saveExport).mock.calls[0][1];
    expect(sent.events.map((e) => e.id)).toEqual(['taliban-mission', 'consultations']);
    expect(sent.sources).toEqual(SEED.sources);
    expect(store.getState().exportStatus?.message).toBe(`Saved the CSV file as events.csv (filtered: 2 of ${SEED.events.length} events)`);
    store.getState().clearFilters();
    await store.getState().exportFile('csv');
    expect(vi.mocked(api.saveExport).mock.calls[1][1].events).toHaveLength(SEED.events.length);
    expect(store.getState().exportStatus?.message).toBe('Saved the CSV file as events.csv');
  });
});

describe('search in the store', () => {
  it('matches titles, notes and quotes of shown events, and article text; Enter steps and wraps', async () => {
    const { store } = await loaded();
    store.getState().setSearchQuery('kabul');
    const r = selectSearch(store.getState());
    // "Kabul" in a title, and in notes ("the day Kabul fell"), and Kabulov in the text.
    expect(r.eventIds).toEqual(expect.arrayContaining(['fall-of-kabul', 'ghani-flees', 'taliban-offensive']));
    expect(r.text.length).toBeGreaterThan(0);
    store.getState().stepSearch(1);
    expect(selectCurrentHit(store.getState())).toEqual({ kind: 'event', eventId: r.eventIds[0] });
    expect(store.getState().focusedId).toBe(r.eventIds[0]);
    // Shift+Enter from the first wraps to the last: a place in the text, shown with no event selected.
    store.getState().stepSearch(-1);
    store.getState().stepSearch(-1);
    const last = r.hits[r.hits.length - 2];
    expect(selectCurrentHit(store.getState())).toEqual(last);
    if (last.kind !== 'text') throw new Error('expected a text hit');
    expect(store.getState().focusedId).toBeNull();
    expect(store.getState().activeParagraphId).toBe(last.paragraphId);
    expect(selectParagraphHits(store.getState(), last.sourceId, last.paragraphId)).toContainEqual({ sourceId: last.sourceId, paragraphId: last.paragraphId, start: last.start, end: last.end });
    // The same array while nothing changes: paragraphs do not re-render.
    expect(selectParagraphHits(store.getState(), last.sourceId, last.paragraphId)).toBe(selectParagraphHits(store.getState(), last.sourceId, last.paragraphId));
  });

  it('searches only what the filter shows', async () => {
    const { store } = await loaded();
    store.getState().setSearchQuery('taliban');
    const all = selectSearch(store.getState()).eventIds.length;
    store.getState().toggleFilterValue('bases', 'publication');
    expect(selectSearch(store.getState()).eventIds).toEqual(['taliban-mission']);
    expect(all).toBeGreaterThan(1);
  });

  it('Ctrl/Cmd+F asks for the search box, from anywhere; Esc in the box is the box\'s', async () => {
    const { store } = await loaded();
    const before = store.getState().searchFocusToken;
    // From a text field too (the article's add form, the filter's date fields).
    const e = { key: 'f', defaultPrevented: false, altKey: false, metaKey: false, ctrlKey: true, shiftKey: false, target: { tagName: 'INPUT' }, preventDefault() {} };
    expect(handleShortcut(e as unknown as KeyboardEvent, store.getState())).toBe(true);
    expect(store.getState().searchFocusToken).toBe(before + 1);
    store.getState().setSearchQuery('x');
    store.getState().clearSearch();
    expect(store.getState().searchQuery).toBe('');
    expect(selectSearch(store.getState()).hits).toEqual([]);
  });
});

describe('categories in the store', () => {
  it('made and assigned as edits: undoable, unsaved until saved, and filterable', async () => {
    const { store } = await loaded();
    store.getState().selectEvents(['fall-of-kabul', 'ghani-flees']);
    const id = store.getState().addCategory('Kabul falls', '#d62728')!;
    store.getState().setCategory(id, true);
    let s = store.getState();
    expect(s.document!.categories).toEqual([{ id, name: 'Kabul falls', colour: '#d62728' }]);
    expect(s.document!.events.filter((e) => e.categories?.includes(id)).map((e) => e.id).sort()).toEqual(['fall-of-kabul', 'ghani-flees']);
    expect(s.document).not.toBe(s.savedDocument);
    s.toggleFilterValue('categories', id);
    expect(shownIds(store)).toEqual(['fall-of-kabul', 'ghani-flees']);
    // Undo takes the tags back; the filter follows what the document now says.
    store.getState().undo();
    expect(shownIds(store)).toEqual([]);
    store.getState().undo();
    s = store.getState();
    expect(s.document!.categories).toBeUndefined();
    // The category is gone, so the filter lets it go too.
    expect(s.filter.categories).toBeUndefined();
    expect(shownIds(store)).toHaveLength(SEED.events.length);
  });

  it('removing a category takes its tags off the events and out of the filter', async () => {
    const { store } = await loaded();
    const id = store.getState().addCategory('War')!;
    store.getState().setCategory(id, true, ['soviet-war']);
    store.getState().toggleFilterValue('categories', id);
    expect(shownIds(store)).toEqual(['soviet-war']);
    store.getState().removeCategory(id);
    expect(store.getState().document!.events.find((e) => e.id === 'soviet-war')!.categories).toBeUndefined();
    expect(store.getState().filter.categories).toBeUndefined();
  });
});
