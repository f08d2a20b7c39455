import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, SEED_DOCUMENT } from './launch';

// Files handed over by the OS (a double-click, Open With, a second launch) open in the running window through
// main's real second-instance path, queue and open handler, the way File ▸ Open… opens them.

const SEED_TITLE = 'Afghan Taliban no longer Russia’s enemy — Russian diplomat';
const work = mkdtempSync(join(tmpdir(), 'newsline-os-open-e2e-'));
const folder = join(work, 'My Articles');
mkdirSync(folder);
writeFileSync(
  join(folder, 'Council minutes.html'),
  `<!doctype html><html><head><title>Council approves harbour plan</title>
<meta property="article:published_time" content="2023-06-04T09:00:00Z"></head>
<body><article><h1>Council approves harbour plan</h1>
<p>The council approved the harbour plan on 2 June 2023, after two years of debate about its cost.</p>
<p>Work on the new quay starts in September 2023 and should end in 2026, the harbour master said.</p></article></body></html>`,
);
writeFileSync(join(folder, 'Scan.pdf'), '%PDF-1.4\n');

afterAll(async () => {
  await closeBrowser();
  rmSync(work, { recursive: true, force: true });
});

const headerTitle = (page: Page) => page.locator('.nl-header-title').textContent();

describe('opening files from the OS', () => {
  it('a second launch with a file path opens that file in the running window', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      expect(await headerTitle(page)).toBe(SEED_TITLE);
      // A relative path with a space, from the folder it is in, among the switches Chromium adds.
      app.secondLaunch(['/opt/Newsline/newsline', '--allow-file-access-from-files', 'Council minutes.html', '--original-process-start-time=1'], folder);
      await expect.poll(() => headerTitle(page), { timeout: 30_000 }).toBe('Council approves harbour plan'); // the first import starts the worker: slow on a loaded machine
      expect(await page.locator('.nl-article').textContent()).toContain('The council approved the harbour plan on 2 June 2023');
      expect(await page.getByTestId('published-dialog').count()).toBe(0);
      expect(await page.locator('.nl-row-date').allTextContents()).toEqual(expect.arrayContaining(['2 Jun 2023', 'Sep 2023']));
      await app.screenshot('second-launch-opened');

      // And again with a file:// URL to a timeline document: back to the seed, in the same window.
      app.secondLaunch(['newsline', `file://${SEED_DOCUMENT.split('/').map(encodeURIComponent).join('/')}`], '/');
      await expect.poll(() => headerTitle(page), { timeout: 30_000 }).toBe(SEED_TITLE);
    } finally {
      await app.close();
    }
  });

  it('refuses a file Newsline cannot open with a message naming it, keeping what is open', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      app.secondLaunch(['newsline', join(folder, 'Scan.pdf')], '/');
      const notice = page.getByTestId('notice');
      await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
      expect(await notice.textContent()).toMatch(/Scan\.pdf.*files of type "\.pdf" cannot be opened/);
      expect(await headerTitle(page)).toBe(SEED_TITLE);
    } finally {
      await app.close();
    }
  });

  it('opens a file named on the first launch once the window is up', async () => {
    const app = await launchApp({ argv: ['newsline', join(folder, 'Council minutes.html')] });
    try {
      await expect.poll(() => headerTitle(app.page), { timeout: 30_000 }).toBe('Council approves harbour plan');
    } finally {
      await app.close();
    }
  });
});
