import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (b31): spans that probes 19 and 21 cut to their first year. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a happening after "after" keeps a range of its own whole', () => {
  it('"after the club had finished tenth in the 2004-05 season" is both years', () => {
    const d = shortestAt('2021-05-20', ['The manager left in 2009, after the club had finished tenth in the 2004-05 season.'], 'finished tenth').date;
    expect([d.start, d.end]).toEqual(['2004', '2005']);
  });
  it('"after the council had lost money from 2004 to 2008"', () => {
    const d = shortestAt('2021-05-20', ['The treasurer resigned in 2010 after the council had lost money from 2004 to 2008.'], 'lost money').date;
    expect([d.start, d.end]).toEqual(['2004', '2008']);
  });
});

describe('", and within N years <past clause>" lies between the date and the count\'s end', () => {
  it('a conjunct after an aside', () => {
    const d = shortestAt('2021-05-20', ['She joined the choir in 1962, singing alto at first, and within three years she was its conductor.'], 'conductor').date;
    expect([d.start, d.end]).toEqual(['1962', '1965']);
  });
  it('not a conjunct told in the future', () => {
    const d = shortestAt('2021-05-20', ['The depot was sold in 2019, and within three years it will be housing.'], 'housing').date;
    expect(d.end).toBeUndefined();
  });
});

describe('a relative clause that tells only how long its antecedent was kept runs on from the clause before', () => {
  it('"In 1961 she opened a tea room, which she ran for twelve years" is 1961 to 1973', () => {
    const d = shortestAt('2021-05-20', ['In 1961 she opened a tea room on the pier, which she ran for twelve years.'], 'twelve years').date;
    expect([d.start, d.end]).toEqual(['1961', '1973']);
  });
  it('not in the past perfect', () => {
    const d = shortestAt('2021-05-20', ['In 1961 she sold the tea room, which she had run for twelve years.'], 'twelve years').date;
    expect(d.end).toBeUndefined();
  });
});

describe('"By then" with the past perfect is done by the end of the time told last', () => {
  it('after a stretch, on or before its end', () => {
    const texts = ['She ran the ferry from 1961 to 1980. By then she had carried a million passengers.'];
    const d = shortestAt('2021-05-20', texts, 'million').date;
    expect([d.start, d.mod]).toEqual(['1980', 'before']);
  });
  it('a plain "Then" still goes on after it', () => {
    const d = shortestAt('2021-05-20', ['She ran the ferry from 1961 to 1980. Then she sold the boat.'], 'sold the boat').date;
    expect(d.mod).toBe('after');
  });
});

describe('"opened in <year> and was <state> for N years" runs the state on from the year', () => {
  it('a state after "and" with no comma', () => {
    const d = shortestAt('2021-05-20', ['The lighthouse opened in 1871 and was the tallest on the coast for forty years.'], 'tallest').date;
    expect([d.start, d.end]).toEqual(['1871', '1911']);
  });
  it('not from a birth', () => {
    const evs = shortestAt('2021-05-20', ['She was born in 1950 and was a nurse for thirty years.'], 'nurse').date;
    expect(evs.end).toBeUndefined();
  });
});
