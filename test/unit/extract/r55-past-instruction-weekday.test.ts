import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (s55): a weekday in an infinitive after an instruction or schedule told in the simple past ("were told to
// ... on Tuesday", "which was due to begin on Saturday") may fall on either side of publication: the telling is past,
// what it asked for ahead of the telling. The nearest such weekday. Every sentence here was written for this test.
// 18 March 2021 was a Thursday.

describe('a weekday after a past instruction is the nearest one', () => {
  it('an instruction for a day just gone', () => {
    const texts = ['Tenants on the lower floors of Pellowmere House were told to move their cars on Tuesday.'];
    expect(shortestAt('2021-03-18', texts, 'move their cars').date.start).toBe('2021-03-16');
  });

  it('a schedule for a day still to come', () => {
    const texts = ['The resurfacing of Drabbleton Row, which was due to begin on Saturday, has been put back by a month.'];
    expect(shortestAt('2021-03-18', texts, 'due to begin').date.start).toBe('2021-03-20');
  });

  it('a schedule for a day just gone', () => {
    const texts = ['The footbridge at Drabbleton Row, which was due to reopen on Monday, is still fenced off.'];
    expect(shortestAt('2021-03-18', texts, 'due to reopen').date.start).toBe('2021-03-15');
  });

  it('an asking that reaches publication still points ahead', () => {
    const texts = ['Tenants on the lower floors of Pellowmere House have been asked to move their cars on Tuesday.'];
    expect(shortestAt('2021-03-18', texts, 'move their cars').date.start).toBe('2021-03-23');
  });
});
