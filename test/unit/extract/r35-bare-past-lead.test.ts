import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 35 (a35): a year in a clause whose verb is a past with its bare form ("put", "cut", "set", "shut") dates that
// clause, not a sibling predicate told after it: the sibling's bare month takes that year only as a guess. Every
// sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2018-02-02';

const CASES: [string, string][] = [
  ['The owners put the hotel up for sale in 2011, found no buyer, and announced in October that it would close.', 'announced'],
  ['The club cut its fees in 2014, lost members anyway, and said in May that it would fold.', 'said in May'],
  ['The council shut the baths in 2013 for repairs, ran out of money, and admitted in June that they would not reopen.', 'admitted in June'],
];

describe('a sibling predicate after a year in a same-form past clause', () => {
  it.each(CASES)('with a publication date the year is no certainty: %s', (text, words) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.yearUncertain).toBe(true);
  });

  it.each(CASES)('without one the written year is a guess: %s', (text, words) => {
    const ev = shortestNoPub([text], words);
    expect(ev.date.yearUncertain).toBe(true);
  });
});
