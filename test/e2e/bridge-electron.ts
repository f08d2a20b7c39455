// The `electron` module main/preload.ts gets when the end-to-end harness bundles the real preload for
// Chromium (launch.ts): contextBridge puts the preload's API on window, read-only as Electron does, and
// ipcRenderer carries invoke to Playwright's exposed binding and main's messages back to the preload's
// listeners. The preload's own code, and so its API, is the one the app ships.

type Binding = (channel: string, request: unknown) => Promise<unknown>;
type Listener = (event: unknown, payload: unknown) => void;
const w = window as unknown as { __newslineInvoke: Binding };

const listeners = new Map<string, Set<Listener>>();

/**
 * Answers launch.ts sent as JSON text, parsed back; or, when long, left with its server as a module of their own,
 * which the page imports (large documents arrive far faster so: see launch.ts's asJsonWhenSafe).
 */
async function invoke(channel: string, request: unknown): Promise<unknown> {
  const answer = await w.__newslineInvoke(channel, request);
  if (!answer || typeof answer !== 'object') return answer;
  const { __newslineJson: json, __newslineJsonModule: path } = answer as Record<string, unknown>;
  if (typeof json === 'string') return JSON.parse(json);
  if (typeof path === 'string') return ((await import(path)) as { default: unknown }).default;
  return answer;
}

export const ipcRenderer = {
  invoke,
  on(channel: string, listener: Listener) {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set);
    set.add(listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    Object.defineProperty(window, key, { value: api, enumerable: true, writable: false, configurable: false });
  },
};

// Main's messages, as launch.ts delivers them; the event object stands in for Electron's IpcRendererEvent.
Object.defineProperty(window, '__newslineEmit', {
  value: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: ipcRenderer }, payload)),
});
