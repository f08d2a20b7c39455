import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 37 (a37): "had not seen her for 50 years" is a length of absence up to the clause's own happening, not a
// stretch of work the article dates elsewhere: it takes no span of that length from the article's years. Every
// sentence here was written for this test (none comes from an eval set or a probe).

describe('a negated length matches no span of the article', () => {
  const stretch = 'Mr Oakes worked at the Harle tannery until it closed in 2010.';

  it('"had not seen … for fifty years" keeps its own placing', () => {
    const texts = [stretch, 'At the station he met a cousin he had not seen for fifty years.'];
    expect(shortestAt('2019-03-02', texts, 'met a cousin').date.rule).not.toBe('sequence/length-matched-span');
  });

  it('"hadn\'t spoken … for 30 years" keeps its own placing', () => {
    const texts = [stretch, "The brothers, who hadn't spoken for 30 years, shook hands."];
    expect(shortestAt('2019-03-02', texts, 'shook hands').date.rule).not.toBe('sequence/length-matched-span');
  });

  it('"was never … for forty years" keeps its own placing', () => {
    const texts = [stretch, 'The mill bell was never rung for forty years.'];
    expect(shortestAt('2019-03-02', texts, 'mill bell').date.rule).not.toBe('sequence/length-matched-span');
  });

  it('a plain past length still takes the span up to the closing', () => {
    const texts = [stretch, 'He worked there for 32 years.'];
    const e = shortestAt('2019-03-02', texts, 'for 32 years');
    expect([e.date.start, e.date.end]).toEqual(['1978', '2010']);
  });
});
