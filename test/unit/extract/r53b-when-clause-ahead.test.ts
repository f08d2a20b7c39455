import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): a "when" or "once" clause told in the present (or its perfect) under a "will" ("will
// learn ... when the first shoots appear in March") is what the future waits on: its month is still to come, not one of
// the old year the story was telling of, whatever past the main clause holds; after a comma and a date of the main
// clause's, it is a happening of its own. Every sentence here was written for this test.

describe('a month in a present "when" clause under "will" is ahead', () => {
  const story = 'The pottery was flooded in the spring of 2001, and the kiln was rebuilt in June that year.';

  it('after an old year in focus, the month is the coming one', () => {
    const texts = [story, 'The owners sowed a wildflower bank in the autumn, and they will learn which seeds took when the first stems push through in April.'];
    const ev = shortestAt('2002-02-21', texts, 'push through');
    expect(ev.date.start).toBe('2002-04');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('", once" and a present perfect with a date of its own is the next step ahead', () => {
    const texts = ['Ms Wyle said the club will reopen its bar in March, once its leaking roof has been fixed in January.'];
    const ev = shortestAt('2021-11-18', texts, 'roof has been fixed');
    expect(ev.date.start).toBe('2022-01');
    expect(shortestAt('2021-11-18', texts, 'reopen its bar').date.start).toBe('2022-03');
  });

  it('a past "when" clause stays in the past', () => {
    const texts = [story, 'The owners will never forget the night when the river rose in April.'];
    expect(shortestAt('2002-02-21', texts, 'river rose').date.start).not.toBe('2002-04');
  });
});
