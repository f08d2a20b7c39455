import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (c54): a count back told in an aside set off by commas ("The crew, founded four years earlier, ...") is
// background to the month or year the story is at: "the next morning" after it counts on from the story's month, not
// from the year the count reached. Since the lead's mend the month in focus is kept by a54's asideBesideMonth alone.
// Every sentence here was written for this test.

const story = 'The choir toured for the first time almost by chance. On a foggy evening in November 1979 its coach broke down outside a mining town, and the singers gave a concert in the chapel.';

describe('a count back in an aside leaves the story at its month', () => {
  it('a participle aside ("elected five years earlier")', () => {
    const texts = [`${story} The town's festival committee, elected five years earlier, invited them back the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'invited them back').date.start).toBe('1979-11');
  });

  it('a relative aside ("which had been set up two years before")', () => {
    const texts = [`${story} The garage, which had been set up two years before, sent a mechanic the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'sent a mechanic').date.start).toBe('1979-11');
  });

  it('the count itself is still dated back from the story', () => {
    const texts = [`${story} The town's festival committee, elected five years earlier, invited them back the next morning.`];
    expect(shortestAt('2020-02-12', texts, 'committee, elected').date.start).toMatch(/^1974/);
  });
});
