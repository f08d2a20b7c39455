import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. "since it closed" after a clause whose object the subject owns by
// "its" ("has cut its first stone") was titled "It closed": that object is the subject's own, no rival for "it".

const PUB = '2024-06-14';

describe('r57-since-it-titles: "since it <verb>" names the clause subject its own object leaves', () => {
  it('r57-since-it-titles: an object opened by "its" is no rival for "it"', () => {
    const text = 'The Brackenhurst quarry has cut its first stone since it closed in 1992.';
    const e = shortestAt(PUB, [text], 'since it closed');
    expect(e.title).toBe('Brackenhurst quarry closed');
    expect(e.date.start).toBe('1992');
  });
});
