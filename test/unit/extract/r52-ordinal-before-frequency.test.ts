import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 52 (a52): a frequency word after a determiner and an ordinal or a word of addition ("a second weekly market",
// "a new daily bulletin") names a kind of thing, as after a determiner alone ("a weekly market"): it is no habit of
// the clause, whose dates still date it. Every sentence here was written for this test.

describe('a frequency word after "a second" or "a new"', () => {
  const text = 'A second weekly market will open in the square on May 2 next year, the mayor announced on Tuesday.';

  it('leaves the clause its dates', () => {
    const found = events('2017-10-12', text);
    const plan = found.find((e) => quoteOf(e, [text]).includes('second weekly market'));
    expect(found.map((e) => e.date.start)).toContain('2018-05-02');
    expect(plan).toBeDefined();
  });

  it('and after "a new"', () => {
    const other = 'The council said on Tuesday that it would start a new daily bulletin on March 1 next year.';
    expect(events('2017-10-12', other).map((e) => e.date.start)).toContain('2018-03-01');
  });
});
