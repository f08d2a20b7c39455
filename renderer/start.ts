import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './styles.css';
import type { ValidationResult } from '../shared/document-core';
import type { MenuCommand, PreloadApi } from '../shared/ipc';
import { handleShortcut } from './shortcuts';
import { flushSync } from 'react-dom';
import { mountApp } from './App';
import { ui } from './ui';
import { createNewslineStore } from './store';
import { dialogWanted, loadDialogs } from './dialogs';
import { mountPrintList } from './export/print-list';
import './export/print.css';
import './filters/filters.css';
import './merges/merges.css';

// Startup: the store, then, once the document is in, the window's frame with the timeline and the rest of the
// interface (ui.tsx) in it, drawn by React in one go. While a large document is still crossing from main, the
// window shows the page's own placeholder (index.html), not an empty frame that would be drawn again once it lands.
//
// The rest of the interface is part of this chunk, not one of its own raced against the next animation frame: a
// dynamic import's evaluation is a task of its own, which a loaded page runs only after that frame, so the frame
// went out without the controls nearly every time, and the window was usable one React render and one frame
// later (the seed article, branch y16: docs/performance.md). Evaluating ui.tsx only defines the components.

export async function start(root: HTMLElement, api: PreloadApi): Promise<void> {
  // Edits are checked with the document's zod schemas, which are most of a megabyte of script: they are loaded
  // once the controls are drawn, not parsed before the first frame. An edit made before that (there are no
  // controls yet; a key pressed on a selected item) is refused with a word of why, and nothing is lost.
  let validate: ((data: unknown) => ValidationResult) | null = null;
  const store = createNewslineStore({
    api,
    validateDocument: (data) => validate?.(data) ?? { ok: false, problems: [{ path: '', message: 'Newsline is still starting: try again in a moment' }] },
  });
  const commands: Record<MenuCommand, () => void> = {
    'open-file': () => void store.getState().openFile(),
    'add-file': () => void store.getState().addFiles(),
    'zoom-in': () => store.getState().zoomIn(),
    'zoom-out': () => store.getState().zoomOut(),
    'fit-all': () => store.getState().fitAll(),
    'toggle-article': () => store.getState().toggleArticle(),
    'export-timelinejs': () => void store.getState().exportFile('timelinejs'),
    'export-csv': () => void store.getState().exportFile('csv'),
    'export-markdown': () => void store.getState().exportFile('markdown'),
    'export-html': () => void store.getState().exportFile('html'),
    'export-png': () => void store.getState().exportImage('png'),
    'export-png-2x': () => void store.getState().exportImage('png-2x'),
    'export-svg': () => void store.getState().exportImage('svg'),
    'export-pdf': () => void store.getState().exportPdf(),
    print: () => store.getState().printView(),
    'copy-markdown': () => void store.getState().copyMarkdown(),
    save: () => void store.getState().save(false),
    'save-as': () => void store.getState().save(true),
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),
    find: () => store.getState().focusSearch(),
    'clear-filters': () => {
      store.getState().clearSearch();
      store.getState().clearFilters();
    },
  };
  api.onMenuCommand((command) => commands[command]?.());
  api.onImportStarted(({ name }) => store.getState().importStarted(name));
  api.onDocumentQueued(() => void store.getState().openQueued());
  api.onCloseRequested(() => void store.getState().requestClose());
  api.onOpenRequest(({ path }) => void store.getState().openOffered(path));
  window.addEventListener('keydown', (e) => handleShortcut(e, store.getState()));

  const loading = store.getState().loadInitialDocument();
  // The window is drawn once, with the document in it. A large document still crossing from main is not
  // met with an empty frame, timeline and controls: drawn while it comes, all of them were drawn again when it
  // landed, and the page's thread was busy with that first drawing when it did. Until then the page's own
  // placeholder (index.html: the header and "Loading the article…") is what the window shows.
  await loading;
  // A dialog open from the start (the launch document's publication date) is drawn with the frame, not after it.
  if (dialogWanted(store.getState())) await loadDialogs(store);
  mountApp(root, store, ui);
  // vis-timeline draws a new document's items in its next animation frame, which runs after that frame's other
  // callbacks have looked at the page: drawn here, once the controls are in place (React renders a document's
  // arrival in a microtask, already run, and flushSync runs anything still pending), that frame paints them.
  flushSync(() => {});
  store.getState().timeline?.drawNow();
  // Settled once the controls have been painted with the document: a requestAnimationFrame callback runs just
  // before a paint, and a timeout set there runs just after it.
  const shown = new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));
  // Unsaved work from a run that did not end well is offered once the window shows the document, and files the OS
  // handed Newsline before the page could take them (a double-click that launched the app) are opened then: both
  // ask main, whose answers came after that first frame anyway, and asked before it their requests (main reading
  // the journal, the reply crossing back) took the cores while that frame was being made.
  void shown.then(() => store.getState().checkRecovered());
  void shown.then(() => store.getState().openQueued());
  // The dialogs' chunk too, so that a dialog opens at once.
  void shown.then(() => loadDialogs(store));
  void shown.then(() =>
    import('../shared/document').then(
      (m) => void (validate = m.validateDocument),
      (err: unknown) => {
        // Every edit then says why it was not made, rather than that Newsline is still starting.
        const message = `the checks for edits could not be loaded (${err instanceof Error ? err.message : String(err)})`;
        validate = () => ({ ok: false, problems: [{ path: '', message }] });
      },
    ),
  );
  // The print list of a large document is built in idle moments, once the controls are drawn: before, those
  // moments are theirs.
  mountPrintList(root, store, shown);
}
