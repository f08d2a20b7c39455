import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54, second wave (e54): a company's interim "half-year to / ending <date>" is the six months that end then,
// as "the six months to" already was. Every sentence here was written for this test.

describe('"the half-year ending / to <date>" is six months', () => {
  it('ending on a day', () => {
    const texts = ['The rope works lost 2 million crowns in the half-year ending June 30, its directors said on Monday.'];
    const ev = shortestAt('2013-08-14', texts, 'rope works lost');
    expect([ev.date.start.slice(0, 7), ev.date.end]).toEqual(['2013-01', '2013-06-30']);
  });

  it('to a month, without the hyphen', () => {
    const texts = ['Orders for the kiln maker doubled in the half year to March.'];
    const ev = shortestAt('2018-05-22', texts, 'Orders for the kiln');
    expect([ev.date.start, ev.date.end]).toEqual(['2017-10', '2018-03']);
  });
});
