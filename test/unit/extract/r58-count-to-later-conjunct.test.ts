import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 58 (c58): "They signed the lease N units before the move, and moved in on <date>": an undated first conjunct counted from
// a happening that the conjunct after it, in the same sentence, dates (countedToLaterConjunct, happenings.ts; called
// from namedAgainClauses, events.ts). Every sentence here was written for this test.

const at = (pub: string, texts: string[], words: string) => events(pub, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('a count from a happening the next conjunct dates', () => {
  it('counts years back from the wedding the conjunct after it dates', () => {
    const texts = ['Sabra Larrow and Arno Sowe had first danced together at a harvest supper two years before their wedding, and married in the chapel at Tasby on 3 June 1961.'];
    const ev = at('2021-06-10', texts, 'two years before their wedding');
    expect(ev?.date.start).toBe('1959');
    expect(ev?.date.rule).toBe('sequence/counted-from-happening');
    expect(at('2021-06-10', texts, 'in the chapel')?.date.start).toBe('1961-06-03');
  });

  it('counts a month back from a move told by its verb', () => {
    const texts = ['The printing firm signed the lease a month before the move, and moved into the old rope works on 14 May 1998.'];
    expect(at('2021-06-10', texts, 'a month before the move')?.date.start).toBe('1998-04');
  });

  it('counts without a publication date too', () => {
    const texts = ['The firm signed the lease ten days before the move, and moved into the old rope works on 14 May 1998.'];
    const ev = nopub(...texts).find((e) => quoteOf(e, texts).includes('ten days before the move'));
    expect(ev?.date.start).toBe('1998-05-04');
  });

  it('leaves the clause alone when the next conjunct tells another happening', () => {
    const texts = ['The firm signed the lease a month before the move, and sold its vans on 14 May 1998.'];
    expect(at('2021-06-10', texts, 'a month before the move')?.date.rule).not.toBe('sequence/counted-from-happening');
  });
});
