import { parentPort } from 'node:worker_threads';
import { loadDocumentToSend } from './documents';

// Reads and checks the launch document off main's thread, which serves the window's own files meanwhile
// (main/launch-document.ts). The document's JSON bytes are moved back, not copied.

parentPort?.once('message', async ({ file }: { file: string }) => {
  const result = await loadDocumentToSend(file);
  const transfer = result.ok && 'json' in result.document ? [result.document.json.buffer as ArrayBuffer] : [];
  parentPort!.postMessage(result, transfer);
});
