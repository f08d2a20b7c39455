import { useNewsline } from '../store/use-newsline';
import { ExportMenu } from './ExportMenu';

export function Toolbar() {
  const zoomIn = useNewsline((s) => s.zoomIn);
  const zoomOut = useNewsline((s) => s.zoomOut);
  const fitAll = useNewsline((s) => s.fitAll);
  const articleVisible = useNewsline((s) => s.articleVisible);
  const toggleArticle = useNewsline((s) => s.toggleArticle);
  const count = useNewsline((s) => s.events.length);
  const openFile = useNewsline((s) => s.openFile);
  return (
    <div className="nl-toolbar" role="toolbar" aria-label="Timeline controls">
      <button type="button" className="nl-button nl-button--text" onClick={() => void openFile()} aria-label="Open an article" title="Open an article (Ctrl+O), or drop one on the window">
        Open…
      </button>
      <ExportMenu />
      <button type="button" className="nl-button" onClick={zoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className="nl-button" onClick={zoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className="nl-button nl-button--text" onClick={fitAll} aria-label="Fit all events" title="Fit all events (0)">
        Fit all
      </button>
      <span className="nl-toolbar-count" aria-live="polite">
        {count === 1 ? '1 event' : `${count} events`}
      </span>
      <span className="nl-toolbar-spacer" />
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
