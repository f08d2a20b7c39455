import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 37 (a37): "X and Y <count> later" with no subject before the second verb. The count is made from the first
// conjunct's happening, so the first is on the date the count starts at, not on the counted date. Every sentence here
// was written for this test (none comes from an eval set or a probe).

describe('an undated first conjunct before "and <past verb> <count> later"', () => {
  it('years: the first verb keeps the year the count starts at', () => {
    const texts = ['The quarry closed in 1982.', 'Its manager moved to a farm near Tallow and bought a boatyard three years later.'];
    expect(shortestAt('2020-05-04', texts, 'moved to a farm').date.start).toBe('1982');
    expect(shortestAt('2020-05-04', texts, 'bought a boatyard').date.start).toBe('1985');
  });

  it('weeks: a ship towed in and sailing again two weeks on', () => {
    const texts = ['The trawler Corrie ran onto the rocks on 9 March.', 'It was towed to the Fennick yard and sailed again two weeks later.'];
    expect(shortestAt('2021-06-01', texts, 'towed to the Fennick yard').date.start).toBe('2021-03-09');
    expect(shortestAt('2021-06-01', texts, 'sailed again').date.start).toBe('2021-03-23');
  });

  it('"a decade later" after an irregular past verb', () => {
    const texts = ['The Orme choir was formed in 1961.', 'It sang at the cathedral and disbanded a decade later.'];
    expect(shortestAt('2019-02-01', texts, 'sang at the cathedral').date.start).toBe('1961');
    expect(shortestAt('2019-02-01', texts, 'disbanded').date.start).toBe('1971');
  });

  it('with no publication date the first conjunct still takes the stated year', () => {
    const texts = ['The twins were parted in the winter of 1948.', 'Ada was sent to an uncle in Leith and married six years later.'];
    expect(shortestNoPub(texts, 'sent to an uncle').date.start).toBe('1948');
    expect(shortestNoPub(texts, 'married').date.start).toBe('1954');
  });

  it('a first conjunct with a date of its own keeps it', () => {
    const texts = ['The club was founded in 1950.', 'It won the league in 1958 and folded two years later.'];
    expect(shortestAt('2019-02-01', texts, 'won the league').date.start).toBe('1958');
    expect(shortestAt('2019-02-01', texts, 'folded').date.start).toBe('1960');
  });
});
