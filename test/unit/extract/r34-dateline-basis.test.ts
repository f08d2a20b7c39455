import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { quoteOf } from './event-lookup';

// Round 34 (e34): without a publication date, a date read from the day of a dateline that writes no year (round 33's
// h33) comes from the text, not from a publication date there is none of: its basis is "stated", its year still
// flagged as a guess (the renderer shows such a date as "Year inferred, not stated"). With a publication date the
// same words are counted from it, as before. Every sentence here was written for this test.

function events(texts: string[], published: string | null): NewslineEvent[] {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return extractEvents(paragraphs, { published });
}

function at(texts: string[], words: string, published: string | null = null): NewslineEvent {
  const found = events(texts, published).filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
}

const CASES: [string, string[], string][] = [
  ['"yesterday"', ['KELLSTON, Nov 3 (Shorewire) - A barge ran aground on the sandbar yesterday, the port authority said.', 'The channel was last dredged in 2015.'], 'ran aground'],
  ['"on Tuesday"', ['ASHCOMBE, 21 June (Midland Press) - The district board approved the bus depot on Tuesday.', 'The old depot closed in 2017.'], 'approved the bus depot'],
  ['a month and day with no year', ['TOLLERBY, Feb. 12 (Agency) - The quarry reopened on Feb. 2 after a month of repairs.', 'It was first cut in 2011.'], 'quarry reopened'],
];

describe('a date read from a yearless dateline day is the text’s, its year a guess', () => {
  for (const [what, texts, words] of CASES) {
    it(`${what}: basis "stated" and flagged without a publication date`, () => {
      expect(at(texts, words).date).toMatchObject({ basis: 'stated', yearUncertain: true });
    });
  }

  it('with a publication date the same words are counted from it', () => {
    const [, texts, words] = CASES[0];
    const d = at(texts, words, '2020-11-03').date;
    expect(d).toMatchObject({ basis: 'publication', start: '2020-11-02' });
    expect(d.yearUncertain).toBeFalsy();
  });
});
