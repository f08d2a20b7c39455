import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (a35): a month with words that count its year from publication beyond "last year" ("in March the year
// before last", "in June two years ago", "in May the year after next") takes that year, as "in March last year" does.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2016-05-12';

describe('a month whose year the words count from publication', () => {
  it.each([
    ['The pier was damaged in a storm in March the year before last.', 'pier was damaged', '2014-03'],
    ['The bakery on Fore Street opened in June two years ago.', 'bakery', '2014-06'],
    ['Her brother emigrated in October three years ago and has not been back.', 'emigrated', '2013-10'],
    ['The new tunnel is due to open in May the year after next.', 'tunnel', '2018-05'],
  ])('%s', (text, words, month) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.start).toBe(month);
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});
