import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../shared/document';
import { renderExport } from '../../../main/export/index';
import { loadStandaloneAssets } from '../../../main/export/standalone';
import { browserFor, closeBrowser, SCREENSHOT_DIR, SEED_DOCUMENT } from '../launch';

afterAll(() => closeBrowser());

// The exported standalone page, opened from file:// in Chromium with every request intercepted: the one
// file is all it may load. It must show the timeline, the article and the details card, answer clicks and
// keys as the app does, and keep hostile text as text.

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '</script><script>window.__pwned=3</script>',
];

function hostile(doc: NewslineDocument): NewslineDocument {
  const copy: NewslineDocument = structuredClone(doc);
  copy.sources[0].title = `${HOSTILE[0]} Hostile ${HOSTILE[2]}`;
  const titlePara = copy.sources[0].paragraphs.find((p) => p.role === 'title')!;
  if (copy.events.some((e) => e.evidence.some((a) => a.paragraphId === titlePara.id))) throw new Error('the title paragraph is evidence');
  titlePara.text = copy.sources[0].title;
  const p5 = copy.sources[0].paragraphs.find((p) => p.id === 'p5')!;
  // Appended after every span, so the evidence still points at the same words.
  p5.text = `${p5.text} ${HOSTILE.join(' ')}`;
  copy.events[0].title = `${HOSTILE[1]} ${HOSTILE[2]}`;
  copy.events[1].note = HOSTILE.join(' ');
  return copy;
}

async function openPage(doc: NewslineDocument, name: string) {
  const html = await renderExport(doc, 'html', {}, { standaloneAssets: () => loadStandaloneAssets() });
  const file = join(mkdtempSync(join(tmpdir(), 'newsline-standalone-')), `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const browser = await browserFor(false);
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requests.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, context, requests, problems, html };
}

describe('the standalone page', () => {
  it('is one file that works offline: timeline, article, details card, click-to-source and keys, nothing requested', async () => {
    const doc: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
    const { page, context, requests, problems, html } = await openPage(doc, 'seed');
    try {
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[^"]+&#39;; style-src &#39;sha256-/);
      await expect.poll(() => page.locator('.vis-item:not(.vis-dot)').count()).toBe(8);
      await expect.poll(() => page.locator('.nl-toolbar-count').textContent()).toBe('8 events');
      expect(await page.locator('h1.nl-para--title').textContent()).toBe(doc.sources[0].title);
      // Click-to-source: the event opens its paragraph with the sentence marked, and the details card.
      await page.locator('.nl-row-label[data-event-id="fall-of-kabul"]').click();
      await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe('Taliban fighters enter Kabul and take the capital');
      await expect.poll(() => page.locator('mark.nl-evidence--focused').allTextContents()).toContain(
        'On August 15, Taliban fighters swept into Kabul without encountering any resistance and gained full control over the Afghan capital within a few hours.',
      );
      // The keyboard, as in the app: → steps to the next event in time order, Esc clears.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe('President Ashraf Ghani steps down and flees the country');
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-standalone.png') });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('[data-testid="details"] h2').count()).toBe(0);
      // Clicking a paragraph lights up its events.
      await page.locator('.nl-para[data-paragraph-id="p8"], [data-paragraph-id="p8"]').first().click();
      await expect.poll(() => page.locator('.vis-item.vis-selected, .vis-item.nl-item--related, .vis-item[class*="related"], .vis-item[class*="linked"]').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps hostile text as text, in the article and in titles', async () => {
    const doc: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
    const bad = hostile(doc);
    const { page, context, requests, problems } = await openPage(bad, 'hostile');
    try {
      await expect.poll(() => page.locator('.vis-item:not(.vis-dot)').count()).toBe(8);
      expect(await page.title()).toBe(`${bad.sources[0].title} — Newsline`);
      expect(await page.locator('h1.nl-para--title').textContent()).toBe(bad.sources[0].title);
      expect(await page.locator('#nl-title').textContent()).toBe(bad.sources[0].title);
      expect(await page.locator('.nl-article').textContent()).toContain(HOSTILE.join(' '));
      await expect.poll(() => page.locator(`.nl-row-label[data-event-id="${bad.events[0].id}"] .nl-row-title`).textContent()).toBe(bad.events[0].title);
      await page.locator(`.nl-row-label[data-event-id="${bad.events[0].id}"]`).click();
      await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe(bad.events[0].title);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('img, script:not([type="application/json"])').count()).toBe(1);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
