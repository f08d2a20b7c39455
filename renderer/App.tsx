import { useEffect, useRef, useState } from 'react';
import { ArticlePane } from './article/ArticlePane';
import { DetailsCard } from './components/DetailsCard';
import { Divider } from './components/Divider';
import { ErrorBanner } from './components/ErrorBanner';
import { ImportProgress } from './components/ImportProgress';
import { NoticeBanner } from './components/NoticeBanner';
import { PublishedDialog } from './components/PublishedDialog';
import { UnplacedHint } from './components/UnplacedHint';
import { Legend } from './components/Legend';
import { Toolbar } from './components/Toolbar';
import { useNewsline, useNewslineStore } from './store/use-newsline';
import { TimelineView } from './timeline/TimelineView';
import { handleShortcut } from './shortcuts';

export function App() {
  const store = useNewslineStore();
  const events = useNewsline((s) => s.events);
  const status = useNewsline((s) => s.status);
  const ratio = useNewsline((s) => s.dividerRatio);
  const articleVisible = useNewsline((s) => s.articleVisible);
  const title = useNewsline((s) => s.title);
  const panes = useRef<HTMLDivElement>(null);
  // The article renders one frame after the timeline: startup paints the timeline first, then the text.
  const [articleReady, setArticleReady] = useState(false);
  useEffect(() => {
    if (status === 'ready' || status === 'error') requestAnimationFrame(() => setArticleReady(true));
  }, [status]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleShortcut(e, store.getState());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => {
    document.title = title ? `${title} — Newsline` : 'Newsline';
  }, [title]);

  const [dropping, setDropping] = useState(false);
  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes('Files');

  return (
    <div
      className="nl-app"
      data-status={status}
      onDragOver={(e) => {
        // Without this the drop would navigate to the file; main refuses that too, but then nothing opens.
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node)) setDropping(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDropping(false);
        const file = e.dataTransfer.files[0];
        if (file) void store.getState().openDropped(file);
      }}
    >
      <header className="nl-header">
        <span className="nl-brand">Newsline</span>
        <span className="nl-header-title">{title}</span>
      </header>
      <ErrorBanner />
      <NoticeBanner />
      <div className="nl-panes" ref={panes}>
        <section
          className="nl-pane nl-pane--timeline"
          aria-label="Timeline"
          style={articleVisible ? { flexBasis: `${ratio * 100}%` } : { flexBasis: '100%' }}
        >
          <Toolbar />
          <Legend />
          <UnplacedHint />
          <div className={`nl-timeline-wrap${events.length === 0 ? ' nl-timeline-wrap--empty' : ''}`}>
            {status === 'loading' || status === 'idle' ? (
              <p className="nl-empty" role="status">
                Loading the article…
              </p>
            ) : status === 'error' ? (
              <p className="nl-empty" data-testid="timeline-empty">
                No events to show: the document’s events could not be loaded.
              </p>
            ) : status === 'ready' && events.length === 0 ? (
              <p className="nl-empty" data-testid="timeline-empty">
                This article has no dated events yet.
              </p>
            ) : null}
            <TimelineView events={events} />
          </div>
          <DetailsCard />
        </section>
        {articleVisible ? (
          <>
            <Divider containerRef={panes} />
            <section className="nl-pane nl-pane--article" aria-label="Article">
              {articleReady ? <ArticlePane /> : null}
            </section>
          </>
        ) : null}
      </div>
      {dropping ? (
        <div className="nl-drop" aria-hidden="true">
          Drop an article to open it (.txt, .md, .html, .docx)
        </div>
      ) : null}
      <ImportProgress />
      <PublishedDialog />
    </div>
  );
}
