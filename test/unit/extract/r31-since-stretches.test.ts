import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (b31): stretches from "since" that probes 19 and 21 left open or placed on the start alone. Every sentence
// here was written for this test (none comes from an eval set or a probe).

describe('a degree word between "have" and the participle keeps the present perfect', () => {
  it('"which have nearly doubled since March" runs from March up to publication', () => {
    const d = shortestAt('2021-11-10', ['The bonds, which have nearly doubled since March, slipped 2 percent today.'], 'nearly doubled').date;
    expect([d.start, d.end, d.mod]).toEqual(['2021-03', '2021-11-10', undefined]);
  });
  it('"have more than halved since 2015" too', () => {
    const d = shortestAt('2021-11-10', ['Bus fares on the island have more than halved since 2015.'], 'halved').date;
    expect([d.start, d.end]).toEqual(['2015', '2021-11-10']);
  });
});

describe('"is the third <happening> since <date>" counts happenings up to now', () => {
  it('a present count runs from the date to publication', () => {
    const d = shortestAt('2021-11-10', ['This is the fourth landslide on the coast path since June.'], 'fourth landslide').date;
    expect([d.start, d.end]).toEqual(['2021-06', '2021-11-10']);
  });
  it('a past count is left after the date, and a first is still a record', () => {
    const past = shortestAt('2021-11-10', ['It was the fourth landslide on the coast path since June.'], 'fourth landslide').date;
    expect(past.end).toBeUndefined();
    const first = shortestAt('2021-11-10', ['This is the first landslide on the coast path since June.'], 'first landslide').date;
    expect(first.end).toBeUndefined();
  });
});

describe('a bare "since" or "the years since <gerund>" in a present perfect counts from the happening before', () => {
  it('"They have not lost since." after a dated sentence runs from its day to publication', () => {
    const d = shortestAt('2021-11-10', ['The side lost 3-0 away on Oct. 2.', 'They have not lost since.'], 'not lost').date;
    expect([d.start, d.end]).toEqual(['2021-10-02', '2021-11-10']);
  });
  it('"have spent the years since restoring it", a sentence of its own', () => {
    const d = shortestAt('2021-11-10', ['The Ormsbys bought the chapel in 1994.', 'They have spent the years since restoring it.'], 'years since').date;
    expect([d.start, d.end]).toEqual(['1994', '2021-11-10']);
  });
  it('and as a conjunct after "and have"', () => {
    const d = shortestAt('2021-11-10', ['The Ormsbys bought the chapel in 1994 and have spent the years since restoring it.'], 'years since').date;
    expect([d.start, d.end]).toEqual(['1994', '2021-11-10']);
  });
  it('not "the years since" before a date of its own', () => {
    const d = shortestAt('2021-11-10', ['The Ormsbys bought the chapel in 1994.', 'They have spent the years since 2001 restoring it.'], 'years since').date;
    expect(d.start).toBe('2001');
  });
});

describe('a past-perfect stretch from "since" ends at the telling, not at a second thing told beside it', () => {
  it('"told investors this morning that bookings had climbed since Jan. 4, and that Valentine\'s Day had been the busiest"', () => {
    const texts = ["The resort's owner told investors during a telephone briefing this morning that bookings had climbed sharply since the first snowfall on Jan. 4, and that Valentine's Day had been the busiest day of the season."];
    const d = shortestAt('2022-02-20', texts, 'bookings had climbed').date;
    expect([d.start, d.end]).toEqual(['2022-01-04', '2022-02-20']);
  });
  it('a later happening that ends the stretch still does', () => {
    const d = shortestAt('2021-06-20', ['The walkers had been missing since Friday and were found on Sunday.'], 'missing').date;
    expect([d.start, d.end]).toEqual(['2021-06-18', '2021-06-20']);
  });
  it('a date in an earlier conjunct ends that conjunct, not the stretch: it runs to the story\'s day', () => {
    // 2021-03-01 is a Monday; the story's day is the Friday before.
    const texts = ['The singer died on Friday.', 'Mrs Dale had worked at the mill for 20 years until it closed in 2015, and had sung in the choir since 2012.'];
    const d = shortestAt('2021-03-01', texts, 'choir').date;
    expect([d.start, d.end]).toEqual(['2012', '2021-02-26']);
  });
});
