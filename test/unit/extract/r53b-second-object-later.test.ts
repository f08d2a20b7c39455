import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): "appealed to the mayor in March 2014 and to the regional minister the following month": a
// second object of the same verb with a date counted on from the first is a second happening, with the first's subject
// and verb, at its own date. Every sentence here was written for this test.

describe('"and to <noun> the following month" is a happening of its own', () => {
  const texts = ['The two sisters first appealed to the mayor in March 2014 and to the regional minister the following month.'];

  it('the second object takes the month after', () => {
    const ev = shortestAt('2017-05-10', texts, 'regional minister');
    expect(ev.date.start).toBe('2014-04');
    expect(ev.title).toBe('Two sisters first appealed to the regional minister');
  });

  it('the first keeps its own month', () => {
    expect(shortestAt('2017-05-10', texts, 'to the mayor').date.start).toBe('2014-03');
  });

  it('after a telling\'s "that", the pronoun and verb are shared', () => {
    const t = ['Dr Ingham told the hearing that she first appealed to the mayor in March 2014 and to the regional minister the following month.'];
    expect(shortestAt('2017-05-10', t, 'regional minister').title).toBe('Dr Ingham first appealed to the regional minister');
  });
});
