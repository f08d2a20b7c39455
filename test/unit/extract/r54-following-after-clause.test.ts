import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (c54): "the following year, after <a happening> in <year> ..." counts from the year the after-clause right
// behind it writes, not from the year the text was at before. Every sentence here was written for this test.

describe('"the following year" before an after-clause with its own year', () => {
  it('counts from the after-clause\'s year', () => {
    const texts = ['Why did the baths close?', 'The town, which has run the baths since 1930, shut them the following year, after an inspection in 1987 found cracks in the main pool.'];
    const d = shortestAt('2015-02-12', texts, 'shut them').date;
    expect(d.start).toBe('1988');
    expect(d.basis).toBe('stated');
  });

  it('without a year in the after-clause it still counts from the year in focus', () => {
    const texts = ['The baths opened in 1962.', 'The town shut them the following year, after an inspection found cracks in the main pool.'];
    expect(shortestAt('2015-02-12', texts, 'shut them').date.start).toBe('1963');
  });
});
