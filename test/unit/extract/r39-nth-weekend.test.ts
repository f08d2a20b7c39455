import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (b39): "the last weekend of July", "the first weekend in August", "the second weekend of next month": a
// weekend counted within a month, as "the last Saturday of July" already was: that Saturday and the Sunday after it.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a weekend counted within a month', () => {
  it('"the last weekend of July"', () => {
    const e = shortestAt('2019-05-26', ['The harbour fair takes place on the last weekend of July.'], 'harbour fair');
    expect([e.date.start, e.date.end]).toEqual(['2019-07-27', '2019-07-28']);
  });

  it('"the first weekend in August", told in the future', () => {
    const e = shortestAt('2019-05-26', ['The rowing regatta will be held on the first weekend in August.'], 'regatta');
    expect([e.date.start, e.date.end]).toEqual(['2019-08-03', '2019-08-04']);
  });

  it('"the second weekend of next month"', () => {
    const e = shortestAt('2019-05-26', ['The garden trail opens on the second weekend of next month.'], 'garden trail');
    expect([e.date.start, e.date.end]).toEqual(['2019-06-08', '2019-06-09']);
  });

  it('a weekday so counted is unchanged: "the last Saturday of July"', () => {
    const e = shortestAt('2019-05-26', ['The sheep show is on the last Saturday of July.'], 'sheep show');
    expect([e.date.start, e.date.end]).toEqual(['2019-07-27', undefined]);
  });
});
