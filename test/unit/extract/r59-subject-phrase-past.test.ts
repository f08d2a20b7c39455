import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (found59): a subject whose participle phrase or contact relative clause closes on a date of its own, then a
// main verb in the simple past with another date. Read as one clause, the phrase's date dated the main verb. Every
// sentence here was written for this test.

describe('a dated phrase on the subject before a simple past', () => {
  it('splits a participle phrase from a main verb with no helping verb', () => {
    const texts = ['A granary bought by the Wetherly trust in 1962 burned down in March 2011.'];
    const all = events('2019-05-10', ...texts);
    const burned = all.find((e) => quoteOf(e, texts).startsWith('burned down'));
    expect(burned?.date.start).toBe('2011-03');
    const bought = all.find((e) => quoteOf(e, texts).includes('bought by the Wetherly trust'));
    expect(bought?.date.start).toBe('1962');
  });

  it('splits a contact relative clause on the subject', () => {
    const texts = ['The boathouse they restored in 1994 collapsed in February 2020.'];
    const all = events('2020-03-02', ...texts);
    expect(all.find((e) => quoteOf(e, texts).startsWith('collapsed'))?.date.start).toBe('2020-02');
    expect(all.find((e) => quoteOf(e, texts).includes('they restored'))?.date.start).toBe('1994');
  });

  it('a fronted time before a pronoun is no noun with a relative clause', () => {
    const texts = ['A year later they sold the Gorran farm in 1990 and moved in 1995.'];
    const all = events('2019-05-10', ...texts);
    expect(all.some((e) => quoteOf(e, texts).startsWith('A year later they sold'))).toBe(true);
  });
});
