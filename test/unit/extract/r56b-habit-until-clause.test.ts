import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 56 (a56b): "had a post van every day until the firm took over the round eight years ago": a habit is no event, but
// the clause "until" opens, with a subject and a past verb of its own, is a happening with its own date. A habit up to
// a bare date ("was manned every summer until 1979") stays a habit. Every sentence here was written for this test.

describe('a habit kept up until a dated clause of its own', () => {
  it('dates the until-clause', () => {
    const texts = ['The hamlet had a post van every day until the Tessick carrier firm took over the round eight years ago.'];
    const ev = shortestAt('2011-05-09', texts, 'took over the round');
    expect(ev.date.start).toBe('2003');
    expect(quoteOf(ev, texts)).toBe('the Tessick carrier firm took over the round eight years ago.');
  });

  it('leaves a habit up to a bare date without an event', () => {
    const texts = ['The lookout hut on Stanmere Fell was manned every summer until 1979.'];
    expect(events('2011-05-09', ...texts).every((e) => e.date.start !== '1979')).toBe(true);
  });
});
