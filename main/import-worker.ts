import { getHeapSpaceStatistics } from 'node:v8';
import { measureMemory } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { packResult, runJob, type ImportJob } from './import-jobs';

// Runs imports off the main process's event loop, so parsing a large page never stalls the window.

/**
 * A full collection of this worker's heap, run at once: V8 collects the whole heap to measure it when asked to
 * measure eagerly, the one way to ask for a full collection without a flag. What it reports is not read. Where
 * it is missing, imports run as they did without it.
 */
async function collectNow(): Promise<void> {
  try {
    await measureMemory({ mode: 'summary', execution: 'eager' });
  } catch {
    // Nothing to collect with: the garbage waits for V8's own next full collection.
  }
  heldAfterCollecting = heldNow();
}

/** ImportOptions.collect: a collection once the heap has grown by GROWTH since the last. */
async function collect(): Promise<void> {
  if (heldNow() - heldAfterCollecting >= GROWTH) await collectNow();
}

/** What the heap holds outside the space for new objects (which scavenges keep small by themselves). */
function heldNow(): number {
  let held = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name !== 'new_space') held += s.space_used_size;
  return held;
}

/** A collection costs a few milliseconds; an import of 256 KB, a few hundred. */
const GROWTH = 512 * 1024;
let heldAfterCollecting = heldNow();

parentPort?.on('message', async ({ id, job }: { id: number; job: ImportJob }) => {
  try {
    const result = await runJob(job, { ownsBytes: true, collect });
    // The document's JSON is written next, beside the document: whatever else the job left goes first.
    if ('document' in result) await collectNow();
    const { message, transfer } = packResult(result);
    parentPort!.postMessage({ id, ...message }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
