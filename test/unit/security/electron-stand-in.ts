import Module, { createRequire } from 'node:module';

// A recording stand-in for the electron module, for loading the built main bundle (dist/main/index.js) and
// preload (dist/main/preload.js) in a test. It keeps what the code hands to Electron (window options, event
// listeners, protocol and IPC handlers, session handlers, what the preload exposes) so a test can fire real
// events at those listeners and read the decisions taken. It is not Electron: the app itself runs in the
// workflow's smoke test. Parts of Electron the tests do not drive answer with an inert recorder, so wiring
// added elsewhere in main does not break these tests.

type Fn = (...args: any[]) => any;

/** Callable, and every property is another inert recorder; never a thenable, so `await` on it settles. */
function inert(path: string, calls: string[]): any {
  const f = function () {};
  return new Proxy(f, {
    get: (_t, key) => (key === 'then' || typeof key === 'symbol' ? undefined : inert(`${path}.${String(key)}`, calls)),
    apply: () => {
      calls.push(path);
      return inert(`${path}()`, calls);
    },
    construct: () => inert(`new ${path}`, calls),
  });
}

/** The given object, with an inert recorder for anything it lacks. */
function withFallback<T extends object>(target: T, path: string, calls: string[]): T {
  return new Proxy(target, {
    get: (t, key, receiver) => (key in t || typeof key === 'symbol' ? Reflect.get(t, key, receiver) : inert(`${path}.${String(key)}`, calls)),
  });
}

export class Emitter {
  readonly listeners = new Map<string, Fn[]>();
  on(event: string, listener: Fn): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Fn): this {
    return this.on(event, listener);
  }
  addListener(event: string, listener: Fn): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Fn): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  off(event: string, listener: Fn): this {
    return this.removeListener(event, listener);
  }
  removeAllListeners(event?: string): this {
    if (event === undefined) this.listeners.clear();
    else this.listeners.delete(event);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class StandInWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly sent: Array<[string, unknown]> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
}

/** A navigation event as Electron passes it: preventDefault, and the URL on the event itself. */
export function navigationEvent(url: string) {
  let prevented = false;
  return {
    url,
    isMainFrame: true,
    preventDefault: () => void (prevented = true),
    get defaultPrevented() {
      return prevented;
    },
  };
}

export interface StandInOptions {
  appRoot: string;
  userData: string;
  /** false: another instance holds the lock, as on a second launch. */
  singleInstance?: boolean;
}

export function createElectronStandIn(opts: StandInOptions) {
  const calls: string[] = [];
  const rec = {
    calls,
    app: new Emitter(),
    windows: [] as Array<{ options: any; webContents: StandInWebContents; loaded: string[] }>,
    openedExternally: [] as string[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, Fn>(),
    permissionRequestHandler: null as Fn | null,
    permissionCheckHandler: null as Fn | null,
    sandboxEnabled: false,
    quit: 0,
    menu: null as null | Array<{ id?: string; submenu?: Array<{ id?: string; click?: () => void }> }>,
    exposed: [] as Array<[string, any]>,
    /** The OS's recent-documents list as main keeps it (app.addRecentDocument / clearRecentDocuments), oldest first. */
    recentDocuments: [] as string[],
    ipcRenderer: new Emitter() as Emitter & { invoked: Array<[string, unknown]> },
  };
  rec.ipcRenderer.invoked = [];

  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    readonly webContents = new StandInWebContents();
    readonly record: { options: any; webContents: StandInWebContents; loaded: string[] };
    constructor(options: any) {
      super();
      this.record = { options, webContents: this.webContents, loaded: [] };
      rec.windows.push(this.record);
      BrowserWindow.all.push(this);
      // Electron emits web-contents-created for every web contents, the window's own included.
      rec.app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    static getAllWindows() {
      return BrowserWindow.all;
    }
    static getFocusedWindow() {
      return BrowserWindow.all[0] ?? null;
    }
  }

  const app = Object.assign(rec.app, {
    enableSandbox: () => void (rec.sandboxEnabled = true),
    requestSingleInstanceLock: () => opts.singleInstance ?? true,
    quit: () => void rec.quit++,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getAppPath: () => opts.appRoot,
    getVersion: () => '0.1.0',
    getName: () => 'Newsline',
    isPackaged: true,
    getPath: () => opts.userData,
    addRecentDocument: (path: string) => void rec.recentDocuments.push(path),
    clearRecentDocuments: () => void (rec.recentDocuments.length = 0),
  });

  const session = {
    defaultSession: withFallback(
      {
        setPermissionRequestHandler: (h: Fn) => void (rec.permissionRequestHandler = h),
        setPermissionCheckHandler: (h: Fn) => void (rec.permissionCheckHandler = h),
      },
      'session.defaultSession',
      calls,
    ),
  };

  const electron = {
    app: withFallback(app, 'app', calls),
    BrowserWindow: withFallback(BrowserWindow, 'BrowserWindow', calls),
    screen: withFallback(
      { getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }), getAllDisplays: () => [] },
      'screen',
      calls,
    ),
    shell: withFallback({ openExternal: async (url: string) => void rec.openedExternally.push(url) }, 'shell', calls),
    session: withFallback(session, 'session', calls),
    protocol: withFallback(
      {
        registerSchemesAsPrivileged: (schemes: unknown[]) => void rec.privilegedSchemes.push(...schemes),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void rec.protocolHandlers.set(scheme, handler),
      },
      'protocol',
      calls,
    ),
    ipcMain: withFallback(
      Object.assign(new Emitter(), {
        handle: (channel: string, handler: Fn) => void rec.ipcHandlers.set(channel, handler),
        removeHandler: (channel: string) => void rec.ipcHandlers.delete(channel),
      }),
      'ipcMain',
      calls,
    ),
    Menu: withFallback({ buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: any) => void (rec.menu = m) }, 'Menu', calls),
    // The main process's electron module has no renderer APIs; libraries test for them to tell where they run.
    contextBridge: undefined,
    ipcRenderer: undefined,
  };
  // What a preload's electron module offers instead.
  const preloadElectron = {
    contextBridge: withFallback({ exposeInMainWorld: (key: string, api: unknown) => void rec.exposed.push([key, api]) }, 'contextBridge', calls),
    ipcRenderer: withFallback(
      Object.assign(rec.ipcRenderer, {
        invoke: async (channel: string, request: unknown) => void rec.ipcRenderer.invoked.push([channel, request]),
      }),
      'ipcRenderer',
      calls,
    ),
  };
  return { electron: withFallback(electron, 'electron', calls), preloadElectron: withFallback(preloadElectron, 'electron', calls), rec };
}

let current: unknown = null;

/**
 * Loads a built bundle with `require('electron')` answered by the stand-in, afresh each call, as a new
 * process would. The hook stays for the rest of the test file (vitest gives each file its own process), so a
 * late `require('electron')` inside a bundled library never reaches the real package, which would download.
 */
export function loadWithStandIn(bundle: string, electron: unknown): void {
  const require = createRequire(import.meta.url);
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  if (current === null) {
    const load = mod._load;
    mod._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? current : load.call(this, request, ...rest);
    };
  }
  current = electron;
  delete require.cache[require.resolve(bundle)];
  require(bundle);
}

/** Waits until cond() holds, or fails saying what was awaited. */
export async function until(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
