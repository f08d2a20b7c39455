import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventInterval } from '../../shared/dates';
import { generateDocument } from '../fixtures/generate-document';
import { closeBrowser, launchApp, settledWindow, type LaunchedApp } from './launch';

// Many events: shared lanes, clusters, the event list, a selection that follows, and accessibility.

const dir = mkdtempSync(join(tmpdir(), 'newsline-overview-'));
function documentWith(count: number): string {
  const file = join(dir, `doc-${count}.json`);
  writeFileSync(file, JSON.stringify(generateDocument(count)));
  return file;
}

/** An element's box once two readings 150 ms apart agree (the article may still be scrolling to a selection). */
async function steadyBox(el: Locator) {
  let last = await el.boundingBox();
  for (let i = 0; i < 40; i++) {
    await el.page().waitForTimeout(150);
    const now = await el.boundingBox();
    if (now && last && now.x === last.x && now.y === last.y && now.width === last.width && now.height === last.height) return now;
    last = now;
  }
  throw new Error('the element never stopped moving');
}

/** Serious and critical axe findings, as readable lines. */
async function axeProblems(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself; the default opens a second page for the report, which the
  // harness's bridged context does not need.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Boxes of the drawn labels in the visible part of the timeline, for overlap checks. */
async function labelBoxes(page: Page) {
  return page.locator('.vis-panel.vis-center').evaluate((center) => {
    const c = center.getBoundingClientRect();
    return [...center.querySelectorAll<HTMLElement>('.nl-lane-item, .nl-cluster-label')]
      .map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
      .filter((b) => b.width > 0 && b.right > c.left && b.left < c.right && b.bottom > c.top && b.top < c.bottom);
  });
}

/**
 * Labels on the time axis and beside points that run past the timeline's panel: the text shown cut off.
 * An axis date hidden because it would be cut (nl-axis-clipped) is not shown, so it does not count.
 */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.locator('.vis-panel.vis-center').evaluate((center) => {
    const c = center.getBoundingClientRect();
    const root = center.closest('.vis-timeline')!;
    const shown = [...root.querySelectorAll<HTMLElement>('.vis-item.vis-point .vis-item-content, .vis-time-axis .vis-text')].filter(
      (e) => getComputedStyle(e).visibility !== 'hidden' && !e.closest('.nl-clipped') && e.getBoundingClientRect().width > 0,
    );
    // vis-timeline gives an axis label the width of its whole step: what can be cut is its text.
    const text = document.createRange();
    const extent = (e: HTMLElement) => {
      if (!e.matches('.vis-time-axis .vis-text')) return e.getBoundingClientRect();
      text.selectNodeContents(e);
      return text.getBoundingClientRect();
    };
    return shown
      .filter((e) => {
        const b = extent(e);
        // Cut at either side; or squeezed, where only an ellipsis may end the text, never a hard cut.
        const cut = b.right > c.right + 1 || b.left < c.left - 1;
        const hardCut = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).textOverflow !== 'ellipsis';
        return cut || hardCut;
      })
      .map((e) => `${e.textContent} (${Math.round(extent(e).left)}–${Math.round(extent(e).right)}, panel ${Math.round(c.left)}–${Math.round(c.right)})`);
  });
}

/**
 * Clusters whose label is cut short with an ellipsis although, whole and ending at the panel's right edge,
 * it would cover no other label: a cluster at the edge moves left rather than lose its count or dates.
 */
async function needlesslyCutClusters(page: Page): Promise<string[]> {
  return page.locator('.vis-panel.vis-center').evaluate((center) => {
    const c = center.getBoundingClientRect();
    const labels = [...center.querySelectorAll<HTMLElement>('.vis-item.vis-point .vis-item-content')];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    return labels
      .filter((l) => l.closest('.nl-cluster') && l.scrollWidth > l.clientWidth + 1)
      .filter((l) => {
        const b = boxes[labels.indexOf(l)];
        const whole = new DOMRect(c.right - 1 - l.scrollWidth, b.top, l.scrollWidth, b.height);
        return whole.left >= c.left && !boxes.some((o, i) => labels[i] !== l && o.left < whole.right && whole.left < o.right && o.top < whole.bottom && whole.top < o.bottom);
      })
      .map((l) => l.textContent ?? '');
  });
}

/**
 * Clusters whose label is cut at all ("746 events 2020–20…"): one at the edge that cannot move far enough
 * must drop its dates and say only its count, whole, with its dates still in its tooltip and its name.
 */
async function cutClusters(page: Page): Promise<{ cut: string[]; compact: Array<{ text: string; title: string; name: string }> }> {
  return page.locator('.vis-panel.vis-center').evaluate((center) => {
    const labels = [...center.querySelectorAll<HTMLElement>('.vis-item.nl-cluster .vis-item-content')].filter((l) => l.getBoundingClientRect().width > 0);
    const cut = labels.filter((l) => l.scrollWidth > l.clientWidth + 1 || getComputedStyle(l).textOverflow === 'ellipsis').map((l) => l.textContent ?? '');
    const compact = labels
      .filter((l) => l.classList.contains('nl-compact'))
      .map((l) => {
        const label = l.querySelector<HTMLElement>('.nl-cluster-label')!;
        return { text: label.innerText, title: label.title, name: label.getAttribute('aria-label') ?? '' };
      });
    return { cut, compact };
  });
}

/** Whether the window as a whole has scrolled or could: the header must stay at the top. */
async function windowScroll(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return {
      scrolled: root.scrollTop + window.scrollY,
      overflow: Math.max(0, root.scrollHeight - root.clientHeight),
      headerTop: Math.round(document.querySelector('.nl-header')!.getBoundingClientRect().top),
    };
  });
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

afterAll(() => closeBrowser());

describe('a thousand events', () => {
  const doc = generateDocument(1000);
  let app: LaunchedApp;
  let page: Page;
  beforeAll(async () => {
    app = await launchApp({ document: documentWith(1000) });
    page = app.page;
  });
  afterAll(() => app?.close());

  it('shares lanes by source, folds dense stretches into clusters with count and dates, and never overlaps labels', async () => {
    expect(await page.locator('[data-testid="timeline"]').getAttribute('data-layout')).toBe('lanes');
    // One lane per source, not a row per event.
    expect(await page.locator('.vis-labelset .vis-label').count()).toBe(1);
    const clusters = await page.locator('.nl-cluster-label').allTextContents();
    expect(clusters.length).toBeGreaterThan(1);
    for (const c of clusters) expect(c).toMatch(/^\d+ events(\d{4}–\d{4}|[A-Z][a-z]{2}.* \d{4}|\d{4})$/);
    // Only what the view needs is drawn.
    expect(await page.locator('.vis-item').count()).toBeLessThan(300);
    const boxes = await labelBoxes(page);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `labels ${i} and ${j}`).toBe(false);
  });

  it('Fit all frames the events, not decades past them', async () => {
    await page.getByRole('button', { name: 'Fit all events' }).click();
    const w = await settledWindow(page);
    const spans = doc.events.map((e) => eventInterval(e.date));
    const first = Math.min(...spans.map((s) => s.start));
    const last = Math.max(...spans.map((s) => s.end));
    expect(w.start).toBeLessThanOrEqual(first);
    expect(w.end).toBeGreaterThanOrEqual(last);
    expect(w.end - last).toBeLessThan((last - first) * 0.25);
  });

  it('zooming in opens the clusters into events', async () => {
    const before = await page.locator('.nl-lane-item').count();
    await page.locator('.nl-cluster-label').first().click();
    await settledWindow(page);
    await expect.poll(() => page.locator('.nl-lane-item').count()).toBeGreaterThan(before);
    const boxes = await labelBoxes(page);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
    await page.getByRole('button', { name: 'Fit all events' }).click();
    await settledWindow(page);
  });

  it('the event list is virtualized, sortable, and selecting in it selects on the timeline, in view', async () => {
    const list = page.getByRole('listbox', { name: /^Events, 1000/ });
    expect(await list.getByRole('option').count()).toBeLessThan(60);
    await page.getByRole('button', { name: /^Sort by title/ }).click();
    const titles = await list.getByRole('option').evaluateAll((els) => els.slice(0, 5).map((e) => e.querySelector('.nl-list-col--title')!.textContent!));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    await page.getByRole('button', { name: /^Sort by date/ }).click();
    await list.getByRole('option').nth(3).click();
    const id = await list.getByRole('option').nth(3).getAttribute('data-event-id');
    await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe(doc.events.find((e) => e.id === id)!.title);
    // The item is drawn on its own (never inside a cluster), selected, and on screen.
    const item = page.locator(`.vis-item.vis-selected:has([data-event-id="${id}"])`);
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => onScreen(page, `.vis-item.vis-selected:has([data-event-id="${id}"])`)).toBe(true);
    // The keyboard moves through the list, and the timeline follows.
    await list.focus();
    await page.keyboard.press('ArrowDown');
    const next = await page.locator('.nl-list-row--focused').getAttribute('data-event-id');
    expect(next).not.toBe(id);
    await expect.poll(() => onScreen(page, `.vis-item.vis-selected:has([data-event-id="${next}"])`)).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('[data-testid="announcer"]').textContent()).toMatch(/^Selected: .*Event \d+ of 1000/);
  });

  it('a paragraph click brings its event’s list entry and item into view', async () => {
    await page.keyboard.press('Escape');
    // The article draws only the paragraphs near its view: back to the top, as a reader would scroll.
    await page.locator('.nl-article-scroll').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.locator('[data-paragraph-id="p2"]').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.locator('.nl-list-row--focused').count()).toBe(1);
    const id = await page.locator('.nl-list-row--focused').getAttribute('data-event-id');
    const inList = await page.locator('.nl-list-row--focused').evaluate((row) => {
      const s = row.closest('.nl-list-scroll')!.getBoundingClientRect();
      const b = row.getBoundingClientRect();
      return b.top >= s.top - 1 && b.bottom <= s.bottom + 1;
    });
    expect(inList).toBe(true);
    await expect.poll(() => onScreen(page, `.vis-item.vis-selected:has([data-event-id="${id}"])`)).toBe(true);
  });

  it('+ zooms about the selection, and → keeps the selected item on screen at any zoom', async () => {
    await page.locator('.nl-list-scroll').focus();
    await page.keyboard.press('Home');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    await settledWindow(page);
    const id = await page.locator('.nl-list-row--focused').getAttribute('data-event-id');
    expect(await onScreen(page, `.vis-item.vis-selected:has([data-event-id="${id}"])`)).toBe(true);
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      await settledWindow(page);
      const now = await page.locator('.nl-list-row--focused').getAttribute('data-event-id');
      expect(await onScreen(page, `.vis-item.vis-selected:has([data-event-id="${now}"])`), now!).toBe(true);
    }
  });

  it('has no serious or critical accessibility problems: list view, a selection', { timeout: 90_000 }, async () => {
    expect(await axeProblems(page)).toEqual([]);
  });
});

async function onScreen(page: Page, selector: string): Promise<boolean> {
  const el = page.locator(selector);
  if ((await el.count()) !== 1) return false;
  return el.evaluate((node) => {
    const c = node.closest('.vis-panel.vis-center')!.getBoundingClientRect();
    const b = node.getBoundingClientRect();
    return b.left >= c.left - 1 && b.left <= c.right && b.top >= c.top - 1 && b.bottom <= c.bottom + 1;
  });
}

describe('accessibility and polish on the seed article', () => {
  let app: LaunchedApp;
  let page: Page;
  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
  });
  afterAll(() => app?.close());

  it('first view, a selection, each dialog and the list view: no serious or critical axe findings', { timeout: 120_000 }, async () => {
    expect(await axeProblems(page), 'first view').toEqual([]);
    await page.locator('.vis-item:has([data-event-id="fall-of-kabul"])').click();
    await expect.poll(() => page.locator('[data-testid="announcer"]').textContent()).toBe('Selected: Taliban fighters enter Kabul and take the capital, 15 Aug 2021. Event 5 of 8.');
    expect(await axeProblems(page), 'a selection').toEqual([]);
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(1);
    expect(await axeProblems(page), 'shortcut sheet').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: /Change date/ }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await axeProblems(page), 'publication date dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(1);
    expect(await axeProblems(page), 'list view').toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    // The tests after this one start from the timeline alone, laid out again once the list has gone.
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
  });

  it('timeline items are reachable with Tab and open with Enter', async () => {
    await page.keyboard.press('Escape');
    // Items drawn again while the window still moves would take the focus with them.
    await settledWindow(page);
    await page.locator('[data-event-id="soviet-war"][role="button"]').focus();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId)).toBe('soviet-war');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.eventId);
    expect(focused).toBe('taliban-vs-us');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe('Taliban fight against the Americans');
  });

  it('tooltips are plain text: row titles and marks carry them, vis-timeline shows no HTML tooltip', async () => {
    expect(await page.locator('.nl-row-label[data-event-id="consultations"]').getAttribute('title')).toBe(
      'Kabulov speaks to TASS after Russian-Indian consultations on Afghanistan (15 May 2024)',
    );
    expect(await page.locator('[data-event-ids="ghani-flees"]').getAttribute('title')).toBe('President Ashraf Ghani steps down and flees the country');
    await page.keyboard.press('Escape');
    await page.locator('.nl-row-label[data-event-id="consultations"]').scrollIntoViewIfNeeded();
    await page.locator('.vis-item:has([data-event-id="consultations"])').hover();
    await page.waitForTimeout(500);
    expect(await page.locator('.vis-tooltip').count()).toBe(0);
  });

  it('dragging to select article text selects no events; a click does', async () => {
    await page.keyboard.press('Escape');
    await settledWindow(page);
    const para = page.locator('[data-paragraph-id="p8"]');
    // Read once the article has stopped scrolling: a drag from a stale position selects nothing.
    const box = await steadyBox(para);
    await page.mouse.move(box.x + 20, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + 220, box.y + 12, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()!.toString().length)).toBeGreaterThan(5);
    expect(await page.locator('.vis-item.vis-selected').count()).toBe(0);
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await para.click({ position: { x: 20, y: 12 } });
    await expect.poll(() => page.locator('.vis-item.vis-selected').count()).toBeGreaterThan(0);
  });

  it('the title column resizes; the divider keeps a minimum and resets on double-click', async () => {
    const label = page.locator('.vis-panel.vis-left');
    const before = (await label.boundingBox())!.width;
    const handle = page.getByRole('separator', { name: 'Resize the title column' });
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + 3, h.y + 50);
    await page.mouse.down();
    await page.mouse.move(h.x + 83, h.y + 50, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await label.boundingBox())!.width).toBeGreaterThan(before + 60);
    await handle.dblclick();
    await expect.poll(async () => Math.round((await label.boundingBox())!.width)).toBe(Math.round(before));

    const divider = page.getByRole('separator', { name: 'Resize timeline and article panes' });
    const d = (await divider.boundingBox())!;
    await page.mouse.move(d.x + 3, d.y + 200);
    await page.mouse.down();
    await page.mouse.move(5, d.y + 200, { steps: 5 });
    await page.mouse.up();
    const pane = page.locator('.nl-pane--timeline');
    expect((await pane.boundingBox())!.width).toBeGreaterThanOrEqual(379);
    // The toolbar is still whole at the minimum: every button inside the pane.
    const paneBox = (await pane.boundingBox())!;
    for (const b of await page.locator('.nl-toolbar button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(b.right).toBeLessThanOrEqual(paneBox.x + paneBox.width + 1);
    }
    await divider.dblclick();
    await expect.poll(async () => (await pane.boundingBox())!.width).toBeCloseTo(1280 * 0.55, -1);
  });
});

describe('layouts and screenshots', () => {
  for (const viewport of [
    { width: 900, height: 600 },
    { width: 700, height: 600 },
  ]) {
    it(`at ${viewport.width}×${viewport.height} the selected row stays clear of the details card`, { timeout: 60_000 }, async () => {
      const app = await launchApp({ viewport });
      const { page } = app;
      try {
        // The first event and the last, each reached from the keyboard with nothing selected.
        for (const [key, id] of [
          ['ArrowRight', 'soviet-war'],
          ['ArrowLeft', 'consultations'],
        ]) {
          await page.keyboard.press('Escape');
          await page.keyboard.press(key);
          await settledWindow(page);
          const rowClear = async () => {
            const row = (await page.locator(`.vis-label:has(.nl-row-label[data-event-id="${id}"])`).boundingBox())!;
            const details = (await page.locator('[data-testid="details"]').boundingBox())!;
            const left = (await page.locator('.vis-panel.vis-left').boundingBox())!;
            return row.y + row.height <= Math.min(details.y, left.y + left.height) + 1 && row.y >= left.y - 1;
          };
          await expect.poll(rowClear, { message: id, timeout: 5_000 }).toBe(true);
        }
        await app.screenshot(`seed-${viewport.width}x${viewport.height}`);
      } finally {
        await app.close();
      }
    });
  }

  it('at 900×600 and 700×600 Fit all clips no date label, and the window itself never scrolls', { timeout: 90_000 }, async () => {
    for (const viewport of [
      { width: 900, height: 600 },
      { width: 700, height: 600 },
    ]) {
      const app = await launchApp({ viewport });
      const { page } = app;
      try {
        await page.getByRole('button', { name: 'Fit all events' }).click();
        await settledWindow(page);
        expect(await clippedLabels(page), `${viewport.width}×${viewport.height}`).toEqual([]);
        // The labels of the latest events are all there, whole: none left out to pass the check above.
        expect(await page.locator('.vis-item.vis-point .nl-item-date').count()).toBeGreaterThan(1);
        expect(await windowScroll(page)).toEqual({ scrolled: 0, overflow: 0, headerTop: 0 });
        // Stepping through the events (each opening its paragraph and details) does not scroll the window either.
        for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
        await settledWindow(page);
        expect(await windowScroll(page)).toEqual({ scrolled: 0, overflow: 0, headerTop: 0 });
        await app.screenshot(`fit-all-${viewport.width}x${viewport.height}`);
      } finally {
        await app.close();
      }
    }
  });

  it('a point whose dot is past the panel’s edge shows no cut date beside it', { timeout: 90_000 }, async () => {
    const app = await launchApp();
    const { page } = app;
    try {
      // Selecting the 1980s war from its paragraph frames the 1980s: the 2021 points sit just past the right edge.
      await page.locator('.nl-row-label[data-event-id="soviet-war"]').click();
      await settledWindow(page);
      await page.locator('.nl-article').getByText('The Taliban are former mujahid', { exact: false }).first().click();
      const w = await settledWindow(page);
      expect(w.end, 'the 2021 points are past the window').toBeLessThan(Date.UTC(2021, 3, 14));
      expect(await page.locator('.vis-item.vis-point .nl-item-date').count(), 'they are drawn').toBeGreaterThan(0);
      expect(await clippedLabels(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  for (const count of [1000, 10000]) {
    it(`at 700×600, 900×600 and 1280×800 with ${count} events, Fit all cuts no cluster or date label, light and dark`, { timeout: 300_000 }, async () => {
      for (const viewport of [
        { width: 700, height: 600 },
        { width: 900, height: 600 },
        // Here, at 10,000 events, the latest cluster sits at the edge with another just left of it.
        { width: 1280, height: 800 },
      ]) {
        const app = await launchApp({ viewport, document: documentWith(count), readyTimeoutMs: 120_000 });
        const { page } = app;
        try {
          await page.getByRole('button', { name: 'Fit all events' }).click();
          await settledWindow(page);
          const where = `${count} events at ${viewport.width}×${viewport.height}`;
          expect(await page.locator('.nl-cluster-label').count(), where).toBeGreaterThan(0);
          expect(await clippedLabels(page), where).toEqual([]);
          expect(await needlesslyCutClusters(page), where).toEqual([]);
          const clusters = await cutClusters(page);
          expect(clusters.cut, where).toEqual([]);
          // Said only by its count on screen, a compact cluster keeps its dates for the pointer and the screen reader.
          for (const c of clusters.compact) {
            expect(c.text, where).toMatch(/^(\d+ match(es)?\s*)?\d+ events$/);
            expect(c.title, where).toMatch(/\d+ events, \S.*\d{4}/);
            expect(c.name, where).toMatch(/\d+ events, \S.*\d{4}/);
          }
          expect(await windowScroll(page), where).toEqual({ scrolled: 0, overflow: 0, headerTop: 0 });
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.waitForTimeout(300);
            await app.screenshot(`overview-${count}-${viewport.width}x${viewport.height}-${scheme}`);
          }
        } finally {
          await app.close();
        }
      }
    });
  }

  it('zoom and Fit all are disabled when there are no events', async () => {
    const empty = generateDocument(1);
    empty.events = [];
    const file = join(dir, 'empty.json');
    writeFileSync(file, JSON.stringify(empty));
    const app = await launchApp({ document: file });
    try {
      for (const name of ['Zoom in', 'Zoom out', 'Fit all events']) expect(await app.page.getByRole('button', { name }).isDisabled(), name).toBe(true);
    } finally {
      await app.close();
    }
  });

  for (const count of [8, 1000, 10000]) {
    it(`screenshots at ${count} events, light and dark`, { timeout: 180_000 }, async () => {
      // Load time is the bench's business (npm run bench); here only the picture is checked.
      const app = await launchApp(count === 8 ? {} : { document: documentWith(count), readyTimeoutMs: 120_000 });
      try {
        for (const scheme of ['light', 'dark'] as const) {
          await app.page.emulateMedia({ colorScheme: scheme });
          await app.page.waitForTimeout(300);
          const bg = await app.page.evaluate(() => getComputedStyle(document.querySelector('.nl-pane--timeline')!).backgroundColor);
          // The app follows the system: a dark panel in dark mode, a light one otherwise.
          const [r, g, b] = bg.match(/\d+/g)!.map(Number);
          expect((r + g + b) / 3 < 100, `${scheme}: ${bg}`).toBe(scheme === 'dark');
          await app.screenshot(`overview-${count}-${scheme}`);
        }
      } finally {
        await app.close();
      }
    });
  }
});
