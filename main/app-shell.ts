import { app, BrowserWindow, dialog, session, shell, type Rectangle, type WebContents } from 'electron';
import { APP_ENTRY, APP_HOST, APP_SCHEME } from './app-protocol';
import {
  frameNavigationGuard,
  hardenedWebPreferences,
  navigationGuard,
  permissionCheckHandler,
  permissionRequestHandler,
  webviewGuard,
  windowOpenHandler,
} from './security';
import type { WindowGeometry } from './window-state';

export interface ShellOptions {
  preloadPath: string;
  log: (msg: string) => void;
  /** Where the window was last time, already brought on-screen; absent on the first launch. */
  geometry: WindowGeometry;
  onGeometryChange: (geometry: WindowGeometry) => void;
  /** The page crashed or was killed: the shell reloads it, the caller tells the user. */
  onRendererGone: (reason: string) => void;
}

/** Deny-by-default rules for every web contents the app ever creates. Each handler is a plain function from security.ts. */
export function hardenSessions(log: (msg: string) => void): void {
  const origin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };
  session.defaultSession.setPermissionRequestHandler(permissionRequestHandler(origin, log));
  session.defaultSession.setPermissionCheckHandler(permissionCheckHandler(origin));

  // The guards pass a URL on only after isSafeExternalUrl (http, https, mailto; test/unit/security/policy.test.ts
  // and shell-security.test.ts), which electronegativity cannot see through the callback.
  const openExternal = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  const guardNavigation = navigationGuard(origin, openExternal, log);
  const guardFrameNavigation = frameNavigationGuard(origin, log);
  const guardWebview = webviewGuard(log);
  const openWindow = windowOpenHandler(openExternal, log);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => guardNavigation(event, url));
    contents.on('will-frame-navigate', (event) => guardFrameNavigation(event, event.url));
    contents.on('will-redirect', (event, url) => guardFrameNavigation(event, url));
    contents.on('will-attach-webview', (event) => guardWebview(event));
    contents.setWindowOpenHandler(openWindow);
  });
}

function currentGeometry(win: BrowserWindow): WindowGeometry {
  // getNormalBounds: the size to come back to after un-maximizing, not the maximized one.
  const b: Rectangle = win.getNormalBounds();
  return { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: win.isMaximized() };
}

export function createMainWindow(opts: ShellOptions): BrowserWindow {
  const { bounds, maximized } = opts.geometry;
  // electronegativity reads webPreferences only as an object literal written here, so it cannot see that
  // hardenedWebPreferences sets contextIsolation, sandbox and disableBlinkFeatures: 'Auxclick'.
  // test/unit/security/shell-security.test.ts checks the options the built main actually passes.
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    title: 'Newsline',
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: hardenedWebPreferences(opts.preloadPath),
  });
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });

  // Saved on every settled move or resize as well as on close, so a crash or a killed process loses little.
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => !win.isDestroyed() && opts.onGeometryChange(currentGeometry(win)), 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    opts.onGeometryChange(currentGeometry(win));
  });

  // A dead page would leave a blank window with no word of why; reload it and let the caller say so.
  win.webContents.on('render-process-gone', (_event, details) => {
    opts.log(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    opts.onRendererGone(details.reason);
    if (!win.isDestroyed()) void win.loadURL(APP_ENTRY);
  });

  void win.loadURL(APP_ENTRY);
  return win;
}

/** A second launch brings the first window forward instead of opening another. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/** Articles Newsline can open, as the system dialog's filter. */
export const ARTICLE_FILTERS = [
  { name: 'Newsline timelines and articles', extensions: ['newsline', 'txt', 'md', 'markdown', 'html', 'htm', 'docx'] },
  { name: 'Newsline timelines', extensions: ['newsline'] },
  { name: 'Articles (text, Markdown, web page, Word)', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] },
  { name: 'TimelineJS timelines (JSON, Google Sheets CSV)', extensions: ['json', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

/** The system's open dialog: the only way a path reaches the importer, so the page can never name one. */
export async function chooseArticleFile(win: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Open a timeline or an article', properties: ['openFile' as const], filters: ARTICLE_FILTERS };
  const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
  return canceled || filePaths.length === 0 ? null : filePaths[0];
}

/** The system's save dialog for a timeline; null when the user cancels. */
export async function chooseSavePath(win: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  const options = { title: 'Save the timeline', defaultPath: suggestedName, filters: [{ name: 'Newsline timelines', extensions: ['newsline'] }] };
  const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
  return canceled || !filePath ? null : filePath;
}

/** The system's save dialog for an export: the only way an export's path is chosen, never by the page. */
export async function chooseSaveFile(win: BrowserWindow | null, opts: { title: string; defaultName: string; extension: string; filterName: string }): Promise<string | null> {
  const options = { title: opts.title, defaultPath: opts.defaultName, filters: [{ name: opts.filterName, extensions: [opts.extension] }] };
  const { canceled, filePath } = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
  return canceled || !filePath ? null : filePath;
}

/** The window's timeline area as PNG, at 1x or 2x of its CSS size, from Electron's own capture. */
export async function captureArea(win: BrowserWindow | null, rect: { x: number; y: number; width: number; height: number }, scale: 1 | 2): Promise<Uint8Array | null> {
  if (!win) return null;
  const image = await win.webContents.capturePage({ x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) });
  if (image.isEmpty()) return null;
  const sized = image.resize({ width: Math.round(rect.width * scale), height: Math.round(rect.height * scale), quality: 'best' });
  return sized.toPNG();
}

/** The window through its print stylesheet (timeline, then the event list), as a PDF. */
export async function printWindowToPdf(win: BrowserWindow | null): Promise<Uint8Array> {
  if (!win) throw new Error('there is no window to print');
  return win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 } });
}

/** The open dialog for adding articles to the open timeline: several may be chosen at once. */
export async function chooseArticleFiles(win: BrowserWindow | null): Promise<string[]> {
  const options = { title: 'Add articles to this timeline', properties: ['openFile' as const, 'multiSelections' as const], filters: ARTICLE_FILTERS };
  const { canceled, filePaths } = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
  return canceled ? [] : filePaths;
}
