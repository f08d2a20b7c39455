import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (l38): "for twelve years, then sold it in 1975": a length whose end is the next step, joined by "then",
// runs up to that step's date. Every sentence here was written for this test.

const span = (text: string, words: string) => {
  const e = shortestAt('2021-05-10', [text], words);
  return [e.date.start, e.date.end];
};

describe('a length of years ended by a step joined with "then"', () => {
  it('", then sold it in 1975"', () => {
    expect(span('Ivor Penn kept the corner shop for twelve years, then sold it in 1975.', 'kept the corner shop')).toEqual(['1963', '1975']);
  });

  it('", then moved to Canada in 2003"', () => {
    expect(span('She played hockey for the county for nine years, then moved to Canada in 2003.', 'played hockey')).toEqual(['1994', '2003']);
  });

  it('", then in 1990 moved to the coast": the date before the verb', () => {
    expect(span('The Orrs lived above the forge for 11 years, then in 1990 moved to the coast.', 'lived above the forge')).toEqual(['1979', '1990']);
  });
});
