import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, launchApp, settledWindow, timelineWindow, type LaunchedApp } from './launch';

const EVENT_TITLES: Record<string, string> = {
  'soviet-war': 'Soviet war in Afghanistan',
  'taliban-vs-us': 'Taliban fight against the Americans',
  'us-withdrawal': 'Biden administration announces US withdrawal from Afghanistan',
  'taliban-offensive': 'Taliban offensive against Afghan government forces',
  'fall-of-kabul': 'Taliban fighters enter Kabul and take the capital',
  'ghani-flees': 'President Ashraf Ghani steps down and flees the country',
  'taliban-mission': 'Russia admits a Taliban mission at chargé d’affaires level',
  consultations: 'Kabulov speaks to TASS after Russian-Indian consultations on Afghanistan',
};
const TIME_ORDER = Object.keys(EVENT_TITLES);

const item = (page: Page, id: string) => page.locator(`.vis-item:has([data-event-id="${id}"])`);
const windowOf = timelineWindow;

const widthOf = (w: { start: number; end: number }) => w.end - w.start;

async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const scroller = el.closest('.nl-article-scroll')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.top >= scroller.top - 1 && box.bottom <= scroller.bottom + 1 && box.height > 0;
  });
}

let app: LaunchedApp;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
  await closeBrowser();
});

beforeEach(async () => {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit all events' }).click();
  await settledWindow(page);
});

describe('launch', () => {
  it('shows every curated event, each with its title and date, and none overlapping', async () => {
    await app.screenshot('launch');
    for (const [id, title] of Object.entries(EVENT_TITLES)) {
      await expect.poll(() => page.locator(`.nl-row-label[data-event-id="${id}"] .nl-row-title`).textContent()).toBe(title);
      expect(await item(page, id).count()).toBe(1);
    }
    await expect.poll(() => page.locator('.nl-toolbar-count').textContent()).toBe('8 events');
    const dates = await page.locator('.nl-row-date').allTextContents();
    expect(dates).toEqual([
      '1979–1989',
      '2001–2021',
      '14 Apr 2021',
      'May – 15 Aug 2021',
      '15 Aug 2021',
      '15 Aug 2021',
      'by 15 May 2024',
      '15 May 2024',
    ]);
    // Every item sits inside the visible timeline, with its date label whole.
    const center = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    for (const id of TIME_ORDER) {
      const box = (await item(page, id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(center.x - 1);
      expect(box.x + box.width, id).toBeLessThanOrEqual(center.x + center.width + 1);
    }
    // Same-day events get rows of their own.
    const kabul = (await item(page, 'fall-of-kabul').boundingBox())!;
    const ghani = (await item(page, 'ghani-flees').boundingBox())!;
    expect(ghani.y).toBeGreaterThanOrEqual(kabul.y + kabul.height);
  });

  it('leaves page chrome out of the article and shows the publication date', async () => {
    await expect.poll(() => page.locator('.nl-article').textContent()).toContain('Published 15 May 2024');
    expect(await page.locator('.nl-article .nl-para', { hasText: /^All news$/ }).count()).toBe(0);
    expect(await page.locator('h1.nl-para--title').textContent()).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat');
  });

  it('marks uncertain and record dates differently from stated ones', async () => {
    await expect.poll(() => item(page, 'taliban-mission').getAttribute('class')).toContain('nl-uncertain');
    expect(await item(page, 'fall-of-kabul').getAttribute('class')).toContain('nl-record');
    expect(await item(page, 'consultations').getAttribute('class')).toContain('nl-stated');
    expect(await page.getByRole('list', { name: 'What the marks mean' }).locator('li').count()).toBe(3);
  });
});

describe('event → source', () => {
  const cases = [
    { id: 'consultations', paragraph: 'p5', mark: 'said after the Russian-Indian consultations on Afghanistan', date: '15 May 2024' },
    {
      id: 'us-withdrawal',
      paragraph: 'p8',
      mark: 'After the Biden administration announced the end of its US military operation in Afghanistan and the launch of its troop pullout',
      date: '14 Apr 2021',
    },
    {
      id: 'fall-of-kabul',
      paragraph: 'p8',
      mark: 'On August 15, Taliban fighters swept into Kabul without encountering any resistance and gained full control over the Afghan capital within a few hours.',
      date: '15 Aug 2021',
    },
    {
      id: 'ghani-flees',
      paragraph: 'p8',
      mark: "Afghanistan's President Ashraf Ghani said he had stepped down to prevent any bloodshed and subsequently fled the country.",
      date: '15 Aug 2021',
    },
  ];

  for (const c of cases) {
    it(`clicking ${c.id} opens its paragraph, in view and highlighted, with the span marked`, async () => {
      // Scroll the article away first, so opening the source has to bring the paragraph back.
      await page.locator('.nl-article-scroll').evaluate((el, top) => el.scrollTo(0, top ? 0 : el.scrollHeight), c.paragraph === 'p8');
      await item(page, c.id).click();
      const para = `[data-paragraph-id="${c.paragraph}"]`;
      await expect.poll(() => page.locator(para).getAttribute('class')).toContain('nl-para--active');
      await expect.poll(() => inView(page, `${para} mark.nl-evidence--focused`)).toBe(true);
      expect(await page.locator('mark.nl-evidence--focused').allTextContents()).toContain(c.mark);
      expect(await page.locator('[data-testid="details"] h2').textContent()).toBe(EVENT_TITLES[c.id]);
      expect(await page.locator('[data-testid="details-date"]').textContent()).toBe(c.date);
      expect(await page.locator('[data-testid="details"] blockquote').first().textContent()).toBe(c.mark);
      // Never a certain 2023 or 2024 for August 15.
      expect(await page.locator('[data-testid="details"]').textContent()).not.toMatch(/15 Aug 202[34]/);
      expect(await item(page, c.id).getAttribute('class')).toContain('vis-selected');
      await app.screenshot(`event-${c.id}`);
    });
  }

  it('says where an undated event’s date came from', async () => {
    await item(page, 'us-withdrawal').click();
    await expect.poll(() => page.locator('.nl-details-basis').textContent()).toMatch(/^From the public record\. The article states no date\./);
    await item(page, 'taliban-mission').click();
    await expect.poll(() => page.locator('[data-testid="details-date"]').textContent()).toBe('by 15 May 2024');
    expect(await page.locator('.nl-details-range').textContent()).toBe('Possible dates: 15 Aug 2021 – 15 May 2024');
  });

  it('a click on a row title selects its event too', async () => {
    await page.locator('.nl-row-label[data-event-id="soviet-war"]').click();
    await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe('Soviet war in Afghanistan');
    expect(await page.locator('[data-testid="details-date"]').textContent()).toBe('1979–1989');
  });

  it('selecting a range leaves its date shown when it was shown before', async () => {
    const label = page.locator('.vis-item.vis-range [data-event-id="soviet-war"]');
    await expect.poll(() => label.evaluate((el) => el.classList.contains('nl-clipped'))).toBe(false);
    await page.locator('.nl-row-label[data-event-id="soviet-war"]').click();
    await expect.poll(() => item(page, 'soviet-war').getAttribute('class')).toContain('vis-selected');
    await settledWindow(page);
    await page.waitForTimeout(100);
    expect(await label.evaluate((el) => el.classList.contains('nl-clipped'))).toBe(false);
  });
});

describe('source → events', () => {
  it('clicking a paragraph selects its events and brings them into view', async () => {
    // Zoom far into 1980 first, so the paragraph's events are out of view.
    await page.locator('.nl-row-label[data-event-id="soviet-war"]').click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await page.keyboard.press('Escape');
    await page.locator('[data-paragraph-id="p7"]').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot)').count()).toBe(2);
    expect(await item(page, 'taliban-vs-us').getAttribute('class')).toContain('vis-selected');
    expect(await item(page, 'taliban-mission').getAttribute('class')).toContain('vis-selected');
    await expect
      .poll(async () => {
        const w = await windowOf(page);
        return w.start <= Date.UTC(2001, 0, 1) && w.end >= Date.UTC(2024, 4, 15);
      })
      .toBe(true);
    expect(await page.locator('[data-paragraph-id="p7"]').getAttribute('class')).toContain('nl-para--active');
    expect(await page.locator('.nl-details-others .nl-chip').allTextContents()).toEqual([EVENT_TITLES['taliban-mission']]);
    await app.screenshot('paragraph-selected');
  });

  it('clicking a marked span selects just its event', async () => {
    await page.locator('[data-paragraph-id="p8"] [data-event-ids="ghani-flees"]').click();
    await expect.poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot)').count()).toBe(1);
    expect(await item(page, 'ghani-flees').getAttribute('class')).toContain('vis-selected');
  });
});

describe('zoom and pan', () => {
  it('the mouse wheel narrows the visible window and Fit all restores it', async () => {
    const fitted = await settledWindow(page);
    const center = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(center.x + center.width / 2, center.y + 40);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await windowOf(page)).end - (await windowOf(page)).start).toBeLessThan((fitted.end - fitted.start) * 0.8);
    await app.screenshot('zoomed-in');
    await page.getByRole('button', { name: 'Fit all events' }).click();
    expect(widthOf(await settledWindow(page))).toBeCloseTo(widthOf(fitted), -6);
  });

  it('a trackpad pinch (a wheel event with Ctrl held) zooms too', async () => {
    const fitted = await settledWindow(page);
    const center = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(center.x + center.width / 2, center.y + 40);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
    expect(widthOf(await settledWindow(page))).toBeLessThan(widthOf(fitted) * 0.8);
  });

  it('+ and − zoom from the keyboard and the buttons; 0 fits', async () => {
    const fitted = await settledWindow(page);
    await page.keyboard.press('+');
    const zoomed = widthOf(await settledWindow(page));
    expect(zoomed).toBeLessThan(widthOf(fitted) * 0.9);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(widthOf(await settledWindow(page))).toBeGreaterThan(zoomed * 1.1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    expect(widthOf(await settledWindow(page))).toBeCloseTo(widthOf(fitted), -6);
  });

  it('zooming in stops at a week, and out stops well short of millennia', async () => {
    const DAY = 86_400_000;
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('+');
      await page.waitForTimeout(30);
    }
    const closest = widthOf(await settledWindow(page));
    expect(closest).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(closest).toBeLessThan(8 * DAY);
    await app.screenshot('zoomed-to-limit');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(30);
    }
    const widest = widthOf(await settledWindow(page));
    expect(widest).toBeGreaterThan(45 * 365 * DAY);
    expect(widest).toBeLessThan(100 * 366 * DAY);
  });

  it('dragging the timeline pans it into the past without changing the zoom', async () => {
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const before = await settledWindow(page);
    const center = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const y = center.y + center.height - 20;
    await page.mouse.move(center.x + 100, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(center.x + 100 + step * 20, y);
    await page.mouse.up();
    const after = await settledWindow(page);
    expect(after.start).toBeLessThan(before.start - widthOf(before) * 0.2);
    expect(widthOf(after)).toBeCloseTo(widthOf(before), -4);
  });
});

describe('keyboard', () => {
  it('→ and ← step through events in time order, opening each source', async () => {
    const seen: string[] = [];
    for (let i = 0; i < TIME_ORDER.length; i++) {
      await page.keyboard.press('ArrowRight');
      const title = (await page.locator('[data-testid="details"] h2').textContent())!;
      seen.push(title);
    }
    expect(seen).toEqual(TIME_ORDER.map((id) => EVENT_TITLES[id]));
    expect(await page.locator('[data-paragraph-id="p5"]').getAttribute('class')).toContain('nl-para--active');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('[data-testid="details"] h2').textContent()).toBe(EVENT_TITLES['taliban-mission']);
    await expect.poll(() => inView(page, '[data-paragraph-id="p7"] mark.nl-evidence--focused')).toBe(true);
  });

  it('Esc clears the selection', async () => {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.vis-item.vis-selected:not(.vis-dot)').count()).toBe(0);
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('.nl-details--empty').count()).toBe(1);
  });

  it('every control has an accessible name and focus is visible', async () => {
    const unnamed = await page.locator('button').evaluateAll((buttons) =>
      buttons.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim())).map((b) => b.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.tag).toBe('BUTTON');
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('separator', { name: 'Resize timeline and article panes' }).count()).toBe(1);
  });
});

describe('menu commands from main', () => {
  it('Show/Hide Article and Fit All arrive from the application menu', async () => {
    await app.sendMenuCommand('toggle-article');
    await expect.poll(() => page.locator('.nl-pane--article').count()).toBe(0);
    await app.sendMenuCommand('toggle-article');
    await expect.poll(() => page.locator('.nl-pane--article').count()).toBe(1);
    const fitted = await settledWindow(page);
    await app.sendMenuCommand('zoom-in');
    expect(widthOf(await settledWindow(page))).toBeLessThan(widthOf(fitted) * 0.9);
    await app.sendMenuCommand('fit-all');
    expect(widthOf(await settledWindow(page))).toBeCloseTo(widthOf(fitted), -6);
  });

  it('the divider resizes the panes by dragging', async () => {
    const divider = page.getByRole('separator', { name: 'Resize timeline and article panes' });
    const before = (await page.locator('.nl-pane--timeline').boundingBox())!.width;
    const box = (await divider.boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x - 150, box.y + 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await page.locator('.nl-pane--timeline').boundingBox())!.width).toBeLessThan(before - 100);
  });
});

describe('window size', () => {
  it('a narrower window keeps every axis date whose text fits in the panel', async () => {
    // vis-timeline sizes each axis label to its whole step, which may run past the panel while its text does not.
    await page.setViewportSize({ width: 900, height: 600 });
    try {
      await expect
        .poll(() =>
          page.evaluate(() => {
            const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
            const range = document.createRange();
            const fits: string[] = [];
            const shown: string[] = [];
            for (const label of document.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')) {
              range.selectNodeContents(label);
              const r = range.getBoundingClientRect();
              if (r.width === 0) continue;
              if (r.left >= panel.left && r.right <= panel.right) fits.push(label.textContent!);
              if (getComputedStyle(label).visibility !== 'hidden') shown.push(label.textContent!);
            }
            return fits.length > 0 && fits.every((t) => shown.includes(t));
          }),
        )
        .toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
