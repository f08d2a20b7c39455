import { parse as parseCsv } from 'csv-parse/sync';
import { validateDocument } from '../../shared/document';
import { fromTimelineJs, isSheetHeader, sheetToTimeline, TimelineJsError, type TimelineImport } from '../../shared/export/timelinejs';
import { describeWarning } from '../../shared/warnings';
import { checkSize, decodeText, ImportError } from './input-checks';

// Moving in from TimelineJS: its JSON, or its Google Sheets template downloaded as CSV. The slides become
// imported events (shared/export/timelinejs.ts); this module only reads the bytes and reports problems.

export const TIMELINE_EXTENSIONS = ['.json', '.csv'];

function parseSheet(file: string, text: string): string[][] {
  try {
    return parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    throw new ImportError(file, `this CSV file cannot be read (${(err as Error).message})`);
  }
}

/** Reads a TimelineJS JSON or sheet CSV file into a validated document, or throws ImportError naming the file. */
export function readTimelineFile(file: string, bytes: Buffer, fallbackTitle: string): TimelineImport {
  checkSize(file, bytes.length);
  const text = decodeText(file, bytes);
  let imported: TimelineImport;
  try {
    if (file.toLowerCase().endsWith('.csv')) {
      const rows = parseSheet(file, text);
      if (rows.length === 0 || !isSheetHeader(rows[0])) {
        throw new ImportError(file, 'this CSV is not a TimelineJS sheet: its first row needs the template\'s columns (Year, Month, Day, …, Headline, Text)');
      }
      imported = fromTimelineJs(sheetToTimeline(rows), fallbackTitle);
    } else {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (err) {
        throw new ImportError(file, `this is not valid JSON (${(err as Error).message})`);
      }
      imported = fromTimelineJs(data, fallbackTitle);
    }
  } catch (err) {
    if (err instanceof TimelineJsError) throw new ImportError(file, err.message);
    throw err;
  }
  if (imported.document.events.length === 0) {
    throw new ImportError(file, `the timeline has no event that can be placed${imported.warnings.length ? ` (${imported.warnings.map(describeWarning).join('; ')})` : ''}`);
  }
  const checked = validateDocument(imported.document);
  if (!checked.ok) throw new ImportError(file, `the imported timeline is not valid: ${checked.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return { document: checked.document, warnings: imported.warnings };
}
