import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './styles.css';
import type { MenuCommand, PreloadApi } from '../shared/ipc';
import { handleShortcut } from './shortcuts';
import { createNewslineStore, displayName, isDirty, type NewslineStore } from './store';
import { mountTimeline } from './timeline/timeline-host';
import { mountPrintList } from './export/print-list';
import './export/print.css';
import './filters/filters.css';

// Startup in two steps: the store, the window's frame and the timeline first, with no React at all, so the
// timeline is on screen as soon as vis-timeline can draw it; then, after that frame, React for the rest.

const byId = (id: string) => document.getElementById(id)!;

/** The parts of the static frame that follow the store: status, titles, pane widths, the empty timeline. */
function bindFrame(root: HTMLElement, store: NewslineStore): void {
  const apply = () => {
    const s = store.getState();
    root.dataset.status = s.status;
    byId('nl-title').textContent = s.title;
    // A document window's title, as desktop apps write it: a mark for unsaved changes, the file, then the app.
    const dirty = isDirty(s);
    root.dataset.unsaved = String(dirty);
    const name = s.document || s.title ? displayName(s) : '';
    document.title = name ? `${dirty ? '• ' : ''}${name} — Newsline` : 'Newsline';
    byId('nl-timeline-pane').style.flexBasis = s.articleVisible ? `${s.dividerRatio * 100}%` : '100%';
    byId('nl-timeline-wrap').classList.toggle('nl-timeline-wrap--empty', s.events.length === 0);
  };
  apply();
  store.subscribe((s, prev) => {
    if (
      s.status !== prev.status ||
      s.title !== prev.title ||
      s.dividerRatio !== prev.dividerRatio ||
      s.articleVisible !== prev.articleVisible ||
      s.events !== prev.events ||
      s.document !== prev.document ||
      s.savedDocument !== prev.savedDocument ||
      s.file !== prev.file
    ) {
      apply();
    }
  });
}

export async function start(root: HTMLElement, api: PreloadApi): Promise<void> {
  const store = createNewslineStore({ api });
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

  await store.getState().loadInitialDocument();
  // Unsaved work from a run that did not end well is offered once the window shows something.
  void store.getState().checkRecovered();
  bindFrame(root, store);
  mountTimeline(byId('nl-timeline'), store);
  // Files the OS handed Newsline before the page could take them (a double-click that launched the app).
  void store.getState().openQueued();
  mountPrintList(root, store);

  // React once the timeline has been painted: a requestAnimationFrame callback runs just before a paint,
  // and a timeout set there runs just after it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      import('./ui')
        .then(({ mountUi }) => mountUi(root, store))
        .catch((err: unknown) => {
          byId('nl-slot-top').textContent = `Newsline could not show its controls: ${err instanceof Error ? err.message : String(err)}`;
        });
    }),
  );
}
