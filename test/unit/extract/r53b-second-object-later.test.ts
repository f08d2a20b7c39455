import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): "wrote to the landlord in March 2014 and to the housing office the following month": a
// second object of the same verb with a date counted on from the first is a second happening, with the first's subject
// and verb, at its own date. Every sentence here was written for this test.

describe('"and to <noun> the following month" is a happening of its own', () => {
  const texts = ['She and her brother first wrote to the landlord in March 2014 and to the housing office the following month.'];

  it('the second object takes the month after', () => {
    const ev = shortestAt('2017-05-10', texts, 'housing office');
    expect(ev.date.start).toBe('2014-04');
    expect(ev.title).toBe('She and her brother first wrote to the housing office');
  });

  it('the first keeps its own month', () => {
    expect(shortestAt('2017-05-10', texts, 'to the landlord').date.start).toBe('2014-03');
  });

  it('after a telling\'s "that", the pronoun and verb are shared', () => {
    const t = ['Mr Pell told the tribunal that he first wrote to the landlord in March 2014 and to the housing office the following month.'];
    expect(shortestAt('2017-05-10', t, 'housing office').title).toBe('Mr Pell first wrote to the housing office');
  });
});
