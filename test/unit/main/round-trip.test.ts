import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDocumentFile } from '../../../main/document-files';
import { loadDocumentFile } from '../../../main/documents';
import { DATE_BASES, EVENT_ORIGINS, PARAGRAPH_ROLES, validateDocument, type EventDate, type NewslineDocument } from '../../../shared/document';
import { timeValueOf } from '../../../shared/time-value';

// Any valid document, saved and reopened, comes back deep-equal.

const text = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' });
const day = fc.record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const timePoint = fc.oneof(
  day.map(({ y, m, d }) => timeValueOf({ precision: 'day', year: y, month: m, day: d })),
  day.map(({ y, m }) => timeValueOf({ precision: 'month', year: y, month: m })),
  day.map(({ y }) => timeValueOf({ precision: 'year', year: y })),
  day.map(({ y }) => timeValueOf({ precision: 'decade', year: y - (y % 10) })),
);
const eventDate: fc.Arbitrary<EventDate> = fc
  .record(
    {
      start: timePoint,
      mod: fc.constantFrom('before', 'after', 'approx', 'start', 'mid', 'end'),
      yearUncertain: fc.boolean(),
      basis: fc.constantFrom(...DATE_BASES),
      note: text,
      rule: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: ['start', 'basis'] },
  )
  .map((d) => d as EventDate);

const documentArb: fc.Arbitrary<NewslineDocument> = fc
  .record({
    title: fc.option(text, { nil: undefined }),
    paragraphs: fc.array(fc.record({ role: fc.constantFrom(...PARAGRAPH_ROLES), text: fc.string({ minLength: 5, maxLength: 200, unit: 'grapheme' }) }), { minLength: 1, maxLength: 6 }),
    published: fc.option(day.map(({ y, m, d }) => timeValueOf({ precision: 'day', year: y, month: m, day: d })), { nil: null }),
    events: fc.array(
      fc.record({
        title: fc.string({ minLength: 1, maxLength: 160 }),
        date: eventDate,
        origin: fc.constantFrom(...EVENT_ORIGINS),
        suggestion: fc.option(fc.record({ title: fc.string({ minLength: 1, maxLength: 160 }), date: eventDate }), { nil: undefined }),
        note: fc.option(text, { nil: undefined }),
        spans: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ title, paragraphs, published, events }) => {
    const paras = paragraphs.map((p, i) => ({ id: `p${i + 1}`, role: p.role, text: p.text }));
    const anchor = ([a, b, c]: [number, number, number]) => {
      const p = paras[a % paras.length];
      const start = b % (p.text.length - 1);
      return { sourceId: 's1', paragraphId: p.id, start, end: start + 1 + (c % (p.text.length - start)) };
    };
    const doc: NewslineDocument = {
      format: 'newsline-document',
      version: 2,
      ...(title !== undefined ? { title } : {}),
      sources: [{ id: 's1', title: 'Source', published, paragraphs: paras }],
      events: events.map((e, i) => ({
        id: `e${i + 1}`,
        title: e.title,
        date: e.date,
        evidence: e.spans.map(anchor),
        origin: e.origin,
        ...(e.suggestion ? { suggestion: e.suggestion } : {}),
        ...(e.note !== undefined ? { note: e.note } : {}),
      })),
    };
    return doc;
  })
  .filter((doc) => validateDocument(doc).ok);

/** The same documents with the optional categories of format 2: a list on the document, ids on some events. */
const categorisedArb: fc.Arbitrary<NewslineDocument> = fc
  .tuple(
    documentArb,
    fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 60 }).filter((n) => n.trim().length > 0), colour: fc.integer({ min: 0, max: 0xffffff }) }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.array(fc.nat(), { maxLength: 3 }), { maxLength: 8 }),
  )
  .map(([doc, cats, picks]) => {
    const categories = cats.map((c, i) => ({ id: `c${i + 1}`, name: c.name, colour: `#${c.colour.toString(16).padStart(6, '0')}` }));
    const events = doc.events.map((e, i) => {
      const ids = [...new Set((picks[i] ?? []).map((n) => categories[n % categories.length].id))];
      return ids.length ? { ...e, categories: ids } : e;
    });
    return { ...doc, categories, events };
  });

describe('save and reopen', () => {
  it('a document with categories (optional in format 2), saved and reopened, is deep-equal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-roundtrip-cat-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(categorisedArb, async (doc) => {
        expect(validateDocument(doc).ok).toBe(true);
        const file = join(dir, `t${n++}.newsline`);
        await writeDocumentFile(file, doc);
        const r = await loadDocumentFile(file);
        expect(r.ok && r.problems === undefined).toBe(true);
        if (r.ok) expect(r.document).toEqual(doc);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('any valid document, saved and reopened, is deep-equal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-roundtrip-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const file = join(dir, `t${n++}.newsline`);
        await writeDocumentFile(file, doc);
        const r = await loadDocumentFile(file);
        expect(r.ok && r.problems === undefined).toBe(true);
        if (r.ok) expect(r.document).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('refuses to write a document that would not reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsline-bad-'));
    const bad = { format: 'newsline-document', version: 2, sources: [], events: [{ id: 'a', title: '', date: { start: 'x', basis: 'stated' }, evidence: [], origin: 'added' }] };
    await expect(writeDocumentFile(join(dir, 'bad.newsline'), bad as unknown as NewslineDocument)).rejects.toThrow(/not valid and was not saved/);
  });
});
