import { basename } from 'node:path';
import { z } from 'zod';
import { formatPath, ParagraphSchema, SourceSchema } from '../shared/document';
import type { AppInfo, DocumentLoadResult, OpenResult, ViewState } from '../shared/ipc';
import type { ImportResult } from './import';
import { describeSize, MAX_BYTES } from './import/input-checks';
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
}

function toOpenResult(r: ImportResult, file: string): OpenResult {
  if (!r.ok && r.canceled) return { status: 'canceled' };
  return r.ok ? { status: 'opened', file, document: r.document, warnings: r.warnings } : { status: 'failed', file: r.file, message: r.message };
}

// Requests from the page are data to check, like any other input.
const ImportRequest = z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) });
const ExtractRequest = z.object({
  sourceId: SourceSchema.shape.id,
  paragraphs: z.array(ParagraphSchema).max(100_000),
  published: SourceSchema.shape.published,
});

/** One plain function per channel; the shell registers them behind the sender check. */
export function createHandlers(deps: HandlerDeps): Handlers {
  // Loading starts now, at launch, so the document is ready by the time the page asks; a later ask
  // (a reload of the page) reads the file again.
  let preloaded: Promise<DocumentLoadResult> | null = loadDocumentFile(deps.initialDocument);
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
      deps.importStarted(basename(path));
      return toOpenResult(await deps.importer.importFile(path), path);
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
        return { status: 'failed', file: name, message: `${name}: the file is ${describeSize(bytes.byteLength)}, over the ${describeSize(MAX_BYTES)} limit for an article` };
      }
      return toOpenResult(await deps.importer.importBytes(name, bytes), name);
    },
    'import:cancel': async () => ({ canceled: deps.importer.cancelImports() > 0 }),
    'events:extract': async (request) => {
      const parsed = ExtractRequest.safeParse(request);
      if (!parsed.success) {
        // A plain sentence, never a ZodError dump: which field, and what is wrong with it.
        const first = parsed.error.issues[0];
        const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
        throw new Error(`the paragraphs sent for finding events are not valid: ${formatPath(first.path) || 'the request'} ${first.message}${more}`);
      }
      const { sourceId, paragraphs, published } = parsed.data;
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
