import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): the year a stretch starts at, told in a clause after "since" ("has looked after 60 otters since it opened
// in 2004"), is background to the day the story is at, as a year in an aside is: a night or morning counted after it
// still counts from that day, also when a flashback from the day came between. Longer counts may still go on from the
// year. Every sentence here was written for this test.

describe('a "since" clause\'s year leaves a day counted after it on the story\'s day', () => {
  it('right after the day', () => {
    const texts = ['A pair of otters went back into the river at the weir on the evening of May 2. The rescue centre has looked after some 60 otters since it opened in 2004. A volunteer said one of them was seen at the mill race the next night.'];
    const ev = shortestAt('2021-06-09', texts, 'was seen at the mill race');
    expect(ev.date.start).toBe('2021-05-03');
  });

  it('after a flashback from the day', () => {
    const texts = ['A pair of otters went back into the river at the weir on the evening of May 2. Both had been pulled from a drain last winter. The rescue centre has looked after some 60 otters since it opened in 2004. A volunteer said one of them was seen at the mill race the next night.'];
    const ev = shortestAt('2021-06-09', texts, 'was seen at the mill race');
    expect(ev.date.start).toBe('2021-05-03');
  });

  it('a year counted on still goes on from the start', () => {
    const texts = ['The chapel has stood empty since the last minister left in 1987. Its roof fell in the following year.'];
    const ev = shortestAt('2021-06-09', texts, 'roof fell in');
    expect(ev.date.start).toBe('1988');
  });
});
