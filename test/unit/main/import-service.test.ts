import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A worker that notes each start of its own and each job it answers, in a log file. */
const countingWorker = (log: string) =>
  [
    "const { appendFileSync } = require('node:fs');",
    "const { parentPort } = require('node:worker_threads');",
    `appendFileSync(${JSON.stringify(log)}, 'start\\n');`,
    "parentPort.on('message', ({ id, job }) => {",
    `  appendFileSync(${JSON.stringify(log)}, job.kind + '\\n');`,
    "  parentPort.postMessage({ id, result: job.kind === 'extract' ? { ok: true, events: [] } : { ok: false, file: 'x', message: 'x: done' } });",
    '});',
  ].join('\n');

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

describe('warming a worker before the first import', () => {
  it('starts one worker ahead of the first job, and that job runs on it', async () => {
    const log = join(dir, 'warm-log.txt');
    writeFileSync(log, '');
    const counting = join(dir, 'counting-worker.js');
    writeFileSync(counting, countingWorker(log));
    const lines = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    const service = workerImportService(counting);
    try {
      await Promise.all([service.warm(), service.warm()]);
      expect(lines()).toEqual(['start', 'bytes']);
      await service.warm();
      expect(lines(), 'an idle worker is already warm').toEqual(['start', 'bytes']);
      await service.importFile(SEED_TEXT);
      expect(lines(), 'the import ran on the warmed worker, with no new start').toEqual(['start', 'bytes', 'file']);
    } finally {
      await service.close();
    }
  });

  it('retires a worker after its share of jobs, and readies the next one at once', async () => {
    const log = join(dir, 'retire-log.txt');
    writeFileSync(log, '');
    const counting = join(dir, 'retire-worker.js');
    writeFileSync(counting, countingWorker(log));
    const lines = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
    const service = workerImportService(counting, { jobsPerWorker: 2 });
    try {
      await service.importFile(SEED_TEXT);
      await service.importFile(SEED_TEXT);
      expect(lines(), 'two jobs on the first worker').toEqual(['start', 'file', 'file']);
      // The replacement starts and warms without any import asking for it.
      await expect.poll(lines, { timeout: 10_000 }).toEqual(['start', 'file', 'file', 'start', 'bytes']);
      // The log is written as the job arrives; warm() answers once that warming is over (and starts no other).
      await service.warm();
      await service.importFile(SEED_TEXT);
      expect(lines(), 'the next import ran on the readied worker').toEqual(['start', 'file', 'file', 'start', 'bytes', 'file']);
    } finally {
      await service.close();
    }
  });

  it('the real worker, retired after every job, still imports each time', async () => {
    const service = workerImportService(workerFile, { jobsPerWorker: 1 });
    try {
      for (let i = 0; i < 3; i++) expect((await service.importFile(SEED_TEXT, '2024-05-15')).ok).toBe(true);
    } finally {
      await service.close();
    }
  });

  it('the real worker, warmed, imports the seed article', async () => {
    const service = workerImportService(workerFile);
    try {
      await service.warm();
      const r = await service.importFile(SEED_TEXT, '2024-05-15');
      expect(r.ok).toBe(true);
    } finally {
      await service.close();
    }
  });

  it('never fails, even when the worker cannot start', async () => {
    const service = workerImportService(join(dir, 'no-such-worker.js'));
    await expect(service.warm()).resolves.toBeUndefined();
    await service.close();
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

describe('the watchdog and cancel', () => {
  // A worker that never answers stands in for a file that would keep the importer busy for minutes.
  const hanging = () => {
    const file = join(dir, 'hanging-worker.js');
    writeFileSync(file, "require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });");
    return file;
  };

  it('stops a job past its budget, names the file and says why, and the next job runs at once', async () => {
    const service = workerImportService(hanging(), { budgetMs: 300 });
    const started = Date.now();
    const r = await service.importFile('/somewhere/huge-report.md');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r).toEqual({
      ok: false,
      file: 'huge-report.md',
      message: 'huge-report.md: reading this file took more than 0 s, so it was stopped. It is too much for Newsline to read in time (very long, or built to be slow to read)',
    });
    await service.close();
  });

  it('a hung import never blocks the next one', async () => {
    const slow = workerImportService(workerFile, { budgetMs: 60_000 });
    // A real import made slow by size: Markdown of a megabyte less a little.
    const big = new TextEncoder().encode('Title\n\n' + 'The talks in Doha on May 5 ended without agreement, officials said. '.repeat(15_000));
    let firstDone = false;
    const first = slow.importBytes('big.md', big).finally(() => (firstDone = true));
    await new Promise((ok) => setTimeout(ok, 100));
    const second = await slow.importBytes('small.txt', new TextEncoder().encode('Small\n\nIt happened in 2019.'));
    // The small file was answered while the big one was still being read: it did not wait its turn.
    expect(firstDone).toBe(false);
    expect(second.ok).toBe(true);
    slow.cancelImports();
    expect(await first).toMatchObject({ ok: false, canceled: true, message: 'big.md: the import was canceled' });
    await slow.close();
  }, 30_000);

  it('cancel stops an import under way at once, and the service goes on working', async () => {
    const service = workerImportService(hanging(), { budgetMs: 60_000 });
    const pending = service.importBytes('stuck.html', new Uint8Array([60]));
    await new Promise((ok) => setTimeout(ok, 100));
    expect(service.cancelImports()).toBe(1);
    expect(await pending).toEqual({ ok: false, file: 'stuck.html', message: 'stuck.html: the import was canceled', canceled: true });
    expect(service.cancelImports()).toBe(0);
    await service.close();
  });
});
