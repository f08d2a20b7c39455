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

  it('"later this month" starts on the publication day (round 33: the day of writing is not set apart)', () => {
    const later = shortestAt('2011-09-22', ['The new ferry will enter service later this month.'], 'enter service');
    expect([later.date.start, later.date.end]).toEqual(['2011-09-22', '2011-09-30']);
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
    expect(got).toContainEqual({ quote: 'that it had closed four of its shops.', start: '2011-09-19', mod: 'before' });
  });

  it('when what it told has a date of its own', () => {
    const s = 'The harbour master said on Tuesday that the old crane was sold in March.';
    const got = spans('2011-09-22', s);
    expect(got.find((g) => g.start === '2011-09-20')?.quote).toBe(s);
    expect(got.find((g) => g.start === '2011-03')?.quote).toMatch(/^that the old crane was sold/);
  });
});

describe('a second predicate that lasts a count of years runs on from the clause\'s date', () => {
  const at = (s: string, words: string) => shortestAt('2005-06-01', [s], words);

  it('after "and", "and then", "although", or "a post she would hold", as an event of its own', () => {
    const granary = at('The old granary was sold to the county in 1962, and then it stood empty for four years waiting for a buyer.', 'stood empty');
    expect([granary.date.start, granary.date.end]).toEqual(['1962', '1966']);
    const marsh = at('A flood wrecked the weir in the spring of 1911, and for the next thirty years the meadow was a marsh.', 'meadow was a marsh');
    expect([marsh.date.start, marsh.date.end]).toEqual(['1911', '1941']);
    const choir = at('In 1975 she joined the choir of St Anne\'s, a post she would keep for two decades.', 'would keep');
    expect([choir.date.start, choir.date.end]).toEqual(['1975', '1995']);
    const suit = at('In 1990 the council sued the builder over the leaking roof, although the case took five years.', 'case took');
    expect([suit.date.start, suit.date.end]).toEqual(['1990', '1995']);
  });

  it('leaves the first predicate on its own date', () => {
    expect(at('The old granary was sold to the county in 1962, and then it stood empty for four years waiting for a buyer.', 'sold to the county').date.start).toBe('1962');
    expect(at('A flood wrecked the weir in the spring of 1911, and for the next thirty years the meadow was a marsh.', 'wrecked the weir').date).toMatchObject({ start: '1911-03', end: '1911-05' });
  });

  it('does not count on from the date for a perfect, which looks back', () => {
    const had = at('The bakery opened in 1962, and it had been shut for three years.', 'shut for three years');
    expect(had.date.end ?? had.date.start).not.toBe('1965');
    const has = at('The bakery opened in 1962 and has stood empty for three years.', 'stood empty');
    expect(has.date.end ?? has.date.start).not.toBe('1965');
  });
});

describe('a count of years told before the date that ended it is a stretch up to that date\'s year', () => {
  const at = (s: string, words: string) => shortestAt('2005-06-01', [s], words);

  it('"took N years to build and was lit in", "for N years until", "for N years, …, before … in the autumn of"', () => {
    const built = at('The lighthouse took three years to build and was lit in 1874.', 'took three years');
    expect([built.date.start, built.date.end]).toEqual(['1871', '1874']);
    const shop = at('She kept the village shop for 26 years until she sold it in 1999.', 'kept the village shop');
    expect([shop.date.start, shop.date.end]).toEqual(['1973', '1999']);
    const van = at('He drove the mail van for twelve years, delivering to the hill farms, before he opened a garage in the town in the autumn of 1961.', 'drove the mail van');
    expect([van.date.start, van.date.end]).toEqual(['1949', '1961']);
  });

  it('leaves the date itself to the words that hold it', () => {
    const lit = at('The lighthouse took three years to build and was lit in 1874.', 'was lit');
    expect([lit.date.start, lit.date.end]).toEqual(['1874', undefined]);
  });

  it('is no stretch in a present perfect, or with no happening joined on before the date', () => {
    const choir = at('The choir has sung for 40 years and will tour in 2006.', 'has sung');
    expect(choir.date.start).not.toBe('1966');
    expect(at('The mill worked for 30 years before 1950.', 'mill worked').date.rule).not.toBe('sequence/years-up-to-date');
  });
});

describe('a count of years beside a dated clause is the tagger\'s length, read once for both sides of the date', () => {
  const at = (s: string, words: string) => shortestAt('2005-06-01', [s], words);

  it('takes a count with a word between it and "years" ("four more years", "twenty straight years")', () => {
    const chapel = at('The chapel was sold in 1962, and then it stood empty for four more years.', 'stood empty');
    expect([chapel.date.start, chapel.date.end]).toEqual(['1962', '1966']);
    const organ = at('She played the organ for twenty straight years until she moved away in 1990.', 'played the organ');
    expect([organ.date.start, organ.date.end]).toEqual(['1970', '1990']);
  });

  it('takes "about" but not a bound ("more than"), nor the years before a date ("the past twenty years")', () => {
    const about = at('She played the organ for about twenty years until she moved away in 1990.', 'played the organ');
    expect([about.date.start, about.date.end]).toEqual(['1970', '1990']);
    const more = at('She played the organ for more than twenty years until she moved away in 1990.', 'played the organ');
    expect(more.date.rule).not.toBe('sequence/years-up-to-date');
    const past = at('The chapel was sold in 1962, and then it stood empty for the past four years.', 'stood empty');
    expect(past.date.rule).not.toBe('sequence/years-from-date');
  });

  it('leaves "for the next N years" to the tagger, which counts it on from the date in focus', () => {
    const next = at('The chapel was sold in 1962, and then it stood empty for the next four years.', 'stood empty');
    expect([next.date.start, next.date.end, next.date.rule]).toEqual(['1962', '1966', 'following-years']);
  });
});

describe('", most recently <date>" after a count of happenings is the last one, on its own date', () => {
  it('is dated by its own words, not by the clause\'s "since"', () => {
    // 2005-06-01 is a Wednesday: last week is 23-29 May.
    const school = 'The school had been flooded twice since 1998, most recently in an autumn storm last week.';
    const last = shortestAt('2005-06-01', [school], 'most recently');
    expect(quoteOf(last, [school])).toBe('most recently in an autumn storm last week');
    expect([last.date.start, last.date.end]).toEqual(['2005-05-23', '2005-05-29']);
    const ferry = 'The ferry has broken down three times since 2009, most recently on 14 March, when it drifted for an hour.';
    expect(shortestAt('2005-06-01', [ferry], 'most recently').date.start).toBe('2005-03-14');
  });

  it('leaves the count itself to the clause\'s date', () => {
    const school = 'The school had been flooded twice since 1998, most recently in an autumn storm last week.';
    const count = shortestAt('2005-06-01', [school], 'flooded twice');
    expect(quoteOf(count, [school])).toBe('The school had been flooded twice since 1998');
    expect(count.date.start).toBe('1998');
  });
});
