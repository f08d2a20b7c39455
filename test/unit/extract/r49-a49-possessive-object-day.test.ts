import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a day in the possessive owning a past verb's object (sentences written for this test).

describe('r49-a49-possessive-object-day: "set today\'s date a year later" counts from the date before', () => {
  const texts = [
    'Island votes for new flag',
    'The island council agreed to the design in June 2016 and set today\'s ceremony two years later. Crowds gathered at the pier at dawn.',
  ];

  it('the count goes on from the month told before, not from the day the possessive names', () => {
    expect(shortestAt('2018-09-03', texts, 'set today').date.start).toBe('2018-06');
  });

  it('a day in the possessive that opens its clause still moves the story', () => {
    const t = ['Cup tie', "Saturday's match was abandoned at half-time. It was replayed three days later."];
    expect(shortestAt('2018-09-03', t, 'replayed').date.start).toBe('2018-09-04');
  });
});
