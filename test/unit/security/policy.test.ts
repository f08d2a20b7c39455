import { describe, expect, it, vi } from 'vitest';
import {
  frameNavigationGuard,
  navigationDecision,
  navigationGuard,
  newWindowDecision,
  permissionCheckHandler,
  permissionDecision,
  permissionRequestHandler,
  webviewGuard,
  windowOpenHandler,
  type LinkDecision,
} from '../../../main/security';

// The shell's link, navigation and permission policy as plain functions, over a table of real URLs. The
// built main is held to the same table through Electron's events in shell-security.test.ts.

const origin = { protocol: 'app:', host: 'newsline' };
const event = () => ({ preventDefault: vi.fn() });
const settle = () => new Promise((r) => setTimeout(r, 0));

const TABLE: Array<[url: string, navigation: LinkDecision, newWindow: Exclude<LinkDecision, 'allow'>]> = [
  // The app's own page stays in its window; it never gets a second window.
  ['app://newsline/index.html', 'allow', 'deny'],
  ['app://newsline/index.html#event-3', 'allow', 'deny'],
  // Web and mail links go to the user's browser or mail program.
  ['https://tass.com/politics/1788697', 'open-externally', 'open-externally'],
  ['http://example.org/', 'open-externally', 'open-externally'],
  ['HTTPS://EXAMPLE.ORG/', 'open-externally', 'open-externally'],
  ['mailto:desk@example.org', 'open-externally', 'open-externally'],
  // Everything else is refused.
  ['https://user:pass@example.org/', 'deny', 'deny'],
  ['https://trusted.example@evil.example/', 'deny', 'deny'],
  ['app://other/index.html', 'deny', 'deny'],
  ['app://newsline.evil.example/index.html', 'deny', 'deny'],
  ['app://user:pass@newsline/index.html', 'deny', 'deny'],
  ['file:///etc/passwd', 'deny', 'deny'],
  ['file:///C:/Windows/System32/calc.exe', 'deny', 'deny'],
  ['javascript:alert(1)', 'deny', 'deny'],
  ['data:text/html,<script>1</script>', 'deny', 'deny'],
  ['about:blank', 'deny', 'deny'],
  ['smb://attacker/share', 'deny', 'deny'],
  ['ms-msdt:/id PCWDiagnostic', 'deny', 'deny'],
  ['vbscript:msgbox', 'deny', 'deny'],
  ['http://', 'deny', 'deny'],
  ['', 'deny', 'deny'],
];

describe('the link policy', () => {
  it.each(TABLE)('%s: navigation %s, new window %s', (url, navigation, newWindow) => {
    expect(navigationDecision(url, origin)).toBe(navigation);
    expect(newWindowDecision(url)).toBe(newWindow);
  });
});

describe('the guards built on it', () => {
  it.each(TABLE)('will-navigate to %s', async (url, navigation) => {
    const e = event();
    const opened: string[] = [];
    const logs: string[] = [];
    navigationGuard(origin, (u) => void opened.push(u), (m) => logs.push(m))(e, url);
    await settle();
    expect(e.preventDefault).toHaveBeenCalledTimes(navigation === 'allow' ? 0 : 1);
    expect(opened).toEqual(navigation === 'open-externally' ? [url] : []);
    if (navigation === 'deny') expect(logs[0]).toContain(`blocked navigation to ${url}`);
  });

  it.each(TABLE)('will-frame-navigate and will-redirect to %s cancel the same, and open nothing', (url, navigation) => {
    const e = event();
    frameNavigationGuard(origin, () => {})(e, url);
    expect(e.preventDefault).toHaveBeenCalledTimes(navigation === 'allow' ? 0 : 1);
  });

  it.each(TABLE)('window.open(%s) never opens a window', async (url, _navigation, newWindow) => {
    const opened: string[] = [];
    expect(windowOpenHandler((u) => void opened.push(u), () => {})({ url })).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual(newWindow === 'open-externally' ? [url] : []);
  });

  it('survives the OS failing to open a link, and says so', async () => {
    const logs: string[] = [];
    const handler = windowOpenHandler(() => Promise.reject(new Error('no browser')), (m) => logs.push(m));
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const e = event();
    navigationGuard(origin, () => {
      throw new Error('no mail program');
    }, (m) => logs.push(m))(e, 'mailto:desk@example.org');
    await settle();
    expect(logs.join('\n')).toMatch(/could not open https:\/\/example\.org: Error: no browser/);
    expect(logs.join('\n')).toMatch(/could not open mailto:desk@example\.org: Error: no mail program/);
  });

  it('cancels every <webview>', () => {
    const e = event();
    webviewGuard(() => {})(e);
    expect(e.preventDefault).toHaveBeenCalledTimes(1);
  });
});

// Electron's permission names, asked for by the app's own page and by pages that are not it. The one the app
// needs: writing text to the clipboard (Copy as Markdown), from its own page only.
const APP_PAGE = 'app://newsline/index.html';
const PERMISSIONS: Array<[permission: string, requestingUrl: string | undefined, granted: boolean]> = [
  ['clipboard-sanitized-write', APP_PAGE, true],
  ['clipboard-sanitized-write', 'app://newsline', true],
  ['clipboard-sanitized-write', 'app://newsline/index.html#event-3', true],
  ['clipboard-sanitized-write', 'https://evil.example/', false],
  ['clipboard-sanitized-write', 'app://other/index.html', false],
  ['clipboard-sanitized-write', 'app://user:pass@newsline/index.html', false],
  ['clipboard-sanitized-write', 'file:///etc/passwd', false],
  ['clipboard-sanitized-write', 'null', false],
  ['clipboard-sanitized-write', '', false],
  ['clipboard-sanitized-write', undefined, false],
  ...['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'display-capture', 'unknown'].map(
    (p) => [p, APP_PAGE, false] as [string, string, boolean],
  ),
  ['media', 'https://evil.example/', false],
];

describe('permissions', () => {
  it.each(PERMISSIONS)('%s from %s: granted %s', (permission, requestingUrl, granted) => {
    expect(permissionDecision(permission, requestingUrl, origin)).toBe(granted);
    const callback = vi.fn();
    const logs: string[] = [];
    permissionRequestHandler(origin, (m) => logs.push(m))(null, permission, callback, requestingUrl === undefined ? undefined : { requestingUrl });
    expect(callback).toHaveBeenCalledWith(granted);
    // Every refusal is logged, naming the permission; a grant is not.
    expect(logs).toEqual(granted ? [] : [expect.stringMatching(new RegExp(`^denied permission request: ${permission}`))]);
    // The check handler gets the origin (Electron's requestingOrigin) and the URL in details: both are held to the same table.
    expect(permissionCheckHandler(origin)(null, permission, requestingUrl)).toBe(granted);
    expect(permissionCheckHandler(origin)(null, permission, '', requestingUrl === undefined ? undefined : { requestingUrl })).toBe(granted);
  });
});
