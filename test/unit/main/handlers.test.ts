import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../../../main/documents';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { inlineImportService } from '../../../main/import-service';
import { createDispatcher, UntrustedSenderError } from '../../../main/ipc-validation';
import { receiveLoadResult, REQUEST_CHANNELS } from '../../../shared/ipc';

const DATA = join(import.meta.dirname, '../../../data');

const SEED_TEXT = join(DATA, 'tass-2024-05-15-taliban', 'article.txt');

function setup(initialDocument = join(DATA, DEFAULT_DOCUMENT), dialog: Array<string | null> = []) {
  const opened: string[] = [];
  const handlers = createHandlers({
    initialDocument,
    appInfo: { name: 'Newsline', version: '1.2.3' },
    viewState: memoryViewStateStore(),
    openExternal: async (url) => void opened.push(url),
    chooseFile: async () => dialog.shift() ?? null,
    importer: inlineImportService(),
    importStarted: () => {},
  });
  return { handlers, opened };
}

describe('IPC handlers', () => {
  it('has exactly one handler per channel of the map', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('document:get-initial loads the launch document', async () => {
    const r = receiveLoadResult(await setup().handlers['document:get-initial'](), (b) => new TextDecoder().decode(b));
    expect(r).toMatchObject({ ok: true, document: { sources: [{ publisher: 'TASS' }] } });
  });

  it('document:get-initial reports a bad document instead of throwing', async () => {
    const r = await setup('/nowhere/document.json').handlers['document:get-initial']();
    expect(r).toMatchObject({ ok: false, file: '/nowhere/document.json' });
  });

  it('app:get-info', async () => {
    expect(await setup().handlers['app:get-info']()).toEqual({ name: 'Newsline', version: '1.2.3' });
  });

  it('view-state round-trips and merges partial saves', async () => {
    const { handlers } = setup();
    await handlers['view-state:save']({ dividerRatio: 0.4 });
    await handlers['view-state:save']({ articleVisible: false });
    expect(await handlers['view-state:get']()).toEqual({ dividerRatio: 0.4, articleVisible: false });
  });

  it('link:open-external opens web and mail links only', async () => {
    const { handlers, opened } = setup();
    expect(await handlers['link:open-external']({ url: 'https://tass.com/politics/1788697' })).toEqual({ opened: true });
    expect(await handlers['link:open-external']({ url: 'mailto:desk@example.org' })).toEqual({ opened: true });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://newsline/index.html', 'smb://host/share', 'not a url']) {
      expect(await handlers['link:open-external']({ url })).toEqual({ opened: false });
    }
    expect(opened).toEqual(['https://tass.com/politics/1788697', 'mailto:desk@example.org']);
  });
});

describe('opening articles', () => {
  it('document:open imports the file the dialog returns', async () => {
    const r = await setup(undefined, [SEED_TEXT]).handlers['document:open']();
    expect(r).toMatchObject({ status: 'opened', file: SEED_TEXT, document: { sources: [{ title: 'Afghan Taliban no longer Russia’s enemy — Russian diplomat' }] } });
  });

  it('document:add imports every file the dialog returns, in order, each on its own, a bad one as its own message', async () => {
    const started: string[] = [];
    const MD = join(import.meta.dirname, '../../fixtures/import/article.md');
    const handlers = createHandlers({
      initialDocument: join(DATA, DEFAULT_DOCUMENT),
      appInfo: { name: 'Newsline', version: '1' },
      viewState: memoryViewStateStore(),
      openExternal: async () => {},
      chooseFile: async () => null,
      chooseFiles: async () => [SEED_TEXT, '/nowhere/gone.txt', MD],
      importer: inlineImportService(),
      importStarted: (name) => void started.push(name),
    });
    const r = await handlers['document:add']();
    if (r.status !== 'imported') throw new Error('expected imports');
    expect(r.results.map((x) => x.status)).toEqual(['opened', 'failed', 'opened']);
    expect(r.results[1]).toMatchObject({ message: 'gone.txt: the file does not exist' });
    expect(r.results[2]).toMatchObject({ document: { sources: [{ title: 'Kenya reopens embassy road after bombing', published: '1998-08-14' }] } });
    expect(started).toEqual(['article.txt', 'gone.txt', 'article.md']);
  });

  it('document:add falls back to the one-file dialog, and reports a cancel', async () => {
    expect(await setup(undefined, [null]).handlers['document:add']()).toEqual({ status: 'canceled' });
    const r = await setup(undefined, [SEED_TEXT]).handlers['document:add']();
    expect(r).toMatchObject({ status: 'imported', results: [{ status: 'opened', file: SEED_TEXT }] });
  });

  it('document:open reports a cancelled dialog', async () => {
    expect(await setup(undefined, [null]).handlers['document:open']()).toEqual({ status: 'canceled' });
  });

  it('document:open turns a bad file into a message naming it', async () => {
    const r = await setup(undefined, ['/nowhere/article.txt']).handlers['document:open']();
    expect(r).toEqual({ status: 'failed', file: 'article.txt', message: 'article.txt: the file does not exist' });
  });

  it('document:import imports dropped bytes, and refuses anything but bytes', async () => {
    const { handlers } = setup();
    const bytes = new TextEncoder().encode('A headline\n\nLONDON, March 3 (Reuters) - Ministers met on Tuesday, officials said.');
    const r = await handlers['document:import']({ name: 'dropped.txt', bytes });
    expect(r).toMatchObject({ status: 'opened', file: 'dropped.txt', document: { sources: [{ title: 'A headline' }] } });
    const bad = await handlers['document:import']({ name: 'x.txt', bytes: 'not bytes' } as never);
    expect(bad).toMatchObject({ status: 'failed' });
  });

  it('document:import refuses over the size limit before importing', async () => {
    const r = await setup().handlers['document:import']({ name: 'huge.txt', bytes: new Uint8Array(3 * 1024 * 1024) });
    expect(r).toEqual({ status: 'failed', file: 'huge.txt', message: 'huge.txt: the file is 3 MB, over the 1 MB limit for an article' });
  });

  it('events:extract re-resolves dates against a new publication date, and checks its input', async () => {
    const { handlers } = setup();
    const paragraphs = [{ id: 'p1', role: 'body' as const, text: 'On August 15, Taliban fighters swept into Kabul.' }];
    const a = await handlers['events:extract']({ sourceId: 's1', paragraphs, published: '2021-08-20' });
    expect(a.events[0].date).toMatchObject({ start: '2021-08-15' });
    expect(a.events[0].date.yearUncertain).toBeFalsy();
    expect(a.events[0].evidence[0].sourceId).toBe('s1');
    const b = await handlers['events:extract']({ sourceId: 's1', paragraphs, published: '2024-05-15' });
    expect(b.events[0].date.start).not.toBe('2021-08-15');
    await expect(handlers['events:extract']({ sourceId: 's1', paragraphs, published: 'yesterday' })).rejects.toThrow();
  });
});

describe('the dispatcher in front of the handlers', () => {
  const trusted = { protocol: 'app:', host: 'newsline' };
  const page = { url: 'app://newsline/index.html', isMainFrame: true };

  it('passes requests from the app page to the handler', async () => {
    const dispatch = createDispatcher(setup().handlers, trusted);
    expect(await dispatch(page, 'app:get-info', undefined)).toEqual({ name: 'Newsline', version: '1.2.3' });
  });

  it('refuses other origins, child frames and missing frames, and logs why', async () => {
    const log: string[] = [];
    const dispatch = createDispatcher(setup().handlers, trusted, (m) => log.push(m));
    await expect(dispatch({ url: 'https://evil.example/', isMainFrame: true }, 'app:get-info', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(dispatch({ ...page, isMainFrame: false }, 'app:get-info', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(dispatch(null, 'app:get-info', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(dispatch({ url: 'app://newsline.evil/index.html', isMainFrame: true }, 'app:get-info', undefined)).rejects.toThrow(/refused/);
    expect(log).toHaveLength(4);
    expect(log[1]).toMatch(/child frame/);
  });

  it('refuses channels that are not in the map', async () => {
    const dispatch = createDispatcher(setup().handlers, trusted);
    await expect(dispatch(page, 'fs:read', '/etc/passwd')).rejects.toThrow('unknown IPC channel "fs:read"');
  });
});
