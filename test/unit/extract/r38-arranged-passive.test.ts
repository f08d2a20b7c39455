import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (a38): "The hearing was set for July 7", "the inquest was adjourned until 14 April", "the launch has been
// pushed back to 2 June": a passive arrangement names a day still ahead of the arranging, whatever that verb's tense,
// as the active "set a hearing for Feb. 15" already did. Every sentence here was written for this test (none comes from
// an eval set or a probe).

describe('a day a thing was set, fixed or put back to lies ahead', () => {
  it('"was set for July 7", written in June: this July', () => {
    const e = shortestAt('2015-06-10', ['The first trial ended in March 2013.', 'A retrial was set for July 7.'], 'A retrial');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2015-07-07', undefined]);
  });

  it('"was adjourned until 14 April"', () => {
    const e = shortestAt('2015-03-02', ['The coroner opened the inquest on 2 December 2014.', 'The inquest was adjourned until 14 April.'], 'adjourned');
    expect(e.date.start).toBe('2015-04-14');
  });

  it('"has been pushed back to 2 June" and "is now fixed for October 9"', () => {
    const a = shortestAt('2015-03-02', ['The satellite was finished in 2012.', 'Its launch has been pushed back to 2 June.'], 'launch');
    expect(a.date.start).toBe('2015-06-02');
    const b = shortestAt('2015-03-02', ['The council first debated the plan in 2011.', 'The final vote is now fixed for October 9.'], 'final vote');
    expect(b.date.start).toBe('2015-10-09');
  });

  it('no day right after the arranging verb: "was set for the mile in 1954" keeps its year', () => {
    const e = shortestAt('2015-06-10', ['The county record was set for the mile in 1954.'], 'county record');
    expect(e.date.start).toBe('1954');
  });
});
