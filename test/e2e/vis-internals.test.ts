import { build } from 'esbuild';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserFor, closeBrowser, REPO } from './launch';

// What renderer/timeline/vis-internals.ts assumes about vis-timeline beyond its documented API, checked
// against the installed vis-timeline in Chromium. When an upgrade changes its DOM or its start-up
// behaviour, this fails and says which assumption broke, instead of the timeline quietly misbehaving.

type Report = Record<string, unknown>;
let page: Page;
let report: Report;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'vis-internals-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    outdir: join(REPO, 'dist', 'vis-internals-page'),
    logLevel: 'silent',
  });
  const file = (ext: string) => bundle.outputFiles.find((f) => f.path.endsWith(ext))!.text;
  const browser = await browserFor(false);
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.setContent('<!doctype html><html><head></head><body></body></html>');
  await page.addStyleTag({ content: file('.css') });
  await page.addScriptTag({ content: file('.js') });
  report = await page.evaluate(() => (window as unknown as { visReport: () => Promise<Report> }).visReport());
});

afterAll(async () => {
  await page?.close();
  await closeBrowser();
});

describe('what Newsline assumes about vis-timeline', () => {
  it('finds its root, with both panels inside it', () => {
    expect(report.rootFound).toBe(true);
    expect(report.rootHoldsPanels).toBe(true);
  });

  it('finds the label column holding the row titles, and the row of a title', () => {
    expect(report.labelPanelHoldsTitle).toBe(true);
    expect(report.labelPanelWidth).toBeGreaterThan(0);
    expect(report.labelRowHoldsTitle).toBe(true);
    expect(report.labelRowOfOutside).toBeNull();
  });

  it('finds the item panel, right of the labels, holding the items', () => {
    expect(report.itemPanelHoldsItems).toBe(true);
    expect(report.itemPanelWidth).toBeGreaterThan(0);
    expect(report.itemPanelWidth).toBeLessThan(900);
    expect(report.itemPanelIsRightOfLabels).toBe(true);
  });

  it('finds the boxes of range items, and only those', () => {
    expect(report.rangeBoxes).toBe(1);
    expect(report.rangeBoxHoldsRange).toBe(true);
    expect(report.rangeBoxesExcludePoint).toBe(true);
  });

  it('finds the boxes of point items, the content inside each box, and the axis date labels', () => {
    expect(report.pointBoxes).toBe(1);
    expect(report.pointContentIsOurs).toBe(true);
    expect(report.axisLabels).toBeGreaterThan(3);
    expect(report.axisLabelsAreMonths).toBe(true);
  });

  it('stays hidden after its first drawing unless settled, and shows that drawing once settled', () => {
    // If vis-timeline starts showing its first drawing by itself, settleInitialWindow can go.
    expect(report.hiddenWithoutSettling).toBe('hidden');
    expect(report.visibleOnceSettled).toBe('visible');
  });

  it('draws on the spot when its constructor is handed groups, and not before the next frame when made by createTimeline', () => {
    // If vis-timeline stops drawing at once, createTimeline can go back to its plain constructor.
    expect(report.drawnAtOnce).toEqual({ plain: true, created: false });
    // The one drawing in the next frame has the rows and the items.
    expect(report.drawnNextFrame).toEqual({ axis: true, rows: 1, items: 2 });
  });

  it('draws items handed over inside the window one by one on the spot, and not before that first drawing when made by createTimeline', () => {
    // Each item drawn on the spot is measured at once, a forced layout of the page per item; createTimeline's
    // items wait for the first drawing, which writes them all before measuring any. If vis-timeline stops
    // drawing them on the spot, createTimeline's empty window while it hands them over can go.
    expect(report.itemsAtOnce).toEqual({ plain: 2, created: 0 });
    // The empty window it had while the items were handed over leaves no trace in the scale it places them by.
    expect(report.scaleFromEmptyWindow).toEqual({ plain: false, created: false });
  });
});
