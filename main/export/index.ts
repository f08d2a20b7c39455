import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { NewslineDocument } from '../../shared/document';
import type { ExportOptions } from '../../shared/export/common';
import { toCsvRecords } from '../../shared/export/csv';
import { toMarkdown } from '../../shared/export/markdown';
import { toTimelineJs } from '../../shared/export/timelinejs';
import { standalonePage, type StandaloneAssets } from './standalone';

// The file exports: each turns a document into the bytes of one file. Shared by the app's Export menu and
// `newsline export`; the mappings themselves live in shared/export/.

export const EXPORT_FORMATS = {
  timelinejs: { label: 'TimelineJS (JSON)', extension: 'json' },
  csv: { label: 'Spreadsheet (CSV)', extension: 'csv' },
  markdown: { label: 'Markdown event list', extension: 'md' },
  html: { label: 'Standalone web page (HTML)', extension: 'html' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

/** CSV with a byte-order mark, so spreadsheet programs read non-Latin text as UTF-8. */
export function toCsv(doc: NewslineDocument, opts: ExportOptions = {}): string {
  return `\uFEFF${stringify(toCsvRecords(doc, opts), { record_delimiter: '\r\n' })}`;
}

export interface ExportDeps {
  /** The standalone page's compiled script and styles (dist/standalone); needed only for html. */
  standaloneAssets?: () => Promise<StandaloneAssets>;
}

/** The text of one export. */
export async function renderExport(doc: NewslineDocument, format: ExportFormat, opts: ExportOptions = {}, deps: ExportDeps = {}): Promise<string> {
  switch (format) {
    case 'timelinejs':
      return `${JSON.stringify(toTimelineJs(doc, opts), null, 2)}\n`;
    case 'csv':
      return toCsv(doc, opts);
    case 'markdown':
      return toMarkdown(doc, opts);
    case 'html': {
      if (!deps.standaloneAssets) throw new Error('the standalone page needs its built script (npm run build)');
      return standalonePage(doc, await deps.standaloneAssets(), opts);
    }
  }
}

export async function writeExport(file: string, doc: NewslineDocument, format: ExportFormat, opts: ExportOptions = {}, deps: ExportDeps = {}): Promise<void> {
  await writeFile(file, await renderExport(doc, format, opts, deps), 'utf8');
}
