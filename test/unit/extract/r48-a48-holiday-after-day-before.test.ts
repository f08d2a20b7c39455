import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a holiday in the sentence right after an old day (sentences written for this test).

describe('r48-a48-holiday-after-day-before: "… on 3 February 1961. We dug for weeks and opened again at Easter"', () => {
  it('is the first Easter after that day, not the last before publication', () => {
    const texts = ['He still talks of the landslide of 3 February 1961, which buried the yard. "We dug for six weeks and opened again for Easter," he said.'];
    expect(shortestAt('1980-06-10', texts, 'opened again').date.start).toBe('1961-04-02');
  });
});
