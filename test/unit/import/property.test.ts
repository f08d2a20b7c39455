import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../../main/documents';
import { importBytes, SUPPORTED_EXTENSIONS } from '../../../main/import/index';
import { validateDocument } from '../../../shared/document';

// Property tests, bounded to seconds: whatever the bytes or the JSON, the importer and the loader finish
// within their budget and answer with a valid document or a clear message naming the file.

const SEED = join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban/document.json');
const PER_RUN_MS = 3000;

describe('the importer on arbitrary bytes', () => {
  for (const ext of SUPPORTED_EXTENSIONS) {
    it(`under ${ext}: a valid document or a message naming the file, in time`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 2000 }),
            fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
            fc.array(fc.constantFrom('<div>', '</div>', '# ', '- ', '> ', '*', '[', '](', '\n\n', 'May 5, 2021 ', 'AB-', '\u200b', '<!--', 'PK\u0003\u0004'), { maxLength: 400 }).map((a) => new TextEncoder().encode(a.join(''))),
          ),
          async (bytes) => {
            const started = performance.now();
            const r = await importBytes(`input${ext}`, Buffer.from(bytes));
            expect(performance.now() - started).toBeLessThan(PER_RUN_MS);
            if (r.ok) expect(validateDocument(r.document).ok).toBe(true);
            else expect(r.message).toMatch(new RegExp(`^input\\${ext}: \\S`));
          },
        ),
        { numRuns: 25, interruptAfterTimeLimit: 8000 },
      );
    }, 30_000);
  }
});

describe('the loader on mutations of the seed document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-prop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seed = JSON.parse(readFileSync(SEED, 'utf8'));

  // A mutation: a path into the document and a hostile value put there.
  const hostile = fc.oneof(
    fc.constantFrom(null, undefined, 0, -1, 1e308, '', '__proto__', 'constructor', 'not-a-date', '2021-02-30', [], {}, true),
    fc.jsonValue({ maxDepth: 2 }),
  );

  function mutate(doc: unknown, picks: number[], value: unknown): unknown {
    const copy = structuredClone(doc) as Record<string, unknown>;
    let node: unknown = copy;
    for (let i = 0; i < picks.length; i++) {
      if (!node || typeof node !== 'object') break;
      const keys = Object.keys(node as object);
      if (keys.length === 0) break;
      const key = keys[picks[i] % keys.length];
      const next = (node as Record<string, unknown>)[key];
      if (i === picks.length - 1 || !next || typeof next !== 'object') {
        Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
        break;
      }
      node = next;
    }
    return copy;
  }

  it('never throws; a valid document or problems, in time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostile, async (picks, value) => {
        const file = join(dir, 'document.json');
        writeFileSync(file, JSON.stringify(mutate(seed, picks, value)) ?? 'undefined');
        const started = performance.now();
        const r = await loadDocumentFile(file);
        expect(performance.now() - started).toBeLessThan(PER_RUN_MS);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.message).toMatch(/\S/);
        }
      }),
      { numRuns: 150, interruptAfterTimeLimit: 10_000 },
    );
  }, 30_000);
});
