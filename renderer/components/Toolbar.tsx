import { isDirty } from '../store';
import { useNewsline } from '../store/use-newsline';
import { ExportMenu } from './ExportMenu';
import { listShown } from '../store/view-slice';

export function Toolbar() {
  const zoomIn = useNewsline((s) => s.zoomIn);
  const zoomOut = useNewsline((s) => s.zoomOut);
  const fitAll = useNewsline((s) => s.fitAll);
  const articleVisible = useNewsline((s) => s.articleVisible);
  const toggleArticle = useNewsline((s) => s.toggleArticle);
  const count = useNewsline((s) => s.events.length);
  const openFile = useNewsline((s) => s.openFile);
  const save = useNewsline((s) => s.save);
  const dirty = useNewsline((s) => isDirty(s));
  const hasDocument = useNewsline((s) => s.document !== null);
  const canUndo = useNewsline((s) => s.canUndo);
  const canRedo = useNewsline((s) => s.canRedo);
  const undo = useNewsline((s) => s.undo);
  const redo = useNewsline((s) => s.redo);
  const hasSelection = useNewsline((s) => s.textSelection !== null);
  const startAdd = useNewsline((s) => s.startAdd);
  const addFiles = useNewsline((s) => s.addFiles);
  const canAdd = useNewsline((s) => s.status === 'ready');
  const listVisible = useNewsline(listShown);
  const toggleList = useNewsline((s) => s.toggleList);
  const showShortcuts = useNewsline((s) => s.setShortcutsOpen);
  // Nothing to zoom or fit without events.
  const none = count === 0;
  return (
    <div className="nl-toolbar" role="toolbar" aria-label="Timeline controls">
      <button type="button" className="nl-button nl-button--text" onClick={() => void openFile()} aria-label="Open an article" title="Open a timeline or an article (Ctrl+O), or drop one on the window">
        Open…
      </button>
      <button
        type="button"
        className={`nl-button nl-button--text${dirty ? ' nl-button--unsaved' : ''}`}
        onClick={() => void save(false)}
        disabled={!hasDocument}
        aria-label={dirty ? 'Save (unsaved changes)' : 'Save'}
        title="Save (Ctrl+S); Save As: Shift+Ctrl+S"
        data-testid="save-button"
      >
        {dirty ? '• Save' : 'Save'}
      </button>
      <button type="button" className="nl-button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
        ↶
      </button>
      <button type="button" className="nl-button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Shift+Ctrl+Z or Ctrl+Y)">
        ↷
      </button>
      <button
        type="button"
        className="nl-button nl-button--text"
        onClick={() => void startAdd()}
        disabled={!hasDocument || !hasSelection}
        aria-label="Add event from the selected text"
        title="Add an event from the text selected in the article (Shift+Ctrl+E)"
      >
        + Event
      </button>
      <ExportMenu />
      {canAdd ? (
        <button
          type="button"
          className="nl-button nl-button--text"
          onClick={() => void addFiles()}
          aria-label="Add to this timeline"
          title="Add one or more articles to this timeline (Ctrl+Shift+O), or drop them on the window holding Shift"
        >
          Add…
        </button>
      ) : null}
      <button type="button" className="nl-button" onClick={zoomIn} disabled={none} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className="nl-button" onClick={zoomOut} disabled={none} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className="nl-button nl-button--text" onClick={() => fitAll()} disabled={none} aria-label="Fit all events" title="Fit all events (0)">
        Fit all
      </button>
      <span className="nl-toolbar-count" aria-live="polite">
        {count === 1 ? '1 event' : `${count} events`}
      </span>
      <span className="nl-toolbar-spacer" />
      <button type="button" className="nl-button nl-button--text" onClick={toggleList} aria-pressed={listVisible} title="Show or hide the event list (L)">
        List
      </button>
      <button type="button" className="nl-button" onClick={() => showShortcuts(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <button
        type="button"
        className="nl-button nl-button--text"
        onClick={toggleArticle}
        aria-pressed={articleVisible}
        aria-label={articleVisible ? 'Hide article pane' : 'Show article pane'}
      >
        {articleVisible ? 'Hide article' : 'Show article'}
      </button>
    </div>
  );
}
