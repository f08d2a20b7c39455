import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '../../../shared/ipc';
import { createElectronStandIn, loadWithStandIn } from '../../fixtures/electron-stand-in';

// What the built preload (dist/main/preload.js) hands to contextBridge.exposeInMainWorld, and what each of
// those functions does with ipcRenderer: loaded against a recording stand-in for Electron's renderer module.

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const PRELOAD = join(projectDir, 'dist/main/preload.js');

// Everything the page can call in main. Adding a key here is a security review: the new function must go
// through the dispatcher and its handler must treat the request as untrusted.
const ALLOWED_KEYS = [
  'addDocuments',
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
  'cancelImport',
  'extractEvents',
  'proposeMerges',
  'getAppInfo',
  'getInitialDocument',
  'getViewState',
  'importDocument',
  'onDocumentQueued',
  'onImportStarted',
  'onMenuCommand',
  'openDocument',
  'openQueuedDocument',
  'openExternal',
  'saveViewState',
  'saveExport',
  'saveImage',
  'savePdf',
];

const { preloadElectron, rec } = createElectronStandIn({ appRoot: projectDir, userData: projectDir });
let api: Record<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  if (!existsSync(PRELOAD)) execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=main'], { cwd: projectDir, stdio: 'inherit' });
  loadWithStandIn(PRELOAD, preloadElectron);
  api = rec.exposed[0]?.[1];
}, 120_000);

describe('the preload', () => {
  it('exposes one object, as window.newsline', () => {
    expect(rec.exposed.map(([key]) => key)).toEqual(['newsline']);
  });

  it('exposes exactly the allowlisted keys, each a function, and never ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual([...ALLOWED_KEYS].sort());
    for (const [key, value] of Object.entries(api)) {
      expect(typeof value, key).toBe('function');
      expect(value, key).not.toBe(preloadElectron.ipcRenderer);
    }
  });

  it('reaches main only through the channel map, with the request the channel expects', async () => {
    rec.ipcRenderer.invoked.length = 0;
    const bytes = new Uint8Array([65]);
    await api.getInitialDocument();
    await api.getAppInfo();
    await api.getViewState();
    await api.saveViewState({ dividerRatio: 0.5 });
    await api.openExternal('https://example.org');
    await api.openDocument();
    await api.openQueuedDocument();
    await api.importDocument('a.txt', bytes);
    await api.addDocuments();
    await api.cancelImport();
    await api.extractEvents('s1', [], null);
    const doc = { format: 'newsline-document', version: 2, sources: [], events: [] };
    await api.proposeMerges(doc);
    await api.saveDocument(doc, true, 'x');
    await api.openPath('/a.newsline');
    await api.writeJournal(doc, 'x');
    await api.getJournal();
    await api.restoreJournal();
    await api.clearJournal();
    await api.setEdited(true);
    await api.closeWindow();
    const image = { format: 'png', scale: 1, data: bytes, rect: { x: 0, y: 0, width: 1, height: 1 }, name: 'x' };
    await api.saveExport('csv', doc, 'x');
    await api.saveImage(image);
    await api.savePdf('x');
    expect(rec.ipcRenderer.invoked).toEqual([
      ['document:get-initial', undefined],
      ['app:get-info', undefined],
      ['view-state:get', undefined],
      ['view-state:save', { dividerRatio: 0.5 }],
      ['link:open-external', { url: 'https://example.org' }],
      ['document:open', undefined],
      ['document:open-queued', undefined],
      ['document:import', { name: 'a.txt', bytes }],
      ['document:add', undefined],
      ['import:cancel', undefined],
      ['events:extract', { sourceId: 's1', paragraphs: [], published: null }],
      ['merges:propose', { document: doc }],
      ['document:save', { document: doc, saveAs: true, suggestedName: 'x' }],
      ['document:open-path', { path: '/a.newsline' }],
      ['journal:write', { document: doc, name: 'x' }],
      ['journal:get', undefined],
      ['journal:restore', undefined],
      ['journal:clear', undefined],
      ['window:set-edited', { edited: true }],
      ['window:close', undefined],
      ['export:save', { format: 'csv', document: doc, name: 'x' }],
      ['export:save-image', image],
      ['export:save-pdf', { name: 'x' }],
    ]);
    expect(rec.ipcRenderer.invoked.map(([c]) => c).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('hands the page the payload of main’s messages, never the IPC event, and unsubscribes', () => {
    const seen: unknown[][] = [];
    const stopMenu = api.onMenuCommand((...args: unknown[]) => seen.push(args)) as () => void;
    const stopImport = api.onImportStarted((...args: unknown[]) => seen.push(args)) as () => void;
    const stopQueued = api.onDocumentQueued((...args: unknown[]) => seen.push(args)) as () => void;
    const stopClose = api.onCloseRequested((...args: unknown[]) => seen.push(args)) as () => void;
    const stopOpen = api.onOpenRequest((...args: unknown[]) => seen.push(args)) as () => void;
    expect(EVENT_CHANNELS.map((c) => rec.ipcRenderer.count(c))).toEqual(EVENT_CHANNELS.map(() => 1));
    const event = { sender: rec.ipcRenderer, senderFrame: {} };
    rec.ipcRenderer.emit('menu:command', event, 'fit-all');
    rec.ipcRenderer.emit('import:started', event, { name: 'a.txt' });
    rec.ipcRenderer.emit('document:queued', event, undefined);
    rec.ipcRenderer.emit('document:open-request', event, { path: '/a.newsline' });
    expect(seen).toEqual([['fit-all'], [{ name: 'a.txt' }], [undefined], [{ path: '/a.newsline' }]]);
    stopMenu();
    stopImport();
    stopQueued();
    stopClose();
    stopOpen();
    expect(EVENT_CHANNELS.map((c) => rec.ipcRenderer.count(c))).toEqual(EVENT_CHANNELS.map(() => 0));
  });

  it('in the window\'s own page, asks for the launch document and the layout as it loads; the first calls get those answers', async () => {
    const page = globalThis as { location?: unknown; window?: unknown; top?: unknown };
    const before = { location: page.location, window: page.window, top: page.top };
    const early = createElectronStandIn({ appRoot: projectDir, userData: projectDir });
    Object.assign(page, { location: { href: 'app://newsline/index.html' }, window: page, top: page });
    try {
      loadWithStandIn(PRELOAD, early.preloadElectron);
    } finally {
      Object.assign(page, before);
    }
    const pageApi = early.rec.exposed[0]?.[1] as typeof api;
    expect(Object.keys(pageApi).sort()).toEqual([...ALLOWED_KEYS].sort());
    expect(early.rec.ipcRenderer.invoked).toEqual([
      ['document:get-initial', undefined],
      ['view-state:get', undefined],
    ]);
    await pageApi.getInitialDocument();
    await pageApi.getViewState();
    expect(early.rec.ipcRenderer.invoked).toHaveLength(2);
    // A reload of the document, or a second look at the layout, asks main again.
    await pageApi.getInitialDocument();
    await pageApi.getViewState();
    expect(early.rec.ipcRenderer.invoked.slice(2)).toEqual([
      ['document:get-initial', undefined],
      ['view-state:get', undefined],
    ]);
  });

  it('asks for nothing as it loads outside a page (the blank document, a frame, or no page at all)', () => {
    // This file's first load (beforeAll) had no page: the channel test above sees only the calls it makes.
    const page = globalThis as { location?: unknown; window?: unknown; top?: unknown };
    const before = { location: page.location, window: page.window, top: page.top };
    for (const [href, top] of [['about:blank', page], ['app://newsline/index.html', {}]] as const) {
      const standIn = createElectronStandIn({ appRoot: projectDir, userData: projectDir });
      Object.assign(page, { location: { href }, window: page, top });
      try {
        loadWithStandIn(PRELOAD, standIn.preloadElectron);
      } finally {
        Object.assign(page, before);
      }
      expect(standIn.rec.ipcRenderer.invoked, href).toEqual([]);
    }
  });
});
