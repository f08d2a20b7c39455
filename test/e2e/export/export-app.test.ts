import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchApp, SCREENSHOT_DIR } from '../launch';
import { decodePng } from './png';

afterAll(() => closeBrowser());

// Exporting from the running app: the toolbar menu and the menu commands, through the real main handlers
// (the save dialog answered by the harness), and the renderer's own picture of the timeline view.

const out = mkdtempSync(join(tmpdir(), 'newsline-export-app-'));
/** A written file's size, 0 until it exists: a file can exist before its bytes are in. */
const written = (file: string) => (existsSync(file) ? readFileSync(file).length : 0);

/** Main answers only once the file is written; the page then says so. */
async function saved(page: import('playwright-core').Page, file: string) {
  const name = file.split('/').pop()!;
  await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(new RegExp(`as ${name.replace(/[.@]/g, '\\$&')}`));
}

async function chooseFromToolbar(page: import('playwright-core').Page, label: string) {
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

describe('exporting from the app', { timeout: 90_000 }, () => {
  it('PNG at 1x and 2x: the right size, and drawn where the items are', async () => {
    const files = [join(out, 'view.png'), join(out, 'view@2x.png'), join(out, 'view.svg')];
    const app = await launchApp({ saveAnswers: [...files] });
    const { page } = app;
    try {
      const box = (await page.locator('#nl-timeline .vis-timeline').boundingBox())!;
      const items = await page.locator('.vis-item:not(.vis-dot)').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      await chooseFromToolbar(page, 'Image (PNG)…');
      await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/Saved the PNG image as view\.png/);
      await chooseFromToolbar(page, 'Image (PNG, 2×)…');
      await saved(page, files[1]);
      await app.sendMenuCommand('export-svg');
      await saved(page, files[2]);

      for (const [file, scale] of [[files[0], 1], [files[1], 2]] as const) {
        const png = decodePng(readFileSync(file));
        expect(png.width).toBe(Math.round(box.width) * scale);
        expect(png.height).toBe(Math.round(box.height) * scale);
        // Inside every item's box there are pixels that are not the background: the item is drawn.
        for (const item of items) {
          let ink = 0;
          for (let y = Math.floor(item.y - box.y); y < item.y - box.y + item.height; y += 2) {
            for (let x = Math.floor(item.x - box.x); x < item.x - box.x + item.width; x += 2) {
              const [r, g, b] = png.pixel(Math.min(png.width - 1, Math.max(0, Math.round(x * scale))), Math.min(png.height - 1, Math.max(0, Math.round(y * scale))));
              if (r < 235 || g < 235 || b < 235) ink++;
            }
          }
          expect(ink, `item at ${item.x},${item.y}`).toBeGreaterThan(0);
        }
      }
      const svg = readFileSync(files[2], 'utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
      expect(svg).toMatch(/>Taliban fighters enter Kabul( and take the capital)?<\/text>/);
      expect(svg).toContain('>1979–1989</text>');
      // The SVG is well-formed XML with an <svg> root, as Chromium's own parser reads it.
      const parsed = await page.evaluate((text) => {
        const d = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { root: d.documentElement.nodeName, errors: d.getElementsByTagName('parsererror').length, texts: d.getElementsByTagName('text').length };
      }, svg);
      expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
      expect(parsed.texts).toBeGreaterThan(20);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(join(SCREENSHOT_DIR, 'export-view@2x.png'), readFileSync(files[1]));
    } finally {
      await app.close();
    }
  });

  it('file exports from the menu and the toolbar; Cancel writes nothing', async () => {
    const csv = join(out, 'events.csv');
    const html = join(out, 'page.html');
    const tl = join(out, 'timeline.json');
    const app = await launchApp({ saveAnswers: [csv, null, html, tl] });
    const { page } = app;
    try {
      await app.sendMenuCommand('export-csv');
      await saved(page, csv);
      expect((parse(readFileSync(csv, 'utf8'), { bom: true }) as string[][]).length).toBe(9);
      // The user cancels the save dialog: nothing is written and nothing is said.
      await chooseFromToolbar(page, 'Markdown event list…');
      await page.waitForTimeout(300);
      expect(written(join(out, 'events.md'))).toBe(0);
      await chooseFromToolbar(page, 'Standalone web page (HTML)…');
      await saved(page, html);
      expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
      await app.sendMenuCommand('export-timelinejs');
      await saved(page, tl);
      expect(JSON.parse(readFileSync(tl, 'utf8')).events).toHaveLength(8);
      // In the browser harness there is no printToPDF: it says so instead of failing silently.
      await app.sendMenuCommand('export-pdf');
      await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/Saving as PDF needs the desktop app/);
    } finally {
      await app.close();
    }
  });

  it('copies the event list as Markdown to the clipboard', async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await chooseFromToolbar(page, 'Copy event list as Markdown');
      await expect.poll(() => page.getByTestId('export-status').textContent()).toMatch(/Copied 8 events as Markdown/);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toMatch(/^# Afghan Taliban/);
      expect(text).toContain('- **15 Aug 2021**: Taliban fighters enter Kabul and take the capital\n  > “On August 15, Taliban fighters swept into Kabul');
    } finally {
      await app.close();
    }
  });

  it('refits for printing at once, not animated, so a printout cannot catch the view half-way', async () => {
    const app = await launchApp({ viewport: { width: 1400, height: 900 } });
    const { page } = app;
    try {
      /** The drawing as it is this instant: axis labels with their places, and how many items are wholly in view. */
      const drawing = () => {
        const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        const axis = [...document.querySelectorAll('.vis-time-axis.vis-foreground .vis-text')].map((e) => `${e.textContent}@${Math.round(e.getBoundingClientRect().left)}`).join('|');
        const inView = [...document.querySelectorAll('.vis-item:not(.vis-dot)')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.height > 0 && r.left >= panel.left - 1 && r.right <= panel.right + 1;
        }).length;
        return { axis, inView };
      };
      const fitted = await page.evaluate(drawing);
      for (let i = 0; i < 4; i++) await app.sendMenuCommand('zoom-in');
      // The menu's commands arrive as messages: wait for the zoom to start, then for its animation to end.
      await expect.poll(async () => (await page.evaluate(drawing)).axis !== fitted.axis).toBe(true);
      // Settled: the same drawing a good while apart (longer than a zoom's animation), with the zoom well under way.
      let zoomed = await page.evaluate(drawing);
      await expect
        .poll(
          async () => {
            const before = await page.evaluate(drawing);
            await page.waitForTimeout(300);
            zoomed = await page.evaluate(drawing);
            return before.axis === zoomed.axis && zoomed.inView < 8;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      // beforeprint, then the drawing read in the same task: no animation frame can run in between.
      const atOnce = await page.evaluate((draw) => {
        window.dispatchEvent(new Event('beforeprint'));
        return (0, eval)(`(${draw})`)();
      }, drawing.toString());
      expect(atOnce.inView).toBe(8);
      await page.waitForTimeout(800);
      // Nothing moved afterwards: what was printed is where the view ends up.
      expect(await page.evaluate(drawing)).toEqual(atOnce);
    } finally {
      await app.close();
    }
  });

  it('prints the timeline, then the event list with dates, sources and quotes (PDF, page 1 looked at)', async () => {
    const app = await launchApp({ viewport: { width: 1400, height: 900 } });
    const { page } = app;
    try {
      // The printable width of A4 landscape with 12 mm margins (273 mm at 96 dpi), so the print layout is the paper's.
      await page.setViewportSize({ width: 1030, height: 740 });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.nl-toolbar').isVisible()).toBe(false);
      expect(await page.locator('#nl-print-list').isVisible()).toBe(true);
      // The timeline comes first, with room for its rows, and every item in it on the page.
      const timeline = (await page.locator('#nl-timeline').boundingBox())!;
      expect(timeline.height).toBeGreaterThan(400);
      await expect
        .poll(() =>
          page.locator('.vis-item:not(.vis-dot)').evaluateAll((els) => {
            const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
            return els.filter((e) => {
              const r = e.getBoundingClientRect();
              return r.height > 0 && r.left >= panel.left - 1 && r.right <= panel.right + 1;
            }).length;
          }),
        )
        .toBe(8);
      expect(await page.locator('.nl-print-event').count()).toBe(8);
      const kabul = page.locator('.nl-print-event', { hasText: 'Taliban fighters enter Kabul' });
      expect(await kabul.locator('.nl-print-date').textContent()).toBe('15 Aug 2021');
      expect(await kabul.locator('.nl-print-quote').textContent()).toMatch(/^“On August 15, Taliban fighters swept into Kabul/);
      expect(await kabul.locator('.nl-print-from').textContent()).toBe('— Afghan Taliban no longer Russia’s enemy — Russian diplomat, TASS, 15 May 2024');
      const pdf = join(out, 'print.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      let pdftoppm = '/usr/bin/pdftoppm';
      if (!existsSync(pdftoppm)) pdftoppm = 'pdftoppm';
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const prefix = join(SCREENSHOT_DIR, 'export-print');
      try {
        execFileSync(pdftoppm, ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, prefix]);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' && process.env.NEWSLINE_REQUIRE_POPPLER !== '1') {
          console.warn('skipped converting the PDF to PNG: pdftoppm (poppler-utils) is not installed');
          return;
        }
        throw err;
      }
      const page1 = decodePng(readFileSync(`${prefix}-1.png`));
      expect(page1.width).toBeGreaterThan(page1.height);
      let ink = 0;
      for (let y = 0; y < page1.height; y += 3) for (let x = 0; x < page1.width; x += 3) if (page1.pixel(x, y)[0] < 200) ink++;
      expect(ink).toBeGreaterThan(200);
    } finally {
      await app.close();
    }
  });
});
