import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf, shortestAt } from './event-lookup';

// Round 41 (a41): the readings that gave probe 33's unflagged wrong years, each shown on a sentence written for this
// test (none comes from an eval set or a probe).

describe('r41-since-new-year: "since the new year" runs from the first of publication’s year', () => {
  const texts = ['The advice line, which opened in 2018, said it had received 51 complaints since the new year, more than in the whole of October.'];

  it('told in a reported past perfect, the stretch starts on 1 January of publication’s year, not in the month compared', () => {
    const e = shortestAt('2022-01-05', texts, 'since the new year');
    expect([e.date.start, e.date.end]).toEqual(['2022-01-01', '2022-01-05']);
  });

  it('in the present perfect it runs up to publication too', () => {
    const e = shortestAt('2019-04-16', ['The museum has welcomed 9,000 visitors since the new year.'], 'since the new year');
    expect([e.date.start, e.date.end]).toEqual(['2019-01-01', '2019-04-16']);
  });

  it('without a publication date no event holding it is dated to October of the year written, as certain', () => {
    const found = nopub(...texts).filter((e) => quoteOf(e, texts).includes('since the new year'));
    for (const e of found) expect(e.date.yearUncertain || !e.date.start.startsWith('2018'), e.date.rule).toBe(true);
  });
});

describe('r41-since-clause-stretch: a month told after a "since" clause set off by a comma lies anywhere in its stretch', () => {
  const texts = ['Since the harbour bridge closed in April 2011, goods have gone by sea, and gales halted the ferry on 30 days between December and March.'];

  it('with a publication date the months are the last such winter, not the winter after the bridge closed', () => {
    const e = shortestAt('2016-05-20', texts, 'gales halted');
    expect([e.date.start, e.date.end]).toEqual(['2015-12', '2016-03']);
  });

  it('without one the year of the "since" clause is only a guess for them', () => {
    const found = nopub(...texts).filter((e) => quoteOf(e, texts).includes('gales halted'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date.yearUncertain, e.date.rule).toBe(true);
  });

  it('a month in the "since" clause itself keeps the year written beside it', () => {
    const e = shortestAt('2016-05-20', ['Since the bridge closed in April 2011 and the quay shut in June, goods have gone by sea.'], 'quay shut');
    expect(e.date.start.slice(0, 4)).toBe('2011');
  });
});

describe('r41-holiday-after-guessed: a bare holiday told right after a date whose year was a guess is a guess too', () => {
  it('"reopened in March" in a February story is last March at best, and the Christmas Eve after it is flagged', () => {
    const texts = ['The bakery on Mill Row reopened in March. It served 400 customers on Christmas Eve.'];
    expect(shortestAt('2011-02-14', texts, 'reopened in March').date.yearUncertain).toBe(true);
    const e = shortestAt('2011-02-14', texts, 'Christmas Eve');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2010-12-24', true]);
  });

  it('after a date whose year is sure ("last March"), the holiday keeps the tense’s year, unflagged', () => {
    const texts = ['The bakery on Mill Row reopened last March. It served 400 customers on Christmas Eve.'];
    const e = shortestAt('2011-02-14', texts, 'Christmas Eve');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2010-12-24', undefined]);
  });

  it('a holiday in a paragraph of its own keeps the tense’s year, unflagged', () => {
    const texts = ['The bakery on Mill Row reopened in March.', 'It served 400 customers on Christmas Eve.'];
    const e = shortestAt('2011-02-14', texts, 'Christmas Eve');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2010-12-24', undefined]);
  });
});

describe('r41-since-plan-beside: a plan beside a reported past-perfect stretch does not end it', () => {
  const texts = ["The charity's director, Amal Reddick, said the group had planted 9,000 trees since 1991 and would plant 500 more next year."];

  it('"had planted … since 1991 and would plant … next year" runs up to publication, not to next year', () => {
    const e = shortestAt('2004-03-02', texts, 'had planted');
    expect([e.date.start, e.date.end]).toEqual(['1991', '2004-03-02']);
  });

  it('a state told ahead still lasts up to the later day: "reopens on Friday, May 21, after being closed since April 12"', () => {
    const ahead = ['The reptile house reopens on Friday, May 21, after being closed since April 12.'];
    const e = shortestAt('1999-05-12', ahead, 'closed since');
    expect([e.date.start, e.date.end]).toEqual(['1999-04-12', '1999-05-21']);
  });
});

describe('r41-since-at-least: "since at least 1790" opens a stretch from the year, as "since 1790" does', () => {
  const texts = ['The mill has stood by the river since at least 1790, when it first appears on a map, and was a school for a spell in 1941.'];

  it('the stretch runs from the year to publication, not to the later year in the sentence', () => {
    const e = shortestAt('2012-06-08', texts, 'has stood by the river');
    expect([e.date.start, e.date.end]).toEqual(['1790', '2012-06-08']);
  });

  it('an old year after the hedge is still read as a year', () => {
    const e = shortestAt('2012-06-08', ['The family has farmed at Cold Ashby since at least 1688.'], 'farmed');
    expect(e.date.start).toBe('1688');
  });
});

describe('r41-subject-relative-adjective: a past form after an article in the subject ("a retired signalman who …") is no verb', () => {
  const texts = ['Mr Harrow, a retired signalman who lost his wife three years ago, arrived on Friday with his daughter.'];

  it('the main verb after the phrase has its own weekday, not the relative clause’s "three years ago"', () => {
    const e = shortestAt('2019-11-26', texts, 'arrived on Friday');
    expect(e.date.start).toBe('2019-11-22');
    expect(quoteOf(e, texts)).not.toContain('three years ago');
  });

  it('the relative clause is still dated by its own words', () => {
    const e = shortestAt('2019-11-26', texts, 'lost his wife');
    expect(e.date.start).toBe('2016');
  });

  it('without a date after the phrase, nothing is split off: "Mr Harrow, a signalman who lost his wife in 2016, sold the farm"', () => {
    const plain = ['Mr Harrow, a retired signalman who lost his wife in 2016, sold the farm.'];
    const found = events('2019-11-26', ...plain).filter((e) => quoteOf(e, plain).includes('sold the farm'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.date.start === '2016')).toBe(true);
  });
});
