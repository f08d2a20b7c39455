import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (found59): ", weeks before the <noun> of <date>" after a clause's own date: the noun's happening, ordered
// by a stretch with no count, is an event of its own at its own date; the clause keeps its date. Every sentence here
// was written for this test.

describe('a happening ordered by an uncounted stretch', () => {
  it('takes the month its noun phrase names', () => {
    const texts = ['The Brinscombe pottery changed hands in 1962, weeks before the big freeze of that December.'];
    const all = events('2012-01-20', ...texts);
    const freeze = all.find((e) => quoteOf(e, texts).includes('big freeze'));
    expect(freeze?.date.start).toBe('1962-12');
    const sold = all.find((e) => quoteOf(e, texts).includes('changed hands'));
    expect(sold?.date.start).toBe('1962');
  });

  it('reads "only days after" with a month of its own', () => {
    const texts = ['The Kelsholt tram stopped running in June 1978, only days after the gale in May.'];
    const gale = events('2012-01-20', ...texts).find((e) => quoteOf(e, texts).startsWith('the gale'));
    expect(gale?.date.start).toBe('1978-05');
  });
});
