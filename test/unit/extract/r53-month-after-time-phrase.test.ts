import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53 (a53): a past verb, then a time phrase of its own ("in the thaw", "during the strike"), then a month: the
// month dates the verb, in the past, not a plan told in the past that the tense may have misread. Every sentence here
// was written for this test.

describe('a month after a past verb and an "in the ..." phrase dates that verb', () => {
  it('a month gone ten months before publication stays in its past year, not the coming one', () => {
    const texts = ['The warden said the footbridge was washed away in the great thaw in January and still lies in the river.'];
    const ev = shortestAt('2019-11-25', texts, 'washed away');
    expect(ev.date.start).toBe('2019-01');
    expect(ev.date.yearUncertain ?? false).toBe(false);
  });

  it('a plan told in the past, the month after "to the <noun>", keeps the near guess', () => {
    const texts = ['The mayor invited the pupils to the opening of the new library in January.'];
    const ev = shortestAt('2019-11-25', texts, 'invited the pupils');
    expect(ev.date.start).toBe('2020-01');
  });
});
