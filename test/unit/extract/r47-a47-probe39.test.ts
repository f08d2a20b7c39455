import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 47 (a47): readings behind probe 39's misses, each shown on sentences written for this test (none comes from an
// eval set or a probe).

describe('r47-since-clause-subject: a year in a "since" clause with a longer subject opens a stretch', () => {
  it('a month in the next conjunct is the last one before publication, not the since-clause year\'s', () => {
    const texts = ['Traffic has doubled since the Harbour Road depot opened in 2009, and the last free parking bay was taken in March.'];
    const e = shortestAt('2012-06-10', texts, 'parking bay was taken');
    expect(e.date.start).toBe('2012-03');
    expect(e.date.yearUncertain).toBeFalsy();
  });
});

describe('r47-deadline-passed: a deadline that is the subject of a past verb has come', () => {
  it('"The deadline, <day>, expired" is a past day, not next year\'s', () => {
    const texts = ['The landlord was told to mend the roof. The deadline, 30 April, expired without a reply.'];
    expect(shortestAt('2015-10-02', texts, 'expired without').date.start).toBe('2015-04-30');
  });

  it('a deadline still ahead keeps pointing forward', () => {
    const texts = ['The landlord faces a deadline of 30 April to mend the roof.'];
    expect(shortestAt('2015-10-02', texts, 'mend the roof').date.start).toBe('2016-04-30');
  });
});

describe('r47-indefinite-weekday: "on a bitter Thursday in November 1962" names no day of publication\'s week', () => {
  it('any word between the article and the weekday, with the month and year after it', () => {
    const texts = ['The lifeboat was first launched on a bitter Thursday in November 1962.'];
    const e = shortestAt('2010-05-05', texts, 'lifeboat was first launched');
    expect(e.date.start).toBe('1962-11');
  });

  it('a noun before a bare weekday, with no month after, is still that week\'s day', () => {
    const texts = ['The crew held a briefing Tuesday about the storm.'];
    expect(shortestAt('2010-05-05', texts, 'crew held').date.start).toBe('2010-05-04');
  });
});

describe('r47-years-and-months: "twenty years and three months later" counts both', () => {
  const texts = ['The keeper came to the lighthouse in March 1961. Twenty years and three months later, he put out the lamp for good.'];

  it('without a publication date', () => {
    expect(shortestNoPub(texts, 'put out the lamp').date.start).toBe('1981-06');
  });

  it('with one', () => {
    expect(shortestAt('1990-01-15', texts, 'put out the lamp').date.start).toBe('1981-06');
  });
});

describe('r47-weekday-then-count: "On Sunday, thirty years later," dates the clause by the weekday', () => {
  it('the count is the way to that Sunday, not counted on from it', () => {
    const texts = ['The ferry first sailed in February 1970. On Sunday, thirty years and three months later, it made its last crossing.'];
    expect(shortestAt('2000-05-10', texts, 'last crossing').date.start).toBe('2000-05-07');
  });
});

describe('r47-list-entry-year: a yearless date in an entry headed by a date with its year is in that year', () => {
  const texts = [
    'How the quarry changed hands',
    'Spring 2014 - The quarry is put up for sale. A buyer is found on 3 September.',
    'Autumn 2013 - The new owners fence it off. A public inquiry sits for four days, 8-11 December.',
  ];

  it('a day in the entry body takes the head\'s year, with certainty', () => {
    const e = shortestAt('2016-11-20', texts, 'buyer is found');
    expect(e.date.start).toBe('2014-09-03');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('so does a stretch of days', () => {
    const e = shortestAt('2016-11-20', texts, 'inquiry sits');
    expect(e.date.start).toBe('2013-12-08');
    expect(e.date.end).toBe('2013-12-11');
  });

  it('not in a plain paragraph that only opens with a year', () => {
    const plain = ['In 2014 the quarry was put up for sale. A buyer was found on 3 September.'];
    expect(shortestAt('2016-11-20', plain, 'buyer was found').date.start).not.toBe('2014-09-03');
  });
});

describe('r47-month-named-before: a past day of the month the sentence before wrote with its year', () => {
  const texts = ['The pits flooded in March 1912. The pumps failed on Friday 8 March, and the men bailed by hand from the Saturday until the Monday.'];

  it('is that month\'s day, not the one near publication', () => {
    const e = shortestAt('2013-03-20', texts, 'pumps failed');
    expect(e.date.start).toBe('1912-03-08');
  });

  it('and the weekdays counted on from it follow it', () => {
    const e = shortestAt('2013-03-20', texts, 'men bailed');
    expect(e.date.start).toBe('1912-03-09');
    expect(e.date.end).toBe('1912-03-11');
  });
});

describe('r47-after-which: "…, after which …" comes after the clause\'s time', () => {
  it('placed after the end of an "until" stretch, not before publication', () => {
    const texts = ['The ferry will keep sailing until the end of October 2031, after which the crossing will be served by a bridge.'];
    const e = shortestAt('2030-02-01', texts, 'served by a bridge');
    expect(e.date.start).toBe('2031-10');
    expect(e.date.mod).toBe('after');
  });

  it('"before which" is before it', () => {
    const texts = ['The choir sang its last concert on 9 March 2003, before which it had rehearsed for a month.'];
    const e = shortestAt('2010-02-01', texts, 'rehearsed for a month');
    expect(e.date.mod).toBe('before');
    expect(e.date.start).toBe('2003-03-09');
  });
});

describe('r47-british-days: Easter Saturday, Midsummer Day and Bonfire Night are days of the calendar', () => {
  it('"Easter Saturday" is the day before Easter Sunday', () => {
    const texts = ['The lido will reopen on Easter Saturday, with free entry for children.'];
    expect(shortestAt('2015-02-10', texts, 'lido will reopen').date.start).toBe('2015-04-04');
  });

  it('"Midsummer Day" with a year is 24 June of it', () => {
    const texts = ['The bell was recast on Midsummer Day 1932.'];
    expect(shortestAt('2015-02-10', texts, 'bell was recast').date.start).toBe('1932-06-24');
  });

  it('"Bonfire Night" told in the past is the last 5 November', () => {
    const texts = ['A rocket set fire to the bandstand on Bonfire Night.'];
    expect(shortestAt('2015-02-10', texts, 'set fire').date.start).toBe('2014-11-05');
  });
});

describe('r47-holiday-year-before: "on Boxing Day the year before" is counted from the year in focus', () => {
  it('the year before the one the sentence wrote', () => {
    const texts = ['The chapel roof was mended in 2001 after a storm on Boxing Day the year before.'];
    expect(shortestAt('2010-06-01', texts, 'a storm on Boxing Day').date.start).toBe('2000-12-26');
  });

  it('"the following year" the year after, and "the year before last" still from publication', () => {
    const texts = ['The mill burned in 1990 and reopened at Easter the following year.', 'The shop changed hands at Christmas the year before last.'];
    expect(shortestAt('2010-06-01', texts, 'reopened at Easter').date.start).toBe('1991-03-31');
    expect(shortestAt('2010-06-01', texts, 'changed hands').date.start).toBe('2008-12-25');
  });
});
