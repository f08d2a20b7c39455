import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerImportService } from '../../../main/import-service';
import { harbourDocument } from '../../fixtures/merges/harbour';

// The built import worker keeps wink-nlp's English model in a file of its own (dist/main/wink-model.js), so the
// bundle stays small to read; extraction's titles and merge proposals both tag with it, so a worker reads it when
// it starts, and one without it fails plainly, naming the file.

const REPO = join(import.meta.dirname, '../../..');
const SEED_TEXT = join(REPO, 'data/tass-2024-05-15-taliban/article.txt');
const dirs: string[] = [];

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/main/import-worker.js')) || !existsSync(join(REPO, 'dist/main/wink-model.js'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--quiet', '--only=main'], { cwd: REPO, stdio: 'inherit' });
  }
}, 240_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The built worker copied into a folder of its own, with or without the model beside it. */
function workerCopy(withModel: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-worker-model-'));
  dirs.push(dir);
  copyFileSync(join(REPO, 'dist/main/import-worker.js'), join(dir, 'import-worker.js'));
  if (withModel) copyFileSync(join(REPO, 'dist/main/wink-model.js'), join(dir, 'wink-model.js'));
  return join(dir, 'import-worker.js');
}

describe('the built import worker and the tagger model', () => {
  // The worker's own code has grown to about the model's size (3.9 MB each after round 38), so "smaller than the model"
  // no longer tells the two apart; the model inside would take the worker to about 8 MB.
  it('carries no model inside: the model file is beside it, and the worker stays under 6 MB without it', () => {
    const worker = statSync(join(REPO, 'dist/main/import-worker.js')).size;
    const model = statSync(join(REPO, 'dist/main/wink-model.js')).size;
    expect(model).toBeGreaterThan(2_000_000);
    expect(worker).toBeLessThan(6_000_000);
    expect(worker + model).toBeGreaterThan(6_000_000);
  });

  it('says so plainly, naming the file, when the model is not beside it', async () => {
    const service = workerImportService(workerCopy(false));
    try {
      await expect(service.importFile(SEED_TEXT, '2024-05-15')).rejects.toThrow(/wink-model/);
    } finally {
      await service.close();
    }
  }, 60_000);

  it('proposes merges with the model beside it, after an import on the same worker', async () => {
    const service = workerImportService(workerCopy(true));
    try {
      expect((await service.importFile(SEED_TEXT, '2024-05-15')).ok).toBe(true);
      const proposals = await service.proposeMerges(harbourDocument());
      expect(proposals.map((p) => p.id)).toContain('a1+b1');
    } finally {
      await service.close();
    }
  }, 60_000);
});
