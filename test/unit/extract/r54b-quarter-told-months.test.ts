import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54, second wave (e54): "the third quarter, August to October, …": a company whose year is not the
// calendar's names the months of its quarter (half) beside it, and those months are the stretch. Every sentence
// here was written for this test.

describe('a quarter or half followed by its months in commas is those months', () => {
  it('a quarter across the turn of the year', () => {
    const texts = ['The workshop sold 900 sledges in its second quarter, December to February, a record for it.'];
    const ev = shortestAt('2003-04-16', texts, 'sold 900 sledges');
    expect([ev.date.start, ev.date.end]).toEqual(['2002-12', '2003-02']);
  });

  it('a half that is not the calendar\'s', () => {
    const texts = ['For the kite maker, the second half, October to March, brought a loss.'];
    const ev = shortestAt('2014-06-10', texts, 'brought a loss');
    expect([ev.date.start, ev.date.end]).toEqual(['2013-10', '2014-03']);
  });

  it('months that are not the part\'s length are left alone', () => {
    const texts = ['Kite orders slumped in the third quarter, May to June, after a wet spell.'];
    const ev = shortestAt('2014-11-10', texts, 'Kite orders slumped');
    expect(ev.date.rule).not.toBe('quarter/told-months');
  });
});
