import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55): publication's own month told bare in the past, in a paragraph after the one that set the story at a
// month of last year, is the month just gone, not last year's: the story has come back to the present. Last year as
// a whole (r18's "Last year was the wettest. ¶ January was dry") still holds the story. Every sentence here was
// written for this test.

const texts = [
  'The Thrask reservoir was drained twice in the 1990s. Engineers found the dam sound, according to an inspection report published in April 2018.',
  'Snow lay on the moors for most of December, and on the 12th the reservoir froze over for the first time in a decade.',
];

describe('publication\'s month after a month of last year in an earlier paragraph', () => {
  it('is the month just gone', () => {
    const ev = shortestAt('2019-12-28', texts, 'Snow lay on the moors');
    expect(ev.date.start).toBe('2019-12');
  });

  it('and a day of it counted on is too', () => {
    const ev = shortestAt('2019-12-28', texts, 'froze over');
    expect(ev.date.start).toBe('2019-12-12');
  });

  it('in the same paragraph the story may still go on from last year\'s month', () => {
    const one = ['Engineers found the dam sound in an inspection in April 2018. Snow lay on the moors for most of December, and the reservoir froze over.'];
    const ev = shortestAt('2019-12-28', one, 'Snow lay on the moors');
    expect(ev.date.yearUncertain).toBe(true);
  });
});
