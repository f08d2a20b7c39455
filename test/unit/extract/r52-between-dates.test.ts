import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 52 (b52): "between the two dates" points back at the last two days the text named. Every sentence here was
// written for this test.

describe('"Between the two dates, …" runs from the earlier to the later of the last two days named', () => {
  it('a plan told between a closing and a reopening, the telling\'s own day left out', () => {
    const texts = [
      'The ferry will stop running on Monday 3 November, the harbour board said today.',
      'It returns to service on Saturday 14 March next year, once the slipway is mended. Between the two dates a minibus will carry foot passengers.',
    ];
    const ev = shortestAt('2014-10-20', texts, 'minibus will carry');
    expect([ev.date.start, ev.date.end]).toEqual(['2014-11-03', '2015-03-14']);
    expect(ev.date.rule).toBe('sequence/between-dates');
    expect(ev.title.toLowerCase()).toContain('minibus');
  });

  it('in the past, "between those days", the later day told first', () => {
    const texts = ['The bridge reopened on 20 June 1987.', 'Engineers had closed it on 2 May 1987. Between those days, the villagers rowed across.'];
    const ev = shortestAt('1987-07-01', texts, 'villagers rowed');
    expect([ev.date.start, ev.date.end]).toEqual(['1987-05-02', '1987-06-20']);
  });

  it('not with only one day named before it', () => {
    const found = events('2014-10-20', 'The ferry will stop running on Monday 3 November. Between the two dates a minibus will carry foot passengers.').filter((e) => e.date.rule === 'sequence/between-dates');
    expect(found).toEqual([]);
  });
});
