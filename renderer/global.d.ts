import type { PreloadApi } from '../shared/ipc';

declare global {
  interface Window {
    /** Set by the preload; typed from the object it exposes, so the two cannot disagree. */
    newsline: PreloadApi;
  }
}

export {};
