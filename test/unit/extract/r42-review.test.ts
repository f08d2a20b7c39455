import { describe, expect, it } from 'vitest';
import { BEGIN_VERB_RE } from '../../../shared/extract/lexicon';
import { lastMatchOf } from '../../../shared/extract/matches';
import { predicateTitle } from '../../../shared/extract/title-context';
import { makeTitle, patternVerb } from '../../../shared/extract/title';
import { shortestAt } from './event-lookup';

// Round 42 (r42): review mends that leave every extraction as it was; each test shows the behaviour a helper now
// shared with another file gives at its new call. Every sentence here was written for this test.

describe('r42-review: predicateAfterAside reads a participle with anchor.ts\'s participle()', () => {
  const made = (title: string, text: string) => predicateTitle(title, text, 0, makeTitle, patternVerb);

  it('r42-review: a form of be before a participle in -ed takes the verb after the aside', () => {
    expect(made('Footbridge, some 40 metres long', 'The footbridge, some 40 metres long, was repaired after the gale.')).toBe('Footbridge was repaired after the gale');
  });

  it('r42-review: "ten" after a form of be is no participle, though it ends in -en', () => {
    expect(made('Crater, about 15 metres across', 'The crater, about 15 metres across, is ten metres deep.')).toBe('Crater, about 15 metres across');
  });
});

describe('r42-review: the verbs that begin a length are lexicon.ts\'s BEGIN_VERB_RE, in begun-lengths.ts and its look-up', () => {
  it('r42-review: "opened" before a length makes the stretch from the clause\'s date', () => {
    // 2 March 2026 plus two whole weeks is 16 March.
    const e = shortestAt('2026-03-20', ['The parish council opened a two-week consultation on 2 March about the footpath.'], 'consultation');
    expect([e.date.start, e.date.end, e.date.rule]).toEqual(['2026-03-02', '2026-03-16', expect.stringMatching(/length-begun/)]);
  });

  it('r42-review: "launched" and "begins" are begin verbs; "ended" and "opening" are not', () => {
    const verb = new RegExp(String.raw`^${BEGIN_VERB_RE}$`, 'i');
    expect(['launched', 'begins', 'Started', 'open'].every((w) => verb.test(w))).toBe(true);
    expect(['ended', 'opening', 'beginning'].some((w) => verb.test(w))).toBe(false);
  });
});

describe('r42-review: lastMatchOf, the last match anchor.ts and title-context.ts each looped for', () => {
  it('r42-review: gives the last match of a global pattern, null when there is none, and leaves lastIndex', () => {
    const and = /,\s+and\s/g;
    const m = lastMatchOf(and, 'The pier shut, and the cafe closed, and the bus stopped');
    expect(m?.index).toBe(34);
    expect(and.lastIndex).toBe(0);
    expect(lastMatchOf(and, 'The pier shut on Monday')).toBeNull();
  });
});
