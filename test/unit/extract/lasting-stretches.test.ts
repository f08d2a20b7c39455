import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// A happening the words give a length ("took 14 months", "spent two years", "For twelve years", "within a month") is
// a stretch of that length, its other end the date it is ordered against or counted from. Every sentence here was
// written for this test (none from an eval set or a probe).

const at = shortestAt;

describe('a length that ends where the clause\'s date is', () => {
  it('"after a repair that took 14 months": up to the day the clause is on', () => {
    const texts = ['The statue was carried back into the hall on Wednesday after a repair that took 14 months.'];
    expect(at('2014-03-15', texts, 'repair that took').date).toMatchObject({ start: '2013-01-12', end: '2014-03-12' });
  });
  it('"spent two years painting signs before a job came up in 1981": up to the year of the before-clause', () => {
    const texts = ['She spent two years painting signs for the zoo before a job in the office came up in 1981.'];
    expect(at('2014-03-15', texts, 'spent two years').date).toMatchObject({ start: '1979', end: '1981' });
  });
  it('with no length given, "before" stays a bound', () => {
    const texts = ['She painted signs for the zoo before a job in the office came up in 1981.'];
    expect(at('2014-03-15', texts, 'painted signs').date).toMatchObject({ start: '1981', mod: 'before' });
  });
});

describe('a length counted from the date the paragraph gave before it', () => {
  it('"For twelve years the town lived by one time", after "in 1946": 1946 to 1958', () => {
    const texts = ['The town changed its clocks in 1946. For twelve years the town lived by one time.'];
    expect(at('2014-03-15', texts, 'lived by one time').date).toMatchObject({ start: '1946', end: '1958' });
  });
  it('told in the past perfect, "For twelve years" is no stretch from the date before it', () => {
    const texts = ['The town changed its clocks in 1946. For twelve years the town had lived by one time.'];
    expect(at('2014-03-15', texts, 'lived by one time').date.end).not.toBe('1958');
  });
  it('"restored the index within a month" after "in March 1968": March to April 1968', () => {
    const texts = ['A flood in the cellar in March 1968 ruined the archive. The clerk restored the index within a month.'];
    expect(at('2014-03-15', texts, 'restored the index').date).toMatchObject({ start: '1968-03', end: '1968-04' });
  });
  it('"within a week" of a day runs to the same weekday a week on', () => {
    const texts = ['A leak at the plant on April 17, 1987 spread gas over the town. Thirty people died within a week.'];
    expect(at('2014-03-15', texts, 'Thirty people died').date).toMatchObject({ start: '1987-04-17', end: '1987-04-24' });
  });
});

describe('a day named by its place next to another', () => {
  it('"on May 4, the day before the vote was held": the vote is on May 5', () => {
    const texts = ['The mayor resigned on May 4, the day before the vote was held.'];
    expect(at('2021-06-10', texts, 'resigned').date.start).toBe('2021-05-04');
    expect(at('2021-06-10', texts, 'the vote was held').date.start).toBe('2021-05-05');
  });
  it('"on April 26, the morning after the clocks went forward": the clocks went forward on April 25', () => {
    const texts = ['Two lorries collided at the bridge on April 26, the morning after the clocks went forward.'];
    expect(at('2021-06-10', texts, 'clocks went forward').date.start).toBe('2021-04-25');
  });
  it('"after" alone still only bounds the happening', () => {
    const texts = ['Two lorries collided at the bridge on April 26 after the clocks went forward.'];
    expect(at('2021-06-10', texts, 'clocks went forward').date).toMatchObject({ start: '2021-04-26', mod: 'before' });
  });
  it('"on the third day of the rally, which started on Feb. 13": Feb. 15', () => {
    const texts = ['Lund, a farmer from Oss, took the lead on the third day of the rally, which started at Tollen on Feb. 13, and was never caught.'];
    expect(at('2021-02-21', texts, 'took the lead').date.start).toBe('2021-02-15');
  });
});
