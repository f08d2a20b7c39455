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

/**
 * An import's result as a worker sends it back: the document as one buffer of JSON in UTF-8, moved to the
 * receiving thread rather than copied. A structured clone is a second copy of every string and object of the
 * document, its text two bytes a character when the text has any character past Latin-1; this is one copy,
 * mostly one byte a character, written a small piece at a time (never as one string of the whole document),
 * and its memory leaves the worker with it. Other results are sent as they are.
 */
export type PackedResult = { packed: ArrayBuffer } | { result: JobResult };

export function packResult(result: JobResult): { message: PackedResult; transfer: ArrayBuffer[] } {
  if (!('document' in result)) return { message: { result }, transfer: [] };
  // Measured first, then written into a buffer of exactly that size (its own, never a pooled one).
  let size = 0;
  writeJson(result, 0, (chunk) => (size += Buffer.byteLength(chunk)));
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  writeJson(result, 0, (chunk) => (at += bytes.write(chunk, at)));
  return { message: { packed: bytes.buffer as ArrayBuffer }, transfer: [bytes.buffer as ArrayBuffer] };
}

export function unpackResult(message: PackedResult): JobResult {
  return 'packed' in message ? (JSON.parse(new TextDecoder().decode(message.packed)) as JobResult) : message.result;
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
