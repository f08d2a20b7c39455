import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { ParagraphSchema, SourceSchema } from '../shared/document';
import type { AppInfo, DocumentLoadResult, OpenResult, ViewState } from '../shared/ipc';
import type { ImportResult } from './import';
import { MAX_BYTES } from './import/input-checks';
import type { ImportService } from './import-service';
import type { Handlers } from './ipc-validation';
import { loadDocumentFile } from './documents';
import { isNewslineDocumentJson, routeOpen, type OsOpenQueue } from './os-open';
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
  /** Files the OS asked Newsline to open (main/os-open.ts); the page takes them with document:open-queued. */
  queuedOpens?: Pick<OsOpenQueue, 'take' | 'pageLoading'>;
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

/** One open at a time: a file the OS sends while another is importing waits for it, so results arrive in order. */
function serial() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = last.then(work, work);
    last = next.catch(() => undefined);
    return next;
  };
}

/** A .json file that says it is a Newsline document; anything else (TimelineJS, unreadable, too big) goes to the importer, which says what is wrong. */
async function isNewslineJsonFile(path: string): Promise<boolean> {
  try {
    if ((await stat(path)).size > MAX_BYTES) return false;
    return isNewslineDocumentJson(await readFile(path, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Opens a file by path: a timeline document is loaded and validated, an article imported, anything else
 * refused with a message naming it. File ▸ Open… and every open from the OS come through here.
 */
async function openPath(deps: HandlerDeps, path: string): Promise<OpenResult> {
  const route = routeOpen(path);
  if (route.kind === 'refused') return { status: 'failed', file: basename(path), message: route.message };
  if (route.kind === 'document' || (route.kind === 'json' && (await isNewslineJsonFile(path)))) {
    const loaded = await loadDocumentFile(path);
    if (loaded.ok) return { status: 'opened', file: path, document: loaded.document, warnings: [] };
    const problems = loaded.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    return { status: 'failed', file: basename(path), message: `${basename(path)}: ${problems.join('; ')}` };
  }
  deps.importStarted(basename(path));
  return toOpenResult(await deps.importer.importFile(path), path);
}

/** One plain function per channel; the shell registers them behind the sender check. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const oneAtATime = serial();
  // Loading starts now, at launch, so the document is ready by the time the page asks; a later ask
  // (a reload of the page) reads the file again.
  let preloaded: Promise<DocumentLoadResult> | null = loadDocumentFile(deps.initialDocument);
  return {
    'document:get-initial': () => {
      // A page that is (re)loading takes queued files itself once its document is shown.
      deps.queuedOpens?.pageLoading();
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
    'document:open': () =>
      oneAtATime(async () => {
        const path = await deps.chooseFile();
        return path ? openPath(deps, path) : { status: 'canceled' };
      }),
    'document:open-queued': () =>
      oneAtATime(async () => {
        const path = deps.queuedOpens?.take();
        return path ? openPath(deps, path) : { status: 'canceled' };
      }),
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
    'document:import': (request) => oneAtATime(async () => {
      const parsed = ImportRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', file: '', message: 'The dropped file could not be read.' };
      const { name, bytes } = parsed.data;
      if (bytes.byteLength > MAX_BYTES) {
        return { status: 'failed', file: name, message: `${name}: the file is larger than ${MAX_BYTES / 1024 / 1024} MB` };
      }
      return toOpenResult(await deps.importer.importBytes(name, bytes), name);
    }),
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
