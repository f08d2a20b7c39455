import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (s54): "had gone", "had begun", "had come" are past perfects though their participles end neither in -ed nor
// in -en/-wn: a count told in one ("a crane that had gone idle a month earlier") is a flashback, and the clause after it
// is back at the story's day, which "the next morning" counts from. Every sentence here was written for this test.

describe('a count in a "had gone" clause steps back from the day in focus', () => {
  const texts = [
    'A bronze heron was prised off the town fountain on the night of 9 October 2004.',
    'Its plinth had gone loose a month earlier, and the damage came to light the next morning.',
  ];

  it('"the next morning" counts from the story\'s day, not the flashback\'s month', () => {
    expect(shortestAt('2004-11-02', texts, 'damage came to light').date.start).toBe('2004-10-10');
  });

  it('"had begun" reads the same', () => {
    const t = [
      'The ferry ran aground off the point on Friday, March 4, 2011.',
      'Crews checked a storm wall whose repair had begun a month earlier, and the harbour reopened the following day.',
    ];
    expect(shortestAt('2011-03-20', t, 'harbour reopened').date.start).toBe('2011-03-05');
  });
});
