import { StrictMode, useEffect, useRef, type ComponentType, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { displayName, isDirty, type NewslineState, type NewslineStore } from './store';
import { StoreContext, useNewsline } from './store/use-newsline';
import { TimelineHost } from './timeline/TimelineHost';

/**
 * Everything around the timeline: banners, toolbar, list, details, article and dialogs (ui.tsx). It is a
 * chunk of its own, loaded once the timeline has been painted, so the window shows the timeline first.
 */
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

/**
 * The window's frame, and the one owner of its DOM. It is drawn in two steps: first with ui null, when
 * only the timeline fills it; then with the parts, which React puts in their places in the same tree.
 * Until they arrive the controls and details keep their room (styles.css), so the timeline does not jump.
 */
export function App({ ui, uiError }: { ui: UiParts | null; uiError?: string }) {
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
      data-ui={ui ? 'ready' : undefined}
    >
      <header className="nl-header">
        <span className="nl-brand">Newsline</span>
        <span className="nl-header-title" id="nl-title">
          {title}
        </span>
      </header>
      <div className="nl-slot nl-slot--top">
        {uiError ? (
          <div className="nl-error" role="alert">
            <p className="nl-error-head">Newsline could not show its controls: {uiError}</p>
          </div>
        ) : null}
        {ui ? <ui.Top /> : null}
      </div>
      <main className="nl-panes" ref={panes}>
        <section className="nl-pane nl-pane--timeline" aria-label="Timeline" style={{ flexBasis: articleVisible ? `${dividerRatio * 100}%` : '100%' }}>
          <div className="nl-slot-controls">{ui ? <ui.Controls /> : null}</div>
          <div className={empty ? 'nl-timeline-wrap nl-timeline-wrap--empty' : 'nl-timeline-wrap'}>
            {status === 'loading' ? (
              <p className="nl-empty nl-loading" role="status">
                Loading the article…
              </p>
            ) : null}
            {ui ? <ui.TimelineStatus /> : null}
            <TimelineHost />
          </div>
          {ui ? <ui.List /> : null}
          <div className="nl-slot-details">{ui ? <ui.Details /> : null}</div>
        </section>
        {ui ? <ui.Article panes={panes} /> : null}
      </main>
      <div className="nl-slot nl-slot--overlays">{ui ? <ui.Overlays app={app} /> : null}</div>
    </div>
  );
}

/**
 * Draws the frame into container at once, timeline included (and the rest of the interface, when given),
 * replacing the placeholder the page shows while the scripts load. Returns the function that draws it again once
 * the rest of the interface has loaded.
 */
export function mountApp(container: HTMLElement, store: NewslineStore, ui: UiParts | null = null, uiError?: string): (ui: UiParts | null, uiError?: string) => void {
  const root = createRoot(container);
  const render = (ui: UiParts | null, uiError?: string) =>
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <StoreContext.Provider value={store}>
            <App ui={ui} uiError={uiError} />
          </StoreContext.Provider>
        </ErrorBoundary>
      </StrictMode>,
    );
  // Synchronously: the timeline is created in this task, as when it was drawn without React.
  flushSync(() => render(ui, uiError));
  return render;
}
