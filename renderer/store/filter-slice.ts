import type { StateCreator } from 'zustand';
import { addCategory, removeCategory, setEventsCategory, updateCategory } from '../../shared/categories';
import type { Category, NewslineEvent } from '../../shared/document';
import { filterEvents, isFilterActive, NO_FILTER, searchDocument, type EventFilter, type SearchHit, type SearchResult, type TextHit } from '../../shared/filter';
import type { NewslineState } from './index';

// Search and filters, and the user's categories. The filter is a view setting (never undone, never saved);
// categories live in the document, so assigning one is an edit like any other and Undo takes it back. What
// the timeline, the list and the exports show is derived here, through memoized selectors.

export interface FilterSlice {
  filter: EventFilter;
  /** The search as applied (the box debounces typing). */
  searchQuery: string;
  /** Which of the search's hits Enter last went to; -1 before the first. */
  searchHitIndex: number;
  /** Bumped to put the focus in the search box (Ctrl/Cmd+F, Edit ▸ Find). */
  searchFocusToken: number;
  setFilter(patch: Partial<EventFilter>): void;
  /** Adds or removes one value of a list facet (a source, a precision, a category, ...). */
  toggleFilterValue<K extends 'sources' | 'precisions' | 'bases' | 'categories'>(facet: K, value: NonNullable<EventFilter[K]>[number]): void;
  clearFilterFacet(facet: keyof EventFilter): void;
  clearFilters(): void;
  setSearchQuery(query: string): void;
  /** Goes to the next (1) or previous (-1) hit, wrapping: an event is selected, a place in the text shown. */
  stepSearch(direction: 1 | -1): void;
  clearSearch(): void;
  focusSearch(): void;
  /** Makes a category (or finds the one with that name); returns its id, or null when nothing is open. */
  addCategory(name: string, colour?: string): string | null;
  updateCategory(id: string, patch: Partial<Pick<Category, 'name' | 'colour'>>): void;
  removeCategory(id: string): void;
  /** Tags or untags events (the selection, when not given) with a category. */
  setCategory(categoryId: string, on: boolean, eventIds?: string[]): void;
}

/** The events the timeline, the list and the exports show: the document's, in time order, through the filter. */
export const selectShownEvents = memoize2((events: NewslineEvent[], filter: EventFilter) => filterEvents(events, filter), (s: NewslineState) => [s.events, s.filter] as const);

const EMPTY_RESULT: SearchResult = { query: '', eventIds: [], eventSet: new Set(), text: [], hits: [], truncated: false };

/** The search over what is shown: the shown events, and the text of the sources the filter keeps. */
export const selectSearch = memoize3(
  (state: Pick<NewslineState, 'document' | 'filter'>, shown: NewslineEvent[], query: string): SearchResult => {
    if (!state.document || !query.trim()) return EMPTY_RESULT;
    const sources = state.filter.sources?.length ? new Set(state.filter.sources) : undefined;
    return searchDocument(state.document, shown, query, { sourceIds: sources });
  },
  (s: NewslineState) => [s, selectShownEvents(s), s.searchQuery] as const,
  // The state object changes on every set; only the document and the filter matter here.
  (a, b) => a.document === b.document && a.filter.sources === b.filter.sources,
);

export function selectCurrentHit(s: NewslineState): SearchHit | null {
  return selectSearch(s).hits[s.searchHitIndex] ?? null;
}

export const createFilterSlice: StateCreator<NewslineState, [], [], FilterSlice> = (set, get) => {
  /** A filter change keeps the selection only where it is still shown. */
  const applyFilter = (filter: EventFilter) => {
    set({ filter, searchHitIndex: -1 });
    // The article pane follows a source filter: it never shows an article whose events are all hidden.
    const kept = filter.sources;
    const current = get().source?.id;
    if (kept?.length && current && !kept.includes(current)) {
      const next = get().document?.sources.find((x) => kept.includes(x.id));
      if (next) get().showSource(next.id);
    }
    const shown = new Set(selectShownEvents(get()).map((e) => e.id));
    const keep = get().selectedIds.filter((id) => shown.has(id));
    if (keep.length !== get().selectedIds.length) {
      if (keep.length) get().selectEvents(keep);
      else get().clearSelection();
    }
  };
  const commitDocument = (next: NewslineState['document']) => {
    if (next && next !== get().document) get().commit(next);
  };
  return {
    filter: NO_FILTER,
    searchQuery: '',
    searchHitIndex: -1,
    searchFocusToken: 0,

    setFilter(patch) {
      const next: EventFilter = { ...get().filter, ...patch };
      for (const key of Object.keys(next) as Array<keyof EventFilter>) {
        const v = next[key];
        if (v === undefined || v === false || v === '' || (Array.isArray(v) && v.length === 0)) delete next[key];
      }
      applyFilter(Object.keys(next).length ? next : NO_FILTER);
    },

    toggleFilterValue(facet, value) {
      const list = (get().filter[facet] ?? []) as string[];
      const next = list.includes(value as string) ? list.filter((v) => v !== value) : [...list, value as string];
      get().setFilter({ [facet]: next } as Partial<EventFilter>);
    },

    clearFilterFacet(facet) {
      // The date range is one chip: clearing it clears both ends.
      get().setFilter(facet === 'from' || facet === 'to' ? { from: undefined, to: undefined } : { [facet]: undefined });
    },

    clearFilters() {
      if (get().filter !== NO_FILTER) applyFilter(NO_FILTER);
    },

    setSearchQuery(query) {
      if (query === get().searchQuery) return;
      set({ searchQuery: query, searchHitIndex: -1 });
    },

    stepSearch(direction) {
      const { hits } = selectSearch(get());
      if (hits.length === 0) return;
      const at = get().searchHitIndex;
      const index = at === -1 ? (direction === 1 ? 0 : hits.length - 1) : (((at + direction) % hits.length) + hits.length) % hits.length;
      set({ searchHitIndex: index });
      const hit = hits[index];
      if (hit.kind === 'event') {
        get().selectEvent(hit.eventId);
        return;
      }
      // A place in an article: show that article at that paragraph, with no event selected.
      get().showSource(hit.sourceId);
      set((s) => ({ selectedIds: [], focusedId: null, activeParagraphId: hit.paragraphId, revealToken: s.revealToken + 1 }));
    },

    clearSearch() {
      set({ searchQuery: '', searchHitIndex: -1 });
    },

    focusSearch() {
      set((s) => ({ searchFocusToken: s.searchFocusToken + 1 }));
    },

    addCategory(name, colour) {
      const doc = get().document;
      if (!doc || !name.trim()) return null;
      const { document, id } = addCategory(doc, name, colour);
      commitDocument(document);
      return id;
    },

    updateCategory(id, patch) {
      const doc = get().document;
      if (doc) commitDocument(updateCategory(doc, id, patch));
    },

    removeCategory(id) {
      const doc = get().document;
      if (!doc) return;
      commitDocument(removeCategory(doc, id));
      if (get().filter.categories?.includes(id)) get().toggleFilterValue('categories', id);
    },

    setCategory(categoryId, on, eventIds) {
      const doc = get().document;
      const targets = eventIds ?? get().selectedIds;
      if (doc && targets.length) commitDocument(setEventsCategory(doc, targets, categoryId, on));
    },
  };
};

/** Drops filter values that name sources or categories the document no longer has (after a removal or an undo). */
export function pruneFilter(s: NewslineState): EventFilter | null {
  const { filter, document } = s;
  if (!isFilterActive(filter) || !document) return null;
  const sources = filter.sources?.filter((id) => document.sources.some((x) => x.id === id));
  const categories = filter.categories?.filter((id) => document.categories?.some((c) => c.id === id));
  if (sources?.length === filter.sources?.length && categories?.length === filter.categories?.length) return null;
  return { sources, categories };
}

function memoize2<A, B, R>(fn: (a: A, b: B) => R, args: (s: NewslineState) => readonly [A, B]) {
  let last: { a: A; b: B; r: R } | null = null;
  return (s: NewslineState): R => {
    const [a, b] = args(s);
    if (last && last.a === a && last.b === b) return last.r;
    const r = fn(a, b);
    last = { a, b, r };
    return r;
  };
}

function memoize3<A, B, C, R>(fn: (a: A, b: B, c: C) => R, args: (s: NewslineState) => readonly [A, B, C], sameA: (x: A, y: A) => boolean) {
  let last: { a: A; b: B; c: C; r: R } | null = null;
  return (s: NewslineState): R => {
    const [a, b, c] = args(s);
    if (last && sameA(last.a, a) && last.b === b && last.c === c) return last.r;
    const r = fn(a, b, c);
    last = { a, b, c, r };
    return r;
  };
}

const NO_HITS: readonly TextHit[] = Object.freeze([]);
let hitsMemo: { result: SearchResult; byParagraph: Map<string, TextHit[]> } | null = null;

/** The search's places in one paragraph of one source; the same (empty) array while there are none. */
export function selectParagraphHits(s: NewslineState, sourceId: string | undefined, paragraphId: string): readonly TextHit[] {
  const result = selectSearch(s);
  if (result.text.length === 0 || !sourceId) return NO_HITS;
  if (hitsMemo?.result !== result) {
    const byParagraph = new Map<string, TextHit[]>();
    for (const h of result.text) {
      const key = `${h.sourceId}\u0000${h.paragraphId}`;
      const list = byParagraph.get(key);
      if (list) list.push(h);
      else byParagraph.set(key, [h]);
    }
    hitsMemo = { result, byParagraph };
  }
  return hitsMemo.byParagraph.get(`${sourceId}\u0000${paragraphId}`) ?? NO_HITS;
}

/** Where the hit Enter went to starts, when it is in this paragraph; -1 otherwise. */
export function selectCurrentHitStart(s: NewslineState, sourceId: string | undefined, paragraphId: string): number {
  const hit = selectCurrentHit(s);
  return hit?.kind === 'text' && hit.sourceId === sourceId && hit.paragraphId === paragraphId ? hit.start : -1;
}
