import { StrictMode, useEffect, useRef, type ComponentType, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { displayName, isDirty, type NewslineState, type NewslineStore } from './store';
import { StoreContext, useNewsline } from './store/use-newsline';
import { TimelineHost } from './timeline/TimelineHost';

/** Everything around the timeline: banners, toolbar, list, details, article and dialogs (ui.tsx). */
export interface UiParts {
  Top: ComponentType;
  Controls: ComponentType;
  TimelineStatus: ComponentType;
  List: ComponentType;
  Details: ComponentType;
  Article: ComponentType<{ panes: RefObject<HTMLElement | null> }>;
  Overlays: ComponentType<{ app: RefObject<HTMLElement | null> }>;
}

/** A document window's title, as desktop apps write it: a mark for unsaved changes, the file, then the app. */
function windowTitle(s: NewslineState): string {
  const name = s.document || s.title ? displayName(s) : '';
  return name ? `${isDirty(s) ? '• ' : ''}${name} — Newsline` : 'Newsline';
}

/** The window's frame, and the one owner of its DOM: the timeline, and the parts (ui) in their places. */
export function App({ ui }: { ui: UiParts }) {
  const status = useNewsline((s) => s.status);
  const title = useNewsline((s) => s.title);
  const unsaved = useNewsline(isDirty);
  const documentTitle = useNewsline(windowTitle);
  const articleVisible = useNewsline((s) => s.articleVisible);
  const dividerRatio = useNewsline((s) => s.dividerRatio);
  const empty = useNewsline((s) => s.events.length === 0);
  const app = useRef<HTMLDivElement>(null);
  const panes = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <div
      ref={app}
      className="nl-app"
      data-status={status}
      data-unsaved={String(unsaved)}
      // Tests and anyone scripting the window can wait for this: every control is there.
      data-ui="ready"
    >
      <header className="nl-header">
        <span className="nl-brand">Newsline</span>
        <span className="nl-header-title" id="nl-title">
          {title}
        </span>
      </header>
      <div className="nl-slot nl-slot--top">
        <ui.Top />
      </div>
      <main className="nl-panes" ref={panes}>
        <section className="nl-pane nl-pane--timeline" aria-label="Timeline" style={{ flexBasis: articleVisible ? `${dividerRatio * 100}%` : '100%' }}>
          <div className="nl-slot-controls"><ui.Controls /></div>
          <div className={empty ? 'nl-timeline-wrap nl-timeline-wrap--empty' : 'nl-timeline-wrap'}>
            {status === 'loading' ? (
              <p className="nl-empty nl-loading" role="status">
                Loading the article…
              </p>
            ) : null}
            <ui.TimelineStatus />
            <TimelineHost />
          </div>
          <ui.List />
          <div className="nl-slot-details"><ui.Details /></div>
        </section>
        <ui.Article panes={panes} />
      </main>
      <div className="nl-slot nl-slot--overlays"><ui.Overlays app={app} /></div>
    </div>
  );
}

/**
 * Draws the frame into container at once, timeline and controls included, replacing the placeholder the page
 * shows while the scripts load.
 */
export function mountApp(container: HTMLElement, store: NewslineStore, ui: UiParts): void {
  const root = createRoot(container);
  // Synchronously: the timeline is created in this task, as when it was drawn without React.
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <StoreContext.Provider value={store}>
            <App ui={ui} />
          </StoreContext.Provider>
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}
