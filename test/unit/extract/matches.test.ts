import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../shared/extract/matches';

const plain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ at: m.index, groups: [...m] }));

describe('matchesOf', () => {
  // Patterns that match empty strings, across surrogate pairs, with groups and lookarounds: matchesOf must give what
  // matchAll gives for each.
  const patterns = [/,\s+(?:and|but)(?=\s)/g, /\b/g, /x*/g, /(?:)/gu, /(?<=a)b?/g, /[\u{1F600}-\u{1F64F}]|(\w)?/gu, /\s(who|which)\s+(?=[a-z])/gi, /./gsy];
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'x', ' ', ',', 'and', 'who', '\u{1F600}', '\ud83d', 'é', '\n'), maxLength: 30 });

  it.each(patterns.map((re) => [String(re), re] as const))('gives what matchAll gives: %s', (_, re) => {
    fc.assert(
      fc.property(text, fc.nat(5), (t, from) => {
        re.lastIndex = from;
        const expected = plain([...t.matchAll(re)]);
        expect(plain(matchesOf(re, t))).toEqual(expected);
        expect(re.lastIndex).toBe(from);
      }),
    );
  });

  it('has every match before the caller runs the pattern again', () => {
    const re = /a/g;
    const seen: number[] = [];
    for (const m of matchesOf(re, 'a a a')) {
      seen.push(m.index);
      // The caller's own use of the pattern moves its lastIndex; matchAll's copy was not moved by it either.
      re.lastIndex = 4;
      re.exec('aaaaaa');
    }
    expect(seen).toEqual([0, 2, 4]);
  });

  it('refuses a pattern without the flag g, as matchAll does', () => {
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
