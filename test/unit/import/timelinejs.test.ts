import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/import/index';
import { renderExport } from '../../../main/export/index';
import { loadDocumentFile } from '../../../main/documents';

const SEED = join(__dirname, '../../../data/tass-2024-05-15-taliban/document.json');
const SHEET = join(__dirname, '../../fixtures/timelinejs/sheet.csv');
const dir = mkdtempSync(join(tmpdir(), 'newsline-tljs-'));

describe('Open: TimelineJS files', () => {
  it('opens the Google Sheets template exported as CSV', async () => {
    const r = await importFile(SHEET);
    if (!r.ok) throw new Error(r.message);
    expect(r.document.title).toBe('A sheet timeline');
    expect(r.document.sources).toEqual([]);
    expect(r.document.events.map((e) => [e.title, e.date.start, e.date.end, e.group, e.origin, e.date.basis])).toEqual([
      ['The Wall falls, "at last"', '1989-11-09', undefined, 'Europe', 'imported', 'imported'],
      ['Reunification month', '1990-10', undefined, 'Europe', 'imported', 'imported'],
      ['Дезинтеграция', '1991', '1992', undefined, 'imported', 'imported'],
    ]);
    expect(r.document.events[0].note).toBe('Crowds cross.');
  });

  it('a Newsline TimelineJS export opened again gives back the same events: titles, dates, precisions and groups', async () => {
    const seed = await loadDocumentFile(SEED);
    if (!seed.ok) throw new Error('seed');
    const file = join(dir, 'seed-timeline.json');
    writeFileSync(file, await renderExport(seed.document, 'timelinejs'));
    const r = await importFile(file);
    if (!r.ok) throw new Error(r.message);
    const key = (e: (typeof seed.document.events)[number]) => [e.id, e.title, e.date.start, e.date.end ?? null, e.date.mod ?? null, e.date.yearUncertain ?? false];
    expect(r.document.events.map(key).sort()).toEqual(seed.document.events.map(key).sort());
    expect(new Set(r.document.events.map((e) => e.group))).toEqual(new Set([seed.document.sources[0].title]));
    expect(r.document.title).toBe(seed.document.sources[0].title);
  });

  it('bad files get a message naming the file and the problem', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['broken.json', '{"events": [', /^broken\.json: this is not valid JSON/],
      ['other.json', '{"slides": []}', /^other\.json: this is not a TimelineJS timeline: it has no "events" list/],
      ['nothing.json', '{"events": [{"text": {"headline": "x"}}]}', /^nothing\.json: the timeline has no event that can be placed \(slide 1: the slide has no start_date/],
      ['plain.csv', 'a,b\n1,2\n', /^plain\.csv: this CSV is not a TimelineJS sheet/],
    ];
    for (const [name, text, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const r = await importFile(file);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});
