import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a timetable in the present while the story is at days still ahead (sentences written for this test).

describe('r48-a48-timetable-ahead: "The long break then runs from 21 December" after days ahead', () => {
  const texts = ['The new term will begin on 3 September and end on 18 December. The long break then runs from 21 December to 4 January.'];

  it('is ahead of publication, not the December just gone', () => {
    expect(shortestAt('2029-06-12', texts, 'long break then runs').date.start).toBe('2029-12-21');
  });

  it('a past form before the date leaves it to the tense ("a raid attempted on …")', () => {
    const past = ['The shop will reopen on 3 September. Police are still looking at a raid attempted on 21 December.'];
    expect(shortestAt('2029-06-12', past, 'raid attempted').date.start).toBe('2028-12-21');
  });
});
