import type { ComponentType } from 'react';
import type { NewslineState, NewslineStore } from './store';

// The dialogs' chunk (components/Dialogs.tsx). None of them is open in a window's first frame, unless the
// document opened at launch asks for its publication date: start.ts then waits for the chunk before drawing,
// so a dialog never comes in after the frame. Otherwise the chunk is loaded once the window is shown, or at
// once when a dialog is asked for before then.

type Dialogs = ComponentType;

let loaded: Dialogs | null = null;
let loading: Promise<Dialogs> | null = null;
const listeners = new Set<() => void>();

/** Whether any of the chunk's dialogs is open. */
export const dialogWanted = (s: NewslineState): boolean => s.askPublished || s.editing !== null || s.shortcutsOpen;

/** The dialogs, once their chunk is in; null before. */
export const loadedDialogs = (): Dialogs | null => loaded;

export function onDialogsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the chunk once; a failed load is said in the store's notice and tried again the next time. */
export function loadDialogs(store: NewslineStore): Promise<Dialogs | null> {
  loading ??= import('./components/Dialogs').then((m) => {
    loaded = m.Dialogs;
    for (const listener of listeners) listener();
    return m.Dialogs;
  });
  return loading.catch((err: unknown) => {
    loading = null;
    store.setState({ notice: { kind: 'error', title: 'The dialog could not be opened', messages: [err instanceof Error ? err.message : String(err)] } });
    return null;
  });
}
