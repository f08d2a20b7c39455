import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A happening named only by its noun after "since", "after" or
// "before" ("since the regatta in 2009") was titled by that noun alone ("The regatta"); it is told with the clause
// before it that the phrase orders, in the article's words, and keeps its own date.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r57-ordered-noun-titles: the noun of an ordering phrase told with its clause', () => {
  it('r57-ordered-noun-titles: "since the regatta" takes the clause it orders', () => {
    const e = at('Ferry bookings on the island have doubled since the regatta in 2009.', 'since the regatta');
    expect(e.title).toBe('Ferry bookings on the island have doubled since the regatta');
    expect(e.date.start).toBe('2009');
  });

  it('r57-ordered-noun-titles: a stretch "after three years of restoration" keeps its range and takes the clause', () => {
    const e = at('The Fenstock footbridge reopened in 1988 after three years of restoration.', 'after three years');
    expect(e.title).toBe('Fenstock footbridge reopened after three years of restoration');
    expect([e.date.start, e.date.end]).toEqual(['1985', '1988']);
  });

  it('r57-ordered-noun-titles: a negated clause is told with the phrase as written', () => {
    const e = at('The Ludlowe choir has not sung in the abbey since a flood in 1997.', 'since a flood');
    // Eleven words: the clause's place goes first.
    expect(e.title).toBe('Ludlowe choir has not sung since a flood');
  });

  it('r57-ordered-noun-titles: a record\'s noun ("the steepest drop since") orders no clause; the next sentence\'s does', () => {
    const texts = ['Sales fell 9 percent in 2020, the steepest drop since the strike of 1984. Orders have slowed since the merger in 2018.'];
    expect(shortestAt(PUB, texts, 'the strike').title).toBe('The strike');
    expect(shortestAt(PUB, texts, 'since the merger').title).toBe('Orders have slowed since the merger');
  });
});

describe('r57-ordered-noun-titles: a phrase fronted before its clause', () => {
  it('r57-ordered-noun-titles: "Since the merger in 2015, the firm has …" takes the clause after the comma', () => {
    const e = at('Since the merger in 2015, the Fenstock dairy has closed two creameries.', 'Since the merger');
    expect(e.title).toMatch(/^Fenstock dairy has closed two creameries since the merger$/i);
    expect(e.date.start).toBe('2015');
  });
});
