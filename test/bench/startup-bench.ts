// Startup benchmark: a cold page load of the built renderer in Chromium until the timeline is painted with
// every item, next to bare vis-timeline pages given the same items, measured in the same run (see
// bare/bare.ts for the two baselines). Machines here are noisy, so runs are interleaved and the figures are
// medians of paired ratios.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { eventInterval, isRange, shortEventDate } from '../../shared/dates';
import type { NewslineDocument } from '../../shared/document';
import { bridge, browserFor, closeBrowser, launchApp, REPO, SEED_DOCUMENT, serve } from '../e2e/launch';
import { readFileSync } from 'node:fs';
import { atMost } from './targets';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const TARGET_RATIO = atMost(1.3);
const BARE_DIR = join(REPO, 'dist', 'bench-bare');

export async function buildBarePage(doc: NewslineDocument, dir = BARE_DIR) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: { bare: join(import.meta.dirname, 'bare', 'bare.ts') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    outdir: dir,
    logLevel: 'warning',
  });
  await writeFile(join(dir, 'index.html'), readFileSync(join(import.meta.dirname, 'bare', 'index.html')));
  const items = doc.events.map((e) => {
    const { start, end } = eventInterval(e.date);
    const range = isRange(e.date);
    return { id: e.id, start, end: range ? end : undefined, type: range ? 'range' : 'point', content: e.title, date: shortEventDate(e.date) };
  });
  // A script, not fetched JSON: the same CSP as the app's (connect-src 'none') applies to this page too.
  await writeFile(join(dir, 'items.js'), `window.__items = ${JSON.stringify(items)};`);
}

/**
 * Injected before the page's own scripts: looks at every animation frame, from the very first, for all the
 * items in a visible timeline, and records when the first frame that has them begins its rendering: the
 * frame that paints them. (Waiting for the frame after would also count whatever the page does next, which
 * for the app is loading the rest of its interface. The frame's own timestamp is not used: it is when the
 * frame was due, which a long script can make earlier than when it could actually be drawn.)
 */
export const probe = (count: number, controls = false) => `(() => {
  const check = () => {
    const root = document.querySelector('.vis-timeline');
    // Painted means seen: vis-timeline keeps its root hidden until its first full drawing.
    const shown = root && getComputedStyle(root).visibility === 'visible';
    // For the app, usable also means its controls are there (React marks the frame ready).
    const usable = ${controls ? `!!document.querySelector('.nl-app[data-ui="ready"]')` : 'true'};
    if (shown && usable && document.querySelectorAll('.vis-item:not(.vis-dot)').length >= ${count}) window.__paintedAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function paintedAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt, undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** Each run is a new browser context: an empty cache, so every load is cold. */
async function timeApp(count: number): Promise<number> {
  const app = await launchApp({ initScript: probe(count, true) });
  try {
    return await paintedAt(app.page);
  } finally {
    await app.close();
  }
}

async function timeBare(url: string, count: number): Promise<number> {
  const browser = await browserFor(false);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // The same browser context the app gets from the test harness (the exposed binding and the bridge
    // script that stand in for Electron's IPC), so the ratio compares renderers, not the harness's overhead.
    await context.exposeBinding('__newslineInvoke', async () => undefined);
    await context.addInitScript({ content: await bridge() });
    await context.addInitScript({ content: probe(count) });
    const page = await context.newPage();
    await page.goto(url);
    return await paintedAt(page);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];

export async function runStartupBench() {
  const doc: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
  const count = doc.events.length;
  await buildBarePage(doc);
  const { server, host } = await serve(BARE_DIR);
  const plainUrl = `http://${host}/index.html`;
  const rowsUrl = `http://${host}/index.html?rows`;
  const app: number[] = [];
  const plain: number[] = [];
  const rows: number[] = [];
  try {
    // Warm the browser process and the OS file cache once, then interleave so drift hits all three alike.
    await timeApp(count);
    await timeBare(plainUrl, count);
    await timeBare(rowsUrl, count);
    for (let i = 0; i < RUNS; i++) {
      app.push(await timeApp(count));
      plain.push(await timeBare(plainUrl, count));
      rows.push(await timeBare(rowsUrl, count));
    }
  } finally {
    server.close();
    await closeBrowser();
  }
  // Each app run is compared with the baseline runs right after it, which saw the same machine load; the
  // figures are the medians of those paired ratios.
  const vsPlain = app.map((a, i) => a / plain[i]);
  const vsRows = app.map((a, i) => a / rows[i]);
  const line = (label: string, ratios: number[]) => {
    const r = median(ratios);
    return `  ${label} ${r.toFixed(2)}x  [quartiles ${q(ratios, 0.25).toFixed(2)}–${q(ratios, 0.75).toFixed(2)}]  (target ≤ ${TARGET_RATIO}x: ${r <= TARGET_RATIO ? 'met' : 'NOT met'})`;
  };
  console.log('\nStartup: cold load until usable, every seed item painted and the controls ready (Chromium, %d interleaved runs)', RUNS);
  console.log(`  vis-timeline alone, plainest page (items, default options)   median ${median(plain).toFixed(1)} ms`);
  console.log(`  vis-timeline alone, the app's layout (same rows and options) median ${median(rows).toFixed(1)} ms`);
  console.log(`  Newsline renderer                                             median ${median(app).toFixed(1)} ms`);
  console.log(line('Newsline / plainest page     ', vsPlain));
  console.log(line("Newsline / the app's layout  ", vsRows));
  const met = median(vsPlain) <= TARGET_RATIO && median(vsRows) <= TARGET_RATIO;
  return { app: median(app), plain: median(plain), rows: median(rows), vsPlain: median(vsPlain), vsRows: median(vsRows), met };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  runStartupBench().then(
    ({ met }) => {
      // A missed target fails the run (and so `npm run bench`), not just a line in its output.
      if (!met) {
        console.error(`startup: target missed (Newsline / vis-timeline must be ≤ ${TARGET_RATIO}x)`);
        process.exitCode = 1;
      }
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
