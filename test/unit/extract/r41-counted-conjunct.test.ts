import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 41 (c41): a count from a happening in an undated conjunct beside a dated one, on sentences written for this test.

describe('r41-counted-conjunct: "X reopened five days after the flooding, and on Friday …" counts from the flooding', () => {
  it('the undated first conjunct takes the day counted from the happening its phrase names', () => {
    // 2 March 2026 + 5 days = 7 March; the second conjunct keeps its own Friday.
    const texts = ['Heavy rain fell all day on March 2, and by nightfall the river had flooded the market square. The square reopened five days after the flooding, and on Friday the stallholders came back.'];
    const e = shortestAt('2026-03-20', texts, 'reopened five days after the flooding');
    expect([e.date.start, e.date.rule]).toEqual(['2026-03-07', 'sequence/counted-from-happening']);
    const friday = shortestAt('2026-03-20', texts, 'stallholders came back');
    expect(friday.date.start).toBe('2026-03-20');
  });

  it('a count from a happening the text never dated leaves the conjunct before publication', () => {
    const texts = ['The square reopened five days after the inspection, and on Friday the stallholders came back.'];
    const e = shortestAt('2026-03-20', texts, 'reopened five days after the inspection');
    expect([e.date.mod, e.date.rule]).toEqual(['before', 'narrative-order/before-publication']);
  });
});
