import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { APP_ENTRY } from './app-protocol';
import { allowNavigation, allowPermission, hardenedWebPreferences, isSafeExternalUrl } from './security';

export interface ShellOptions {
  preloadPath: string;
  log: (msg: string) => void;
}

/** Deny-by-default rules for every web contents the app ever creates. */
export function hardenSessions(log: (msg: string) => void): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(allowPermission(permission));
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) {
        event.preventDefault();
        log(`blocked navigation to ${url}`);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // A link the user clicked may open in their browser, after a scheme check; never inside the app.
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      else log(`blocked window.open(${url})`);
      return { action: 'deny' };
    });
  });
}

export function createMainWindow(opts: ShellOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Newsline',
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: hardenedWebPreferences(opts.preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
