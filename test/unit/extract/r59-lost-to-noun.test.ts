import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): after "lost" or "sold" and a short object, "to" names what took the thing or who got it, not an
// infinitive still ahead, so the clause's past tense places the date. Every sentence here was written for this test.

describe('"to" after lost or sold', () => {
  it('a season told after "lost X to" a noun is the one just gone', () => {
    const texts = ['Crabbers at Quistby had lost nets and creels to drift ice this winter.'];
    const e = events('2031-04-12', ...texts).find((x) => quoteOf(x, texts).includes('creels'));
    expect(e?.date.start).toBe('2030-12');
  });

  it('a day told after it is in the past', () => {
    const texts = ['Crabbers at Quistby lost two boats to drift ice on Dec. 30.'];
    const e = events('2031-04-12', ...texts).find((x) => quoteOf(x, texts).includes('Dec. 30'));
    expect(e?.date.start).toBe('2030-12-30');
  });

  it('a real infinitive still points ahead', () => {
    const texts = ['The Quistby crabbers plan to mend their creels on Dec. 30.'];
    const e = events('2031-04-12', ...texts).find((x) => quoteOf(x, texts).includes('Dec. 30'));
    expect(e?.date.start).toBe('2031-12-30');
  });
});
