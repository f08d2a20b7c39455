import type { NewslineState } from './store';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Commands with Ctrl (Cmd on macOS): files and undo. They work from anywhere except text undo in a field. */
function commandShortcut(e: KeyboardEvent, state: NewslineState): (() => void) | undefined {
  const key = e.key.toLowerCase();
  const typing = isTyping(e.target);
  if (key === 's') return () => void state.save(e.shiftKey);
  if (key === 'o' && !e.shiftKey) return () => void state.openFile();
  // Find works from anywhere, a text field included: it goes to the search box.
  if (key === 'f' && !e.shiftKey) return state.focusSearch;
  // In a text field, undo belongs to the field.
  if (typing || state.editing || state.unsavedPrompt) return undefined;
  if (key === 'z' && !e.shiftKey) return state.undo;
  if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) return state.redo;
  if (key === 'e' && e.shiftKey) return () => void state.startAdd();
  return undefined;
}

/** The app's keyboard map. Returns whether the key was used. */
export function handleShortcut(e: KeyboardEvent, state: NewslineState): boolean {
  if (e.defaultPrevented || e.altKey) return false;
  // While a file imports, Esc cancels it, wherever the focus is.
  if (e.key === 'Escape' && state.importing) {
    e.preventDefault();
    void state.cancelImport();
    return true;
  }
  if (e.ctrlKey || e.metaKey) {
    const command = commandShortcut(e, state);
    if (!command) return false;
    e.preventDefault();
    command();
    return true;
  }
  if (isTyping(e.target) || state.editing || state.unsavedPrompt) return false;
  const hasDocument = state.document !== null;
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
  if (hasDocument && state.focusedId) {
    actions.Enter = () => state.startEdit();
    actions.Delete = () => state.deleteEvents();
    actions.Backspace = () => state.deleteEvents();
  }
  const action = Object.hasOwn(actions, e.key) ? actions[e.key] : undefined;
  if (!action) return false;
  // Enter on a button or a focusable paragraph belongs to it.
  if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest?.('button, a, [tabindex], [role="dialog"]') && !(e.target as HTMLElement).closest('.vis-timeline')) return false;
  e.preventDefault();
  action();
  return true;
}
