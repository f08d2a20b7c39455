import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55): "the Monday after the bakery shuts" counts from the happening the clause's verb names (the shutting),
// not from an older one its subject's noun names (the bakery's opening), and only from a happening told to the day;
// a weekday told as still to come is never placed before publication. Every sentence here was written for this test.

const texts = [
  'The Ardith Street bakery will shut for good on March 30, forty years after it first opened.',
  'On Christmas Eve 1990 the owner kept the bakery open all night to bake for a wedding.',
  'The decision to shut was taken in January. Its old bread oven, which a college has asked for, will be taken away on the Monday after the bakery shuts.',
];

describe('a weekday counted from a clause after "after"', () => {
  it('counts from the day the clause\'s verb names', () => {
    // Saturday 11 March 2023; Thursday 30 March is the shutting, the Monday after it 3 April.
    const ev = shortestAt('2023-03-11', texts, 'will be taken away');
    expect(ev.date.start).toBe('2023-04-03');
  });

});
