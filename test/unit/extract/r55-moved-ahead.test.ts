import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55): a time something has been moved (put back, postponed) to, told in the present perfect, present or
// future, is still ahead, though the perfect's participle reads as a past. Every sentence here was written for this
// test.

describe('a new time given in the present perfect', () => {
  it('"has been pushed back to the autumn" in a spring paper is this autumn', () => {
    const texts = ['The repainting of the Ostrey lighthouse, which was due to start next week, has been pushed back to the autumn.'];
    const ev = shortestAt('2015-04-20', texts, 'pushed back');
    expect(ev.date.start).toBe('2015-09');
  });

  it('"has been put back until" a month later in the year is that month ahead', () => {
    const texts = ['The reopening of the Brindle swimming baths has been put back until October.'];
    const ev = shortestAt('2015-04-20', texts, 'put back');
    expect(ev.date.start).toBe('2015-10');
  });

});
