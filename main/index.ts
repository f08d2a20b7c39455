import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';
import { createMainWindow, hardenSessions } from './app-shell';
import { DEFAULT_DOCUMENT } from './documents';
import { createHandlers, memoryViewStateStore } from './handlers';
import { createDispatcher } from './ipc-validation';
import { registerIpc } from './ipc-shell';
import { registerAppScheme, serveApp } from './protocol-shell';

// The one place the main process is wired: services are built here and handed to the shells.

const log = (msg: string) => console.log(`[newsline] ${msg}`);

function documentFromArgs(argv: string[], dataDir: string): string {
  const flag = argv.find((a) => a.startsWith('--document='));
  return flag ? flag.slice('--document='.length) : join(dataDir, DEFAULT_DOCUMENT);
}

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const appRoot = app.getAppPath();
    hardenSessions(log);
    serveApp(join(appRoot, 'dist', 'renderer'), log);
    const handlers = createHandlers({
      initialDocument: documentFromArgs(process.argv, join(appRoot, 'data')),
      appInfo: { name: app.getName(), version: app.getVersion() },
      viewState: memoryViewStateStore(),
      openExternal: (url) => shell.openExternal(url),
    });
    registerIpc(createDispatcher(handlers, { protocol: `${APP_SCHEME}:`, host: APP_HOST }, log));
    mainWindow = createMainWindow({ preloadPath: join(__dirname, 'preload.js'), log });
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
