import type { StateCreator } from 'zustand';
import { adoptEventTimes, eventInterval, type EventTimes } from '../../shared/dates';
import { describeProblem, documentTitle, type DocumentProblem, type NewslineDocument, type NewslineEvent, type Paragraph, type Source } from '../../shared/document-core';
import { applyPublished } from '../../shared/edits';
import type { DocumentLoadResult, JournalInfo, OpenResult } from '../../shared/ipc';
import { describeSize, MAX_ARTICLE_BYTES } from '../../shared/limits';
import { describeFileWarning, type FileWarning } from '../../shared/warnings';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';

/** The part of the state undo and redo restore: the document and what is derived from it. */
export interface DocumentView {
  document: NewslineDocument | null;
  /** The source the article pane shows (the document's first); null when none could be read. */
  source: Source | null;
  /** What the app shows: that source's paragraphs, or those salvaged from a broken document. */
  paragraphs: Paragraph[];
  title: string;
  /** Events in time order; the article's order breaks ties. */
  events: NewslineEvent[];
}

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

/**
 * A message over the window. Warnings stay codes (shared/warnings) until shown, so the store can act on a kind of
 * warning; errors and information are already the words to show.
 */
export type Notice =
  | { kind: 'error' | 'info'; title: string; messages: string[] }
  | { kind: 'warning'; title: string; warnings: FileWarning[] };

/** The notice's lines in plain words. */
export function noticeLines(notice: Notice): string[] {
  return notice.kind === 'warning' ? notice.warnings.map(describeFileWarning) : notice.messages;
}

export interface DocumentSlice extends DocumentView {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The path (or name) of what is open. */
  file: string | null;
  /** True when `file` is a Newsline file on disk that Save writes back to. */
  fileBacked: boolean;
  /** The document as last opened or saved: anything else is unsaved work. */
  savedDocument: NewslineDocument | null;
  /** Problems with what was opened: everything, when status is 'error'; the parts left out, when 'ready'. */
  problems: DocumentProblem[];
  salvageSource: string | null;
  /** An import under way: the progress indicator appears if it takes longer than half a second. */
  importing: { name: string; since: number } | null;
  /** What the last open said: an error (the open document is untouched) or warnings about the new one. */
  notice: Notice | null;
  /** Ask the user for the publication date: the article did not give one. */
  askPublished: boolean;
  /** Unsaved work a previous run left behind, offered for restoring. */
  recovered: JournalInfo | null;
  /** The question "Save changes?" is on screen, for closing the window or opening another file. */
  unsavedPrompt: { reason: 'close' | 'open' } | null;
  saving: boolean;
  loadInitialDocument(): Promise<void>;
  applyLoadResult(result: DocumentLoadResult): void;
  openFile(): Promise<void>;
  /** Opens the next file the OS handed Newsline (double-click, Open With, a second launch), as File ▸ Open… would. */
  openQueued(): Promise<void>;
  /** Opens a file main offered (File ▸ Open Recent), once unsaved changes are dealt with. */
  openOffered(path: string): Promise<void>;
  openDropped(file: { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  importStarted(name: string): void;
  /** Stops the import under way (Cancel, or Esc); what is open stays open. */
  cancelImport(): Promise<void>;
  applyOpenResult(result: OpenResult): void;
  /** Sets (or clears, with null) the publication date; only the machine's untouched drafts are placed again. */
  setPublished(published: string | null): Promise<void>;
  requestPublished(ask: boolean): void;
  dismissNotice(): void;
  /** Saves to the open file, or asks where (Save As, or never saved). True once it is on disk. */
  save(saveAs?: boolean): Promise<boolean>;
  /** Resolves true when it is fine to replace what is open: nothing unsaved, or the user saved or let it go. */
  confirmDiscard(reason: 'close' | 'open'): Promise<boolean>;
  answerUnsaved(answer: UnsavedAnswer): void;
  /** The window is closing: asks first when there are unsaved changes, then closes. */
  requestClose(): Promise<void>;
  checkRecovered(): Promise<void>;
  restoreRecovered(): Promise<void>;
  discardRecovered(): Promise<void>;
  /** Makes `next` the document after validating it (an edit); false, with a message, when it is not valid. */
  commit(next: NewslineDocument, selectIds?: string[]): boolean;
}

export function isDirty(s: Pick<DocumentSlice, 'document' | 'savedDocument'>): boolean {
  return s.document !== null && s.document !== s.savedDocument;
}

/** The name the window's title and the save dialog use: the file's name, else the timeline's title. */
export function displayName(s: Pick<DocumentSlice, 'file' | 'fileBacked' | 'title'>): string {
  if (s.fileBacked && s.file) return s.file.split(/[\\/]/).pop() ?? s.file;
  return s.title || 'Untitled timeline';
}

/**
 * The events with evidence in one of the shown source's paragraphs, in time order. Looked up when asked (a click on
 * the paragraph), not kept as an index of every paragraph: building that index walked every event's evidence
 * before the first frame, on the path of a large document's cold load (docs/performance.md, branch ov18), for a
 * click that one pass answers in about a millisecond at 10,000 events.
 */
export function eventsInParagraph(s: Pick<DocumentView, 'events' | 'source'>, paragraphId: string): string[] {
  const sourceId = s.source?.id;
  const ids: string[] = [];
  for (const event of s.events) if (event.evidence.some((a) => a.sourceId === sourceId && a.paragraphId === paragraphId)) ids.push(event.id);
  return ids;
}

/** The document as the window shows it: events in time order, and the article shown (sourceId, else the first). */
export function viewOf(document: NewslineDocument, sourceId?: string | null, times?: EventTimes): DocumentView {
  const events = adoptEventTimes(document.events, times) ?? inTimeOrder(document.events);
  const source = (sourceId ? document.sources.find((s) => s.id === sourceId) : undefined) ?? document.sources[0] ?? null;
  return {
    document,
    source,
    paragraphs: source?.paragraphs ?? [],
    title: documentTitle(document),
    events,
  };
}

function inTimeOrder(events: NewslineEvent[]): NewslineEvent[] {
  // Each date looked up once, not at every comparison: at 10,000 events that is a quarter of a million.
  const keyed = events.map((event) => ({ event, ...eventInterval(event.date) }));
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);
  return keyed.map((k) => k.event);
}

export const createDocumentSlice =
  (deps: StoreDeps, clearHistory: () => void): StateCreator<NewslineState, [], [], DocumentSlice> =>
  (set, get) => {
    // The answer to the "Save changes?" question, awaited by whoever asked it.
    let answerPrompt: ((answer: UnsavedAnswer) => void) | null = null;

    /** Replaces what is open: a new document, a clean slate for undo, nothing unsaved. */
    function openDocument(document: NewslineDocument, file: string, fileBacked: boolean, problems: DocumentProblem[] = [], times?: EventTimes) {
      get().clearSelection();
      set({ status: 'ready', file, fileBacked, ...viewOf(document, null, times), savedDocument: document, problems, salvageSource: null, editing: null });
      clearHistory();
    }

    async function runOpen(open: () => Promise<OpenResult>) {
      if (get().importing) return;
      if (!(await get().confirmDiscard('open'))) return;
      try {
        get().applyOpenResult(await open());
      } catch (err) {
        get().applyOpenResult({ status: 'failed', file: '', message: `The file could not be opened: ${(err as Error).message}` });
      }
    }

    return {
      status: 'idle',
      file: null,
      fileBacked: false,
      document: null,
      savedDocument: null,
      source: null,
      paragraphs: [],
      title: '',
      events: [],
      problems: [],
      salvageSource: null,
      importing: null,
      notice: null,
      askPublished: false,
      recovered: null,
      unsavedPrompt: null,
      saving: false,

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
        if (result.ok) {
          const fileBacked = /\.newsline$/i.test(result.file);
          openDocument(result.document, result.file, fileBacked, result.problems ?? [], result.times);
        } else {
          get().clearSelection();
          set({
            status: 'error',
            file: result.file,
            fileBacked: false,
            document: null,
            savedDocument: null,
            source: null,
            paragraphs: result.salvage?.paragraphs ?? [],
            title: result.salvage?.title ?? '',
            events: [],
            problems: result.problems,
            salvageSource: result.salvage?.source ?? null,
          });
          clearHistory();
        }
      },

      openFile: () => runOpen(() => deps.api.openDocument()),

      openOffered: (path) => runOpen(() => deps.api.openPath(path)),

      async openQueued() {
        // No "already importing" guard: main opens one file at a time, so this waits its turn there.
        if (!(await get().confirmDiscard('open'))) return;
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
        if (!(await get().confirmDiscard('open'))) return;
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
        openDocument(result.document, result.file, result.saved === true, result.problems ?? []);
        set({
          notice: result.warnings.length ? { kind: 'warning', title: `Opened ${result.file}`, warnings: result.warnings.map((warning) => ({ file: null, warning })) } : null,
          askPublished: !result.saved && result.document.sources[0]?.published === null,
        });
      },

      async setPublished(published) {
        const { document, source, notice } = get();
        // The user has now answered the importer's "no publication date" warning; keep any others.
        let next = notice;
        if (notice?.kind === 'warning') {
          const rest = notice.warnings.filter((w) => w.warning.code !== 'no-publication-date');
          next = rest.length ? { ...notice, warnings: rest } : null;
        }
        set({ askPublished: false, notice: next });
        if (!document || !source || source.published === published) return;
        try {
          const { events } = await deps.api.extractEvents(source.id, source.paragraphs, published);
          get().commit(applyPublished(get().document ?? document, source.id, published, events));
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

      commit(next, selectIds) {
        const { document } = get();
        if (!document) return false;
        if (next === document) return true;
        const checked = deps.validateDocument(next);
        if (!checked.ok) {
          set({ notice: { kind: 'error', title: 'That change was not made', messages: checked.problems.slice(0, 5).map(describeProblem) } });
          return false;
        }
        const alive = new Set(next.events.map((e) => e.id));
        const keep = (selectIds ?? get().selectedIds).filter((id) => alive.has(id));
        // The shown source stays shown while it exists.
        get().replaceDocument(next, get().source?.id);
        if (selectIds?.length === 1 && alive.has(selectIds[0])) get().selectEvent(selectIds[0]);
        else if (keep.length !== get().selectedIds.length || selectIds) get().selectEvents(keep);
        return true;
      },

      async save(saveAs = false) {
        const s = get();
        if (!s.document || s.saving) return false;
        const document = s.document;
        set({ saving: true });
        try {
          const r = await deps.api.saveDocument(document, saveAs, displayName(s).replace(/\.newsline$/i, ''));
          if (r.status === 'canceled') return false;
          if (r.status === 'failed') {
            set({ notice: { kind: 'error', title: 'The timeline was not saved', messages: [r.message] } });
            return false;
          }
          // Edits made while the file was being written stay unsaved: only what was written counts as saved.
          set({ file: r.file, fileBacked: true, savedDocument: document, notice: null });
          return true;
        } catch (err) {
          set({ notice: { kind: 'error', title: 'The timeline was not saved', messages: [(err as Error).message] } });
          return false;
        } finally {
          set({ saving: false });
        }
      },

      async confirmDiscard(reason) {
        if (!isDirty(get())) return true;
        answerPrompt?.('cancel');
        const answer = await new Promise<UnsavedAnswer>((resolve) => {
          answerPrompt = resolve;
          set({ unsavedPrompt: { reason } });
        });
        answerPrompt = null;
        set({ unsavedPrompt: null });
        if (answer === 'cancel') return false;
        if (answer === 'save') return get().save();
        await deps.api.clearJournal().catch(() => {});
        return true;
      },

      answerUnsaved(answer) {
        answerPrompt?.(answer);
      },

      async requestClose() {
        if (!(await get().confirmDiscard('close'))) return;
        // Nothing unsaved now: the window may close, and the journal has nothing left to keep.
        set({ savedDocument: get().document });
        await deps.api.closeWindow();
      },

      async checkRecovered() {
        try {
          set({ recovered: await deps.api.getJournal() });
        } catch {
          // Without the journal the user simply starts where the app opened.
        }
      },

      async restoreRecovered() {
        const entry = await deps.api.restoreJournal();
        set({ recovered: null });
        if (!entry) return;
        const fileBacked = entry.file !== null;
        get().applyViewState(entry.file ?? '');
        openDocument(entry.document, entry.file ?? entry.name, fileBacked);
        // Restored work is unsaved work until the user saves it.
        set({ savedDocument: null, notice: { kind: 'info', title: 'Your unsaved work was restored', messages: ['Save it to keep it in a file.'] } });
      },

      async discardRecovered() {
        set({ recovered: null });
        await deps.api.clearJournal().catch(() => {});
      },
    };
  };
