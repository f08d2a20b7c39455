import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NewslineDocument } from '../../shared/document';
import { closeBrowser, launchApp, REPO, SEED_DOCUMENT } from './launch';

const fixture = (name: string) => join(REPO, 'test/fixtures/open', name);
const SEED_TITLE = 'Afghan Taliban no longer Russia’s enemy — Russian diplomat';

afterAll(() => closeBrowser());

const tabs = (page: Page) => page.getByRole('tablist', { name: 'Articles in this timeline' }).getByRole('tab');
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"] .nl-source-tab-title').textContent();

/** Drops files on the window as a file manager does, with Shift held or not. */
async function dropFiles(page: Page, files: Array<[string, string]>, shiftKey: boolean) {
  await page.evaluate(
    ([list, shift]) => {
      const data = new DataTransfer();
      for (const [n, c] of list as Array<[string, string]>) data.items.add(new File([c], n, { type: 'text/plain' }));
      const target = document.querySelector('.nl-app')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, shiftKey: shift as boolean }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, shiftKey: shift as boolean }));
    },
    [files, shiftKey] as const,
  );
}

// Each test imports real files on the worker and walks through several steps in one page: more than the
// default 30 s when the two cores are shared with other jobs.
describe('several articles in one timeline', { timeout: 120_000 }, () => {
  it('adds an article from File ▸ Add to This Timeline…, switches sources, removes one and takes that back', async () => {
    // Tall enough that the seed's 8 events and the added article's 5 keep a row each (the row titles are clicked
    // below); in a shorter pane 13 events share lanes.
    const app = await launchApp({ dialogAnswers: [fixture('scripted.html')], viewport: { width: 1280, height: 1100 } });
    const { page } = app;
    try {
      const before = await page.locator('.nl-row-label').count();
      await app.sendMenuCommand('add-file');
      await expect.poll(() => tabs(page).count()).toBe(2);
      // The new article is shown, with its own publication date; the timeline keeps the first article's title.
      expect(await selectedTab(page)).toBe('Council approves new tram line');
      expect(await page.locator('.nl-article-meta').textContent()).toContain('Published 10 March 2022');
      expect(await page.locator('.nl-header-title').textContent()).toBe(SEED_TITLE);
      const after = await page.locator('.nl-row-label').count();
      expect(after).toBeGreaterThan(before);

      // Clicking one of the first article's events opens that article at its sentence.
      await page.locator('.nl-row-label[data-event-id="fall-of-kabul"]').click();
      await expect.poll(() => selectedTab(page)).toBe(SEED_TITLE);
      await expect.poll(() => page.locator('[data-paragraph-id="p8"][aria-current="true"]').count()).toBe(1);
      // And the tabs switch the article by hand.
      await tabs(page).nth(1).click();
      expect(await page.locator('.nl-article').textContent()).toContain('The city council approved the new tram line');
      await app.screenshot('two-sources');

      await page.getByRole('button', { name: /^Remove “Council approves new tram line”/ }).click();
      await expect.poll(() => tabs(page).count()).toBe(0);
      expect(await page.locator('.nl-row-label').count()).toBe(before);
      expect(await page.getByRole('status').filter({ hasText: 'Removed “Council approves new tram line”' }).count()).toBe(1);
      // The strip's own Undo (the toolbar's Undo, the edit history, would do the same).
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => tabs(page).count()).toBe(2);
      expect(await page.locator('.nl-row-label').count()).toBe(after);
    } finally {
      await app.close();
    }
  });

  it('a drop with Shift held adds the files; a plain drop opens one instead', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      await dropFiles(page, [['bridge.txt', 'Bridge reopens\n\nPublished March 4, 2023. The bridge closed on March 1, 2023 and reopened on March 3, 2023.'], ['ferry.txt', 'Ferry resumes\n\nThe ferry resumed service on June 2, 2022.']], true);
      await expect.poll(() => tabs(page).count()).toBe(3);
      expect(await page.locator('.nl-header-title').textContent()).toBe(SEED_TITLE);
      // The last one added gave no publication date: it is shown, and the question names it.
      expect(await selectedTab(page)).toBe('Ferry resumes');
      expect(await page.getByTestId('published-dialog').textContent()).toContain('Ferry resumes');
      await page.getByRole('button', { name: 'Unknown' }).click();
      await dropFiles(page, [['plain.txt', 'Plain open\n\nThe plant opened on May 5, 2020.']], false);
      // The added articles are unsaved work: opening another file asks first.
      await page.getByRole('button', { name: 'Don’t Save' }).click();
      await expect.poll(() => page.locator('.nl-header-title').textContent()).toBe('Plain open');
      expect(await tabs(page).count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('an event several sources report says so and steps through its quotes, opening each article', async () => {
    const seed: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
    const second = { id: 's2', title: 'Kabul falls', published: '2021-08-16', paragraphs: [{ id: 'p1', role: 'body' as const, text: 'Taliban fighters entered Kabul on Sunday as the president left the country.' }] };
    const doc: NewslineDocument = {
      ...seed,
      sources: [...seed.sources, second],
      events: seed.events.map((e) => (e.id === 'fall-of-kabul' ? { ...e, evidence: [...e.evidence, { sourceId: 's2', paragraphId: 'p1', start: 0, end: 40 }] } : e)),
    };
    const dir = mkdtempSync(join(tmpdir(), 'newsline-two-'));
    writeFileSync(join(dir, 'document.json'), JSON.stringify(doc));
    const app = await launchApp({ document: join(dir, 'document.json') });
    const { page } = app;
    try {
      await page.locator('.nl-row-label[data-event-id="fall-of-kabul"]').click();
      const stepper = page.getByTestId('quote-stepper');
      await expect.poll(() => stepper.textContent()).toMatch(/Reported by 2 sources.*Quote 1 of 2/);
      expect(await page.getByTestId('details').locator('blockquote').count()).toBe(2);
      await stepper.getByRole('button', { name: 'Next quote' }).click();
      await expect.poll(() => selectedTab(page)).toBe('Kabul falls');
      expect(await stepper.textContent()).toMatch(/Quote 2 of 2 · Kabul falls/);
      expect(await page.locator('mark.nl-evidence--focused').textContent()).toBe('Taliban fighters entered Kabul on Sunday');
      await app.screenshot('event-two-sources-quotes');
      await stepper.getByRole('button', { name: 'Next quote' }).click();
      await expect.poll(() => selectedTab(page)).toBe(SEED_TITLE);
    } finally {
      await app.close();
    }
  });
});
