import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventIssues, sameJson, validateDocument, validateOwnDocument, type NewslineDocument, type NewslineEvent } from '../../../shared/document';
import { formatPath } from '../../../shared/document-core';

const SEED_DIR = join(import.meta.dirname, '../../../data/tass-2024-05-15-taliban');
const seed = (): NewslineDocument => JSON.parse(readFileSync(join(SEED_DIR, 'document.json'), 'utf8'));

function problemsOf(doc: unknown) {
  const r = validateDocument(doc);
  if (r.ok) throw new Error('expected the document to be rejected');
  return r.problems;
}

describe('the seed document', () => {
  const doc = seed();

  it('is valid', () => {
    expect(validateDocument(doc)).toMatchObject({ ok: true });
  });

  it('keeps the article verbatim: its paragraphs are the seed text, in order', () => {
    const text = readFileSync(join(SEED_DIR, 'article.txt'), 'utf8');
    expect(doc.sources[0].paragraphs.map((p) => p.text).join('\n\n')).toBe(text);
    expect(doc.sources[0]).toMatchObject({ publisher: 'TASS', published: '2024-05-15', url: 'https://tass.com/politics/1788697' });
  });

  it('marks the leftover "All news" line as page chrome, not body', () => {
    expect(doc.sources[0].paragraphs[0]).toMatchObject({ text: 'All news', role: 'chrome' });
    expect(doc.sources[0].paragraphs.map((p) => p.role)).toEqual(['chrome', 'title', 'standfirst', 'dateline', 'body', 'body', 'body', 'body']);
  });

  it.each([
    ['consultations', '2024-05-15', undefined, /said after the Russian-Indian consultations/],
    ['us-withdrawal', '2021-04-14', undefined, /Biden administration announced/],
    ['fall-of-kabul', '2021-08-15', undefined, /^On August 15, Taliban fighters swept into Kabul/],
    ['ghani-flees', '2021-08-15', undefined, /Ashraf Ghani said he had stepped down/],
    ['soviet-war', '1979', '1989', /waged a war in Afghanistan/],
    ['taliban-vs-us', '2001', '2021', /fighting against the Americans/],
    ['taliban-offensive', '2021-05', '2021-08-15', /embarked on an offensive/],
    ['taliban-mission', '2021-08-15', '2024-05-15', /Taliban mission operate in Russia/],
  ])('curates %s on %s, anchored to its sentence', (id, start, end, quote) => {
    const event = doc.events.find((e) => e.id === id)!;
    expect(event.date.start).toBe(start);
    expect(event.date.end).toBe(end);
    const a = event.evidence[0];
    const text = doc.sources[0].paragraphs.find((p) => p.id === a.paragraphId)!.text.slice(a.start, a.end);
    expect(text).toMatch(quote);
  });

  it('never puts August 15 in 2023 or 2024', () => {
    for (const e of doc.events.filter((e) => /August 15/.test(JSON.stringify(e)) || e.id === 'fall-of-kabul')) {
      expect(e.date.start).not.toMatch(/^202[34]-08-15/);
    }
  });

  it('notes where the article states no date', () => {
    for (const id of ['us-withdrawal', 'ghani-flees', 'taliban-mission']) {
      const e = doc.events.find((x) => x.id === id)!;
      expect(e.date.basis).not.toBe('stated');
      expect(e.date.note).toMatch(/no date/i);
    }
  });
});

describe('validateDocument rejects bad documents with the field path', () => {
  it('a wrong version', () => {
    expect(problemsOf({ ...seed(), version: 1 })).toEqual([expect.objectContaining({ path: 'version' })]);
  });

  it('an anchor to a source that does not exist', () => {
    const doc = seed();
    doc.events[0].evidence[0].sourceId = 's9';
    expect(problemsOf(doc)).toEqual([{ path: 'events[0].evidence[0].sourceId', message: 'no source has id "s9"' }]);
  });

  it('an event without evidence, unless it was imported from a timeline', () => {
    const doc = seed();
    doc.events[0].evidence = [];
    expect(problemsOf(doc)).toEqual([{ path: 'events[0].evidence', message: 'every event needs at least one evidence anchor' }]);
    doc.events[0].origin = 'imported';
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('a dismissed span outside its paragraph', () => {
    const doc = seed();
    doc.dismissed = [{ sourceId: 's1', paragraphId: 'p5', start: 0, end: 99999 }];
    expect(problemsOf(doc)[0].path).toBe('dismissed[0].end');
  });

  it('duplicate source ids', () => {
    const doc = seed();
    doc.sources.push({ ...doc.sources[0] });
    expect(problemsOf(doc)).toEqual([{ path: 'sources[1].id', message: 'duplicate source id "s1"' }]);
  });

  it('a date that is not a date', () => {
    const doc = seed();
    doc.events[2].date.start = 'August 15';
    expect(problemsOf(doc)).toEqual([{ path: 'events[2].date.start', message: expect.stringMatching(/"August 15" is not a date/) }]);
  });

  it('an impossible calendar day', () => {
    const doc = seed();
    doc.events[2].date.start = '2021-02-30';
    expect(problemsOf(doc)[0]).toMatchObject({ path: 'events[2].date.start', message: expect.stringMatching(/not a day of the calendar/) });
  });

  it('an evidence span outside its paragraph', () => {
    const doc = seed();
    doc.events[1].evidence[0].end = 5000;
    expect(problemsOf(doc)).toEqual([
      { path: 'events[1].evidence[0].end', message: expect.stringMatching(/outside paragraph "p\d" \(\d+ characters\)/) },
    ]);
  });

  it('an evidence span that ends before it starts', () => {
    const doc = seed();
    doc.events[1].evidence[0] = { ...doc.events[1].evidence[0], start: 20, end: 10 };
    expect(problemsOf(doc)[0]).toMatchObject({ path: 'events[1].evidence[0].end', message: expect.stringMatching(/ends \(10\) before it starts \(20\)/) });
  });

  it('an anchor to a paragraph that does not exist', () => {
    const doc = seed();
    doc.events[0].evidence[0].paragraphId = 'p99';
    expect(problemsOf(doc)[0]).toMatchObject({ path: 'events[0].evidence[0].paragraphId', message: 'no paragraph has id "p99"' });
  });

  it('a date range that ends before it starts', () => {
    const doc = seed();
    doc.events[0].date = { ...doc.events[0].date, start: '1989', end: '1979' };
    expect(problemsOf(doc)).toEqual([{ path: 'events[0].date.end', message: 'ends (1979) before it starts (1989)' }]);
  });

  it('accepts a range whose ends share a year at different precisions', () => {
    const doc = seed();
    doc.events[0].date = { ...doc.events[0].date, start: '2021', end: '2021-08-15' };
    expect(validateDocument(doc).ok).toBe(true);
  });

  it('duplicate ids, unknown fields and events without evidence', () => {
    const doc = seed() as unknown as { events: Array<Record<string, unknown>>; sources: Array<{ paragraphs: Array<{ id: string }> }> };
    doc.sources[0].paragraphs[1].id = 'p1';
    doc.events[1].id = doc.events[0].id;
    doc.events[2].evidence = [];
    doc.events[3].colour = 'red';
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['sources[0].paragraphs[1].id', 'events[1].id', 'events[2].evidence', 'events[3]']));
  });

  it('a publication date that is not a day', () => {
    const doc = seed();
    doc.sources[0].published = '2024-13-01';
    expect(problemsOf(doc)[0].path).toBe('sources[0].published');
  });
});

describe('sameJson: whether two values write out as the same JSON', () => {
  it('holds for equal data with fields in the same order, all the way down', () => {
    expect(sameJson({ a: 1, b: [{ c: 'x', d: null }] }, { a: 1, b: [{ c: 'x', d: null }] })).toBe(true);
    expect(sameJson([], [])).toBe(true);
  });
  it('fails on another order, another value, a field more or less, or a list for an object', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });
});

describe('validateOwnDocument: the same verdict as validateDocument, without its copy', () => {
  type Path = (string | number)[];
  const pathsOf = (x: unknown, at: Path = [], out: Path[] = []): Path[] => {
    out.push(at);
    if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) pathsOf(v, [...at, Array.isArray(x) ? Number(k) : k], out);
    return out;
  };
  const holderAt = (doc: unknown, path: Path) => path.slice(0, -1).reduce<any>((o, k) => o[k], doc);
  const same = (doc: unknown) => {
    const own = validateOwnDocument(doc);
    const whole = validateDocument(doc);
    expect(own.ok).toBe(whole.ok);
    if (own.ok && whole.ok) {
      // A valid document writes out as the schema's copy does (fields in the same order), and its paragraphs,
      // when their fields are in the schema's order, are not copied.
      expect(JSON.stringify(own.document)).toBe(JSON.stringify(whole.document));
      own.document.sources.forEach((s, i) =>
        s.paragraphs.forEach((p, j) => {
          const given = (doc as NewslineDocument).sources[i].paragraphs[j];
          if (JSON.stringify(Object.keys(given)) === JSON.stringify(Object.keys(p))) expect(p).toBe(given);
        }),
      );
    } else expect(own).toEqual(whole);
  };

  it('gives back a valid document as the schema writes it, its paragraphs uncopied', () => {
    same(seed());
    const d = seed();
    const own = validateOwnDocument(d);
    expect(own.ok && own.document.sources[0].paragraphs[2]).toBe(d.sources[0].paragraphs[2]);
    // Fields out of the schema's order: that paragraph is the schema's copy, written in its order.
    const { id, role, text } = d.sources[0].paragraphs[1];
    d.sources[0].paragraphs[1] = { text, role, id };
    d.events[0] = Object.fromEntries(Object.entries(d.events[0]).reverse()) as NewslineEvent;
    same(d);
  });

  it("keeps an event itself when it writes out as the schema's copy, and the copy when it would not", () => {
    const d = seed();
    const own = validateOwnDocument(d);
    expect(own.ok && own.document.events[1]).toBe(d.events[1]);
    // A nested field out of the schema's order: the event's copy, written in the schema's order.
    const e = d.events[2];
    e.date = Object.fromEntries(Object.entries(e.date).reverse()) as NewslineEvent['date'];
    const again = validateOwnDocument(d);
    expect(again.ok && again.document.events[2]).not.toBe(e);
    expect(again.ok && again.document.events[3]).toBe(d.events[3]);
    same(d);
  });

  it('agrees on every bad document of the tests above', () => {
    const bad: ((d: any) => void)[] = [
      (d) => (d.version = 1),
      (d) => (d.events[0].evidence[0].sourceId = 'nope'),
      (d) => (d.events[0].evidence = []),
      (d) => (d.dismissed = [{ sourceId: 's1', paragraphId: 'p1', start: 0, end: 9999 }]),
      (d) => d.sources.push({ ...d.sources[0] }),
      (d) => (d.events[0].date.start = 'soon'),
      (d) => (d.events[1].id = d.events[0].id),
      (d) => d.sources[0].paragraphs.push({ ...d.sources[0].paragraphs[0] }),
      (d) => (d.sources[0].paragraphs[3].extra = 1),
      (d) => (d.sources[0].paragraphs = []),
      (d) => (d.events = {}),
      (d) => (d.sources = [null]),
      (d) => (d.sources[0].paragraphs = 'x'),
      (d) => (d.events[0].categories = ['c9']),
    ];
    for (const change of bad) {
      const d = seed();
      change(d);
      same(d);
    }
    for (const x of [null, 3, 'doc', [], {}]) same(x);
  });

  it('agrees on arbitrary changes to the seed document', () => {
    const paths = pathsOf(seed()).filter((p) => p.length > 0);
    const value = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constantFrom('', 'p1', 's1', 'x1', '2021-08-15', 'body', 'extracted', -1, 0, 5, 1e9, 1.5, null, true, [], {}));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(paths.length - 1), fc.constantFrom('set', 'delete', 'add', 'copy'), value), { minLength: 1, maxLength: 3 }),
        (changes) => {
          const doc = seed();
          for (const [i, how, v] of changes) {
            const path = paths[i];
            let holder: any;
            try {
              holder = holderAt(doc, path);
            } catch {
              continue;
            }
            if (holder === null || typeof holder !== 'object') continue;
            const key = path[path.length - 1];
            if (how === 'set') holder[key] = v;
            else if (how === 'delete') delete holder[key];
            else if (how === 'add' && holder[key] !== null && typeof holder[key] === 'object' && !Array.isArray(holder[key])) holder[key].zz = v;
            else if (how === 'copy' && Array.isArray(holder)) holder.push(structuredClone(holder[key as number]));
          }
          same(doc);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('repeated ids and spans, found by sorting the ids and indexing only the paragraphs named', () => {
  // The checks as they were first made: a set of the ids seen, and an index of every paragraph built from a
  // list of pairs (the last of a repeated id winning).
  const before = (doc: NewslineDocument) => {
    const issues: { path: PropertyKey[]; message: string }[] = [];
    const sourceIds = new Set<string>();
    doc.sources.forEach((source, s) => {
      if (sourceIds.has(source.id)) issues.push({ path: ['sources', s, 'id'], message: `duplicate source id "${source.id}"` });
      sourceIds.add(source.id);
      const paragraphIds = new Set<string>();
      source.paragraphs.forEach((p, i) => {
        if (paragraphIds.has(p.id)) issues.push({ path: ['sources', s, 'paragraphs', i, 'id'], message: `duplicate paragraph id "${p.id}"` });
        paragraphIds.add(p.id);
      });
    });
    const index = new Map(doc.sources.map((s) => [s.id, new Map(s.paragraphs.map((p) => [p.id, p.text]))]));
    const eventIds = new Set<string>();
    doc.events.forEach((event, i) => {
      if (eventIds.has(event.id)) issues.push({ path: ['events', i, 'id'], message: `duplicate event id "${event.id}"` });
      eventIds.add(event.id);
      issues.push(...eventIssues(event, index, ['events', i]));
    });
    return issues.map((x) => ({ path: formatPath(x.path), message: x.message }));
  };

  it('reports what the set of ids and the index built from pairs reported', () => {
    const ids = fc.constantFrom('p1', 'p2', 'p3', 'x');
    fc.assert(
      fc.property(
        fc.array(ids, { minLength: 8, maxLength: 8 }),
        fc.array(ids, { minLength: 8, maxLength: 8 }),
        fc.constantFrom('s1', 's2', null),
        fc.array(fc.tuple(ids, fc.nat(400)), { maxLength: 8 }),
        (first, second, secondId, anchors) => {
          const doc = seed();
          doc.sources[0].paragraphs.forEach((p, i) => (p.id = first[i]));
          if (secondId) doc.sources.push({ ...doc.sources[0], id: secondId, paragraphs: doc.sources[0].paragraphs.map((p, i) => ({ ...p, id: second[i] })) });
          anchors.forEach(([paragraphId, end], i) => (doc.events[i].evidence = [{ sourceId: 's1', paragraphId, start: 0, end: end + 1 }]));
          const r = validateDocument(doc);
          expect(r.ok ? [] : r.problems).toEqual(before(doc));
        },
      ),
      { numRuns: 300 },
    );
  });
});
