import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 29 (h29): families of wrong dates that probes 7, 14 and 19 showed. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a clause told as done after a bound that reaches publication ends at publication', () => {
  it('a present perfect telling after "this week"', () => {
    const texts = ['After the harbour talks collapsed this week, the ferry company has said it will cut its winter sailings.'];
    const d = shortestAt('2021-03-12', texts, 'ferry company').date;
    expect([d.start, d.end, d.mod]).toEqual(['2021-03-08', '2021-03-12', undefined]);
  });
  it('a plain past after "this month"', () => {
    const texts = ['Following the flood this month, the council closed the riverside path.'];
    const d = shortestAt('2021-03-12', texts, 'council closed').date;
    expect(d.mod).toBeUndefined();
    expect(d.end).toBe('2021-03-12');
  });
  it('not a clause still to come', () => {
    const texts = ['After the harbour talks collapsed this week, the ferry company will cut its winter sailings.'];
    expect(shortestAt('2021-03-12', texts, 'ferry company').date.rule).not.toMatch(/after-clause-until-publication/);
  });
});
