import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (c31): recurring families among the misses of probes 6, 16 and 22. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a conjunct counted on from its clause\'s date', () => {
  it('"joined the bank in 1990 but left after eight years" leaves in 1998', () => {
    const texts = ['Mara Quist joined the savings bank in 1990 but left after eight years to open a bakery.'];
    expect(shortestAt('2015-04-02', texts, 'left after eight years').date).toMatchObject({ start: '1998' });
    expect(shortestAt('2015-04-02', texts, 'joined the savings bank').date).toMatchObject({ start: '1990' });
  });

  it('", but closed after ten days" after a day is ten days on', () => {
    const texts = ['The ferry service resumed on March 3, 2001, but stopped after ten days.'];
    const d = shortestAt('2002-01-10', texts, 'stopped after ten days').date;
    expect(d.start).toBe('2001-03-13');
    expect(d.end).toBeUndefined();
  });

  it('", and raised £2 million in its first three years" runs three years from the clause\'s year', () => {
    const texts = ['The rowing trust was set up in 1998, and raised £2 million in its first three years.'];
    expect(shortestAt('2015-04-02', texts, 'first three years').date).toMatchObject({ start: '1998', end: '2001' });
  });

  it('not "in its two years at the quay", which need not start at the clause\'s date', () => {
    const texts = ['The crane was bought in 1998, and lifted 9,000 boxes in its two years at the quay.'];
    const d = shortestAt('2015-04-02', texts, 'two years at the quay').date;
    expect(d.end === '2000').toBe(false);
  });

  it('not a conjunct told in the future', () => {
    const texts = ['The school opened in 1990 and will close after thirty years.'];
    expect(shortestAt('2015-04-02', texts, 'close after thirty years').date.start).not.toBe('2020');
  });
});

describe('an approximate length up to the date it ended at', () => {
  it('"after repairs that took almost two years" runs the two years up to the reopening, approximately', () => {
    const texts = ['The pier reopened in May 2004 after repairs that took almost two years.'];
    expect(shortestAt('2010-02-01', texts, 'took almost two years').date).toMatchObject({ start: '2002-05', end: '2004-05', mod: 'approx' });
  });

  it('"that took her nearly four years" (a pronoun between) as well; "more than two years" is a bound, no stretch', () => {
    const texts = ['He retired in 1977 after finishing a chart of the estuary that took him nearly four years.'];
    expect(shortestAt('2010-02-01', texts, 'nearly four years').date).toMatchObject({ start: '1973', end: '1977' });
    const bound = ['The pier reopened in May 2004 after repairs that took more than two years.'];
    expect(shortestAt('2010-02-01', bound, 'more than two years').date.end).toBeUndefined();
  });
});

describe('a relative clause giving how long its noun runs', () => {
  it('"for the spring fair, which runs until May 20" has the fair\'s words in its evidence', () => {
    const texts = ['Traders will set up their stalls on the green between May 2 and May 4 for the spring fair, which runs until May 20.'];
    const e = shortestAt('2019-04-10', texts, 'runs until May 20');
    const quote = texts[0].slice(e.evidence[0].start, e.evidence[0].end);
    expect(quote.startsWith('the spring fair, which runs')).toBe(true);
    expect(e.date).toMatchObject({ start: '2019-05-02', end: '2019-05-20' });
  });

  it('"on March 2 before the spring recess, which runs until March 18" starts the day after March 2', () => {
    const texts = ['The council meets on March 2 before the spring recess, which runs until March 18.'];
    expect(shortestAt('2019-02-20', texts, 'runs until March 18').date).toMatchObject({ start: '2019-03-03', end: '2019-03-18' });
  });
});

describe('a second infinitive with a date of its own', () => {
  it('"is due to open in May and to carry its first trains in 2014" is two happenings', () => {
    const texts = ['The new viaduct is due to open in May and to carry its first trains in 2014.'];
    const second = shortestAt('2011-02-15', texts, 'to carry its first trains');
    expect(second.date.start).toBe('2014');
    expect(second.title).toBe('New viaduct is due to carry its first trains');
    expect(shortestAt('2011-02-15', texts, 'due to open').date.start).toBe('2011-05');
  });

  it('not "to" before a figure ("rose in March and to 5 percent in April")', () => {
    const texts = ['Prices rose in March and to 5 percent in April.'];
    const e = shortestAt('2011-06-15', texts, 'Prices rose');
    expect(e.evidence[0].end - e.evidence[0].start).toBeGreaterThan(30);
  });
});
