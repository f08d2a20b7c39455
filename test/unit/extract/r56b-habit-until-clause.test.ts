import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 56 (a56b): "had a bus every day until the company took over the route a decade ago": a habit is no event, but
// the clause "until" opens, with a subject and a past verb of its own, is a happening with its own date. A habit up to
// a bare date ("was manned every summer until 1979") stays a habit. Every sentence here was written for this test.

describe('a habit kept up until a dated clause of its own', () => {
  it('dates the until-clause', () => {
    const texts = ['The valley had a bus every day of the year until the Tessick bus company took over the route a decade ago.'];
    const ev = shortestAt('2011-05-09', texts, 'took over the route');
    expect(ev.date.start).toBe('2001');
    expect(quoteOf(ev, texts)).toBe('the Tessick bus company took over the route a decade ago.');
  });

  it('leaves a habit up to a bare date without an event', () => {
    const texts = ['The lookout hut on Stanmere Fell was manned every summer until 1979.'];
    expect(events('2011-05-09', ...texts).every((e) => e.date.start !== '1979')).toBe(true);
  });
});
