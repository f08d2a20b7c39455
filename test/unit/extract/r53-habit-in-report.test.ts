import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 53 (s53): a habit inside what a dated telling reports, before the report's own date, leaves the telling its
// day. Every sentence here was written for this test.

describe('"said on Friday that the X each week had fallen from N in May"', () => {
  it('keeps the telling on its day and the report on a month', () => {
    const texts = ['The lock keeper, Ros Ambley, said on Thursday that the barges passing each week had fallen from 60 in April to 25 in June.'];
    const all = events('2011-07-18', ...texts);
    const telling = all.find((e) => quoteOf(e, texts).startsWith('The lock keeper'));
    expect(telling?.date).toMatchObject({ start: '2011-07-14' });
    expect(telling?.date.mod).toBeUndefined();
    // Since round 54 a change "from 60 in April to 25 in June" is dated by the figure it reached (changeStart).
    expect(shortestAt('2011-07-18', texts, 'barges passing each week').date.start).toBe('2011-06');
  });

  it('a habit alone in an undated sentence is still no event', () => {
    const texts = ['The barges pass the lock twice a week in summer.'];
    expect(events('2011-07-18', ...texts)).toEqual([]);
  });
});
