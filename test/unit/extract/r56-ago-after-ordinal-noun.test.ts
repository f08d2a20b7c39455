import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 56 (a56): "the final", "the last", "the first" are nouns when a count and "ago" follow ("lost the final four
// years ago"): the count goes back from publication; no stretch "the final four years" is meant. Every sentence here
// was written for this test.

describe('a count back after a noun that could open a stretch', () => {
  const texts = ['Fenmarrow, 38, had lost the final four years ago and again in 2007, both times on a tie-break.'];

  it('is counted back from publication', () => {
    const ev = shortestAt('2009-05-04', texts, 'four years ago');
    expect(ev.date.start).toBe('2005');
    expect(ev.date.rule).toBe('ago/ago');
  });

  it('is flagged when the publication date is not given', () => {
    const ev = shortestNoPub(texts, 'four years ago');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('"the last two years ago" is a count back too', () => {
    const ev = shortestAt('2016-09-20', ['Drenmouth Town reached the last two years ago under a different manager.'], 'two years ago');
    expect(ev.date.start).toBe('2014');
  });
});
