// The app's built import worker (dist/main/import-worker.js, loaded unchanged), with its memory measured from
// inside for test/bench/hostile-bench.ts. The bench process runs with --expose-gc, which V8 extends to worker
// isolates, so the idle level can be read after a full collection.
//
// The measure, per job: what the worker isolate holds beyond its idle level, at its highest during the job.
// That is its heap in use outside the space for new objects, plus its external memory (array buffers: the
// input's bytes), over the same after a full collection before the job arrived. V8 reports both before every
// collection (v8.GCProfiler) and they only shrink at a collection, so the highest of those readings and the
// reading when the result is posted is the job's peak; the serialized result the worker posts is added to
// that last reading, since it is held beside the document being sent (a buffer the worker moves with the
// message rather than copies, as it sends an imported document, is in that reading already, as external
// memory, so it is counted once).
// Left out, because the worker holds them whatever it is doing:
//   - the space for new objects, whose size the app fixes (WORKER_YOUNG_MB): it is as large when idle, and how
//     full of dead objects it is before a collection costs no memory;
//   - V8's malloced working space for parsing and optimising the app's functions, the same at any input size,
//     which a worker kept for the next import pays once (the bench warms the worker up before the case);
//   - pages V8 or the C allocator keep committed after the data in them is dead.
// The bench prints the process's resident memory beside the measure, for comparison.

const { parentPort, workerData } = require('node:worker_threads');
const v8 = require('node:v8');

if (typeof globalThis.gc !== 'function') throw new Error('measured-import-worker needs the process to run with --expose-gc');

/** Bytes held outside the space for new objects, from GCProfiler's before-collection statistics. */
const level = (heap, spaces) => heap.externalMemory + spaces.reduce((sum, s) => sum + (s.spaceName === 'new_space' ? 0 : s.spaceUsedSize), 0);
const now = () =>
  level(
    { externalMemory: v8.getHeapStatistics().external_memory },
    v8.getHeapSpaceStatistics().map((s) => ({ spaceName: s.space_name, spaceUsedSize: s.space_used_size })),
  );

let idle = 0;
const settle = () => {
  globalThis.gc();
  idle = now();
};
let profiler = null;

// Registered before the app's worker registers its own, so it runs first on every job.
parentPort.on('message', () => {
  profiler = new v8.GCProfiler();
  profiler.start();
});

/**
 * The bytes of the message as it is sent. A buffer moved with it (the transfer list) is not copied: its bytes
 * are counted where they are held, in the worker's external memory, until the message leaves.
 */
function messageSize(message, transfer) {
  const serializer = new v8.Serializer();
  (transfer ?? []).forEach((buffer, i) => {
    if (buffer instanceof ArrayBuffer) serializer.transferArrayBuffer(i, buffer);
  });
  serializer.writeHeader();
  serializer.writeValue(message);
  return serializer.releaseBuffer().length;
}

const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  const atEnd = now() + messageSize(message, transfer);
  const readings = profiler ? profiler.stop().statistics.map((g) => level(g.beforeGC.heapStatistics, g.beforeGC.heapSpaceStatistics)) : [];
  profiler = null;
  const peak = Math.max(atEnd, ...readings);
  post({ ...message, memory: { idle, peak, collections: readings.length } }, transfer);
  // The next job's idle level, once this job's garbage is gone.
  setImmediate(settle);
};

settle();
require(workerData.worker);
