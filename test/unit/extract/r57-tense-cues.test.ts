import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (a57): three readings of the verb that governs a date. Every sentence here was written for this test.

describe('a clock time told in words is no infinitive', () => {
  it('"at ten to five on Saturday" in a past clause is the Saturday just gone', () => {
    // 14 June 1992 was a Sunday.
    const texts = ['At ten to five on Saturday morning, Wilbert Gossage unlocked his forge for the final time.'];
    const ev = shortestAt('1992-06-14', texts, 'unlocked his forge');
    expect(ev.date.start).toBe('1992-06-13');
  });
});

describe('"can", "may" or "must" before a passive looks ahead', () => {
  it('"can be reserved until noon on Friday" runs to the coming Friday', () => {
    // 17 April 2012 was a Tuesday.
    const texts = ['Places on the harbour cruise can be reserved by telephone until noon on Friday.'];
    const ev = shortestAt('2012-04-17', texts, 'can be reserved');
    expect(ev.date.end ?? ev.date.start).toBe('2012-04-20');
  });

  it('"may be handed in on Monday" is the Monday ahead', () => {
    const texts = ['Ballot papers may be handed in at the clubhouse at noon on Monday.'];
    const ev = shortestAt('2012-04-17', texts, 'may be handed in');
    expect(ev.date.start).toBe('2012-04-23');
  });

  it('an active verb after "can" tells of an ability, and leaves a past clause in the past', () => {
    const texts = ['A workshop that can mend clocks was handed the broken one on Friday.'];
    const ev = shortestAt('2012-04-17', texts, 'was handed');
    expect(ev.date.start).toBe('2012-04-13');
  });
});

describe('"is due to be" looks ahead', () => {
  it('a season with no word before it is the one to come', () => {
    const texts = ['The footbridge over the Sarrock cut is due to be replaced in the autumn.'];
    const ev = shortestAt('2017-03-09', texts, 'due to be replaced');
    expect(ev.date.start).toBe('2017-09');
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});
