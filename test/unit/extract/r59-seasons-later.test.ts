import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): "three winters later", "two summers earlier": seasons counted from the time the story is at, as
// "the following summer" is. Every sentence here was written for this test.

describe('seasons counted on from the story', () => {
  it('counts on from a season with its year', () => {
    const texts = ['The wet summer of 1958 flooded the Drubwell orchard, and three summers later the owners sold it.'];
    const e = events('1990-05-01', ...texts).find((x) => quoteOf(x, texts).includes('three summers later'));
    expect(e?.date.start).toBe('1961-06');
  });

  it('counts back from a month with its year (the winter just ended is the first)', () => {
    const texts = ['The Cragwold tram stopped running in March 1970. Two winters earlier its brakes had failed.'];
    const e = events('1990-05-01', ...texts).find((x) => quoteOf(x, texts).includes('Two winters earlier'));
    expect(e?.date.start).toBe('1968-12');
  });
});
