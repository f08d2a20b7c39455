import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (a57): a year made possessive right before a holiday inside it ("this year's Boxing Day hunt") narrows to
// that day, as a day set off after the year does. Every sentence here was written for this test.

describe('a possessive year before a day inside it', () => {
  it('"At this year\'s Christmas Day swim", told at the year\'s end, is 25 December', () => {
    const texts = ['At this year\'s Christmas Day swim in Corrabay harbour, 64 bathers had braved the water.'];
    const ev = shortestAt('2018-12-30', texts, 'bathers had braved');
    expect(ev.date.start).toBe('2018-12-25');
  });

  it('"last year\'s Christmas Eve concert" is 24 December of the year before', () => {
    const texts = ['Last year\'s Christmas Eve concert raised £900 for the Corrabay lifeboat.'];
    const ev = shortestAt('2018-02-20', texts, 'concert raised');
    expect(ev.date.start).toBe('2017-12-24');
  });
});
