import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, holdDialogsChunk, launchApp, REPO, watchFirstValue } from './launch';

const fixture = (name: string) => join(REPO, 'test/fixtures/open', name);

afterAll(() => closeBrowser());

describe('publication date read from the text', () => {
  it('takes it from the release-date line, and the date dialog says where it came from and offers it again', async () => {
    const app = await launchApp({ dialogAnswers: [fixture('release-date.txt')] });
    const { page } = app;
    try {
      await page.getByRole('button', { name: 'Open an article' }).click();
      await expect.poll(() => page.locator('.nl-article-meta').textContent()).toContain('Published 3 March 2012');

      await page.getByRole('button', { name: 'Change date' }).click();
      const dialog = page.getByRole('dialog', { name: 'When was this article published?' });
      expect(await page.getByLabel('Publication date').inputValue()).toBe('2012-03-03');
      expect(await dialog.getByTestId('published-found').textContent()).toBe('This is the date given in the release-date line (“Release Date: March 3, 2012”).');
      await dialog.getByRole('button', { name: 'Unknown' }).click();
      await expect.poll(() => page.locator('.nl-article-meta').textContent()).toContain('Publication date unknown');

      // Asked again with no date set, the dialog starts from the text's own date instead of an empty field.
      await page.getByRole('button', { name: 'Set the publication date' }).click();
      expect(await page.getByLabel('Publication date').inputValue()).toBe('2012-03-03');
      expect(await dialog.getByTestId('published-found').textContent()).toMatch(/^Filled in from the release-date line/);
      await app.screenshot('publication-date-found');
      await dialog.getByRole('button', { name: 'Use this date' }).click();
      await expect.poll(() => page.locator('.nl-article-meta').textContent()).toContain('Published 3 March 2012');
    } finally {
      await app.close();
    }
  });

  it('opens with the date already in its field, even when the dialog’s code comes in late', async () => {
    const chunk = holdDialogsChunk();
    const app = await launchApp({ beforeLoad: chunk.beforeLoad });
    const { page } = app;
    try {
      const firstValue = await watchFirstValue(page, '[data-testid="published-dialog"] input');
      await page.getByRole('button', { name: 'Change date' }).click();
      chunk.release();
      await expect.poll(() => page.getByTestId('published-dialog').count()).toBe(1);
      // The seed article's own date, from its first frame on.
      expect(await firstValue()).toBe('2024-05-15');
    } finally {
      chunk.release();
      await app.close();
    }
  });
});
