import { extname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { validateDocument, type NewslineDocument } from '../shared/document';

// Saving a timeline: the whole file is written to a temporary file beside it, flushed to the disk, then
// renamed over the old one, so a crash or a power cut leaves either the old file or the new one, never half.

export const DOCUMENT_EXTENSION = '.newsline';

/** Files Open reads as Newsline documents rather than importing them as articles. */
export function isDocumentFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === DOCUMENT_EXTENSION || ext === '.json';
}

/** The document as its file holds it: JSON, two-space indented, one trailing newline. */
export function serializeDocument(doc: NewslineDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Writes atomically (temp file, fsync, rename). Refuses a document that does not validate: it would not reopen. */
export async function writeDocumentFile(path: string, doc: NewslineDocument): Promise<void> {
  const checked = validateDocument(doc);
  if (!checked.ok) {
    throw new Error(`the timeline is not valid and was not saved (${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')})`);
  }
  await writeFileAtomic(path, serializeDocument(checked.document), { encoding: 'utf8', fsync: true });
}

/** Why a save failed, in words for the user. */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'the folder cannot be written to (permission denied)';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EISDIR') return 'a folder has that name';
  return (err as Error)?.message ?? String(err);
}
