import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 52 (a52b): a happening named again by its year ("the 1962 storm") is the one a day written earlier in that
// year told, and a season counted on from it is the first after that day. Every sentence here was written for this test.

describe('"After the <year> <noun>, … the following summer" counts from the day the noun was told on', () => {
  const texts = [
    'A storm wrecked the far end of the pier on February 9, 1962, and the town has argued over it ever since.',
    'It was first opened in 1871 for steamers that called twice a day.',
    'After the 1962 storm, the council fenced off the ruined end. A shorter deck was laid across the gap the following summer.',
  ];

  it('a February storm: the summer after it is that same year\'s', () => {
    const ev = shortestAt('2015-03-10', texts, 'shorter deck was laid');
    expect([ev.date.start, ev.date.end]).toEqual(['1962-06', '1962-08']);
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('not when the earlier day\'s sentence told no such noun: a bare year in focus, the summer is the next year\'s', () => {
    const other = [texts[0], texts[1], 'After the 1962 election, the council fenced off the ruined end. A shorter deck was laid across the gap the following summer.'];
    const ev = shortestAt('2015-03-10', other, 'shorter deck was laid');
    expect(ev.date.start).toBe('1963-06');
  });
});
