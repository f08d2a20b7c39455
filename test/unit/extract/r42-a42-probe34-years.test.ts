import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf, shortestAt } from './event-lookup';

// Round 42 (a42): the readings that gave probe 34's unflagged wrong years, each shown on a sentence written for this
// test (none comes from an eval set or a probe).

describe('r42-named-year-carries: a day given its year by "last year" gives that year to the days told after it', () => {
  const texts = ['The tenant first wrote to the landlord about damp on 4 March last year, and again on 28 March, the court was told.'];

  it('the second letter is in last year’s March, not this year’s, and keeps an event of its own', () => {
    const e = shortestAt('2009-07-10', texts, 'again on 28 March');
    expect(e.date.start).toBe('2008-03-28');
    expect(quoteOf(e, texts)).not.toContain('4 March');
  });

  it('"in March last year" does the same for a later month of its sentence', () => {
    const month = ['The tenant first wrote to the landlord about damp in March last year and complained again in May, the court was told.'];
    const e = shortestAt('2009-07-10', month, 'complained again');
    expect(e.date.start).toBe('2008-05');
  });
});

describe('r42-last-years-story-days: a story told day by day in the year before publication’s goes on in that year', () => {
  const texts = [
    'The tenant first wrote to the landlord about damp on 4 March last year.',
    'On 20 March part of the kitchen ceiling fell in. He was evicted a week later, and his appeal was refused in May.',
  ];

  it('a yearless past day weeks after last year’s day is that year’s, flagged as a reading', () => {
    const e = shortestAt('2009-07-10', texts, 'ceiling fell');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2008-03-20', true]);
  });

  it('a count from it and a bare month after it follow, never as sure years of publication', () => {
    const evicted = shortestAt('2009-07-10', texts, 'evicted');
    expect(evicted.date.start).toBe('2008-03-27');
    const refused = shortestAt('2009-07-10', texts, 'appeal was refused');
    expect([refused.date.start, refused.date.yearUncertain]).toEqual(['2008-05', true]);
  });

  it('a day months after last year’s day is left to the tense', () => {
    const far = ['The tenant first wrote to the landlord about damp on 4 January last year.', 'On 20 June part of the kitchen ceiling fell in.'];
    expect(shortestAt('2009-07-10', far, 'ceiling fell').date.start).toBe('2009-06-20');
  });

  it('with no year named for the first day, the tense places the later one as before', () => {
    const bare = ['The tenant first wrote to the landlord about damp on 4 March.', 'On 20 March part of the kitchen ceiling fell in.'];
    expect(shortestAt('2009-07-10', bare, 'ceiling fell').date.start).toBe('2009-03-20');
  });
});

describe('r42-ago-named-month: "twenty years ago last October" is counted back from the month named', () => {
  it('a count of years before "last October" is a month of that many years before it', () => {
    const texts = ['The lighthouse on the point was automated twenty years ago last October.'];
    const e = shortestAt('2003-05-02', texts, 'automated');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['1982-10', undefined]);
  });

  it('"this March" names publication’s own March', () => {
    const e = shortestAt('2003-05-02', ['The first lifeboat was launched from the slipway ten years ago this March.'], 'launched');
    expect(e.date.start).toBe('1993-03');
  });

  it('a month just gone keeps the doubt "last April" carries in May', () => {
    const e = shortestAt('2003-05-02', ['The keeper retired thirty years ago last April.'], 'retired');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['1973-04', true]);
  });

  it('without a publication date no sure year is given', () => {
    for (const e of nopub('The lighthouse on the point was automated twenty years ago last October.')) expect(e.date.yearUncertain || !/^\d{4}/.test(e.date.start), e.date.rule).toBe(true);
  });
});

describe('r42-fall-told-subject: "that the fall was …" is a decline told of, not the autumn', () => {
  const texts = ['The mill’s owner said on Monday that the fall was steeper than the board expected in March, when orders began to slip.'];

  it('the told clause keeps the month it names, not an autumn', () => {
    const found = events('2014-06-11', ...texts).filter((e) => quoteOf(e, texts).includes('steeper'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date.rule).not.toMatch(/^season/);
    expect(found.some((e) => e.date.start === '2014-03')).toBe(true);
  });

  it('"in the fall" after a preposition of time is still the season', () => {
    const e = shortestAt('2014-12-02', ['The new roof was fitted in the fall.'], 'roof was fitted');
    expect(e.date.start).toBe('2014-09');
  });
});

describe('r42-half-for-period: "results for the first half" names what the results are about, not when they come', () => {
  it('the day written later in the clause dates the publishing', () => {
    const e = shortestAt('2016-03-14', ['The brewery’s figures for the second half will be released on 12 August.'], 'will be released');
    expect(e.date.start).toBe('2016-08-12');
  });
});

describe('r42-nth-weekday-named-month: "on the last Saturday of the month" after a month named in its sentence is of that month', () => {
  it('the weekday is counted in the month just named, not in publication’s', () => {
    const texts = ['The mill stopped its looms last June, and the last bale left that August, on the first Friday of the month.'];
    const found = events('2005-03-09', ...texts).filter((e) => e.date.rule === 'nth-weekday/named-month');
    expect(found.map((e) => e.date.start)).toEqual(['2004-08-06']);
  });

  it('with no month named before it in the sentence, "the month" is still publication’s', () => {
    const e = shortestAt('2005-03-09', ['The market is held on the first Friday of the month.'], 'market is held');
    expect(e.date.rule).not.toBe('nth-weekday/named-month');
  });
});

describe('r42-relative-since-noun: "the charge that has been paid since the car park opened is scrapped" tells two things', () => {
  const texts = ['Drivers will park free from Easter Monday, when the charge that has been paid since the car park opened is scrapped, the council said on Thursday.'];

  it('the relative clause is an event of its own with its noun, ending at its "since" clause, never on the day ahead', () => {
    const found = events('2012-03-30', ...texts).filter((e) => quoteOf(e, texts).startsWith('the charge that has been paid'));
    expect(found.map((e) => quoteOf(e, texts))).toContain('the charge that has been paid since the car park opened');
    for (const e of found.filter((x) => quoteOf(x, texts).endsWith('opened'))) expect(e.date.start <= '2012-03-30', e.date.rule).toBe(true);
  });

  it('the scrapping keeps Easter Monday', () => {
    const e = shortestAt('2012-03-30', texts, 'is scrapped');
    expect(e.date.start).toBe('2012-04-09');
  });
});
