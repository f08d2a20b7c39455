import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packResult, unpackResult, type JobResult } from '../../../main/import-jobs';
import { inlineImportService, workerImportService } from '../../../main/import-service';

// A worker sends an imported document back as one buffer of JSON, moved rather than copied. What arrives is
// the document the import made, field for field and in the same order.

const REPO = join(import.meta.dirname, '../../..');
const SEED_TEXT = join(REPO, 'data/tass-2024-05-15-taliban/article.txt');
const SEED_DOCUMENT = JSON.parse(readFileSync(join(REPO, 'data/tass-2024-05-15-taliban/document.json'), 'utf8'));

const roundTrip = (result: JobResult) => {
  const { message, transfer } = packResult(result);
  // Moved as the worker moves it: the sender's buffer is gone once sent.
  const moved = structuredClone(message, { transfer });
  for (const buffer of transfer) expect(buffer.byteLength).toBe(0);
  return unpackResult(moved);
};

describe('an import result packed into one buffer', () => {
  it('unpacks to the same document, in the same field order, as JSON would write it', () => {
    const result = { ok: true, file: 'a.txt', document: SEED_DOCUMENT, warnings: [{ code: 'no-publication-date' }], publishedSource: null } as unknown as JobResult;
    const back = roundTrip(result);
    expect(JSON.stringify(back)).toBe(JSON.stringify(result));
    expect(back).toEqual(result);
  });

  it('writes any JSON value as JSON.stringify does, undefined and all', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), (x) => {
        const result = { ok: true, file: 'a.txt', document: x, warnings: [x], publishedSource: null } as unknown as JobResult;
        const { message } = packResult(result);
        expect('packed' in message && new TextDecoder().decode(message.packed)).toBe(JSON.stringify(result));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a paragraph the length of an article as JSON.stringify does, whatever character its slices end on', () => {
    const unit = fc.constantFrom('a', 'é', '漢', '😀', '\ud83d', '\ude00', '"', '\\', '\n', '\u2028', '\u0000');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 16_000, maxLength: 40_000 }), fc.integer({ min: 0, max: 16_384 }), (units, pad) => {
        const text = 'x'.repeat(pad) + units.join('');
        const result = { ok: true, file: 'a.txt', document: { sources: [{ paragraphs: [{ id: 'p1', role: 'body', text }] }], long: text }, warnings: [], publishedSource: null } as unknown as JobResult;
        const { message } = packResult(result);
        expect('packed' in message && new TextDecoder().decode(message.packed)).toBe(JSON.stringify(result));
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('sends a result with no document as it is', () => {
    const result: JobResult = { ok: false, file: 'a.txt', message: 'a.txt: the file is empty' };
    expect(packResult(result)).toEqual({ message: { result }, transfer: [] });
  });
});

describe('a document imported on the worker', () => {
  let dir: string;
  let workerFile: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsline-packed-'));
    workerFile = join(dir, 'import-worker.js');
    await build({ entryPoints: [join(REPO, 'main/import-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('arrives as the same import made on the calling thread', async () => {
    const service = workerImportService(workerFile);
    try {
      const viaWorker = await service.importFile(SEED_TEXT, '2024-05-15');
      const inline = await inlineImportService().importFile(SEED_TEXT, '2024-05-15');
      expect(viaWorker.ok).toBe(true);
      expect(JSON.stringify(viaWorker)).toBe(JSON.stringify(inline));
      expect(viaWorker).toEqual(inline);
    } finally {
      await service.close();
    }
  });
});
