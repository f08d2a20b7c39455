import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (g34): "the <weekday>" after background told in an older year or month stays on the story's day.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('"on the <weekday>" after a background year or month', () => {
  it('a year of a life told after the day leaves "the Tuesday" after that day, not before publication', () => {
    const texts = [
      'A climber who fell on Carrow Edge on Saturday, March 7, was found by a shepherd the next day.',
      'She had learned to climb in 1978 and led the county club in the spring of 1991.',
      'Her brother heard the news on the Tuesday and drove north.',
    ];
    const date = shortestAt('2015-10-20', texts, 'on the Tuesday').date;
    expect(date.start).toBe('2015-03-10');
    // The story might instead have gone back to the older year: the year is shown as a guess.
    expect(date.yearUncertain).toBe(true);
  });

  it('a founding year in an aside does not move "the Friday" to the week of publication', () => {
    const texts = [
      'The mill caught fire in the early hours of Wednesday, Feb. 4.',
      'It was built in 1852 and last changed hands in June 1990.',
      'Insurers sent an assessor on the Friday, and demolition began soon after.',
    ];
    expect(shortestAt('2009-09-15', texts, 'on the Friday').date.start).toBe('2009-02-06');
  });

  it('a month of an older year told as background keeps "the Sunday" in the story\'s week', () => {
    const texts = [
      'Two walkers were rescued from the flooded valley on Thursday, Nov. 12.',
      'The path was first waymarked in April 2001 by the parish council.',
      'Both were back at work on the Sunday, their employer said.',
    ];
    expect(shortestAt('2015-12-01', texts, 'on the Sunday').date.start).toBe('2015-11-15');
  });

  // Kept as it was: a part of a day after an older year may be told of that year, so only the weekday moved.
  it('"that night" after a background year is still read as the night of the day told', () => {
    const texts = [
      'Thieves broke into the parish church at Oakfold on Sunday, Aug. 9.',
      'The silver chalice they took was given to the church in 1788.',
      'Police stopped a van on the bypass that night and found it under a blanket.',
    ];
    expect(shortestAt('2015-09-30', texts, 'that night').date.start).toBe('2015-08-09');
  });

  it('a year after the day still moves the story on: "the Monday" is then not counted from the older day', () => {
    const texts = [
      'The ferry ran aground on Friday, May 3, 2002.',
      'In 2006 the company sold it to a scrap yard.',
      'Workers began cutting it up on the Monday.',
    ];
    expect(shortestAt('2010-04-01', texts, 'on the Monday').date.start).not.toBe('2002-05-06');
  });
});
