import type { DocumentProblem, NewslineDocument, NewslineEvent, Paragraph } from './document';
import type { EventTimes } from './dates';
import type { MergeProposal } from './merges';
import type { ImportWarning } from './warnings';

// The one map of every channel between renderer and main. Main registers a handler per request channel,
// the preload builds its API from it, and the end-to-end bridge does the same, so the three cannot drift.

export type DocumentLoadResult =
  | {
      ok: true;
      file: string;
      document: NewslineDocument;
      /** Present when parts of the file were bad: what was left out, at its path. The rest is open. */
      problems?: DocumentProblem[];
      /** The events' time order and intervals, worked out in main so the window need not sort them first. */
      times?: EventTimes;
    }
  | {
      ok: false;
      file: string;
      problems: DocumentProblem[];
      /** Whatever article text could still be read, so the window is never blank. */
      salvage: { source: string; title?: string; paragraphs: Paragraph[] } | null;
    };

/** The outcome of opening an article: bad input is a message, never an exception, and never a blank window. */
export type OpenResult =
  | { status: 'canceled' }
  | {
      status: 'opened';
      file: string;
      document: NewslineDocument;
      /** What to know about the article that did open, as codes: describeWarning (shared/warnings) words them. */
      warnings: ImportWarning[];
      /** True for a Newsline file read from disk (Save writes back to it); false for an imported article. */
      saved?: boolean;
      /** Parts of a Newsline file that were bad and left out, at their paths. */
      problems?: DocumentProblem[];
    }
  | { status: 'failed'; file: string; message: string };

/**
 * An imported article's document as main sends it to the page: the JSON the import worker wrote after checking
 * the document against the schema (main/import-jobs.ts), in UTF-8, forwarded by main unread. Read into objects
 * in main, it cost main the decoded text (two bytes a character) and the whole document at once, only for
 * Electron to copy them again for the page (docs/performance.md, import memory).
 */
export interface SentDocument {
  json: Uint8Array;
}

type Opened = Extract<OpenResult, { status: 'opened' }>;
/** An open result as it crosses from main: an imported document may come as its JSON (receiveOpenResult reads it). */
export type SentOpenResult = Exclude<OpenResult, Opened> | (Omit<Opened, 'document'> & { document: NewslineDocument | SentDocument });
export type SentAddResult = { status: 'canceled' } | { status: 'imported'; results: SentOpenResult[] };

const isSent = (document: NewslineDocument | SentDocument): document is SentDocument =>
  'json' in document && ArrayBuffer.isView((document as SentDocument).json) && !('format' in document);

/**
 * The open result the page works with: a document sent as JSON is read here. Its text can only fail to read
 * through a fault between the worker and here; that is said as a failure naming the file, never a throw.
 */
export function receiveOpenResult(sent: SentOpenResult, decodeUtf8: (bytes: Uint8Array) => string): OpenResult {
  if (sent?.status !== 'opened' || !isSent(sent.document)) return sent as OpenResult;
  try {
    return { ...sent, document: JSON.parse(decodeUtf8(sent.document.json)) as NewslineDocument };
  } catch (err) {
    const name = sent.file.split(/[\\/]/).pop() || sent.file;
    return { status: 'failed', file: name, message: `${name}: the imported document could not be read (${(err as Error).message})` };
  }
}

type Loaded = Extract<DocumentLoadResult, { ok: true }>;
/**
 * The launch document's result as it crosses from main: the checked document as its JSON, written when main read
 * the file (before the page asks), so that answering is a copy of bytes on main's thread rather than a structured
 * clone of every event, which held up the page's own files served on that thread (docs/performance.md, ov19).
 */
export type SentLoadResult = Exclude<DocumentLoadResult, Loaded> | (Omit<Loaded, 'document'> & { document: NewslineDocument | SentDocument });

/** The load result the page works with: a document sent as JSON is read here; text that cannot be read is a problem naming the file. */
export function receiveLoadResult(sent: SentLoadResult, decodeUtf8: (bytes: Uint8Array) => string): DocumentLoadResult {
  if (!sent?.ok || !isSent(sent.document)) return sent as DocumentLoadResult;
  try {
    return { ...sent, document: JSON.parse(decodeUtf8(sent.document.json)) as NewslineDocument };
  } catch (err) {
    const name = sent.file.split(/[\\/]/).pop() || sent.file;
    return { ok: false, file: sent.file, problems: [{ path: '', message: `${name} could not be read: ${(err as Error).message}` }], salvage: null };
  }
}

/** The file exports the Export menu offers; main/export writes them, shared/export maps them. */
export const FILE_EXPORT_FORMATS = ['timelinejs', 'csv', 'markdown', 'html'] as const;
export type FileExportFormat = (typeof FILE_EXPORT_FORMATS)[number];

/** The outcome of an export: the user may cancel the save dialog; a failure says why, naming the file. */
export type ExportResult = { status: 'canceled' } | { status: 'saved'; file: string } | { status: 'failed'; message: string };

/** A picture of the current timeline view: the page draws it (renderer/export/image.ts); main saves it. */
export interface ImageExportRequest {
  format: 'png' | 'svg';
  scale: 1 | 2;
  /** The page's own rendering: PNG bytes, or SVG text as UTF-8. */
  data: Uint8Array;
  /** The timeline's area in the window, in CSS pixels, for main's own capture where it has one. */
  rect: { x: number; y: number; width: number; height: number };
  name: string;
}

export type SaveResult = { status: 'saved'; file: string } | { status: 'canceled' } | { status: 'failed'; file: string; message: string };

/** Unsaved work a previous run left in the journal. */
export interface JournalInfo {
  document: NewslineDocument;
  /** The file it belongs to; null for a timeline never saved. */
  file: string | null;
  name: string;
  /** When it was last written, ms since the epoch. */
  at: number;
}
/** The outcome of adding articles to the open timeline: one open result per file chosen, in order. */
export type AddResult = { status: 'canceled' } | { status: 'imported'; results: OpenResult[] };

export interface AppInfo {
  name: string;
  version: string;
}

/** The part of the view worth restoring on the next launch. */
export interface ViewState {
  /** Share of the window's width given to the timeline pane, 0.2–0.8. */
  dividerRatio?: number;
  articleVisible?: boolean;
  /** The visible time window, in UTC ms, and the document it was for: another article starts from its own fit. */
  window?: { start: number; end: number; file: string };
}

export interface RequestChannels {
  'document:get-initial': { request: void; response: SentLoadResult };
  'app:get-info': { request: void; response: AppInfo };
  'view-state:get': { request: void; response: ViewState };
  'view-state:save': { request: ViewState; response: void };
  'link:open-external': { request: { url: string }; response: { opened: boolean } };
  /** Asks the user for a file with the system dialog, then imports it. The page never names a path. */
  'document:open': { request: void; response: SentOpenResult };
  /** Opens the next file the OS asked Newsline to open (a double-click, Open With, a second launch); 'canceled' when none waits. */
  'document:open-queued': { request: void; response: SentOpenResult };
  /** Asks the user for one or more files with the system dialog and imports each, to add to the open timeline. */
  'document:add': { request: void; response: SentAddResult };
  /** Imports a file the user dropped on the window, sent as its bytes. */
  'document:import': { request: { name: string; bytes: Uint8Array }; response: SentOpenResult };
  /** Stops the import under way (the user pressed Cancel or Esc); it then answers as canceled. */
  'import:cancel': { request: void; response: { canceled: boolean } };
  /** Finds the events again, e.g. after the user sets the publication date. */
  'events:extract': { request: { sourceId: string; paragraphs: Paragraph[]; published: string | null }; response: { events: NewslineEvent[] } };
  /** Proposes merges of the same event across the document's sources (computed off the page, in the worker). */
  'merges:propose': { request: { document: NewslineDocument }; response: { proposals: MergeProposal[] } };
  /** Asks where to save, then writes the document (as the page holds it, filtered) in one export format. */
  'export:save': { request: { format: FileExportFormat; document: NewslineDocument; name: string }; response: ExportResult };
  /** Saves a picture of the timeline view: main's capture of the window where it can, else the page's own. */
  'export:save-image': { request: ImageExportRequest; response: ExportResult };
  /** Prints the window (its print stylesheet: timeline, then the event list) to a PDF file. */
  'export:save-pdf': { request: { name: string }; response: ExportResult };
  /** Saves the timeline: to its file, or (Save As, or never saved) where the user picks in the system dialog. */
  'document:save': { request: { document: NewslineDocument; saveAs: boolean; suggestedName: string }; response: SaveResult };
  /** Opens a file main itself offered the page (a recent file); any other path is refused. */
  'document:open-path': { request: { path: string }; response: SentOpenResult };
  /** Keeps unsaved work in the journal in the user-data folder. */
  'journal:write': { request: { document: NewslineDocument; name: string }; response: void };
  /** The unsaved work a previous run left behind, if any; it stays until restored or discarded. */
  'journal:get': { request: void; response: JournalInfo | null };
  /** Takes the journal's work back (and its file, for Save). */
  'journal:restore': { request: void; response: JournalInfo | null };
  'journal:clear': { request: void; response: void };
  /** Whether the window holds unsaved changes: main asks before closing it. */
  'window:set-edited': { request: { edited: boolean }; response: void };
  /** Closes the window once the page has dealt with unsaved changes. */
  'window:close': { request: void; response: void };
}

export type RequestChannel = keyof RequestChannels;
export type RequestOf<C extends RequestChannel> = RequestChannels[C]['request'];
export type ResponseOf<C extends RequestChannel> = RequestChannels[C]['response'];

/** Commands main sends to the page, from the application menu. */
export const MENU_COMMANDS = [
  'open-file', 'add-file', 'zoom-in', 'zoom-out', 'fit-all', 'toggle-article', 'save', 'save-as', 'undo', 'redo',
  'export-timelinejs', 'export-csv', 'export-markdown', 'export-html', 'export-png', 'export-png-2x', 'export-svg', 'export-pdf', 'print', 'copy-markdown',
  'find', 'clear-filters',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventChannels {
  'menu:command': MenuCommand;
  /** A file chosen in the open dialog has started importing; the page shows progress if it takes a while. */
  'import:started': { name: string };
  /** The OS has asked Newsline to open files: the page takes them with document:open-queued. */
  'document:queued': void;
  /** The user asked to close the window while it has unsaved changes: the page asks Save / Don't Save / Cancel. */
  'window:close-requested': Record<string, never>;
  /** Main offers a file to open (File ▸ Open Recent); the page deals with unsaved changes, then asks for it. */
  'document:open-request': { path: string };
}
export type EventChannel = keyof EventChannels;

export const REQUEST_CHANNELS = [
  'document:get-initial',
  'app:get-info',
  'view-state:get',
  'view-state:save',
  'link:open-external',
  'document:open',
  'document:open-queued',
  'document:import',
  'import:cancel',
  'document:add',
  'events:extract',
  'merges:propose',
  'export:save',
  'export:save-image',
  'export:save-pdf',
  'document:save',
  'document:open-path',
  'journal:write',
  'journal:get',
  'journal:restore',
  'journal:clear',
  'window:set-edited',
  'window:close',
] as const satisfies readonly RequestChannel[];

export const EVENT_CHANNELS = ['menu:command', 'import:started', 'document:queued', 'window:close-requested', 'document:open-request'] as const satisfies readonly EventChannel[];

export type Invoke = <C extends RequestChannel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
export type Subscribe = <C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void) => () => void;

/**
 * The page's whole view of main: named functions only, never the transport itself. `decodeUtf8` reads the
 * imported documents main forwards as JSON (shared/ may use no platform API, so the caller gives it).
 */
export function createApi(invoke: Invoke, subscribe: Subscribe, decodeUtf8: (bytes: Uint8Array) => string) {
  const received = async (sent: Promise<SentOpenResult>) => receiveOpenResult(await sent, decodeUtf8);
  return {
    getInitialDocument: async () => receiveLoadResult(await invoke('document:get-initial', undefined), decodeUtf8),
    getAppInfo: () => invoke('app:get-info', undefined),
    getViewState: () => invoke('view-state:get', undefined),
    saveViewState: (state: ViewState) => invoke('view-state:save', state),
    openExternal: (url: string) => invoke('link:open-external', { url }),
    openDocument: () => received(invoke('document:open', undefined)),
    openQueuedDocument: () => received(invoke('document:open-queued', undefined)),
    importDocument: (name: string, bytes: Uint8Array) => received(invoke('document:import', { name, bytes })),
    cancelImport: () => invoke('import:cancel', undefined),
    addDocuments: async (): Promise<AddResult> => {
      const sent = await invoke('document:add', undefined);
      return sent?.status === 'imported' ? { status: 'imported', results: sent.results.map((r) => receiveOpenResult(r, decodeUtf8)) } : sent;
    },
    extractEvents: (sourceId: string, paragraphs: Paragraph[], published: string | null) => invoke('events:extract', { sourceId, paragraphs, published }),
    proposeMerges: (document: NewslineDocument) => invoke('merges:propose', { document }),
    saveExport: (format: FileExportFormat, document: NewslineDocument, name: string) => invoke('export:save', { format, document, name }),
    saveImage: (request: ImageExportRequest) => invoke('export:save-image', request),
    savePdf: (name: string) => invoke('export:save-pdf', { name }),
    saveDocument: (document: NewslineDocument, saveAs: boolean, suggestedName: string) => invoke('document:save', { document, saveAs, suggestedName }),
    openPath: (path: string) => received(invoke('document:open-path', { path })),
    writeJournal: (document: NewslineDocument, name: string) => invoke('journal:write', { document, name }),
    getJournal: () => invoke('journal:get', undefined),
    restoreJournal: () => invoke('journal:restore', undefined),
    clearJournal: () => invoke('journal:clear', undefined),
    setEdited: (edited: boolean) => invoke('window:set-edited', { edited }),
    closeWindow: () => invoke('window:close', undefined),
    onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe('menu:command', listener),
    onCloseRequested: (listener: () => void) => subscribe('window:close-requested', () => listener()),
    onOpenRequest: (listener: (request: { path: string }) => void) => subscribe('document:open-request', listener),
    onImportStarted: (listener: (info: { name: string }) => void) => subscribe('import:started', listener),
    onDocumentQueued: (listener: () => void) => subscribe('document:queued', listener),
  };
}

/** What the preload exposes on `window`, and all the page knows of main. */
export type PreloadApi = ReturnType<typeof createApi>;

/** The name the preload gives the API on `window`. */
export const API_KEY = 'newsline';
