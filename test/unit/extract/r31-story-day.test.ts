import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (b31): the day "the same day" counts from. Every sentence here was written for this test (none comes from
// an eval set or a probe).

describe('an earlier day told in a relative aside closing its sentence is background to the story\'s day', () => {
  const texts = ['Inspectors visited the dairy on Tuesday, March 9. They found milk below the standard, which was raised to 3.5 % fat on Feb. 1. The milk was poured away the same day.'];
  it('"the same day" is still the visit\'s day', () => {
    const d = shortestAt('2021-03-20', texts, 'poured away').date;
    expect(d.start).toBe('2021-03-09');
  });
  it('the aside keeps its own day', () => {
    const d = shortestAt('2021-03-20', texts, 'raised to').date;
    expect(d.start).toBe('2021-02-01');
  });
  it('a later day in such an aside still moves the story on', () => {
    const d = shortestAt('2021-03-20', ['Inspectors visited the dairy on Tuesday, March 9. They wrote to the owner, which prompted a second visit on March 12. The milk was poured away the same day.'], 'poured away').date;
    expect(d.start).toBe('2021-03-12');
  });
});

describe('a where-clause closing the sentence with a date of its own is a happening of its own', () => {
  // 2021-03-20 is a Saturday.
  const texts = ['Engineers went back today to the quarry, where a wall collapsed on Thursday night.'];
  it('the where-clause keeps its own day, titled without "where"', () => {
    const e = shortestAt('2021-03-20', texts, 'wall collapsed');
    expect(e.date.start).toBe('2021-03-18');
    expect(e.title).not.toMatch(/^where/i);
  });
  it('the clause before keeps its own', () => {
    expect(shortestAt('2021-03-20', texts, 'went back').date.start).toBe('2021-03-20');
  });
  it('an undated where-clause stays with its clause', () => {
    const d = shortestAt('2021-03-20', ['The choir sang in 1975 at the chapel, where it was recorded.'], 'recorded').date;
    expect(d.start).toBe('1975');
  });
});

describe('a clock time with no day of its own keeps the story\'s day beside a short length or "shortly after ten"', () => {
  // 2021-03-20 is a Saturday; the vote was on Thursday.
  const lead = 'The parish council voted on the plan on Thursday night.';
  it('"suspended the sitting for ten minutes at 7.45 p.m."', () => {
    const d = shortestAt('2021-03-20', [`${lead} The clerk suspended the sitting for ten minutes at 7.45 p.m.`], 'suspended').date;
    expect([d.start, d.mod]).toEqual(['2021-03-18', undefined]);
  });
  it('"…, and locked the hall shortly after eleven"', () => {
    const d = shortestAt('2021-03-20', [`${lead} The clerk suspended the sitting at 7.45 p.m., and locked the hall shortly after eleven.`], 'suspended').date;
    expect([d.start, d.mod]).toEqual(['2021-03-18', undefined]);
  });
  it('"Shortly after the vote" is still a step on from it', () => {
    const d = shortestAt('2021-03-20', [`${lead} Shortly after the vote, the clerk went home.`], 'went home').date;
    expect(d.start).not.toBe(d.end ?? '');
    expect(d.start).toBe('2021-03-18');
  });
});
