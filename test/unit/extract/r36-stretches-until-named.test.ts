import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (c36): "from <date> until <a named happening> <date>": the stretch ends at the happening's date, and the
// happening is an event of its own there. Before, the stretch came out as its start alone unless the noun opened with
// "the", "her", "his", "its" or "their" and the happening was told again later. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a stretch from a date until a happening named by a noun with its own date', () => {
  it('"from 1950 until a fire in 1987"', () => {
    const texts = ['The bakery on Quay Street traded from 1950 until a fire in 1987.'];
    const e = shortestAt('2020-05-01', texts, 'The bakery on Quay Street traded');
    expect([e.date.start, e.date.end]).toEqual(['1950', '1987']);
    expect(shortestAt('2020-05-01', texts, 'a fire').date.start).toBe('1987');
  });

  it('"from 1933 until a refit five years ago": the end counted back from publication', () => {
    const texts = ['The old lamp, which hung above the chapel door from 1933 until a refit six years ago, has been restored.'];
    const e = shortestAt('2020-05-01', texts, 'hung above the chapel door');
    expect([e.date.start, e.date.end]).toEqual(['1933', '2014']);
  });

  it('"from March 1961 until our move in 1978", at the start\'s precision', () => {
    const texts = ['We kept bees on the allotment from March 1961 until our move to the coast in 1978.'];
    const e = shortestAt('2020-05-01', texts, 'kept bees on the allotment');
    expect([e.date.start, e.date.end]).toEqual(['1961-03', '1978']);
  });

  it('"from 1971 until its closure in 2003"', () => {
    const texts = ['The branch line carried milk to the city from 1971 until its closure in 2003.'];
    const e = shortestAt('2020-05-01', texts, 'carried milk to the city');
    expect([e.date.start, e.date.end]).toEqual(['1971', '2003']);
  });

  it('an end before the start is no stretch', () => {
    const texts = ['The council has run the pool from 2012 until a review in 2009 said otherwise.'];
    const e = shortestAt('2020-05-01', texts, 'run the pool');
    expect(e.date.end === '2009').toBe(false);
  });
});
