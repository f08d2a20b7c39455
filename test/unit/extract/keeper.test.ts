import { describe, expect, it, vi } from 'vitest';
import { documentSchemas } from '../../../shared/document';
import type { Draft } from '../../../shared/extract/draft';
import { dateChecker, draftProblem, keeper, paragraphCursor, toldNoEvent } from '../../../shared/extract/keeper';

// keeper.ts: drafts become events in reading order, with ids and a last check.
// Every sentence here was written for this test (none from an eval set or a probe).

const text = 'The mill closed in 1990. It reopened in 2004.';
const paragraphs = [{ id: 'p1', role: 'body' as const, text }];
const draft = (start: number, end: number, title: string, date: Draft['date'], order: number): Draft => ({ paragraphId: 'p1', start, end, title, date, order });
const length = { get: (id: string) => (id === 'p1' ? text.length : undefined) };

describe('draftProblem', () => {
  it('names what the document would refuse', () => {
    expect(draftProblem(draft(0, 24, 'Mill closed', { start: '1990', basis: 'stated' }, 0), length)).toBeNull();
    expect(draftProblem(draft(0, 24, ' ', { start: '1990', basis: 'stated' }, 0), length)).toBe('no title');
    expect(draftProblem(draft(0, 24, 'Mill closed', { start: '1990', end: '1980', basis: 'stated' }, 0), length)).toMatch(/^the range ends/);
    expect(draftProblem(draft(0, 999, 'Mill closed', { start: '1990', basis: 'stated' }, 0), length)).toBe('the evidence span is outside its paragraph');
  });
});

describe('dateChecker', () => {
  const good = { start: '1990-03-04', basis: 'stated' } as Draft['date'];
  // Pairs of a date the schema accepts and one it refuses that differ only in a value's type, a key's name, a key
  // more or a key less: a check of less than every key and value would give the second the first's verdict.
  const pairs = [
    [{ ...good, yearUncertain: true }, { ...good, yearUncertain: 'true' }],
    [{ ...good, note: '1' }, { ...good, note: 1 }],
    [{ ...good, note: 'null' }, { ...good, note: null }],
    [{ ...good, note: '' }, { ...good, note: { toString: () => '' } }],
    [{ ...good, note: 'x' }, { ...good, extra: 'x' }],
    [{ ...good, note: 'x' }, { ...good, note: 'x', extra: 'y' }],
    [{ start: good.start, note: 'x', basis: 'stated' }, { start: good.start, note: 'x' }],
  ] as unknown as [Draft['date'], Draft['date']][];
  const bad = [...pairs.map((p) => p[1]), { ...good, start: '1990-02-30' }, { ...good, basis: 'rumoured' }, { basis: 'stated' }] as unknown as Draft['date'][];

  it('asks the schema once for each distinct date', () => {
    const check = vi.spyOn(documentSchemas().EventDateSchema, 'safeParse');
    try {
      const valid = dateChecker();
      expect([valid({ ...good }), valid({ ...good }), valid({ ...good, yearUncertain: true })]).toEqual([true, true, true]);
      expect(check).toHaveBeenCalledTimes(2);
    } finally {
      check.mockRestore();
    }
  });

  it('still refuses a bad date after accepting a good one like it, and accepts the good one after the bad', () => {
    for (const [ok, notOk] of pairs) {
      const valid = dateChecker();
      expect(valid(ok), JSON.stringify(ok)).toBe(true);
      expect(valid(notOk), JSON.stringify(notOk)).toBe(false);
      const again = dateChecker();
      expect(again(notOk), JSON.stringify(notOk)).toBe(false);
      expect(again(ok), JSON.stringify(ok)).toBe(true);
    }
    const valid = dateChecker();
    for (const d of bad) expect(valid(d), JSON.stringify(d)).toBe(false);
  });

  it('has the keeper drop a draft whose date the schema refuses, among others with the same date', () => {
    const k = keeper(paragraphs, 10, 's');
    k.add([draft(0, 24, 'Mill closed', { ...good }, 0), draft(0, 24, 'Mill closed', bad[1], 1), draft(25, 45, 'It reopened', { ...good }, 2)], paragraphs[0]);
    expect(k.result().events.map((e) => [e.evidence[0].start, e.date.yearUncertain])).toEqual([
      [0, undefined],
      [25, undefined],
    ]);
  });
});

describe('keeper', () => {
  it('keeps drafts in reading order with ids, repairs a range that ends before it starts, and counts past the cap', () => {
    const k = keeper(paragraphs, 1, 'source-1');
    k.add([draft(25, 45, 'It reopened', { start: '2004', basis: 'stated' }, 1), draft(0, 24, 'Mill closed', { start: '1990', end: '1980', basis: 'stated' }, 0)], paragraphs[0]);
    const { events, found } = k.result();
    expect(events.map((e) => [e.id, e.date.start, e.date.end, e.evidence[0].sourceId])).toEqual([['x1', '1990', undefined, 'source-1']]);
    expect(events[0].date.rule).toMatch(/end-dropped$/);
    expect(found).toBe(2);
  });
  it('gives a verb-first title no subject from an object relative clause before it', () => {
    const t = 'The map which she drew in 1950 was printed in 1990. The bridge, which opened in 1931, was closed in 1980.';
    const ps = [{ id: 'p1', role: 'body' as const, text: t }];
    const d = (s: string, e: string, title: string, year: string, order: number): Draft => ({ paragraphId: 'p1', start: t.indexOf(s), end: t.indexOf(s) + e.length, title, date: { start: year, basis: 'stated' }, order });
    const k = keeper(ps, 10, 's');
    k.add([
      d('which she drew', 'which she drew in 1950', 'She drew', '1950', 0),
      d('was printed', 'was printed in 1990', 'Was printed', '1990', 1),
      d('which opened', 'which opened in 1931', 'Bridge opened', '1931', 2),
      d('was closed', 'was closed in 1980', 'Was closed', '1980', 3),
    ], ps[0]);
    // "She" drew the map; the map, not she, was printed. A subject relative's antecedent is the sentence's subject.
    // The main clause after the aside takes the sentence's subject as a clause's own title does, without its article
    // (round 59's subjectBeforeAside).
    expect(k.result().events.map((e) => e.title)).toEqual(['She drew', 'Was printed', 'The bridge opened', 'Bridge was closed']);
  });
  it('toldNoEvent: a short question opening its paragraph is a heading, not an event', () => {
    expect(toldNoEvent('What did the vote decide? The council agreed a budget.', 0)).toBe(true);
  });
});

describe('paragraphCursor', () => {
  const ps = [
    { id: 'a', role: 'body' as const, text: 'The ferry sank in 1911.' },
    { id: 'b', role: 'body' as const, text: 'Divers found it in 1970. They raised the bell in 1972.' },
  ];
  const at = (paragraphId: string, start: number): Draft => ({ paragraphId, start, end: start + 4, title: 't', date: { start: '1970', basis: 'stated' }, order: 0 });

  it('finds a draft\'s paragraph and the text before it, the paragraphs before included', () => {
    const c = paragraphCursor(ps);
    const d = at('b', ps[1].text.indexOf('They'));
    expect(c.paragraphOf(d).id).toBe('b');
    expect(c.textBefore(d)).toBe('The ferry sank in 1911.\n\nDivers found it in 1970. ');
    // Back to an earlier paragraph: the search finds it all the same.
    expect(c.paragraphOf(at('a', 0)).id).toBe('a');
    expect(c.textBefore(at('x', 0))).toBe('');
  });

  it('gives a paragraph\'s length, its own at hand and any other from a table', () => {
    const c = paragraphCursor(ps);
    const lengths = c.lengthIn(ps[0]);
    expect(lengths.get('a')).toBe(ps[0].text.length);
    expect(lengths.get('b')).toBe(ps[1].text.length);
    expect(lengths.get('z')).toBeUndefined();
  });
});
