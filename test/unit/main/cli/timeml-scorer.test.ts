import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocument, formatMisses, listMisses, parseTimeml, readTimemlDir, sameValue, scoreDocuments, scoresFrom } from '../../../../main/cli/timeml-scorer';
import type { Timex } from '../../../../shared/extract/types';

const DIR = join(__dirname, '../../../fixtures/timeml');

function span(text: string, piece: string, value: string, type: Timex['type'] = 'DATE'): Timex {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`"${piece}" is not in the text`);
  return { start, end: start + piece.length, text: piece, value, type, rule: 'stub' };
}

describe('TimeML reader', () => {
  it('reads the creation time, the plain text and the TIMEX3 spans', async () => {
    const docs = await readTimemlDir(DIR);
    expect(docs.map((d) => d.file)).toEqual(['fixture-a.tml', 'fixture-b.tml']);
    const [a, b] = docs;
    expect(a.dct).toBe('1998-08-07');
    expect(a.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Friday', 'DATE', '1998-08-07'],
      ['Monday', 'DATE', '1998-08-10'],
      ['three days', 'DURATION', 'P3D'],
      ['last week', 'DATE', '1998-W31'],
    ]);
    for (const t of a.timexes) expect(a.text.slice(t.start, t.end)).toBe(t.text);
    expect(a.text).not.toMatch(/<|>/);
    expect(b.text).toBe('AT&T said now.');
    expect(b.timexes[0]).toMatchObject({ start: 10, end: 13, value: 'PRESENT_REF' });
  });

  it('has no creation time when none is marked', () => {
    expect(parseTimeml('<TimeML><TEXT>x</TEXT></TimeML>').dct).toBeNull();
  });
});

describe('scorer, with numbers worked out by hand', () => {
  it('one document: exact, overlapping, wrong-type, missed and spurious expressions', async () => {
    const [a] = await readTimemlDir(DIR);
    const system = [
      span(a.text, 'Friday', '1998-08-07'), // strict match, right value and type
      span(a.text, 'reopened Monday', '1998-08-03'), // relaxed only, wrong value
      span(a.text, 'three days', 'P3D', 'DATE'), // strict match, right value, wrong type
      span(a.text, 'Nairobi', '1998'), // spurious
    ]; // "last week" is missed
    const s = scoresFrom(countDocument(a.timexes, system));
    expect(s.counts).toEqual({ gold: 4, system: 4, relaxedSystem: 3, relaxedGold: 3, strict: 2, pairs: 3, valueCorrect: 2, typeCorrect: 2 });
    expect(s.strict.f1).toBeCloseTo(0.5); // P 2/4, R 2/4
    expect(s.relaxed.precision).toBeCloseTo(0.75);
    expect(s.relaxed.recall).toBeCloseTo(0.75);
    expect(s.relaxed.f1).toBeCloseTo(0.75);
    expect(s.valueAccuracy).toBeCloseTo(2 / 3);
    expect(s.valueF1).toBeCloseTo(0.5); // 0.75 × 2/3
    expect(s.typeAccuracy).toBeCloseTo(2 / 3);
  });

  it('micro-averages over documents', async () => {
    const docs = await readTimemlDir(DIR);
    const stub = (text: string): Timex[] =>
      text.startsWith('AT&T')
        ? [span(text, 'now', 'PRESENT_REF')]
        : [span(text, 'Friday', '1998-08-07'), span(text, 'reopened Monday', '1998-08-03'), span(text, 'three days', 'P3D', 'DATE'), span(text, 'Nairobi', '1998')];
    const { scores } = scoreDocuments(docs, stub);
    // gold 5, system 5, relaxed 4/4, strict 3, value 3/4, type 3/4
    expect(scores.strict.f1).toBeCloseTo(0.6);
    expect(scores.relaxed.f1).toBeCloseTo(0.8);
    expect(scores.valueAccuracy).toBeCloseTo(0.75);
    expect(scores.valueF1).toBeCloseTo(0.6);
    expect(scores.typeAccuracy).toBeCloseTo(0.75);
  });

  it('an empty system scores zero without dividing by zero', () => {
    const s = scoresFrom(countDocument([{ start: 0, end: 3, type: 'DATE', value: '1998', text: '' } as never], []));
    expect(s.relaxed.f1).toBe(0);
    expect(s.valueF1).toBe(0);
  });

  it('compares values as exact strings, as the TempEval-3 scorer does', () => {
    expect(sameValue('1998-W7', '1998-W7')).toBe(true);
    expect(sameValue('199X', '199')).toBe(false);
    expect(sameValue('1998-W07', '1998-W7')).toBe(false);
    expect(sameValue('1998-08-07', '1998-08-08')).toBe(false);
    expect(sameValue('1998', '1998-XX')).toBe(false);
    expect(sameValue('PRESENT_REF', 'present_ref')).toBe(false);
  });

  it('a differently spelled value counts as wrong in the scores', () => {
    const gold = [{ start: 0, end: 9, type: 'DATE', value: '199X' }];
    expect(scoresFrom(countDocument(gold, [{ ...gold[0], value: '199' }])).valueAccuracy).toBe(0);
    expect(scoresFrom(countDocument(gold, [{ ...gold[0] }])).valueAccuracy).toBe(1);
  });
});

describe('the list of misses', () => {
  it('names every disagreement once, paired as the scores pair them', async () => {
    const [a] = await readTimemlDir(DIR);
    const system = [
      span(a.text, 'Friday', '1998-08-07'), // right: not listed
      span(a.text, 'reopened Monday', '1998-08-03'), // span and value
      span(a.text, 'three days', 'P3D', 'DATE'), // type only
      span(a.text, 'Nairobi', '1998'), // spurious
    ]; // "last week" is missed
    const misses = listMisses([{ doc: a, system }]);
    expect(misses.map((m) => [m.kind, m.gold?.text ?? null, m.system?.text ?? null])).toEqual([
      ['span', 'Monday', 'reopened Monday'],
      ['value', 'Monday', 'reopened Monday'],
      ['type', 'three days', 'three days'],
      ['missed', 'last week', null],
      ['spurious', null, 'Nairobi'],
    ]);
    expect(misses[3].context).toContain('Police said [last week] was calm.');
    const text = formatMisses(misses);
    expect(text).toMatch(/^span {5}fixture-a\.tml: gold "Monday" DATE 1998-08-10 \| system "reopened Monday" DATE 1998-08-03 \(stub\)/);
    expect(text).toContain('spurious fixture-a.tml: gold - | system "Nairobi" DATE 1998 (stub)');
  });

  it('is empty when the tagger agrees with the gold', async () => {
    const [a] = await readTimemlDir(DIR);
    const system = a.timexes.map((g) => ({ start: g.start, end: g.end, text: g.text, type: g.type as Timex['type'], value: g.value, rule: 'stub' }));
    expect(listMisses([{ doc: a, system }])).toEqual([]);
  });
});
