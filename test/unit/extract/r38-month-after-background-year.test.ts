import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (f38): a past month or day written without a year, more than four months before publication, took the
// year written in an earlier sentence of its paragraph even when that year was background: set off in an aside of the
// noun it describes ("Mr Orde, who first went to sea in 1996, …"), or left behind when the story moved on to a later
// date ("last renovated in 1987. A survey commissioned last spring …"). Such a month is the last one before
// publication, still flagged as a guess. A year in a plain earlier sentence the story goes on from still gives its year
// (year-route.test.ts, "that October" in r36-years-that-month.test.ts). Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a year in an aside of an earlier sentence does not carry to a bare past month', () => {
  it('a who-aside', () => {
    const texts = ['Ms Hollin, who joined the lifeboat crew in 1991, has been its coxswain for a decade. She gave evidence to the hearing in May.'];
    const e = shortestAt('2020-01-20', texts, 'gave evidence').date;
    expect(e.start).toBe('2019-05');
    expect(e.yearUncertain).toBe(true);
  });

  it('a which-aside', () => {
    const texts = ['The Tolland mill, which was built in 1887, employs forty people. Its main boiler failed in August.'];
    expect(shortestAt('2021-02-10', texts, 'boiler failed').date.start).toBe('2020-08');
  });

  it('an aside opened by a comma and a participle', () => {
    const texts = ['The footbridge, opened in 1974, carries 3,000 walkers a day. Engineers found cracks in one of its piers on July 9.'];
    expect(shortestAt('2016-01-12', texts, 'found cracks').date.start).toBe('2015-07-09');
  });
});

describe('a year the story has moved on from does not carry to a bare past month', () => {
  it('after "last spring"', () => {
    const texts = ['The pool was built in 1968 and last refitted in 1994. A survey commissioned by the council last spring found rot in its roof, and councillors first saw it at a meeting in June.'];
    expect(shortestAt('2019-01-15', texts, 'first saw it').date.start).toBe('2018-06');
  });

  it('after "last year"', () => {
    const texts = ['The library opened in 1979. Its lease ran out last year. Readers were told of the move at an evening session on June 3.'];
    expect(shortestAt('2022-01-25', texts, 'were told').date.start).toBe('2021-06-03');
  });

  it('after "three years ago"', () => {
    const texts = ['The depot was opened in 1952. Its owners put it up for sale three years ago. A haulier made the first offer in August.'];
    expect(shortestAt('2019-02-01', texts, 'made the first offer').date.start).toBe('2018-08');
  });
});

describe('what still takes the written year', () => {
  it('a year in the month\'s own sentence', () => {
    const texts = ['The harbour wall was breached in 1953, and in February the sea reached the market square.'];
    expect(shortestAt('2019-09-01', texts, 'reached the market').date.start).toBe('1953-02');
  });

  it('a plain earlier sentence the story goes on from', () => {
    const texts = ['The observatory opened in 2012. Its first telescope was damaged in a storm in October.'];
    expect(shortestAt('2020-08-05', texts, 'was damaged').date.start).toBe('2012-10');
  });
});
