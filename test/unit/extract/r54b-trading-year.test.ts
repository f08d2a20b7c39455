import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54, second wave (e54): a shop's or maker's "trading year" is its accounting year, the twelve months that end
// (or open) on the day named, as a "financial year" is. Every sentence here was written for this test.

describe('"the trading year ending / that ended / that began on <day>" is twelve months', () => {
  it('ending on a day with its year', () => {
    const texts = ['The bakery chain expects to close nine counters in the trading year ending January 31, 2012.'];
    const ev = shortestAt('2011-05-03', texts, 'close nine counters');
    expect([ev.date.start.slice(0, 7), ev.date.end]).toEqual(['2011-02', '2012-01-31']);
  });

  it('that ended on a day, the year from publication', () => {
    const texts = ['The glove maker sold 40,000 pairs abroad in its trading year that ended on August 31.'];
    const ev = shortestAt('2009-11-20', texts, 'sold 40,000 pairs');
    expect([ev.date.start.slice(0, 7), ev.date.end]).toEqual(['2008-09', '2009-08-31']);
  });

  it('that began on a day', () => {
    const texts = ['The toy shop took on four apprentices in its trading year that began on July 1.'];
    const ev = shortestAt('2014-09-12', texts, 'four apprentices');
    expect([ev.date.start, ev.date.end]).toEqual(['2014-07-01', '2015-06-30']);
  });
});
