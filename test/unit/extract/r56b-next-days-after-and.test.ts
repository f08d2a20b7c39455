import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 56 (a56b): "was spotted on 2 June and drew crowds daily for the next fortnight": a second predicate
// told over "the next" days or weeks after the first's day runs from that day to the count's end, whatever its verb;
// the first predicate keeps its day. Every sentence here was written for this test.

describe('"and … for the next fortnight" after a dated first predicate', () => {
  const texts = ['The crack in the dam wall was first seen on 19 May and widened steadily for the next fortnight.'];

  it('runs from the day to the end of the count', () => {
    const whole = events('2014-06-04', ...texts).find((e) => quoteOf(e, texts).endsWith('next fortnight.'));
    expect([whole?.date.start, whole?.date.end]).toEqual(['2014-05-19', '2014-06-02']);
  });

  it('keeps the first predicate on its day', () => {
    const first = events('2014-06-04', ...texts).find((e) => quoteOf(e, texts) === 'The crack in the dam wall was first seen on 19 May');
    expect([first?.date.start, first?.date.end]).toEqual(['2014-05-19', undefined]);
  });
});
