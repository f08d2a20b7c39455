import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 53 (a53): a past-perfect clause inside a dated clause, with a date of its own ("a bus route it had dropped the
// previous year"), is an event on that date; the clause keeps its own. Every sentence here was written for this test.

describe('a past-perfect clause with its own date is an event of its own', () => {
  it('a contact clause counted from the clause\'s year', () => {
    const texts = ['In 2009 the county told the operator to bring back a night bus route it had dropped the previous year.'];
    const ev = shortestAt('2015-03-02', texts, 'had dropped');
    expect(ev.date.start).toBe('2008');
    const told = events('2015-03-02', ...texts).find((e) => quoteOf(e, texts).startsWith('In 2009'));
    expect(told?.date.start).toBe('2009');
  });

  it('after "which", a written year', () => {
    const texts = ['The trust reopened the tower in May 2012, which the storms had damaged in 1987.'];
    const ev = shortestAt('2015-03-02', texts, 'had damaged');
    expect(ev.date.start).toBe('1987');
  });

  it('not a clause in the simple past', () => {
    const texts = ['In 2009 the county told the operator to bring back a night bus route it dropped in 2008.'];
    expect(events('2015-03-02', ...texts).some((e) => quoteOf(e, texts).startsWith('it dropped'))).toBe(false);
  });
});

describe('a past-perfect clause ending in a stretch of two years', () => {
  it('is one event over the stretch, not one more at its last year', () => {
    const texts = ['The treasurer stood down in March after it came out that she had billed the club for taxis between 2012 and 2014.'];
    const found = events('2016-05-10', ...texts).filter((e) => quoteOf(e, texts).startsWith('she had billed'));
    expect(found.map((e) => [e.date.start, e.date.end])).toEqual([['2012', '2014']]);
  });
});
