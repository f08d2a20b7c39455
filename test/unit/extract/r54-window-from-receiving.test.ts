import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (b54): "has 21 days from receiving a letter to reply" is a window to act, as "from the verdict" already was:
// a gerund and its object may say what the window runs from. Every sentence here was written for this test.

describe('a window to act counted "from <doing> a thing"', () => {
  it('runs from publication for its length', () => {
    const texts = ['Tenants who object can write to the housing board.', 'The board has 21 days from receiving a letter to reply.'];
    const ev = shortestAt('2021-05-12', texts, 'The board has 21 days');
    expect(ev.date.start).toBe('2021-05-12');
    expect(ev.date.end).toBe('2021-06-02');
  });
});
