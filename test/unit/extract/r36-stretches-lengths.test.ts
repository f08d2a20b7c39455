import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (c36): a stretch told as a start and a length, which came out as the start's day alone. Every sentence here
// was written for this test (none comes from an eval set or a probe).

describe('a named stretch counted from a start: "in the three weeks from 20 July"', () => {
  it('"in the N weeks from <day>"', () => {
    const texts = ['The weather station logged 95 millimetres of rain in the three weeks from 2 June.'];
    const e = shortestAt('2021-09-01', texts, 'logged 95 millimetres');
    expect([e.date.start, e.date.end]).toEqual(['2021-06-02', '2021-06-22']);
  });

  it('"over the N days from <day>"', () => {
    const texts = ['The ferry carried 12,000 passengers over the ten days from August 3.'];
    const e = shortestAt('2021-09-01', texts, 'carried 12,000 passengers');
    expect([e.date.start, e.date.end]).toEqual(['2021-08-03', '2021-08-12']);
  });

  it('"during the first N weeks from <day>"', () => {
    const texts = ['Ticket sales doubled during the first two weeks from May 10.'];
    const e = shortestAt('2021-09-01', texts, 'Ticket sales doubled');
    expect([e.date.start, e.date.end]).toEqual(['2021-05-10', '2021-05-23']);
  });

  it('"in two weeks from Monday" without "the" stays one day, not a stretch', () => {
    const texts = ['The council will decide in two weeks from Monday.'];
    const e = shortestAt('2021-09-01', texts, 'will decide');
    expect(e.date.end ?? null).toBeNull();
  });
});

describe('a start inside the clause and the length right after it: "from <date> for <length>"', () => {
  it('"searched the moor from Tuesday for four days"', () => {
    const texts = ['Mountain rescue teams searched the moor from 9 March for four days.'];
    const e = shortestAt('2021-04-01', texts, 'searched the moor');
    expect([e.date.start, e.date.end]).toEqual(['2021-03-09', '2021-03-12']);
  });

  it('"worked from <day> for six weeks"', () => {
    const texts = ['A crew of roofers worked on the chapel from 4 June for six weeks.'];
    const e = shortestAt('2021-09-01', texts, 'worked on the chapel');
    expect([e.date.start, e.date.end]).toEqual(['2021-06-04', '2021-07-15']);
  });

  it('"from <month> for three months", at the month\'s precision', () => {
    const texts = ['The quarry sent its stone north by barge from April 2019 for three months.'];
    const e = shortestAt('2021-09-01', texts, 'sent its stone north');
    expect([e.date.start, e.date.end]).toEqual(['2019-04', '2019-06']);
  });

  it('a later date in the same clause keeps its own day', () => {
    const texts = ['Police searched the river from 3 May for five days and divers joined them on 6 May.'];
    expect(shortestAt('2021-09-01', texts, 'divers joined them').date.start).toBe('2021-05-06');
  });
});

describe('a thing that went on for a length after it began on a day', () => {
  it('"began on Friday and continued for a week"', () => {
    const texts = ['Snow began to fall on 12 February and continued for a week.'];
    const e = shortestAt('2021-03-01', texts, 'continued for a week');
    expect([e.date.start, e.date.end]).toEqual(['2021-02-12', '2021-02-18']);
  });

  it('"broke out on <day> and raged for ten days"', () => {
    const texts = ['A fire broke out in the pine forest on July 2 and raged for ten days.'];
    const e = shortestAt('2021-09-01', texts, 'raged for ten days');
    expect([e.date.start, e.date.end]).toEqual(['2021-07-02', '2021-07-11']);
  });

  it('"set in on <day> and barely stopped for three days"', () => {
    const texts = ['Heavy rain set in on 14 October and barely stopped for three days.'];
    const e = shortestAt('2021-11-01', texts, 'barely stopped for three days');
    expect([e.date.start, e.date.end]).toEqual(['2021-10-14', '2021-10-16']);
  });

  it('"started on <day> and went on for two weeks"', () => {
    const texts = ['The dockers\u2019 strike started on 1 March and went on for two weeks.'];
    const e = shortestAt('2021-09-01', texts, 'went on for two weeks');
    expect([e.date.start, e.date.end]).toEqual(['2021-03-01', '2021-03-14']);
  });
});
