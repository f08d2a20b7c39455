import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSourcesSlice, type SourcesSlice } from './sources-slice';
import type { StoreDeps } from './types';
import { createViewSlice, type ViewSlice } from './view-slice';

export type NewslineState = DocumentSlice & SelectionSlice & ViewSlice & SourcesSlice;
export type NewslineStore = StoreApi<NewslineState>;

/** One store from its slices; the API to main comes in as a dependency so tests can supply their own. */
export function createNewslineStore(deps: StoreDeps): NewslineStore {
  return createStore<NewslineState>()((...a) => ({
    ...createDocumentSlice(deps)(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(deps)(...a),
    ...createSourcesSlice(deps)(...a),
  }));
}

export type { TimelineController, StoreDeps } from './types';
