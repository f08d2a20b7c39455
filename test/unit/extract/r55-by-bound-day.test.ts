import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (c55): a past "by <day>" ("By Thursday evening the crew had filled the sandbags") with no step told before
// it in its paragraph is dated on that day; with a step before it, it still runs from that step; a month keeps its
// "before". Every sentence here was written for this test.

describe('a past "by <day>" with nothing to count from', () => {
  it('is dated on the day the "by" names', () => {
    const texts = ['By Thursday evening the volunteers had filled 3,000 sandbags along the harbour wall at Brisdale.'];
    const ev = shortestAt('2022-03-12', texts, 'filled 3,000 sandbags');
    expect(ev.date.start).toBe('2022-03-10');
    expect(ev.date.mod ?? null).toBeNull();
    expect(ev.date.end ?? null).toBeNull();
  });

  it('a tally reached by a weekday is that day', () => {
    const texts = ['The new ferry across the estuary had carried 900 passengers by Tuesday, its owners said.'];
    const ev = shortestAt('2022-03-12', texts, 'carried 900 passengers');
    expect(ev.date.start).toBe('2022-03-08');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('a step told before it still gives the start', () => {
    const texts = ['A water main under the school burst on Monday. By Thursday evening the crew had pumped out the cellar.'];
    const ev = shortestAt('2022-03-12', texts, 'pumped out the cellar');
    expect([ev.date.start, ev.date.end]).toEqual(['2022-03-07', '2022-03-10']);
  });

  it('a month keeps its "before"', () => {
    const texts = ['By February the choir had raised £4,000 for the organ.'];
    const ev = shortestAt('2022-03-12', texts, 'raised £4,000');
    expect(ev.date.mod).toBe('before');
  });
});
