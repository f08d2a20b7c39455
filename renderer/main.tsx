import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createNewslineStore } from './store';
import { StoreContext } from './store/use-newsline';
import type { MenuCommand } from '../shared/ipc';

const root = document.getElementById('root')!;

if (!window.newsline) {
  // Without the preload there is no way to reach main; say so instead of showing an empty window.
  root.textContent = 'Newsline could not start: the connection to the application (preload) is missing.';
} else {
  const store = createNewslineStore({ api: window.newsline });
  const commands: Record<MenuCommand, () => void> = {
    'zoom-in': () => store.getState().zoomIn(),
    'zoom-out': () => store.getState().zoomOut(),
    'fit-all': () => store.getState().fitAll(),
    'toggle-article': () => store.getState().toggleArticle(),
    'actual-size': () => store.getState().fitAll(),
  };
  window.newsline.onMenuCommand((command) => commands[command]?.());

  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  void store.getState().loadInitialDocument();
}
