import type { StateCreator } from 'zustand';
import { compareEventDates } from '../../shared/dates';
import { documentTitle, type DocumentProblem, type NewslineDocument, type NewslineEvent, type Paragraph, type Source } from '../../shared/document';
import type { DocumentLoadResult, OpenResult } from '../../shared/ipc';
import { describeSize, MAX_ARTICLE_BYTES } from '../../shared/limits';
import { replaceSourceEvents } from '../../shared/sources';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';

export interface DocumentSlice {
  status: 'idle' | 'loading' | 'ready' | 'error';
  file: string | null;
  document: NewslineDocument | null;
  /** The source the article pane shows (the document's first); null when none could be read. */
  source: Source | null;
  /** What the app shows: that source's paragraphs, or those salvaged from a broken document. */
  paragraphs: Paragraph[];
  title: string;
  /** Events in time order; the article's order breaks ties. */
  events: NewslineEvent[];
  /** The shown source's paragraphs' events, by paragraph id. */
  eventsByParagraph: Record<string, string[]>;
  problems: DocumentProblem[];
  salvageSource: string | null;
  /** An import under way: the progress indicator appears if it takes longer than half a second. */
  importing: { name: string; since: number } | null;
  /** What the last open said: an error (the open document is untouched) or warnings about the new one. */
  notice: { kind: 'error' | 'warning'; title: string; messages: string[] } | null;
  /** Ask the user for the publication date: the article did not give one. */
  askPublished: boolean;
  loadInitialDocument(): Promise<void>;
  applyLoadResult(result: DocumentLoadResult): void;
  openFile(): Promise<void>;
  /** Opens the next file the OS handed Newsline (double-click, Open With, a second launch), as File ▸ Open… would. */
  openQueued(): Promise<void>;
  openDropped(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  importStarted(name: string): void;
  /** Stops the import under way (Cancel, or Esc); what is open stays open. */
  cancelImport(): Promise<void>;
  applyOpenResult(result: OpenResult): void;
  /** Sets (or clears, with null) the publication date and places every relative date again. */
  setPublished(published: string | null): Promise<void>;
  requestPublished(ask: boolean): void;
  dismissNotice(): void;
}



/**
 * A null-prototype object: paragraph ids are data, and an id such as "constructor" or "toString" must find
 * nothing but its own entry, never a function inherited from Object.prototype.
 */
function indexByParagraph(events: NewslineEvent[], sourceId: string | undefined): Record<string, string[]> {
  const index: Record<string, string[]> = Object.create(null);
  for (const event of events) {
    for (const anchor of event.evidence) {
      if (anchor.sourceId !== sourceId) continue;
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
    source: null,
    paragraphs: [],
    title: '',
    events: [],
    eventsByParagraph: Object.create(null),
    problems: [],
    salvageSource: null,
    importing: null,
    notice: null,
    askPublished: false,

    async loadInitialDocument() {
      set({ status: 'loading' });
      try {
        // Both at once; the layout is applied first, so the timeline opens on the saved window, not jumps to it.
        const [result] = await Promise.all([deps.api.getInitialDocument(), get().loadViewState()]);
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
        let events: NewslineEvent[];
        try {
          events = [...document.events].sort(compareEventDates);
        } catch (err) {
          // Main validated the document, so this is a bug; still, the text is shown with a message, never a blank window.
          set({
            status: 'error',
            file: result.file,
            document: null,
            source: null,
            paragraphs: document.sources?.[0]?.paragraphs ?? [],
            title: document.sources?.[0]?.title ?? '',
            events: [],
            eventsByParagraph: Object.create(null),
            problems: [{ path: '', message: `the events could not be shown: ${(err as Error)?.message ?? String(err)}` }],
            salvageSource: result.file,
          });
          return;
        }
        const source = document.sources[0] ?? null;
        set({
          status: 'ready',
          file: result.file,
          document,
          source,
          paragraphs: source?.paragraphs ?? [],
          title: documentTitle(document),
          events,
          eventsByParagraph: indexByParagraph(events, source?.id),
          problems: [],
          salvageSource: null,
        });
      } else {
        set({
          status: 'error',
          file: result.file,
          document: null,
          source: null,
          paragraphs: result.salvage?.paragraphs ?? [],
          title: result.salvage?.title ?? '',
          events: [],
          eventsByParagraph: Object.create(null),
          problems: result.problems,
          salvageSource: result.salvage?.source ?? null,
        });
      }
    },

    async openFile() {
      if (get().importing) return;
      try {
        get().applyOpenResult(await deps.api.openDocument());
      } catch (err) {
        get().applyOpenResult({ status: 'failed', file: '', message: `The file could not be opened: ${(err as Error).message}` });
      }
    },

    async openQueued() {
      // No "already importing" guard: main opens one file at a time, so this waits its turn there.
      try {
        get().applyOpenResult(await deps.api.openQueuedDocument());
      } catch (err) {
        get().applyOpenResult({ status: 'failed', file: '', message: `The file could not be opened: ${(err as Error).message}` });
      }
    },

    async openDropped(file) {
      if (get().importing) return;
      if (file.size > MAX_ARTICLE_BYTES) {
        get().applyOpenResult({ status: 'failed', file: file.name, message: `${file.name}: the file is ${describeSize(file.size)}, over the ${describeSize(MAX_ARTICLE_BYTES)} limit for an article` });
        return;
      }
      get().importStarted(file.name);
      try {
        get().applyOpenResult(await deps.api.importDocument(file.name, new Uint8Array(await file.arrayBuffer())));
      } catch (err) {
        get().applyOpenResult({ status: 'failed', file: file.name, message: `${file.name}: the file could not be read (${(err as Error).message})` });
      }
    },

    importStarted(name) {
      set({ importing: { name, since: Date.now() } });
    },

    async cancelImport() {
      if (!get().importing) return;
      try {
        // The import itself then answers as canceled, which clears the progress.
        await deps.api.cancelImport();
      } catch (err) {
        set({ importing: null, notice: { kind: 'error', title: 'The import could not be canceled', messages: [(err as Error).message] } });
      }
    },

    applyOpenResult(result) {
      set({ importing: null });
      if (result.status === 'canceled') return;
      if (result.status === 'failed') {
        // What is open stays open: a bad file only earns a message.
        set({ notice: { kind: 'error', title: `${result.file || 'The file'} could not be opened`, messages: [result.message] } });
        return;
      }
      get().applyViewState(result.file);
      get().applyLoadResult({ ok: true, file: result.file, document: result.document });
      set({
        notice: result.warnings.length ? { kind: 'warning', title: `Opened ${result.file}`, messages: result.warnings } : null,
        askPublished: result.document.sources[0]?.published === null,
      });
    },

    async setPublished(published) {
      const { document, source, notice } = get();
      // The user has now answered the importer's "no publication date" warning; keep any others.
      const rest = notice?.kind === 'warning' ? notice.messages.filter((m) => !/publication date/i.test(m)) : null;
      set({ askPublished: false, notice: notice && notice.kind === 'warning' ? (rest!.length ? { ...notice, messages: rest! } : null) : notice });
      if (!document || !source) return;
      try {
        const { events } = await deps.api.extractEvents(source.id, source.paragraphs, published);
        const dated = { ...document, sources: document.sources.map((s) => (s.id === source.id ? { ...s, published } : s)) };
        // Only this source's events are found again; other sources' events stay as they are.
        get().replaceDocument(replaceSourceEvents(dated, source.id, events), source.id);
      } catch (err) {
        set({ notice: { kind: 'error', title: 'The dates could not be placed again', messages: [(err as Error).message] } });
      }
    },

    requestPublished(ask) {
      set({ askPublished: ask });
    },

    dismissNotice() {
      set({ notice: null });
    },
  });
