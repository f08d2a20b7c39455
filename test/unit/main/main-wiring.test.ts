import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc';
import { hardenedWebPreferences } from '../../../main/security';

// Loads the built main bundle (dist/main/index.js) in a child Node process with a recording stand-in for the
// electron module, and checks what it wires up. This is not Electron; it checks the wiring code only: which
// handlers the shell registers, in what order, with what options. The real app runs in the workflow's smoke test.

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'newsline-wiring-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HARNESS = String.raw`
const Module = require('module');
const calls = [];
const rec = (name) => (...args) => { calls.push([name, args]); };
const lock = process.env.LOCK === '1';
function emitter(name) { return { on: (ev) => calls.push([name + '.on', [ev]]), once: () => {} }; }
const windows = [];
class BrowserWindow {
  constructor(opts) { calls.push(['new BrowserWindow', [opts]]); windows.push(this); Object.assign(this, emitter('win'));
    this.webContents = { ...emitter('webContents'), send: rec('send') }; }
  loadURL(u) { calls.push(['loadURL', [u]]); return Promise.resolve(); }
  static getAllWindows() { return windows; } static getFocusedWindow() { return windows[0]; }
}
const electron = {
  app: { enableSandbox: rec('app.enableSandbox'), requestSingleInstanceLock: () => lock, quit: rec('app.quit'), on: (ev) => calls.push(['app.on', [ev]]),
    whenReady: () => { calls.push(['app.whenReady', []]); return Promise.resolve(); },
    getAppPath: () => process.env.APP_ROOT, getVersion: () => '0.1.0', getName: () => 'Newsline', isPackaged: true, getPath: (n) => process.env.USER_DATA },
  BrowserWindow,
  screen: { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }), getAllDisplays: () => [] },
  shell: { openExternal: rec('shell.openExternal'), openPath: rec('shell.openPath') },
  session: { defaultSession: { setPermissionRequestHandler: rec('setPermissionRequestHandler'), setPermissionCheckHandler: rec('setPermissionCheckHandler') } },
  protocol: { registerSchemesAsPrivileged: rec('protocol.registerSchemesAsPrivileged'), handle: rec('protocol.handle') },
  ipcMain: { handle: (c) => calls.push(['ipcMain.handle', [c]]), on: (c) => calls.push(['ipcMain.on', [c]]),
    removeAllListeners: (c) => calls.push(['ipcMain.removeAllListeners', [c]]), removeHandler: (c) => calls.push(['ipcMain.removeHandler', [c]]) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (t) => calls.push(['Menu.setApplicationMenu', [t.map((i) => i.label)]]) },
  dialog: { showMessageBox: rec('dialog.showMessageBox'), showErrorBox: rec('dialog.showErrorBox') },
};
process.resourcesPath = process.env.APP_ROOT; // Electron always sets it
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
require(process.env.BUNDLE);
setTimeout(() => { process.stdout.write('\n@@' + JSON.stringify(calls)); process.exit(0); }, 300);
`;

type Call = [string, unknown[]];
function runBundle(lock: boolean): Call[] {
  const harness = join(work, 'harness.cjs');
  writeFileSync(harness, HARNESS);
  const out = execFileSync(process.execPath, [harness], {
    env: {
      ...process.env,
      LOCK: lock ? '1' : '0',
      BUNDLE: join(projectDir, 'dist/main/index.js'),
      APP_ROOT: projectDir,
      USER_DATA: join(work, 'user-data'),
      NEWSLINE_LOG_CONSOLE: '0',
    },
    encoding: 'utf8',
  });
  return JSON.parse(out.slice(out.lastIndexOf('@@') + 2));
}
const names = (calls: Call[]) => calls.map(([n]) => n);

beforeAll(() => {
  if (!existsSync(join(projectDir, 'dist/main/index.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=main'], { cwd: projectDir, stdio: 'inherit' });
  }
}, 120_000);

describe('the main process wiring (built bundle, stand-in electron)', () => {
  let calls: Call[];
  beforeAll(() => {
    calls = runBundle(true);
  }, 60_000);

  it('enables the sandbox and registers app:// before the app is ready', () => {
    const ready = names(calls).indexOf('app.whenReady');
    expect(names(calls).indexOf('app.enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(names(calls).indexOf('app.enableSandbox')).toBeLessThan(ready);
    expect(names(calls).indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(ready);
  });

  it('registers exactly the channel map with ipcMain, and removes electron-log’s unchecked channel', () => {
    const registered = calls.filter(([n]) => n === 'ipcMain.handle' || n === 'ipcMain.on').map(([, [c]]) => c as string);
    const removed = new Set(calls.filter(([n]) => n.startsWith('ipcMain.remove')).map(([, [c]]) => c as string));
    expect(registered.filter((c) => !removed.has(c)).sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(removed).toEqual(new Set(['__ELECTRON_LOG__']));
  });

  it('denies permissions and guards every web contents before creating the window', () => {
    const window = names(calls).indexOf('new BrowserWindow');
    for (const step of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
      expect(names(calls).indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(names(calls).indexOf(step), step).toBeLessThan(window);
    }
    const webContentsCreated = calls.findIndex(([n, [ev]]) => n === 'app.on' && ev === 'web-contents-created');
    expect(webContentsCreated).toBeGreaterThanOrEqual(0);
    expect(webContentsCreated).toBeLessThan(window);
  });

  it('opens one window, hardened, on app://, with the application menu installed', () => {
    const windows = calls.filter(([n]) => n === 'new BrowserWindow');
    expect(windows).toHaveLength(1);
    const opts = windows[0][1][0] as { title: string; webPreferences: Record<string, unknown> };
    expect(opts.title).toBe('Newsline');
    expect(opts.webPreferences).toEqual(hardenedWebPreferences(join(projectDir, 'dist/main/preload.js')));
    expect(calls.find(([n]) => n === 'loadURL')?.[1]).toEqual(['app://newsline/index.html']);
    expect(calls.find(([n]) => n === 'Menu.setApplicationMenu')?.[1][0]).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(calls.some(([n, [ev]]) => n === 'webContents.on' && ev === 'render-process-gone')).toBe(true);
  });

  it('focuses the first instance on a second launch, and flushes window state before quitting', () => {
    expect(calls.some(([n, [ev]]) => n === 'app.on' && ev === 'second-instance')).toBe(true);
    // macOS sends open-file before ready when a double-click launched the app: it must be listened for by then.
    const ready = names(calls).indexOf('app.whenReady');
    const openFile = calls.findIndex(([n, [ev]]) => n === 'app.on' && ev === 'open-file');
    expect(openFile).toBeGreaterThanOrEqual(0);
    expect(openFile).toBeLessThan(ready);
    expect(calls.some(([n, [ev]]) => n === 'app.on' && ev === 'will-quit')).toBe(true);
  });

  it('a second instance quits without opening a window', () => {
    const second = runBundle(false);
    expect(names(second)).toContain('app.quit');
    expect(names(second)).not.toContain('new BrowserWindow');
    const channels = second.filter(([n]) => n === 'ipcMain.handle').map(([, [c]]) => c);
    for (const channel of REQUEST_CHANNELS) expect(channels).not.toContain(channel);
  }, 60_000);
});
