import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 46 (r46), counts, lengths and "since". Sentences written for these tests (none from an eval set or a probe).

describe('r46-most-recently: a count since a happening with no date, whose only date is its last time', () => {
  const PUB = '2021-05-10';

  it('r46-most-recently: "Since then, … suspended four times, most recently in 2016" runs from the happening before up to publication', () => {
    const texts = ['The ferry first sailed to the island in 1988.', 'Since then, the service has been suspended four times, most recently in 2016, and the fares have doubled.'];
    const e = shortestAt(PUB, texts, 'suspended four times');
    expect(quoteOf(e, texts)).not.toContain('2016');
    expect(e.date).toMatchObject({ start: '1988', end: PUB });
  });

  it('r46-most-recently: the last time keeps its own date, as its own event', () => {
    const texts = ['The ferry first sailed to the island in 1988.', 'Since then, the service has been suspended four times, most recently in 2016, and the fares have doubled.'];
    expect(shortestAt(PUB, texts, 'most recently in 2016').date).toMatchObject({ start: '2016' });
  });

  it('r46-most-recently: "closed twice since the storm, most recently in 2019" runs from the storm up to publication', () => {
    const texts = ['A storm wrecked the pier at Wendle Bay in 1990.', 'The pier has been closed twice since the storm, most recently in 2019.'];
    const e = shortestAt(PUB, texts, 'closed twice since the storm');
    expect(quoteOf(e, texts)).not.toContain('2019');
    expect(e.date).toMatchObject({ start: '1990', end: PUB });
  });

  it('r46-most-recently: a count since a happening the text never dated stays one event with its last time', () => {
    const texts = ['The ferry line has been warned four times since the takeover, most recently in March.'];
    const e = shortestAt(PUB, texts, 'warned four times');
    expect(quoteOf(e, texts)).toContain('most recently in March');
    expect(e.date.start).toBe('2021-03');
  });

  it('r46-most-recently: a count with no "since" keeps the date of its last time ("failed three times, most recently in 2012")', () => {
    const texts = ['Three earlier bids for the county cup failed, most recently in 2012.'];
    const all = events(PUB, ...texts);
    const e = all.find((x) => quoteOf(x, texts).includes('bids for the county cup'));
    expect(e?.date.start).toBe('2012');
  });

  it('r46-most-recently: a count since a dated year is left as it was ("since 2011, most recently on 9 June")', () => {
    const texts = ['The lift has jammed five times since 2011, most recently on 9 June.'];
    const e = shortestAt(PUB, texts, 'jammed five times');
    expect(e.date.start).toBe('2011');
  });
});

describe('r46-length-from-start: a length told after a start named with "from" runs from that start', () => {
  const PUB = '2015-07-20';

  it('r46-length-from-start: "from 1 October, when the bypass opens, in a four-month trial" ends on 31 January', () => {
    const texts = ['A ban on lorries will apply in the high street from 1 October, when the bypass opens, in a four-month trial.'];
    expect(shortestAt(PUB, texts, 'ban on lorries').date).toMatchObject({ start: '2015-10-01', end: '2016-01-31' });
  });

  it('r46-length-from-start: "from next month, in a one-year trial" runs to the eleventh month after', () => {
    const texts = ['Parcels will be carried by bicycle from next month, in a one-year trial.'];
    expect(shortestAt(PUB, texts, 'carried by bicycle').date).toMatchObject({ start: '2015-08', end: '2016-07' });
  });

  it('r46-length-from-start: a relative clause on the length\'s noun leaves the length with the start ("in a one-year trial that …")', () => {
    const texts = ['Parcels will be carried by bicycle from next month, in a one-year trial that the council approved on Tuesday.'];
    const e = shortestAt(PUB, texts, 'carried by bicycle');
    expect(quoteOf(e, texts)).toContain('one-year trial');
    expect(e.date).toMatchObject({ start: '2015-08', end: '2016-07' });
  });

  it('r46-length-from-start: a length with no "from" before the date is left alone ("on 1 October, in a four-month trial")', () => {
    const texts = ['The council approved the ban on 1 October, in a four-month trial.'];
    expect(shortestAt(PUB, texts, 'approved the ban').date.end).toBeUndefined();
  });
});

describe('r46-aside-state: a state set off after its noun lasts up to the dated happening its clause goes on to', () => {
  const PUB = '2010-01-10';

  it('r46-aside-state: "The mill, idle since 1990, was pulled down in May 2009" runs from 1990 to May 2009', () => {
    const texts = ['The mill, idle since 1990, was pulled down in May 2009.'];
    const e = shortestAt(PUB, texts, 'idle since 1990');
    expect(e.date).toMatchObject({ start: '1990', end: '2009-05' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r46-aside-state: "planned since 2006 by two brothers, opened in September" runs up to September', () => {
    const texts = ['The folk festival, planned since 2006 by two brothers, opened in September with a parade.'];
    expect(shortestAt(PUB, texts, 'planned since 2006').date).toMatchObject({ start: '2006', end: '2009-09' });
  });

  it('r46-aside-state: a clause going on ahead leaves the state up to publication ("empty since May, will be sold next year")', () => {
    const texts = ['The pool, empty since May, will be sold next year.'];
    expect(shortestAt(PUB, texts, 'empty since May').date.end).toBe(PUB);
  });
});

describe('r46-length-from-start: without the publication date', () => {
  it('r46-length-from-start: months counted from a year alone give no end ("from 2014, in a six-month trial")', () => {
    const texts = ['Parcels will be carried by bicycle from 2014, in a six-month trial.'];
    expect(shortestAt('2013-07-20', texts, 'carried by bicycle').date.end).toBeUndefined();
  });
});

describe('r46-since-today: a present perfect since a time of the day of telling lies within that day', () => {
  const PUB = '2021-03-18';

  it('r46-since-today: "have been queuing outside the bakery since early this morning" is the day of publication', () => {
    const texts = ['Shoppers have been queuing outside the bakery since early this morning.'];
    const e = shortestAt(PUB, texts, 'queuing outside the bakery');
    expect(e.date).toMatchObject({ start: PUB });
    expect(e.date.mod).toBeUndefined();
    expect(e.date.end ?? PUB).toBe(PUB);
  });

  it('r46-since-today: a day before publication still runs up to publication ("since Monday morning")', () => {
    const texts = ['Shoppers have been queuing outside the bakery since Monday morning.'];
    expect(shortestAt(PUB, texts, 'queuing outside the bakery').date).toMatchObject({ start: '2021-03-15', end: PUB });
  });
});
