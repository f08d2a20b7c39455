import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../shared/ipc';
import { closeBrowser, launchApp, REPO } from './launch';

const fixture = (name: string) => join(REPO, 'test/fixtures/documents', name, 'document.json');

afterAll(() => closeBrowser());

describe('a broken document', () => {
  it('opens a partly broken document with every good event, and names the bad one: file, field and problem', async () => {
    const app = await launchApp({ document: fixture('span-outside') });
    try {
      const banner = app.page.getByRole('alert');
      await expect.poll(() => banner.textContent()).toContain('Parts of this file are damaged and were left out (1)');
      const text = (await banner.textContent())!;
      expect(text).toContain(fixture('span-outside'));
      expect(text).toContain('events[4].evidence[0].end');
      expect(text).toMatch(/span ends at 9999, outside paragraph "p8"/);
      expect(await app.page.locator('.nl-article').textContent()).toContain('On August 15, Taliban fighters swept into Kabul');
      expect(await app.page.locator('.nl-header-title').textContent()).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat');
      // The seed's eight events less the one with the bad span.
      await expect.poll(() => app.page.locator('.nl-toolbar-count').textContent()).toBe('7 events');
      await app.screenshot('broken-document');
    } finally {
      await app.close();
    }
  });

  it('invalid JSON falls back to the article text kept beside it', async () => {
    const app = await launchApp({ document: fixture('invalid-json') });
    try {
      await expect.poll(() => app.page.getByRole('alert').textContent()).toMatch(/document\.json is not valid JSON/);
      expect(await app.page.getByRole('alert').textContent()).toContain('read from');
      expect(await app.page.locator('.nl-article').textContent()).toContain('Ashraf Ghani');
    } finally {
      await app.close();
    }
  });

  it('a missing file with no text beside it still gets a window that explains', async () => {
    const missing = resolve('/nonexistent/newsline/document.json');
    const app = await launchApp({ document: missing });
    try {
      const text = await app.page.getByRole('alert').textContent();
      expect(text).toContain(missing);
      expect(text).toContain('the file does not exist');
      expect(text).toContain('No article text could be read');
    } finally {
      await app.close();
    }
  });
});

describe('hostile article text', () => {
  it('renders markup as visible text in the article and on the timeline, and runs nothing', async () => {
    const app = await launchApp({ document: fixture('hostile') });
    const { page } = app;
    try {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await expect.poll(() => page.locator('.nl-article').textContent()).toContain('<img src=x onerror="window.__pwned=2">');
      const article = (await page.locator('.nl-article').textContent())!;
      expect(article).toContain('<script>window.__pwned=1</script>Hostile <b>title</b>');
      expect(article).toContain('<a href="javascript:window.__pwned=3">a javascript: link</a>');
      const row = page.locator('.nl-row-label[data-event-id="hostile"] .nl-row-title');
      expect(await row.textContent()).toBe('<img src=x onerror="window.__pwned=5">Hostile event');
      // Not one element came from the data: no img, script or link inside the article or the timeline.
      expect(await page.locator('.nl-article img, .nl-article script, .nl-article a[href^="javascript"], .nl-timeline img').count()).toBe(0);
      await page.locator('.nl-row-label[data-event-id="hostile"]').click();
      await expect.poll(() => page.locator('.nl-details-basis').textContent()).toContain('<script>window.__pwned=6</script>');
      await page.locator('.nl-article').getByText('a javascript: link', { exact: false }).click();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(page.url()).toBe(app.url);
      await app.screenshot('hostile-text');
    } finally {
      await app.close();
    }
  });
});

describe('content security policy', () => {
  it('is sent with the page, and blocks an injected inline script', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      const response = await page.request.get(app.url);
      expect(response.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
      const result = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.append(s);
        const img = document.createElement('img');
        img.setAttribute('src', 'x');
        img.setAttribute('onerror', 'window.__handler = 1');
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 200));
        let evalBlocked = false;
        try {
          // eslint-disable-next-line no-eval
          eval('1');
        } catch {
          evalBlocked = true;
        }
        const w = window as unknown as { __inline?: number; __handler?: number };
        return { inline: w.__inline, handler: w.__handler, evalBlocked, violations };
      });
      expect(result.inline).toBeUndefined();
      expect(result.handler).toBeUndefined();
      expect(result.evalBlocked).toBe(true);
      expect(result.violations).toContain('script-src-elem');
    } finally {
      await app.close();
    }
  });

  it('the page is given the preload’s named functions, and none of the transport', async () => {
    const app = await launchApp();
    try {
      const r = await app.page.evaluate(() => {
        const api = (window as unknown as { newsline: Record<string, unknown> }).newsline;
        return { keys: Object.keys(api).sort(), types: [...new Set(Object.values(api).map((v) => typeof v))] };
      });
      // The real preload runs in the page (launch.ts bundles main/preload.ts); its keys are allowlisted in
      // test/unit/security/preload.test.ts.
      const expected = Object.keys(createApi((async () => undefined) as never, (() => () => {}) as never, (() => '') as never)).sort();
      expect(r.keys).toEqual(expected);
      expect(r.types).toEqual(['function']);
      expect(r.keys).not.toContain('invoke');
      expect(r.keys).not.toContain('send');
    } finally {
      await app.close();
    }
  });

  it('a child frame cannot call main', async () => {
    const app = await launchApp();
    try {
      const error = await app.page.evaluate(async () => {
        const frame = document.createElement('iframe');
        frame.srcdoc = '<p>child</p>';
        document.body.append(frame);
        await new Promise((r) => frame.addEventListener('load', r));
        const invoke = (frame.contentWindow as unknown as { __newslineInvoke?: (c: string, r: unknown) => Promise<unknown> }).__newslineInvoke;
        if (!invoke) return 'no binding in the frame';
        try {
          await invoke('app:get-info', undefined);
          return 'answered';
        } catch (e) {
          return String(e);
        }
      });
      expect(error).toMatch(/IPC "app:get-info" refused: sender is not the app's own page/);
      expect(app.ipcLog.some((line) => line.includes('(child frame)'))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
