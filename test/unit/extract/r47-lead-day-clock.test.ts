import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 47 (s47): a past time of day with no day of its own, told after a day still ahead of publication, is on the
// report's own day (the first day it dated, within the week before publication), not on publication's, when it has
// one; with none it stays on publication's (r34-past-clock-after-plan). Every sentence here was written for this test.

describe('r47-lead-day-clock: after a plan, a past clock time is the lead\'s day', () => {
  it.each([
    [['The town board voted on Tuesday night to close the old pool.', 'The pool will shut on March 30. The meeting, which began at 7 p.m., ran until almost midnight.'], 'meeting', '2018-03-06'],
    [['Firefighters put out a blaze at the bakery on Monday.', 'The shop will reopen next Thursday. The alarm sounded at 4.40 a.m., a neighbour said.'], 'alarm sounded', '2018-03-05'],
  ])('%s', (texts, words, day) => {
    const d = shortestAt('2018-03-08', texts, words).date;
    expect(d).toMatchObject({ start: day, rule: 'narrative-focus/lead-day' });
  });

  it('a lead day more than a week before publication leaves the publication day', () => {
    const d = shortestAt('2018-03-08', ['The town board voted on February 20 to close the old pool.', 'The pool will shut on March 30. The meeting, which began at 7 p.m., ran until almost midnight.'], 'meeting').date;
    expect(d.start).toBe('2018-03-08');
  });
});
