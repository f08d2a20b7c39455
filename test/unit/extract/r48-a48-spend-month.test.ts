import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): "spend May …": the month as the time spent (sentences written for this test).

describe('r48-a48-spend-month: "May" after "spend" is the month', () => {
  it('a plan to spend May walking is next May', () => {
    const texts = ['The couple hope to spend May walking the coast path.'];
    expect(shortestAt('2014-01-22', texts, 'walking the coast').date.start).toBe('2014-05');
  });
});
