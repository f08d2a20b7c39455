import { describe, expect, it } from 'vitest';
import { isPastForm } from '../../../shared/extract/lexicon';
import { headlineWords } from '../../../shared/extract/title-syntax';
import { events, quoteOf } from './event-lookup';

// Round 41 (r41): word tests several readers wrote each for themselves, now kept once in lexicon.ts. Every word and
// sentence here was written for this test (none comes from an eval set or a probe).

describe('r41-past-form: one test of whether a word is a simple past', () => {
  it('r41-past-form: an irregular past, or a word in -ed', () => {
    for (const w of ['fled', 'won', 'swept', 'moored', 'capsized', 'tied']) expect([w, isPastForm(w)]).toEqual([w, true]);
  });

  it('r41-past-form: not a noun or adjective in -ed, a present, or a word with more than letters', () => {
    for (const w of ['hundred', 'speed', 'limited', 'used', 'ed', 'red', 'moors', 'sails', 'moored,', 'Moored', '“moored']) expect([w, isPastForm(w)]).toEqual([w, false]);
  });
});

describe('r41-age-family: a family counted in any number words is no event', () => {
  const PUB = '2024-03-02';
  const LEAD = 'Wenna Carrow, who kept the light at Pollard Point for forty winters, died on 12 February 2024.';
  const told = (sentence: string, words: string) => events(PUB, `${LEAD} ${sentence}`).some((e) => quoteOf(e, [`${LEAD} ${sentence}`]).includes(words));

  it('r41-age-family: "a" and counts past ten, as lexicon.ts writes number words', () => {
    expect(told('She had a daughter and twelve grandchildren.', 'had a daughter')).toBe(false);
    expect(told('She had eleven grandchildren.', 'eleven grandchildren')).toBe(false);
  });

  it('r41-age-family: a happening after the count is still an event', () => {
    expect(told('She had a daughter with the harbour master in 1961.', 'had a daughter')).toBe(true);
  });
});

describe("r41-body-teller: a teller named by a body's head keeps all its words", () => {
  it('r41-body-teller: the heads of BODY_NOUNS name a body in a headline teller too', () => {
    expect(headlineWords('Pellow Harbour Trust said the slipway that cracked was sound')).toBe('Pellow Harbour Trust said slipway that cracked was sound');
    expect(headlineWords('Carn Valley Hospital said the ward that flooded had reopened')).toBe('Carn Valley Hospital said ward that flooded had reopened');
  });

  it('r41-body-teller: a person named with a post is still the name alone', () => {
    expect(headlineWords('Judge Tamsin Orrow said the ferry that sank was full')).toBe('Tamsin Orrow said ferry that sank was full');
  });
});
