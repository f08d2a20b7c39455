import { measureMemory } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { packResult, runJob, type ImportJob } from './import-jobs';

// Runs imports off the main process's event loop, so parsing a large page never stalls the window.

/**
 * A full collection of this worker's heap, run at once (ImportOptions.collect): V8 collects the whole heap to
 * measure it when asked to measure eagerly, the one way to ask for a full collection without a flag. What it
 * reports is not read. Where it is missing, imports run as they did without it.
 */
async function collect(): Promise<void> {
  try {
    await measureMemory({ mode: 'summary', execution: 'eager' });
  } catch {
    // Nothing to collect with: the garbage waits for V8's own next full collection.
  }
}

parentPort?.on('message', async ({ id, job }: { id: number; job: ImportJob }) => {
  try {
    const { message, transfer } = packResult(await runJob(job, { ownsBytes: true, collect }));
    parentPort!.postMessage({ id, ...message }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
