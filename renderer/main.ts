import type { PreloadApi } from '../shared/ipc';

// The entry is kept tiny on purpose: it asks main for the document and the saved layout first, and only
// then loads React and vis-timeline, so the answers arrive while that code is fetched and compiled
// instead of waiting behind it. (The preload has already asked, as the page began loading: these first calls
// get those answers; main/preload.ts.)

const root = document.getElementById('root')!;

function once<T>(first: Promise<T>, again: () => Promise<T>): () => Promise<T> {
  let used = false;
  return () => {
    if (used) return again();
    used = true;
    return first;
  };
}

if (!window.newsline) {
  // Without the preload there is no way to reach main; say so instead of showing an empty window.
  root.textContent = 'Newsline could not start: the connection to the application (preload) is missing.';
} else {
  const api: PreloadApi = window.newsline;
  const early: PreloadApi = {
    ...api,
    getInitialDocument: once(api.getInitialDocument(), api.getInitialDocument),
    getViewState: once(api.getViewState(), api.getViewState),
  };
  import('./start')
    .then(({ start }) => start(root, early))
    .catch((err: unknown) => {
      root.textContent = `Newsline could not start: ${err instanceof Error ? err.message : String(err)}`;
    });
}
