import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 25 (r25): miss families that recur across several probes. Every sentence here was written for this test
// (none comes from an eval set or a probe).

describe('"earlier this week/month" leaves out the day of writing', () => {
  // 2011-09-22 is a Thursday.
  it('ends the day before publication', () => {
    const week = shortestAt('2011-09-22', ['The harbour board voted earlier this week to raise mooring fees.'], 'voted');
    expect([week.date.start, week.date.end]).toEqual(['2011-09-19', '2011-09-21']);
    const month = shortestAt('2011-09-22', ['Earlier this month, two trawlers collided near the breakwater.'], 'collided');
    expect([month.date.start, month.date.end]).toEqual(['2011-09-01', '2011-09-21']);
  });

  it('"later this month" starts the day after publication', () => {
    const later = shortestAt('2011-09-22', ['The new ferry will enter service later this month.'], 'enter service');
    expect([later.date.start, later.date.end]).toEqual(['2011-09-23', '2011-09-30']);
  });

  it('a bare "this week" told in the past may still be the day of writing', () => {
    const told = shortestAt('2011-09-22', ['The mayor said this week that the pier would close.'], 'mayor said');
    expect(told.date.end ?? told.date.start).toBe('2011-09-22');
  });
});

describe('a telling on its own day takes in what it told, which starts at "that"', () => {
  // 2011-09-22 is a Thursday.
  const texts = (s: string) => [s];
  const spans = (published: string, s: string) =>
    events(published, s).map((e) => ({ quote: quoteOf(e, texts(s)), start: e.date.start, mod: e.date.mod }));

  it('when the telling\'s day is the clause\'s only date', () => {
    const s = 'The bakery chain said on Monday that it had closed four of its shops.';
    const got = spans('2011-09-22', s);
    expect(got).toContainEqual({ quote: s, start: '2011-09-19', mod: undefined });
    expect(got).toContainEqual({ quote: 'that it had closed four of its shops.', start: '2011-09-20', mod: 'before' });
  });

  it('when what it told has a date of its own', () => {
    const s = 'The harbour master said on Tuesday that the old crane was sold in March.';
    const got = spans('2011-09-22', s);
    expect(got.find((g) => g.start === '2011-09-20')?.quote).toBe(s);
    expect(got.find((g) => g.start === '2011-03')?.quote).toMatch(/^that the old crane was sold/);
  });
});
