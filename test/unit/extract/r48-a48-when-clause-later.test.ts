import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a when-clause with a date of its own, further on in a dated sentence (sentences written for this
// test).

describe('r48-a48-when-clause-later: "…, from a map found in the loft when the barn was rebuilt in 1972"', () => {
  const texts = ['Last spring she restored the old orchard, from a map found in the loft when the barn was rebuilt in 1972.'];

  it('the when-clause is its own happening at its year', () => {
    expect(shortestAt('1990-09-01', texts, 'barn was rebuilt').date.start).toBe('1972');
  });

  it('the main clause keeps its season', () => {
    expect(shortestAt('1990-09-01', texts, 'restored the old orchard').date.start).toBe('1990-03');
  });
});
