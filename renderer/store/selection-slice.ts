import type { StateCreator } from 'zustand';
import { eventsInParagraph } from './document-slice';
import { selectShownEvents } from './filter-slice';
import type { NewslineState } from './index';

export interface SelectionSlice {
  selectedIds: string[];
  /** The event whose details and source are open. */
  focusedId: string | null;
  /** The paragraph highlighted in the article. */
  activeParagraphId: string | null;
  /** Bumped whenever the article should scroll its active paragraph into view. */
  revealToken: number;
  selectEvent(id: string, opts?: { fromTimeline?: boolean }): void;
  /** Selects several events at once (Ctrl/Cmd-click on the timeline), e.g. to merge them; the first is focused. */
  selectEvents(ids: string[], opts?: { fromTimeline?: boolean }): void;
  /** Selects the events a paragraph (or one marked span in it) is evidence for. */
  selectParagraph(paragraphId: string, eventIds?: string[]): void;
  step(direction: 1 | -1): void;
  clearSelection(): void;
}

export const createSelectionSlice: StateCreator<NewslineState, [], [], SelectionSlice> = (set, get) => ({
  selectedIds: [],
  focusedId: null,
  activeParagraphId: null,
  revealToken: 0,

  selectEvent(id, opts = {}) {
    const event = get().events.find((e) => e.id === id);
    if (!event) return;
    // The shown article if it reports the event, else the first that does: the click always lands on a quote.
    const current = get().source?.id;
    const shown = event.evidence.find((a) => a.sourceId === current) ?? event.evidence[0];
    if (shown && shown.sourceId !== current) get().showSource(shown.sourceId);
    set((s) => ({
      quoteIndex: shown ? event.evidence.indexOf(shown) : 0,
      selectedIds: [id],
      focusedId: id,
      activeParagraphId: shown?.paragraphId ?? null,
      revealToken: s.revealToken + 1,
    }));
    if (!opts.fromTimeline) get().timeline?.reveal([id]);
  },

  selectEvents(ids, opts = {}) {
    if (ids.length === 1) return get().selectEvent(ids[0], opts);
    const known = ids.filter((id) => get().events.some((e) => e.id === id));
    const focusedId = known.includes(get().focusedId ?? '') ? get().focusedId : (known[0] ?? null);
    set({ selectedIds: known, focusedId, activeParagraphId: known.length ? get().activeParagraphId : null });
    if (known.length && !opts.fromTimeline) get().timeline?.reveal(known);
  },

  selectParagraph(paragraphId, eventIds) {
    // Keep time order, so the details card opens on the earliest event of the paragraph.
    const ordered = eventIds ? get().events.filter((e) => eventIds.includes(e.id)).map((e) => e.id) : eventsInParagraph(get(), paragraphId);
    const first = get().events.find((e) => e.id === ordered[0]);
    const quoteIndex = first ? Math.max(0, first.evidence.findIndex((a) => a.sourceId === get().source?.id && a.paragraphId === paragraphId)) : 0;
    set({ selectedIds: ordered, focusedId: ordered[0] ?? null, activeParagraphId: paragraphId, quoteIndex });
    if (ordered.length) get().timeline?.reveal(ordered);
  },

  step(direction) {
    // Through what is shown: a filtered-out event is not a stop.
    const events = selectShownEvents(get());
    const { focusedId } = get();
    if (events.length === 0) return;
    const at = focusedId ? events.findIndex((e) => e.id === focusedId) : -1;
    const next = at === -1 ? (direction === 1 ? 0 : events.length - 1) : Math.min(events.length - 1, Math.max(0, at + direction));
    get().selectEvent(events[next].id);
  },

  clearSelection() {
    set({ selectedIds: [], focusedId: null, activeParagraphId: null });
  },
});
