import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): entries of a dated list headed "<date> - " (sentences written for this test).

describe('r48-a48-dash-list-entry: a list entry headed by a date and a dash', () => {
  const texts = [
    'How the canal came back',
    '1972 - The last barge is unloaded at Kelby wharf.',
    '1988 - A flood closes the towpath to walkers for two weeks in October.',
    'Last autumn - Volunteers clear the cut of weed.',
    'March - The trust, which runs the canal, repairs the top lock.',
  ];

  it('a body told in the present is the head year\'s happening, not one after it', () => {
    const e = shortestAt('2021-06-15', texts, 'last barge is unloaded');
    expect(e.date.start).toBe('1972');
    expect(e.date.mod).toBeUndefined();
  });

  it('a month in the head year\'s first sentence is that year\'s', () => {
    expect(shortestAt('2021-06-15', texts, 'flood closes').date.start).toBe('1988-10');
  });

  it('"March -" heading an entry is the month, and the entry runs on past an aside to its verb', () => {
    const e = shortestAt('2021-06-15', texts, 'repairs the top lock');
    expect(e.date.start).toBe('2021-03');
  });

  it('the title does not open on the dash its date head left', () => {
    expect(shortestAt('2021-06-15', texts, 'last barge is unloaded').title).not.toMatch(/^[-–—:]/);
  });
});
