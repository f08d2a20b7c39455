import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 44 (a44): readings behind probe 36's misses, each shown on sentences written for this test (none comes from an
// eval set or a probe).

describe('r44-clock-count: a count of hours or minutes moves a time of day; the clause\'s own date says which day', () => {
  const texts = ['The choir will sing in the abbey on Sunday, March 9, when the new organ will be blessed. Next year\'s concert will begin an hour later, at eight.'];

  it('"next year\'s concert … an hour later" is next year, not the day told before', () => {
    const e = shortestAt('2014-03-01', texts, 'concert will begin');
    expect(e.date.start).toBe('2015');
  });

  it('a clock count beside "next year" yields to it', () => {
    const own = ['The bakery will open two hours earlier next year.'];
    expect(shortestAt('2014-03-01', own, 'bakery will open').date.start).toBe('2015');
  });
});

describe('r44-have-had-since: "have had the farm since 1961" is a present perfect, from then up to publication', () => {
  it('a who-clause holding something since a year runs up to publication', () => {
    const texts = ['The tenants, the Pardoe brothers, who have had the farm since 1961, quarrelled with the estate for most of the next year.'];
    const e = shortestAt('2012-04-02', texts, 'have had the farm');
    expect([e.date.start, e.date.end]).toEqual(['1961', '2012-04-02']);
  });

  it('so does "has had" with its own subject', () => {
    const texts = ['The village has had the right to graze the green since 1887.'];
    const e = shortestAt('2012-04-02', texts, 'has had the right');
    expect([e.date.start, e.date.end]).toEqual(['1887', '2012-04-02']);
  });
});
