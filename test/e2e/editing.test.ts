import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../../shared/document';
import { closeBrowser, holdDialogsChunk, launchApp, watchFirstValue } from './launch';

// Editing with the real main handlers: save through the real atomic writer, reopen through the real loader,
// the journal in a real user-data folder.

afterAll(() => closeBrowser());

const rowTitle = (page: Page, id: string) => page.locator(`.nl-row-label[data-event-id="${id}"] .nl-row-title`);
const item = (page: Page, id: string) => page.locator(`.vis-item:has([data-event-id="${id}"])`);
const rowCount = (page: Page) => page.locator('.nl-row-label').count();

/** Selects characters start..end of a paragraph, the way a mouse drag would. */
async function selectText(page: Page, paragraphId: string, phrase: string) {
  await page.evaluate(
    ([id, text]) => {
      const para = document.querySelector(`[data-paragraph-id="${id}"]`)!;
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      const full = para.textContent!;
      const at = full.indexOf(text);
      let seen = 0;
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (seen <= at && at < seen + len) range.setStart(n, at - seen);
        if (seen < at + text.length && at + text.length <= seen + len) range.setEnd(n, at + text.length - seen);
        seen += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [paragraphId, phrase],
  );
}

describe('editing an event, saving, reopening', () => {
  it('edit, save, reopen: the same document, the edit kept, the unsaved mark shown until saved', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-save-'));
    const file = join(dir, 'kabul.newsline');
    const app = await launchApp({ saveAnswers: [file] });
    const { page } = app;
    try {
      expect(await page.title()).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat — Newsline');
      await rowTitle(page, 'fall-of-kabul').click();
      await page.keyboard.press('Enter');
      const form = page.getByTestId('event-form');
      await expect.poll(() => form.count()).toBe(1);
      await form.getByLabel('Title').fill('Kabul falls to the Taliban');
      await form.getByLabel('Precision').selectOption('month');
      await form.getByLabel('Date', { exact: true }).fill('2021-08');
      await form.getByLabel('Year uncertain').check();
      await form.getByLabel('Where the date comes from').selectOption('stated');
      await form.getByLabel('Why (provenance note)').fill('The article says “August 15”; I checked the month only.');
      await form.getByLabel('Note', { exact: true }).fill('Check against Reuters.');
      expect(await form.getByTestId('date-preview').textContent()).toMatch(/Aug 2021/);
      await app.screenshot('edit-form');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => form.count()).toBe(0);

      // At once: the row, the details card, the unsaved mark.
      await expect.poll(() => rowTitle(page, 'fall-of-kabul').textContent()).toBe('Kabul falls to the Taliban');
      expect(await page.getByTestId('details-origin').textContent()).toMatch(/^Edited by you\./);
      await expect.poll(() => page.title()).toBe('• Afghan Taliban no longer Russia’s enemy — Russian diplomat — Newsline');
      await expect.poll(() => app.windowState.edited).toBe(true);
      await app.screenshot('unsaved-mark');

      await page.keyboard.press('Control+s');
      await expect.poll(() => page.title()).toBe('kabul.newsline — Newsline');
      expect(app.windowState.edited).toBe(false);
      const saved = readFileSync(file, 'utf8');
      const doc = JSON.parse(saved);
      expect(validateDocument(doc).ok).toBe(true);
      expect(doc.events.find((e: { id: string }) => e.id === 'fall-of-kabul')).toMatchObject({
        title: 'Kabul falls to the Taliban',
        origin: 'edited',
        note: 'Check against Reuters.',
        date: { start: '2021-08', yearUncertain: true, basis: 'stated' },
      });
    } finally {
      await app.close();
    }

    // Reopen the file: the same timeline; saving it again writes the very same bytes.
    const before = readFileSync(file, 'utf8');
    const again = await launchApp({ document: file, documentIsUserFile: true });
    try {
      await expect.poll(() => rowTitle(again.page, 'fall-of-kabul').textContent()).toBe('Kabul falls to the Taliban');
      expect(await again.page.title()).toBe('kabul.newsline — Newsline');
      await again.page.keyboard.press('Control+s');
      await expect.poll(() => again.windowState.edited).toBe(false);
      await new Promise((r) => setTimeout(r, 300));
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      await again.close();
    }
  });
});

describe('adding, deleting, merging', () => {
  it('adds an event from a text selection: the tagger proposes the date of that sentence, the user confirms', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      const rows = await rowCount(page);
      await page.locator('[data-paragraph-id="p8"]').scrollIntoViewIfNeeded();
      await selectText(page, 'p8', 'After the Biden administration announced the end of its US military operation in Afghanistan');
      // A right-click on the selected words offers it.
      const box = await page.evaluate(() => {
        const r = window.getSelection()!.getRangeAt(0).getClientRects()[0];
        return { x: r.left + 10, y: r.top + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y, { button: 'right' });
      await expect.poll(() => page.getByRole('menuitem', { name: 'Add event from selection' }).count()).toBe(1);
      await app.screenshot('add-from-selection-menu');
      await page.getByRole('menuitem', { name: 'Add event from selection' }).click();
      const form = page.getByTestId('event-form');
      await expect.poll(() => form.count()).toBe(1);
      expect(await form.locator('h2').textContent()).toBe('Add an event');
      expect(await form.locator('.nl-evidence-list').textContent()).toContain('After the Biden administration announced');
      expect(await form.getByLabel('Title').inputValue()).not.toBe('');
      await form.getByLabel('Title').fill('Withdrawal announced');
      await form.getByLabel('Precision').selectOption('day');
      await form.getByLabel('Date', { exact: true }).fill('2021-04-14');
      await form.getByLabel('When').selectOption('');
      await form.getByLabel('Year uncertain').uncheck();
      await form.getByLabel('Where the date comes from').selectOption('record');
      await app.screenshot('add-from-selection-form');
      await form.getByRole('button', { name: 'Add event' }).click();
      await expect.poll(() => rowCount(page)).toBe(rows + 1);
      expect(await page.getByTestId('details-origin').textContent()).toBe('Added by you.');
      expect(await page.getByTestId('details-date').textContent()).toBe('14 Apr 2021');
      // Its words are marked in the article, as evidence.
      const focused = await page.locator('mark.nl-evidence--focused').allTextContents();
      expect(focused.join('')).toContain('After the Biden administration announced');
      await app.screenshot('add-from-selection-added');
    } finally {
      await app.close();
    }
  });

  it('the toolbar button adds from the selection as well', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      const add = page.getByRole('button', { name: 'Add event from the selected text' });
      expect(await add.isDisabled()).toBe(true);
      await selectText(page, 'p7', 'We have allowed a Taliban mission operate in Russia');
      await expect.poll(() => add.isDisabled()).toBe(false);
      await add.click();
      await expect.poll(() => page.getByTestId('event-form').count()).toBe(1);
      expect(await page.getByTestId('proposal-hint').textContent()).toMatch(/date/);
    } finally {
      await app.close();
    }
  });

  it('delete, then undo brings it back; redo deletes it again', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      const rows = await rowCount(page);
      await rowTitle(page, 'ghani-flees').click();
      await page.keyboard.press('Delete');
      await expect.poll(() => rowCount(page)).toBe(rows - 1);
      expect(await rowTitle(page, 'ghani-flees').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => rowTitle(page, 'ghani-flees').count()).toBe(1);
      expect(await page.title()).not.toMatch(/^•/);
      await page.keyboard.press('Control+y');
      await expect.poll(() => rowTitle(page, 'ghani-flees').count()).toBe(0);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => rowCount(page)).toBe(rows - 1);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => rowCount(page)).toBe(rows);
    } finally {
      await app.close();
    }
  });

  it('merges two events selected with Ctrl-click: one event, the evidence of both', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      const rows = await rowCount(page);
      await item(page, 'fall-of-kabul').click();
      await item(page, 'ghani-flees').click({ modifiers: ['Control'] });
      const merge = page.getByRole('button', { name: 'Merge 2 events' });
      await expect.poll(() => merge.count()).toBe(1);
      await merge.click();
      await expect.poll(() => rowCount(page)).toBe(rows - 1);
      expect(await page.locator('.nl-details-quote').count()).toBe(2);
      expect(await page.locator('.nl-details-quote').allTextContents()).toEqual([
        expect.stringContaining('Taliban fighters swept into Kabul'),
        expect.stringContaining('Ashraf Ghani said he had stepped down'),
      ]);
      await page.keyboard.press('Control+z');
      await expect.poll(() => rowCount(page)).toBe(rows);
    } finally {
      await app.close();
    }
  });
});

describe('never losing work', () => {
  it('the event form opens with the event’s title in its field, even when the form’s code comes in late, so typing replaces it', { timeout: 90_000 }, async () => {
    // The form mounts on its own when its chunk comes in, not in the keypress's render: that is when a field
    // filled in after the first paint let typing land before the title.
    const chunk = holdDialogsChunk();
    const app = await launchApp({ beforeLoad: chunk.beforeLoad });
    const { page } = app;
    try {
      const original = await rowTitle(page, 'soviet-war').textContent();
      expect(original).toBeTruthy();
      const firstTitle = await watchFirstValue(page, '[data-testid="event-form"] input');
      await rowTitle(page, 'soviet-war').click();
      await page.keyboard.press('Enter');
      chunk.release();
      const form = page.getByTestId('event-form');
      await expect.poll(() => form.count()).toBe(1);
      expect(await firstTitle()).toBe(original);
      await form.getByLabel('Title').fill('The Soviet war in Afghanistan');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => rowTitle(page, 'soviet-war').textContent()).toBe('The Soviet war in Afghanistan');
    } finally {
      chunk.release();
      await app.close();
    }
  });

  it('closing with unsaved changes asks Save / Don’t Save / Cancel', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      // Nothing unsaved: closes without a question.
      await app.emit('window:close-requested', {});
      await expect.poll(() => app.windowState.closeRequests).toBe(1);
      await rowTitle(page, 'soviet-war').click();
      await page.keyboard.press('Delete');
      await expect.poll(() => app.windowState.edited).toBe(true);
      await app.emit('window:close-requested', {});
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.count()).toBe(1);
      expect(await dialog.textContent()).toMatch(/Save changes to “Afghan Taliban/);
      await app.screenshot('unsaved-changes-prompt');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      expect(app.windowState.closeRequests).toBe(1);
      await app.emit('window:close-requested', {});
      await page.getByRole('alertdialog').getByRole('button', { name: 'Don’t Save' }).click();
      await expect.poll(() => app.windowState.closeRequests).toBe(2);
    } finally {
      await app.close();
    }
  });

  it('opening another file with unsaved changes asks first; Cancel keeps the work', { timeout: 90_000 }, async () => {
    const app = await launchApp({ dialogAnswers: [join(import.meta.dirname, '../fixtures/open/no-date.txt')] });
    const { page } = app;
    try {
      await rowTitle(page, 'soviet-war').click();
      await page.keyboard.press('Delete');
      await app.sendMenuCommand('open-file');
      const dialog = page.getByRole('alertdialog');
      await expect.poll(() => dialog.count()).toBe(1);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await rowTitle(page, 'soviet-war').count()).toBe(0);
      expect(await page.title()).toMatch(/^• /);
    } finally {
      await app.close();
    }
  });

  it('restores unsaved work after the page crashes: the journal is written within a second', { timeout: 90_000 }, async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'newsline-crash-'));
    const journal = join(userDataDir, 'unsaved-work.json');
    const app = await launchApp({ userDataDir });
    try {
      await rowTitle(page0(app), 'taliban-vs-us').click();
      await app.page.keyboard.press('Enter');
      await app.page.getByTestId('event-form').getByLabel('Title').fill('Taliban insurgency against US forces');
      await app.page.getByTestId('event-form').getByRole('button', { name: 'Save changes' }).click();
      const edited = Date.now();
      await expect.poll(() => existsSync(journal), { timeout: 1000, interval: 50 }).toBe(true);
      expect(Date.now() - edited).toBeLessThan(1000);
      expect(readFileSync(journal, 'utf8')).toContain('Taliban insurgency against US forces');
      // Kill the page's process: no unload handlers, no goodbye.
      const cdp = await app.page.context().newCDPSession(app.page);
      const crashed = new Promise((resolve) => app.page.once('crash', resolve));
      // Page.crash never answers: the process it would answer from is gone.
      void cdp.send('Page.crash').catch(() => {});
      await crashed;
    } finally {
      await app.close();
    }

    const next = await launchApp({ userDataDir });
    try {
      const banner = next.page.getByTestId('recovery');
      await expect.poll(() => banner.count()).toBe(1);
      expect(await banner.textContent()).toMatch(/closed before your changes/);
      await next.screenshot('restore-after-crash');
      await banner.getByRole('button', { name: 'Restore' }).click();
      await expect.poll(() => rowTitle(next.page, 'taliban-vs-us').textContent()).toBe('Taliban insurgency against US forces');
      await expect.poll(() => next.page.title()).toMatch(/^• /);
    } finally {
      await next.close();
    }
  });
});

function page0(app: { page: Page }) {
  return app.page;
}
