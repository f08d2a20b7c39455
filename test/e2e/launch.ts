import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { MenuCommand } from '../../shared/ipc';
import { resolveAppRequest } from '../../main/app-protocol';
import { DEFAULT_DOCUMENT } from '../../main/documents';
import { createHandlers, memoryViewStateStore } from '../../main/handlers';
import { workerImportService, type ImportService } from '../../main/import-service';
import { createDispatcher } from '../../main/ipc-validation';
import { createOsOpenQueue, openFromArgv } from '../../main/os-open';
import { loadStandaloneAssets } from '../../main/export/standalone';
import { createJournal } from '../../main/journal';
import { createRecentFiles } from '../../main/recent-files';

// Starts the real built renderer in Debian's Chromium with the real main-process handlers behind it:
// a loopback server stands in for the app:// protocol (same resolver, same headers) and Playwright's
// exposeBinding stands in for IPC (same dispatcher, same sender check).

export const REPO = resolve(import.meta.dirname, '..', '..');
export const RENDERER_DIR = join(REPO, 'dist', 'renderer');
export const SEED_DOCUMENT = join(REPO, 'data', DEFAULT_DOCUMENT);
export const SCREENSHOT_DIR = join(REPO, 'test-results', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Debian's Chromium (new headless mode) opens each browser context in a window of its own and loads that window's
  // omnibox popup, a WebUI page in a renderer of its own, while the test's page loads: about 0.3 s of CPU per context
  // (SystemInfo.getProcessInfo), on the same 2 cores as the page, and none of it Newsline's (Electron has no
  // omnibox). Its AI-mode popup still loads; no switch for it was found.
  '--disable-features=WebUIOmniboxPopup',
];

export function chromiumPath(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    // GitHub's macOS and Windows runners come with Google Chrome.
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export interface LaunchOptions {
  /** A document file to open instead of the seed article. */
  document?: string;
  viewport?: { width: number; height: number };
  headed?: boolean;
  /** Extra script run in the page before its own, e.g. a benchmark's probe. */
  initScript?: string;
  /** What the open-file dialog answers, in order; null is the user pressing Cancel. */
  dialogAnswers?: Array<string | null>;
  /** What Add to This Timeline's dialog (several files) answers, in order; [] is the user pressing Cancel. */
  addAnswers?: string[][];
  /** How long to wait for the window to be ready; large generated documents on a loaded machine need more. */
  readyTimeoutMs?: number;
  /** Where the save dialog saves each export, in order; null is the user pressing Cancel. */
  saveAnswers?: Array<string | null>;
  /** Holds every import this long, to see what a slow import looks like. */
  importDelayMs?: number;
  /** The app's command line (argv[0] is the program), as the OS passes a double-clicked file. */
  argv?: string[];
  /** The import watchdog's budget, in place of the app's own. */
  importBudgetMs?: number;
  /** The user-data folder (journal, recent files); a fresh temporary one when not given. */
  userDataDir?: string;
  /** Launch with --document=…: the user's own file, which Save writes back to. */
  documentIsUserFile?: boolean;
  /** false: return once the page has loaded, without waiting for the window to be ready (a benchmark that watches for that itself). */
  waitForReady?: boolean;
  /** Called with the new page before it loads the app, e.g. to start a CPU profile of the cold load. */
  beforeLoad?: (page: Page) => Promise<void>;
}

export interface LaunchedApp {
  page: Page;
  url: string;
  /** Links the app asked main to open in the user's browser. */
  externalOpens: string[];
  /** Messages the IPC gate logged, e.g. refused senders. */
  ipcLog: string[];
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /** Newsline launched again with this command line while running: main's second-instance path. */
  secondLaunch(argv: string[], cwd: string): void;
  /** Sends any main → page event, e.g. window:close-requested when the user closes the window. */
  emit(channel: string, payload: unknown): Promise<void>;
  /** How many times the page asked main to close the window, and the last "unsaved changes" it reported. */
  windowState: { closeRequests: number; edited: boolean };
  userDataDir: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let bridgeScript: Promise<string> | undefined;
/** The real preload (main/preload.ts), bundled for the page with bridge-electron.ts as its `electron`. */
export function bridge(): Promise<string> {
  const shim = join(import.meta.dirname, 'bridge-electron.ts');
  bridgeScript ??= build({
    entryPoints: [join(REPO, 'main', 'preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    plugins: [{ name: 'electron-in-the-page', setup: (b) => b.onResolve({ filter: /^electron$/ }, () => ({ path: shim })) }],
  }).then((r) => r.outputFiles[0].text);
  return bridgeScript;
}

/**
 * Serves a folder the way app:// serves the renderer: same resolver, same headers (CSP included). And, once each,
 * the long IPC answers launchApp leaves in `answers` under ANSWER_PATH (see asJsonWhenSafe); one asked for before
 * it is there is answered when it is.
 */
export function serve(root: string, answers?: AnswerBox): Promise<{ server: Server; host: string }> {
  const server = createServer(async (req, res) => {
    const answer = answers && ANSWER_FILE.test(req.url ?? '') ? await answers.take(req.url!) : undefined;
    if (answer !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(answer);
      return;
    }
    const host = req.headers.host ?? '';
    const resolved = await resolveAppRequest(root, `http://${host}${req.url ?? '/'}`, { protocol: 'http:', host: addressOf(server) });
    if (!resolved.ok) {
      res.writeHead(resolved.status, { 'Content-Type': 'text/plain' }).end(resolved.reason);
      return;
    }
    res.writeHead(200, resolved.headers).end(await readFile(resolved.file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, host: addressOf(server) })));
}

/** Long answers by path, each taken once; a path asked for before its answer is put waits for it (up to a minute). */
export class AnswerBox {
  private readonly ready = new Map<string, string>();
  private readonly waiting = new Map<string, (body: string | undefined) => void>();

  put(path: string, body: string): void {
    const waiter = this.waiting.get(path);
    if (waiter) {
      this.waiting.delete(path);
      waiter(body);
    } else this.ready.set(path, body);
  }

  take(path: string): Promise<string | undefined> {
    const body = this.ready.get(path);
    if (body !== undefined) {
      this.ready.delete(path);
      return Promise.resolve(body);
    }
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.waiting.delete(path);
        done(undefined);
      }, 60_000);
      this.waiting.set(path, (b) => {
        clearTimeout(timer);
        done(b);
      });
    });
  }
}

function addressOf(server: Server): string {
  const a = server.address() as AddressInfo;
  return `127.0.0.1:${a.port}`;
}

let sharedBrowser: Promise<Browser> | undefined;
export async function browserFor(headed: boolean): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH');
  if (headed) return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: false });
  sharedBrowser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  return sharedBrowser;
}

/** One line to a running app: `const app = await launchApp()`, or `launchApp({ document })`. */
export async function launchApp(opts: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const longAnswers = new AnswerBox();
  const { server, host } = await serve(RENDERER_DIR, longAnswers);
  const externalOpens: string[] = [];
  const ipcLog: string[] = [];
  const answers = [...(opts.dialogAnswers ?? [])];
  const saveAnswers = [...(opts.saveAnswers ?? [])];
  const addAnswers = opts.addAnswers ? [...opts.addAnswers] : null;
  // The real import worker, as the app runs it: the bundle npm run build makes.
  const importer = delayed(workerImportService(join(REPO, 'dist', 'main', 'import-worker.js'), { budgetMs: opts.importBudgetMs, forward: true }), opts.importDelayMs ?? 0);
  let emit: (channel: string, payload: unknown) => Promise<void> = async () => {};
  const osOpens = createOsOpenQueue(() => void emit('document:queued', undefined));
  const argvOptions = (cwd: string) => ({ cwd, platform: process.platform, skip: 1 });
  if (opts.argv) openFromArgv(osOpens, opts.argv, argvOptions(process.cwd()));
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'newsline-e2e-'));
  const windowState = { closeRequests: 0, edited: false };
  const handlers = createHandlers({
    initialDocument: opts.document ? resolve(opts.document) : SEED_DOCUMENT,
    initialIsUserFile: opts.documentIsUserFile ?? false,
    chooseSavePath: async () => saveAnswers.shift() ?? null,
    recentFiles: createRecentFiles(join(userDataDir, 'recent-files.json')),
    journal: createJournal(join(userDataDir, 'unsaved-work.json')),
    setEdited: (edited) => void (windowState.edited = edited),
    closeWindow: () => void windowState.closeRequests++,
    appInfo: { name: 'Newsline', version: 'test' },
    viewState: memoryViewStateStore(),
    openExternal: async (url) => void externalOpens.push(url),
    chooseFile: async () => answers.shift() ?? null,
    // Without addAnswers, Add asks with the one-file dialog, as before.
    ...(addAnswers ? { chooseFiles: async () => addAnswers.shift() ?? [] } : {}),
    importer,
    importStarted: (name) => void emit('import:started', { name }),
    queuedOpens: osOpens,
    chooseSaveFile: async () => saveAnswers.shift() ?? null,
    standaloneAssets: () => loadStandaloneAssets(join(REPO, 'dist', 'standalone')),
  });
  const dispatch = createDispatcher(handlers, { protocol: 'http:', host }, (m) => ipcLog.push(m));

  const browser = await browserFor(opts.headed ?? false);
  const context: BrowserContext = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
  await context.exposeBinding('__newslineInvoke', async ({ frame, page }, channel: string, request: unknown, early?: unknown) => {
    // The path the page is already fetching this answer from, if it asked so (bridge-electron.ts); it gets its
    // answer there either way, or an empty module when the answer is short or the call fails.
    const earlyPath = typeof early === 'string' && ANSWER_FILE.test(early) ? early : undefined;
    let answer: unknown;
    try {
      answer = asJsonWhenSafe(await dispatch({ url: frame.url(), isMainFrame: frame === page.mainFrame() }, channel, request), longAnswers, earlyPath);
      return answer;
    } finally {
      const sentThere = !!answer && typeof answer === 'object' && (answer as Record<string, unknown>)[MODULE_ANSWER] === earlyPath;
      if (earlyPath && !sentThere) longAnswers.put(earlyPath, NO_ANSWER);
    }
  });
  await context.addInitScript({ content: await bridge() });
  if (opts.initScript) await context.addInitScript({ content: opts.initScript });
  const page = await context.newPage();
  // Main's messages to the page, delivered the way the bridge's subscribe expects them.
  emit = (channel, payload) =>
    page.evaluate(([c, p]) => (window as never as { __newslineEmit: (ch: string, p: unknown) => void }).__newslineEmit(c as string, p), [channel, payload]);
  const url = `http://${host}/index.html`;
  await opts.beforeLoad?.(page);
  await page.goto(url);
  // Every control is there once React has filled the frame around the timeline. Asked with the page's own
  // querySelector every 50 ms: waitForSelector asks at every animation frame through Playwright's selector engine,
  // which took ~45 ms of the page's main thread during a 10,000-event load, time the app does not spend itself.
  // Still a task on that thread every 50 ms, with a style and layout update when the page changed: the startup
  // benchmark, which watches for the ready frame with its own probe, does without it (waitForReady: false).
  if (opts.waitForReady !== false) {
    await page.waitForFunction(
      (selector) => (document.querySelector(selector) as HTMLElement | null)?.checkVisibility() === true,
      '.nl-app[data-ui="ready"]:is([data-status="ready"], [data-status="error"])',
      { timeout: opts.readyTimeoutMs ?? 30_000, polling: 50 },
    );
  }

  return {
    page,
    url,
    externalOpens,
    ipcLog,
    sendMenuCommand: (command) => emit('menu:command', command),
    secondLaunch: (argv, cwd) => void openFromArgv(osOpens, argv, argvOptions(cwd)),
    emit: (channel, payload) => emit(channel, payload),
    windowState,
    userDataDir,
    async screenshot(name) {
      const file = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await importer.close();
      await context.close();
      if (opts.headed) await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A large answer (a document of 10,000 events) crosses Playwright's binding as JSON text: its own value
 * serializer walks every property in script on both sides and took seconds, where Electron's IPC (a
 * structured clone) takes milliseconds. Only answers JSON carries unchanged go this way; bridge-electron.ts
 * parses them back. Long text does not cross the DevTools protocol at all: its messages are decoded in the
 * page's main thread at a few megabytes a second (the 2.9 MB of a 10,000-event document held the page for a
 * second or more; gzipped, its inflating still took 70-140 ms there). It is left with the harness's server
 * instead, as a module whose default export is JSON.parse of that text, and the page imports it: the app's CSP
 * lets it load its own scripts, where connect-src 'none' refuses a fetch or a JSON module. The bytes arrive and
 * the module is compiled off the page's main thread, which only parses the JSON, as it would deserialize
 * Electron's clone. For the launch document the page asks for that module as it makes the call (earlyPath), so
 * its bytes travel as soon as the answer is ready: learning the path from the binding's reply first put a
 * second trip behind the page's main thread, busy with the start chunk when the reply came, as Electron's
 * reply does not wait.
 */
function asJsonWhenSafe(value: unknown, answers: AnswerBox, earlyPath?: string): unknown {
  const sent = sentDocumentText(value);
  if (sent) return sentDocumentAnswer(sent.head, sent.text, answers, earlyPath);
  if (!jsonSafe(value, 0)) return value;
  const json = JSON.stringify(value);
  if (json.length < LONG_ANSWER) return { [JSON_ANSWER]: json };
  const path = earlyPath ?? `${ANSWER_PATH}${++answerCount}.js`;
  // JSON text is a valid string literal once quoted as JSON (U+2028 and U+2029 included, since ES2019).
  answers.put(path, `export default JSON.parse(${JSON.stringify(json)});\n`);
  return { [MODULE_ANSWER]: path };
}

/**
 * An answer whose document main sends as its JSON bytes (shared/ipc.ts SentDocument): Electron copies the bytes;
 * here they cross as base64 beside the rest of the answer, and the bridge turns them back into bytes (natively,
 * Uint8Array.fromBase64), so the app reads them as it does in Electron. Text would need the page to encode it
 * again (TextEncoder, 20-30 ms of its main thread at 10,000 events) and the harness to quote it. Only the
 * answer's top-level `document` is looked at.
 */
function sentDocumentText(value: unknown): { head: Record<string, unknown>; text: string } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { document, ...head } = value as Record<string, unknown>;
  const json = (document as { json?: unknown } | null | undefined)?.json;
  if (!(json instanceof Uint8Array) || Object.keys(document as object).length !== 1 || !jsonSafe(head, 0)) return null;
  return { head, text: Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('base64') };
}

function sentDocumentAnswer(head: Record<string, unknown>, text: string, answers: AnswerBox, earlyPath?: string): unknown {
  const headJson = JSON.stringify(head);
  if (headJson.length + text.length < LONG_ANSWER) return { [JSON_ANSWER]: JSON.stringify({ ...head, document: { [BASE64_BYTES]: text } }) };
  const path = earlyPath ?? `${ANSWER_PATH}${++answerCount}.js`;
  // The document's base64 is its own string literal (nothing in it to escape), not inside the answer's JSON.
  answers.put(path, `const answer = JSON.parse(${JSON.stringify(headJson)});\nanswer.document = { ${BASE64_BYTES}: "${text}" };\nexport default answer;\n`);
  return { [MODULE_ANSWER]: path };
}
// The keys bridge-electron.ts looks for.
const JSON_ANSWER = '__newslineJson';
const MODULE_ANSWER = '__newslineJsonModule';
const BASE64_BYTES = '__newslineBase64';
const ANSWER_PATH = '/__newsline-answer/';
const ANSWER_FILE = /^\/__newsline-answer\/[\w-]+\.js$/;
/** What an early path serves when the answer was short (sent with the reply) or the call failed. */
const NO_ANSWER = 'export default undefined;\n';
const LONG_ANSWER = 256 * 1024;
let answerCount = 0;

function jsonSafe(value: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((v) => v !== undefined && jsonSafe(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    // An absent property and one set to undefined read the same to the page; JSON keeps neither.
    if (v !== undefined && !jsonSafe(v, depth + 1)) return false;
  }
  return true;
}

function delayed<D>(service: ImportService<D>, ms: number): ImportService<D> {
  if (!ms) return service;
  // The hold is canceled with the import, as a slow import would be.
  const holds = new Set<() => void>();
  const wait = () =>
    new Promise<boolean>((ok) => {
      const release = (canceled: boolean) => {
        clearTimeout(timer);
        holds.delete(cancel);
        ok(canceled);
      };
      const cancel = () => release(true);
      const timer = setTimeout(() => release(false), ms);
      holds.add(cancel);
    });
  const canceled = (name: string) => ({ ok: false as const, file: basename(name), message: `${basename(name)}: the import was canceled`, canceled: true as const });
  return {
    importFile: async (...a) => ((await wait()) ? canceled(a[0]) : service.importFile(...a)),
    importBytes: async (...a) => ((await wait()) ? canceled(a[0]) : service.importBytes(...a)),
    extract: async (...a) => (await wait(), service.extract(...a)),
    proposeMerges: (document) => service.proposeMerges(document),
    cancelImports: () => {
      const n = holds.size;
      for (const cancel of [...holds]) cancel();
      return n + service.cancelImports();
    },
    close: () => service.close(),
    warm: () => service.warm(),
  };
}

/** The timeline's visible window, in UTC ms, as the page publishes it on the timeline's container. */
export function timelineWindow(page: Page): Promise<{ start: number; end: number }> {
  return page
    .locator('[data-testid="timeline"]')
    .evaluate((el) => ({ start: Number((el as HTMLElement).dataset.windowStart), end: Number((el as HTMLElement).dataset.windowEnd) }));
}

/** The timeline window once animations have finished: two reads 150 ms apart agree. */
export async function settledWindow(page: Page): Promise<{ start: number; end: number }> {
  let last = await timelineWindow(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await timelineWindow(page);
    if (now.start === last.start && now.end === last.end) return now;
    last = now;
  }
  throw new Error('the timeline window never settled');
}

/** Closes the browser the headless launches share; call once per test file. */
export async function closeBrowser(): Promise<void> {
  const b = sharedBrowser;
  sharedBrowser = undefined;
  if (b) await (await b).close();
}

/**
 * Holds the dialogs' chunk (renderer/dialogs.ts) until release(), so a dialog asked for before then mounts on
 * its own when the chunk comes in, as it does on a slow machine, rather than in the render of the click.
 */
export function holdDialogsChunk(): { beforeLoad: (page: Page) => Promise<void>; release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  return {
    beforeLoad: async (page) => {
      await page.route(/\/assets\/Dialogs-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
    },
    release: () => release(),
  };
}

/** Notes the value the first input matching selector has when it is put into the page, before any effect runs. */
export async function watchFirstValue(page: Page, selector: string): Promise<() => Promise<string | undefined>> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __firstValue?: string };
    new MutationObserver((_, observer) => {
      const input = document.querySelector<HTMLInputElement>(sel);
      if (!input) return;
      w.__firstValue = input.value;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  }, selector);
  return () => page.evaluate(() => (window as unknown as { __firstValue?: string }).__firstValue);
}
