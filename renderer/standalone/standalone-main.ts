import type { PreloadApi } from '../../shared/ipc';
import { start } from '../start';
import './standalone.css';

// The renderer inside an exported standalone page: the same start() as the app, with the document read
// from the page's inert JSON instead of from main. Nothing here reaches a network or a file.

const root = document.getElementById('root')!;
const embedded = JSON.parse(document.getElementById('nl-document')!.textContent ?? '{}') as { file: string; document: unknown };

const unavailable = 'This is a page exported from Newsline: open articles in the Newsline app.';

const api: PreloadApi = {
  getInitialDocument: async () => ({ ok: true, file: embedded.file, document: embedded.document as never }),
  getAppInfo: async () => ({ name: 'Newsline', version: 'standalone' }),
  getViewState: async () => ({}),
  saveViewState: async () => undefined,
  // Links stay plain links the reader can copy; the page itself never navigates away.
  openExternal: async () => ({ opened: false }),
  openDocument: async () => ({ status: 'failed', file: '', message: unavailable }),
  importDocument: async (name) => ({ status: 'failed', file: name, message: unavailable }),
  addDocuments: async () => ({ status: 'imported', results: [{ status: 'failed', file: '', message: unavailable }] }),
  extractEvents: async () => ({ events: [] }),
  onMenuCommand: () => () => undefined,
  onImportStarted: () => () => undefined,
};

start(root, api).catch((err: unknown) => {
  root.textContent = `This timeline could not be shown: ${err instanceof Error ? err.message : String(err)}`;
});
