import type { StateCreator } from 'zustand';
import type { Anchor, EventDate } from '../../shared/document';
import { addEvent, deleteEvents, dismissEvent, mergeEvents, revertToSuggestion, updateEvent, type EventPatch } from '../../shared/edits';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';

/** What the add-event form starts from: the selected span, and the date the tagger found in it. */
export interface AddProposal {
  anchor: Anchor;
  title: string;
  date: EventDate;
  /** True when the tagger found a date in the sentence; false when the form starts from the publication day. */
  found: boolean;
}

export interface History {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface EditSlice {
  /** The form on screen: editing an event, or adding one from a text selection. */
  editing: { kind: 'edit'; id: string } | { kind: 'add'; proposal: AddProposal } | null;
  /** The span selected in the article, as evidence it could become. */
  textSelection: Anchor | null;
  canUndo: boolean;
  canRedo: boolean;
  setTextSelection(anchor: Anchor | null): void;
  startEdit(id?: string): void;
  /** Reads the date the tagger finds in the selected span, then opens the add form with it. */
  startAdd(anchor?: Anchor | null): Promise<void>;
  cancelEditing(): void;
  updateEvent(id: string, patch: EventPatch): boolean;
  revertToSuggestion(id: string): void;
  addEvent(event: { title: string; date: EventDate; evidence: Anchor[]; note?: string }): boolean;
  deleteEvents(ids?: string[]): void;
  mergeEvents(ids?: string[]): void;
  dismissEvent(id?: string): void;
  undo(): void;
  redo(): void;
}

function fallbackDate(published: string | null | undefined): EventDate {
  return published
    ? { start: published, mod: 'before', basis: 'publication', note: 'No date was found in the selected text; the event is placed before the publication date until you give one.' }
    : { start: String(new Date().getUTCFullYear()), basis: 'stated', note: 'No date was found in the selected text; give one.' };
}

export const createEditSlice =
  (deps: StoreDeps, history: () => History): StateCreator<NewslineState, [], [], EditSlice> =>
  (set, get) => ({
    editing: null,
    textSelection: null,
    canUndo: false,
    canRedo: false,

    setTextSelection(anchor) {
      set({ textSelection: anchor });
    },

    startEdit(id) {
      const target = id ?? get().focusedId;
      if (!target || !get().events.some((e) => e.id === target)) return;
      if (get().focusedId !== target) get().selectEvent(target);
      set({ editing: { kind: 'edit', id: target } });
    },

    async startAdd(given) {
      const anchor = given ?? get().textSelection;
      const { source } = get();
      if (!anchor || !source || anchor.sourceId !== source.id) {
        set({ notice: { kind: 'info', title: 'Select some text first', messages: ['Select the words in the article that tell of the event, then add it.'] } });
        return;
      }
      const paragraph = source.paragraphs.find((p) => p.id === anchor.paragraphId);
      if (!paragraph) return;
      const text = paragraph.text.slice(anchor.start, anchor.end).replace(/\s+/g, ' ').trim();
      let proposal: AddProposal = { anchor, title: text.slice(0, 160), date: fallbackDate(source.published), found: false };
      try {
        // The tagger reads the whole paragraph, so "that day" or a year stated earlier still resolve; the
        // draft that overlaps the selection most is the proposal.
        const { events } = await deps.api.extractEvents(source.id, [paragraph], source.published);
        const overlap = (a: Anchor) => Math.max(0, Math.min(a.end, anchor.end) - Math.max(a.start, anchor.start));
        const best = events
          .map((e) => ({ e, o: Math.max(0, ...e.evidence.filter((a) => a.paragraphId === anchor.paragraphId).map(overlap)) }))
          .filter((x) => x.o > 0)
          .sort((a, b) => b.o - a.o)[0];
        if (best) proposal = { anchor, title: best.e.title, date: best.e.date, found: true };
      } catch {
        // The form still opens; the user gives the date.
      }
      set({ editing: { kind: 'add', proposal } });
    },

    cancelEditing() {
      set({ editing: null });
    },

    updateEvent(id, patch) {
      const doc = get().document;
      if (!doc) return false;
      const ok = get().commit(updateEvent(doc, id, patch));
      if (ok) set({ editing: null });
      return ok;
    },

    revertToSuggestion(id) {
      const doc = get().document;
      if (doc) get().commit(revertToSuggestion(doc, id));
    },

    addEvent(event) {
      const doc = get().document;
      if (!doc) return false;
      const { document, id } = addEvent(doc, event);
      const ok = get().commit(document, [id]);
      if (ok) set({ editing: null, textSelection: null });
      return ok;
    },

    deleteEvents(ids) {
      const doc = get().document;
      const targets = ids ?? get().selectedIds;
      if (!doc || targets.length === 0) return;
      get().commit(deleteEvents(doc, targets), []);
      set({ editing: null });
    },

    mergeEvents(ids) {
      const doc = get().document;
      // Merged into the earliest selected: the details card shows that one.
      const targets = ids ?? get().events.filter((e) => get().selectedIds.includes(e.id)).map((e) => e.id);
      if (!doc || targets.length < 2) return;
      const merged = mergeEvents(doc, targets);
      if (merged) get().commit(merged.document, [merged.id]);
    },

    dismissEvent(id) {
      const doc = get().document;
      const target = id ?? get().focusedId;
      if (!doc || !target) return;
      get().commit(dismissEvent(doc, target), []);
      set({ editing: null });
    },

    undo() {
      history().undo();
    },

    redo() {
      history().redo();
    },
  });
