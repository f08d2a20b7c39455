import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): "the fixtures for next year" names what the noun is for, not when its clause happens (sentences
// written for this test).

describe('r48-a48-noun-for-year: a year hung on a noun by "for" does not date the clause\'s month', () => {
  it('"will announce their fixtures for next year by the end of June" is this June', () => {
    const texts = ['The bowls clubs will announce their fixtures for next year by the end of June.'];
    const e = shortestAt('2021-03-09', texts, 'will announce their fixtures');
    expect(e.date.start.slice(0, 4)).toBe('2021');
  });

  it('a verb before "for" keeps the year for the clause ("is booked for next year, in June")', () => {
    const texts = ['The brass band contest is booked for next year, in June.'];
    const e = shortestAt('2021-03-09', texts, 'in June');
    expect(e.date.start).toBe('2022-06');
  });
});
