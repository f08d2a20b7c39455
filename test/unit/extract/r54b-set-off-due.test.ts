import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54b): "said a new bus lane, due to open in January, would …": a schedule set off by commas after a noun
// is still ahead of the telling, like "will", so a yearless month in it is the next one, not the one just gone.
// Every sentence here was written for this test.

describe('a set-off "due to" schedule places its month ahead', () => {
  it('a month before publication\'s in the year is next year\'s', () => {
    const texts = ['The planning officer said a new bus lane, due to open in January, would cut the journey by ten minutes.'];
    expect(shortestAt('2006-03-15', texts, 'due to open').date.start).toBe('2007-01');
  });

  it('"was due to" set in a relative clause is not read so', () => {
    const texts = ['The planning officer said the bus lane, which was due to open in January, had been held up by a burst main.'];
    expect(shortestAt('2006-03-15', texts, 'due to open').date.start).not.toBe('2007-01');
  });
});
