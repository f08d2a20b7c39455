import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (a34): a past time of day with no day of its own, told after a day still ahead of publication. Every
// sentence here was written for this test.

describe('a past clock time after a planned day: the publication day, not the day ahead', () => {
  it('"Roads will reopen tomorrow. The water rose … just after noon."', () => {
    const e = shortestAt('2023-05-06', ['Roads will reopen tomorrow. The water rose above the bridge just after noon.'], 'water rose');
    expect(e.date.start).toBe('2023-05-06');
  });

  it('"The match is scheduled for Tuesday. Fans began queuing at 7.30am."', () => {
    const e = shortestAt('2023-05-06', ['The match is scheduled for Tuesday. Fans began queuing at 7.30am.'], 'queuing');
    expect(e.date.start).toBe('2023-05-06');
  });

  it('a plan named in the paragraph before: "The museum will reopen on Thursday." then "The alarm went off at 2.15am"', () => {
    const e = shortestAt('2021-09-11', ['The museum will reopen on Thursday.', 'The alarm went off at 2.15am, and guards found the side door forced.'], 'alarm');
    expect(e.date.start).toBe('2021-09-11');
  });

  it('after a past day the clock time is still that day\'s', () => {
    const e = shortestAt('2023-05-06', ['The storm reached the coast on Wednesday. The sea wall failed at 9pm.'], 'sea wall');
    expect(e.date.start).toBe('2023-05-03');
  });
});
