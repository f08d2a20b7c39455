import { describe, expect, it } from 'vitest';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { inlineImportService } from '../../../main/import-service';
import { UntrustedSenderError, createDispatcher, isTrustedSender, type SenderFrame } from '../../../main/ipc-validation';

const trusted = { protocol: 'app:', host: 'newsline' };

function dispatcher() {
  const logs: string[] = [];
  const opened: string[] = [];
  const handlers = createHandlers({
    initialDocument: '/nonexistent/document.json',
    appInfo: { name: 'Newsline', version: '0.0.0-test' },
    viewState: memoryViewStateStore(),
    openExternal: async (url) => void opened.push(url),
    chooseFile: async () => null,
    importer: inlineImportService(),
    importStarted: () => {},
  });
  return { dispatch: createDispatcher(handlers, trusted, (m) => logs.push(m)), logs, opened };
}

const own: SenderFrame = { url: 'app://newsline/index.html', isMainFrame: true };

describe('IPC sender validation', () => {
  it('answers the app’s own top-level page', async () => {
    const { dispatch } = dispatcher();
    await expect(dispatch(own, 'app:get-info', undefined)).resolves.toEqual({ name: 'Newsline', version: '0.0.0-test' });
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://newsline.evil.example/index.html'],
    ['another app:// host', 'app://other/index.html'],
    ['file://', 'file:///home/user/index.html'],
    ['a loopback server', 'http://127.0.0.1:5173/index.html'],
    ['credentials in the URL', 'app://user:pass@newsline/index.html'],
    ['about:blank', 'about:blank'],
    ['a data: URL', 'data:text/html,<script>1</script>'],
    ['a malformed URL', 'not a url'],
  ])('refuses %s', async (_name, url) => {
    const { dispatch, logs, opened } = dispatcher();
    expect(isTrustedSender({ url, isMainFrame: true }, trusted)).toBe(false);
    await expect(dispatch({ url, isMainFrame: true }, 'link:open-external', { url: 'https://example.org' })).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(opened).toEqual([]);
    expect(logs.join('\n')).toMatch(/refused IPC/);
  });

  it('refuses a child frame even when it is served from the app’s own origin', async () => {
    const { dispatch, logs } = dispatcher();
    const frame = { url: 'app://newsline/index.html', isMainFrame: false };
    expect(isTrustedSender(frame, trusted)).toBe(false);
    await expect(dispatch(frame, 'view-state:get', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(logs.join('\n')).toMatch(/child frame/);
  });

  it('refuses a request with no sender frame (the frame navigated away or was destroyed)', async () => {
    const { dispatch } = dispatcher();
    await expect(dispatch(null, 'app:get-info', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(dispatch(undefined, 'app:get-info', undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
  });

  it('refuses channels outside the map, even from the app’s own page', async () => {
    const { dispatch } = dispatcher();
    await expect(dispatch(own, 'shell:exec', { cmd: 'rm -rf /' })).rejects.toThrow(/unknown IPC channel/);
    await expect(dispatch(own, '__proto__', undefined)).rejects.toThrow(/unknown IPC channel/);
    await expect(dispatch(own, 'constructor', undefined)).rejects.toThrow(/unknown IPC channel/);
  });
});
