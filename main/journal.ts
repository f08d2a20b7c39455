import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { NewslineDocument } from '../shared/document';
import { readDocument } from '../shared/migrations';

// Unsaved work, kept in the user-data folder as the user edits, so a crash loses nothing: the next launch
// finds the journal and offers to restore it. Saving, or choosing not to save, removes it.

export interface JournalEntry {
  document: NewslineDocument;
  /** The file the work belongs to, or null for a timeline never saved. */
  file: string | null;
  /** The name shown for it, e.g. the file's name or the article's title. */
  name: string;
  /** When it was written, ms since the epoch. */
  at: number;
}

export interface Journal {
  write(entry: JournalEntry): Promise<void>;
  /** The entry a previous run left behind; null when there is none or it cannot be read. */
  read(): Promise<JournalEntry | null>;
  clear(): Promise<void>;
}

export function createJournal(file: string, log: (msg: string) => void = () => {}): Journal {
  // One write at a time, in order; clear waits for them, so a late write never brings back a cleared journal.
  let queue = Promise.resolve();
  const enqueue = (job: () => Promise<void>) => (queue = queue.then(job, job));
  return {
    write: (entry) =>
      enqueue(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, JSON.stringify(entry), { encoding: 'utf8', fsync: true });
      }),
    async read() {
      await queue;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return null;
      }
      try {
        const raw = JSON.parse(text) as Partial<JournalEntry>;
        const checked = readDocument(raw.document);
        if (!checked.ok) {
          log(`the journal ${file} holds no valid timeline: ${checked.problems[0]?.message}`);
          return null;
        }
        return {
          document: checked.document,
          file: typeof raw.file === 'string' ? raw.file : null,
          name: typeof raw.name === 'string' ? raw.name : 'Untitled timeline',
          at: typeof raw.at === 'number' ? raw.at : 0,
        };
      } catch (err) {
        log(`the journal ${file} cannot be read: ${(err as Error).message}`);
        return null;
      }
    },
    clear: () => enqueue(() => rm(file, { force: true })),
  };
}
