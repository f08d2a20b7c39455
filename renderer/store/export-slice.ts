import type { StateCreator } from 'zustand';
import type { NewslineDocument } from '../../shared/document';
import { toMarkdown } from '../../shared/export/markdown';
import { filterDocument, isFilterActive } from '../../shared/filter';
import type { ExportResult, FileExportFormat } from '../../shared/ipc';
import type { NewslineState } from './index';
import type { StoreDeps } from './types';
import { visParts } from '../timeline/vis-internals';

// Sharing: file exports (main writes them after its save dialog), a picture of the timeline view, print and
// PDF, and the event list as Markdown on the clipboard. Each says how it went in exportStatus.

export type ImageFormat = 'png' | 'png-2x' | 'svg';

export interface ExportSlice {
  exportStatus: { kind: 'done' | 'error'; message: string } | null;
  /** The document as the page holds it now (events as shown, through the active filter); null before one is open. */
  currentDocument(): NewslineDocument | null;
  exportFile(format: FileExportFormat): Promise<void>;
  exportImage(format: ImageFormat): Promise<void>;
  exportPdf(): Promise<void>;
  printView(): void;
  copyMarkdown(): Promise<void>;
  dismissExportStatus(): void;
}

const LABELS: Record<FileExportFormat | ImageFormat | 'pdf', string> = {
  timelinejs: 'TimelineJS file',
  csv: 'CSV file',
  markdown: 'Markdown file',
  html: 'standalone page',
  png: 'PNG image',
  'png-2x': 'PNG image (2×)',
  svg: 'SVG image',
  pdf: 'PDF',
};

/** The element whose drawing is "the current timeline view". */
export function timelineViewElement(): Element | null {
  const container = document.getElementById('nl-timeline');
  return (container && visParts(container).root()) ?? container;
}

export const createExportSlice =
  (deps: StoreDeps): StateCreator<NewslineState, [], [], ExportSlice> =>
  (set, get) => {
    // An export made through a filter says so, with how much of the timeline it holds.
    const filtered = () => {
      const { document, filter } = get();
      if (!document || !isFilterActive(filter)) return '';
      const n = get().currentDocument()?.events.length ?? 0;
      return ` (filtered: ${n} of ${document.events.length} events)`;
    };
    const report = (what: string, result: ExportResult) => {
      if (result.status === 'canceled') return;
      set({
        exportStatus:
          result.status === 'saved'
            ? { kind: 'done', message: `Saved the ${what} as ${result.file.split(/[\\/]/).pop()}${filtered()}` }
            : { kind: 'error', message: result.message },
      });
    };
    const fail = (what: string, err: unknown) =>
      set({ exportStatus: { kind: 'error', message: `The ${what} could not be made: ${err instanceof Error ? err.message : String(err)}` } });
    const name = () => get().title || 'timeline';
    return {
      exportStatus: null,
      currentDocument: () => {
        const { document, events, filter } = get();
        return document ? filterDocument({ ...document, events }, filter) : null;
      },
      exportFile: async (format) => {
        const doc = get().currentDocument();
        if (!doc) return;
        try {
          report(LABELS[format], await deps.api.saveExport(format, doc, name()));
        } catch (err) {
          fail(LABELS[format], err);
        }
      },
      exportImage: async (format) => {
        const el = timelineViewElement();
        if (!el || get().events.length === 0) {
          set({ exportStatus: { kind: 'error', message: 'There is no timeline to picture yet.' } });
          return;
        }
        try {
          // The picture's code is loaded when first asked for: no window needs it to be drawn.
          const { sceneOf, sceneToPng, sceneToSvg } = await import('../export/image');
          const scene = sceneOf(el);
          const scale = format === 'png-2x' ? 2 : 1;
          const data = format === 'svg' ? new TextEncoder().encode(sceneToSvg(scene, name())) : await sceneToPng(scene, scale);
          const r = el.getBoundingClientRect();
          const rect = { x: r.left, y: r.top, width: r.width, height: r.height };
          report(LABELS[format], await deps.api.saveImage({ format: format === 'svg' ? 'svg' : 'png', scale, data, rect, name: name() }));
        } catch (err) {
          fail(LABELS[format], err);
        }
      },
      exportPdf: async () => {
        // The PDF is the printout: every event in view, drawn at once (beforeprint may not fire for printToPDF).
        get().fitAll({ animate: false });
        try {
          report(LABELS.pdf, await deps.api.savePdf(name()));
        } catch (err) {
          fail(LABELS.pdf, err);
        }
      },
      printView: () => {
        get().fitAll({ animate: false });
        window.print();
      },
      copyMarkdown: async () => {
        const doc = get().currentDocument();
        if (!doc) return;
        try {
          await navigator.clipboard.writeText(toMarkdown(doc));
          set({ exportStatus: { kind: 'done', message: `Copied ${doc.events.length === 1 ? '1 event' : `${doc.events.length} events`} as Markdown${filtered()}` } });
        } catch (err) {
          fail('Markdown list', err);
        }
      },
      dismissExportStatus: () => set({ exportStatus: null }),
    };
  };
