// Keeps the OS's own recent-documents lists (the Dock menu on macOS, the jump list on Windows) in step with
// File ▸ Open Recent, which main/recent-files.ts keeps. Plain code: the shell passes app.addRecentDocument and
// app.clearRecentDocuments in. Linux has no such list; Electron ignores the calls there.

export interface OsRecentDocuments {
  add(path: string): void;
  clear(): void;
}

/** The part of the in-app recent-files list this needs. */
export interface RecentList {
  list(): Promise<string[]>;
  onChange(listener: (files: string[]) => void): () => void;
}

/** Makes the OS list equal to `files` (newest first): cleared, then added oldest first so the newest ends on top. */
export function mirrorToOs(files: readonly string[], os: OsRecentDocuments): void {
  os.clear();
  for (const file of [...files].reverse()) os.add(file);
}

/** Mirrors the list now and after every change (an open, a save, a removal, Clear Menu); returns a stop function. */
export function keepOsRecentDocuments(recent: RecentList, os: OsRecentDocuments, log: (msg: string) => void = () => {}): () => void {
  const apply = (files: readonly string[]) => {
    try {
      mirrorToOs(files, os);
    } catch (err) {
      log(`the system's recent documents could not be updated: ${(err as Error).message}`);
    }
  };
  let changed = false;
  const stop = recent.onChange((files) => {
    changed = true;
    apply(files);
  });
  void recent.list().then((files) => {
    // A change that came while the list was read is newer than what was read.
    if (!changed) apply(files);
  });
  return stop;
}
