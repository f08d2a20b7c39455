import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (b58): a figure set against the clause's own with "against", "compared with" or "after a loss of" is an
// earlier figure, taken at its own time; "the year before" or "a year earlier" there is the clause's own stretch a
// year back. Every sentence here was written for this test.

describe('a figure compared with an earlier one', () => {
  it('"against" a figure with a year of its own', () => {
    const texts = ['Ticket sales at the Varnby baths reached 52,000 in 2021, against 38,400 in 2017, its manager said.'];
    const all = events('2022-04-20', ...texts);
    const earlier = all.find((e) => quoteOf(e, texts).startsWith('against 38,400'));
    expect(earlier?.date.start).toBe('2017');
    const own = all.find((e) => quoteOf(e, texts).startsWith('Ticket sales'));
    expect(own?.date.start).toBe('2021');
  });

  it('"against" a tally taken at the last count', () => {
    const texts = ['The otter survey was made on the night of 9 May, when 310 animals were seen, against 270 at the last count in May 2014.'];
    const earlier = events('2019-05-30', ...texts).find((e) => quoteOf(e, texts).startsWith('against 270'));
    expect(earlier?.date.start).toBe('2014-05');
  });

  it('"the year before" after a trading year is that year a year back', () => {
    const texts = ['Brindlecombe Ropes made a loss of 700,000 crowns in the year to September 30, 2020, after a loss of 1.2 million crowns the year before.'];
    const earlier = events('2020-12-03', ...texts).find((e) => quoteOf(e, texts).startsWith('after a loss of 1.2 million'));
    expect(earlier?.date.start).toBe('2018-10');
    expect(earlier?.date.end).toBe('2019-09-30');
  });

  it('"a year earlier" after a quarter is the same quarter a year back', () => {
    const texts = ['The Ostler bus company reported a profit of 4 million pounds for the first quarter, compared with a loss of 1 million pounds a year earlier.'];
    const earlier = events('2016-05-11', ...texts).find((e) => quoteOf(e, texts).startsWith('compared with a loss'));
    expect(earlier?.date.start).toBe('2015-01');
    expect(earlier?.date.end).toBe('2015-03');
  });

  it('"after" needs a result named, not any count of years', () => {
    const texts = ['Harkness retired from the foundry in 2008 after 39 years as a moulder.'];
    const all = events('2010-02-02', ...texts);
    expect(all.some((e) => /^Earlier figure/.test(e.title))).toBe(false);
  });
});

describe('r58-compared-figure: the sentence after an earlier figure', () => {
  it('goes on from the clause’s own time, not the earlier figure’s', () => {
    // The yardstick a year back is not where the story is: the next undated sentence is of the clause's quarter.
    const texts = ['Quenwick Foods made a profit of 3 million crowns in the second quarter, against a loss of 1 million crowns a year earlier. Its exports rose by a fifth.'];
    const rose = events('2019-08-20', ...texts).find((e) => /exports rose/i.test(e.title));
    expect(rose?.date.start).toBe('2019-04');
  });
});
