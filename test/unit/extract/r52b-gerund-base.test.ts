import { describe, expect, it } from 'vitest';
import { baseOfGerund } from '../../../shared/extract/title-syntax';
import { shortestAt } from './event-lookup';

// A gerund title told after a helping verb ("… will … before closing" → "… will close") needs the verb's plain form.
// The tags miss some -ing forms, and the bare stem dropped a silent e ("closing" → "clos"); a one-syllable stem
// ending in one vowel and one consonant takes it back, unless the gerund doubled the consonant ("running").

describe('r52b-gerund-base: the plain form of an -ing form', () => {
  it('r52b-gerund-base: a silent e the stem dropped comes back', () => {
    for (const [gerund, base] of [['closing', 'close'], ['voting', 'vote'], ['striking', 'strike'], ['dining', 'dine'], ['quoting', 'quote'], ['making', 'make']]) {
      expect(baseOfGerund(gerund), gerund).toBe(base);
    }
  });

  it('r52b-gerund-base: no e after a doubled consonant, a vowel, w/x/y, or a longer stem', () => {
    for (const [gerund, base] of [['running', 'run'], ['hopping', 'hop'], ['seeing', 'see'], ['being', 'be'], ['fixing', 'fix'], ['sewing', 'sew'], ['playing', 'play'], ['opening', 'open'], ['visiting', 'visit'], ['eating', 'eat'], ['fearing', 'fear']]) {
      expect(baseOfGerund(gerund), gerund).toBe(base);
    }
  });

  it('r52b-gerund-base: a gerund title after a helping verb', () => {
    const texts = ['The town\'s cinema would show films until 1 September before closing for the winter.'];
    expect(shortestAt('2024-06-14', texts, 'closing for the winter').title).toMatch(/would close\b/);
  });
});
