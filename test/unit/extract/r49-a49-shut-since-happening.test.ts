import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a state set off after a noun, "since" a happening given a date (sentences written for this test).

describe('r49-a49-shut-since-happening: "X, closed since the floods in March, ..." runs to publication', () => {
  it('is the stretch from the happening\'s month to publication, as "closed since March" is', () => {
    const texts = ['Footbridge news', 'The riverside footbridge, closed since the floods in March, will be inspected next week.'];
    const e = shortestAt('2024-06-11', texts, 'footbridge, closed since');
    expect(e.date.start).toBe('2024-03');
    expect(e.date.end).toBe('2024-06-11');
    expect(e.date.mod).toBeUndefined();
  });
});
