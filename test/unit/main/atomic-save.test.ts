import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/migrations';

const REPO = join(import.meta.dirname, '../../..');
const KILLS = 50;
const SEED = join(REPO, 'data/tass-2024-05-15-taliban/document.json');
let loop = '';

// The saving loop, bundled once with the app's real writer, so each child starts in plain Node at once.
beforeAll(async () => {
  loop = join(mkdtempSync(join(tmpdir(), 'newsline-loop-')), 'save-loop.cjs');
  await build({ entryPoints: [join(REPO, 'test/fixtures/save/save-loop.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: loop, logLevel: 'silent' });
});

/** Starts the saving loop, waits until it is saving, lets it run a random while, then SIGKILLs it. */
function saveAndKill(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [loop, file, SEED], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 60));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the saving process ended by itself (${code}): ${err}`))));
  });
}

describe('atomic saves', () => {
  it(`a process killed with SIGKILL while saving, ${KILLS} times, always leaves a whole, valid timeline`, { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-kill-'));
    const file = join(dir, 'timeline.newsline');
    const seen = new Set<number>();
    for (let i = 0; i < KILLS; i++) {
      await saveAndKill(file);
      const r = readDocument(JSON.parse(readFileSync(file, 'utf8')));
      expect(r.ok, `after kill ${i + 1}`).toBe(true);
      if (r.ok) seen.add(r.document.events[0].title.endsWith('(edited)') ? 1 : 0);
    }
    // Temp files a killed writer leaves beside the file never replace it; the file itself is always whole.
    expect(readdirSync(dir)).toContain('timeline.newsline');
    // Both versions were caught on disk, so the kills did land mid-loop.
    expect(seen.size).toBe(2);
  });
});
