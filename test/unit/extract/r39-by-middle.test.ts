import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 39 (b39): "by the middle of October", "by mid-October", "by the middle of next week", "by the middle of next
// year": a deadline ahead at the period's middle day, as "by the end of March" is that month's last day. Every
// sentence here was written for this test (none comes from an eval set or a probe).

describe('"by the middle of <period>" ahead is a deadline at its middle day', () => {
  it('"by the middle of October", written in September: the 15th', () => {
    const e = shortestAt('2019-09-26', ['The council hopes to reopen the bridge by the middle of October.'], 'reopen');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2019-10-15', undefined, undefined]);
  });

  it('"by mid-November", told as said in the past: still ahead of publication', () => {
    const e = shortestAt('2019-09-26', ['The firm said it hoped to finish the repairs by mid-November.'], 'repairs');
    expect(e.date.start).toBe('2019-11-15');
  });

  it('"by the middle of next week": that week\'s Wednesday', () => {
    // 2009-02-18 is a Wednesday; next week runs from Monday 23 February to Sunday 1 March.
    const e = shortestAt('2009-02-18', ['The climbers expect to be back in the valley by the middle of next week.'], 'back in the valley');
    expect(e.date.start).toBe('2009-02-25');
  });

  it('"by the middle of next year": 30 June', () => {
    const e = shortestAt('2019-09-26', ['The operator plans to have the new trains running by the middle of next year.'], 'new trains');
    expect(e.date.start).toBe('2020-06-30');
  });

  it('a middle not after publication is left as it was: "had been cleared by the middle of March"', () => {
    const texts = ['The snow had been cleared from the high roads by the middle of March.'];
    const e = events('2019-09-26', ...texts).find((x) => quoteOf(x, texts).includes('cleared'))!;
    expect(e.date.start).not.toBe('2019-03-15');
  });
});
