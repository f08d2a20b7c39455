import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, timelineWindow } from './launch';

afterAll(() => closeBrowser());

// Nothing is clicked here before looking: this is the window a user sees on launch.
describe('the first view', () => {
  it('shows the timeline at once, visible, fitted to every event with its label whole', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      await app.screenshot('first-view');
      expect(await page.locator('.vis-timeline').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      const center = (await page.locator('.vis-panel.vis-center').boundingBox())!;
      const items = page.locator('.vis-item:not(.vis-dot)');
      expect(await items.count()).toBe(8);
      for (const box of await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(box.width).toBeGreaterThan(0);
        expect(box.x).toBeGreaterThanOrEqual(center.x - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(center.x + center.width + 1);
      }
      // The launch window is the one Fit all gives.
      const windowOf = () => timelineWindow(page);
      const first = await windowOf();
      await page.getByRole('button', { name: 'Fit all events' }).click();
      await page.waitForTimeout(600);
      const fitted = await windowOf();
      expect(Math.abs(first.start - fitted.start)).toBeLessThan((fitted.end - fitted.start) * 0.02);
      expect(Math.abs(first.end - fitted.end)).toBeLessThan((fitted.end - fitted.start) * 0.02);
    } finally {
      await app.close();
    }
  });
});
