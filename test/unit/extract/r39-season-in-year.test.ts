import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (b39): "in summer in 1931", "in spring in 1952", "in the autumn, in 1907": a season whose year follows behind
// an "in" of its own is that year's season, not the season nearest publication. Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('a season with "in <year>" after it', () => {
  it('"was first crossed in summer in 1931"', () => {
    const e = shortestAt('2005-04-10', ['The glacier was first crossed in summer in 1931 by two surveyors.'], 'first crossed');
    expect([e.date.start, e.date.end, e.date.yearUncertain]).toEqual(['1931-06', '1931-08', undefined]);
  });

  it('"was painted in spring in 1952"', () => {
    const e = shortestAt('2005-04-10', ['The footbridge was painted green in spring in 1952.'], 'painted');
    expect([e.date.start, e.date.end]).toEqual(['1952-03', '1952-05']);
  });

  it('"in the autumn, in 1907"', () => {
    const e = shortestAt('2005-04-10', ['The first race was run in the autumn, in 1907, over four miles.'], 'first race');
    expect([e.date.start, e.date.end]).toEqual(['1907-09', '1907-11']);
  });

  it('"fall in 2010" after a noun is a verb, not autumn', () => {
    const e = shortestAt('2009-04-10', ['The bank said profits would fall in 2010.'], 'profits');
    expect(e.date.start).toBe('2010');
  });
});
