import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT, loadDocumentFile, paragraphsFromText } from '../../../main/documents';

const FIXTURES = join(import.meta.dirname, '../../fixtures/documents');
const DATA = join(import.meta.dirname, '../../../data');

async function failure(file: string) {
  const r = await loadDocumentFile(file);
  if (r.ok) throw new Error('expected a failure');
  return r;
}

describe('loadDocumentFile', () => {
  it('loads and validates the embedded default', async () => {
    const r = await loadDocumentFile(join(DATA, DEFAULT_DOCUMENT));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.events).toHaveLength(8);
  });

  it('a missing file: says so, names the file, and still finds the article text beside it', async () => {
    const file = join(DATA, 'tass-2024-05-15-taliban', 'no-such-document.json');
    const r = await failure(file);
    expect(r.file).toBe(file);
    expect(r.problems).toEqual([{ path: '', message: 'the file does not exist' }]);
    expect(r.salvage?.source).toMatch(/article\.txt$/);
    expect(r.salvage?.paragraphs[1].text).toBe('Afghan Taliban no longer Russia’s enemy — Russian diplomat');
  });

  it('a missing file with nothing beside it: no salvage, still no throw', async () => {
    const r = await failure('/nonexistent/folder/document.json');
    expect(r.salvage).toBeNull();
  });

  it('a folder instead of a file', async () => {
    expect((await failure(FIXTURES)).problems[0].message).toBe('this is a folder, not a file');
  });

  it('invalid JSON: names the file and the parse error, reads article.txt instead', async () => {
    const r = await failure(join(FIXTURES, 'invalid-json', 'document.json'));
    expect(r.problems[0].message).toMatch(/^document\.json is not valid JSON: /);
    expect(r.salvage?.paragraphs.length).toBe(8);
  });

  it.each([
    ['schema-violation', 'events[4].date.start', /"August 15" is not a date/, 'fall-of-kabul'],
    ['span-outside', 'events[4].evidence[0].end', /span ends at 9999, outside paragraph "p8"/, 'fall-of-kabul'],
    ['end-before-start', 'events[0].date.end', /^ends \(1979\) before it starts \(1989\)$/, 'soviet-war'],
  ])('%s: one bad event is left out with its path; every good one opens', async (name, path, message, badId) => {
    const r = await loadDocumentFile(join(FIXTURES, name, 'document.json'));
    if (!r.ok) throw new Error('expected the good part to open');
    expect(r.problems).toEqual([{ path, message: expect.stringMatching(message) }]);
    expect(r.document.events).toHaveLength(7);
    expect(r.document.events.map((e) => e.id)).not.toContain(badId);
    expect(r.document.sources[0].paragraphs).toHaveLength(8);
  });

  it('a document whose article itself is broken: the problems, and the paragraphs that are still good', async () => {
    const { mkdtemp, readFile: read, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'newsline-broken-'));
    const doc = JSON.parse(await read(join(DATA, DEFAULT_DOCUMENT), 'utf8'));
    doc.sources[0].paragraphs[2].role = 'sidebar';
    await writeFile(join(dir, 'document.json'), JSON.stringify(doc));
    const r = await failure(join(dir, 'document.json'));
    expect(r.problems[0]).toMatchObject({ path: 'sources[0].paragraphs[2].role', message: expect.stringMatching(/^should be one of "title"/) });
    expect(r.salvage).toMatchObject({ title: 'Afghan Taliban no longer Russia’s enemy — Russian diplomat' });
    expect(r.salvage?.paragraphs).toHaveLength(7);
  });
});

describe('paragraphsFromText', () => {
  it('accepts a UTF-8 byte-order mark before the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-doc-'));
    const file = join(dir, 'document.json');
    writeFileSync(file, '\ufeff' + readFileSync(join(DATA, DEFAULT_DOCUMENT), 'utf8'));
    const r = await loadDocumentFile(file);
    expect(r.ok).toBe(true);
  });

  it('an event with an end and an invalid start: a message and the paragraphs, never a throw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-doc-'));
    const file = join(dir, 'document.json');
    const doc = JSON.parse(readFileSync(join(DATA, DEFAULT_DOCUMENT), 'utf8'));
    doc.events[0].date = { start: 'not-a-date', end: '2021-08-20', basis: 'stated' };
    writeFileSync(file, JSON.stringify(doc));
    // The bad event is left out and named; the rest of the document opens (a partly damaged file).
    const r = await loadDocumentFile(file);
    if (!r.ok) throw new Error(`expected the good part to open: ${JSON.stringify(r.problems)}`);
    expect(r.problems?.map((p) => p.path)).toContain('events[0].date.start');
    expect(r.document.events).toHaveLength(doc.events.length - 1);
    expect(r.document.sources[0].paragraphs).toHaveLength(doc.sources[0].paragraphs.length);
  });

  it('never throws, whatever the file holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-doc-'));
    const file = join(dir, 'document.json');
    for (const text of ['', 'null', '[]', '"x"', '{"article":null}', '{"article":{"paragraphs":[null,{"id":"__proto__","role":"body","text":"t"}]}}', '{"format":"newsline-document","version":2,"sources":[{"id":"__proto__","paragraphs":[{"id":"constructor","role":"body","text":"t"}]}]}', '{"format":"newsline-document","version":99}', '\ufeff']) {
      writeFileSync(file, text);
      const r = await loadDocumentFile(file);
      expect(r.ok).toBe(false);
    }
  });

  it('splits at blank lines, with any line ending, and drops empty paragraphs', () => {
    expect(paragraphsFromText('One.\r\n\r\nTwo\nlines.\n\n\n\nThree.\n')).toEqual([
      { id: 'p1', role: 'body', text: 'One.' },
      { id: 'p2', role: 'body', text: 'Two\nlines.' },
      { id: 'p3', role: 'body', text: 'Three.' },
    ]);
  });
});

describe('loadDocumentFile and the format version', () => {
  it('refuses a file from a newer Newsline with a plain message, and never modifies it', async () => {
    const { mkdtemp, readFile: read, writeFile, stat } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'newsline-newer-'));
    const file = join(dir, 'future.newsline');
    const seed = JSON.parse(await read(join(DATA, DEFAULT_DOCUMENT), 'utf8'));
    const text = JSON.stringify({ ...seed, version: 3 });
    await writeFile(file, text);
    const before = await stat(file);
    const r = await failure(file);
    expect(r.problems).toEqual([{ path: 'version', message: 'made by a newer Newsline: format 3; this version reads up to 2' }]);
    expect(await read(file, 'utf8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('opens a format-1 document through the migration', async () => {
    const r = await loadDocumentFile(join(FIXTURES, 'hostile', 'document.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document).toMatchObject({ version: 2, sources: [{ id: 's1' }] });
  });
});

describe('loadDocumentFile sends the events’ time order', () => {
  it('with a valid document: the order the window would sort them in, and each event’s interval in whole days', async () => {
    const { eventInterval, compareEventDates } = await import('../../../shared/dates');
    const r = await loadDocumentFile(join(DATA, DEFAULT_DOCUMENT));
    if (!r.ok) throw new Error('expected the seed to load');
    const events = r.document.events;
    expect(r.times?.order.map((i) => events[i].id)).toEqual([...events].sort(compareEventDates).map((e) => e.id));
    events.forEach((e, i) => {
      const { start, end } = eventInterval(e.date);
      expect([r.times!.days[2 * i] * 86_400_000, r.times!.days[2 * i + 1] * 86_400_000]).toEqual([start, end]);
    });
  });
});
