import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (s49): hours counted on after a sentence that steps back in the past perfect (sentences written for this
// test).

describe('r49-hours-after-flashback: "within an hour" after a flashback in the sentence before', () => {
  const texts = [
    'The ferry crew had been stranded on the sandbar since Friday morning, when their hull struck a wreck that had been charted in 1987. Two deckhands waded ashore within an hour.',
  ];

  it('the hours run from the day the sentence set, not from the year it stepped back to', () => {
    const e = shortestAt('2021-06-20', texts, 'waded ashore');
    expect(e.date.start).toBe('2021-06-18');
    expect(e.date.mod).toBeUndefined();
  });

  it('the flashback keeps its own year', () => {
    expect(shortestAt('2021-06-20', texts, 'charted in 1987').date.start).toBe('1987');
  });
});
