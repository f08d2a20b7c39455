import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 41 (c41): a length begun on a clause's date is a stretch from that date, on sentences written for this test.

describe('r41-length-begun: "began N weeks of …" runs from the clause\'s date for the length told', () => {
  it('the clause\'s own verb: "The choir begins three weeks of rehearsals on Monday" (a Wednesday story)', () => {
    // 4 March 2026 is a Wednesday; the Monday ahead is 9 March, three whole weeks on is Monday 30 March.
    const e = shortestAt('2026-03-04', ['The Tallow Street choir begins three weeks of rehearsals on Monday in the old chapel.'], 'three weeks of rehearsals');
    expect([e.date.start, e.date.end]).toEqual(['2026-03-09', '2026-03-30']);
  });

  it('a clause of its own after the date: "… on Tuesday as a survey team began ten days of drilling"', () => {
    const texts = ['The quarry road was shut on Tuesday as a survey team began ten days of test drilling beside the reservoir.'];
    const own = shortestAt('2026-03-04', texts, 'ten days of test drilling');
    // Ten days counted from Tuesday 3 March, the first day in: 3 to 12 March.
    expect([own.date.start, own.date.end]).toEqual(['2026-03-03', '2026-03-12']);
    const road = events('2026-03-04', ...texts).find((e) => quoteOf(e, texts).startsWith('The quarry road was shut'));
    expect([road?.date.start, road?.date.end]).toEqual(['2026-03-03', undefined]);
  });

  it('an aside naming the start: "…, at the start of a two-year study" is its own event, to the same day two years on', () => {
    const texts = ['Forty oak saplings were planted on the common on 12 February, at the start of a two-year study by the parish council.'];
    const e = shortestAt('2026-03-04', texts, 'two-year study');
    expect([e.date.start, e.date.end]).toEqual(['2026-02-12', '2028-02-12']);
  });

  it('a count told as a time, not a length ("began two weeks later"), is left alone', () => {
    const texts = ['The ferry stopped running on 2 February, and repairs began two weeks later.'];
    for (const e of events('2026-03-04', ...texts)) expect(e.date.rule ?? '').not.toMatch(/length-begun/);
  });
});
