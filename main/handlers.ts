import { basename, extname } from 'node:path';
import { z } from 'zod';
import { describeProblem, NewslineDocumentSchema, ParagraphSchema, SourceSchema } from '../shared/document';
import type { AppInfo, DocumentLoadResult, OpenResult, SaveResult, ViewState } from '../shared/ipc';
import { DOCUMENT_EXTENSION, describeWriteError, isDocumentFile, writeDocumentFile } from './document-files';
import type { Journal } from './journal';
import type { RecentFiles } from './recent-files';
import type { ImportResult } from './import';
import { MAX_BYTES } from './import/input-checks';
import type { ImportService } from './import-service';
import type { Handlers } from './ipc-validation';
import { loadDocumentFile } from './documents';
import { isSafeExternalUrl } from './security';

export interface ViewStateStore {
  load(): Promise<ViewState>;
  save(state: ViewState): Promise<void>;
}

export interface HandlerDeps {
  /** The document shown at launch: the embedded default, or one named on the command line. */
  initialDocument: string;
  appInfo: AppInfo;
  viewState: ViewStateStore;
  openExternal: (url: string) => Promise<void>;
  /** The system's open-file dialog; null when the user cancels. */
  chooseFile: () => Promise<string | null>;
  /** The same dialog allowing several files, for adding articles to the open timeline; without it, one at a time. */
  chooseFiles?: () => Promise<string[]>;
  importer: ImportService;
  /** Tells the page an import has begun, after the dialog closed. */
  importStarted: (name: string) => void;
  /** True when the initial document is the user's own file, which Save writes back to (not the bundled seed). */
  initialIsUserFile?: boolean;
  /** The system's save dialog, starting from a suggested file name; null when the user cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  recentFiles?: RecentFiles;
  journal?: Journal;
  /** Whether the window has unsaved changes (main asks before closing it; macOS marks the close button). */
  setEdited?: (edited: boolean) => void;
  /** Closes the window for real, once the page has dealt with unsaved changes. */
  closeWindow?: () => void;
}

function toOpenResult(r: ImportResult, file: string): OpenResult {
  return r.ok ? { status: 'opened', file, document: r.document, warnings: r.warnings } : { status: 'failed', file: r.file, message: r.message };
}

// Requests from the page are data to check, like any other input.
const ImportRequest = z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) });
const ExtractRequest = z.object({
  sourceId: SourceSchema.shape.id,
  paragraphs: z.array(ParagraphSchema).max(100_000),
  published: SourceSchema.shape.published,
});

const SaveRequest = z.object({ document: NewslineDocumentSchema, saveAs: z.boolean(), suggestedName: z.string().max(300) });
const JournalRequest = z.object({ document: NewslineDocumentSchema, name: z.string().max(1000) });
const PathRequest = z.object({ path: z.string().min(1).max(4096) });

/** A file name for the save dialog: the title without characters file systems refuse, ending in .newsline. */
export function suggestedFileName(name: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Untitled timeline';
  return base.toLowerCase().endsWith(DOCUMENT_EXTENSION) ? base : `${base}${DOCUMENT_EXTENSION}`;
}

/** One plain function per channel; the shell registers them behind the sender check. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // Loading starts now, at launch, so the document is ready by the time the page asks; a later ask
  // (a reload of the page) reads the file again.
  let preloaded: Promise<DocumentLoadResult> | null = loadDocumentFile(deps.initialDocument);
  // The file Save writes to: the Newsline file that is open, or null for an imported article or the seed.
  let currentPath: string | null = deps.initialIsUserFile ? deps.initialDocument : null;

  /** Opens a Newsline file or imports an article, whichever the path is. */
  async function openPath(path: string): Promise<OpenResult> {
    if (isDocumentFile(path)) {
      const r = await loadDocumentFile(path);
      if (!r.ok) {
        const first = r.problems[0];
        const more = r.problems.length > 1 ? ` (and ${r.problems.length - 1} more problem${r.problems.length > 2 ? 's' : ''})` : '';
        return { status: 'failed', file: basename(path), message: `${basename(path)}: ${first ? describeProblem(first) : 'it cannot be read'}${more}` };
      }
      currentPath = path;
      await deps.recentFiles?.add(path);
      return { status: 'opened', file: path, document: r.document, warnings: [], saved: true, ...(r.problems ? { problems: r.problems } : {}) };
    }
    deps.importStarted(basename(path));
    const result = toOpenResult(await deps.importer.importFile(path), path);
    if (result.status === 'opened') {
      currentPath = null;
      await deps.recentFiles?.add(path);
    }
    return result;
  }

  return {
    'document:get-initial': () => {
      const first = preloaded;
      preloaded = null;
      return first ?? loadDocumentFile(deps.initialDocument);
    },
    'app:get-info': async () => deps.appInfo,
    'view-state:get': () => deps.viewState.load(),
    'view-state:save': (state) => deps.viewState.save(state),
    'link:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      // The scheme was checked on the line above (http, https, mailto only), which is what this check asks for.
      await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return { opened: true };
    },
    'document:open': async () => {
      const path = await deps.chooseFile();
      if (!path) return { status: 'canceled' };
      return openPath(path);
    },
    'document:open-path': async (request) => {
      const parsed = PathRequest.safeParse(request);
      // Only a path main itself offered: the page never names a file of its own choosing.
      const offered = parsed.success ? (await deps.recentFiles?.list())?.includes(parsed.data.path) : false;
      if (!parsed.success || !offered) return { status: 'failed', file: '', message: 'That file is not one Newsline offered to open.' };
      return openPath(parsed.data.path);
    },
    'document:save': async (request): Promise<SaveResult> => {
      const parsed = SaveRequest.safeParse(request);
      if (!parsed.success) {
        return { status: 'failed', file: '', message: `The timeline is not valid and was not saved: ${describeProblem({ path: parsed.error.issues[0]?.path.join('.') ?? '', message: parsed.error.issues[0]?.message ?? '' })}` };
      }
      const { document, saveAs, suggestedName } = parsed.data;
      let path = saveAs ? null : currentPath;
      if (!path) {
        if (!deps.chooseSavePath) return { status: 'failed', file: '', message: 'Saving is not available here.' };
        path = await deps.chooseSavePath(suggestedFileName(suggestedName));
        if (!path) return { status: 'canceled' };
        if (extname(path) === '') path = `${path}${DOCUMENT_EXTENSION}`;
      }
      try {
        await writeDocumentFile(path, document);
      } catch (err) {
        return { status: 'failed', file: basename(path), message: `${basename(path)} was not saved: ${describeWriteError(err)}` };
      }
      currentPath = path;
      await deps.recentFiles?.add(path);
      await deps.journal?.clear();
      return { status: 'saved', file: path };
    },
    'journal:write': async (request) => {
      const parsed = JournalRequest.safeParse(request);
      if (!parsed.success || !deps.journal) return;
      await deps.journal.write({ document: parsed.data.document, file: currentPath, name: parsed.data.name, at: Date.now() });
    },
    'journal:get': async () => (await deps.journal?.read()) ?? null,
    'journal:restore': async () => {
      const entry = (await deps.journal?.read()) ?? null;
      if (entry) currentPath = entry.file;
      return entry;
    },
    'journal:clear': async () => {
      await deps.journal?.clear();
    },
    'window:set-edited': async (request) => {
      deps.setEdited?.(request?.edited === true);
    },
    'window:close': async () => {
      deps.closeWindow?.();
    },
    'document:add': async () => {
      const paths = deps.chooseFiles ? await deps.chooseFiles() : [await deps.chooseFile()].filter((p): p is string => p !== null);
      if (paths.length === 0) return { status: 'canceled' };
      const results: OpenResult[] = [];
      // One at a time: the worker imports one file per job anyway, and the page shows which one is under way.
      for (const path of paths) {
        deps.importStarted(basename(path));
        results.push(toOpenResult(await deps.importer.importFile(path), path));
      }
      return { status: 'imported', results };
    },
    'document:import': async (request) => {
      const parsed = ImportRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', file: '', message: 'The dropped file could not be read.' };
      const { name, bytes } = parsed.data;
      if (bytes.byteLength > MAX_BYTES) {
        return { status: 'failed', file: name, message: `${name}: the file is larger than ${MAX_BYTES / 1024 / 1024} MB` };
      }
      return toOpenResult(await deps.importer.importBytes(name, bytes), name);
    },
    'events:extract': async (request) => {
      const { sourceId, paragraphs, published } = ExtractRequest.parse(request);
      return { events: await deps.importer.extract(sourceId, paragraphs, published) };
    },
  };
}

/** A store that forgets on exit: used by tests and the browser bridge. */
export function memoryViewStateStore(initial: ViewState = {}): ViewStateStore {
  let state = { ...initial };
  return {
    load: async () => ({ ...state }),
    save: async (next) => {
      state = { ...state, ...next };
    },
  };
}
