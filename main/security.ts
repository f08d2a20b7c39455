// The security decisions of the shell, as plain data and functions so tests can hold them to account.
// The *-shell files only attach these to Electron's events; every decision is made here.

/** Pages may load only their own scripts and styles; nothing inline, no eval, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function hardenedWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click (auxclick) on a link asks for a new window; the window-open handler denies it anyway,
    // and without the feature the page never even gets the event.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const;
}

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Links leave the app only for the web and mail, never for file:, javascript: or custom handlers. */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string') return false;
  try {
    const url = new URL(raw);
    if (!EXTERNAL_SCHEMES.has(url.protocol)) return false;
    // Credentials in a link ("https://bank.example@evil.example") exist to mislead the reader.
    if (url.username !== '' || url.password !== '') return false;
    return url.protocol === 'mailto:' || url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The app is one page: every navigation away from it is refused. */
export function allowNavigation(_url: string): boolean {
  return false;
}

/** No camera, microphone, notifications, geolocation or anything else. */
export function allowPermission(_permission: string): boolean {
  return false;
}

type Log = (msg: string) => void;

/** The part of an Electron event these handlers use, so tests can hand in a plain object. */
export interface Preventable {
  preventDefault(): void;
}

/** For will-navigate, will-redirect and will-frame-navigate: cancel whatever allowNavigation refuses. */
export function navigationGuard(log: Log) {
  return (event: Preventable, url: string): void => {
    if (allowNavigation(url)) return;
    event.preventDefault();
    log(`blocked navigation to ${url}`);
  };
}

/** For will-attach-webview: the app has no use for <webview>, and one would bring its own webPreferences. */
export function webviewGuard(log: Log) {
  return (event: Preventable): void => {
    event.preventDefault();
    log('blocked a <webview>');
  };
}

/**
 * For setWindowOpenHandler: the app never opens a window of its own. A link the user follows may open in
 * their browser, and only after the scheme check.
 */
export function windowOpenHandler(openExternal: (url: string) => Promise<void> | void, log: Log) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (isSafeExternalUrl(url)) {
      void Promise.resolve(openExternal(url)).catch((err: unknown) => log(`could not open ${url}: ${String(err)}`));
    } else {
      log(`blocked window.open(${url})`);
    }
    return { action: 'deny' };
  };
}

/** For session.setPermissionRequestHandler: answers every request with allowPermission's no. */
export function permissionRequestHandler(log: Log) {
  return (_contents: unknown, permission: string, callback: (granted: boolean) => void): void => {
    const granted = allowPermission(permission);
    if (!granted) log(`denied permission request: ${permission}`);
    callback(granted);
  };
}

/** For session.setPermissionCheckHandler: the synchronous twin of the request handler. */
export function permissionCheckHandler() {
  return (_contents: unknown, permission: string): boolean => allowPermission(permission);
}
