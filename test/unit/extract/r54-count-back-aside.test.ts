import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (c54): a count back told in an aside set off by commas ("The crew, founded four years earlier, ...") is
// background to the month or year the story is at: "the next morning" after it counts on from the story's month, not
// from the year the count reached. Every sentence here was written for this test.

const story = 'Her lifeboat work began by accident. On a stormy night in October 1971 a fishing boat ran aground off the point, and she rowed out to it alone.';

describe('a count back in an aside leaves the story at its month', () => {
  it('a participle aside ("founded four years earlier")', () => {
    const texts = [`${story} The lifeboat crew, founded four years earlier, asked her to join the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'asked her to join').date.start).toBe('1971-10');
  });

  it('a relative aside ("which had been set up two years before")', () => {
    const texts = [`${story} The coastguard station, which had been set up two years before, sent a tractor the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'sent a tractor').date.start).toBe('1971-10');
  });

  it('the count itself is still dated back from the story', () => {
    const texts = [`${story} The lifeboat crew, founded four years earlier, asked her to join the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'crew, founded').date.start).toMatch(/^1967/);
  });
});
