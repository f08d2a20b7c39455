import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): a regular -ed word right after a preposition with a noun after it ("for guided walks", "at reduced
// fares") is an adjective, not a verb told in the past. Every sentence here was written for this test.

describe('an -ed word after a preposition', () => {
  it('does not make a date still ahead a past one', () => {
    const texts = ['Walkers can apply for guided tours of the Drubwell marshes until June 9.'];
    const e = events('2026-03-01', ...texts).find((x) => quoteOf(x, texts).includes('guided tours'));
    expect(e?.date.start.slice(0, 4)).toBe('2026');
    expect(e?.date.end ?? e?.date.start).toBe('2026-06-09');
  });

  it('a past verb after its subject still says past', () => {
    const texts = ['The warden closed the Drubwell marsh path on June 9.'];
    const e = events('2026-03-01', ...texts).find((x) => quoteOf(x, texts).includes('June 9'));
    expect(e?.date.start).toBe('2025-06-09');
  });
});
