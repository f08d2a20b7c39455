import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (a38): "for most of the next fortnight", "over the following week", "over the previous week": a week or
// fortnight asked for as a stretch runs on from the day after the day in focus (or back to the day before it), not
// the calendar week after that day's week. Every sentence here was written for this test (none comes from an eval
// set or a probe).

describe('a week or fortnight asked for as a stretch is counted from the day in focus', () => {
  it('"for the next week" after a day: the seven days after it', () => {
    const texts = ['The Harrowby ferry broke down on 3 May.', 'Passengers were carried by bus for the next week.'];
    const e = shortestAt('2010-06-20', texts, 'carried by bus');
    expect([e.date.start, e.date.end]).toEqual(['2010-05-04', '2010-05-10']);
  });

  it('"During the following week" opening a sentence', () => {
    const texts = ['Floodwater reached the mill on Thursday 11 February.', 'During the following week the owners pumped out the cellars.'];
    const e = shortestAt('2010-03-20', texts, 'pumped out the cellars');
    expect([e.date.start, e.date.end]).toEqual(['2010-02-12', '2010-02-18']);
  });

  it('"over the previous fortnight" ends on the day before the day in focus', () => {
    const texts = ['The old pier at Sandle was reopened on 20 June.', 'Painters had worked on the railings over the previous fortnight.'];
    const e = shortestAt('2010-07-02', texts, 'Painters had worked');
    expect([e.date.start, e.date.end]).toEqual(['2010-06-06', '2010-06-19']);
  });

  it('"for most of the next fortnight": the fortnight after the day', () => {
    const texts = ['The first test flight, on 2 August, ended early.', 'Fog kept the glider grounded for most of the next fortnight.'];
    const e = shortestAt('2010-09-01', texts, 'kept the glider grounded');
    expect([e.date.start, e.date.end]).toEqual(['2010-08-03', '2010-08-16']);
  });

  it('"the following week" with no stretch word is still the calendar week after', () => {
    const texts = ['The mayor resigned on Tuesday 9 March.', 'The following week his deputy took over.'];
    const e = shortestAt('2010-04-01', texts, 'his deputy took over');
    expect(e.date.rule).not.toMatch(/^week-stretch/);
  });
});
