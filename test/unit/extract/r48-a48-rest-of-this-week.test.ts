import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): "the rest of this week" (sentences written for this test).

describe('r48-a48-rest-of-this-week: what is left of the week, from publication on', () => {
  it('a Wednesday story: Wednesday to Sunday', () => {
    const texts = ['The harbour master will keep the slipway shut for the rest of this week.'];
    const e = shortestAt('2011-03-09', texts, 'keep the slipway shut');
    expect(e.date.start).toBe('2011-03-09');
    expect(e.date.end).toBe('2011-03-13');
  });
});
