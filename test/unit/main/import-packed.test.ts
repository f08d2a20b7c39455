import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardResult, packResult, unpackResult, type JobResult } from '../../../main/import-jobs';
import { receiveOpenResult } from '../../../shared/ipc';
import { inlineImportService, workerImportService } from '../../../main/import-service';

// A worker sends an imported document back as one buffer of JSON, moved rather than copied. What arrives is
// the document the import made, field for field and in the same order: read in main, or forwarded by main
// unread and read on the page's side.

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
        if ('packed' in message) expect(new TextDecoder().decode(message.packed)).toBe(JSON.stringify(x));
        expect(JSON.stringify(roundTrip(result))).toBe(JSON.stringify(result));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a paragraph the length of an article as JSON.stringify does, whatever character its slices end on', () => {
    const unit = fc.constantFrom('a', 'é', '漢', '😀', '\ud83d', '\ude00', '"', '\\', '\n', '\u2028', '\u0000');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 16_000, maxLength: 40_000 }), fc.integer({ min: 0, max: 16_384 }), (units, pad) => {
        const text = 'x'.repeat(pad) + units.join('');
        const document = { sources: [{ paragraphs: [{ id: 'p1', role: 'body', text }] }], long: text };
        const result = { ok: true, file: 'a.txt', document, warnings: [], publishedSource: null } as unknown as JobResult;
        const { message } = packResult(result);
        expect('packed' in message && new TextDecoder().decode(message.packed)).toBe(JSON.stringify(document));
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('is forwarded by main as the same bytes, which the page reads as the same document', () => {
    const result = { ok: true, file: 'a.txt', document: SEED_DOCUMENT, warnings: [], publishedSource: 'given' } as unknown as JobResult;
    const { message, transfer } = packResult(result);
    const forwarded = forwardResult(structuredClone(message, { transfer }), 'a.txt');
    expect(forwarded).toMatchObject({ ok: true, file: 'a.txt', warnings: [], publishedSource: 'given' });
    if (!forwarded.ok || !('document' in forwarded) || !('json' in forwarded.document)) throw new Error('not forwarded');
    const json = forwarded.document.json;
    expect(new TextDecoder().decode(json)).toBe(JSON.stringify(SEED_DOCUMENT));
    // As Electron's IPC copies it to the page, and the page's side of the bridge reads it.
    const opened = receiveOpenResult({ status: 'opened', file: '/articles/a.txt', document: { json: structuredClone(json) }, warnings: [] }, (b) => new TextDecoder().decode(b));
    expect(opened).toEqual({ status: 'opened', file: '/articles/a.txt', document: SEED_DOCUMENT, warnings: [] });
  });

  it('refuses, naming the file, an answer whose document did not come with it', () => {
    const forwarded = forwardResult({ packed: undefined as never, head: { ok: true, file: 'a.txt', document: null } }, 'a.txt');
    expect(forwarded).toEqual({ ok: false, file: 'a.txt', message: expect.stringMatching(/^a\.txt: the import worker's answer could not be read/) });
  });

  it('on the page, a forwarded document that does not read as JSON is a failure naming the file, not a throw', () => {
    const broken = new TextEncoder().encode('{"format":"newsline-document","sources":[');
    const r = receiveOpenResult({ status: 'opened', file: '/articles/b.html', document: { json: broken }, warnings: [] }, (b) => new TextDecoder().decode(b));
    expect(r).toEqual({ status: 'failed', file: 'b.html', message: expect.stringMatching(/^b\.html: the imported document could not be read \(/) });
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

  it('forwarded, as the app has main do, reads on the page as the same import made on the calling thread', async () => {
    const service = workerImportService(workerFile, { forward: true });
    try {
      const forwarded = await service.importFile(SEED_TEXT, '2024-05-15');
      const inline = await inlineImportService().importFile(SEED_TEXT, '2024-05-15');
      if (!forwarded.ok || !inline.ok) throw new Error('the seed did not import');
      expect(forwarded.document.json).toBeInstanceOf(Uint8Array);
      const opened = receiveOpenResult({ status: 'opened', file: SEED_TEXT, document: forwarded.document, warnings: forwarded.warnings }, (b) => new TextDecoder().decode(b));
      expect(opened).toEqual({ status: 'opened', file: SEED_TEXT, document: inline.document, warnings: inline.warnings });
    } finally {
      await service.close();
    }
  });
});
