import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT, loadDocumentFile } from '../../../main/documents';
import { loadLaunchDocument } from '../../../main/launch-document';
import { receiveLoadResult } from '../../../shared/ipc';

// The launch document is read and checked on a worker thread; what the page gets must be what the same check on
// main gives, bad documents included, and a worker that cannot run must not cost the user the document.

const REPO = join(import.meta.dirname, '../../..');
const FIXTURES = join(REPO, 'test/fixtures/documents');
const SEED = join(REPO, 'data', DEFAULT_DOCUMENT);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
let dir: string;
let workerFile: string;

beforeAll(async () => {
  // Bundled the way scripts/build.mjs bundles it, into a folder of this test's own.
  dir = mkdtempSync(join(tmpdir(), 'newsline-document-worker-'));
  workerFile = join(dir, 'document-worker.js');
  await build({ entryPoints: [join(REPO, 'main/document-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the launch document, read on the document worker', () => {
  it.each([
    ['the seed article', SEED],
    ['a document with one bad event', join(FIXTURES, 'schema-violation', 'document.json')],
    ['a document that is not JSON', join(FIXTURES, 'invalid-json', 'document.json')],
    ['a missing file', join(FIXTURES, 'no-such-folder', 'document.json')],
  ])('%s: the page gets what the check on main gives', async (_name, file) => {
    const sent = await loadLaunchDocument(workerFile, file);
    expect(receiveLoadResult(structuredClone(sent), decode)).toEqual(await loadDocumentFile(file));
  });

  it("takes the worker's verdict: a worker that refuses the file is what the page is told", async () => {
    const refusing = join(dir, 'refusing-worker.js');
    writeFileSync(
      refusing,
      "require('node:worker_threads').parentPort.once('message', ({ file }) => require('node:worker_threads').parentPort.postMessage({ ok: false, file, problems: [{ path: '', message: 'refused' }], salvage: null }));",
    );
    expect(await loadLaunchDocument(refusing, SEED)).toEqual({ ok: false, file: SEED, problems: [{ path: '', message: 'refused' }], salvage: null });
  });

  it.each([
    ['fails as it starts', 'throw new Error("broken worker");'],
    ['stops without answering', "require('node:worker_threads').parentPort.once('message', () => process.exit(3));"],
  ])('a worker that %s: main checks the file itself', async (_name, code) => {
    const broken = join(dir, `broken-${code.length}.js`);
    writeFileSync(broken, code);
    const sent = await loadLaunchDocument(broken, SEED);
    expect(receiveLoadResult(sent, decode)).toEqual(await loadDocumentFile(SEED));
  });
});
