import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): a season word after a bare "the" in a clause that writes a year of its own names a thing (a well, a
// summer house), not the season: the season of a year is written "the spring of 1890". Every sentence here was
// written for this test.

describe('"the spring" in a clause with a year of its own is no season', () => {
  it('a spring of water tapped in a year', () => {
    const texts = ['The brewery stands on a hillside above the village. The spring was first piped to the brewhouse in 1890 by a local mason.'];
    const ev = shortestAt('2018-07-10', texts, 'first piped');
    expect(ev.date.start).toBe('1890');
  });

  it('a spring that failed in a month of a year', () => {
    const texts = ['The spring itself dried up only once, in July 1921, and the village carted water from the river.'];
    const ev = shortestAt('2018-07-10', texts, 'dried up');
    expect(ev.date.start).toBe('1921-07');
  });

  it('a season after a word of time is still a season', () => {
    const texts = ['The bridge was closed in the spring for repairs.'];
    const ev = shortestAt('2018-07-10', texts, 'bridge was closed');
    expect(ev.date.start).toBe('2018-03');
  });
});
