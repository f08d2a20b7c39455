import { describe, expect, it } from 'vitest';
import { nopub, shortestAt } from './event-lookup';

// Round 42 (c42): counts and lengths, on sentences written for this test.

describe('r42-day-years-ago: "on 9 May 31 years ago" keeps its day, in the year counted back from publication', () => {
  it('a day before the month: "sank on 9 May 31 years ago" is 9 May 1995 in a 2026 story, not the month of May', () => {
    const e = shortestAt('2026-03-04', ['The ferry Kittiwake sank on 9 May 31 years ago off Brannock Point.'], 'sank on 9 May');
    expect([e.date.start, e.date.end ?? null]).toEqual(['1995-05-09', null]);
  });

  it('a month before the day and a count in words set off by a comma: "on June 3, twenty years ago"', () => {
    const e = shortestAt('2026-03-04', ['The two sisters opened the bakery on June 3, twenty years ago, with a borrowed oven.'], 'opened the bakery');
    expect(e.date.start).toBe('2006-06-03');
  });

  it('a month with a count of years and no day ("in May 10 years ago") stays a month', () => {
    const e = shortestAt('2026-03-04', ['The tannery shut in May 10 years ago and never reopened.'], 'The tannery shut');
    expect(e.date.start).toBe('2016-05');
  });

  it('without a publication date the count names no year: no year is given as certain', () => {
    for (const e of nopub('The ferry Kittiwake sank on 9 May 31 years ago off Brannock Point.')) expect(e.date.start.startsWith('1995') && !e.date.yearUncertain).toBe(false);
  });
});
