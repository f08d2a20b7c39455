import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 57 (c57): "N units after birth / death", the happening named with no article, counts from the dated birth or
// death the text told (COUNT_FROM and phraseHappening, happenings.ts). Every sentence here was written for this test.

const at = (pub: string, texts: string[], words: string) => events(pub, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('a count from a birth or death told without an article', () => {
  it('counts days from the dated birth', () => {
    const texts = ['The Quillby wildlife park said two otter pups were born on 3 March.', 'The pups opened their eyes twenty days after birth, a keeper said.'];
    const ev = at('2020-04-20', texts, 'twenty days after birth');
    expect(ev?.date.start).toBe('2020-03-23');
    expect(ev?.date.rule).toBe('sequence/counted-from-happening');
  });

  it('counts years from the dated death', () => {
    const texts = ['The painter Maelis Vantresse died in Quillby in 1931.', 'Her first solo show opened two years after death, in a borrowed barn.'];
    expect(at('2021-06-01', texts, 'two years after death')?.date.start).toBe('1933');
  });

  it('leaves "after birth" a noun of its own when a phrase follows it', () => {
    const texts = ['Nurses were trained in 1950.', 'The ward kept records for two years after birth of the new wing.'];
    expect(at('2021-06-01', texts, 'after birth of')?.date.rule ?? '').not.toBe('sequence/counted-from-happening');
  });
});
