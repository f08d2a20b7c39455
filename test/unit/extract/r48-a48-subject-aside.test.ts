import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a dated subject, an undated aside on it, then its predicate (sentences written for this test).

describe('r48-a48-subject-aside: "In May the mill, which grinds oats, cut its hours"', () => {
  const texts = ['In May the mill, which grinds oats for the valley, cut its opening hours to save fuel.'];

  it('the clause runs on past the aside to its verb, with the opening date', () => {
    const e = shortestAt('2017-09-12', texts, 'cut its opening hours');
    expect(e.date.start).toBe('2017-05');
    expect(e.title).toBe('Mill cut its opening hours to save fuel');
  });
});
