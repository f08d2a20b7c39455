import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import type { NewslineStore } from './store';
import { StoreContext } from './store/use-newsline';

/** Renders the controls, details, article and dialogs into the frame's slots, around the drawn timeline. */
export function mountUi(root: HTMLElement, store: NewslineStore): void {
  createRoot(document.getElementById('nl-react')!).render(
    <StrictMode>
      <ErrorBoundary>
        <StoreContext.Provider value={store}>
          <App root={root} />
        </StoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
  // Tests and anyone scripting the window can wait for this: every control is there.
  requestAnimationFrame(() => (root.dataset.ui = 'ready'));
}
