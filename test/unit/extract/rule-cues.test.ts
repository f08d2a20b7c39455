import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, tagTimexes } from '../../../shared/extract/tagger';
import { PATTERN_CORPUS } from '../../fixtures/extract/pattern-corpus';
import type { Rule } from '../../../shared/extract/rules/rule';

// A rule's cue lets the tagger skip a text its pattern cannot match (rules/rule.ts, Rule.cue). A cue that misses
// some text the pattern matches would silently lose expressions, so each rule's pattern is made to generate texts
// it matches, across all its alternatives, and every one of them must hold the cue: a word added to a rule's
// pattern and not to its cue fails here.

/** The end of the group (its closing parenthesis) that opens at `open`. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced group at ${open} in ${source}`);
}

const LOOKAROUND = /^\(\?(?:<?[=!])/;

/** Whether only lookarounds stand between `at` and the end of the enclosing group or alternative. */
function lastInSequence(source: string, at: number): boolean {
  let i = at;
  while (LOOKAROUND.test(source.slice(i))) i = groupEnd(source, i) + 1;
  return i === source.length || source[i] === ')' || source[i] === '|';
}

/**
 * A pattern fast-check can generate from (fc.stringMatching knows no lookaround, \b, ^ or $ inside), whose texts
 * hold what the rule reads around its match: a lookbehind's text becomes the match's start, a lookahead that ends
 * the pattern its end; the rest of the assertions are dropped. Not every text generated then matches the rule's own
 * pattern; those that do not are not used.
 */
function generating(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (inClass || source[i + 1] !== 'b') out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      out += ch;
      inClass = ch !== ']';
    } else if (ch === '[') {
      out += ch;
      inClass = true;
    } else if (ch === '^' || ch === '$') {
      // dropped: the text around the match is the generator's to choose
    } else if (LOOKAROUND.test(source.slice(i))) {
      const end = groupEnd(source, i);
      const kind = LOOKAROUND.exec(source.slice(i))![0];
      const inner = generating(source.slice(i + kind.length, end));
      if (kind === '(?<=' || (kind === '(?=' && lastInSequence(source, end + 1))) out += `(?:${inner})`;
      i = end;
    } else out += ch;
  }
  return out;
}

/** A pattern's text in other letter cases, for a pattern that ignores case (fc.stringMatching cannot generate them). */
function inCases(text: string, ignoresCase: boolean): string[] {
  if (!ignoresCase) return [text];
  return [text, text.toUpperCase(), [...text].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase())).join('')];
}

/** Texts the rule's pattern matches in, generated from its pattern (a fixed seed, so every run reads the same). */
function textsMatching(rule: Rule, count: number): string[] {
  const gen = fc.stringMatching(new RegExp(`^(?:${generating(rule.re.source)})$`));
  // What a text often holds around a date: an opening the rule may read behind it, an ending it may read after it.
  const around = fc.tuple(fc.constantFrom('', 'In ', 'It happened on ', 'the '), gen, fc.constantFrom('', '.', ', he said', ' and', ' of 2004'));
  const re = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
  return fc
    .sample(around, { numRuns: count, seed: 20 })
    .flatMap(([before, text, after]) => inCases(before + text + after, re.ignoreCase))
    .filter((text) => re.test(text));
}

describe("each tagger rule's cue is in every text its pattern matches", () => {
  for (const rule of RULES) {
    it(rule.name, () => {
      const texts = textsMatching(rule, 3000);
      // Enough matching texts that each alternative of the pattern has come up.
      expect(texts.length).toBeGreaterThan(300);
      if (!rule.cue) return;
      expect(rule.cue.flags).not.toContain('g');
      const missed = texts.filter((text) => !rule.cue!.test(text));
      expect(missed.slice(0, 5)).toEqual([]);
    });
  }
});

describe('the cues change no tagging', () => {
  it('texts of many rules tag the same with and without the cues', () => {
    const texts = RULES.flatMap((rule) => textsMatching(rule, 200));
    const paragraphs = Array.from({ length: Math.ceil(texts.length / 5) }, (_, i) => texts.slice(5 * i, 5 * i + 5).join(' Then the board met. '));
    const tagAll = (cues: boolean) => paragraphs.map((p) => tagTimexes(p, { dct: '2004-01-01', cues }));
    const withCues = tagAll(true);
    expect(tagAll(false)).toEqual(withCues);
    expect(withCues.flat().length).toBeGreaterThan(texts.length / 2);
    // Tags every rule's texts twice: under a loaded machine that took over the default 30 s.
  }, 120_000);
});

describe('the ReDoS check still reads every rule', () => {
  // redos.test.ts analyses the patterns that run over the pattern corpus; a rule whose cue is in none of its texts
  // would never run there, and so never be analysed.
  it.each(RULES.map((rule) => [rule.name, rule] as const))('%s: its cue is in the pattern corpus', (_, rule) => {
    expect(PATTERN_CORPUS.some((text) => !rule.cue || rule.cue.test(text))).toBe(true);
  });
});
