import type { NewslineState } from './store';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The app's keyboard map. Returns whether the key was used. */
export function handleShortcut(e: KeyboardEvent, state: NewslineState): boolean {
  if (e.defaultPrevented || e.altKey || e.metaKey || e.ctrlKey) return false;
  // While a file imports, Esc cancels it, wherever the focus is.
  if (e.key === 'Escape' && state.importing) {
    e.preventDefault();
    void state.cancelImport();
    return true;
  }
  if (isTyping(e.target)) return false;
  const actions: Record<string, () => void> = {
    ArrowRight: () => state.step(1),
    ArrowLeft: () => state.step(-1),
    Escape: () => state.clearSelection(),
    '+': state.zoomIn,
    '=': state.zoomIn,
    '-': state.zoomOut,
    '−': state.zoomOut,
    _: state.zoomOut,
    '0': state.fitAll,
    '?': () => state.setShortcutsOpen(true),
    l: state.toggleList,
    L: state.toggleList,
  };
  const action = Object.hasOwn(actions, e.key) ? actions[e.key] : undefined;
  if (!action) return false;
  e.preventDefault();
  action();
  return true;
}
