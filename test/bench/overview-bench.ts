// Many events: Newsline against bare vis-timeline and TimelineJS3 at 1,000, 5,000 and 10,000 events,
// generated here (never committed), loaded cold and interleaved in one run; then, at 10,000 events, a zoom
// step, a pan, a click to the details and the renderer's heap. Medians and paired ratios; the process exits
// non-zero when a target is missed.
//   BENCH_RUNS (default 5) runs per size; BENCH_SIZES (default 1000,5000,10000).
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { formatEventDate } from '../../shared/dates';
import { toTimePoint } from '../../shared/time-value';
import { bridge, browserFor, closeBrowser, launchApp, REPO, serve } from '../e2e/launch';
import { generateDocument } from '../fixtures/generate-document';
import { buildBarePage } from './startup-bench';
import { atMost } from './targets';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const TARGETS = { loadRatio: atMost(1.3), load10k: atMost(1000), zoom: atMost(33), pan: atMost(33), click: atMost(50), heapMB: atMost(150) };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** App: usable once the controls are ready and the timeline is visible with its items drawn. */
export const appProbe = `(() => {
  const check = () => {
    const root = document.querySelector('.vis-timeline');
    const tl = document.querySelector('[data-testid="timeline"]');
    const ready = document.querySelector('.nl-app[data-ui="ready"]');
    if (ready && root && getComputedStyle(root).visibility === 'visible' && tl.dataset.windowStart && document.querySelector('.vis-item')) window.__paintedAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Bare vis-timeline: every item painted in a visible timeline (its window fits them all). */
const bareProbe = (count: number) => `(() => {
  const check = () => {
    const root = document.querySelector('.vis-timeline');
    if (root && getComputedStyle(root).visibility === 'visible' && document.querySelectorAll('.vis-item:not(.vis-dot)').length >= ${count}) window.__paintedAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function paintedAt(page: Page, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt, undefined, { timeout, polling: 50 });
  return (await handle.jsonValue()) as number;
}

/** A static server without the app's CSP: TimelineJS sets inline styles and is not ours to restrict. */
function staticServer(root: string): Promise<{ close(): void; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    try {
      const path = join(root, decodeURIComponent((req.url ?? '/').split('?')[0]));
      const body = readFileSync(path);
      res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ close: () => server.close(), url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

function buildTimelineJsPage(dir: string, doc: ReturnType<typeof generateDocument>) {
  mkdirSync(dir, { recursive: true });
  const dist = join(REPO, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
  copyFileSync(join(dist, 'js', 'timeline.js'), join(dir, 'timeline.js'));
  copyFileSync(join(dist, 'css', 'timeline.css'), join(dir, 'timeline.css'));
  const date = (v: string) => {
    const p = toTimePoint(v);
    return { year: p.year, ...(p.month ? { month: p.month } : {}), ...(p.day ? { day: p.day } : {}) };
  };
  const events = doc.events.map((e) => ({
    start_date: date(e.date.start),
    ...(e.date.end ? { end_date: date(e.date.end) } : {}),
    text: { headline: e.title, text: formatEventDate(e.date) },
    unique_id: e.id,
  }));
  writeFileSync(join(dir, 'data.js'), `window.__tl = ${JSON.stringify({ events })};`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="timeline.css"></head>
<body style="margin:0"><div id="tl" style="width:100vw;height:100vh"></div>
<script src="data.js"></script><script src="timeline.js"></script>
<script>
  const t = new TL.Timeline('tl', window.__tl, { hash_bookmark: false });
  t.on('loaded', () => {
    const check = () => document.querySelector('.tl-timemarker') ? (window.__paintedAt = performance.now()) : requestAnimationFrame(check);
    requestAnimationFrame(check);
  });
</script></body></html>`,
  );
}

async function timeApp(document: string): Promise<number> {
  const app = await launchApp({ document, initScript: appProbe });
  try {
    return await paintedAt(app.page);
  } finally {
    await app.close();
  }
}

async function timePage(url: string, probe?: string, harness = false): Promise<number> {
  const browser = await browserFor(false);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (harness) {
      // The bridge the app's harness adds, so the ratio compares renderers, not the harness.
      await context.exposeBinding('__newslineInvoke', async () => undefined);
      await context.addInitScript({ content: await bridge() });
    }
    if (probe) await context.addInitScript({ content: probe });
    const page = await context.newPage();
    // The probe says when it is painted; a page that builds 10,000 items may take longer than goto's default to load.
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    return await paintedAt(page);
  } finally {
    await context.close();
  }
}

/** Time from a wheel zoom to the end of the frame that shows it (the plan for the new zoom included). */
async function zoomStep(page: Page, deltaY: number): Promise<number> {
  return page.evaluate(async (dy) => {
    const center = document.querySelector('.vis-panel.vis-center')!;
    const box = center.getBoundingClientRect();
    const t0 = performance.now();
    center.dispatchEvent(new WheelEvent('wheel', { deltaY: dy, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
    return performance.now() - t0;
  }, deltaY);
}

/** Frame intervals while dragging the timeline sideways; the 95th percentile. */
async function panFrames(page: Page): Promise<number> {
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  // Strings, not functions: tsx would wrap named inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__framing = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const y = box.y + box.height - 30;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width * 0.3 + i * 12, y);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames.slice(1);
  });
  const s = [...frames].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * 0.95)];
}

/** From the click on an event's mark to the frame with its details card and marked sentence. */
async function clickToDetails(page: Page): Promise<number> {
  const item = page.locator('.vis-item:has(.nl-lane-item)').nth(0);
  const id = await item.locator('.nl-lane-item').getAttribute('data-event-id');
  const title = await item.locator('.nl-lane-title').textContent();
  await page.evaluate(`(() => {
    const eventId = ${JSON.stringify(id)};
    const expected = ${JSON.stringify(title)};
    window.__shown = undefined;
    window.addEventListener('pointerdown', () => (window.__clicked = performance.now()), { capture: true, once: true });
    const check = () => {
      const h = document.querySelector('[data-testid="details"] h2');
      if (h && h.textContent === expected && document.querySelector('mark.nl-evidence--focused[data-event-ids~="' + eventId + '"]')) window.__shown = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  const box = (await item.boundingBox())!;
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown, undefined, { timeout: 10_000 });
  const r = await page.evaluate(() => {
    const w = window as unknown as { __clicked: number; __shown: number };
    return w.__shown - w.__clicked;
  });
  await page.keyboard.press('Escape');
  return r;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function interactions(document: string) {
  const app = await launchApp({ document });
  const { page } = app;
  try {
    await page.waitForTimeout(500);
    const zooms: number[] = [];
    for (let i = 0; i < 12; i++) {
      zooms.push(await zoomStep(page, i < 6 ? -120 : 120));
      await page.waitForTimeout(60);
    }
    const pans: number[] = [];
    for (let i = 0; i < 3; i++) pans.push(await panFrames(page));
    // Zoom into the densest stretch until single events are drawn, then click them.
    for (let i = 0; i < 6 && (await page.locator('.nl-lane-item').count()) === 0; i++) {
      await page.locator('.nl-cluster-label').first().click();
      await page.waitForTimeout(500);
    }
    const clicks: number[] = [];
    for (let i = 0; i < 7; i++) {
      clicks.push(await clickToDetails(page));
      await page.waitForTimeout(100);
    }
    return { zoom: median(zooms), pan: median(pans), click: median(clicks), heap: await heapMB(page) };
  } finally {
    await app.close();
  }
}

export async function runOverviewBench(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'newsline-bench-'));
  const misses: string[] = [];
  const lines: string[] = [];
  for (const n of SIZES) {
    const doc = generateDocument(n);
    const document = join(work, `doc-${n}.json`);
    writeFileSync(document, JSON.stringify(doc));
    const bareDir = join(REPO, 'dist', `bench-bare-${n}`);
    await buildBarePage(doc, bareDir);
    const tljsDir = join(work, `tljs-${n}`);
    buildTimelineJsPage(tljsDir, doc);
    const bare = await serve(bareDir);
    const tljs = await staticServer(tljsDir);
    const app: number[] = [];
    const vis: number[] = [];
    const tl: number[] = [];
    try {
      // Warm the browser and the file cache once, then interleave so drift hits all three alike.
      await timeApp(document);
      for (let i = 0; i < RUNS; i++) {
        app.push(await timeApp(document));
        vis.push(await timePage(`http://${bare.host}/index.html`, bareProbe(n), true));
        tl.push(await timePage(`${tljs.url}/index.html`));
      }
    } finally {
      bare.server.close();
      tljs.close();
    }
    const vsVis = median(app.map((a, i) => a / vis[i]));
    const vsTl = median(app.map((a, i) => a / tl[i]));
    lines.push(
      `  ${String(n).padStart(6)} events  Newsline ${median(app).toFixed(0).padStart(5)} ms   bare vis-timeline ${median(vis).toFixed(0).padStart(5)} ms   TimelineJS3 ${median(tl).toFixed(0).padStart(6)} ms   Newsline/vis ${vsVis.toFixed(2)}x   Newsline/TimelineJS ${vsTl.toFixed(2)}x`,
    );
    if (vsVis > TARGETS.loadRatio) misses.push(`load at ${n}: ${vsVis.toFixed(2)}x bare vis-timeline (target ≤ ${TARGETS.loadRatio}x)`);
    if (n === 10_000 && median(app) > TARGETS.load10k) misses.push(`load at 10,000: ${median(app).toFixed(0)} ms (target ≤ ${TARGETS.load10k} ms)`);
  }
  console.log(`\nMany events: cold load until usable (controls ready, timeline drawn), medians of ${RUNS} interleaved runs; ratios are medians of paired runs`);
  for (const l of lines) console.log(l);

  const big = Math.max(...SIZES);
  const document = join(work, `doc-${big}.json`);
  const r = await interactions(document);
  console.log(`\nAt ${big} events:`);
  const check = (label: string, value: number, target: number, unit: string) => {
    const ok = value <= target;
    console.log(`  ${label.padEnd(34)} ${value.toFixed(1).padStart(7)} ${unit}  (target ≤ ${target} ${unit}: ${ok ? 'met' : 'NOT met'})`);
    if (!ok && big === 10_000) misses.push(`${label}: ${value.toFixed(1)} ${unit} (target ≤ ${target} ${unit})`);
  };
  check('zoom step (median)', r.zoom, TARGETS.zoom, 'ms');
  check('pan frame (95th percentile)', r.pan, TARGETS.pan, 'ms');
  check('click to details card and mark', r.click, TARGETS.click, 'ms');
  check('renderer JS heap after GC', r.heap, TARGETS.heapMB, 'MB');
  await closeBrowser();
  if (misses.length) {
    console.log(`\nTargets missed:\n  ${misses.join('\n  ')}`);
    return false;
  }
  console.log('\nEvery target met.');
  return true;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  runOverviewBench()
    .then(
      (ok) => {
        if (!ok) process.exitCode = 1;
      },
      (err) => {
        console.error(err);
        process.exitCode = 1;
      },
    )
    // A failed run must end too: the shared browser would otherwise keep the process waiting for ever.
    .finally(() => closeBrowser());
}
