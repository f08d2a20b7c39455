import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 30 (e30): recurring miss families on probes 14, 15, 16 and 21. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('a period that a relative clause ends', () => {
  // With d30's fiscal-year rule the twelve months start on their first day; the quarter below keeps the month start.
  it('"in the financial year that ended on March 31" is the twelve months to that day', () => {
    const texts = ['The brewery said its sales grew 8 per cent in the financial year that ended on March 31.'];
    expect(shortestAt('2018-06-14', texts, 'sales grew').date).toMatchObject({ start: '2017-04-01', end: '2018-03-31' });
  });

  it('"the quarter which ended Sept. 30" is the three months to that day', () => {
    const texts = ['Freight volumes fell in the quarter which ended Sept. 30, the port authority said.'];
    expect(shortestAt('2018-10-20', texts, 'Freight volumes').date).toMatchObject({ start: '2018-07', end: '2018-09-30' });
  });

  it('"For the full fiscal year, which ends June 30, …" is the company year to that day, with its own words as evidence', () => {
    const texts = ['For the full fiscal year, which ends June 30, the airline now expects a small loss.'];
    const e = shortestAt('2018-03-05', texts, 'fiscal year');
    expect(e.date).toMatchObject({ start: '2017-07-01', end: '2018-06-30' });
  });
});

describe('a year-end told after a noun is the day', () => {
  it('"the profit it made in its last financial year, which ended on June 30" keeps the day for the aside', () => {
    const texts = ['The fine is a tenth of the profit the mill made in its last financial year, which ended on June 30.'];
    expect(shortestAt('2018-11-02', texts, 'which ended on June 30').date).toMatchObject({ start: '2018-06-30' });
  });
});

describe('"opened on <day> and lasted N days"', () => {
  it('the whole happening runs N days from its opening day', () => {
    const texts = ['The inquiry into the ferry fire opened on Tuesday and lasted four days.'];
    const e = shortestAt('2017-05-12', texts, 'lasted four days');
    expect(e.date).toMatchObject({ start: '2017-05-09', end: '2017-05-12' });
  });

  it('the opening is still an event of its own on its day', () => {
    const texts = ['The inquiry into the ferry fire opened on Tuesday and lasted four days.'];
    const opening = shortestAt('2017-05-12', texts, 'opened');
    expect(opening.date).toMatchObject({ start: '2017-05-09' });
    expect(opening.date.end).toBeUndefined();
  });
});

describe('a length told beside its own start in one sentence', () => {
  it('"The harbour wall, begun in 1887, took nine years to finish." runs nine years from 1887', () => {
    const texts = ['The harbour wall, begun in 1887, took nine years to finish.'];
    expect(shortestAt('2001-04-03', texts, 'took nine years').date).toMatchObject({ start: '1887', end: '1896' });
  });

  it('not when the sentence dates no start or end ("built in 1887")', () => {
    const texts = ['The harbour wall, built in 1887, took nine years to finish.'];
    expect(shortestAt('2001-04-03', texts, 'took nine years').date.start).not.toBe('1887');
  });
});

describe('a thing not done for a length after a dated first predicate', () => {
  it('"broke his wrist in May 2019 and did not ride for four months" runs May to September', () => {
    const texts = ['The jockey broke his wrist at Tarnby in May 2019 and did not ride for four months.'];
    expect(shortestAt('2020-02-11', texts, 'did not ride').date).toMatchObject({ start: '2019-05', end: '2019-09' });
  });

  it('the first predicate keeps its own month', () => {
    const texts = ['The jockey broke his wrist at Tarnby in May 2019 and did not ride for four months.'];
    const first = shortestAt('2020-02-11', texts, 'broke his wrist');
    expect(first.date).toMatchObject({ start: '2019-05' });
    expect(first.date.end).toBeUndefined();
  });
});

describe('a spell closing a when-clause', () => {
  it('"The spring of 2004, when the line reopened after six years of repairs." gives the six years up to 2004', () => {
    const texts = ['Her best memory? The spring of 2004, when the branch line reopened after six years of repairs.'];
    expect(shortestAt('2012-08-30', texts, 'six years of repairs').date).toMatchObject({ start: '1998', end: '2004' });
  });

  it('the when-clause keeps its own season', () => {
    const texts = ['Her best memory? The spring of 2004, when the branch line reopened after six years of repairs.'];
    expect(shortestAt('2012-08-30', texts, 'line reopened').date).toMatchObject({ start: '2004-03', end: '2004-05' });
  });
});

describe('"until <date> and then …"', () => {
  it('what is done "then" is on the day the stretch ends', () => {
    const texts = ['The library will stay in the old school until April 14 and will then move into the new civic hall.'];
    const e = shortestAt('2016-01-20', texts, 'move into the new civic hall');
    expect(e.date).toMatchObject({ start: '2016-04-14' });
    expect(e.date.end).toBeUndefined();
  });

  it('the stay itself still runs until that day', () => {
    const texts = ['The library will stay in the old school until April 14 and will then move into the new civic hall.'];
    expect(shortestAt('2016-01-20', texts, 'stay in the old school').date).toMatchObject({ end: '2016-04-14' });
  });
});
