import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 42 (lead): "at the beginning of" and "at the opening of" a length begin it as "at the start of" does; the look
// before begunLength knew only the verbs, so the nouns "beginning" and "opening" never reached it. Sentences written
// for this test.

describe('r42-begun-beginning: a length begun by the noun "beginning" or "opening"', () => {
  it('r42-begun-beginning: "at the beginning of a two-year trial" runs two years from the clause\'s day', () => {
    const e = shortestAt('2025-09-01', ['The first saplings were planted on 12 February 2024, at the beginning of a two-year trial on the moor.'], 'trial');
    expect([e.date.start, e.date.end, e.date.rule]).toEqual(['2024-02-12', '2026-02-12', expect.stringMatching(/length-begun/)]);
  });

  it('r42-begun-beginning: "at the opening of a three-week festival" runs three weeks from the clause\'s day', () => {
    const e = shortestAt('2025-09-01', ['The mayor cut the ribbon on 4 July 2025, at the opening of a three-week festival in the square.'], 'festival');
    expect([e.date.start, e.date.end, e.date.rule]).toEqual(['2025-07-04', '2025-07-25', expect.stringMatching(/length-begun/)]);
  });

  it('r42-begun-beginning: "the beginning of the trial" with no length is no stretch', () => {
    const e = shortestAt('2025-09-01', ['The saplings were planted on 12 February 2024, at the beginning of the trial.'], 'saplings');
    expect(e.date.rule).not.toMatch(/length-begun/);
  });
});
