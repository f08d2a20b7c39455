// The browser stand-in for main/preload.ts: the same createApi from the channel map, with Playwright's
// exposed binding in place of ipcRenderer. Bundled by the harness and injected before the page's scripts.
import { API_KEY, createApi, type EventChannel, type Invoke, type Subscribe } from '../../shared/ipc';

type Binding = (channel: string, request: unknown) => Promise<unknown>;
const w = window as unknown as { __newslineInvoke: Binding; __newslineEmit?: (channel: string, payload: unknown) => void };

const listeners = new Map<string, Set<(payload: unknown) => void>>();

const invoke = ((channel, request) => w.__newslineInvoke(channel, request)) as Invoke;
const subscribe: Subscribe = (channel, listener) => {
  const set = listeners.get(channel) ?? new Set();
  listeners.set(channel, set);
  set.add(listener as (payload: unknown) => void);
  return () => set.delete(listener as (payload: unknown) => void);
};

Object.defineProperty(w, '__newslineEmit', {
  value: (channel: EventChannel, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload)),
});
// contextBridge hands the page a frozen copy it cannot replace; match that.
Object.defineProperty(window, API_KEY, { value: Object.freeze(createApi(invoke, subscribe)), writable: false, configurable: false });
