import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55): "have" right after "will" or "shall" is the bare verb of a future, not a present tense and not a
// perfect's helping verb, so a weekday after it is still to come. Every sentence here was written for this test.

describe('"will have" looks ahead', () => {
  it('a weekday after "will have" and a noun is the next one', () => {
    // Thursday 9 March 2023: the Tuesday ahead is 14 March.
    const texts = ['The Gallowmere ferry was taken out of service after striking a buoy, and its hull will have a survey on Tuesday.'];
    const ev = shortestAt('2023-03-09', texts, 'a survey on Tuesday');
    expect(ev.date.start).toBe('2023-03-14');
  });

  it('a future perfect\'s deadline is still ahead', () => {
    const texts = ['Pollick said the contractors will have finished the new footbridge by Friday.'];
    const ev = shortestAt('2023-03-09', texts, 'finished the new footbridge');
    expect(ev.date.start).toBe('2023-03-10');
  });

  it('"would have" keeps its past', () => {
    const texts = ['Thrask said the crew would have sailed on Monday had the wind dropped.'];
    const ev = shortestAt('2023-03-09', texts, 'sailed on Monday');
    expect(ev.date.start).toBe('2023-03-06');
  });
});
