import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The Electron checks skip where no binary exists, and fail where NEWSLINE_REQUIRE_ELECTRON=1 declares one
// (the workflow, after downloading it). Both checks run here as they run there, as child processes, with
// ELECTRON_OVERRIDE_DIST_PATH pointing at an empty folder so that "no binary" holds on every machine.

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));
const noBinary = mkdtempSync(join(tmpdir(), 'newsline-no-electron-'));
afterAll(() => rmSync(noBinary, { recursive: true, force: true }));

function run(args: string[], declared: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noBinary, NO_COLOR: '1' };
  delete env.NEWSLINE_REQUIRE_ELECTRON;
  delete env.VITEST;
  delete env.VITEST_WORKER_ID;
  delete env.VITEST_POOL_ID;
  if (declared) env.NEWSLINE_REQUIRE_ELECTRON = '1';
  const r = spawnSync(process.execPath, args, { cwd: projectDir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the Electron smoke test (test/electron/run.mjs) without a binary', () => {
  it('says it was skipped, and why, and passes where nothing declares Electron', () => {
    const r = run(['test/electron/run.mjs'], false);
    expect(r.out).toMatch(/SKIPPED: Electron smoke test: ELECTRON_OVERRIDE_DIST_PATH has no binary at /);
    expect(r.code).toBe(0);
  });

  it('fails where NEWSLINE_REQUIRE_ELECTRON=1 declares the binary present', () => {
    const r = run(['test/electron/run.mjs'], true);
    expect(r.out).toMatch(/FAILED: Electron smoke test: NEWSLINE_REQUIRE_ELECTRON=1 declares Electron's binary present, but/);
    expect(r.code).toBe(1);
  });
});

describe('the packaged-app check (asar-contents.test.ts) without a binary', () => {
  const vitest = join(projectDir, 'node_modules/vitest/vitest.mjs');
  const args = [vitest, 'run', 'test/unit/packaging/asar-contents.test.ts', '-t', 'built by electron-builder --dir'];

  it('is skipped, saying why, where nothing declares Electron', () => {
    const r = run(args, false);
    expect(r.out).toMatch(/SKIPPED: packaged-app check .*ELECTRON_OVERRIDE_DIST_PATH has no binary at /);
    expect(r.out).toMatch(/Tests: 0 passed, 0 failed, \d+ skipped/);
    expect(r.code).toBe(0);
  }, 120_000);

  it('fails where NEWSLINE_REQUIRE_ELECTRON=1', () => {
    const r = run(args, true);
    expect(r.out).toMatch(/FAILED: packaged-app check .*NEWSLINE_REQUIRE_ELECTRON=1 declares Electron's binary present, but/);
    expect(r.out).toMatch(/Tests: 0 passed, 1 failed/);
    expect(r.code).not.toBe(0);
  }, 120_000);
});
