import type { NewslineDocument, NewslineEvent, Paragraph } from '../shared/document';
import type { SentDocument } from '../shared/ipc';
import type { MergeProposal } from '../shared/merges';
import { cappedEvents, COLLECT_FROM, importBytes, importFile, releaseBytes, type ImportOptions, type ImportResult } from './import';

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
 * freed once read. A caller on the same thread keeps its bytes: they are its own. `collect`: a full garbage
 * collection the runner can afford mid-job (the import worker's; ImportOptions.collect).
 */
export async function runJob(job: ImportJob, opts: { ownsBytes?: boolean; collect?: ImportOptions['collect'] } = {}): Promise<JobResult> {
  // The extractor reads no clock of its own: the year it is now is the worker's to give.
  const year = new Date().getUTCFullYear();
  switch (job.kind) {
    case 'file':
      return importFile(job.path, { published: job.published, year, collect: opts.collect });
    case 'bytes': {
      const bytes = job.bytes;
      const bytesRead = opts.ownsBytes ? () => releaseBytes(bytes) : undefined;
      return importBytes(job.name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { published: job.published, year, bytesRead, collect: opts.collect });
    }
    case 'extract': {
      // The same cap as at import; the import already said how many were left out.
      const size = job.paragraphs.reduce((n, p) => n + p.text.length, 0);
      const collect = size >= COLLECT_FROM ? opts.collect : undefined;
      return { ok: true, events: await cappedEvents(job.paragraphs, { published: job.published, sourceId: job.sourceId, year }, [], { collect }) };
    }
    case 'merges': {
      // Loaded on the first merge job: its tagger's model is a few MB that imports and the main process never need.
      const { proposeMerges } = await import('../shared/merge-propose');
      return { ok: true, proposals: proposeMerges(job.document) };
    }
  }
}

/**
 * An import's result as a worker sends it back: the document as one buffer of JSON in UTF-8, moved to the
 * receiving thread rather than copied, beside the rest of the result (`head`, small, cloned), whose `document`
 * is held as null where the document goes. A structured clone is a second copy of every string and object of
 * the document, its text two bytes a character when the text has any character past Latin-1; this is one copy,
 * mostly one byte a character, written a small piece at a time (never as one string of the whole document),
 * and its memory leaves the worker with it. The document's JSON is its own buffer so that main can forward it
 * to the page unread (forwardResult). Other results are sent as they are.
 */
export type PackedResult = { packed: ArrayBuffer; head: Record<string, unknown> } | { result: JobResult };

export function packResult(result: JobResult): { message: PackedResult; transfer: ArrayBuffer[] } {
  if (!('document' in result) || result.document === undefined) return { message: { result }, transfer: [] };
  // Measured first, then written into a buffer of exactly that size (its own, never a pooled one).
  let size = 0;
  writeJson(result.document, 1, (chunk) => (size += Buffer.byteLength(chunk)));
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  writeJson(result.document, 1, (chunk) => (at += bytes.write(chunk, at)));
  return { message: { packed: bytes.buffer as ArrayBuffer, head: { ...result, document: null } }, transfer: [bytes.buffer as ArrayBuffer] };
}

/** The result with its document read into objects: for callers that work with the document themselves. */
export function unpackResult(message: PackedResult): JobResult {
  if (!('packed' in message)) return message.result;
  // Set where the head holds its place, so the fields keep the order the import gave them.
  return { ...message.head, document: JSON.parse(new TextDecoder().decode(message.packed)) } as JobResult;
}

/**
 * The result with its document left as the worker's JSON, for main to forward to the page, which reads it
 * (shared/ipc.ts receiveOpenResult): main never holds the document's text decoded, nor the document. The worker
 * checked the document against the schema before writing it (main/import validateOwnDocument), and the page
 * gets exactly those bytes. An answer without its buffer is refused here, naming the file.
 */
export function forwardResult(message: PackedResult, file: string): ImportResult<SentDocument> | JobResult {
  if (!('packed' in message)) return message.result;
  if (!(message.packed instanceof ArrayBuffer) || message.head.ok !== true) {
    return { ok: false, file, message: `${file}: the import worker's answer could not be read (it had no document)` };
  }
  return { ...message.head, document: { json: new Uint8Array(message.packed) } } as ImportResult<SentDocument>;
}

/** JSON.stringify(value), in pieces: lists are taken an element at a time, objects a field at a time near the top. */
function writeJson(value: unknown, depth: number, emit: (chunk: string) => void): void {
  if (Array.isArray(value)) {
    emit('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) emit(',');
      const v = value[i];
      // As JSON.stringify writes them: what JSON cannot hold is null in a list…
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') emit('null');
      else writeJson(v, depth + 1, emit);
    }
    emit(']');
    return;
  }
  if (typeof value === 'string' && value.length > LONG_STRING) {
    writeLongString(value, emit);
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function' || (depth >= 4 && !hasLongString(value))) {
    emit(JSON.stringify(value));
    return;
  }
  emit('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    // …and is left out of an object.
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    writeJson(v, depth + 1, emit);
  }
  emit('}');
}

/** A string longer than this (a paragraph the length of an article) is written in slices. */
const LONG_STRING = 16 * 1024;

const hasLongString = (value: object) => Object.values(value).some((v) => typeof v === 'string' && v.length > LONG_STRING);

/**
 * JSON.stringify(text), a slice at a time: stringified whole, a long paragraph was a second and a third copy
 * of itself (once measured, once written). A slice never ends between the two halves of a surrogate pair,
 * which would be written as an escape rather than as the character.
 */
function writeLongString(text: string, emit: (chunk: string) => void): void {
  emit('"');
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + LONG_STRING);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    emit(JSON.stringify(text.slice(at, end)).slice(1, -1));
    at = end;
  }
  emit('"');
}
