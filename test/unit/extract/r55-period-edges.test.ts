import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 55 (a55): "before the year (month, week) is out" is a deadline from publication to that period's last day;
// "the first / opening / last / final day of the year (month)" is that period's first or last day, of the year or month
// of the day the story is at. Every sentence here was written for this test.

describe('"before the year is out"', () => {
  it('runs from publication to the end of publication\'s year', () => {
    const texts = ['The Ostrey ferry company hopes to add a second boat before the year is out.'];
    const ev = shortestAt('2022-05-10', texts, 'second boat');
    expect([ev.date.start, ev.date.end]).toEqual(['2022-05-10', '2022-12-31']);
  });

  it('"before the month is over" ends on the month\'s last day', () => {
    const texts = ['Brindle said the new boiler would probably be fitted before the month is over.'];
    const ev = shortestAt('2024-02-07', texts, 'new boiler');
    expect([ev.date.start, ev.date.end]).toEqual(['2024-02-07', '2024-02-29']);
  });

  it('without the publication date the year is a flagged guess', () => {
    const texts = ['The Ostrey ferry company, founded in 2009, hopes to add a second boat before the year is out.'];
    const ev = shortestNoPub(texts, 'second boat');
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('the first or last day of the year or month', () => {
  it('"the first day of the year" after yesterday\'s win on New Year\'s Day', () => {
    const texts = ['The Caskey Otters won the county relay yesterday. Their win fell on the first day of the year.'];
    const ev = shortestAt('2019-01-02', texts, 'Their win fell');
    expect(ev.date.start).toBe('2019-01-01');
  });

  it('"the last day of the month" told after a day of the month before publication\'s', () => {
    const texts = ['Workers were told on 3 June that the depot would shut on the last day of the month.'];
    const ev = shortestAt('2021-07-09', texts, 'depot would shut');
    expect(ev.date.start).toBe('2021-06-30');
  });
});
