import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, memoryViewStateStore, safeFileName, type HandlerDeps } from '../../../main/handlers';
import type { ImportService } from '../../../main/import-service';

const SEED = join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json');
const doc = JSON.parse(readFileSync(SEED, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'newsline-export-h-'));

function handlers(over: Partial<HandlerDeps> = {}) {
  return createHandlers({
    initialDocument: SEED,
    appInfo: { name: 'Newsline', version: 'test' },
    viewState: memoryViewStateStore(),
    openExternal: async () => {},
    chooseFile: async () => null,
    importer: {} as ImportService,
    importStarted: () => {},
    ...over,
  });
}

describe('export handlers', () => {
  it('export:save writes the chosen format where the dialog says, named after the timeline', async () => {
    const asked: string[] = [];
    const file = join(dir, 'out.csv');
    const h = handlers({ chooseSaveFile: async (o) => (asked.push(o.defaultName), file) });
    expect(await h['export:save']({ format: 'csv', document: doc, name: 'A/B: "timeline"' })).toEqual({ status: 'saved', file });
    expect(asked).toEqual(['A B timeline.csv']);
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFFid,title,start/);
  });
  it('Cancel writes nothing; a document that is not valid is refused', async () => {
    const h = handlers({ chooseSaveFile: async () => null });
    expect(await h['export:save']({ format: 'timelinejs', document: doc, name: 'x' })).toEqual({ status: 'canceled' });
    const bad = await h['export:save']({ format: 'timelinejs', document: { ...doc, events: [{ id: 'x' }] }, name: 'x' });
    expect(bad.status).toBe('failed');
    const unknown = await h['export:save']({ format: 'pdf' as never, document: doc, name: 'x' });
    expect(unknown).toEqual({ status: 'failed', message: 'The export request was not understood.' });
  });
  it('export:save-image prefers main\'s own capture for PNG, and keeps the page\'s SVG', async () => {
    const png = join(dir, 'a.png');
    const svg = join(dir, 'a.svg');
    const answers = [png, svg];
    const h = handlers({ chooseSaveFile: async () => answers.shift()!, capturePage: async (_r, scale) => new Uint8Array([scale, 9, 9]) });
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    await h['export:save-image']({ format: 'png', scale: 2, data: new Uint8Array([1]), rect, name: 't' });
    expect([...readFileSync(png)]).toEqual([2, 9, 9]);
    await h['export:save-image']({ format: 'svg', scale: 1, data: new TextEncoder().encode('<svg/>'), rect, name: 't' });
    expect(readFileSync(svg, 'utf8')).toBe('<svg/>');
  });
  it('export:save-pdf says plainly when there is no printToPDF', async () => {
    expect(await handlers({ chooseSaveFile: async () => join(dir, 'x.pdf') })['export:save-pdf']({ name: 't' })).toMatchObject({ status: 'failed', message: expect.stringMatching(/needs the desktop app/) });
  });
  it('file names lose path separators and reserved characters', () => {
    expect(safeFileName('../etc/passwd', 'json')).toBe('.. etc passwd.json');
    expect(safeFileName('  ', 'csv')).toBe('timeline.csv');
  });
});
