import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 42 (s42): a night told as a whole ("overnight", "through the night") in a past clause that has a day of its
// own is that day's night: the day and the next; with the day told by its morning, the night before it. Every
// sentence here was written for this test.

const PUB = '2022-05-14'; // a Saturday

describe('r42-night-of-day: a night in a clause with its own day', () => {
  it('r42-night-of-day: "overnight on Tuesday" runs from Tuesday into Wednesday', () => {
    const texts = ['The council says the water main burst overnight on Tuesday.'];
    expect(shortestAt(PUB, texts, 'water main burst').date).toMatchObject({ start: '2022-05-10', end: '2022-05-11' });
  });

  it('r42-night-of-day: a night beside "Thursday night" in the same clause is that night', () => {
    const texts = ['Two climbers sheltered all night in a snow hole, despite a gale on Thursday night, and walked out unhurt.'];
    expect(shortestAt(PUB, texts, 'sheltered all night').date).toMatchObject({ start: '2022-05-12', end: '2022-05-13' });
  });

  it('r42-night-of-day: a day told by its morning makes the night the one before it', () => {
    const texts = ['The yacht drifted through the night until dawn on Friday.'];
    expect(shortestAt(PUB, texts, 'yacht drifted').date).toMatchObject({ start: '2022-05-12', end: '2022-05-13' });
  });

  it('r42-night-of-day: a night before another predicate with the date keeps that predicate\'s day', () => {
    const texts = ['Firefighters fought the blaze through the night and declared it out at dawn on Sunday.'];
    const date = shortestAt(PUB, texts, 'fought the blaze').date;
    expect(date.start).toBe('2022-05-08');
    expect(date.end).toBeUndefined();
  });

  it('r42-night-of-day: "the night shift" names a kind of shift, not a night', () => {
    const texts = ['The oven caught fire on 3 May during the night shift.'];
    const date = shortestAt(PUB, texts, 'oven caught fire').date;
    expect(date.start).toBe('2022-05-03');
    expect(date.end).toBeUndefined();
  });

  it('r42-night-of-day: a clause with its day and no night keeps the one day', () => {
    const texts = ['The council says the water main burst on Tuesday.'];
    const date = shortestAt(PUB, texts, 'water main burst').date;
    expect(date.start).toBe('2022-05-10');
    expect(date.end).toBeUndefined();
  });

  it('r42-night-of-day: a night that would run past publication is left as its day', () => {
    const texts = ['Volunteers kept watch over the nest overnight on Saturday.'];
    const date = shortestAt('2022-05-14', texts, 'kept watch').date;
    expect(date.start).toBe('2022-05-14');
    expect(date.end).toBeUndefined();
  });

  it('r42-night-of-day: a when-clause night after its day keeps the day the clause gives', () => {
    const texts = ['The library has been shut since 3 May, when part of its roof collapsed overnight.'];
    const date = shortestAt(PUB, texts, 'roof collapsed').date;
    expect(date.start).toBe('2022-05-03');
    expect(date.end).toBeUndefined();
  });
});
