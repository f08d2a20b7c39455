import { Worker } from 'node:worker_threads';
import type { NewslineEvent, Paragraph } from '../shared/document';
import type { ImportResult } from './import';
import { runJob, type ImportJob, type JobResult } from './import-jobs';

export interface ImportService {
  importFile(path: string, published?: string | null): Promise<ImportResult>;
  importBytes(name: string, bytes: Uint8Array, published?: string | null): Promise<ImportResult>;
  extract(sourceId: string, paragraphs: Paragraph[], published: string | null): Promise<NewslineEvent[]>;
  close(): Promise<void>;
}

function wrap(run: (job: ImportJob) => Promise<JobResult>, close: () => Promise<void>): ImportService {
  return {
    importFile: (path, published) => run({ kind: 'file', path, published }) as Promise<ImportResult>,
    importBytes: (name, bytes, published) => run({ kind: 'bytes', name, bytes, published }) as Promise<ImportResult>,
    extract: async (sourceId, paragraphs, published) => {
      const r = (await run({ kind: 'extract', sourceId, paragraphs, published })) as { events: NewslineEvent[] };
      return r.events;
    },
    close,
  };
}

/**
 * Imports on a worker thread (the bundled import-worker.js). The worker starts on first use and is restarted
 * if it dies; a job in flight when it dies fails with a message rather than hanging.
 */
export function workerImportService(workerFile: string): ImportService {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: JobResult) => void; reject: (e: Error) => void }>();

  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };

  const start = () => {
    const w = new Worker(workerFile);
    w.on('message', ({ id, result, error }: { id: number; result?: JobResult; error?: string }) => {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      if (pending.size === 0) w.unref();
      if (error !== undefined) p.reject(new Error(error));
      else p.resolve(result!);
    });
    w.on('error', (err) => {
      worker = null;
      failAll(`the import worker failed: ${err.message}`);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (code !== 0) failAll(`the import worker stopped (exit code ${code})`);
    });
    return w;
  };

  const run = (job: ImportJob) =>
    new Promise<JobResult>((resolve, reject) => {
      worker ??= start();
      // Referenced only while a job is in flight: an idle worker must not keep the process from exiting.
      worker.ref();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    });

  return wrap(run, async () => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  });
}

/** The same jobs on the calling thread: for the command line, which has no window to keep responsive. */
export function inlineImportService(): ImportService {
  return wrap(runJob, async () => {});
}
