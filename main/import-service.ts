import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NewslineDocument, NewslineEvent, Paragraph } from '../shared/document';
import type { SentDocument } from '../shared/ipc';
import type { MergeProposal } from '../shared/merges';
import type { ImportResult } from './import';
import { forwardResult, runJob, unpackResult, type ImportJob, type JobResult, type PackedResult } from './import-jobs';

/**
 * `D`: the document an import gives: the document itself, or its JSON as the worker wrote it, which main forwards
 * to the page unread (workerImportService's `forward`).
 */
export interface ImportService<D = NewslineDocument> {
  importFile(path: string, published?: string | null): Promise<ImportResult<D>>;
  importBytes(name: string, bytes: Uint8Array, published?: string | null): Promise<ImportResult<D>>;
  extract(sourceId: string, paragraphs: Paragraph[], published: string | null): Promise<NewslineEvent[]>;
  /** Merge proposals for a document of several sources, worked out off the main thread. */
  proposeMerges(document: NewslineDocument): Promise<MergeProposal[]>;
  /** Stops every import under way; each answers as canceled. Returns how many were stopped. */
  cancelImports(): number;
  /**
   * Readies a worker ahead of the first import: started, its code loaded and run once on a short article, then
   * kept idle. Starting one is most of a first import's time (the bench prints both). Resolves when it is
   * ready, or at once when one already is; never fails: a worker that cannot start fails the next job instead.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How long one job may run before the watchdog stops it. Files within the size limit take at most 5 s (the
 * bench shows it); four times that leaves room for a slow or busy machine and still ends a runaway job.
 */
export const JOB_BUDGET_MS = 20_000;
/** The import worker's heap. The bench holds a file at the size limit to well under this. */
export const WORKER_HEAP_MB = 512;
/**
 * The worker's space for new objects. V8's default lets short-lived garbage pile up to tens of megabytes
 * before the first collection, which alone is more than ten times an article; a small one is collected
 * often and cheaply (nearly everything in it is already dead), so the import's peak memory is what it
 * actually keeps. The bench (test/bench/hostile-bench.ts) runs imports in a worker with these limits.
 */
export const WORKER_YOUNG_MB = 3;
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };
/**
 * Jobs one worker serves before it is retired. The part-of-speech tagger adds every word it has not seen to its
 * vocabulary and never lets go (about 200 KB per 2,000 new words), so a worker kept for a whole working day would
 * grow without bound. A retired worker's replacement is readied at once, so the next import still starts warm.
 */
export const WORKER_JOBS = 40;

function wrap<D>(run: (job: ImportJob) => Promise<JobResult | ImportResult<D>>, cancelImports: () => number, close: () => Promise<void>, warm: () => Promise<void>): ImportService<D> {
  return {
    warm,
    importFile: (path, published) => run({ kind: 'file', path, published }) as Promise<ImportResult<D>>,
    importBytes: (name, bytes, published) => run({ kind: 'bytes', name, bytes, published }) as Promise<ImportResult<D>>,
    extract: async (sourceId, paragraphs, published) => {
      const r = (await run({ kind: 'extract', sourceId, paragraphs, published })) as { events: NewslineEvent[] };
      return r.events;
    },
    proposeMerges: async (document) => {
      const r = (await run({ kind: 'merges', document })) as { proposals: MergeProposal[] };
      return r.proposals;
    },
    cancelImports,
    close,
  };
}

const jobFile = (job: ImportJob) => (job.kind === 'file' ? basename(job.path) : job.kind === 'bytes' ? basename(job.name) : null);

/** What the user is told when the watchdog stops a job: which file, and why. */
function tooLong(job: ImportJob, budgetMs: number): JobResult | Error {
  const file = jobFile(job);
  const seconds = Math.round(budgetMs / 1000);
  if (file === null) return new Error(`${job.kind === 'merges' ? 'proposing merges' : 'finding the events'} took more than ${seconds} s, so it was stopped`);
  return {
    ok: false,
    file,
    message: `${file}: reading this file took more than ${seconds} s, so it was stopped. It is too much for Newsline to read in time (very long, or built to be slow to read)`,
  };
}

function outOfMemory(job: ImportJob): JobResult | Error {
  const file = jobFile(job);
  const why = `needed more than ${WORKER_HEAP_MB} MB of memory, so it was stopped`;
  return file === null ? new Error(`finding the events ${why}`) : { ok: false, file, message: `${file}: reading this file ${why}. It is too much for Newsline to read` };
}

function canceled(job: ImportJob): JobResult | Error {
  const file = jobFile(job);
  return file === null ? new Error('finding the events was canceled') : { ok: false, file, message: `${file}: the import was canceled`, canceled: true };
}

/**
 * Imports on worker threads (the bundled import-worker.js), one job per worker, so a job that hangs never
 * holds up the next. A watchdog stops any job past its budget: its worker is terminated (the only way to stop
 * synchronous code) and a fresh one serves the next job. One idle worker is kept warm, unreferenced, so it
 * never keeps the process alive.
 * `forward`: an imported document is given as the JSON the worker wrote (checked there), for main to send to
 * the page unread, as the app does; otherwise it is read into objects here.
 */
export function workerImportService(workerFile: string, opts: { budgetMs?: number; jobsPerWorker?: number; forward: true }): ImportService<SentDocument>;
export function workerImportService(workerFile: string, opts?: { budgetMs?: number; jobsPerWorker?: number; forward?: false }): ImportService;
export function workerImportService(
  workerFile: string,
  opts: { budgetMs?: number; jobsPerWorker?: number; forward?: boolean } = {},
): ImportService<NewslineDocument | SentDocument> {
  const budgetMs = opts.budgetMs ?? JOB_BUDGET_MS;
  const jobsPerWorker = opts.jobsPerWorker ?? WORKER_JOBS;
  const served = new WeakMap<Worker, number>();
  // Counts close() calls, so a replacement readied after a retirement is not started for a service closed since.
  let closings = 0;
  let idle: Worker | null = null;
  const running = new Set<{ job: ImportJob; stop: (outcome: JobResult | Error) => void }>();

  const take = (): Worker => {
    // A heap cap of its own: a file that balloons ends this worker, not the app.
    const w = idle ?? new Worker(workerFile, { resourceLimits: WORKER_RESOURCE_LIMITS });
    idle = null;
    w.removeAllListeners();
    w.ref();
    return w;
  };

  // The warming job is not counted: its words are few and always the same, and counting it could retire a
  // replacement on its warming alone.
  const release = (w: Worker, job: ImportJob) => {
    w.removeAllListeners();
    const jobs = (served.get(w) ?? 0) + (job === WARM_JOB ? 0 : 1);
    served.set(w, jobs);
    if (jobs >= jobsPerWorker) {
      void w.terminate();
      // After the job's answer is settled, so the replacement does not hold up the caller.
      const at = closings;
      setImmediate(() => {
        if (at === closings) void warm();
      });
      return;
    }
    if (idle) {
      void w.terminate();
      return;
    }
    idle = w;
    w.unref();
    const forget = () => {
      if (idle === w) idle = null;
    };
    w.on('exit', forget);
    w.on('error', forget);
  };

  const run = (job: ImportJob) =>
    new Promise<JobResult | ImportResult<SentDocument>>((resolve, reject) => {
      const worker = take();
      let done = false;
      const settle = (outcome: JobResult | ImportResult<SentDocument> | Error) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      const finish = (outcome: JobResult | ImportResult<SentDocument> | Error, keepWorker: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        running.delete(entry);
        if (keepWorker) release(worker, job);
        else {
          worker.removeAllListeners();
          void worker.terminate();
        }
        settle(outcome);
      };
      const entry = { job, stop: (outcome: JobResult | Error) => finish(outcome, false) };
      const watchdog = setTimeout(() => entry.stop(tooLong(job, budgetMs)), budgetMs);
      running.add(entry);
      worker.on('message', (message: PackedResult | { error: string }) => {
        if ('error' in message) return finish(new Error(message.error), true);
        let outcome: JobResult | ImportResult<SentDocument> | Error;
        try {
          outcome = opts.forward ? forwardResult(message, jobFile(job) ?? 'the file') : unpackResult(message);
        } catch (err) {
          outcome = new Error(`the import worker's answer could not be read (${(err as Error).message})`);
        }
        finish(outcome, true);
      });
      worker.on('error', (err) =>
        finish((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(job) : new Error(`the import worker failed: ${err.message}`), false),
      );
      worker.on('exit', (code) => finish(new Error(`the import worker stopped (exit code ${code})`), false));
      worker.postMessage({ id: 1, job });
    });

  const cancelImports = () => {
    let n = 0;
    for (const entry of [...running]) {
      if (entry.job.kind === 'extract' || entry.job.kind === 'merges') continue;
      entry.stop(canceled(entry.job));
      n++;
    }
    return n;
  };

  // One warming at a time; once a worker is idle (or busy) there is nothing to ready.
  let warming: Promise<void> | null = null;
  const warm = (): Promise<void> => {
    if (warming) return warming;
    if (idle || running.size) return Promise.resolve();
    warming = run(WARM_JOB).then(
      () => undefined,
      () => undefined,
    );
    void warming.finally(() => (warming = null));
    return warming;
  };

  return wrap<NewslineDocument | SentDocument>(
    run,
    cancelImports,
    async () => {
      closings++;
      for (const entry of [...running]) entry.stop(canceled(entry.job));
      const w = idle;
      idle = null;
      if (w) await w.terminate();
    },
    warm,
  );
}

/**
 * What warm() has a new worker do once: import a short article, so that the code every import runs (reading
 * the text, finding its parts, the tagger's patterns, extraction, the document check) is compiled before the
 * user's first file arrives.
 */
const WARM_ARTICLE = [
  'Talks to resume in Doha',
  'DOHA, May 14 (Wire) -- Officials said on Friday that the talks, which began on May 3, 2024, would resume next month.',
  'The last round ended two weeks ago without agreement. Between 1996 and 2001 the movement ruled most of the country.',
  'A delegation arrived on Tuesday morning and will stay until the end of June, the ministry says.',
].join('\n\n');
const WARM_JOB: ImportJob = { kind: 'bytes', name: 'warm.txt', bytes: new TextEncoder().encode(WARM_ARTICLE), published: '2024-05-15' };

/** The same jobs on the calling thread: for the command line, which has no window to keep responsive. */
export function inlineImportService(): ImportService {
  return wrap(
    runJob,
    () => 0,
    async () => {},
    async () => {},
  );
}
