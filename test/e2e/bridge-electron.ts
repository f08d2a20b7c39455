// The `electron` module main/preload.ts gets when the end-to-end harness bundles the real preload for
// Chromium (launch.ts): contextBridge puts the preload's API on window, read-only as Electron does, and
// ipcRenderer carries invoke to Playwright's exposed binding and main's messages back to the preload's
// listeners. The preload's own code, and so its API, is the one the app ships.

type Binding = (channel: string, request: unknown, early?: string) => Promise<unknown>;
type Listener = (event: unknown, payload: unknown) => void;
const w = window as unknown as { __newslineInvoke: Binding };

const listeners = new Map<string, Set<Listener>>();

/**
 * The launch document's answer is fetched as the call is made, from a path of the page's choosing, and the
 * harness sends it there once it is ready: its bytes then travel while the page's main thread is busy, as
 * Electron's reply does, instead of after the binding's reply has reached that thread (launch.ts).
 */
const EARLY = new Set(['document:get-initial']);
let calls = 0;

/**
 * Answers launch.ts sent as JSON text, parsed back; or, when long, left with its server as a module of their own,
 * which the page imports (large documents arrive far faster so: see launch.ts's asJsonWhenSafe).
 */
async function invoke(channel: string, request: unknown): Promise<unknown> {
  const early = EARLY.has(channel) ? `/__newsline-answer/early-${++calls}-${Math.random().toString(36).slice(2)}.js` : undefined;
  const fetched = early ? (import(early) as Promise<{ default: unknown }>) : undefined;
  // Not wanted when the answer comes with the reply; a failed fetch is reported only when it is.
  fetched?.catch(() => {});
  const answer = await w.__newslineInvoke(channel, request, early);
  if (!answer || typeof answer !== 'object') return answer;
  const { __newslineJson: json, __newslineJsonModule: path } = answer as Record<string, unknown>;
  if (typeof json === 'string') return withSentBytes(JSON.parse(json));
  if (typeof path === 'string') return withSentBytes(((await (path === early ? fetched! : import(path))) as { default: unknown }).default);
  return answer;
}

/** A document main sent as its JSON bytes crossed as base64 (launch.ts sentDocumentText): bytes again, as Electron gives them. */
function withSentBytes(answer: unknown): unknown {
  const document = (answer as { document?: { __newslineBase64?: unknown } } | null)?.document;
  if (typeof document?.__newslineBase64 !== 'string') return answer;
  return { ...(answer as object), document: { json: fromBase64(document.__newslineBase64) } };
}

function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
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
