import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 28: the families of wrong years and misses probe 20 showed. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('"to" before an object pronoun is a preposition, not an infinitive', () => {
  it('"the plan that went back to them in October" is past, and October is the one before publication', () => {
    const s = 'The plan that went back to them in October was cheaper.';
    expect(tenseAt(s, s.indexOf('October'))).toBe('past');
    const t = 'The farm passed straight to him in June.';
    expect(tenseAt(t, t.indexOf('June'))).toBe('past');
    const d = shortestAt('2017-03-09', ['The plan that went back to them in October was cheaper.'], 'went back').date;
    expect(d.start).toBe('2016-10');
  });
});
