// Startup benchmark: a cold page load of the built renderer in Chromium until the timeline is painted with
// every item, next to bare vis-timeline pages given the same items, measured in the same run (see
// bare/bare.ts for the two baselines). Machines here are noisy, so runs are interleaved in rounds of one load
// of each page, in an order that turns from round to round, and the figures are medians of paired ratios, with
// their spread and a bootstrap interval.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
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

let cdp: Promise<CDPSession> | undefined;
/**
 * Waits, before a load, until Chromium's own processes are idle: 100 ms in which all of them together used
 * under 15 ms of CPU (at most 3 s). Each run's new browser context comes with a window of its own, whose omnibox
 * popup (a WebUI page, in a renderer of its own) loads as the context opens, and the context closed before it is
 * still being torn down: a load started at once shared the 2 cores with that work for its first few hundred ms,
 * more or less of it from run to run. It is the browser's work, not the page's, so it is let finish first, for
 * the app and the baselines alike; other programs' load on the machine is not waited for.
 */
export async function settle(): Promise<void> {
  const browser = await browserFor(false);
  cdp ??= browser.newBrowserCDPSession();
  const session = await cdp;
  const cpu = async () => {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ id: number; cpuTime: number }> };
    return new Map(processInfo.map((p) => [p.id, p.cpuTime]));
  };
  const until = Date.now() + 3000;
  let before = await cpu();
  while (Date.now() < until) {
    await new Promise((ok) => setTimeout(ok, 100));
    const now = await cpu();
    // Only processes alive at both reads: one that ended takes its CPU time with it.
    let used = 0;
    for (const [id, t] of now) used += t - (before.get(id) ?? t);
    if (used < 0.015) return;
    before = now;
  }
}

/** Each run is a new browser context: an empty cache, so every load is cold. */
async function timeApp(count: number): Promise<number> {
  // The probe is the wait: launchApp's own wait for the ready frame polls the page's main thread, which the
  // bare pages are spared.
  const app = await launchApp({ initScript: probe(count, true), waitForReady: false, beforeLoad: settle });
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
    await settle();
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

/**
 * A 90 % bootstrap interval of the median paired ratio: the rounds resampled with replacement, the median taken
 * each time. It says how far this run's median could move on another run of the same length at this load, so a
 * reader sees whether "met" or "missed" is the verdict of the measurement or of the noise. (A fixed seed: the
 * same runs print the same interval.)
 */
export function bootstrapMedian(xs: number[], resamples = 2000): [number, number] {
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians = Array.from({ length: resamples }, () => median(xs.map(() => xs[Math.floor(random() * xs.length)])));
  return [q(medians, 0.05), q(medians, 0.95)];
}

/**
 * The order of the three loads in round i. Each load changes what the next one starts with (the closed context's
 * renderer still being torn down, the OS caches, the harness's garbage), so a fixed order would give one page
 * the same neighbour every time; over six rounds every page takes every place once.
 */
export const roundOrder = (i: number): number[] => [[0, 1, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0], [1, 0, 2], [0, 2, 1]][i % 6];

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
  const loads = [() => timeApp(count), () => timeBare(plainUrl, count), () => timeBare(rowsUrl, count)];
  const times = [app, plain, rows];
  try {
    // Warm the browser process and the OS file cache once, then interleave so drift hits all three alike.
    for (const load of loads) await load();
    for (let i = 0; i < RUNS; i++) {
      for (const k of roundOrder(i)) times[k].push(await loads[k]());
    }
  } finally {
    server.close();
    cdp = undefined;
    await closeBrowser();
  }
  // Each app run is compared with the baseline runs of its own round, which saw the same machine load: on a
  // shared machine the load changes from second to second, and a ratio within a round cancels most of it, where
  // a ratio of two medians compares loads measured at different moments. The figures are the medians of those
  // paired ratios (robust to the rounds another job's burst landed on).
  const vsPlain = app.map((a, i) => a / plain[i]);
  const vsRows = app.map((a, i) => a / rows[i]);
  const line = (label: string, ratios: number[]) => {
    const r = median(ratios);
    const [lo, hi] = bootstrapMedian(ratios);
    return `  ${label} ${r.toFixed(2)}x  [quartiles ${q(ratios, 0.25).toFixed(2)}–${q(ratios, 0.75).toFixed(2)}, 90 % interval of the median ${lo.toFixed(2)}–${hi.toFixed(2)}]  (target ≤ ${TARGET_RATIO}x: ${r <= TARGET_RATIO ? 'met' : 'NOT met'})`;
  };
  console.log('\nStartup: cold load until usable, every seed item painted and the controls ready (Chromium, %d interleaved rounds)', RUNS);
  console.log(`  vis-timeline alone, plainest page (items, default options)   median ${median(plain).toFixed(1)} ms`);
  console.log(`  vis-timeline alone, the app's layout (same rows and options) median ${median(rows).toFixed(1)} ms`);
  console.log(`  Newsline renderer                                             median ${median(app).toFixed(1)} ms`);
  console.log(line('Newsline / plainest page     ', vsPlain));
  console.log(line("Newsline / the app's layout  ", vsRows));
  console.log(`  paired ratios vs the plainest page, sorted: ${[...vsPlain].sort((a, b) => a - b).map((r) => r.toFixed(2)).join(' ')}`);
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
