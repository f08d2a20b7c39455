import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

// The benches (sources, merges) drive the page's store in plain Node, outside vite's resolver: anything the store
// imports must load there too. vis-timeline's browser build does not (vis-util's exports refuse its subpath), so a
// value import of it anywhere under the store breaks `npm run bench`, which vitest alone would never notice.
describe('the store in plain Node', () => {
  it('loads without vite', () => {
    const script = "const m = await import('./renderer/store/index.ts'); console.log(typeof (m.createNewslineStore ?? m.default?.createNewslineStore));";
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr.split('\n').find((l) => /Error/.test(l)) ?? '').toBe('');
    expect(run.stdout.trim()).toBe('function');
    expect(run.status).toBe(0);
  }, 90_000);
});
