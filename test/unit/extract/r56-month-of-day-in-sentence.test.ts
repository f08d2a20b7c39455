import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56): a bare past month that is the very month of an older day the same sentence's story is at ("posted
// the form three days later, and the answer came in the middle of March") goes on in that month's year, not in
// publication's. Every sentence here was written for this test.

describe('a bare month after an older day of its own sentence', () => {
  it('is the month of that day', () => {
    const texts = ['The Pellowfield bakery burned down on 28 February 2017. The owner filed a claim three days later, and the insurer paid out in the middle of March.'];
    const ev = shortestAt('2018-04-11', texts, 'insurer paid out');
    expect(ev.date.start).toBe('2017-03');
  });

  it('a month other than the day\'s keeps the reading it had', () => {
    const texts = ['The Harnaby mill flooded on 3 January 2015. The owner filed a claim two days later, and the insurer paid out in March.'];
    const ev = shortestAt('2016-06-01', texts, 'insurer paid out');
    expect(ev.date.start).not.toBe('2015-01');
  });
});
