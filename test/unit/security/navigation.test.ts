import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  allowNavigation,
  allowPermission,
  navigationGuard,
  permissionCheckHandler,
  permissionRequestHandler,
  webviewGuard,
  windowOpenHandler,
} from '../../../main/security';

const event = () => ({ preventDefault: vi.fn() });

describe('navigation', () => {
  it.each(['https://evil.example/', 'app://newsline/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank'])(
    'cancels navigation to %s',
    (url) => {
      const e = event();
      const logs: string[] = [];
      navigationGuard((m) => logs.push(m))(e, url);
      expect(e.preventDefault).toHaveBeenCalledTimes(1);
      expect(allowNavigation(url)).toBe(false);
      expect(logs[0]).toContain(url);
    },
  );

  it('cancels every <webview>', () => {
    const e = event();
    webviewGuard(() => {})(e);
    expect(e.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('window.open', () => {
  it('never opens a window, and sends a web link to the browser', async () => {
    const opened: string[] = [];
    const handler = windowOpenHandler((url) => void opened.push(url), () => {});
    expect(handler({ url: 'https://example.org/a' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:desk@example.org' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.org/a', 'mailto:desk@example.org']);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://newsline/index.html', 'smb://host/share', 'data:text/html,x', 'ms-msdt:/id', ''])(
    'denies %s without handing it to the OS',
    (url) => {
      const openExternal = vi.fn();
      expect(windowOpenHandler(openExternal, () => {})({ url })).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('survives the OS failing to open a link', async () => {
    const logs: string[] = [];
    const handler = windowOpenHandler(() => Promise.reject(new Error('no browser')), (m) => logs.push(m));
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(logs.join()).toMatch(/no browser/);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial'])(
    'denies %s',
    (permission) => {
      const callback = vi.fn();
      permissionRequestHandler(() => {})(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(permissionCheckHandler()(null, permission)).toBe(false);
      expect(allowPermission(permission)).toBe(false);
    },
  );
});

describe('the shell attaches these handlers', () => {
  const shell = readFileSync(new URL('../../../main/app-shell.ts', import.meta.url), 'utf8');
  it.each([
    /setPermissionRequestHandler\(permissionRequestHandler\(log\)\)/,
    /setPermissionCheckHandler\(permissionCheckHandler\(\)\)/,
    /'web-contents-created'/,
    /on\('will-navigate', \(event, url\) => guardNavigation\(event, url\)\)/,
    /on\('will-frame-navigate'/,
    /on\('will-redirect'/,
    /on\('will-attach-webview'/,
    /setWindowOpenHandler\(openWindow\)/,
  ])('%s', (pattern) => expect(shell).toMatch(pattern));
});
