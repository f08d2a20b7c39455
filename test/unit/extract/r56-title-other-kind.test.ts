import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title names who did what. "She married X in 1961; he died in 1994": the "he" cannot be the
// woman the clause before is of, so it is the one name that clause gives, whose kind the text never said.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r56-title-other-kind: a pronoun of the other kind than the clause before', () => {
  it('r56-title-other-kind: "he" after "She married <name>;" is that name', () => {
    const texts = ['Tegwyn Ansty ran the village shop at Hensal for forty years. She married the organist Ludo Vessey in 1961; he died in 1994.'];
    expect(titleAt(texts, 'he died')).toBe('Ludo Vessey died');
  });

  it('r56-title-other-kind: a name set off with an aside, and "and" before the pronoun', () => {
    const texts = ['Ludo Vessey ran the ferry for thirty years. He married Tegwyn, a baker from the island, in 1958, and she opened a tea room in 1970.'];
    expect(titleAt(texts, 'she opened')).toMatch(/^Tegwyn opened a tea room$/);
  });

  it('r56-title-other-kind: a clause naming two people leaves the pronoun', () => {
    const texts = ['Tegwyn Ansty ran the village shop at Hensal. She worked with Ludo Vessey and Corby Dellow until 1980; he retired in 1985.'];
    expect(titleAt(texts, 'he retired')).not.toMatch(/^(?:Ludo|Corby)/);
  });
});
