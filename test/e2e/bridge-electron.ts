// The `electron` module main/preload.ts gets when the end-to-end harness bundles the real preload for
// Chromium (launch.ts): contextBridge puts the preload's API on window, read-only as Electron does, and
// ipcRenderer carries invoke to Playwright's exposed binding and main's messages back to the preload's
// listeners. The preload's own code, and so its API, is the one the app ships.

type Binding = (channel: string, request: unknown) => Promise<unknown>;
type Listener = (event: unknown, payload: unknown) => void;
const w = window as unknown as { __newslineInvoke: Binding };

const listeners = new Map<string, Set<Listener>>();

/** Answers launch.ts sent as JSON text, or as gzipped JSON in base64 when long (large documents cross the binding far faster so), parsed back. */
async function invoke(channel: string, request: unknown): Promise<unknown> {
  const answer = await w.__newslineInvoke(channel, request);
  if (!answer || typeof answer !== 'object') return answer;
  const { __newslineJson: json, __newslineJsonGzip: gzipped } = answer as Record<string, unknown>;
  if (typeof json === 'string') return JSON.parse(json);
  if (typeof gzipped === 'string') return JSON.parse(await gunzip(gzipped));
  return answer;
}

async function gunzip(base64: string): Promise<string> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
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
