import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 38 (l38): a sentence with no date of its own whose predicate is a length ("Repairs took four years") runs
// that long from the last date its paragraph gave. Every sentence here was written for this test.

const span = (published: string, texts: string[], words: string) => {
  const e = shortestAt(published, texts, words);
  return [e.date.start, e.date.end];
};

describe('a length told as the predicate of a later sentence counts from the date before it', () => {
  it('"took nearly three years", a sentence between', () => {
    const texts = ['The gale struck the windmill on the night of 4 March 1990. Two sails were torn off. Repairs took nearly three years and emptied the trust’s funds.'];
    expect(span('2021-05-10', texts, 'Repairs took')).toEqual(['1990-03-04', '1993-03-04']);
  });

  it('"stayed shut for nine days": the day it began counted in', () => {
    const texts = ['The river burst its banks at Ossley on June 3, 1988. The main road stayed shut for nine days while crews cleared the mud.'];
    expect(span('2021-05-10', texts, 'stayed shut')).toEqual(['1988-06-03', '1988-06-11']);
  });

  it('"spent three years searching" in a later clause: that clause alone, from the month', () => {
    const texts = ['In May 1955 the archive was packed into crates for the move. The crates never reached Leeds, and the curator spent three years searching for them.'];
    const all = events('2021-05-10', ...texts);
    const e = all.find((x) => quoteOf(x, texts).startsWith('the curator spent'))!;
    expect([e.date.start, e.date.end]).toEqual(['1955-05', '1958-05']);
  });

  it('"lasted eleven weeks" with a pronoun subject', () => {
    const texts = ['The dockers walked out on 2 February 1972. It lasted eleven weeks and cost the port its biggest customer.'];
    expect(span('2021-05-10', texts, 'It lasted')).toEqual(['1972-02-02', '1972-04-18']);
  });
});

describe('what is no length from the date before', () => {
  it('a past perfect counts back: "had been shut for a week"', () => {
    const texts = ['The council closed the bridge on Monday. It had been shut for a week before that once already.'];
    const e = shortestAt('2021-05-10', texts, 'had been shut');
    expect(e.date.rule).not.toBe('sequence/length-predicate-from-date');
  });

  it('a birth starts no length: "born in 1931. She spent 30 years teaching"', () => {
    const texts = ['She was born in Hull in 1931. She spent 30 years teaching.'];
    const e = shortestAt('2021-05-10', texts, 'spent 30 years');
    expect(e.date.rule).not.toBe('sequence/length-predicate-from-date');
  });

  it('a length to come is no stretch told: "will take two years"', () => {
    const texts = ['The pier was damaged on 4 March 2021. Repairs will take two years.'];
    expect(events('2021-05-10', ...texts).some((e) => e.date.rule === 'sequence/length-predicate-from-date')).toBe(false);
  });
});
