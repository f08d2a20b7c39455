import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatEventDate } from '../../../shared/dates';
import type { NewslineDocument } from '../../../shared/document';
import { exportedEvents } from '../../../shared/export/common';
import { renderExport } from '../../../main/export/index';
import { browserFor, closeBrowser, REPO, SCREENSHOT_DIR, SEED_DOCUMENT } from '../launch';

afterAll(() => closeBrowser());

// Our TimelineJS export, loaded into the real TimelineJS3 from npm in Chromium: it must render without an
// error, with one slide per event (plus the title slide), in our order, each dated as we date it.

const TLJS = join(REPO, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png' };

const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tljs/css/timeline.css"><script src="/tljs/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1200px;height:700px"></div>
<script>
  window.loaded = fetch('/timeline.json').then((r) => r.json()).then((data) => new Promise((resolve) => {
    window.tl = new TL.Timeline('timeline', data, { language: 'en', hash_bookmark: false, font: null });
    window.tl.on('loaded', () => resolve(true));
  }));
</script></body></html>`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('our TimelineJS export in the real TimelineJS3', () => {
  it('renders with no error; slide count, order and every date match ours', async () => {
    const doc: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
    const json = await renderExport(doc, 'timelinejs');
    const browser = await browserFor(false);
    const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // A failed load is reported below with its address (requestfailed); the console line says only that one failed.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('requestfailed', (r) => {
      if (new URL(r.url()).host === 'tljs.test') errors.push(`failed to load ${r.url()}`);
    });
    const outside: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.host !== 'tljs.test') {
        outside.push(url.href);
        return route.abort();
      }
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (url.pathname === '/timeline.json') return route.fulfill({ contentType: 'application/json', body: json });
      if (url.pathname.startsWith('/tljs/')) {
        const file = normalize(join(TLJS, url.pathname.slice('/tljs/'.length)));
        if (!file.startsWith(TLJS)) return route.abort();
        try {
          return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
        } catch {
          return route.fulfill({ status: 404, body: '' });
        }
      }
      return route.fulfill({ status: 404, body: '' });
    });
    try {
      await page.goto('http://tljs.test/');
      await page.evaluate(() => (window as unknown as { loaded: Promise<boolean> }).loaded);
      expect(errors).toEqual([]);
      expect(await page.locator('.tl-timeline .tl-message-full, .tl-timeline .tl-message').filter({ hasText: /error/i }).count()).toBe(0);

      const ours = exportedEvents(doc);
      // TimelineJS sorts the events itself; its order must be ours.
      const theirs = await page.evaluate(() => {
        const tl = (window as unknown as { tl: { config: { events: Array<{ unique_id: string }>; title?: unknown } } }).tl;
        return { ids: tl.config.events.map((e) => e.unique_id), title: Boolean(tl.config.title) };
      });
      expect(theirs.title).toBe(true);
      expect(theirs.ids).toEqual(ours.map((e) => e.id));
      const slides = page.locator('.tl-storyslider .tl-slide');
      expect(await slides.count()).toBe(ours.length + 1);

      // Each slide's date as TimelineJS shows it: our words where we gave display_date, else its own format
      // of exactly the fields we gave.
      const shown = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.tl-storyslider .tl-slide')).map((s) => ({
          id: s.id,
          date: (s.querySelector('.tl-headline-date')?.textContent ?? '').trim(),
          headline: (s.querySelector('.tl-headline')?.textContent ?? '').trim(),
        })),
      );
      expect(shown[0].headline).toBe(doc.sources[0].title);
      const expectedDate = (e: (typeof ours)[number]) => {
        const display = formatEventDate(e.date);
        const tl = JSON.parse(json).events.find((s: { unique_id: string }) => s.unique_id === e.id);
        if (tl.display_date) return display;
        // TimelineJS's own English format, with its em dash between the ends of a range.
        const one = (d: { year: number; month?: number; day?: number }) =>
          d.day ? `${MONTHS[d.month! - 1]} ${d.day}, ${d.year}` : d.month ? `${MONTHS[d.month - 1]} ${d.year}` : `${d.year}`;
        return tl.end_date ? `${one(tl.start_date)} — ${one(tl.end_date)}` : one(tl.start_date);
      };
      expect(shown.slice(1).map((s) => [s.id, s.headline, s.date])).toEqual(ours.map((e) => [e.id, e.title, expectedDate(e)]));
      expect(outside).toEqual([]);

      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      // Go to the Kabul slide so the screenshot shows an event with its quote.
      await page.evaluate(() => (window as unknown as { tl: { goToId(id: string): void } }).tl.goToId('fall-of-kabul'));
      await page.waitForTimeout(1200);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'export-timelinejs.png') });
    } finally {
      await context.close();
    }
  });
});
