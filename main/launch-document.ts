import { Worker } from 'node:worker_threads';
import type { SentLoadResult } from '../shared/ipc';
import { loadDocumentToSend } from './documents';

/**
 * The launch document read and checked on a worker of its own (the bundled document-worker.js), so that main's
 * thread, which serves the window's files through app:// while the page starts, is not held by the schema check
 * (at 10,000 events 100-400 ms; docs/performance.md, ov19). Its own small bundle, not the import worker: that
 * one loads the extractor and the tagger's model first, about 300 ms before it could start. The worker's answer
 * decides, as the same check on main would; should the worker itself fail, main checks the file itself.
 */
export function loadLaunchDocument(workerFile: string, file: string): Promise<SentLoadResult> {
  return new Promise<SentLoadResult>((resolve, reject) => {
    const worker = new Worker(workerFile);
    const fail = (err: Error) => reject(err);
    worker.once('message', (result: SentLoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the document worker stopped (exit code ${code})`)));
    worker.postMessage({ file });
  }).catch(() => loadDocumentToSend(file));
}
