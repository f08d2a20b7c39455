import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf } from './event-lookup';

// Round 58 (c58): a past length with no date of its own ("taught there for twelve years", a fronted "Collecting
// pennies for ten years, …") followed straight away by a clause of the same subject that a date places runs up to that
// date (lengthUpToNext, undated-clauses.ts). Every sentence here was written for this test.

const at = (pub: string | null, texts: string[], words: string) => (pub ? events(pub, ...texts) : nopub(...texts)).find((e) => quoteOf(e, texts).includes(words));

describe('a length up to the dated clause after it', () => {
  it('runs a conjunct’s years up to the move the next conjunct dates', () => {
    const texts = ['Sabra Tolvey taught at the Wexby school for twelve years, and moved to Leeds in 1975.'];
    const ev = at('2021-06-10', texts, 'for twelve years');
    expect([ev?.date.start, ev?.date.end]).toEqual(['1963', '1975']);
    expect(ev?.date.rule).toBe('sequence/length-up-to-next');
  });

  it('runs a fronted participle’s length up to the opening told after it', () => {
    const texts = ['Collecting pennies at church suppers for ten years, Sabra Quorn built the village hall, which opened in 1962.'];
    const ev = at(null, texts, 'Collecting pennies');
    expect([ev?.date.start, ev?.date.end]).toEqual(['1952', '1962']);
  });

  it('leaves a length alone when the clause after it has a time of its own first', () => {
    const texts = ['Sabra Tolvey taught at the Wexby school for twelve years, and in 1975 she wrote a primer.'];
    expect(at('2021-06-10', texts, 'for twelve years')?.date.rule).not.toBe('sequence/length-up-to-next');
  });

  it('leaves a relative aside’s length alone before a future main clause', () => {
    const texts = ['The ferry crews, who searched the bay for three days, will hold a service at the pier on 20 June.'];
    expect(at('2021-06-10', texts, 'searched the bay')?.date.rule).not.toBe('sequence/length-up-to-next');
  });

  it('leaves a length alone when the clause after it is still to come', () => {
    const texts = ['Sabra Tolvey taught at the Wexby school for twelve years, and will move to Leeds in September.'];
    expect(at('2021-06-10', texts, 'for twelve years')?.date.rule).not.toBe('sequence/length-up-to-next');
  });
});
