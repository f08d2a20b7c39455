import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (a34): a past day written without its year, told while an article looks back at an old story. Every
// sentence here was written for this test (none comes from an eval set or a probe).

describe('an anniversary piece: a yearless past day a few days after the old day it looks back to', () => {
  it('"Ten years ago this week, on March 2, 2012, …" then "pulled from the rubble on March 4", past a service on Sunday', () => {
    const texts = [
      'Ten years ago this week, on March 2, 2012, a gas blast levelled the bakery on Mill Row.',
      'The village will hold a service on Sunday.',
      'The last survivor was pulled from the rubble on March 4.',
    ];
    const e = shortestAt('2022-03-05', texts, 'last survivor');
    expect(e.date.start).toBe('2012-03-04');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('"the flood of 9 November 1995" in a paper of 11 November: "the river fell back on 12 November"', () => {
    const texts = [
      'Residents gathered on the bridge yesterday to remember the flood of 9 November 1995, which drowned four people.',
      'The river did not fall back below the wall until 12 November, and the army left a week after that.',
    ];
    const e = shortestAt('2020-11-11', texts, 'fall back');
    expect(e.date.start).toBe('1995-11-12');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('the old day is a fortnight before publication in the calendar: a yearless day days after it keeps its own year', () => {
    const texts = ['The pier burned down on June 1, 1999.', 'The last of the debris was cleared on June 4.'];
    const e = shortestAt('2019-06-20', texts, 'debris');
    // Not an anniversary: the old story's day lies weeks before publication's; the year is read as before.
    expect(e.date.start.startsWith('2019-06-04') || e.date.yearUncertain).toBe(true);
  });

  it('a recent old day is no anniversary of an old story: "on March 2, 2021" a year back keeps the tense\'s reading', () => {
    const texts = ['The plant closed on March 2, 2021.', 'A buyer came forward on March 4.'];
    expect(shortestAt('2021-03-06', texts, 'buyer').date.start).toBe('2021-03-04');
  });
});

describe('a story told day by day years back goes on after background years written since its day', () => {
  it('a day after older years told in a paragraph between ("built in 1911 and inspected in 1989")', () => {
    const texts = [
      'The mill burned down on March 2, 1990.',
      'It had been built in 1911 and was inspected in 1989.',
      'Crews fought the fire for two days, and the last flames were put out on March 4.',
    ];
    const e = shortestAt('2022-03-10', texts, 'last flames');
    expect(e.date.start).toBe('1990-03-04');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('a January day after a December day in focus is the next January', () => {
    const e = shortestAt('2022-06-10', ['The barn burned down on December 28, 1990. The last cattle were sold on January 2.'], 'cattle');
    expect(e.date.start).toBe('1991-01-02');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('after an old founding year in the sentence before ("set up in 1950"), a day after the story\'s day', () => {
    const texts = ['The union walked out on 3 May 1984.', 'The branch had been set up in 1950.', 'Talks broke down again on 20 May.'];
    const e = shortestAt('2016-09-01', texts, 'Talks broke down');
    expect(e.date.start).toBe('1984-05-20');
  });

  it('a present perfect\'s "since" is not a day of the old story: it runs to publication', () => {
    const texts = ['The lighthouse keeper retired on October 3, 1988.', 'The cottages were built in 1870.', 'The lamp has been dark since Oct. 20.'];
    const e = shortestAt('2023-11-15', texts, 'lamp');
    expect(e.date.start.startsWith('1988')).toBe(false);
  });
});
