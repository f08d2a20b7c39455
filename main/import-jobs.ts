import type { NewslineDocument, NewslineEvent, Paragraph } from '../shared/document';
import type { MergeProposal } from '../shared/merges';
import { cappedEvents, importBytes, importFile, releaseBytes, type ImportResult } from './import';

// What the import worker can be asked to do. Plain functions, so the same jobs run in a worker thread in
// the app and can be called directly where a thread is not wanted.

export type ImportJob =
  | { kind: 'file'; path: string; published?: string | null }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; published?: string | null }
  | { kind: 'extract'; sourceId: string; paragraphs: Paragraph[]; published: string | null }
  | { kind: 'merges'; document: NewslineDocument };

export type JobResult = ImportResult | { ok: true; events: NewslineEvent[] } | { ok: true; proposals: MergeProposal[] };

/**
 * `ownsBytes`: the job's bytes are the runner's own copy (a worker's, as a message brings them), so they are
 * freed once read. A caller on the same thread keeps its bytes: they are its own.
 */
export async function runJob(job: ImportJob, opts: { ownsBytes?: boolean } = {}): Promise<JobResult> {
  switch (job.kind) {
    case 'file':
      return importFile(job.path, { published: job.published });
    case 'bytes': {
      const bytes = job.bytes;
      const bytesRead = opts.ownsBytes ? () => releaseBytes(bytes) : undefined;
      return importBytes(job.name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { published: job.published, bytesRead });
    }
    case 'extract':
      // The same cap as at import; the import already said how many were left out.
      return { ok: true, events: cappedEvents(job.paragraphs, { published: job.published, sourceId: job.sourceId }, []) };
    case 'merges': {
      // Loaded on the first merge job: its tagger's model is a few MB that imports and the main process never need.
      const { proposeMerges } = await import('../shared/merge-propose');
      return { ok: true, proposals: proposeMerges(job.document) };
    }
  }
}
