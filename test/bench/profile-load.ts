// Where a cold load's time goes: a CPU profile and a trace of the app's main thread from navigation until the
// overview bench calls the window usable, summed by function (self time), by script, and by kind of task.
//   npx tsx test/bench/profile-load.ts [events=10000, or 0 for the seed article] [runs=1]
// Not part of `npm run bench`: it explains a figure, it does not hold one to a target. Profile an unminified
// build to read function names: `npx vite build --config vite.config.mts --minify false` after `npm run build`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { browserFor, closeBrowser, launchApp, SEED_DOCUMENT } from '../e2e/launch';
import { generateDocument } from '../fixtures/generate-document';
import { appProbe } from './overview-bench';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 1);

function top(map: Map<string, number>, n: number, total: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
}

function summarize(profile: Profile, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || f.functionName}:${f.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t > to) break;
    if (t < from) continue;
    const node = byId.get(profile.samples[i])!;
    const f = node.callFrame;
    if (f.functionName === '(idle)') continue;
    const file = f.url.split('/').pop() || f.functionName;
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byScript.set(file, (byScript.get(file) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const k = keyOf(byId.get(id)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
    total += dt;
  }
  return { self, byScript, total, inclusive };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'newsline-profile-'));
  // 0 events: the seed article, to see the part of a load that does not grow with the events.
  const document = count ? join(work, `doc-${count}.json`) : SEED_DOCUMENT;
  if (count) writeFileSync(document, JSON.stringify(generateDocument(count)));
  const browser = await browserFor(false);
  for (let run = 0; run < runs; run++) {
    let cdp: CDPSession | undefined;
    await browser.startTracing(undefined, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
    const app = await launchApp({
      document,
      initScript: appProbe,
      readyTimeoutMs: 120_000,
      beforeLoad: async (page) => {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      },
    });
    try {
      const painted = (await (await app.page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt, undefined, { timeout: 120_000 })).jsonValue()) as number;
      const { profile } = (await cdp!.send('Profiler.stop')) as unknown as { profile: Profile };
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      writeFileSync(join(work, `profile-${run}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(work, `trace-${run}.json`), JSON.stringify(trace));
      console.log(`\nrun ${run + 1}: usable at ${painted.toFixed(0)} ms after navigation (files in ${work})`);
      // The profile starts before navigation; the page's clock starts at navigation. Both counted from the profile's start, close enough.
      // Profile and trace share the monotonic clock (µs): only samples from navigation to usable count.
      const nav = navigationOf(trace.traceEvents);
      const { self, byScript, total, inclusive } = summarize(profile, nav?.ts ?? 0, nav ? nav.ts + painted * 1000 : Infinity);
      console.log(`CPU profile, busy ${total.toFixed(0)} ms; by script:\n${top(byScript, 12, total)}`);
      console.log(`by function (self):\n${top(self, 45, total)}`);
      console.log(`by function (inclusive):\n${top(inclusive, Number(process.env.PROFILE_INCLUSIVE ?? 80), total)}`);
      summarizeTrace(trace.traceEvents, painted);
    } finally {
      await app.close();
    }
  }
  await closeBrowser();
}

/** The renderer's main thread: top-level tasks and the blink/v8 events inside them, by name, up to usable. */
function navigationOf(events: TraceEvent[]) {
  return events.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL?.includes('index.html'));
}

function summarizeTrace(events: TraceEvent[], painted: number) {
  const nav = navigationOf(events);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!nav || e.pid === nav.pid));
  if (!nav || !main) return console.log('trace: no navigation or main thread found');
  const start = nav.ts;
  const end = start + painted * 1000;
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts <= end);
  const names = new Map<string, number>();
  for (const e of on) names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const tasks = on.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  console.log(`trace: main thread busy ${busy.toFixed(0)} ms of ${painted.toFixed(0)} ms; events by name (inclusive, nested events counted in each):\n${top(names, 25, painted)}`);
  console.log('long tasks (> 30 ms), from navigation:');
  for (const e of tasks.filter((x) => (x.dur ?? 0) > 30_000)) {
    const inner = on.filter((x) => x !== e && x.ts >= e.ts && x.ts + (x.dur ?? 0) <= e.ts + (e.dur ?? 0) && (x.dur ?? 0) > 5000);
    const what = inner
      .slice(0, 8)
      .map((x) => `${x.name}${x.args?.data && (x.args.data as { url?: string; functionName?: string }).functionName ? `(${(x.args.data as { functionName?: string }).functionName})` : ''} ${((x.dur ?? 0) / 1000).toFixed(0)}`)
      .join(', ');
    console.log(`  ${((e.ts - start) / 1000).toFixed(0).padStart(6)} ms +${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)}: ${what}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
