import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (s49): "within" a count closing the main clause of a sentence whose subject an aside dates (sentences
// written for this test).

describe('r49-within-after-aside: "X, <done> on <date>, was <done> within a week"', () => {
  it('the clause runs from the aside\'s date to the count after it, not just before publication', () => {
    const texts = ['A bronze otter, bolted to the harbour rail on 9 October 2016, was prised off by vandals within a week.'];
    const e = shortestAt('2019-02-02', texts, 'prised off');
    expect(e.date.start).toBe('2016-10-09');
    expect(e.date.end).toBe('2016-10-16');
  });

  it('a bare plural ("within weeks") bounds no date and is left as it was', () => {
    const texts = ['A bronze otter, bolted to the harbour rail on 9 October 2016, was prised off by vandals within weeks.'];
    expect(shortestAt('2019-02-02', texts, 'prised off').date.start).not.toBe('2016-10-09');
  });
});
