import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 30 (f30): families of wrong dates that probes 8, 9 and 20 showed. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('"on the second day" with no day of its own is a day of the happening in focus', () => {
  it('counts from the day the happening in focus began', () => {
    const texts = ['The inquiry into the ferry fire opened on March 3 and sat for a week. The captain gave evidence on the third day.'];
    const d = shortestAt('2022-04-20', texts, 'captain gave evidence').date;
    expect([d.start, d.end, d.mod]).toEqual(['2022-03-05', undefined, undefined]);
  });
  it('the first day is the day it began', () => {
    const texts = ['The festival opened on July 8, 2019.', 'A stage collapsed on the first day.'];
    const d = shortestAt('2019-07-20', texts, 'stage collapsed').date;
    expect(d.start).toBe('2019-07-08');
  });
  it('not past the end of a happening dated as a range', () => {
    const texts = ['The talks ran from May 2 to May 3. Both sides walked out on the fifth day.'];
    expect(shortestAt('2022-06-01', texts, 'walked out').date.start).not.toBe('2022-05-06');
  });
  it('a conjunct after a clause dated as a range of days is a day of that range, an event of its own', () => {
    const texts = ['The inquiry sat from June 14 to 17, and the panel toured the burned warehouse on the third day.'];
    const d = shortestAt('2023-07-02', texts, 'panel toured').date;
    expect([d.start, d.end]).toEqual(['2023-06-16', undefined]);
    expect(shortestAt('2023-07-02', texts, 'inquiry sat').date.end).toBe('2023-06-17');
  });
  it('not a conjunct whose day would fall past the range', () => {
    const texts = ['The inquiry sat from June 14 to 15, and the panel toured the burned warehouse on the fourth day.'];
    expect(shortestAt('2023-07-02', texts, 'panel toured').date.start).not.toBe('2023-06-17');
  });
  it('not a day of another happening named after it', () => {
    const texts = ['The talks opened on May 2. The mayor fell ill on the second day of the strike.'];
    expect(shortestAt('2022-06-01', texts, 'mayor fell ill').date.start).not.toBe('2022-05-03');
  });
});

describe('"took N years" beside a date', () => {
  it('"took her N years to <verb> and was <done> in <year>": the years up to that year', () => {
    const texts = ['The new rose took her nine years to breed and was shown at the county fair in 1974.'];
    const d = shortestAt('2001-05-02', texts, 'took her nine years').date;
    expect([d.start, d.end]).toEqual(['1965', '1974']);
  });
  it('"began in <year> and took N years", with no comma: the years from that year', () => {
    const texts = ['Work on the harbour wall began in the autumn of 1888 and took six years.'];
    const d = shortestAt('2001-05-02', texts, 'took six years').date;
    expect([d.start, d.end]).toEqual(['1888', '1894']);
  });
  it('not a length a conjunct only names ("and took two years off" still counts on)', () => {
    const texts = ['She qualified as a nurse in 1990 and took two years off to travel.'];
    const d = shortestAt('2001-05-02', texts, 'took two years').date;
    expect(d.start).toBe('1990');
  });
});

describe('"the following winter" after a year in focus', () => {
  it('is the winter that begins in that year', () => {
    const texts = ['The mill closed for good in 1931. The following winter the pond froze hard enough for skating.'];
    const d = shortestAt('2001-05-02', texts, 'pond froze').date;
    expect([d.start, d.end]).toEqual(['1931-12', '1932-02']);
  });
  it('the following spring is still the next year', () => {
    const texts = ['The mill closed for good in 1931. The following spring the pond was drained.'];
    const d = shortestAt('2001-05-02', texts, 'pond was drained').date;
    expect(d.start).toBe('1932-03');
  });
});

describe('a weekday ending a range that starts on a written date', () => {
  it('is named from publication, as news names a weekday', () => {
    const texts = ['The book fair, which ran from Oct. 2 until Sunday, sold out its last stalls.'];
    const d = shortestAt('2024-10-16', texts, 'ran from').date;
    expect([d.start, d.end]).toEqual(['2024-10-02', '2024-10-13']);
  });
  it('a weekday range still ends within its week', () => {
    const d = shortestAt('2024-10-16', ['The ferry ran from Monday to Wednesday.'], 'ferry ran').date;
    expect([d.start, d.end]).toEqual(['2024-10-14', '2024-10-16']);
  });
  it('a weekday that its tense puts before the start is the first one after it', () => {
    const d = shortestAt('2024-10-16', ['The show will run from Oct. 22 until Friday.'], 'show will run').date;
    expect([d.start, d.end]).toEqual(['2024-10-22', '2024-10-25']);
  });
});
