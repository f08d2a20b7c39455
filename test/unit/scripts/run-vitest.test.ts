import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The stall guard runs a real vitest on test/fixtures/stall, where one file can be made to wait forever while it
// loads, as a worker did when a module request went unanswered. The guard's limit is set to 3 s here (plus the
// minute it allows for starting up, so a loaded machine does not trip it before the files are listed).

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'newsline-stall-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function guard(mode: string, marker = join(scratch, `marker-${mode}`)) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NEWSLINE_STALL_SECONDS: '3', STALL_MODE: mode, STALL_MARKER: marker };
  for (const k of ['VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID', 'NEWSLINE_PROGRESS_LOG']) delete env[k];
  const started = Date.now();
  const r = spawnSync(process.execPath, ['scripts/run-vitest.mjs', '--config=test/fixtures/stall/vitest.config.mts'], {
    cwd: projectDir,
    env,
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { code: r.status, signal: r.signal, out: `${r.stdout}${r.stderr}`, seconds: (Date.now() - started) / 1000 };
}

describe('scripts/run-vitest.mjs, the stall guard around vitest', () => {
  it('passes a run without a stall through untouched', () => {
    const r = guard('never');
    expect(r.out).not.toMatch(/\[run-vitest\]/);
    expect(r.out).toMatch(/Tests: 2 passed, 0 failed, 1 skipped/);
    expect(r.code).toBe(0);
  }, 180_000);

  it('leaves a test that runs longer than the limit, inside its own timeout, alone', () => {
    const r = guard('slow');
    expect(r.out).not.toMatch(/\[run-vitest\]/);
    expect(r.out).toMatch(/Tests: 3 passed, 0 failed, 0 skipped/);
    expect(r.code).toBe(0);
  }, 180_000);

  it('stops a file that never finishes loading, names it, reruns it, and counts the whole run', () => {
    const r = guard('once');
    expect(r.out).toMatch(/no test progress for 3 s; stopped vitest\. \d file\(s\) never finished:\n( {2}\S+\n)* {2}test\/fixtures\/stall\/stalls\.fixture\.ts\n/);
    expect(r.out).toMatch(/after the rerun of \d file\(s\), over the whole run:\s+Tests: 2 passed, 0 failed, 1 skipped\s*$/);
    expect(r.code).toBe(0);
  }, 180_000);

  it('fails, naming the file, when it stalls again, and does not hang', () => {
    const r = guard('always');
    expect(r.signal).toBeNull();
    expect(r.out).toMatch(/FAILED: stalled again; never finished: (\S+, )*test\/fixtures\/stall\/stalls\.fixture\.ts/);
    expect(r.code).toBe(1);
    expect(r.seconds).toBeLessThan(150);
  }, 180_000);
});
