import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 53 (c53): an opening "Since <happening> in <date>" with no comma before a present-perfect main clause: the
// happening's evidence ends at its date, so the main clause (the stretch up to publication) is the event its words
// quote, while the happening alone keeps its point. Every sentence here was written for this test.

const texts = ['Since the spring fair in mid-May the Ravens have won 30 of their 41 games.'];
const all = events('2015-09-07', ...texts);

describe('"Since X in <date>" opening a sentence with no comma', () => {
  it('ends the happening at its date', () => {
    const sub = all.find((e) => e.date.rule?.endsWith('/subordinate'));
    expect(sub).toBeDefined();
    expect(quoteOf(sub!, texts)).toBe('Since the spring fair in mid-May');
  });

  it('leaves the main clause the stretch up to publication', () => {
    const main = all.filter((e) => quoteOf(e, texts).includes('have won'));
    expect(main).toHaveLength(1);
    expect(main[0].date).toMatchObject({ start: '2015-05', end: '2015-09-07' });
  });
});
