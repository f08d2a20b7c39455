import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDocument, type Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { tagger } from '../../../shared/nlp';

// Hostile and huge inputs for the extractor, generated here (nothing of this size is committed). Each must
// finish within its stated budget, measured in this process's CPU time so that other work on the machine
// does not decide the outcome, and must yield events the document format accepts.

function cpuMs<T>(run: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

function para(text: string, id = 'p1'): Paragraph {
  return { id, role: 'body', text };
}

function datedParagraphs(n: number): Paragraph[] {
  return Array.from({ length: n }, (_, i) => para(`On May ${(i % 28) + 1}, 2003 the council met in session ${i}.`, `p${i + 1}`));
}

function expectValid(paragraphs: Paragraph[], events: ReturnType<typeof extractEvents>) {
  const doc = { format: 'newsline-document', version: 2, sources: [{ id: 's1', title: 't', published: '2004-01-01', paragraphs }], events };
  const checked = validateDocument(doc);
  expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.problems.slice(0, 3))).toBe(true);
}

const CASES: { name: string; budgetMs: number; make: () => Paragraph[] }[] = [
  { name: '"AB-" × 40 (the dateline pattern used to backtrack exponentially)', budgetMs: 100, make: () => [para('AB-'.repeat(40))] },
  { name: '"AB-" × 40 then a date', budgetMs: 100, make: () => [para(`${'AB-'.repeat(40)}, May 5 - Rain.`)] },
  { name: '"May 5 " × 100,000 on one line', budgetMs: 5000, make: () => [para('May 5 '.repeat(100_000))] },
  { name: 'a 1 MB line of full stops', budgetMs: 1000, make: () => [para('!'.repeat(1 << 20))] },
  { name: 'a 1 MB line of spaces between two words', budgetMs: 1000, make: () => [para(`After ${' '.repeat(1 << 20)}x`)] },
  { name: 'a 1 MB line of hyphenated capitals', budgetMs: 1000, make: () => [para('AB-'.repeat(350_000))] },
  { name: 'a 1 MB line of open brackets', budgetMs: 1000, make: () => [para(`On May 5, 2003 ${'('.repeat(1 << 20)}`)] },
];

describe('adversarial extraction inputs finish within budget', () => {
  // The titles' part-of-speech model loads once per process, when the import worker starts and its warm job runs
  // (main/import-service.ts), never in an import: the budgets are an extraction's own.
  beforeAll(() => {
    tagger();
  });
  // A long article must cost in proportion to its length. A fixed budget for the whole 100,000 paragraphs failed on
  // loaded two-core machines with the code unchanged (docs/performance.md), so the measure is against 10,000
  // paragraphs timed in the same run: ten times the text may cost at most fifteen times the time (a quadratic step
  // would cost about a hundred). The absolute cap only says it never hangs.
  it('100,000 dated paragraphs cost at most 15 times 10,000 (no worse than linear), and under 40 s', () => {
    extractEvents(datedParagraphs(10_000), { published: '2004-01-01' });
    const small = cpuMs(() => extractEvents(datedParagraphs(10_000), { published: '2004-01-01' })).ms;
    const large = cpuMs(() => extractEvents(datedParagraphs(100_000), { published: '2004-01-01' }));
    expect(large.value.length).toBe(100_000);
    expect(large.ms / small).toBeLessThan(15);
    expect(large.ms).toBeLessThan(40_000);
  }, 120_000);

  for (const c of CASES) {
    it(`${c.name}: under ${c.budgetMs} ms`, () => {
      const paragraphs = c.make();
      const { ms, value } = cpuMs(() => extractEvents(paragraphs, { published: '2004-01-01' }));
      expect(ms).toBeLessThan(c.budgetMs);
      if (paragraphs.length < 1000) expectValid(paragraphs, value);
    }, 60_000);
  }
});

describe('the extractor on arbitrary text', () => {
  it('finishes within budget and yields events a document accepts', () => {
    // Text made of the pieces news dates are made of, shuffled with arbitrary Unicode, so that the rules fire.
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('May 5', ' 2003', 'Jan. 9', '-', ' to ', ', ', '. ', 'last week', 'after', 'said Friday', 'AB-', '(Wire)', ' ', '\n'),
    );
    const paragraphText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 6 }), fc.option(fc.constantFrom('2004-01-01', '1999-12-31', '2024-02-29')), (texts, published) => {
        const paragraphs = texts.map((t, i) => para(t, `p${i + 1}`));
        const { ms, value } = cpuMs(() => extractEvents(paragraphs, { published }));
        expect(ms).toBeLessThan(500);
        expectValid(paragraphs, value);
      }),
      { numRuns: 300 },
    );
  });
});
