import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../../../main/documents';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { createDispatcher, UntrustedSenderError } from '../../../main/ipc-validation';
import { REQUEST_CHANNELS } from '../../../shared/ipc';

const DATA = join(import.meta.dirname, '../../../data');

function setup(initialDocument = join(DATA, DEFAULT_DOCUMENT)) {
  const opened: string[] = [];
  const handlers = createHandlers({
    initialDocument,
    appInfo: { name: 'Newsline', version: '1.2.3' },
    viewState: memoryViewStateStore(),
    openExternal: async (url) => void opened.push(url),
  });
  return { handlers, opened };
}

describe('IPC handlers', () => {
  it('has exactly one handler per channel of the map', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...REQUEST_CHANNELS].sort());
  });

  it('document:get-initial loads the launch document', async () => {
    const r = await setup().handlers['document:get-initial']();
    expect(r).toMatchObject({ ok: true, document: { article: { publisher: 'TASS' } } });
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
