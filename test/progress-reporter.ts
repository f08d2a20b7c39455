import { appendFileSync } from 'node:fs';
import type { ReportedHookContext, Reporter, TestCase, TestModule, TestSpecification } from 'vitest/node';

// The stall guard (scripts/run-vitest.mjs) runs vitest as a child and watches this log from outside: a stall can
// leave vitest's own process idle with its timers never firing, so the guard cannot live in vitest's process.
// Lines: "all <file>" per file at the start, "tick" per step, "end <passed> <failed> <skipped> <file>" per file.
// Without NEWSLINE_PROGRESS_LOG (a plain `vitest run`) it writes nothing.
// A test or hook that is running ticks every second: its own timeout bounds it (up to 600 s, for
// electron-builder where the binary exists), so the guard's limit only counts the time outside tests and hooks,
// where a worker loading a file has no timeout at all. Past OPEN_LIMIT_MS a running one stops ticking, in case a
// worker is stuck where its timeout cannot fire.
const TICK_MS = 1_000;
const OPEN_LIMIT_MS = 15 * 60_000;

function log(line: string): void {
  const file = process.env.NEWSLINE_PROGRESS_LOG;
  if (file) appendFileSync(file, `${line}\n`);
}

/** Counts a file's tests as the summary line does: a file that failed to load counts once as failed. */
export function moduleCounts(m: TestModule): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const t of m.children.allTests()) {
    const state = t.result().state;
    if (state === 'passed') passed++;
    else if (state === 'failed') failed++;
    else skipped++;
  }
  if (m.state() === 'failed' && passed + failed + skipped === 0) failed++;
  return { passed, failed, skipped };
}

// vitest loads a reporter from its default export.
export default class ProgressReporter implements Reporter {
  /** Running tests and hooks: key -> [module id, start time]. */
  private readonly open = new Map<string, [string, number]>();
  private timer: ReturnType<typeof setInterval> | undefined;

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    for (const s of specifications) log(`all ${s.moduleId}`);
    this.timer = setInterval(() => {
      const now = Date.now();
      if ([...this.open.values()].some(([, started]) => now - started < OPEN_LIMIT_MS)) log('tick');
    }, TICK_MS);
    this.timer.unref();
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  onTestModuleCollected(): void {
    log('tick');
  }

  onHookStart(h: ReportedHookContext): void {
    const moduleId = h.entity.type === 'module' ? h.entity.moduleId : h.entity.module.moduleId;
    this.open.set(`${h.name} ${h.entity.id}`, [moduleId, Date.now()]);
  }

  onHookEnd(h: ReportedHookContext): void {
    this.open.delete(`${h.name} ${h.entity.id}`);
    log('tick');
  }

  onTestCaseReady(t: TestCase): void {
    this.open.set(t.id, [t.module.moduleId, Date.now()]);
  }

  onTestCaseResult(t: TestCase): void {
    this.open.delete(t.id);
    log('tick');
  }

  onTestModuleEnd(m: TestModule): void {
    for (const [key, [moduleId]] of this.open) if (moduleId === m.moduleId) this.open.delete(key);
    const c = moduleCounts(m);
    log(`end ${c.passed} ${c.failed} ${c.skipped} ${m.moduleId}`);
  }
}
