import { parentPort } from 'node:worker_threads';
import { packResult, runJob, type ImportJob } from './import-jobs';

// Runs imports off the main process's event loop, so parsing a large page never stalls the window.

parentPort?.on('message', async ({ id, job }: { id: number; job: ImportJob }) => {
  try {
    const { message, transfer } = packResult(await runJob(job, { ownsBytes: true }));
    parentPort!.postMessage({ id, ...message }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
