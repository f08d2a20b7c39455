import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 53 (a53): a year closing a participle phrase on a preposition's noun ("after two harvests ruined by hail in
// 2004 and 2005") dates that noun's happening, not the clause that another date ("this year's") already dates. Every
// sentence here was written for this test.

describe('a participle phrase on a preposition\'s noun, closed by its own years, is an event of its own', () => {
  const texts = ['The growers had hoped this year\'s fair would draw the crowds back after two harvests ruined by hail in 2004 and 2005.'];

  it('the phrase takes its years, as one stretch', () => {
    const ev = shortestAt('2007-05-14', texts, 'harvests ruined');
    expect([ev.date.start, ev.date.end]).toEqual(['2004', '2005']);
    expect(ev.date.yearUncertain ?? false).toBe(false);
  });

  it('the clause keeps the date it had', () => {
    const all = events('2007-05-14', ...texts);
    const hoped = all.find((e) => quoteOf(e, texts).includes('had hoped'));
    expect(hoped?.date.start).toBe('2007');
  });

  it('a single year, after "for"', () => {
    const one = ['The mayor unveiled this week\'s plaque for a bridge rebuilt by the county in 1962.'];
    const ev = shortestAt('2011-09-22', one, 'bridge rebuilt');
    expect(ev.date.start).toBe('1962');
  });

  it('not a noun with no participle after it', () => {
    const plain = ['The growers had hoped this year\'s fair would draw the crowds back after two poor harvests in 2004 and 2005.'];
    const all = events('2007-05-14', ...plain);
    expect(all.some((e) => quoteOf(e, plain).startsWith('two poor harvests'))).toBe(false);
  });
});
