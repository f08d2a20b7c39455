import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc';
import { createElectronStandIn, loadWithStandIn, navigationEvent, StandInWebContents, until } from '../../fixtures/electron-stand-in';

// The security of the Electron shell, as the built main bundle (dist/main/index.js) behaves: it is loaded
// against a recording stand-in for Electron, and the events Electron would deliver are fired at the very
// listeners and handlers main installed. Nothing here reads source text.

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLE = join(projectDir, 'dist/main/index.js');
const work = mkdtempSync(join(tmpdir(), 'newsline-shell-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { electron, rec } = createElectronStandIn({ appRoot: projectDir, userData: join(work, 'user-data') });
const before: { uncaught: Function[]; rejection: Function[] } = { uncaught: [], rejection: [] };
const ticks = () => new Promise((r) => setTimeout(r, 20));

beforeAll(async () => {
  if (!existsSync(BUNDLE) || !existsSync(join(projectDir, 'dist/renderer/index.html'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: projectDir, stdio: 'inherit' });
  }
  process.env.NEWSLINE_LOG_CONSOLE = '0';
  before.uncaught = process.listeners('uncaughtException');
  before.rejection = process.listeners('unhandledRejection');
  // A previous run's File ▸ Open Recent, which the OS's own list must follow.
  mkdirSync(join(work, 'user-data'), { recursive: true });
  writeFileSync(join(work, 'user-data', 'recent-files.json'), JSON.stringify({ files: ['/docs/newest.newsline', '/docs/older.txt'] }));
  loadWithStandIn(BUNDLE, electron);
  await until(() => rec.windows.length > 0, 'main to open its window');
}, 240_000);

afterAll(() => {
  // Lets main stop its import worker, as it does when the app quits.
  rec.app.emit('before-quit');
});

const window = () => rec.windows[0];

describe('the window main opens', () => {
  it('is the only one, on the app’s own page, after the sandbox was enabled for every renderer', () => {
    expect(rec.windows).toHaveLength(1);
    expect(window().loaded).toEqual(['app://newsline/index.html']);
    expect(rec.sandboxEnabled).toBe(true);
  });

  it('gets context isolation, the sandbox, no Node, web security and no <webview>', () => {
    const prefs = window().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: join(projectDir, 'dist/main/preload.js'),
    });
    expect(prefs.enableBlinkFeatures ?? '').toBe('');
  });

  it('sets no webPreferences beyond the reviewed list', () => {
    // A new key must be reviewed and added here on purpose.
    expect(Object.keys(window().options.webPreferences).sort()).toEqual(
      [
        'allowRunningInsecureContent', 'contextIsolation', 'disableBlinkFeatures', 'enableBlinkFeatures', 'experimentalFeatures', 'navigateOnDragDrop',
        'nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'safeDialogs', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag',
      ].sort(),
    );
  });
});

// Where a navigation of the window may go. "opened" is whether the link is handed to the user's browser or
// mail program; the window itself never leaves the app.
const NAVIGATIONS: Array<[url: string, stays: boolean, opened: boolean]> = [
  ['app://newsline/index.html', true, false],
  ['app://newsline/index.html?document=2#events', true, false],
  ['https://tass.com/politics/1788697', false, true],
  ['http://example.org/', false, true],
  ['HTTPS://EXAMPLE.ORG/a', false, true],
  ['mailto:desk@example.org', false, true],
  ['https://user:pass@example.org/', false, false],
  ['https://trusted.example@evil.example/', false, false],
  ['app://other/index.html', false, false],
  ['app://newsline.evil.example/index.html', false, false],
  ['app://user@newsline/index.html', false, false],
  ['file:///etc/passwd', false, false],
  ['javascript:alert(1)', false, false],
  ['data:text/html,<script>alert(1)</script>', false, false],
  ['about:blank', false, false],
  ['smb://attacker/share', false, false],
  ['ms-msdt:/id PCWDiagnostic', false, false],
  ['not a url', false, false],
];

describe('navigation of any web contents', () => {
  it.each(NAVIGATIONS)('will-navigate to %s: stays in the app %s, opened outside %s', async (url, stays, opened) => {
    const before = rec.openedExternally.length;
    const event = navigationEvent(url);
    window().webContents.emit('will-navigate', event, url);
    await ticks();
    expect(event.defaultPrevented).toBe(!stays);
    expect(rec.openedExternally.slice(before)).toEqual(opened ? [url] : []);
  });

  it.each(NAVIGATIONS)('will-frame-navigate and will-redirect to %s: the same verdict, and nothing opened twice', async (url, stays) => {
    const before = rec.openedExternally.length;
    const frame = navigationEvent(url);
    window().webContents.emit('will-frame-navigate', frame);
    const redirect = navigationEvent(url);
    window().webContents.emit('will-redirect', redirect, url);
    await ticks();
    expect(frame.defaultPrevented).toBe(!stays);
    expect(redirect.defaultPrevented).toBe(!stays);
    expect(rec.openedExternally.length).toBe(before);
  });

  it('guards web contents created after the window too', async () => {
    const later = new StandInWebContents();
    rec.app.emit('web-contents-created', {}, later);
    const event = navigationEvent('https://evil.example/');
    later.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
    expect(later.windowOpenHandler?.({ url: 'app://newsline/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses every <webview>', () => {
    const event = navigationEvent('');
    window().webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('new windows (window.open, target=_blank, middle click)', () => {
  it.each(NAVIGATIONS)('%s: no window; web and mail links open outside', async (url, _stays, opened) => {
    const before = rec.openedExternally.length;
    expect(window().webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await ticks();
    expect(rec.openedExternally.slice(before)).toEqual(opened ? [url] : []);
  });
});

describe('permissions', () => {
  const ask = (permission: string, requestingUrl: string) => {
    const answers: boolean[] = [];
    rec.permissionRequestHandler!(window().webContents, permission, (granted: boolean) => answers.push(granted), { requestingUrl, isMainFrame: true });
    const origin = URL.canParse(requestingUrl) ? new URL(requestingUrl).origin : 'null';
    return { asked: answers, checked: rec.permissionCheckHandler!(window().webContents, permission, origin === 'null' ? requestingUrl : origin, { requestingUrl }) };
  };

  // Edit ▸ Copy as Markdown writes with navigator.clipboard.writeText, which Chromium checks and asks for as this.
  it('lets the app’s own page write text to the clipboard', () => {
    expect(ask('clipboard-sanitized-write', 'app://newsline/index.html')).toEqual({ asked: [true], checked: true });
  });

  it.each(['https://evil.example/page', 'app://other/index.html', 'file:///tmp/a.html', 'data:text/html,x'])('refuses the clipboard to %s', (url) => {
    expect(ask('clipboard-sanitized-write', url)).toEqual({ asked: [false], checked: false });
  });

  // Electron's other permission names: the app needs none of them, its own page included.
  it.each([
    'clipboard-read', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media', 'mediaKeySystem',
    'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access',
    'top-level-storage-access', 'window-management', 'fileSystem', 'hid', 'serial', 'usb', 'unknown',
  ])('%s is refused when asked and when checked', (permission) => {
    expect(ask(permission, 'app://newsline/index.html')).toEqual({ asked: [false], checked: false });
  });
});

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '').split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

describe('the app:// protocol handler', () => {
  const serve = (url: string) => rec.protocolHandlers.get('app')!(new Request(url));

  it('is registered as a standard, secure scheme, not like file://, with V8\'s code cache kept between launches', () => {
    expect(rec.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('serves the built page with a strict Content-Security-Policy', async () => {
    const res = await serve('app://newsline/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(readFileSync(join(projectDir, 'dist/renderer/index.html'), 'utf8'));
    const header = res.headers.get('Content-Security-Policy');
    const csp = directives(header);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    for (const name of ['connect-src', 'object-src', 'base-uri', 'form-action', 'frame-src', 'frame-ancestors']) expect(csp.get(name), name).toEqual(["'none'"]);
    expect(header).not.toMatch(/unsafe-|\*|https?:|blob:|wasm|strict-dynamic/);
    // data: only for images (vis-timeline draws a few as data URLs); never for scripts, styles or frames.
    for (const [name, values] of csp) if (name !== 'img-src') expect(values, name).not.toContain('data:');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each(['app://newsline/', 'app://newsline/missing.js', 'app://newsline/%2e%2e/package.json', 'app://elsewhere/index.html'])(
    'answers %s with the same policy, whatever the status',
    async (url) => {
      const res = await serve(url);
      expect(directives(res.headers.get('Content-Security-Policy')).get('default-src')).toEqual(["'none'"]);
    },
  );

  it('serves nothing outside the built renderer', async () => {
    // The URL parser folds %2e%2e into "..", which stays inside the root; an encoded backslash is refused outright.
    const folded = await serve('app://newsline/%2e%2e/%2e%2e/package.json');
    expect(folded.status).toBe(404);
    expect(await folded.text()).not.toMatch(/"name": "newsline"/);
    expect((await serve('app://newsline/assets/..%5c..%5c..%5cpackage.json')).status).toBe(403);
    expect((await serve('app://elsewhere/index.html')).status).toBe(403);
  });
});

describe('IPC', () => {
  const own = { url: 'app://newsline/index.html', parent: null };
  const call = (channel: string, senderFrame: unknown, request?: unknown) => rec.ipcHandlers.get(channel)!({ senderFrame }, request);

  it('answers exactly the channel map', () => {
    expect([...rec.ipcHandlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('answers the app’s own top-level page', async () => {
    await expect(call('app:get-info', own)).resolves.toEqual({ name: 'Newsline', version: '0.1.0' });
  });

  it.each([
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://newsline.evil.example/index.html', parent: null }],
    ['file://', { url: 'file:///home/user/index.html', parent: null }],
    ['a child frame of the app’s own origin', { url: 'app://newsline/index.html', parent: own }],
    ['no frame (navigated away or destroyed)', null],
  ])('refuses %s, and opens nothing for it', async (_name, frame) => {
    const before = rec.openedExternally.length;
    await expect(call('link:open-external', frame, { url: 'https://example.org/' })).rejects.toThrow();
    await expect(call('app:get-info', frame)).rejects.toThrow();
    expect(rec.openedExternally.length).toBe(before);
  });

  it('opens a web link for the page, and refuses other schemes', async () => {
    await expect(call('link:open-external', own, { url: 'https://tass.com/politics/1788697' })).resolves.toEqual({ opened: true });
    await expect(call('link:open-external', own, { url: 'file:///etc/passwd' })).resolves.toEqual({ opened: false });
    expect(rec.openedExternally.at(-1)).toBe('https://tass.com/politics/1788697');
  });

  it('leaves no unchecked channel behind (electron-log’s own is removed)', () => {
    const ipcMain = electron.ipcMain as unknown as { count(event: string): number };
    expect(ipcMain.count('__ELECTRON_LOG__')).toBe(0);
  });

  it('sends the page typed messages: File ▸ Open… asks the page to open a file', () => {
    const open = rec.menu?.flatMap((m) => m.submenu ?? []).find((i) => i.id === 'file-open');
    open?.click?.();
    expect(window().webContents.sent).toContainEqual(['menu:command', 'open-file']);
  });
});

describe('an error nobody caught in main', () => {
  const added = (listeners: Function[], earlier: Function[]) => listeners.filter((l) => !earlier.includes(l)) as Array<(err: unknown) => void>;
  const logText = () => {
    const files = readdirSync(work, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.log'));
    return files.map((f) => readFileSync(join(work, f), 'utf8')).join('\n');
  };

  it('is logged and shown to the user, whether thrown or rejected', async () => {
    const uncaught = added(process.listeners('uncaughtException'), before.uncaught);
    const rejection = added(process.listeners('unhandledRejection'), before.rejection);
    expect([uncaught.length, rejection.length]).toEqual([1, 1]);
    const shown = () => rec.calls.filter((c) => c === 'electron.dialog.showMessageBox').length;
    const dialogs = shown();
    uncaught[0](new Error('test: thrown'));
    rejection[0](new Error('test: rejected'));
    await until(() => shown() > dialogs, 'the error dialog');
    await until(() => /uncaughtException: test: thrown/.test(logText()) && /unhandledRejection: test: rejected/.test(logText()), 'both errors in the log');
  });
});

describe('the OS recent documents (Dock menu, jump list)', () => {
  it('follow File ▸ Open Recent from the start, newest on top', async () => {
    await until(() => rec.recentDocuments.length === 2, 'main to mirror the recent files');
    // Added oldest first, so the newest ends on top of the OS's list.
    expect(rec.recentDocuments).toEqual(['/docs/older.txt', '/docs/newest.newsline']);
  });
});
