import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): "until the middle of <month>" ends a stretch as "until <month>" does (sentences written for this test).

describe('r49-a49-until-part-of-month: a hedged month after "until"', () => {
  it('"have until the middle of March to" runs from publication to that month', () => {
    const texts = ['Allotment rents', 'Tenants have until the middle of March to pay the new rent, the society said.'];
    const e = shortestAt('2024-11-20', texts, 'have until');
    expect(e.date.start).toBe('2024-11-20');
    expect(e.date.end).toBe('2025-03');
    expect(e.date.mod).toBeUndefined();
  });

  it('"will stay shut until early April" likewise', () => {
    const texts = ['Lido repairs', 'The lido will stay shut until early April.'];
    const e = shortestAt('2024-11-20', texts, 'stay shut');
    expect(e.date.start).toBe('2024-11-20');
    expect(e.date.end).toBe('2025-04');
  });
});
