import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harbourDocument } from '../fixtures/merges/harbour';
import { closeBrowser, launchApp } from './launch';

afterAll(() => closeBrowser());

function harbourFile(doc = harbourDocument()): string {
  const file = join(mkdtempSync(join(tmpdir(), 'newsline-merges-')), 'harbour.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** The vertical middle of an element on screen. */
const middle = (box: { y: number; height: number } | null) => (box ? box.y + box.height / 2 : NaN);

// Proposals come from main's worker a moment after the document opens; each test walks several steps.
describe('the same event in several articles', { timeout: 120_000 }, () => {
  it('the review panel proposes the same vote from two articles; accept, keep the range, unmerge and undo', async () => {
    const app = await launchApp({ document: harbourFile(), viewport: { width: 1400, height: 1200 } });
    const { page } = app;
    try {
      const button = page.getByTestId('merge-review-button');
      await expect.poll(() => button.textContent()).toMatch(/^Merges \(\d+\)$/);
      await button.click();
      const panel = page.getByRole('dialog', { name: 'Merge proposals' });
      const vote = panel.getByTestId('merge-proposal').filter({ hasText: 'Councillors voted on 5 March 2023' }).filter({ hasText: 'voted to close the Northgate ferry on 4 March' });
      await expect.poll(() => vote.count()).toBe(1);
      // The undated sentence of the second article is proposed as more evidence for the market opening.
      expect(await panel.getByTestId('merge-proposal').filter({ hasText: 'no date given' }).filter({ hasText: 'is thriving' }).count()).toBe(1);
      await app.screenshot('merge-review-panel');

      await vote.getByTestId('merge-accept').click();
      await expect.poll(() => vote.count()).toBe(0);
      await panel.getByRole('button', { name: 'Close merge proposals' }).click();
      expect(await page.locator('.nl-row-label[data-event-id="b1"]').count()).toBe(0);

      await page.locator('.nl-row-label[data-event-id="a1"]').click();
      const details = page.getByTestId('details');
      expect(await details.getByTestId('quote-stepper').textContent()).toContain('Reported by 2 sources');
      expect(await details.getByTestId('merged-from').textContent()).toContain('Merged from 2 events in 2 articles');
      // Both articles' quotes, and both dates, each with its article.
      expect(await details.locator('.nl-details-quote').allTextContents()).toEqual([
        'The harbour council voted to close the Northgate ferry on 4 March 2023.',
        'Councillors voted on 5 March 2023 to close the Northgate ferry after losses of €2.4 million.',
      ]);
      const conflict = details.getByTestId('date-conflict');
      expect(await conflict.textContent()).toContain('4 Mar 2023 Harbour council closes ferry');
      expect(await conflict.textContent()).toContain('5 Mar 2023 Ferry service ends');
      await app.screenshot('merged-event-details');

      await conflict.getByTestId('keep-range').click();
      await expect.poll(() => details.getByTestId('details-date').textContent()).toBe('4 Mar – 5 Mar 2023');
      expect(await conflict.textContent()).toContain('range over all of them');

      await details.getByTestId('unmerge').click();
      await expect.poll(() => page.locator('.nl-row-label[data-event-id="b1"]').count()).toBe(1);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.locator('.nl-row-label[data-event-id="b1"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => page.locator('.nl-row-label[data-event-id="b1"]').count()).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('the Merges button sits in the controls row, beside the filter, and only while proposals wait', async () => {
    const app = await launchApp({ document: harbourFile(), viewport: { width: 1400, height: 900 } });
    const { page } = app;
    try {
      const button = page.getByTestId('merge-review-button');
      await expect.poll(() => button.textContent()).toMatch(/^Merges \(\d+\)$/);
      // In the row that wraps the toolbar and the search: on the Filter button's line, not a line of its own.
      expect(await button.evaluate((el) => el.parentElement?.classList.contains('nl-controls-row'))).toBe(true);
      expect(Math.abs(middle(await button.boundingBox()) - middle(await page.getByTestId('filter-button').boundingBox()))).toBeLessThan(2);
      const row = page.locator('.nl-controls-row');
      const withButton = (await row.boundingBox())!.height;

      // Answer every proposal: the count goes down to none, and once the panel is closed the button goes.
      await button.click();
      const panel = page.getByRole('dialog', { name: 'Merge proposals' });
      const proposals = panel.getByTestId('merge-proposal');
      while ((await proposals.count()) > 0) {
        const before = await proposals.count();
        await proposals.first().getByTestId('merge-reject').click();
        await expect.poll(() => proposals.count()).toBeLessThan(before);
      }
      expect(await button.textContent()).toBe('Merges (0)');
      await panel.getByRole('button', { name: 'Close merge proposals' }).click();
      await expect.poll(() => button.count()).toBe(0);
      // The row keeps its height: the button never had a line to give back.
      expect((await row.boundingBox())!.height).toBe(withButton);
      // Undo brings a proposal back, and the button with it.
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => button.textContent()).toBe('Merges (1)');
    } finally {
      await app.close();
    }
  });

  it('two articles that report nothing alike show no Merges button at all', async () => {
    const doc = harbourDocument();
    doc.sources = doc.sources.filter((s) => s.id !== 's2');
    doc.events = doc.events.filter((e) => e.evidence[0].sourceId !== 's2');
    const app = await launchApp({ document: harbourFile(doc), viewport: { width: 1400, height: 900 } });
    const { page } = app;
    try {
      await expect.poll(() => page.getByTestId('source-tabs').count()).toBe(1);
      // Proposals are asked for 300 ms after the document settles; give main's answer time to arrive.
      await page.waitForTimeout(2000);
      expect(await page.getByTestId('merge-review-button').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('the details card proposes one by one; a rejected proposal does not come back', async () => {
    const app = await launchApp({ document: harbourFile(), viewport: { width: 1400, height: 900 } });
    const { page } = app;
    try {
      await expect.poll(() => page.getByTestId('merge-review-button').textContent()).toMatch(/\(\d+\)/);
      await page.locator('.nl-row-label[data-event-id="a2"]').click();
      const details = page.getByTestId('details');
      const proposal = details.getByTestId('merge-proposal').filter({ hasText: 'is thriving' });
      await expect.poll(() => proposal.count()).toBe(1);
      await proposal.getByTestId('merge-reject').click();
      await expect.poll(() => proposal.count()).toBe(0);
      // After the document settles, main's fresh proposals leave it out too.
      await page.waitForTimeout(1500);
      expect(await proposal.count()).toBe(0);

      // Accepting the vote from its details card merges it.
      await page.locator('.nl-row-label[data-event-id="b1"]').click();
      const vote = details.getByTestId('merge-proposal').filter({ hasText: 'Northgate ferry on 4 March' });
      await expect.poll(() => vote.count()).toBe(1);
      await vote.getByTestId('merge-accept').click();
      await expect.poll(() => details.getByTestId('merged-from').count()).toBe(1);
      expect(await details.getByTestId('quote-stepper').textContent()).toContain('Reported by 2 sources');
    } finally {
      await app.close();
    }
  });
});
