import type { ValidationResult } from '../../shared/document-core';
import type { PreloadApi } from '../../shared/ipc';

/** The timeline widget as the store drives it; the component that owns vis-timeline supplies it. */
export interface TimelineController {
  zoom(direction: 'in' | 'out'): void;
  /** Shows every event; `animate: false` jumps there at once (printing captures the very next frame). */
  fit(opts?: { animate?: boolean }): void;
  /** Brings the events into view, keeping the zoom when they already fit. */
  reveal(eventIds: string[]): void;
  getWindow(): { start: number; end: number };
  /** Draws what is waiting for vis-timeline's next animation frame now, so that frame paints it. */
  drawNow(): void;
}

export interface StoreDeps {
  api: PreloadApi;
  /** Checks an edited document before it replaces the open one (shared/document's validateDocument, or a stand-in while it loads). */
  validateDocument(data: unknown): ValidationResult;
}
