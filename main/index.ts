import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, screen, shell } from 'electron';
import { catchFatalErrors, logger } from './log-shell';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { captureArea, chooseArticleFile, chooseArticleFiles, chooseSaveFile, chooseSavePath, createMainWindow, focusWindow, hardenSessions, printWindowToPdf } from './app-shell';
import { loadStandaloneAssets } from './export/standalone';
import { createJournal } from './journal';
import { createRecentFiles } from './recent-files';
import { keepOsRecentDocuments } from './recent-documents';
import { DEFAULT_DOCUMENT } from './documents';
import { createHandlers } from './handlers';
import { workerImportService } from './import-service';
import { createDispatcher } from './ipc-validation';
import { registerIpc, sendToPage } from './ipc-shell';
import { refreshMenu } from './menu-shell';
import { createAppUpdater } from './updater-shell';
import { createOsOpenQueue, openFromArgv, pathFromOpenFile, type ArgvOptions } from './os-open';
import { registerAppScheme, serveApp } from './protocol-shell';
import { createStateFile, ensureOnScreen, type Rect } from './window-state';

// The one place the main process is wired: services are built here and handed to the shells.

const log = (msg: string) => logger.info(msg);
const THIRD_PARTY_LICENCES = 'THIRD-PARTY-LICENCES.txt';
const UPDATE_CHECK_DELAY_MS = 10_000;
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

/** Reading a command line: the packaged app's argv[0] is itself; `electron .` adds the app folder. */
const argvOptions = (cwd: string): ArgvOptions => ({ cwd, platform: process.platform, skip: process.defaultApp ? 2 : 1 });

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let reopenWindow: (() => void) | null = null;
  const showWindow = () => (mainWindow ? focusWindow(mainWindow) : reopenWindow?.());
  // Files from the OS open through the page, the way File ▸ Open… does; until the page takes them they wait.
  const osOpens = createOsOpenQueue(() => sendToPage(mainWindow, 'document:queued', undefined));
  openFromArgv(osOpens, process.argv, argvOptions(process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openFromArgv(osOpens, argv, argvOptions(workingDirectory));
    showWindow();
  });
  // macOS sends open-file for a double-click, Open With or a drop on the Dock icon, also before the app is
  // ready (when it launched the app); registered here, before ready, so none is lost.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    osOpens.add([pathFromOpenFile(path, process.cwd())]);
    showWindow();
  });

  void app
    .whenReady()
    .then(async () => {
      const appRoot = app.getAppPath();
      log(`Newsline ${app.getVersion()} starting (packaged: ${app.isPackaged})`);
      hardenSessions(log);
      serveApp(join(appRoot, 'dist', 'renderer'), log);

      const state = createStateFile(join(app.getPath('userData'), 'window-state.json'), (msg) => logger.warn(msg));
      const remembered = await state.load();

      const importer = workerImportService(join(__dirname, 'import-worker.js'), { forward: true });
      app.on('before-quit', () => void importer.close());
      const userData = app.getPath('userData');
      const recentFiles = createRecentFiles(join(userData, 'recent-files.json'), (msg) => logger.warn(msg));
      // The Dock menu (macOS) and the jump list (Windows) follow File ▸ Open Recent.
      keepOsRecentDocuments(recentFiles, { add: (path) => app.addRecentDocument(path), clear: () => app.clearRecentDocuments() }, (msg) => logger.warn(msg));
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
        queuedOpens: osOpens,
        chooseSaveFile: (opts) => chooseSaveFile(mainWindow, opts),
        standaloneAssets: () => loadStandaloneAssets(join(appRoot, 'dist', 'standalone')),
        capturePage: (rect, scale) => captureArea(mainWindow, rect, scale),
        printToPdf: () => printWindowToPdf(mainWindow),
      });
      registerIpc(createDispatcher(handlers, { protocol: `${APP_SCHEME}:`, host: APP_HOST }, log));
      const updater = createAppUpdater({ settingsPath: join(app.getPath('userData'), 'update-settings.json'), log });
      // File ▸ Open… goes through the page, which shows progress and then asks main to open the dialog.
      const menu = {
        licence: appLicence(appRoot),
        log,
        onOpen: () => sendToPage(mainWindow, 'menu:command', 'open-file'),
        onAdd: () => sendToPage(mainWindow, 'menu:command', 'add-file'),
        updater,
        licencesJson: join(__dirname, 'licences.json'),
        // extraResources puts it in the resources folder of the installed app.
        thirdPartyLicences: join(app.isPackaged && process.resourcesPath ? process.resourcesPath : join(appRoot, 'dist'), THIRD_PARTY_LICENCES),
        recentFiles: await recentFiles.list(),
        // The page first deals with unsaved changes, then asks for the file (document:open-path).
        onOpenRecent: (path: string) => sendToPage(mainWindow, 'document:open-request', { path }),
        onClearRecent: () => void recentFiles.clear(),
      };
      await refreshMenu(menu);
      recentFiles.onChange((files) => {
        menu.recentFiles = files;
        void refreshMenu(menu);
      });

      const openWindow = (geometry: typeof remembered.window) => {
        const win = createMainWindow({
          preloadPath: join(__dirname, 'preload.js'),
          log,
          geometry: ensureOnScreen(geometry, workAreas()),
          onGeometryChange: (g) => void state.saveWindow(g),
          onRendererGone: (reason) => void reportError('renderer', new Error(`the page stopped (${reason}); it has been reloaded`)),
        });
        win.on('closed', () => (mainWindow = null));
        // Once the window is up, a worker is readied in the background, so the first import does not wait for one to start.
        win.once('ready-to-show', () => void importer.warm());
        // Unsaved changes: the page asks Save / Don't Save / Cancel, then closes the window itself (window:close).
        win.on('close', (event) => {
          if (!edited || closeAllowed) return;
          event.preventDefault();
          sendToPage(win, 'window:close-requested', {});
        });
        mainWindow = win;
      };
      openWindow(remembered.window);
      // macOS keeps the app running with no window: a Dock click, or a file opened from Finder, brings one back.
      reopenWindow = () => void state.load().then((s) => !mainWindow && openWindow(s.window));
      app.on('activate', () => !mainWindow && reopenWindow?.());

      // The daily look waits until the window is up and settled, so it never slows the start.
      setTimeout(() => void updater.checkIfDue().then(() => refreshMenu(menu)), UPDATE_CHECK_DELAY_MS).unref();

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
