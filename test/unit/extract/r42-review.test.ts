import { describe, expect, it } from 'vitest';
import { predicateTitle } from '../../../shared/extract/title-context';
import { makeTitle, patternVerb } from '../../../shared/extract/title';

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
