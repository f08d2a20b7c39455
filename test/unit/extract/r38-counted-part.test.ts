import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (l38): "the first seven weeks of this year", "the last ten days of June": a counted number of days or weeks
// at one end of a month or a year is that many days, exactly. Every sentence here was written for this test.

const span = (published: string, text: string, words: string) => {
  const e = shortestAt(published, [text], words);
  return [e.date.start, e.date.end];
};

describe('a counted stretch of days or weeks at one end of a month or a year', () => {
  it('"the first seven weeks of this year": 1 January to 18 February', () => {
    expect(span('2021-05-10', 'Orders in the first seven weeks of this year have matched the board’s forecast, the firm said.', 'Orders in the first')).toEqual(['2021-01-01', '2021-02-18']);
  });

  it('"the first two weeks of March": 1 to 14 March', () => {
    expect(span('2021-05-10', 'During the first two weeks of March the canal froze twice.', 'the canal froze')).toEqual(['2021-03-01', '2021-03-14']);
  });

  it('"the final two weeks of 2020": 18 to 31 December', () => {
    expect(span('2021-05-10', 'Over the final two weeks of 2020 the clinic saw 300 patients.', 'the clinic saw')).toEqual(['2020-12-18', '2020-12-31']);
  });

  it('"the first three days of April 2019": 1 to 3 April', () => {
    expect(span('2021-05-10', 'The first three days of April 2019 were the wettest the valley had known.', 'the wettest')).toEqual(['2019-04-01', '2019-04-03']);
  });
});

describe('what stays as it was', () => {
  it('"the last few days of May" names no count: the month’s end', () => {
    const e = shortestAt('2021-05-10', ['The quay was closed for the last few days of May last year.'], 'The quay was closed');
    expect(e.date.end).toBeUndefined();
  });
});
