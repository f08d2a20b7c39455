import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): an "until" stretch after a clause that itself ran "until" a date (sentences written for this test).

describe('r49-a49-until-after-until: the end of one stretch is no start of the next', () => {
  it('both stretches run from publication', () => {
    const texts = ['Harbour works', 'The slipway will stay closed until Friday while divers check the piles, and parking charges will stay suspended until June 30.'];
    const e = shortestAt('2024-05-12', texts, 'parking charges');
    expect(e.date.start).toBe('2024-05-12');
    expect(e.date.end).toBe('2024-06-30');
  });

  it('a dated clause before still starts the stretch', () => {
    const texts = ['Museum', 'The display opens on 20 May and will stay until September 1.'];
    const e = shortestAt('2024-05-12', texts, 'will stay until');
    expect(e.date.start).toBe('2024-05-20');
  });
});
