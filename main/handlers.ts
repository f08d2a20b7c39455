import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { describeProblem, documentSchemas, formatPath, validateDocument, type NewslineDocument } from '../shared/document';

import { FILE_EXPORT_FORMATS, type AppInfo, type SentLoadResult, type ExportResult, type SaveResult, type SentDocument, type SentOpenResult, type ViewState } from '../shared/ipc';
import { EXPORT_FORMATS, renderExport } from './export/index';
import type { StandaloneAssets } from './export/standalone';
import { DOCUMENT_EXTENSION, describeWriteError, writeDocumentFile } from './document-files';
import type { Journal } from './journal';
import type { RecentFiles } from './recent-files';
import type { ImportResult } from './import';
import { describeSize, MAX_BYTES } from './import/input-checks';
import type { ImportService } from './import-service';
import type { Handlers } from './ipc-validation';
import { loadDocumentFile, loadDocumentToSend } from './documents';
import { isNewslineDocumentJson, routeOpen, type OsOpenQueue } from './os-open';
import { describeReadError } from './file-errors';
import { isSafeExternalUrl } from './security';

const { NewslineDocumentSchema, ParagraphSchema, SourceSchema } = documentSchemas();

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
  /** Imported documents may come as the worker's JSON, sent on to the page unread (workerImportService's forward). */
  importer: ImportService<NewslineDocument | SentDocument>;
  /** Tells the page an import has begun, after the dialog closed. */
  importStarted: (name: string) => void;
  /** Files the OS asked Newsline to open (main/os-open.ts); the page takes them with document:open-queued. */
  queuedOpens?: Pick<OsOpenQueue, 'take' | 'pageLoading'>;
  /** The system's save dialog for an export; null when the user cancels. Exports are refused without it. */
  chooseSaveFile?: (opts: { title: string; defaultName: string; extension: string; filterName: string }) => Promise<string | null>;
  /** The standalone page's built script and styles. */
  standaloneAssets?: () => Promise<StandaloneAssets>;
  /** Electron's capture of the window's area (PNG), at the given scale; absent outside Electron. */
  capturePage?: (rect: { x: number; y: number; width: number; height: number }, scale: 1 | 2) => Promise<Uint8Array | null>;
  /** Electron's printToPDF of the window, through its print stylesheet; absent outside Electron. */
  printToPdf?: () => Promise<Uint8Array>;
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

function toOpenResult(r: ImportResult<NewslineDocument | SentDocument>, file: string): SentOpenResult {
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

const ExportRequest = z.object({ format: z.enum(FILE_EXPORT_FORMATS), document: z.unknown(), name: z.string().max(300) });
const ImageRequest = z.object({
  format: z.enum(['png', 'svg']),
  scale: z.union([z.literal(1), z.literal(2)]),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= 200 * 1024 * 1024, 'the picture is too large'),
  rect: z.object({ x: z.number().finite(), y: z.number().finite(), width: z.number().positive().max(20_000), height: z.number().positive().max(20_000) }),
  name: z.string().max(300),
});
const PdfRequest = z.object({ name: z.string().max(300) });

/** A file name from the page's title: no path separators or characters file systems refuse. */
export function safeFileName(name: string, extension: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'timeline';
  return `${base}.${extension}`;
}

async function saveTo(deps: HandlerDeps, what: { title: string; name: string; extension: string; filterName: string }, bytes: () => Promise<string | Uint8Array>): Promise<ExportResult> {
  if (!deps.chooseSaveFile) return { status: 'failed', message: 'Saving files is not available here.' };
  const file = await deps.chooseSaveFile({ title: what.title, defaultName: safeFileName(what.name, what.extension), extension: what.extension, filterName: what.filterName });
  if (!file) return { status: 'canceled' };
  try {
    await writeFile(file, await bytes());
    return { status: 'saved', file };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { status: 'failed', message: `${basename(file)}: could not be saved (${code ? describeReadError(err) : (err as Error).message})` };
  }
}

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
  const oneAtATime = serial();
  // Loading starts now, at launch, so the document is ready by the time the page asks; a later ask
  // (a reload of the page) reads the file again.
  let preloaded: Promise<SentLoadResult> | null = loadDocumentToSend(deps.initialDocument);
  // The file Save writes to: the Newsline file that is open, or null for an imported article or the seed.
  let currentPath: string | null = deps.initialIsUserFile ? deps.initialDocument : null;

  /** Opens a Newsline file or imports an article, whichever the path is. */
  async function openPath(path: string): Promise<SentOpenResult> {
    const route = routeOpen(path);
    if (route.kind === 'refused') return { status: 'failed', file: basename(path), message: route.message };
    if (route.kind === 'document' || (route.kind === 'json' && (await isNewslineJsonFile(path)))) {
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
      // A page that is (re)loading takes queued files itself once its document is shown.
      deps.queuedOpens?.pageLoading();
      const first = preloaded;
      preloaded = null;
      return first ?? loadDocumentToSend(deps.initialDocument);
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
        return path ? openPath(path) : { status: 'canceled' };
      }),
    'document:open-queued': () =>
      oneAtATime(async () => {
        const path = deps.queuedOpens?.take();
        return path ? openPath(path) : { status: 'canceled' };
      }),
    'document:open-path': async (request) => {
      const parsed = PathRequest.safeParse(request);
      // Only a path main itself offered: the page never names a file of its own choosing.
      const offered = parsed.success ? (await deps.recentFiles?.list())?.includes(parsed.data.path) : false;
      if (!parsed.success || !offered) return { status: 'failed', file: '', message: 'That file is not one Newsline offered to open.' };
      return oneAtATime(() => openPath(parsed.data.path));
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
      const results: SentOpenResult[] = [];
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
        return { status: 'failed', file: name, message: `${name}: the file is ${describeSize(bytes.byteLength)}, over the ${describeSize(MAX_BYTES)} limit for an article` };
      }
      return toOpenResult(await deps.importer.importBytes(name, bytes), name);
    }),
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
    'merges:propose': async (request) => {
      const checked = validateDocument((request as { document?: unknown } | undefined)?.document);
      if (!checked.ok) throw new Error(`the timeline sent for merge proposals is not valid: ${describeProblem(checked.problems[0])}`);
      return { proposals: await deps.importer.proposeMerges(checked.document) };
    },
    'export:save': async (request) => {
      const parsed = ExportRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', message: 'The export request was not understood.' };
      // The page's document is data like any other: it must be a valid document before it is written out.
      const checked = validateDocument(parsed.data.document);
      if (!checked.ok) return { status: 'failed', message: `The timeline cannot be exported: ${checked.problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}` };
      const { format, name } = parsed.data;
      const { label, extension } = EXPORT_FORMATS[format];
      return saveTo(deps, { title: `Export as ${label}`, name, extension, filterName: label }, () =>
        renderExport(checked.document, format, {}, { standaloneAssets: deps.standaloneAssets }),
      );
    },
    'export:save-image': async (request) => {
      const parsed = ImageRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', message: 'The picture could not be made.' };
      const { format, scale, data, rect, name } = parsed.data;
      const label = format === 'svg' ? 'SVG image' : `PNG image${scale === 2 ? ' (2×)' : ''}`;
      return saveTo(deps, { title: `Save the timeline as ${label}`, name, extension: format, filterName: label }, async () => {
        // Electron's own capture is pixel-exact; the page's rendering covers everywhere else.
        if (format === 'png' && deps.capturePage) return (await deps.capturePage(rect, scale)) ?? data;
        return data;
      });
    },
    'export:save-pdf': async (request) => {
      const parsed = PdfRequest.safeParse(request);
      if (!parsed.success) return { status: 'failed', message: 'The PDF request was not understood.' };
      const print = deps.printToPdf;
      if (!print) return { status: 'failed', message: 'Saving as PDF needs the desktop app; use Print… and choose “Save as PDF”.' };
      return saveTo(deps, { title: 'Save as PDF', name: parsed.data.name, extension: 'pdf', filterName: 'PDF document' }, () => print());
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
