import type { StateCreator, StoreApi } from 'zustand';
import type { NewslineDocument } from '../../shared/document';
import {
  acceptGroups,
  acceptProposal,
  keepDateRange,
  mergeGroups,
  pickSourceDate,
  rejectMerge,
  unmergeEvent,
  type MergeProposal,
} from '../../shared/merges';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';

// The same event in several articles: the proposals main works out for the open timeline, and what the user does
// with them. Every change goes through commit, so each is one undo step.

export interface MergesSlice {
  /** Proposals for `proposalsFor`; the ones whose events are gone are left out by currentProposals. */
  proposals: MergeProposal[];
  /** The document the proposals were worked out for. */
  proposalsFor: NewslineDocument | null;
  proposalsBusy: boolean;
  reviewOpen: boolean;
  setReviewOpen(open: boolean): void;
  /** Asks main for proposals for the open document (nothing to ask with one source). */
  refreshProposals(): Promise<void>;
  acceptProposal(id: string): void;
  rejectProposal(id: string): void;
  /** Accepts every shown proposal at or above `minScore`, as one change. */
  acceptAllProposals(minScore: number): void;
  unmergeEvent(id: string): void;
  pickSourceDate(eventId: string, partId: string): void;
  keepDateRange(eventId: string): void;
}

/** The proposals that still apply to the open document: both events there, a sentence not yet taken. */
export function currentProposals(s: Pick<NewslineState, 'proposals' | 'events'>): MergeProposal[] {
  // Nothing to check, and no index of every event to build for it (the review button asks at startup).
  if (s.proposals.length === 0) return s.proposals;
  const byId = new Map(s.events.map((e) => [e.id, e]));
  return s.proposals.filter((p) => {
    const events = p.eventIds.map((id) => byId.get(id));
    if (events.some((e) => !e)) return false;
    if (p.anchor) {
      const a = p.anchor;
      return !s.events.some((e) => e.evidence.some((b) => b.sourceId === a.sourceId && b.paragraphId === a.paragraphId && b.start < a.end && a.start < b.end));
    }
    // Two events merged since the proposals were worked out (one holds the other's quote) are not proposed again.
    // Two events of one source can be proposed: a merged event meets another report of its own article through
    // the part another article gave it.
    return !events[0]!.evidence.some((a) => events[1]!.evidence.some((b) => b.sourceId === a.sourceId && b.paragraphId === a.paragraphId && b.start < a.end && a.start < b.end));
  });
}

export const createMergesSlice =
  (deps: StoreDeps): StateCreator<NewslineState, [], [], MergesSlice> =>
  (set, get) => ({
    proposals: [],
    proposalsFor: null,
    proposalsBusy: false,
    reviewOpen: false,

    setReviewOpen(open) {
      set({ reviewOpen: open });
    },

    async refreshProposals() {
      const document = get().document;
      if (!document || document.sources.length < 2) {
        if (get().proposals.length) set({ proposals: [], proposalsFor: document });
        return;
      }
      if (get().proposalsFor === document) return;
      set({ proposalsBusy: true });
      try {
        const { proposals } = await deps.api.proposeMerges(document);
        // A later document has its own request under way; this answer is for one that is gone.
        if (get().document !== document) return;
        set({ proposals, proposalsFor: document });
      } catch {
        // Proposals are a help, not the document: without them the user can still merge by hand.
      } finally {
        if (get().document === document || get().proposalsFor === get().document) set({ proposalsBusy: false });
      }
    },

    acceptProposal(id) {
      const doc = get().document;
      const p = currentProposals(get()).find((x) => x.id === id);
      if (!doc || !p) return;
      const merged = acceptProposal(doc, p);
      if (merged) get().commit(merged.document, get().focusedId && p.eventIds.includes(get().focusedId!) ? [merged.id] : undefined);
    },

    rejectProposal(id) {
      const doc = get().document;
      const p = currentProposals(get()).find((x) => x.id === id);
      if (!doc || !p) return;
      get().commit(rejectMerge(doc, p));
    },

    acceptAllProposals(minScore) {
      const doc = get().document;
      if (!doc) return;
      const { document } = acceptGroups(doc, mergeGroups(currentProposals(get()), minScore));
      get().commit(document);
    },

    unmergeEvent(id) {
      const doc = get().document;
      const split = doc && unmergeEvent(doc, id);
      if (split) get().commit(split.document, [split.ids[0]]);
    },

    pickSourceDate(eventId, partId) {
      const doc = get().document;
      if (doc) get().commit(pickSourceDate(doc, eventId, partId));
    },

    keepDateRange(eventId) {
      const doc = get().document;
      if (doc) get().commit(keepDateRange(doc, eventId));
    },
  });

/** Asks for fresh proposals a moment after the document settles, off the path of each keystroke or click. */
export function watchProposals(store: StoreApi<NewslineState>, delayMs = 300): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  store.subscribe((s, prev) => {
    if (s.document === prev.document) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void store.getState().refreshProposals();
    }, delayMs);
  });
}
