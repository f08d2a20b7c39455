import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 24 (u24): a stated length that places an event against one of its ends. Every sentence here was written
// for this file.

describe('"for <length> after/before" a dated happening: a stretch from the date, not a point', () => {
  it('years after a year: from that year to the year the length reaches', () => {
    const e = shortestAt('2024-05-02', ['The lighthouse stood dark for five years after the storm of 1953.'], 'stood dark');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['1953', '1958', undefined]);
  });

  it('days after a day: the date counted in, and the happening it follows still on its own day', () => {
    const texts = ['The bridge stayed closed for four days after the collision on Feb. 11.'];
    const e = shortestAt('2024-03-01', texts, 'stayed closed');
    expect([e.date.start, e.date.end]).toEqual(['2024-02-11', '2024-02-14']);
    const collision = shortestAt('2024-03-01', texts, 'the collision');
    expect([collision.date.start, collision.date.end]).toEqual(['2024-02-11', undefined]);
  });

  it('years after a bare year start the year after it ("for six years after 1952": 1953 to 1958)', () => {
    const e = shortestAt('2024-05-02', ['The hill climb lapsed for six years after 1952, when its sponsor folded.'], 'lapsed');
    expect([e.date.start, e.date.end]).toEqual(['1953', '1958']);
  });

  it('days after a bare day start the next day', () => {
    const e = shortestAt('2024-12-01', ['The pier was closed for three days after Oct. 8.'], 'pier was closed');
    expect([e.date.start, e.date.end]).toEqual(['2024-10-09', '2024-10-11']);
  });

  it('an approximate length before a day is an approximate stretch up to it', () => {
    const e = shortestAt('2024-09-30', ['The marina was shut for about two weeks before the regatta on Aug. 24.'], 'marina was shut');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2024-08-11', '2024-08-24', 'approx']);
  });

  it('"for more than six years" gives no length to count: the event stays only after the date', () => {
    const e = shortestAt('2024-05-02', ['The tram ran for more than six years after its opening in 1990.'], 'tram ran');
    expect(e.date.end).toBeUndefined();
    expect(e.date.mod).toBe('after');
  });
});

describe('a happening given its length and one of its ends', () => {
  it('"a three-week lockout that began on Sept. 2": from that day to the last of the three weeks', () => {
    const e = shortestAt('2024-11-01', ['A three-week lockout that began on Sept. 2 idled the smelter.'], 'lockout');
    expect([e.date.start, e.date.end]).toEqual(['2024-09-02', '2024-09-22']);
  });

  it('"a four-day power cut that ended on Jan. 19": counted back from the end', () => {
    const e = shortestAt('2024-02-10', ['A four-day power cut that ended on Jan. 19 left the valley farms without milking machines.'], 'power cut');
    expect([e.date.start, e.date.end]).toEqual(['2024-01-16', '2024-01-19']);
  });

  it('a month count from a month stays at a month\'s precision', () => {
    const e = shortestAt('2024-05-02', ['A six-month survey that began in March 2021 counted 40 nests on the cliffs.'], 'survey');
    expect([e.date.start, e.date.end]).toEqual(['2021-03', '2021-09']);
  });

  it('when the clause only comes after it, the happening is its own event and the clause keeps its day', () => {
    const texts = ['The ferry resumed service after a three-day suspension that ended on April 6.'];
    const all = events('2024-05-02', ...texts);
    const suspension = all.find((e) => quoteOf(e, texts).startsWith('three-day suspension'));
    expect(suspension?.date).toMatchObject({ start: '2024-04-04', end: '2024-04-06' });
    const ferry = shortestAt('2024-05-02', texts, 'ferry resumed');
    expect([ferry.date.start, ferry.date.end]).toEqual(['2024-04-06', undefined]);
  });

  it('"After a 21-day crossing, …" on a day: the crossing is the 21 days up to it, not only "before"', () => {
    const texts = ['After a 21-day crossing, the ketch reached Funchal on Oct. 30.'];
    const crossing = shortestAt('2024-11-15', texts, 'After a 21-day crossing');
    expect([crossing.date.start, crossing.date.end, crossing.date.mod]).toEqual(['2024-10-10', '2024-10-30', undefined]);
  });
});
