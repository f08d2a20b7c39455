import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55b): a past doing set after an opening "After the <year> <happening>," with no count between, falls
// within that year (afterHappeningInYear in bounded-clauses.ts). Every sentence here was written for this test.

describe('a past doing after an opening happening known only to its year', () => {
  it('"After the 1902 flood, the town raised its banks" is in 1902', () => {
    const texts = ['After the 1902 flood, the town raised its banks by two feet.'];
    const d = shortestAt('2020-05-12', texts, 'raised its banks').date;
    expect([d.start, d.mod]).toEqual(['1902', undefined]);
  });

  it('"After the 1927 fire, the brewers moved their vats" is in 1927', () => {
    const texts = ['The brewery stands on Colwick Lane.', 'After the 1927 fire, the brewers moved their vats to a stone shed.'];
    const d = shortestAt('2020-05-12', texts, 'moved their vats').date;
    expect([d.start, d.mod]).toEqual(['1927', undefined]);
  });

  it('after a happening that is a stretch ("the 1911 drought") keeps the bare bound', () => {
    const texts = ['After the 1911 drought, the farm was sold to a neighbour.'];
    const d = shortestAt('2020-05-12', texts, 'farm was sold').date;
    expect([d.start, d.mod]).toEqual(['1911', 'after']);
  });

  it('a bound closing a clause ("led the repairs after the 1936 gale,") keeps the bare bound', () => {
    const texts = ['The old mason who led the repairs after the 1936 gale, a quiet man, died in his sleep.'];
    const d = shortestAt('2020-05-12', texts, 'led the repairs').date;
    expect(d.mod).toBe('after');
  });
});
