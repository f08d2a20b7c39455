import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerImportService, type ImportService } from '../../../main/import-service';

const REPO = join(import.meta.dirname, '../../..');
const SEED_TEXT = join(REPO, 'data/tass-2024-05-15-taliban/article.txt');
let dir: string;
let workerFile: string;

beforeAll(async () => {
  // The worker bundled the way scripts/build.mjs bundles it, into a folder of this test's own.
  dir = mkdtempSync(join(tmpdir(), 'newsline-worker-'));
  workerFile = join(dir, 'import-worker.js');
  await build({ entryPoints: [join(REPO, 'main/import-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: workerFile, logLevel: 'silent' });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the worker-thread import service', () => {
  let service: ImportService;
  beforeAll(() => {
    service = workerImportService(workerFile);
  });
  afterAll(() => service.close());

  it('imports a file off the main thread', async () => {
    const r = await service.importFile(SEED_TEXT, '2024-05-15');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.sources[0].paragraphs).toHaveLength(8);
  });

  it('imports bytes, and several jobs at once each get their own answer', async () => {
    const texts = ['First headline\n\nIt happened on Monday.', 'Second headline\n\nIt happened in 2019.'];
    const results = await Promise.all(texts.map((t, i) => service.importBytes(`a${i}.txt`, new TextEncoder().encode(t), '2024-05-15')));
    expect(results.map((r) => (r.ok ? r.document.sources[0].title : r.message))).toEqual(['First headline', 'Second headline']);
  });

  it('brings bad input back as a message', async () => {
    const r = await service.importBytes('empty.txt', new Uint8Array(0));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^empty\.txt: /) });
  });

  it('extracts events for new paragraphs and a new publication date', async () => {
    const events = await service.extract('s2', [{ id: 'p1', role: 'body', text: 'The bridge opened on Saturday.' }], '2019-06-03');
    expect(events[0].date.start).toBe('2019-06-01');
    expect(events[0].evidence[0].sourceId).toBe('s2');
  });

  it('starts a fresh worker after close', async () => {
    await service.close();
    const r = await service.importFile(SEED_TEXT);
    expect(r.ok).toBe(true);
  });
});

describe('a process using the service', () => {
  // A program that imports twice and never calls close(): it must finish its jobs and then exit by itself.
  // A worker still referenced while idle would keep it running until the timeout; one unreferenced during a
  // job would let it exit before printing.
  it('stays alive while a job is in flight, and exits once the worker is idle', async () => {
    const program = join(dir, 'idle-exit.cjs');
    const contents = [
      `import { workerImportService } from ${JSON.stringify(join(REPO, 'main/import-service.ts'))};`,
      `const service = workerImportService(${JSON.stringify(workerFile)});`,
      `service.importFile(${JSON.stringify(SEED_TEXT)}).then((r) => console.log('first', r.ok))`,
      `  .then(() => new Promise((ok) => setTimeout(ok, 200)))`,
      `  .then(() => service.importFile(${JSON.stringify(SEED_TEXT)})).then((r) => console.log('second', r.ok));`,
    ].join('\n');
    await build({ stdin: { contents, resolveDir: REPO, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile: program, logLevel: 'silent' });
    const started = Date.now();
    const r = spawnSync(process.execPath, [program], { encoding: 'utf8', timeout: 20_000 });
    expect(r.error, 'the process did not exit by itself').toBeUndefined();
    expect(r.stdout).toBe('first true\nsecond true\n');
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('a worker that dies', () => {
  it('fails the job in flight with a message instead of hanging', async () => {
    const dying = join(dir, 'dying-worker.js');
    writeFileSync(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));");
    const service = workerImportService(dying);
    await expect(service.importFile(SEED_TEXT)).rejects.toThrow('the import worker stopped (exit code 3)');
    await service.close();
  });
});
