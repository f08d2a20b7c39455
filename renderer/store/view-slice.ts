import type { StateCreator } from 'zustand';
import type { NewslineState } from './index';
import type { ViewState } from '../../shared/ipc';
import type { StoreDeps, TimelineController } from './types';

export const DIVIDER_MIN = 0.2;
export const DIVIDER_MAX = 0.8;
export const DIVIDER_DEFAULT = 0.55;

export interface ViewSlice {
  /** Share of the width the timeline gets. */
  dividerRatio: number;
  articleVisible: boolean;
  timeline: TimelineController | null;
  /** A window remembered from the last session, applied once the timeline exists. */
  restoredWindow: { start: number; end: number } | null;
  savedView: ViewState | null;
  /** The event list under the timeline: null follows the document (shown when events share lanes). */
  listVisible: boolean | null;
  /** Width of the timeline's title column, in px. */
  labelWidth: number;
  shortcutsOpen: boolean;
  toggleList(): void;
  setLabelWidth(px: number): void;
  setShortcutsOpen(open: boolean): void;
  attachTimeline(controller: TimelineController | null): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Fits every event into view; animated unless `animate: false` (for printing). */
  fitAll(opts?: { animate?: boolean }): void;
  toggleArticle(): void;
  setDividerRatio(ratio: number): void;
  /** Reads the saved layout. */
  loadViewState(): Promise<void>;
  /** The saved time window applies only to the document it was saved for. */
  applyViewState(file: string): void;
  saveViewState(): Promise<void>;
  /** Opens a link in the user's browser; main checks the scheme again. */
  openExternal(url: string): Promise<boolean>;
}

export const LABEL_WIDTH_DEFAULT = 210;
export const LABEL_WIDTH_MIN = 120;
export const LABEL_WIDTH_MAX = 420;
/** More events than this and they share lanes; the list is then shown unless the user hid it. */
export const LIST_AUTO_THRESHOLD = 40;

export const listShown = (s: { listVisible: boolean | null; events: unknown[] }) => s.listVisible ?? s.events.length > LIST_AUTO_THRESHOLD;

export const clampRatio = (r: number) => Math.min(DIVIDER_MAX, Math.max(DIVIDER_MIN, Number.isFinite(r) ? r : 0.5));

export const createViewSlice =
  (deps: StoreDeps): StateCreator<NewslineState, [], [], ViewSlice> =>
  (set, get) => ({
    dividerRatio: DIVIDER_DEFAULT,
    articleVisible: true,
    timeline: null,
    restoredWindow: null,
    savedView: null,
    listVisible: null,
    labelWidth: LABEL_WIDTH_DEFAULT,
    shortcutsOpen: false,

    toggleList() {
      set((s) => ({ listVisible: !listShown(s) }));
    },
    setLabelWidth(px) {
      set({ labelWidth: Math.round(Math.min(LABEL_WIDTH_MAX, Math.max(LABEL_WIDTH_MIN, Number.isFinite(px) ? px : LABEL_WIDTH_DEFAULT))) });
    },
    setShortcutsOpen(open) {
      set({ shortcutsOpen: open });
    },

    attachTimeline(controller) {
      set({ timeline: controller });
    },
    zoomIn() {
      get().timeline?.zoom('in');
    },
    zoomOut() {
      get().timeline?.zoom('out');
    },
    fitAll(opts) {
      get().timeline?.fit({ animate: opts?.animate ?? true });
    },
    toggleArticle() {
      set((s) => ({ articleVisible: !s.articleVisible }));
      void get().saveViewState();
    },
    setDividerRatio(ratio) {
      set({ dividerRatio: clampRatio(ratio) });
    },

    async loadViewState() {
      try {
        const saved = await deps.api.getViewState();
        set({
          savedView: saved,
          dividerRatio: saved.dividerRatio === undefined ? get().dividerRatio : clampRatio(saved.dividerRatio),
          articleVisible: saved.articleVisible ?? true,
        });
      } catch {
        // A missing or unreadable view state only costs the user their last layout.
      }
    },

    applyViewState(file) {
      const w = get().savedView?.window;
      set({ restoredWindow: w && w.file === file && w.end > w.start ? { start: w.start, end: w.end } : null });
    },

    async openExternal(url) {
      try {
        // Not Electron's shell.openExternal: a request to main, which checks the scheme before opening anything.
        return (await deps.api.openExternal(url)).opened; // eng-disable OPEN_EXTERNAL_JS_CHECK
      } catch {
        return false;
      }
    },

    async saveViewState() {
      const { dividerRatio, articleVisible, timeline, file } = get();
      const window = timeline && file ? { ...timeline.getWindow(), file } : undefined;
      try {
        await deps.api.saveViewState({ dividerRatio, articleVisible, window });
      } catch {
        // Not worth interrupting the user for; the next change tries again.
      }
    },
  });
