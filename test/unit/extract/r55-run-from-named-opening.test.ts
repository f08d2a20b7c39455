import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (b55): "It will stay open until 5 January" starts at an opening the article named earlier by the noun with
// a day of its own ("the rink's opening on Friday"), not at publication. Every sentence here was written for this test.

describe('a run whose opening the article named earlier', () => {
  const texts = [
    'Hundreds of skaters queued for the rink\'s opening on Friday evening, when the mayor took the first lap.',
    'Hot chestnuts are sold beside the barrier. It will stay open in the square until 5 January.',
  ];

  it('runs from the opening to its end', () => {
    const ev = shortestAt('2023-11-28', texts, 'stay open in the square');
    expect(ev.date.start).toBe('2023-11-24');
    expect(ev.date.end).toBe('2024-01-05');
  });

  it('an opening still to come at publication starts nothing', () => {
    const ahead = ['Skaters are queuing for tickets to the rink\'s opening on Friday.', 'It will stay open in the square until 5 January.'];
    const ev = shortestAt('2023-11-21', ahead, 'stay open in the square');
    expect(ev.date.start).not.toBe('2023-11-24');
  });
});
