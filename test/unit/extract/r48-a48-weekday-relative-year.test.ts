import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a weekday written before a day and month that "next year" or "last year" places (sentences written
// for this test).

describe('r48-a48-weekday-relative-year: "on Friday 3 March next year" is that day, not a Friday of this week', () => {
  it('the weekday belongs to the day the words place next year', () => {
    const texts = ['The rebuilt lido will open to swimmers on Friday 3 March next year.'];
    const e = shortestAt('2016-06-14', texts, 'lido will open');
    expect(e.date.start).toBe('2017-03-03');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('so does one with a comma before the day, last year', () => {
    const texts = ['The old pier was closed on Sunday, 9 August last year.'];
    expect(shortestAt('2016-06-14', texts, 'pier was closed').date.start).toBe('2015-08-09');
  });
});
