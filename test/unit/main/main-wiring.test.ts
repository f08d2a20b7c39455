import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_CHANNELS } from '../../../shared/ipc';
import { hardenedWebPreferences } from '../../../main/security';
import { createElectronStandIn, loadWithStandIn, until } from '../../fixtures/electron-stand-in';

// Loads the built main bundle (dist/main/index.js) against the recording stand-in for Electron
// (test/fixtures/electron-stand-in.ts, the one the security tests use) and checks what it wires up and in what
// order. This is not Electron; it checks the wiring code only. The real app runs in the workflow's smoke test.

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLE = join(projectDir, 'dist/main/index.js');
const work = mkdtempSync(join(tmpdir(), 'newsline-wiring-'));

// Two launches in this one process, as the stand-in loads the bundle afresh each time: a second instance (another
// holds the lock) first, so the first instance, which keeps running, is the last one loaded.
const second = createElectronStandIn({ appRoot: projectDir, userData: join(work, 'second'), singleInstance: false });
const first = createElectronStandIn({ appRoot: projectDir, userData: join(work, 'first') });

beforeAll(async () => {
  if (!existsSync(BUNDLE)) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=main'], { cwd: projectDir, stdio: 'inherit' });
  }
  process.env.NEWSLINE_LOG_CONSOLE = '0';
  // Electron always sets it; main finds the bundled assets from it.
  (process as { resourcesPath?: string }).resourcesPath ??= projectDir;
  loadWithStandIn(BUNDLE, second.electron);
  loadWithStandIn(BUNDLE, first.electron);
  await until(() => first.rec.log.includes('Menu.setApplicationMenu') && first.rec.windows.length > 0, 'main to open its window and install the menu');
}, 240_000);

afterAll(() => {
  // Lets main stop its import worker, as it does when the app quits.
  first.rec.app.emit('before-quit');
  rmSync(work, { recursive: true, force: true });
});

const log = () => first.rec.log;
const at = (step: string) => {
  const i = log().indexOf(step);
  if (i < 0) throw new Error(`main never took the step ${step}; it took: ${log().join(', ')}`);
  return i;
};

describe('the main process wiring (built bundle, stand-in electron)', () => {
  it('enables the sandbox and registers app:// as privileged before the app is ready', () => {
    expect(at('app.enableSandbox')).toBeLessThan(at('app.whenReady'));
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('app.whenReady'));
    // The handler for app:// is there before the window loads its page from it.
    expect(at('protocol.handle:app')).toBeLessThan(at('loadURL:app://newsline/index.html'));
  });

  it('registers exactly the channel map with ipcMain, and removes electron-log’s unchecked channel', () => {
    expect([...first.rec.ipcHandlers.keys()].sort()).toEqual([...REQUEST_CHANNELS].sort());
    // electron-log listens on a channel of its own with ipcMain.on; main takes it away again.
    expect(log()).toContain('ipcMain.on:__ELECTRON_LOG__');
    expect([...first.rec.ipcMain.listeners.entries()].filter(([, l]) => l.length > 0).map(([c]) => c)).toEqual([]);
  });

  it('denies permissions and guards every web contents before creating the window', () => {
    const window = at('new BrowserWindow');
    expect(at('session.setPermissionRequestHandler')).toBeLessThan(window);
    expect(at('session.setPermissionCheckHandler')).toBeLessThan(window);
    expect(at('app.on:web-contents-created')).toBeLessThan(window);
  });

  it('opens one window, hardened, on app://, with the application menu installed', () => {
    expect(first.rec.windows).toHaveLength(1);
    const [win] = first.rec.windows;
    expect(win.options.title).toBe('Newsline');
    expect(win.options.webPreferences).toEqual(hardenedWebPreferences(join(projectDir, 'dist/main/preload.js')));
    expect(win.loaded).toEqual(['app://newsline/index.html']);
    expect(first.rec.menu?.map((item) => (item as { label?: string }).label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(win.webContents.count('render-process-gone')).toBeGreaterThan(0);
  });

  it('focuses the first instance on a second launch, and flushes window state before quitting', () => {
    expect(at('app.on:second-instance')).toBeGreaterThanOrEqual(0);
    // macOS sends open-file before ready when a double-click launched the app: it must be listened for by then.
    expect(at('app.on:open-file')).toBeLessThan(at('app.whenReady'));
    expect(at('app.on:will-quit')).toBeGreaterThanOrEqual(0);
  });

  it('a second instance quits without opening a window or answering any channel', () => {
    expect(second.rec.log).toContain('app.quit');
    expect(second.rec.windows).toHaveLength(0);
    expect(second.rec.ipcHandlers.size).toBe(0);
    expect(first.rec.quit).toBe(0);
  });
});
