import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../fixtures/generate-document';
import { closeBrowser, launchApp, REPO, settledWindow } from './launch';

// Documents and files built to break the window: ids that are Object.prototype's own names, markup where
// vis-timeline would make a tooltip, imports that take too long. The window must show them, or say plainly
// what went wrong, and stay usable.

const fixture = (name: string) => join(REPO, 'test/fixtures/documents', name, 'document.json');

afterAll(() => closeBrowser());

describe('ids that are Object.prototype names', () => {
  // vis-timeline keeps items and groups in plain objects keyed by id: it is only ever given prefixed ids
  // (renderer/timeline/items.ts), and the renderer's own lookups are Maps or null-prototype objects.
  it('a document whose event, paragraph and source ids are constructor, toString, hasOwnProperty… renders', { timeout: 90_000 }, async () => {
    const app = await launchApp({ document: fixture('prototype-ids') });
    const { page } = app;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await expect.poll(() => page.locator('.nl-row-label').count(), { timeout: 10_000 }).toBe(8);
      expect(await page.locator('.vis-item').count()).toBeGreaterThanOrEqual(8);
      expect(await page.getByRole('alert').count()).toBe(0);
      for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        expect(await page.locator(`.nl-row-label[data-event-id="${id}"]`).count()).toBe(1);
      }
      // Selecting an event whose id is "toString" opens its paragraph (id "toString") with its sentence marked.
      await page.locator('.nl-row-label[data-event-id="toString"]').click();
      await expect.poll(() => page.locator('.nl-details').textContent()).toBeTruthy();
      // Clicking the paragraph whose id is "constructor" lights up its events, not Object's constructor.
      await page.locator('.nl-article').getByText('The Taliban are former mujahid', { exact: false }).first().click();
      await settledWindow(page);
      expect(errors).toEqual([]);
      await app.screenshot('prototype-ids');
    } finally {
      await app.close();
    }
  });

  // "__proto__" as a plain object's key replaces that object's prototype.
  it('an event whose id is __proto__ renders, and clicking it opens its source sentence', { timeout: 90_000 }, async () => {
    const app = await launchApp({ document: fixture('proto-event-id') });
    const { page } = app;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await expect.poll(() => page.locator('.nl-row-label').count(), { timeout: 10_000 }).toBe(8);
      expect(await page.locator('.nl-row-label[data-event-id="__proto__"]').count()).toBe(1);
      expect(await page.locator('.vis-item').count()).toBeGreaterThanOrEqual(8);
      // Its mark on the time axis selects it, and the article marks its sentence (paragraph "isPrototypeOf").
      await page.locator('.vis-item:has([data-event-id="__proto__"])').click();
      await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe('Soviet war in Afghanistan');
      await expect.poll(() => page.locator('mark.nl-evidence--focused').allTextContents().then((t) => t.join(''))).toContain('fought against the Soviet army');
      expect(await page.locator('.vis-item.vis-selected:has([data-event-id="__proto__"])').count()).toBe(1);
      expect(await page.locator('.nl-row-selected .nl-row-label[data-event-id="__proto__"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('in shared lanes (many events), events and a source whose ids are Object.prototype names render and select', { timeout: 90_000 }, async () => {
    // Sixty events share lanes and clusters; the source is "constructor", its paragraphs "toString"…, and
    // events "__proto__", "constructor", "toString", "hasOwnProperty", "valueOf" and one that looks like a cluster's id.
    const doc = generateDocument(60);
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'cluster:1:constructor:0'];
    const paragraphNames = new Map([['p2', 'toString'], ['p3', 'hasOwnProperty'], ['p4', 'valueOf']]);
    doc.sources[0].id = 'constructor';
    for (const p of doc.sources[0].paragraphs) p.id = paragraphNames.get(p.id) ?? p.id;
    doc.events.forEach((e, i) => {
      if (i < names.length) e.id = names[i];
      for (const a of e.evidence) {
        a.sourceId = 'constructor';
        a.paragraphId = paragraphNames.get(a.paragraphId) ?? a.paragraphId;
      }
    });
    const file = join(mkdtempSync(join(tmpdir(), 'newsline-proto-')), 'document.json');
    writeFileSync(file, JSON.stringify(doc));
    const app = await launchApp({ document: file });
    const { page } = app;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await expect.poll(() => page.locator('[data-testid="timeline"]').getAttribute('data-layout'), { timeout: 10_000 }).toBe('lanes');
      expect(await page.locator('.nl-lane-label[data-source-id="constructor"]').count()).toBe(1);
      await expect.poll(() => page.locator('.vis-item').count()).toBeGreaterThan(0);
      // The paragraph "toString" is the evidence for the first four events: clicking it selects all four, each
      // drawn as itself (a selected event is never folded into a cluster).
      await page.locator('[data-paragraph-id="toString"]').click({ position: { x: 5, y: 5 } });
      for (const id of names.slice(0, 4)) {
        await expect.poll(() => page.locator(`.vis-item.vis-selected:has(.nl-lane-item[data-event-id="${id}"])`).count(), { message: id }).toBe(1);
      }
      // Clicking one of them on the timeline selects that event alone and marks its sentence.
      await page.locator('.vis-item:has(.nl-lane-item[data-event-id="constructor"])').click();
      await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe(doc.events[1].title);
      await expect.poll(() => page.locator('mark.nl-evidence--focused').getAttribute('data-event-ids')).toContain('constructor');
      // A marked sentence selects its own event, even one whose id looks like a cluster's.
      for (const [i, id] of [[4, 'valueOf'], [5, 'cluster:1:constructor:0']] as const) {
        await page.locator(`.nl-evidence[data-event-ids="${id}"]`).click();
        await expect.poll(() => page.locator('[data-testid="details"] h2').textContent(), { message: id }).toBe(doc.events[i].title);
        await expect.poll(() => page.locator(`.vis-item.vis-selected:has(.nl-lane-item[data-event-id="${id}"])`).count(), { message: id }).toBe(1);
      }
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('tooltips', () => {
  it('hovering an event whose title is markup creates no element from it: vis-timeline is given no title', async () => {
    const app = await launchApp({ document: fixture('hostile') });
    const { page } = app;
    try {
      await expect.poll(() => page.locator('.vis-item').count()).toBeGreaterThan(0);
      const before = await page.locator('img, script, b').count();
      const item = page.locator('.vis-item').filter({ has: page.locator('[data-event-id="hostile"]') });
      await item.hover();
      await page.waitForTimeout(700);
      expect(await page.locator('img, script, b').count()).toBe(before);
      expect(await page.locator('.nl-timeline img, .nl-timeline b, .vis-tooltip img, .vis-tooltip b').count()).toBe(0);
      const tooltip = page.locator('.vis-tooltip');
      if (await tooltip.count()) expect(await tooltip.evaluate((el) => el.querySelectorAll('*').length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
