import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (a39): "since the start of June" runs from the month's start up to now, as "since June" does; a tally of
// things since a date ("300 calls since Christmas Eve") runs up to the telling, now. Every sentence here was written
// for this test (none comes from an eval set or a probe).

describe('"since the start (beginning) of <month>" in the present perfect', () => {
  it('"has been less than half since the start of June" (the "since" in the subject)', () => {
    const e = shortestAt('2018-08-14', ['Rainfall on the moor since the start of June has been less than half the usual.'], 'Rainfall');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2018-06', '2018-08-14', undefined]);
  });

  it('"Sales have doubled since the beginning of March"', () => {
    const e = shortestAt('2018-08-14', ['Sales at the bakery have doubled since the beginning of March.'], 'Sales');
    expect([e.date.start, e.date.end]).toEqual(['2018-03', '2018-08-14']);
  });

  it('"The canal has been closed since the start of May"', () => {
    const e = shortestAt('2018-08-14', ['The canal has been closed to boats since the start of May.'], 'canal');
    expect([e.date.start, e.date.end]).toEqual(['2018-05', '2018-08-14']);
  });
});

describe('a tally since a date runs up to publication', () => {
  it('"thanked neighbours for more than 200 calls since Boxing Day"', () => {
    const e = shortestAt('2017-01-04', ['The coastguard thanked neighbours for more than 200 calls since Boxing Day.'], 'thanked');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2016-12-26', '2017-01-04', undefined]);
  });

  it('"praised crews for forty rescues since November"', () => {
    const e = shortestAt('2017-01-04', ['The chief officer praised the crews for forty rescues since November.'], 'praised');
    expect([e.date.start, e.date.end]).toEqual(['2016-11', '2017-01-04']);
  });

  it('"counted 1,200 visitors since New Year\'s Day"', () => {
    const e = shortestAt('2017-01-20', ["Stewards counted 1,200 visitors since New Year's Day."], 'counted');
    expect([e.date.start, e.date.end]).toEqual(['2017-01-01', '2017-01-20']);
  });

  it('a length is no tally: "It was two years since the flood of March 2014" stays a bound', () => {
    const e = shortestAt('2017-01-20', ['It was two years since the flood of March 2014.'], 'It was two years');
    expect(e.date.end).toBeUndefined();
  });
});
