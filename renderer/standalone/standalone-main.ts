import { createApi, type Invoke, type RequestChannel, type RequestOf, type ResponseOf } from '../../shared/ipc';
import { start } from '../start';
import './standalone.css';

// The renderer inside an exported standalone page: the same start() as the app, with the document read
// from the page's inert JSON instead of from main. Nothing here reaches a network or a file.

const root = document.getElementById('root')!;
const embedded = JSON.parse(document.getElementById('nl-document')!.textContent ?? '{}') as { file: string; document: unknown };

const unavailable = 'This is a page exported from Newsline: open and export files in the Newsline app.';

type Answers = { [C in RequestChannel]?: (request: RequestOf<C>) => ResponseOf<C> };

// Built through the same createApi as the preload, so a channel added to the app can never leave this page
// without a function: anything not answered here fails with a plain message instead.
const answers: Answers = {
  'document:get-initial': () => ({ ok: true, file: embedded.file, document: embedded.document as never }),
  'app:get-info': () => ({ name: 'Newsline', version: 'standalone' }),
  'view-state:get': () => ({}),
  'view-state:save': () => undefined,
  // Links stay plain links the reader can copy; the page itself never navigates away.
  'link:open-external': () => ({ opened: false }),
  'document:open': () => ({ status: 'failed', file: '', message: unavailable }),
  // The page asks once at start for files the OS handed the app; a page has none.
  'document:open-queued': () => ({ status: 'canceled' }),
  'document:import': ({ name }) => ({ status: 'failed', file: name, message: unavailable }),
  'events:extract': () => ({ events: [] }),
  // A page shows the timeline as exported: nothing to merge.
  'merges:propose': () => ({ proposals: [] }),
  // No files from here: the reader prints, or copies the list, instead.
  'export:save': () => ({ status: 'failed', message: unavailable }),
  'export:save-image': () => ({ status: 'failed', message: unavailable }),
  'export:save-pdf': () => ({ status: 'failed', message: 'Use Print… and choose “Save as PDF”.' }),
};

const invoke: Invoke = async (channel, request) => {
  const answer = answers[channel] as ((r: typeof request) => ResponseOf<typeof channel>) | undefined;
  if (!answer) throw new Error(unavailable);
  return answer(request);
};

const api = createApi(invoke, () => () => undefined, (bytes) => new TextDecoder().decode(bytes));

start(root, api).catch((err: unknown) => {
  root.textContent = `This timeline could not be shown: ${err instanceof Error ? err.message : String(err)}`;
});
