import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 22 (n22): counts from a happening, counted stretches, "since" shapes and clock times. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('clock times with no day of their own', () => {
  it('two clock times in one past sentence both belong to the day in focus', () => {
    const pub = '2024-06-12'; // a Wednesday
    const texts = [
      'Anna Brekke, a nurse from Selby, rowed across Hallan Bay on Sunday.',
      'She pushed off from the north pier at 5.20 a.m. and reached the lighthouse shortly after 2 p.m., where a crowd was waiting.',
    ];
    const e = shortestAt(pub, texts, 'pushed off');
    expect(e.date.start).toBe('2024-06-09');
    expect(e.date.end).toBeUndefined();
    expect(e.title).not.toMatch(/a\.m\.|p\.m\./);
  });

  it('a clock time in a paragraph that names its own day takes that day, not the one before', () => {
    const pub = '2024-06-12';
    const texts = [
      'The ferry Solbris ran aground off Kalvoy on Saturday.',
      'On Monday divers checked the hull. At 3 p.m. a tug pulled the ship free.',
    ];
    const e = shortestAt(pub, texts, 'tug pulled');
    expect(e.date.start).toBe('2024-06-10');
  });

  it('a clock time beside a date of its own is not moved to the day in focus', () => {
    const pub = '2024-06-12';
    const texts = ['The ferry Solbris ran aground off Kalvoy on Saturday.', 'At 4 p.m. on Tuesday the owners said the ship would be towed to Berge.'];
    const e = shortestAt(pub, texts, 'owners said');
    expect(e.date.start).toBe('2024-06-11');
  });
});
