import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (s54): a year closing a "since" clause that a present perfect runs on from ("has rehomed 400 ponies since
// it was founded in 1996") starts a stretch up to now, background to the day the story is at: "the following night" after it
// still counts from that day. "The following year" still counts from the clause's year. Every sentence here was
// written for this test.

describe('a "since" clause year under a present perfect leaves the day in focus', () => {
  it('a part of a day counts from the day told before', () => {
    const texts = [
      'Twelve ponies were turned out on the moor at first light on Tuesday, April 9.',
      'The charity has rehomed about 400 ponies since it was founded in 1996.',
      'A shepherd said the first pony crossed the cattle grid the following night.',
    ];
    expect(shortestAt('2019-05-22', texts, 'crossed the cattle grid').date.start).toBe('2019-04-10');
  });

  it('a flashback open before it stays open: the story is still at its day', () => {
    const texts = [
      'Twelve ponies were turned out on the moor at first light on Tuesday, April 9. A few had been seized from a dealer last autumn. The charity has rehomed about 400 ponies since it was founded in 1996.',
      'A shepherd said the first pony crossed the cattle grid the following night.',
    ];
    expect(shortestAt('2019-05-22', texts, 'crossed the cattle grid').date.start).toBe('2019-04-10');
  });

  it('"the following year" still counts from the clause\'s year', () => {
    const texts = [
      'Twelve ponies were turned out on the moor at first light on Tuesday, April 9.',
      'The barn has been unused since a dairy farmer sold it in 2003.',
      'It was sold at auction the following year.',
    ];
    expect(shortestAt('2019-05-22', texts, 'sold at auction').date.start).toBe('2004');
  });
});
