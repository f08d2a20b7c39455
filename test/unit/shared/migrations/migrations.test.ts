import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION } from '../../../../shared/document';
import { migrateDocument, MIGRATIONS, readDocument } from '../../../../shared/migrations';

const REPO = join(import.meta.dirname, '../../../..');
const json = (path: string) => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const SEED_V2 = () => json('data/tass-2024-05-15-taliban/document.json');

/** A small format-1 document of our own: one article, a curated event, a user event, an extracted one. */
function v1() {
  return {
    format: 'newsline-document',
    version: 1,
    article: {
      title: 'Bridge opens',
      published: '2019-06-03',
      paragraphs: [
        { id: 'p1', role: 'title', text: 'Bridge opens' },
        { id: 'p2', role: 'body', text: 'The bridge opened on Saturday, June 1. Work began in 2015.' },
      ],
    },
    events: [
      { id: 'a', title: 'Bridge opens', date: { start: '2019-06-01', basis: 'stated' }, evidence: [{ paragraphId: 'p2', start: 0, end: 37 }] },
      { id: 'b', title: 'Work begins', date: { start: '2015', basis: 'stated' }, evidence: [{ paragraphId: 'p2', start: 39, end: 58 }], origin: 'user' },
      { id: 'c', title: 'Opening', date: { start: '2019-06-01', basis: 'stated', rule: 'r' }, evidence: [{ paragraphId: 'p2', start: 0, end: 37 }], origin: 'extracted' },
    ],
  };
}

describe('format 1 → 2', () => {
  it('is the only step, and there is one step per older version', () => {
    expect(DOCUMENT_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1]);
  });

  it('the article becomes source s1, every anchor names it, origins are filled in', () => {
    const r = readDocument(v1());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.from).toBe(1);
    const doc = r.document;
    expect(doc.version).toBe(2);
    expect(doc.sources).toEqual([{ id: 's1', ...v1().article }]);
    expect('article' in doc).toBe(false);
    expect(doc.events.map((e) => e.origin)).toEqual(['curated', 'added', 'extracted']);
    expect(doc.events.flatMap((e) => e.evidence.map((a) => a.sourceId))).toEqual(['s1', 's1', 's1']);
    expect(doc.events[1].evidence[0]).toEqual({ sourceId: 's1', paragraphId: 'p2', start: 39, end: 58 });
    expect(doc.events[0].date).toEqual(v1().events[0].date);
  });

  it('does not touch its input', () => {
    const input = v1();
    readDocument(input);
    expect(input).toEqual(v1());
  });

  it('the seed document in format 1 migrates to exactly the shipped format-2 seed', () => {
    const seed = SEED_V2();
    const { file: _file, id: _id, ...article } = seed.sources[0];
    const old = {
      format: 'newsline-document',
      version: 1,
      article,
      events: seed.events.map(({ origin: _o, ...e }: { origin: string; evidence: Array<Record<string, unknown>> }) => ({
        ...e,
        evidence: e.evidence.map(({ sourceId: _s, ...a }) => a),
      })),
    };
    const r = readDocument(old);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const { file: _f, ...expectedSource } = seed.sources[0];
      expect(r.document).toEqual({ ...seed, sources: [expectedSource] });
    }
  });

  it('problems in a format-1 file are reported at their path in format 2', () => {
    const doc = v1();
    doc.events[1].evidence[0].end = 999;
    doc.events[2].date.start = 'June 1';
    const r = readDocument(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['events[1].evidence[0].end', 'events[2].date.start']);
    // A broken article still migrates, so salvage can read its paragraphs.
    expect((r.migrated as { sources: unknown[] }).sources).toHaveLength(1);
  });

  it('every format-1 fixture opens with the same problems as before', () => {
    const r = readDocument(json('test/fixtures/documents/span-outside/document.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ path: 'events[4].evidence[0].end', message: expect.stringMatching(/span ends at 9999, outside paragraph "p8"/) }]);
    expect(readDocument(json('test/fixtures/documents/hostile/document.json')).ok).toBe(true);
  });
});

describe('files Newsline cannot read', () => {
  it('a newer format is refused with a plain message, and the data is left as it was', () => {
    const newer = { ...SEED_V2(), version: 3, somethingNew: [1, 2] };
    const before = JSON.stringify(newer);
    const r = readDocument(newer);
    expect(r).toEqual({ ok: false, problems: [{ path: 'version', message: 'made by a newer Newsline: format 3; this version reads up to 2' }] });
    expect(JSON.stringify(newer)).toBe(before);
  });

  it.each([
    ['a JSON array', []],
    ['null', null],
    ['another JSON file', { name: 'package', version: '1.0.0' }],
    ['another format', { format: 'timelinejs', version: 2 }],
  ])('%s: this is not a Newsline file', (_name, data) => {
    expect(migrateDocument(data)).toEqual({ ok: false, problem: { path: '', message: 'this is not a Newsline file' } });
  });

  it.each([[0], [1.5], ['2'], [undefined]])('a version no Newsline wrote (%s)', (version) => {
    const r = migrateDocument({ format: 'newsline-document', version });
    expect(r).toMatchObject({ ok: false, problem: { path: 'version', message: expect.stringMatching(/no Newsline ever wrote/) } });
  });

  it('the current format passes through unchanged', () => {
    const seed = SEED_V2();
    expect(migrateDocument(seed)).toEqual({ ok: true, data: seed, from: 2 });
  });
});
