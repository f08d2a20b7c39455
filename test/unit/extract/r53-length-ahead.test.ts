import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 53 (b53): a length still to come, opening its paragraph with no date to start from, runs from publication.
// Every sentence here was written for this test.

describe('"is expected to take about N days" with no date of its own runs from publication', () => {
  it('counts the days from publication, the first one included', () => {
    const texts = ['The culvert under Moss Lane collapsed after the storm, the highways office said.', 'Relaying the pipe is expected to take about six days, after which the lane will be resurfaced.'];
    const ev = shortestAt('2021-03-09', texts, 'Relaying the pipe');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-03-09', '2021-03-14']);
    expect(ev.date.rule).toBe('length/ahead-from-publication');
  });

  it('weeks, told with "should last"', () => {
    const texts = ['The chapel roof leaks badly, the trustees said.', 'The repairs should last three weeks.'];
    const ev = shortestAt('2021-03-09', texts, 'The repairs should last');
    expect([ev.date.start, ev.date.end]).toEqual(['2021-03-09', '2021-03-29']);
  });

  it('not after a dated sentence of the same paragraph, which the length may go on from', () => {
    const found = events('2021-03-09', 'Painting of the footbridge begins on Monday, March 15. The work should take about two weeks.').filter((e) => e.date.rule === 'length/ahead-from-publication');
    expect(found).toEqual([]);
  });
});
