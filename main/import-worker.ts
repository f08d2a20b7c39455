import { getHeapSpaceStatistics } from 'node:v8';
import { measureMemory } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { packResult, runJob, type ImportJob } from './import-jobs';

// Runs imports off the main process's event loop, so parsing a large page never stalls the window.

/**
 * ImportOptions.collect: a full collection of this worker's heap, run at once when asked to (`now`), or once the
 * heap outside the space for new objects has grown by GROWTH since the last. V8 collects the whole heap to measure
 * it when asked to measure eagerly, the one way to ask for a full collection without a flag. What it reports is
 * not read. Where it is missing, imports run as they did without it.
 */
async function collect(now = false): Promise<void> {
  const held = heldNow();
  // The heap only shrinks at a full collection, V8's own among them: it is the level to grow from.
  heldAfterCollecting = Math.min(heldAfterCollecting, held);
  if (!now && held - heldAfterCollecting < GROWTH) return;
  try {
    await measureMemory({ mode: 'summary', execution: 'eager' });
  } catch {
    // Nothing to collect with: the garbage waits for V8's own next full collection.
  }
  heldAfterCollecting = heldNow();
}

/** What the heap holds outside the space for new objects (which scavenges keep small by themselves). */
function heldNow(): number {
  let held = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name !== 'new_space') held += s.space_used_size;
  return held;
}

/** A collection costs tens of milliseconds; an import of 256 KB, hundreds. */
const GROWTH = 512 * 1024;
let heldAfterCollecting = heldNow();

parentPort?.on('message', async ({ id, job }: { id: number; job: ImportJob }) => {
  try {
    const { message, transfer } = packResult(await runJob(job, { ownsBytes: true, collect }));
    parentPort!.postMessage({ id, ...message }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message ?? String(err) });
  }
});
