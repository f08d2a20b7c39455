import { basename, extname, posix, win32 } from 'node:path';

// Files the operating system hands Newsline: on Windows and Linux as command-line arguments (at launch, and
// in `second-instance` when Newsline is already running), on macOS as `open-file` events. Plain code, so the
// parsing and the routing are tested without Electron; main/index.ts feeds it what the app module reports.

/** Newsline's own timeline file. */
export const DOCUMENT_EXTENSION = '.newsline';
/**
 * A .json file is either a Newsline document (written by earlier versions and the CLI) or a timeline made
 * elsewhere (TimelineJS), which the importer reads: which one, its content says (isNewslineDocumentJson).
 */
export const JSON_EXTENSION = '.json';
/** Files the importer reads: articles, and TimelineJS sheets. With .json, the importer's list (test/unit/main/os-open.test.ts holds them equal). */
export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.docx', '.csv'];

export type OpenRoute =
  | { kind: 'document'; path: string }
  | { kind: 'json'; path: string }
  | { kind: 'article'; path: string }
  | { kind: 'refused'; path: string; message: string };

export interface ArgvOptions {
  /** The directory relative paths are resolved against: the launching shell's, not the app's. */
  cwd: string;
  platform: NodeJS.Platform;
  /**
   * How many leading arguments are the program itself: 1 for the packaged app (`newsline file`), 2 when
   * Electron runs the app from a folder (`electron . file`, where process.defaultApp is true).
   */
  skip: number;
}

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? win32 : posix;
}

/** A file:// URL as a path, or null when it is not a local file (another scheme, or a malformed URL). */
export function fileUrlToPath(url: string, platform: NodeJS.Platform): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'file:') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (platform === 'win32') {
    const local = pathname.replace(/^\/([A-Za-z]:)/, '$1').replace(/\//g, '\\');
    // file://server/share/x.txt is the UNC path \\server\share\x.txt.
    return u.host && u.host !== 'localhost' ? `\\\\${u.host}${local}` : local;
  }
  if (u.host && u.host !== 'localhost') return null;
  return pathname;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

/**
 * One argument as an absolute path. file:// URLs (Linux desktop files pass %U) become paths; relative paths
 * are resolved against the launching directory. Other URLs are kept as given, for routeOpen to refuse by name.
 */
export function argumentToPath(arg: string, opts: Pick<ArgvOptions, 'cwd' | 'platform'>): string {
  const p = pathApi(opts.platform);
  if (URL_LIKE.test(arg)) return fileUrlToPath(arg, opts.platform) ?? arg;
  return p.isAbsolute(arg) ? p.normalize(arg) : p.resolve(opts.cwd, arg);
}

/**
 * The files named on a command line. Switches are skipped wherever they are: Chromium and Electron add their
 * own (`--allow-file-access-from-files`, `--original-process-start-time=…`, macOS's `-psn_0_…`) before or after
 * the user's arguments in `second-instance`. After a bare `--` every argument is a file, even one starting with -.
 */
export function pathsFromArgv(argv: readonly string[], opts: ArgvOptions): string[] {
  const paths: string[] = [];
  let switchesEnded = false;
  for (const arg of argv.slice(opts.skip)) {
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && arg.startsWith('-')) continue;
    if (arg.trim() === '') continue;
    const path = argumentToPath(arg, opts);
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** Whether JSON text is a Newsline document (of any version), rather than a timeline for the importer. */
export function isNewslineDocumentJson(text: string): boolean {
  try {
    const data = JSON.parse(text) as { format?: unknown } | null;
    return typeof data === 'object' && data !== null && data.format === 'newsline-document';
  } catch {
    return false;
  }
}

/** A command line's files (a launch, or a second launch's `second-instance`) into the queue. */
export function openFromArgv(queue: Pick<OsOpenQueue, 'add'>, argv: readonly string[], opts: ArgvOptions): string[] {
  const paths = pathsFromArgv(argv, opts);
  queue.add(paths);
  return paths;
}

/** macOS `open-file` gives an absolute path, but a drop on the Dock icon of a URL file can give a file:// URL. */
export function pathFromOpenFile(path: string, cwd: string): string {
  return argumentToPath(path, { cwd, platform: 'darwin' });
}

const listed = [DOCUMENT_EXTENSION, '.txt', '.md', '.html', '.docx', '.json', '.csv'].join(', ');

/** Where a path opens: as a timeline document, as an article to import, or not at all, with why. */
export function routeOpen(path: string): OpenRoute {
  if (URL_LIKE.test(path)) {
    return { kind: 'refused', path, message: `${path}: this is a web address, not a file; save the page and open the saved file` };
  }
  const name = basename(path.replace(/\\/g, '/'));
  const ext = extname(name).toLowerCase();
  if (ext === DOCUMENT_EXTENSION) return { kind: 'document', path };
  if (ext === JSON_EXTENSION) return { kind: 'json', path };
  if (ARTICLE_EXTENSIONS.includes(ext)) return { kind: 'article', path };
  return { kind: 'refused', path, message: `${name}: files of type "${ext || '(none)'}" cannot be opened; use ${listed}` };
}

/**
 * Files the OS asked to open, held until the page takes them. The page takes them itself (document:open-queued)
 * once its first document is on screen, and again whenever main says more have arrived, so a file that comes
 * before the window exists (macOS) or while the page is loading simply waits here.
 */
export interface OsOpenQueue {
  /** Files from argv, second-instance or open-file; they open in order. */
  add(paths: readonly string[]): void;
  /** The next file to open, if any. Taking marks the page as listening for `notify`. */
  take(): string | undefined;
  /** The page (re)started loading: it will take what is queued when it is ready, so do not notify it. */
  pageLoading(): void;
  readonly pending: readonly string[];
}

/** `notify` tells the page files are waiting (the document:queued event). */
export function createOsOpenQueue(notify: () => void): OsOpenQueue {
  const queue: string[] = [];
  let listening = false;
  return {
    add(paths) {
      const fresh = paths.filter((p) => !queue.includes(p));
      queue.push(...fresh);
      if (listening && fresh.length > 0) notify();
    },
    take() {
      listening = true;
      const next = queue.shift();
      // One file per take: the rest go after this one has opened (or failed), in order.
      if (queue.length > 0) queueMicrotask(notify);
      return next;
    },
    pageLoading() {
      listening = false;
    },
    get pending() {
      return [...queue];
    },
  };
}
