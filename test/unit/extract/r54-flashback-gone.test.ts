import { describe, expect, it } from 'vitest';
import { participle } from '../../../shared/extract/anchor';
import { shortestAt } from './event-lookup';

// Round 54 (c54): "had gone missing a month earlier" is a past-perfect flashback like "had been left a month earlier": an
// irregular participle with no -ed/-en/-wn ending ("gone", "done", "begun") is still a participle, so a count told in
// it steps back from the story's day and "the next morning" after it counts on from that day, not from the
// flashback's month. Every sentence here was written for this test.

describe('"had gone" is a past perfect', () => {
  it('participle() takes the irregular participles a suffix does not show', () => {
    for (const w of ['gone', 'done', 'begun', 'sunk']) expect(participle(w)).toBe(true);
    expect(participle('went')).toBe(false);
  });

  it('"the next morning" after "a lock that had gone missing a month earlier" is the morning after the story\'s day', () => {
    const texts = [
      'A brass lectern was taken from the chapel on the night of 9 June 1991. The intruders came in by a side door whose lock had gone missing a month earlier, and the caretaker raised the alarm the next morning.',
    ];
    expect(shortestAt('2011-02-12', texts, 'caretaker raised the alarm').date.start).toBe('1991-06-10');
  });
});
