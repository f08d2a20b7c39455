import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ArticlePane } from './article/ArticlePane';
import { DetailsCard } from './components/DetailsCard';
import { Divider } from './components/Divider';
import { ErrorBanner } from './components/ErrorBanner';
import { EventForm } from './components/EventForm';
import { RecoveryBanner, UnsavedDialog } from './components/UnsavedDialog';
import { ImportProgress } from './components/ImportProgress';
import { Legend } from './components/Legend';
import { NoticeBanner } from './components/NoticeBanner';
import { PublishedDialog } from './components/PublishedDialog';
import { Toolbar } from './components/Toolbar';
import { UnplacedHint } from './components/UnplacedHint';
import { SourceTabs } from './sources/SourceTabs';
import { Announcer } from './components/Announcer';
import { ShortcutSheet } from './components/ShortcutSheet';
import { FilterBar, FilterEmptyNote } from './filters/FilterBar';
import { EventList } from './list/EventList';
import { listShown } from './store/view-slice';
import { LabelResizer } from './timeline/LabelResizer';
import { useNewsline, useNewslineStore } from './store/use-newsline';

/** Renders into one of the static frame's slots (see index.html). */
function Slot({ id, children }: { id: string; children: ReactNode }) {
  return createPortal(children, document.getElementById(id)!);
}

function TimelineStatus() {
  const status = useNewsline((s) => s.status);
  const empty = useNewsline((s) => s.events.length === 0);
  if (status === 'error') {
    return (
      <p className="nl-empty" data-testid="timeline-empty">
        No events to show: the document’s events could not be loaded.
      </p>
    );
  }
  if (status === 'ready' && empty) {
    return (
      <p className="nl-empty" data-testid="timeline-empty">
        This article has no dated events yet.
      </p>
    );
  }
  return null;
}

const isAdding = (e: DragEvent) => e.shiftKey || e.altKey || e.ctrlKey || e.metaKey;

/** Everything around the timeline, which start.ts has already drawn into the frame. */
export function App({ root }: { root: HTMLElement }) {
  const store = useNewslineStore();
  const articleVisible = useNewsline((s) => s.articleVisible);
  const listVisible = useNewsline(listShown);
  const hasEvents = useNewsline((s) => s.events.length > 0);
  const [dropping, setDropping] = useState<false | 'open' | 'add'>(false);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    const over = (e: DragEvent) => {
      // Without this the drop would navigate to the file; main refuses that too, but then nothing opens.
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
      setDropping(isAdding(e) ? 'add' : 'open');
    };
    const leave = (e: DragEvent) => {
      if (!root.contains(e.relatedTarget as Node | null)) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(false);
      // With a modifier held (Shift, Alt/Option, Ctrl or Cmd), the files join the open timeline.
      if (isAdding(e)) {
        void store.getState().addDropped([...e.dataTransfer!.files]);
        return;
      }
      const file = e.dataTransfer!.files[0];
      if (file) void store.getState().openDropped(file);
    };
    root.addEventListener('dragover', over);
    root.addEventListener('dragleave', leave);
    root.addEventListener('drop', drop);
    return () => {
      root.removeEventListener('dragover', over);
      root.removeEventListener('dragleave', leave);
      root.removeEventListener('drop', drop);
    };
  }, [root, store]);

  return (
    <>
      <Slot id="nl-slot-top">
        <RecoveryBanner />
        <ErrorBanner />
        <NoticeBanner />
      </Slot>
      <Slot id="nl-slot-controls">
        <Toolbar />
        <FilterBar />
        <Legend />
        <UnplacedHint />
      </Slot>
      <Slot id="nl-slot-status">
        <TimelineStatus />
        <FilterEmptyNote />
        {hasEvents ? <LabelResizer /> : null}
      </Slot>
      <Slot id="nl-slot-list">{listVisible && hasEvents ? <EventList /> : null}</Slot>
      <Slot id="nl-slot-details">
        <DetailsCard />
      </Slot>
      <Slot id="nl-slot-article">
        {articleVisible ? (
          <>
            <Divider containerRef={{ current: document.getElementById('nl-panes') }} />
            <section className="nl-pane nl-pane--article" aria-label="Article">
              <SourceTabs />
              <ArticlePane />
            </section>
          </>
        ) : null}
      </Slot>
      <Slot id="nl-slot-overlays">
        {dropping ? (
          <div className="nl-drop" aria-hidden="true">
            {dropping === 'add'
              ? 'Drop to add the articles to this timeline'
              : 'Drop an article to open it (.txt, .md, .html, .docx); hold Shift to add it to this timeline'}
          </div>
        ) : null}
        <ImportProgress />
        <PublishedDialog />
        <EventForm />
        <UnsavedDialog />
        <ShortcutSheet />
        <Announcer />
      </Slot>
    </>
  );
}
