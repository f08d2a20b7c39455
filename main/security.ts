// The security decisions of the shell, as plain data and functions so tests can hold them to account.

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
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const;
}

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Links leave the app only for the web and mail, never for file:, javascript: or custom handlers. */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (!EXTERNAL_SCHEMES.has(url.protocol)) return false;
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
