import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 56 (a56): a month followed by a count of years "later" or "earlier" ("a dry July three years later") is that
// month of the year the count lands on, counted from the year the story is at, not the month of that year itself.
// Every sentence here was written for this test.

describe('a month with a count of years later', () => {
  const texts = ['The Corvasey reservoir was last full in the spring of 1989. It ran almost dry after a hot July three years later.'];

  it('is that month of the counted year', () => {
    const ev = shortestAt('2015-03-02', texts, 'ran almost dry');
    expect(ev.date.start).toBe('1992-07');
    expect(ev.date.yearUncertain ?? false).toBe(false);
  });

  it('is counted from the stated year without the publication date too', () => {
    const ev = shortestNoPub(texts, 'ran almost dry');
    expect(ev.date.start).toBe('1992-07');
  });

  it('"earlier" counts back', () => {
    const t = ['The Lindquarrow ferry sank in 1961. Its owners had bought it in May two years earlier.'];
    const ev = shortestAt('2015-03-02', t, 'bought it');
    expect(ev.date.start).toBe('1959-05');
  });
});
