import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 54 (b54): "No. 7" is a number sign, not the "no" that makes a sentence no plan: "The No. 7 tram will stop short
// of the square for the duration of the festival" is a plan timed by a happening the story names. Every sentence here
// was written for this test.

describe('a number sign does not read as a negation', () => {
  it('a plan for a numbered thing is kept', () => {
    const texts = ['The No. 7 tram will stop short of the square for the duration of the festival.'];
    const ev = shortestAt('2014-05-02', texts, 'tram will stop');
    expect(ev.date.start).toBe('2014-05-02');
    expect(ev.date.mod).toBe('after');
  });

  it('"no" as a word still makes it no plan', () => {
    const texts = ['No tram will stop at the square for the duration of the festival.'];
    expect(events('2014-05-02', ...texts).some((e) => quoteOf(e, texts).includes('tram will stop'))).toBe(false);
  });
});
