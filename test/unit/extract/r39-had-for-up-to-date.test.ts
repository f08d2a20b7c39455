import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (l39): a relative clause in the past perfect after a dated clause whose predicate lasts a length ("…, who
// had seen it in his fields for about ten days") ran that long up to the date before it.
// Every sentence here was written for this test.

const span = (published: string, texts: string[], words: string) => {
  const e = shortestAt(published, texts, words);
  return [e.date.start, e.date.end, e.date.rule];
};

describe('a past-perfect length after a dated clause runs up to its date', () => {
  it('"who had seen it … for about ten days" after "on Friday"', () => {
    const texts = ['The lost spaniel was found on Friday by a farmer, who had seen it roaming his fields for about ten days.'];
    expect(span('2017-10-19', texts, 'who had seen it')).toEqual(['2017-10-04', '2017-10-13', 'sequence/had-for-up-to-date']);
  });

  it('"who had been living in the woods for two months"', () => {
    const texts = ['Police arrested a man on 3 May, who had been living in the woods for two months.'];
    expect(span('2017-05-20', texts, 'who had been living')).toEqual(['2017-03-03', '2017-05-03', 'sequence/had-for-up-to-date']);
  });

  it('"which had been at sea for a year"', () => {
    const texts = ['The survey ship docked in Hull on 2 June 2016, which had been at sea for a year.'];
    expect(span('2017-01-20', texts, 'which had been at sea')).toEqual(['2015-06-02', '2016-06-02', 'sequence/had-for-up-to-date']);
  });
});

describe('what is not such a length', () => {
  it('a rate or an obligation is no length up to the date', () => {
    const texts = ['The ferry was withdrawn on Monday, which had to be repaired for three weeks.'];
    expect(shortestAt('2017-05-20', texts, 'which had to be').date.rule).not.toBe('sequence/had-for-up-to-date');
  });
});
