// Where the seed startup's time goes, app against the plainest bare vis-timeline page: traced cold loads,
// interleaved, with the renderer main thread's CPU time (thread duration, less sensitive to machine load than
// wall clock) until the startup bench's probe says usable, split by kind of work.
//   npx tsx test/bench/startup-trace.ts [runs=6]
// Not part of `npm run bench`: it explains the startup figure.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { NewslineDocument } from '../../shared/document';
import { bridge, browserFor, closeBrowser, launchApp, REPO, SEED_DOCUMENT, serve } from '../e2e/launch';
import { buildBarePage, probe, settle } from './startup-bench';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const RUNS = Number(process.argv[2] ?? 6);
// The first run's two traces are kept, to open in DevTools' Performance panel.
const TRACE_DIR = process.env.TRACE_DIR ?? tmpdir();
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'blink', 'toplevel'];

async function traced(browser: Browser, load: () => Promise<{ painted: number; close: () => Promise<void> }>) {
  await browser.startTracing(undefined, { categories: CATEGORIES });
  const { painted, close } = await load();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await close();
  return { painted, events: trace.traceEvents };
}

function summarize(events: TraceEvent[], painted: number, urlPart: string) {
  const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL?.includes(urlPart));
  if (!nav) throw new Error('no navigation');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid)!;
  const start = nav.ts;
  const end = start + painted * 1000;
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts <= end);
  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  // Only outermost tasks.
  const top: TraceEvent[] = [];
  for (const t of tasks.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(t);
  }
  const cpu = top.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  const wall = top.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  const by = new Map<string, number>();
  // Exclusive-ish: names at any depth, thread time.
  for (const e of on) by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
  const marks = on
    .filter((e) => ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'ParseHTML', 'Layout', 'UpdateLayoutTree', 'Paint', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'ParseAuthorStyleSheet', 'v8.run', 'EventDispatch', 'V8.GCScavenger', 'MajorGC', 'MinorGC'].includes(e.name) && (e.dur ?? 0) > 2000)
    .map((e) => `${((e.ts - start) / 1000).toFixed(0)}+${((e.dur ?? 0) / 1000).toFixed(0)}(${((e.tdur ?? 0) / 1000).toFixed(0)}) ${e.name}${(e.args?.data as { url?: string })?.url ? ' ' + String((e.args!.data as { url: string }).url).split('/').pop() : ''}${(e.args?.data as { functionName?: string })?.functionName ? ' ' + (e.args!.data as { functionName: string }).functionName : ''}`);
  return { cpu, wall, by, marks, painted };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const doc: NewslineDocument = JSON.parse(readFileSync(SEED_DOCUMENT, 'utf8'));
  const count = doc.events.length;
  const dir = join(REPO, 'dist', 'bench-bare-trace');
  await buildBarePage(doc, dir);
  const { server, host } = await serve(dir);
  const browser = await browserFor(false);
  const bridgeJs = await bridge();
  const app: ReturnType<typeof summarize>[] = [];
  const bare: ReturnType<typeof summarize>[] = [];
  const loadApp = async () => {
    const a = await launchApp({ initScript: probe(count, true), waitForReady: false, beforeLoad: settle });
    const painted = (await (await a.page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt)).jsonValue()) as number;
    return { painted, close: () => a.close() };
  };
  const loadBare = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.exposeBinding('__newslineInvoke', async () => undefined);
    await context.addInitScript({ content: bridgeJs });
    await context.addInitScript({ content: probe(count, false) });
    const page = await context.newPage();
    await settle();
    await page.goto(`http://${host}/index.html`);
    const painted = (await (await page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt)).jsonValue()) as number;
    return { painted, close: () => context.close() };
  };
  await loadApp().then((x) => x.close());
  await loadBare().then((x) => x.close());
  for (let i = 0; i < RUNS; i++) {
    const a = await traced(browser, loadApp);
    app.push(summarize(a.events, a.painted, 'index.html'));
    if (i === 0) writeFileSync(join(TRACE_DIR, 'trace-app.json'), JSON.stringify({ traceEvents: a.events }));
    const b = await traced(browser, loadBare);
    bare.push(summarize(b.events, b.painted, 'index.html'));
    if (i === 0) writeFileSync(join(TRACE_DIR, 'trace-bare.json'), JSON.stringify({ traceEvents: b.events }));
    console.log(`run ${i + 1}: app ${a.painted.toFixed(0)} ms cpu ${app[i].cpu.toFixed(0)}; bare ${b.painted.toFixed(0)} ms cpu ${bare[i].cpu.toFixed(0)}`);
  }
  server.close();
  await closeBrowser();
  const names = new Set([...app, ...bare].flatMap((r) => [...r.by.keys()]));
  const rows = [...names]
    .map((n) => ({ n, a: median(app.map((r) => r.by.get(n) ?? 0)), b: median(bare.map((r) => r.by.get(n) ?? 0)) }))
    .filter((r) => r.a > 2 || r.b > 2)
    .sort((x, y) => y.a - x.a);
  console.log(`\nmedians of ${RUNS}: usable app ${median(app.map((r) => r.painted)).toFixed(0)} ms, bare ${median(bare.map((r) => r.painted)).toFixed(0)} ms; ratio ${median(app.map((r, i) => r.painted / bare[i].painted)).toFixed(2)}`);
  console.log(`main-thread CPU until usable: app ${median(app.map((r) => r.cpu)).toFixed(0)} ms, bare ${median(bare.map((r) => r.cpu)).toFixed(0)} ms; ratio ${median(app.map((r, i) => r.cpu / bare[i].cpu)).toFixed(2)}`);
  console.log('thread time by event name (nested counted in each), app / bare:');
  for (const r of rows.slice(0, 30)) console.log(`  ${r.a.toFixed(1).padStart(7)} ${r.b.toFixed(1).padStart(7)}  ${r.n}`);
  console.log('\nlast app run, timeline (ms from nav + wall (cpu)):\n  ' + app[app.length - 1].marks.join('\n  '));
  console.log('\nlast bare run:\n  ' + bare[bare.length - 1].marks.join('\n  '));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
