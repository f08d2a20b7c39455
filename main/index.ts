import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, screen, shell } from 'electron';
import { catchFatalErrors, logger } from './log-shell';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { chooseArticleFile, chooseArticleFiles, chooseSavePath, createMainWindow, focusWindow, hardenSessions } from './app-shell';
import { createJournal } from './journal';
import { createRecentFiles } from './recent-files';
import { DEFAULT_DOCUMENT } from './documents';
import { createHandlers } from './handlers';
import { workerImportService } from './import-service';
import { createDispatcher } from './ipc-validation';
import { registerIpc, sendToPage } from './ipc-shell';
import { installMenu } from './menu-shell';
import { registerAppScheme, serveApp } from './protocol-shell';
import { createStateFile, ensureOnScreen, type Rect } from './window-state';

// The one place the main process is wired: services are built here and handed to the shells.

const log = (msg: string) => logger.info(msg);
const reportError = catchFatalErrors();

function documentFromArgs(argv: string[], dataDir: string): string {
  const flag = argv.find((a) => a.startsWith('--document='));
  return flag ? flag.slice('--document='.length) : join(dataDir, DEFAULT_DOCUMENT);
}

function appLicence(appRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { license?: unknown };
    return typeof pkg.license === 'string' ? pkg.license : 'unstated';
  } catch {
    return 'unstated';
  }
}

/** Work areas of every display, the primary one first: ensureOnScreen centres a lost window on it. */
function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(mainWindow));

  void app
    .whenReady()
    .then(async () => {
      const appRoot = app.getAppPath();
      log(`Newsline ${app.getVersion()} starting (packaged: ${app.isPackaged})`);
      hardenSessions(log);
      serveApp(join(appRoot, 'dist', 'renderer'), log);

      const state = createStateFile(join(app.getPath('userData'), 'window-state.json'), (msg) => logger.warn(msg));
      const remembered = await state.load();

      const importer = workerImportService(join(__dirname, 'import-worker.js'));
      app.on('before-quit', () => void importer.close());
      const userData = app.getPath('userData');
      const recentFiles = createRecentFiles(join(userData, 'recent-files.json'), (msg) => logger.warn(msg));
      const journal = createJournal(join(userData, 'unsaved-work.json'), (msg) => logger.warn(msg));
      const initialDocument = documentFromArgs(process.argv, join(appRoot, 'data'));
      // Set by the page: unsaved changes make closing the window a question the page asks first.
      let edited = false;
      let closeAllowed = false;
      const handlers = createHandlers({
        initialDocument,
        initialIsUserFile: initialDocument !== join(appRoot, 'data', DEFAULT_DOCUMENT),
        recentFiles,
        journal,
        chooseSavePath: (name) => chooseSavePath(mainWindow, name),
        setEdited: (value) => {
          edited = value;
          mainWindow?.setDocumentEdited(value);
        },
        closeWindow: () => {
          closeAllowed = true;
          mainWindow?.close();
        },
        appInfo: { name: app.getName(), version: app.getVersion() },
        viewState: state.viewStateStore,
        // The link:open-external handler calls this only after isSafeExternalUrl (test/unit/security/external-links.test.ts).
        openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
        chooseFile: () => chooseArticleFile(mainWindow),
        chooseFiles: () => chooseArticleFiles(mainWindow),
        importer,
        importStarted: (name) => sendToPage(mainWindow, 'import:started', { name }),
      });
      registerIpc(createDispatcher(handlers, { protocol: `${APP_SCHEME}:`, host: APP_HOST }, log));
      // File ▸ Open… goes through the page, which shows progress and then asks main to open the dialog.
      const menu = (files: string[]) =>
        installMenu({
          licence: appLicence(appRoot),
          log,
          onOpen: () => sendToPage(mainWindow, 'menu:command', 'open-file'),
          onAdd: () => sendToPage(mainWindow, 'menu:command', 'add-file'),
          recentFiles: files,
          // The page first deals with unsaved changes, then asks for the file (document:open-path).
          onOpenRecent: (path) => sendToPage(mainWindow, 'document:open-request', { path }),
          onClearRecent: () => void recentFiles.clear(),
        });
      menu(await recentFiles.list());
      recentFiles.onChange(menu);

      mainWindow = createMainWindow({
        preloadPath: join(__dirname, 'preload.js'),
        log,
        geometry: ensureOnScreen(remembered.window, workAreas()),
        onGeometryChange: (geometry) => void state.saveWindow(geometry),
        onRendererGone: (reason) => void reportError('renderer', new Error(`the page stopped (${reason}); it has been reloaded`)),
      });
      mainWindow.on('closed', () => (mainWindow = null));
      // Unsaved changes: the page asks Save / Don't Save / Cancel, then closes the window itself (window:close).
      mainWindow.on('close', (event) => {
        if (!edited || closeAllowed) return;
        event.preventDefault();
        mainWindow?.webContents.send('window:close-requested', {});
      });

      // The last geometry is saved as the window closes; will-quit comes after every window has closed, so
      // hold the exit until that write has reached the disk.
      let flushed = false;
      app.on('will-quit', (event) => {
        if (flushed) return;
        event.preventDefault();
        void state.flush().finally(() => {
          flushed = true;
          app.quit();
        });
      });
    })
    .catch((err: unknown) => void reportError('startup', err));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
