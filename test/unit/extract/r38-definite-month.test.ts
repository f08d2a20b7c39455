import { describe, expect, it } from 'vitest';
import { events, shortestAt, shortestNoPub } from './event-lookup';

// Round 38 (a38): "rang in the September", "by the August the walls were up": a month with "the" and no noun after
// it is a month of the year the story is at, not the latest such month before publication. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('a month written with "the" is a month of the year in focus', () => {
  it('"in the October" after a month of 1987', () => {
    const texts = ['The lighthouse keeper at Hallow Point retired in March 1987.', 'A replacement arrived in the October, but stayed only a year.'];
    const e = shortestAt('2019-05-02', texts, 'A replacement arrived');
    expect([e.date.start, e.date.yearUncertain, e.date.rule]).toEqual(['1987-10', undefined, 'month/anaphoric-definite']);
  });

  it('"By the August the walls were up" after a year told alone', () => {
    const texts = ['Work on the new school at Fennick began in 1961.', 'By the August the walls were up and the roof was on.'];
    const e = shortestAt('2019-05-02', texts, 'the walls were up');
    expect(e.date.start).toBe('1961-08');
    expect(e.date.yearUncertain).toBeUndefined();
  });

  it('"during the July she voted" after a day of 2004, also with no publication date', () => {
    const texts = ['Mara Voss was elected to the district council on 6 May 2004.', 'During the July she voted against the bypass, to the anger of her party.'];
    expect(shortestAt('2011-02-14', texts, 'she voted against').date.start).toBe('2004-07');
    expect(shortestNoPub(texts, 'she voted against').date.start).toBe('2004-07');
  });

  it('a month before the one in focus is the next year\'s, flagged as a guess', () => {
    const texts = ['The trawler Aldis sank off Corran Head in November 1990.', 'Divers reached the wreck in the March when the weather eased.'];
    const e = shortestAt('2019-05-02', texts, 'Divers reached the wreck');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['1991-03', true]);
  });

  it('a month naming a thing ("the September floods") and "the March to the sea" are left alone', () => {
    const floods = ['The town was rebuilt in 1988.', 'Relief money for victims of the September floods ran out.'];
    expect(shortestAt('2019-05-02', floods, 'Relief money').date.rule).not.toBe('month/anaphoric-definite');
    const march = ['The strike began in 1984.', 'Miners joined in the March to the coast, singing.'];
    expect(events('2019-05-02', ...march).map((e) => e.date.rule)).not.toContain('month/anaphoric-definite');
  });
});
