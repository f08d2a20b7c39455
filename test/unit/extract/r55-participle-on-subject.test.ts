import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (s55): a participle phrase or relative clause on the subject that closes on a date of its own ("taken
// ... nine years ago", "made in 1890") is the subject's own happening; the main verb after it, with a holiday of its own,
// is told in publication's year, not in the phrase's. Every sentence here was written for this test.

describe('a date closing a phrase on the subject does not date the main verb', () => {
  it('a holiday after a relative clause ending in a count back is this year\'s', () => {
    const texts = ['A bronze sundial that was taken from the square at Brindlecombe for repair nine years ago was set back on its pedestal on Boxing Day.'];
    const ev = shortestAt('2015-12-30', texts, 'set back on its pedestal');
    expect(ev.date.start).toBe('2015-12-26');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('a reduced relative ending in a count back is an event of its own', () => {
    const texts = ['A bronze sundial taken from the square at Brindlecombe for repair nine years ago was set back on its pedestal on Boxing Day, before the afternoon fair.'];
    expect(shortestAt('2015-12-30', texts, 'set back on its pedestal').date.start).toBe('2015-12-26');
    expect(shortestAt('2015-12-30', texts, 'taken from the square').date.start).toBe('2006');
  });

  it('a reduced relative ending in a written year does not date the main verb', () => {
    const texts = ['A brass clock made in 1890 was hung in the rebuilt tower at Tanswick on Christmas Eve.'];
    expect(shortestAt('2015-12-30', texts, 'was hung').date.start).toBe('2015-12-24');
    expect(shortestAt('2015-12-30', texts, 'made in 1890').date.start).toBe('1890');
  });

  it('a count back opening the sentence still dates its clause', () => {
    const texts = ['Nine years ago the bronze sundial was taken from the square at Brindlecombe for repair.'];
    expect(shortestAt('2015-12-30', texts, 'was taken').date.start).toBe('2006');
  });
});
