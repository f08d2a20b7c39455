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

/** The app's own origin, as the app:// protocol serves it (passed in: app-protocol.ts imports this file). */
export interface AppOrigin {
  protocol: string;
  host: string;
}

/**
 * What becomes of a link or navigation: the app's own pages may load in its window; web and mail links
 * go to the user's browser or mail program (never into the app's window); anything else is refused.
 */
export type LinkDecision = 'allow' | 'open-externally' | 'deny';

function isAppPage(raw: string, origin: AppOrigin): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === origin.protocol && url.host === origin.host && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** For a navigation of the app's window (a followed link, a script setting location, a redirect). */
export function navigationDecision(url: string, origin: AppOrigin): LinkDecision {
  if (isAppPage(url, origin)) return 'allow';
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

/** For window.open and links asking for a new window: the app never opens a second window. */
export function newWindowDecision(url: string): Exclude<LinkDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny';
}

type Log = (msg: string) => void;
type OpenExternal = (url: string) => Promise<void> | void;

/** The part of an Electron event these handlers use, so tests can hand in a plain object. */
export interface Preventable {
  preventDefault(): void;
}

function openOutside(openExternal: OpenExternal, url: string, log: Log): void {
  void Promise.resolve()
    .then(() => openExternal(url))
    .catch((err: unknown) => log(`could not open ${url}: ${String(err)}`));
}

/**
 * For will-navigate: the app's own pages load; a web or mail link opens outside the app and the window
 * stays; anything else is cancelled.
 */
export function navigationGuard(origin: AppOrigin, openExternal: OpenExternal, log: Log) {
  return (event: Preventable, url: string): void => {
    const decision = navigationDecision(url, origin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openOutside(openExternal, url, log);
    else log(`blocked navigation to ${url}`);
  };
}

/**
 * For will-frame-navigate and will-redirect, which also fire for the navigations will-navigate has seen:
 * the same cancelling, but nothing is opened outside, so one click never opens the browser twice.
 */
export function frameNavigationGuard(origin: AppOrigin, log: Log) {
  return (event: Preventable, url: string): void => {
    if (navigationDecision(url, origin) === 'allow') return;
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
export function windowOpenHandler(openExternal: OpenExternal, log: Log) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (newWindowDecision(url) === 'open-externally') openOutside(openExternal, url, log);
    else log(`blocked window.open(${url})`);
    return { action: 'deny' };
  };
}

// Permissions: one. The app's own page may write text to the clipboard: Edit ▸ Copy as Markdown calls
// navigator.clipboard.writeText, which Chromium gates on 'clipboard-sanitized-write' (checked, then requested),
// and which it allows only in answer to a user's gesture. Nothing else: no camera, microphone, location,
// notifications, clipboard reading or device access; links leave through the app's own checked request, not
// the 'openExternal' permission. A page from anywhere else gets nothing at all.
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Whether `permission` may be had by the page at `requestingUrl` (a URL or an origin such as app://newsline). */
export function permissionDecision(permission: string, requestingUrl: string | undefined, origin: AppOrigin): boolean {
  return GRANTED_PERMISSIONS.has(permission) && typeof requestingUrl === 'string' && isAppPage(requestingUrl, origin);
}

/** For session.setPermissionRequestHandler: a refusal is logged. */
export function permissionRequestHandler(origin: AppOrigin, log: Log) {
  return (_contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }): void => {
    const granted = permissionDecision(permission, details?.requestingUrl, origin);
    if (!granted) log(`denied permission request: ${permission}${details?.requestingUrl ? ` from ${details.requestingUrl}` : ''}`);
    callback(granted);
  };
}

/** For session.setPermissionCheckHandler: the synchronous twin of the request handler. */
export function permissionCheckHandler(origin: AppOrigin) {
  return (_contents: unknown, permission: string, requestingOrigin?: string, details?: { requestingUrl?: string }): boolean =>
    permissionDecision(permission, requestingOrigin || details?.requestingUrl, origin);
}
