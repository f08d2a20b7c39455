import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 37 (a37): "was founded in 1862 and has 9,000 students": a present verb after "and" opens a second predicate;
// the date before "and" is governed by the first verb, not by the present one after it, however near. Every sentence
// here was written for this test (none comes from an eval set or a probe).

describe('a present second predicate after "and" does not govern the date before it', () => {
  it('"was founded in 1862 and has …" is told in the past at 1862', () => {
    const s = 'Harle College was founded in 1862 and has about 9,000 students.';
    expect(tenseAt(s, s.indexOf('1862'))).toBe('past');
    const e = shortestAt('2018-10-09', [s], 'was founded');
    expect([e.date.start, e.date.mod]).toEqual(['1862', undefined]);
  });

  it('"was formed in 1975 and is now …" keeps 1975 as the forming\'s year', () => {
    const s = 'The Tessel choir was formed in 1975 and is the oldest in the valley.';
    const e = shortestAt('2018-10-09', [s], 'was formed');
    expect([e.date.start, e.date.mod]).toEqual(['1975', undefined]);
  });

  it('"opened in 1990 and have …" with a plural subject', () => {
    const s = 'The twin locks opened in 1990 and have 40 moorings between them.';
    expect(tenseAt(s, s.indexOf('1990'))).toBe('past');
  });

  it('a date after the present second predicate is still governed by it', () => {
    const s = 'The college was founded by monks and is expanding its library in 2019.';
    expect(tenseAt(s, s.indexOf('2019'))).toBe('present');
  });
});
