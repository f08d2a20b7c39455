import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_KEY, EVENT_CHANNELS, REQUEST_CHANNELS, createApi, type Invoke, type Subscribe } from '../../../shared/ipc';

// Everything the page can call in main. Adding a key here is a security review: the new function must go
// through the dispatcher and its handler must treat the request as untrusted.
const ALLOWED_KEYS = [
  'clearJournal',
  'closeWindow',
  'getJournal',
  'onCloseRequested',
  'onOpenRequest',
  'openPath',
  'restoreJournal',
  'saveDocument',
  'setEdited',
  'writeJournal',
  'extractEvents',
  'getAppInfo',
  'getInitialDocument',
  'getViewState',
  'importDocument',
  'onImportStarted',
  'onMenuCommand',
  'openDocument',
  'openExternal',
  'saveViewState',
];

function recordingApi() {
  const calls: Array<[string, unknown]> = [];
  const subscriptions: string[] = [];
  const invoke = (async (channel: string, request: unknown) => {
    calls.push([channel, request]);
    return undefined;
  }) as Invoke;
  const subscribe = ((channel: string) => {
    subscriptions.push(channel);
    return () => {};
  }) as Subscribe;
  return { api: createApi(invoke, subscribe), calls, subscriptions };
}

describe('the preload API', () => {
  it('exposes exactly the allowlisted keys, each a function', () => {
    const { api } = recordingApi();
    expect(Object.keys(api).sort()).toEqual([...ALLOWED_KEYS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('reaches main only through the channel map', async () => {
    const { api, calls, subscriptions } = recordingApi();
    await api.getInitialDocument();
    await api.getAppInfo();
    await api.getViewState();
    await api.saveViewState({ dividerRatio: 0.5 });
    await api.openExternal('https://example.org');
    await api.openDocument();
    await api.importDocument('a.txt', new Uint8Array([65]));
    await api.extractEvents('s1', [], null);
    const doc = { format: 'newsline-document' as const, version: 2 as const, sources: [], events: [] };
    await api.saveDocument(doc, false, 'x');
    await api.openPath('/x.newsline');
    await api.writeJournal(doc, 'x');
    await api.getJournal();
    await api.restoreJournal();
    await api.clearJournal();
    await api.setEdited(true);
    await api.closeWindow();
    api.onMenuCommand(() => {});
    api.onImportStarted(() => {});
    api.onCloseRequested(() => {});
    api.onOpenRequest(() => {});
    for (const [channel] of calls) expect(REQUEST_CHANNELS).toContain(channel);
    for (const channel of subscriptions) expect(EVENT_CHANNELS).toContain(channel);
    expect(calls.map(([c]) => c).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('never hands the page the transport or its event object', () => {
    // The listener gets the payload only; passing Electron's event would give the page event.sender.
    const listeners: Array<(payload: unknown) => void> = [];
    const subscribe = ((_c: string, l: (p: unknown) => void) => {
      listeners.push(l);
      return () => {};
    }) as Subscribe;
    const api = createApi((async () => undefined) as Invoke, subscribe);
    const seen: unknown[][] = [];
    api.onMenuCommand((...args: unknown[]) => seen.push(args));
    listeners[0]('fit-all');
    expect(seen).toEqual([['fit-all']]);

    const preload = readFileSync(new URL('../../../main/preload.ts', import.meta.url), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(API_KEY, api\)/);
    expect(preload).toMatch(/export const api = createApi\(invoke, subscribe\)/);
    // The forwarder must drop the IpcRendererEvent before calling the page's listener.
    expect(preload).toMatch(/\(_event: IpcRendererEvent, payload[^)]*\) => listener\(payload\)/);
    expect(API_KEY).toBe('newsline');
  });
});
