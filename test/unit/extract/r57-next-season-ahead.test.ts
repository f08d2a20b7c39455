import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (a57): "next summer" told in spring, while that summer is still ahead in the same year, is the summer a
// year on: the one still ahead is what "this summer" names. Every sentence here was written for this test.

describe('"next" before a season still ahead this year', () => {
  it('told in late spring, "next summer" is the following year\'s', () => {
    const texts = ['The guild of bookbinders in Prellow will hold its first open fair next summer, its secretary said.'];
    const ev = shortestAt('2011-05-20', texts, 'next summer');
    expect(ev.date.start).toBe('2012-06');
    expect(ev.date.end).toBe('2012-08');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('told two seasons ahead, the year after is likelier but flagged', () => {
    const texts = ['A new footbridge over the Dallam brook is to be built next autumn, the district board decided.'];
    const ev = shortestAt('2011-03-14', texts, 'next autumn');
    expect(ev.date.start).toBe('2012-09');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('"this summer" told in late spring stays the summer ahead', () => {
    const texts = ['The guild of bookbinders in Prellow will hold its first open fair this summer, its secretary said.'];
    const ev = shortestAt('2011-05-20', texts, 'this summer');
    expect(ev.date.start).toBe('2011-06');
  });

  it('told in December, "next spring" is the spring just ahead', () => {
    const texts = ['A new footbridge over the Dallam brook is to be built next spring, the district board decided.'];
    const ev = shortestAt('2011-12-02', texts, 'next spring');
    expect(ev.date.start).toBe('2012-03');
  });

  it('"next winter" told in spring is still the winter ahead', () => {
    const texts = ['The ferry to Kelsa Holm may not sail at all next winter, its owner warned.'];
    const ev = shortestAt('2013-04-09', texts, 'next winter');
    expect(ev.date.start).toBe('2013-12');
  });
});
