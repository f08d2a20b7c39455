import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PreloadApi } from '../main/preload';
import type { MenuCommand } from '../shared/ipc';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { createNewslineStore } from './store';
import { StoreContext } from './store/use-newsline';

export function start(root: HTMLElement, api: PreloadApi): void {
  const store = createNewslineStore({ api });
  const commands: Record<MenuCommand, () => void> = {
    'open-file': () => void store.getState().openFile(),
    'zoom-in': () => store.getState().zoomIn(),
    'zoom-out': () => store.getState().zoomOut(),
    'fit-all': () => store.getState().fitAll(),
    'toggle-article': () => store.getState().toggleArticle(),
    'actual-size': () => store.getState().fitAll(),
  };
  api.onMenuCommand((command) => commands[command]?.());
  api.onImportStarted(({ name }) => store.getState().importStarted(name));

  void store.getState().loadInitialDocument();
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
