import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53 (a53): a date inside a clause "since" opens, told in the past ("since sales began on March 8"), has come,
// whatever the main verb after it says. Every sentence here was written for this test.

describe('a date in a past clause opened by "since" is not pushed ahead by a future main verb', () => {
  it('the day the clause tells is the last one before publication', () => {
    const texts = ['Passes bought since the pool reopened after repairs on March 2 will be valid for a year, the manager said.'];
    const ev = shortestAt('2018-06-20', texts, 'pool reopened');
    expect(ev.date.start).toBe('2018-03-02');
    expect(ev.date.yearUncertain ?? false).toBe(false);
  });

  it('a "since" clause with a future verb keeps its future', () => {
    const texts = ['Since the bridge will close on March 2, the buses will run a longer route.'];
    const ev = shortestAt('2018-02-20', texts, 'bridge will close');
    expect(ev.date.start).toBe('2018-03-02');
  });
});
