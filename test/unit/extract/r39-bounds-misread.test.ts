import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (a39): a "before" or "after" that does not bound the date after it. "appeared before magistrates on
// Monday" is in front of a body; "A letter posted before the war began was delivered on Monday" has its conjunction's
// clause inside the subject, and the date is the main verb's. Every sentence here was written for this test.

describe('"before" a plural body with no determiner', () => {
  it('"appeared before magistrates in Carrow on Monday": on the Monday', () => {
    const e = shortestAt('2016-01-06', ['The driver appeared before magistrates in Carrow on Monday, charged with theft.'], 'appeared');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-04', undefined]);
  });

  it('"gave evidence before MPs on Tuesday"', () => {
    const e = shortestAt('2016-01-07', ['Two directors gave evidence before MPs on Tuesday.'], 'gave evidence');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-05', undefined]);
  });

  it('"spoke before shareholders at the annual meeting on Monday"', () => {
    const e = shortestAt('2016-01-07', ['The chief executive spoke before shareholders at the annual meeting on Monday.'], 'spoke');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-04', undefined]);
  });

  it('a clause after the body still bounds: "before judges arrived on Monday"', () => {
    const e = shortestAt('2016-01-07', ['The farmers sold the herd before judges arrived on Monday.'], 'sold the herd');
    expect(e.date.mod).toBe('before');
  });
});

describe('a bounding clause inside the subject, the main verb after it', () => {
  it('"posted before the war began was delivered on Monday"', () => {
    const e = shortestAt('2016-01-07', ['A letter posted before the war began was delivered on Monday.'], 'delivered');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-04', undefined]);
  });

  it('"stolen after the gallery opened was found in a barn on Friday"', () => {
    const e = shortestAt('2016-01-07', ['A painting stolen after the gallery opened was found in a barn on Friday.'], 'found in a barn');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-01', undefined]);
  });

  it('"lent before most of the staff were born was handed back on Tuesday"', () => {
    const e = shortestAt('2016-01-07', ['A map lent out before most of the staff were born was handed back on Tuesday.'], 'handed back');
    expect([e.date.start, e.date.mod]).toEqual(['2016-01-05', undefined]);
  });

  it('the bound stays when the passive is the conjunction\'s own: "before the bridge was repaired on Monday"', () => {
    const e = shortestAt('2016-01-07', ['The road was shut before the bridge was repaired on Monday.'], 'road was shut');
    expect(e.date.mod).toBe('before');
  });

  it('"after about a hundred were taken ill on Monday" still bounds', () => {
    const e = shortestAt('2016-01-07', ['Schools closed after about a hundred were taken ill on Monday.'], 'Schools closed');
    expect(e.date.mod).toBe('after');
  });
});
