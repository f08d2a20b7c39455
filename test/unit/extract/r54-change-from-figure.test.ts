import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): "fell from 40 in 2012 to six last year": the date of a change's first figure is where it is measured
// from; the change is dated by the figure it reached. Every sentence here was written for this test.

describe('a change from one figure to another is dated by the figure it reached', () => {
  it('a year counted from publication closes the change', () => {
    const texts = ['Complaints about the night buses went down from 40 in 2012 to six last year.'];
    const ev = shortestAt('2017-03-02', texts, 'Complaints about the night buses');
    expect(ev.date.start).toBe('2016');
  });

  it('a written year closes the change', () => {
    const texts = ['Takings at the pier rose from £2.1 million in 2009 to £3.4 million in 2013 after the arcade reopened.'];
    const ev = shortestAt('2017-03-02', texts, 'Takings at the pier');
    expect(ev.date.start).toBe('2013');
  });

  it('a range of years is still a range', () => {
    const texts = ['The mill ran from 1921 to 1958 under the same family.'];
    const ev = shortestAt('2017-03-02', texts, 'The mill ran');
    expect(ev.date.start).toBe('1921');
  });
});
