import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_KEY, createApi, type Invoke, type Subscribe } from '../shared/ipc';

// The page gets named functions built from the channel map, never ipcRenderer itself.
const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

const subscribe: Subscribe = (channel, listener) => {
  const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

// One decoder for every imported document main forwards as JSON.
const utf8 = new TextDecoder();
export const api = createApi(invoke, subscribe, (bytes) => utf8.decode(bytes));

/** The first call gets the answer already asked for; later calls ask again. */
function firstCallGets<T>(sent: Promise<T>, again: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = sent;
  // Not a lost rejection while the page is still loading: whoever calls first gets it.
  sent.catch(() => {});
  return () => {
    const answer = pending ?? again();
    pending = null;
    return answer;
  };
}

/**
 * The launch document and the saved layout are asked for here, as the window's page starts, rather than once its
 * entry script has run: main reads and checks the document while the page's HTML is parsed and its scripts are
 * fetched and compiled, not after (at 10,000 events that reading took main 100-400 ms, on the window's path to
 * usable; docs/performance.md, branch ov18). Only the window's own page asks, not the blank document a window
 * starts with nor a frame inside it (main would refuse those anyway).
 */
function askedEarly(): Partial<typeof api> {
  const page = globalThis as { location?: { href?: string }; top?: unknown; window?: unknown };
  if (!page.location?.href || page.location.href === 'about:blank' || page.top !== page.window) return {};
  return {
    getInitialDocument: firstCallGets(api.getInitialDocument(), api.getInitialDocument),
    getViewState: firstCallGets(api.getViewState(), api.getViewState),
  };
}

contextBridge.exposeInMainWorld(API_KEY, { ...api, ...askedEarly() });
