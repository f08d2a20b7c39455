import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a holiday told as ahead in a sentence that names its year (sentences written for this test).

describe('r48-a48-holiday-year-in-sentence: "Next year … will get the Easter Monday off"', () => {
  it('is next year\'s Easter Monday, not the one just past', () => {
    const texts = ['Next year the regatta moves to spring, so rowers will race on Easter Monday.'];
    const e = shortestAt('2016-04-05', texts, 'rowers will race');
    expect(e.date.start).toBe('2017-04-17');
  });

  it('a holiday told in the past keeps the last one', () => {
    const texts = ['The rowers raced on Easter Monday.'];
    expect(shortestAt('2016-04-05', texts, 'rowers raced').date.start).toBe('2016-03-28');
  });
});
