import { afterAll, describe, expect, it } from 'vitest';
// The page checks of the Electron smoke test (test/electron/smoke.mjs), run here against the same renderer
// in Chromium, so a selector that drifted fails on every machine and not only where Electron runs.
// @ts-expect-error: a plain .mjs module without types
import { pageChecks } from '../electron/smoke.mjs';
import { closeBrowser, launchApp, REPO } from './launch';

afterAll(() => closeBrowser());

describe('the Electron smoke test, on the Chromium harness', () => {
  it('passes its page checks, and the title it expects is the page title', async () => {
    const app = await launchApp();
    try {
      expect(await app.page.title()).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat — Newsline');
      const checks = pageChecks(app.page, REPO) as Array<{ name: string; run: () => Promise<void> }>;
      expect(checks.length).toBeGreaterThanOrEqual(2);
      for (const c of checks) await c.run();
    } finally {
      await app.close();
    }
  });
});
