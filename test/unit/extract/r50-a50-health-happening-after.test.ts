import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (a50): a turn of health named by a noun after "after" ("after a stroke in May") is a happening of its own at
// its own date, as "after a vote" is. Every sentence here was written for this test.

describe('"after a <turn of health> in <month>"', () => {
  it('is its own event at its own month, and the clause keeps its month', () => {
    const texts = ['The choirmaster gave up the post in April after a stroke in February.'];
    expect(shortestAt('2018-09-20', texts, 'a stroke').date.start).toBe('2018-02');
    expect(shortestAt('2018-09-20', texts, 'gave up the post').date.start).toBe('2018-04');
  });

  it('so is an operation named with its part of the body', () => {
    const texts = ['The goalkeeper missed the final in May after a knee operation in March.'];
    expect(shortestAt('2018-09-20', texts, 'a knee operation').date.start).toBe('2018-03');
  });

  it('undated, a turn of health stays with its clause', () => {
    const texts = ['The organist died on 3 May after a long illness.'];
    const e = shortestAt('2018-09-20', texts, 'after a long illness');
    expect(e.date.start).toBe('2018-05-03');
  });
});
