import { describe, expect, it } from 'vitest';
import { createHandlers, memoryViewStateStore } from '../../../main/handlers';
import { inlineImportService } from '../../../main/import-service';
import { isSafeExternalUrl } from '../../../main/security';

describe('external links', () => {
  it.each(['https://tass.com/politics/1788697', 'http://example.org', 'mailto:desk@example.org', 'HTTPS://EXAMPLE.ORG/'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>1</script>',
    'app://newsline/index.html',
    'https://user:pass@example.org/',
    'https://trusted.example@evil.example/',
    'http://',
    'https:',
    '//example.org',
    '/relative',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses a non-string from the page', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://x.example' } as unknown as string)).toBe(false);
  });

  it('the link:open-external handler checks the scheme before the OS sees the link', async () => {
    const opened: string[] = [];
    const handlers = createHandlers({
      initialDocument: '/nonexistent.json',
      chooseFile: async () => null,
      importer: inlineImportService(),
    importStarted: () => {},
      appInfo: { name: 'Newsline', version: '0' },
      viewState: memoryViewStateStore(),
      openExternal: async (url) => void opened.push(url),
    });
    await expect(handlers['link:open-external']({ url: 'javascript:alert(1)' })).resolves.toEqual({ opened: false });
    await expect(handlers['link:open-external']({ url: 'file:///etc/passwd' })).resolves.toEqual({ opened: false });
    await expect(handlers['link:open-external']({ url: 'https://example.org' })).resolves.toEqual({ opened: true });
    expect(opened).toEqual(['https://example.org']);
  });
});
