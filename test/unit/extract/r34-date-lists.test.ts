import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 34 (c34): a list of three or more dates that runs as one stretch of the calendar (days of one month, months
// in a row, seasons in a row) is one mention and one entry, the span from its first item to its last, as the gold
// conventions give "on 14 and 15 December" one range. The year written after the last item is every item's. Every
// sentence here was written for this test.

const PUB = '2021-06-01';

describe('months in a row sharing one written year', () => {
  it('"in January, February and March 2020" is January to March 2020', () => {
    const d = shortestAt(PUB, ['The canal stayed frozen in January, February and March 2020.'], 'canal stayed').date;
    expect([d.start, d.end]).toEqual(['2020-01', '2020-03']);
    expect(d.yearUncertain).toBeUndefined();
  });

  it('with a serial comma: "in October, November, and December 1987"', () => {
    const texts = ['Looters emptied the depot in October, November, and December 1987.'];
    const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('Looters'));
    expect(found).toHaveLength(1);
    expect([found[0].date.start, found[0].date.end]).toEqual(['1987-10', '1987-12']);
  });

  it('four months: "during April, May, June and July of 2016"', () => {
    const d = shortestAt(PUB, ['The ferry was laid up during April, May, June and July of 2016.'], 'ferry was').date;
    expect([d.start, d.end]).toEqual(['2016-04', '2016-07']);
  });

  it('seasons in a row: "in the spring, summer and autumn of 1976", and a pair "in the spring and summer of 1999"', () => {
    const a = shortestAt(PUB, ['Wells ran dry in the spring, summer and autumn of 1976.'], 'Wells ran').date;
    expect([a.start.slice(0, 7), a.end?.slice(0, 7)]).toEqual(['1976-03', '1976-11']);
    const texts = ['The roof leaked in the spring and summer of 1999.'];
    const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('roof leaked'));
    expect(found).toHaveLength(1);
    expect([found[0].date.start, found[0].date.end]).toEqual(['1999-03', '1999-08']);
  });

  it('months that skip stay apart: "in March, June and September 2011" is no March-to-September stretch', () => {
    const texts = ['Votes were held in March, June and September 2011.'];
    const dates = events(PUB, ...texts).map((e) => e.date);
    expect(dates.some((d) => d.start === '2011-03' && d.end === '2011-09')).toBe(false);
    expect(dates.some((d) => d.start === '2011-03')).toBe(true);
  });
});

describe('days of one month listed', () => {
  it('"on 3, 4 and 7 June 2019" is 3 to 7 June, one event', () => {
    const texts = ['The bridge was shut to lorries on 3, 4 and 7 June 2019.'];
    const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('bridge'));
    expect(found).toHaveLength(1);
    expect([found[0].date.start, found[0].date.end]).toEqual(['2019-06-03', '2019-06-07']);
  });

  it('month first: "on June 3, 4 and 7, 2015", and its title keeps no stray day number', () => {
    const e = shortestAt(PUB, ['Ferries to the island were cancelled on June 3, 4 and 7, 2015.'], 'Ferries');
    expect([e.date.start, e.date.end]).toEqual(['2015-06-03', '2015-06-07']);
    expect(e.title).not.toMatch(/\d/);
  });

  it('with a serial comma: "on Sept. 9, 12, and 18, 2004" stays one clause', () => {
    const texts = ['Inspectors visited the mine on Sept. 9, 12, and 18, 2004.'];
    const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('Inspectors') || quoteOf(e, texts).includes('2004'));
    expect(found).toHaveLength(1);
    expect([found[0].date.start, found[0].date.end]).toEqual(['2004-09-09', '2004-09-18']);
  });

  it('four days, month last: "on 12, 13, 14 and 20 October 2022"', () => {
    const d = shortestAt(PUB, ['The hall was hired for rehearsals on 12, 13, 14 and 20 October 2022.'], 'hall was hired').date;
    expect([d.start, d.end]).toEqual(['2022-10-12', '2022-10-20']);
  });

  it('a count after a date is no listed day: "On May 3, 1,200 people marched"', () => {
    const d = shortestAt(PUB, ['On May 3, 2012, 1,200 people marched to the square.'], 'people marched').date;
    expect(d.start).toBe('2012-05-03');
    expect(d.end).toBeUndefined();
  });
});
