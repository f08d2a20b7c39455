import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

// The files the user opened or saved lately, newest first, kept in the user-data folder. A small, plain
// module: the File menu reads it, and the OS integration (recent documents) can follow it through onChange.

export const MAX_RECENT = 10;

export interface RecentFiles {
  /** Newest first; read from disk once, on the first call. */
  list(): Promise<string[]>;
  /** Puts a file first (moving it up if it is there already). */
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
  /** Called with the new list after every change; returns a function that stops it. */
  onChange(listener: (files: string[]) => void): () => void;
}

export function parseRecentFiles(text: string): string[] {
  try {
    const data = JSON.parse(text) as { files?: unknown };
    if (!Array.isArray(data?.files)) return [];
    return [...new Set(data.files.filter((f): f is string => typeof f === 'string' && f.length > 0 && f.length < 4096))].slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

export function createRecentFiles(storeFile: string, log: (msg: string) => void = () => {}): RecentFiles {
  let files: string[] | null = null;
  const listeners = new Set<(files: string[]) => void>();
  let writing = Promise.resolve();

  async function load(): Promise<string[]> {
    if (files) return files;
    try {
      files = parseRecentFiles(await readFile(storeFile, 'utf8'));
    } catch {
      files = [];
    }
    return files;
  }

  async function change(next: string[]): Promise<void> {
    files = next.slice(0, MAX_RECENT);
    const snapshot = [...files];
    for (const l of listeners) l(snapshot);
    // Writes one after another, so an older list never lands after a newer one.
    writing = writing.then(async () => {
      try {
        await mkdir(dirname(storeFile), { recursive: true });
        await writeFileAtomic(storeFile, `${JSON.stringify({ files: snapshot }, null, 2)}\n`);
      } catch (err) {
        log(`recent files could not be saved: ${(err as Error).message}`);
      }
    });
    await writing;
  }

  return {
    list: async () => [...(await load())],
    add: async (path) => change([path, ...(await load()).filter((f) => f !== path)]),
    remove: async (path) => change((await load()).filter((f) => f !== path)),
    clear: async () => change([]),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
