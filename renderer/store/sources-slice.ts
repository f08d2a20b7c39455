import type { StateCreator } from 'zustand';
import type { NewslineDocument } from '../../shared/document';
import type { OpenResult } from '../../shared/ipc';
import { MAX_ARTICLE_BYTES } from '../../shared/limits';
import { addSources, removeSource } from '../../shared/sources';
import type { FileWarning } from '../../shared/warnings';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';
import { viewOf } from './document-slice';

// Several articles in one timeline: adding sources, removing one (and taking that back), and choosing which
// one the article pane shows. The document itself stays in the document slice; this slice only replaces it.

export interface DroppedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface SourcesSlice {
  /**
   * What the last removal did, for the strip that offers to take it back. Taking it back is the store's own undo
   * (zundo's history): `after` is the document the removal made, so the strip shows only while that is open.
   */
  lastRemoval: { after: NewslineDocument; title: string; removedEvents: number; keptEvents: number } | null;
  /** Asks for one or more files and adds each as a new source; with no timeline open, the first opens as one. */
  addFiles(): Promise<void>;
  /** Adds dropped files (a drop with a modifier key). */
  addDropped(files: DroppedFile[]): Promise<void>;
  /** Adds the opened articles of these results as sources; failures become one notice naming each file. */
  applyAddResults(results: OpenResult[]): void;
  removeSource(sourceId: string): void;
  undoRemoveSource(): void;
  /** Which of the focused event's evidence spans the article shows (index into its evidence). */
  quoteIndex: number;
  /** Opens the focused event's evidence span number `index` (wrapping), in its own source. */
  showQuote(index: number): void;
  /** Shows this source in the article pane. */
  showSource(sourceId: string): void;
  /** Replaces the open document with an edited one, keeping the selection and the shown source where they still exist. */
  replaceDocument(document: NewslineDocument, shownSourceId?: string): void;
}


export const createSourcesSlice =
  (deps: StoreDeps): StateCreator<NewslineState, [], [], SourcesSlice> =>
  (set, get) => ({
    lastRemoval: null,
    quoteIndex: 0,

    showQuote(index) {
      const { focusedId, events } = get();
      const event = events.find((e) => e.id === focusedId);
      if (!event || event.evidence.length === 0) return;
      const i = ((index % event.evidence.length) + event.evidence.length) % event.evidence.length;
      const anchor = event.evidence[i];
      get().showSource(anchor.sourceId);
      set((s) => ({ quoteIndex: i, activeParagraphId: anchor.paragraphId, revealToken: s.revealToken + 1 }));
    },

    async addFiles() {
      if (get().importing) return;
      try {
        const r = await deps.api.addDocuments();
        if (r.status === 'canceled') {
          set({ importing: null });
          return;
        }
        get().applyAddResults(r.results);
      } catch (err) {
        get().applyOpenResult({ status: 'failed', file: '', message: `The files could not be added: ${(err as Error).message}` });
      }
    },

    async addDropped(files) {
      if (get().importing || files.length === 0) return;
      const results: OpenResult[] = [];
      for (const file of files) {
        if (file.size > MAX_ARTICLE_BYTES) {
          results.push({ status: 'failed', file: file.name, message: `${file.name}: the file is over the 20 MB limit for an article` });
          continue;
        }
        get().importStarted(file.name);
        try {
          results.push(await deps.api.importDocument(file.name, new Uint8Array(await file.arrayBuffer())));
        } catch (err) {
          results.push({ status: 'failed', file: file.name, message: `${file.name}: the file could not be read (${(err as Error).message})` });
        }
      }
      get().applyAddResults(results);
    },

    applyAddResults(results) {
      set({ importing: null });
      const failures = results.filter((r): r is Extract<OpenResult, { status: 'failed' }> => r.status === 'failed');
      const opened = results.filter((r): r is Extract<OpenResult, { status: 'opened' }> => r.status === 'opened');
      let document = get().status === 'ready' ? get().document : null;
      const warnings: FileWarning[] = [];
      let lastAdded: string | undefined;
      for (const r of opened) {
        warnings.push(...r.warnings.map((warning) => ({ file: baseName(r.file), warning })));
        if (!document) {
          // Nothing usable was open: the first article opens as the timeline, the rest join it.
          get().applyOpenResult({ ...r, warnings: [] });
          document = r.document;
          lastAdded = r.document.sources[0]?.id;
          continue;
        }
        const added = addSources(document, { ...r.document, sources: r.document.sources.map((s) => ({ ...s, file: s.file ?? baseName(r.file) })) });
        document = added.document;
        lastAdded = added.sourceIds[0] ?? lastAdded;
      }
      if (document && opened.length) get().replaceDocument(document, lastAdded);
      const shown = get().source;
      const notice = failures.length
        ? { kind: 'error' as const, title: failures.length === 1 ? `${failures[0].file || 'A file'} could not be added` : `${failures.length} files could not be added`, messages: failures.map((f) => f.message) }
        : warnings.length
          ? { kind: 'warning' as const, title: opened.length === 1 ? `Added ${baseName(opened[0].file)}` : `Added ${opened.length} articles`, warnings }
          : null;
      set({ notice, askPublished: opened.length > 0 && shown !== null && shown.published === null });
    },

    removeSource(sourceId) {
      const { document } = get();
      const source = document?.sources.find((s) => s.id === sourceId);
      if (!document || !source) return;
      // The last source goes only with the whole timeline: open another article instead.
      if (document.sources.length === 1) return;
      const { document: next, summary } = removeSource(document, sourceId);
      const shown = get().source?.id === sourceId ? next.sources[0]?.id : get().source?.id;
      get().replaceDocument(next, shown);
      set({ lastRemoval: { after: next, title: source.title || source.file || source.id, removedEvents: summary.removedEvents.length, keptEvents: summary.keptEvents.length } });
    },

    undoRemoveSource() {
      const removal = get().lastRemoval;
      set({ lastRemoval: null });
      // The removal is the last step in the undo history only while its result is what is open.
      if (removal && get().document === removal.after) get().undo();
    },

    showSource(sourceId) {
      const { document, events } = get();
      const source = document?.sources.find((s) => s.id === sourceId);
      if (!source || source === get().source) return;
      const keep = get().focusedId;
      const focused = keep ? events.find((e) => e.id === keep) : undefined;
      const anchor = focused?.evidence.find((a) => a.sourceId === sourceId);
      set({
        source,
        paragraphs: source.paragraphs,
        activeParagraphId: anchor?.paragraphId ?? null,
      });
    },

    replaceDocument(document, shownSourceId) {
      const view = viewOf(document, shownSourceId ?? get().source?.id);
      const ids = new Set(view.events.map((e) => e.id));
      const selectedIds = get().selectedIds.filter((id) => ids.has(id));
      const focusedId = get().focusedId && ids.has(get().focusedId!) ? get().focusedId : null;
      set({
        status: 'ready',
        ...view,
        selectedIds,
        focusedId,
        activeParagraphId: focusedId ? get().activeParagraphId : null,
        problems: [],
        salvageSource: null,
      });
    },
  });

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
