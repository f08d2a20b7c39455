import type { StateCreator } from 'zustand';
import { compareEventDates } from '../../shared/dates';
import type { DocumentProblem, NewslineDocument, NewslineEvent, Paragraph } from '../../shared/document';
import type { DocumentLoadResult } from '../../shared/ipc';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';

export interface DocumentSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  file: string | null;
  document: NewslineDocument | null;
  /** What the app shows: the document's paragraphs, or those salvaged from a broken one. */
  paragraphs: Paragraph[];
  title: string;
  /** Events in time order; the article's order breaks ties. */
  events: NewslineEvent[];
  eventsByParagraph: Record<string, string[]>;
  problems: DocumentProblem[];
  salvageSource: string | null;
  loadInitialDocument(): Promise<void>;
  applyLoadResult(result: DocumentLoadResult): void;
}

function indexByParagraph(events: NewslineEvent[]): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const event of events) {
    for (const anchor of event.evidence) {
      const list = (index[anchor.paragraphId] ??= []);
      if (!list.includes(event.id)) list.push(event.id);
    }
  }
  return index;
}

export const createDocumentSlice =
  (deps: StoreDeps): StateCreator<NewslineState, [], [], DocumentSlice> =>
  (set, get) => ({
    status: 'idle',
    file: null,
    document: null,
    paragraphs: [],
    title: '',
    events: [],
    eventsByParagraph: {},
    problems: [],
    salvageSource: null,

    async loadInitialDocument() {
      set({ status: 'loading' });
      try {
        // Both at once; the layout is applied first, so the timeline opens on the saved window, not jumps to it.
        const [result] = await Promise.all([deps.api.getInitialDocument(), get().loadViewState()]);
        performance.mark('nl:document');
        get().applyViewState(result.file);
        get().applyLoadResult(result);
      } catch (err) {
        // The bridge itself failed: say so rather than leave a blank window.
        set({ status: 'error', problems: [{ path: '', message: `Newsline could not ask for the document: ${(err as Error).message}` }] });
      }
    },

    applyLoadResult(result) {
      get().clearSelection();
      if (result.ok) {
        const { document } = result;
        const events = [...document.events].sort(compareEventDates);
        set({
          status: 'ready',
          file: result.file,
          document,
          paragraphs: document.article.paragraphs,
          title: document.article.title,
          events,
          eventsByParagraph: indexByParagraph(events),
          problems: [],
          salvageSource: null,
        });
      } else {
        set({
          status: 'error',
          file: result.file,
          document: null,
          paragraphs: result.salvage?.paragraphs ?? [],
          title: result.salvage?.title ?? '',
          events: [],
          eventsByParagraph: {},
          problems: result.problems,
          salvageSource: result.salvage?.source ?? null,
        });
      }
    },
  });
