import { useMemo } from 'react';
import { useNewsline } from '../store/use-newsline';

/** Beyond this many articles, tabs would not fit: a list to pick from instead. */
const MAX_TABS = 5;

/**
 * The articles of the timeline, one tab each, above the article pane: the shown one is selected; each says
 * when it was published and how many events it reports, and can be removed (the removal can be taken back).
 */
export function SourceTabs() {
  const doc = useNewsline((s) => s.document);
  const events = useNewsline((s) => s.events);
  const shownId = useNewsline((s) => s.source?.id);
  const showSource = useNewsline((s) => s.showSource);
  const removeSource = useNewsline((s) => s.removeSource);
  // The strip offers undo only while the removal is the last change: after any other edit, Ctrl+Z is the way back.
  const lastRemoval = useNewsline((s) => (s.lastRemoval && s.lastRemoval.after === s.document ? s.lastRemoval : null));
  const undoRemoveSource = useNewsline((s) => s.undoRemoveSource);

  const sources = doc?.sources ?? [];
  const hidden = sources.length < 2 && !lastRemoval;
  // Counted only when the strip is drawn: one article's 10,000 events need no tab, nor a pass over them.
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    if (hidden) return map;
    for (const e of events) for (const id of new Set(e.evidence.map((a) => a.sourceId))) map.set(id, (map.get(id) ?? 0) + 1);
    return map;
  }, [events, hidden]);

  const shown = sources.find((s) => s.id === shownId);
  if (hidden) return null;

  return (
    <div className="nl-sources" data-testid="source-tabs">
      {sources.length > MAX_TABS ? (
        <div className="nl-sources-picker">
          <label className="nl-field nl-field--inline">
            Article
            <select value={shownId} onChange={(e) => showSource(e.target.value)} data-testid="source-picker">
              {sources.map((s, i) => {
                const n = counts.get(s.id) ?? 0;
                return (
                  <option key={s.id} value={s.id}>
                    {i + 1}. {s.title || s.file || s.id} ({s.published ?? 'date unknown'}, {n === 1 ? '1 event' : `${n} events`})
                  </option>
                );
              })}
            </select>
          </label>
          <span className="nl-sources-count">{sources.length} articles</span>
          {shown ? (
            <button
              type="button"
              className="nl-icon-button"
              aria-label={`Remove “${shown.title || shown.id}” from this timeline`}
              title="Remove this article and the events only it reports"
              onClick={() => removeSource(shown.id)}
            >
              ×
            </button>
          ) : null}
        </div>
      ) : sources.length > 1 ? (
        <div className="nl-sources-list" role="tablist" aria-label="Articles in this timeline">
          {sources.map((s, i) => {
            const selected = s.id === shownId;
            const n = counts.get(s.id) ?? 0;
            return (
              <div key={s.id} className={`nl-source-tab${selected ? ' nl-source-tab--selected' : ''}`}>
                <button
                  type="button"
                  role="tab"
                  aria-selected={selected}
                  className="nl-source-tab-main"
                  data-source-id={s.id}
                  title={`${s.title || s.file || s.id}${s.file ? ` (${s.file})` : ''}`}
                  onClick={() => showSource(s.id)}
                  onKeyDown={(e) => {
                    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                    e.preventDefault();
                    e.stopPropagation();
                    const next = sources[(i + (e.key === 'ArrowRight' ? 1 : sources.length - 1)) % sources.length];
                    showSource(next.id);
                    (e.currentTarget.parentElement?.parentElement?.querySelector(`[data-source-id="${CSS.escape(next.id)}"]`) as HTMLElement | null)?.focus();
                  }}
                >
                  <span className="nl-source-tab-title">{s.title || s.file || s.id}</span>
                  <span className="nl-source-tab-meta">
                    {s.published ?? 'date unknown'} · {n === 1 ? '1 event' : `${n} events`}
                  </span>
                </button>
                <button
                  type="button"
                  className="nl-icon-button nl-source-tab-remove"
                  aria-label={`Remove “${s.title || s.id}” from this timeline`}
                  title="Remove this article and the events only it reports"
                  onClick={() => removeSource(s.id)}
                >
                  ×
                </button>
              </div>
            );
          })}
        </div>
      ) : null}
      {lastRemoval ? (
        <p className="nl-sources-undo" role="status">
          Removed “{lastRemoval.title}”: {lastRemoval.removedEvents === 1 ? '1 event' : `${lastRemoval.removedEvents} events`} went with it
          {lastRemoval.keptEvents ? `, ${lastRemoval.keptEvents} stay, reported by other articles` : ''}.
          <button type="button" className="nl-link-button" onClick={undoRemoveSource}>
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}
