import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import type { UiParts } from './App';
import { ArticlePane } from './article/ArticlePane';
import { Announcer } from './components/Announcer';
import { DetailsCard } from './components/DetailsCard';
import { Divider } from './components/Divider';
import { dialogWanted, loadDialogs, loadedDialogs, onDialogsLoaded } from './dialogs';
import { ErrorBanner } from './components/ErrorBanner';
import { ImportProgress } from './components/ImportProgress';
import { Legend } from './components/Legend';
import { NoticeBanner } from './components/NoticeBanner';
import { Toolbar } from './components/Toolbar';
import { UnplacedHint } from './components/UnplacedHint';
import { RecoveryBanner, UnsavedDialog } from './components/UnsavedDialog';
import { FilterBar, FilterEmptyNote } from './filters/FilterBar';
import { EventList } from './list/EventList';
import { MergeReview, MergeReviewButton } from './merges/MergeReview';
import { SourceTabs } from './sources/SourceTabs';
import { useNewsline, useNewslineStore } from './store/use-newsline';
import { listShown } from './store/view-slice';
import { LabelResizer } from './timeline/LabelResizer';

// The parts of the window around the timeline; App.tsx puts each in its place.

function Top() {
  return (
    <>
      <RecoveryBanner />
      <ErrorBanner />
      <NoticeBanner />
    </>
  );
}

function Controls() {
  return (
    <>
      <div className="nl-controls-row">
        <Toolbar />
        <FilterBar />
        <MergeReviewButton />
      </div>
      <Legend />
      <UnplacedHint />
    </>
  );
}

/** Why the timeline is empty, when it is. */
function EmptyMessage() {
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

/** Over the timeline: why it is empty, and the handle that resizes its title column. */
function TimelineStatus() {
  const hasEvents = useNewsline((s) => s.events.length > 0);
  return (
    <>
      <EmptyMessage />
      <FilterEmptyNote />
      {hasEvents ? <LabelResizer /> : null}
    </>
  );
}

function List() {
  const shown = useNewsline((s) => listShown(s) && s.events.length > 0);
  return shown ? <EventList /> : null;
}

function Article({ panes }: { panes: RefObject<HTMLElement | null> }) {
  const visible = useNewsline((s) => s.articleVisible);
  if (!visible) return null;
  return (
    <>
      <Divider containerRef={panes} />
      <section className="nl-pane nl-pane--article" aria-label="Article">
        <SourceTabs />
        <ArticlePane />
      </section>
    </>
  );
}

/** The dialogs of their own chunk (dialogs.ts): drawn once it is in, asked for when one is opened before. */
function LaterDialogs() {
  const store = useNewslineStore();
  const wanted = useNewsline(dialogWanted);
  const Dialogs = useSyncExternalStore(onDialogsLoaded, loadedDialogs);
  useEffect(() => {
    if (wanted && !Dialogs) void loadDialogs(store);
  }, [wanted, Dialogs, store]);
  return Dialogs ? <Dialogs /> : null;
}

const isAdding = (e: DragEvent) => e.shiftKey || e.altKey || e.ctrlKey || e.metaKey;

/** Dialogs, progress, the live region, and the drop target that covers the whole window. */
function Overlays({ app }: { app: RefObject<HTMLElement | null> }) {
  const store = useNewslineStore();
  const [dropping, setDropping] = useState<false | 'open' | 'add'>(false);

  useEffect(() => {
    const root = app.current!;
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
  }, [app, store]);

  return (
    <>
      {dropping ? (
        <div className="nl-drop" aria-hidden="true">
          {dropping === 'add'
            ? 'Drop to add the articles to this timeline'
            : 'Drop an article to open it (.txt, .md, .html, .docx); hold Shift to add it to this timeline'}
        </div>
      ) : null}
      <MergeReview />
      <ImportProgress />
      <LaterDialogs />
      <UnsavedDialog />
      <Announcer />
    </>
  );
}

export const ui: UiParts = { Top, Controls, TimelineStatus, List, Details: DetailsCard, Article, Overlays };
