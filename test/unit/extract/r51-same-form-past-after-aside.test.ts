import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 51 (b51): a verb whose past is spelt as its present ("cut", "set", "shut"), opening the predicate a singular
// subject takes up again after a dated aside, is a past happening of its own, placed as an undated clause is. Every
// sentence here was written for this test.

const at = (published: string, text: string, words: string) => events(published, text).filter((e) => quoteOf(e, [text]).includes(words));

describe('a bare past after a dated aside on a singular subject', () => {
  it('is an event after a named subject and after a singular noun', () => {
    const named = 'The lighthouse keeper, Orla Brennick, who was born on the island in 1948, cut the ribbon on the new jetty with the bishop.';
    const found = at('2015-06-02', named, 'cut the ribbon');
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ mod: 'before', start: '2015-06-02' });
    const noun = 'The ferryman, who retired in 1999, shut the harbour gate for the last time.';
    expect(at('2015-06-02', noun, 'shut the harbour gate')).toHaveLength(1);
  });

  it('not after a plural subject, nor for a present or a future', () => {
    expect(at('2015-06-02', 'The ferrymen, who retired in 1999, cut the ribbon.', 'cut the ribbon')).toHaveLength(0);
    expect(at('2015-06-02', 'The pilots, who retired in 1999, set the buoys.', 'set the buoys')).toHaveLength(0);
    expect(at('2015-06-02', 'The ferryman, who retired in 1999, will cut the ribbon.', 'cut the ribbon')).toHaveLength(0);
    expect(at('2015-06-02', 'The ferryman, who retired in 1999, cuts the ribbon each year.', 'cuts the ribbon')).toHaveLength(0);
  });
});
