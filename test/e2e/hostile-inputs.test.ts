import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, REPO } from './launch';

// Documents and files built to break the window: ids that are Object.prototype's own names, markup where
// vis-timeline would make a tooltip, imports that take too long. The window must show them, or say plainly
// what went wrong, and stay usable.

const fixture = (name: string) => join(REPO, 'test/fixtures/documents', name, 'document.json');

afterAll(() => closeBrowser());

describe('ids that are Object.prototype names', () => {
  // Known failure, kept visible: passed on this branch before the merge of the lanes-and-clusters renderer
  // (issue 9), which keys vis-timeline and its own lookups by raw ids again. When fixed, make this a plain `it`.
  it.fails('KNOWN BUG: a document whose event, paragraph and source ids are constructor, toString, hasOwnProperty… renders', async () => {
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
      await page.waitForTimeout(200);
      expect(errors).toEqual([]);
      await app.screenshot('prototype-ids');
    } finally {
      await app.close();
    }
  });

  // Known failure, kept visible: since the lanes-and-clusters renderer (issue 9) vis-timeline gets event ids
  // as they are, and it keeps items and groups in plain objects keyed by id, so "__proto__" replaces that
  // object's prototype. The fix is to give vis-timeline prefixed ids (as this branch did before that merge).
  // When it is fixed, this test fails and should become a plain `it`.
  it.fails('KNOWN BUG: an event whose id is __proto__ renders', async () => {
    const app = await launchApp({ document: fixture('proto-event-id') });
    try {
      await expect.poll(() => app.page.locator('.nl-row-label').count(), { timeout: 10_000 }).toBe(8);
      expect(await app.page.locator('.nl-row-label[data-event-id="__proto__"]').count()).toBe(1);
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
