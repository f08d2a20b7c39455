import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 52 (a52b): a bare month in a conjunct with a pronoun subject and a verb of its own ("…, and he was made … in
// April") is not told in the year the first conjunct dated: that year or the latest such month before publication, a
// reader cannot tell, so the year is shown as a guess. Every sentence here was written for this test.

describe('", and <pronoun> <verb> … in <month>" after a clause dated by a bare year', () => {
  const texts = [
    'The cheesemaker, who has died at 71, opened his dairy on the hill farm in 1979.',
    'He won a regional prize for his blue cheeses in 2006, and he was made president of the growers\' guild in April, the youngest to hold the post.',
  ];

  it('with a publication date: the month is not shown certain in the first conjunct\'s year', () => {
    const ev = shortestAt('2009-09-20', texts, 'made president');
    expect(ev.date.yearUncertain).toBe(true);
    expect(ev.date.start).toBe('2009-04');
  });

  it('without one: the year is flagged as a guess too', () => {
    const ev = shortestNoPub(texts, 'made president');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('the first conjunct keeps its own year', () => {
    const ev = shortestAt('2009-09-20', texts, 'won a regional prize');
    expect(ev.date.start).toBe('2006');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('a month of the season the first conjunct wrote is still that season\'s, and certain', () => {
    const season = ['My uncle kept the coastguard hut in the wet summer of 1985, and he logged forty gales in one August, his daughter recalled.'];
    const ev = shortestAt('2012-05-01', season, 'logged forty gales');
    expect(ev.date.start).toBe('1985-08');
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});
