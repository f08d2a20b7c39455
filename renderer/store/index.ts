import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice, isDirty, type DocumentSlice, type DocumentView } from './document-slice';
import { createEditSlice, type EditSlice, type History } from './edit-slice';
import { createExportSlice, type ExportSlice } from './export-slice';
import { createFilterSlice, pruneFilter, type FilterSlice } from './filter-slice';
import { createMergesSlice, watchProposals, type MergesSlice } from './merges-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSourcesSlice, type SourcesSlice } from './sources-slice';
import type { StoreDeps } from './types';
import { createViewSlice, type ViewSlice } from './view-slice';

export type NewslineState = DocumentSlice & EditSlice & SelectionSlice & ViewSlice & SourcesSlice & ExportSlice & FilterSlice & MergesSlice;
export type NewslineStore = StoreApi<NewslineState> & { temporal: StoreApi<TemporalState<DocumentView>> };

/** How many edits undo reaches back. */
export const UNDO_LIMIT = 200;
/** Unsaved work reaches the journal this long after the last edit, well within a second. */
export const JOURNAL_DELAY_MS = 250;

const viewPart = (s: NewslineState): DocumentView => ({
  document: s.document,
  source: s.source,
  paragraphs: s.paragraphs,
  title: s.title,
  events: s.events,
});

/** One store from its slices; the API to main comes in as a dependency so tests can supply their own. */
export function createNewslineStore(deps: StoreDeps): NewslineStore {
  let store: NewslineStore;
  const history = (): History => {
    const t = store.temporal.getState();
    return {
      undo: () => t.undo(),
      redo: () => t.redo(),
      canUndo: () => t.pastStates.length > 0,
      canRedo: () => t.futureStates.length > 0,
      subscribe: (l) => store.temporal.subscribe(l),
    };
  };
  const clearHistory = () => store.temporal.getState().clear();
  store = createStore<NewslineState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(deps, clearHistory)(...a),
        ...createEditSlice(deps, history)(...a),
        ...createSelectionSlice(...a),
        ...createViewSlice(deps)(...a),
        ...createSourcesSlice(deps)(...a),
        ...createExportSlice(deps)(...a),
        ...createFilterSlice(...a),
        ...createMergesSlice(deps)(...a),
      }),
      // Only the document is history: selection, layout and dialogs are not undone. Undo restores what is derived
      // from the document with it, so the timeline, the marks and the details card follow at once.
      { partialize: viewPart, equality: (a, b) => a.document === b.document, limit: UNDO_LIMIT },
    ),
  ) as NewslineStore;

  store.temporal.subscribe((t) => {
    const canUndo = t.pastStates.length > 0;
    const canRedo = t.futureStates.length > 0;
    if (store.getState().canUndo !== canUndo || store.getState().canRedo !== canRedo) store.setState({ canUndo, canRedo });
  });

  // After undo or redo, drop a selection of events that no longer exist.
  store.subscribe((s, prev) => {
    if (s.events === prev.events) return;
    const alive = new Set(s.events.map((e) => e.id));
    if (s.selectedIds.some((id) => !alive.has(id))) s.selectEvents(s.selectedIds.filter((id) => alive.has(id)));
    if (s.editing?.kind === 'edit' && !alive.has(s.editing.id)) store.setState({ editing: null });
  });

  // A filter naming a source or category the document no longer has (removed, or undone) lets that value go.
  store.subscribe((s, prev) => {
    if (s.document === prev.document) return;
    const pruned = pruneFilter(s);
    if (pruned) s.setFilter(pruned);
  });

  watchProposals(store);

  // Unsaved work goes to the journal shortly after each change; the window knows whether to ask before closing.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let journaled = false;
  store.subscribe((s, prev) => {
    const dirty = isDirty(s);
    if (dirty !== isDirty(prev)) void deps.api.setEdited(dirty).catch(() => {});
    if (s.document === prev.document && s.savedDocument === prev.savedDocument) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const now = store.getState();
      if (isDirty(now)) {
        journaled = true;
        void deps.api.writeJournal(now.document!, now.title || 'Untitled timeline').catch(() => {});
      } else if (journaled) {
        // Saved, or undone back to what was saved: nothing is left to restore.
        journaled = false;
        void deps.api.clearJournal().catch(() => {});
      }
    }, JOURNAL_DELAY_MS);
  });

  return store;
}

export { isDirty, displayName } from './document-slice';
export type { TimelineController, StoreDeps } from './types';
