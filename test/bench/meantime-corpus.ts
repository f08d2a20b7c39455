import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHandlers, memoryViewStateStore } from '../../main/handlers';
import { workerImportService } from '../../main/import-service';
import { createApi, type Invoke, type PreloadApi } from '../../shared/ipc';

// The MEANTIME articles beside the repo, and the app's own path for adding them to a timeline: main's handlers
// on the real import worker, with the page's whole API (as the preload builds it) straight onto them.

export const ROOT = resolve(__dirname, '../..');
export const DEV_SET = resolve(ROOT, '../shared/eval/meantime-dev');

/** The .txt articles of one corpus (corpus_apple, corpus_gm), in a stable order. */
export function corpusFiles(corpus: string): string[] {
  return readdirSync(DEV_SET)
    .filter((f) => f.endsWith('.gold.json'))
    .filter((f) => JSON.parse(readFileSync(join(DEV_SET, f), 'utf8')).corpus === corpus)
    .map((f) => join(DEV_SET, f.replace(/\.gold\.json$/, '.txt')))
    .sort();
}

/** Main's handlers answering "Add to this timeline" with files, and the page's API over them; main sends nothing here. */
export function appOver(files: string[]): { api: PreloadApi; close: () => Promise<void> } {
  const importer = workerImportService(join(ROOT, 'dist/main/import-worker.js'), { forward: true });
  const handlers = createHandlers({
    initialDocument: join(ROOT, 'data/tass-2024-05-15-taliban/document.json'),
    appInfo: { name: 'Newsline', version: 'bench' },
    viewState: memoryViewStateStore(),
    openExternal: async () => {},
    chooseFile: async () => null,
    chooseFiles: async () => files,
    importer,
    importStarted: () => {},
  });
  const invoke: Invoke = (channel, request) => (handlers[channel] as (r: typeof request) => Promise<never>)(request);
  return { api: createApi(invoke, () => () => {}, (bytes) => new TextDecoder().decode(bytes)), close: async () => { await importer.close(); } };
}
