import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (c36): a stop told in the past perfect in a relative clause after the clause's day ("ended a strike that
// had halted shipping for three weeks") ran up to that day, not on from it; it is an event of its own and the clause
// keeps its day. Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a past-perfect stop after the day runs up to the day', () => {
  it('"voted on Tuesday to end a strike that had halted the buses for nearly two weeks"', () => {
    const texts = ['Drivers voted on Tuesday, March 9, to end a strike that had halted the city\u2019s buses for nearly two weeks.'];
    const stop = shortestAt('2021-03-10', texts, 'a strike that had halted');
    expect([stop.date.start, stop.date.end]).toEqual(['2021-02-24', '2021-03-09']);
    expect(shortestAt('2021-03-10', texts, 'Drivers voted').date.start).toBe('2021-03-09');
  });

  it('"reopened on May 3 a footbridge which had been closed for six weeks"', () => {
    const texts = ['Engineers reopened on May 3 a footbridge which had been closed for six weeks.'];
    const stop = shortestAt('2021-06-01', texts, 'which had been closed');
    expect([stop.date.start, stop.date.end]).toEqual(['2021-03-23', '2021-05-03']);
  });

  it('"lifted on 12 August a curfew that had lasted ten days"', () => {
    const texts = ['The governor lifted on 12 August a curfew that had lasted ten days.'];
    const stop = shortestAt('2021-09-01', texts, 'a curfew that had lasted');
    expect([stop.date.start, stop.date.end]).toEqual(['2021-08-03', '2021-08-12']);
  });

  it('told in the simple past the stop still runs on from its day', () => {
    const texts = ['A landslide on 2 February shut the coast road for three weeks.'];
    const e = shortestAt('2021-06-01', texts, 'shut the coast road');
    expect([e.date.start, e.date.end]).toEqual(['2021-02-02', '2021-02-22']);
  });
});
