import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 49 (b49): a dated relative clause with a subject of its own is an event even when no noun phrase before it
// is its antecedent (sentences written for this test).

describe('r49-object-relative: "…, which it last managed in <date>" after words that are no noun phrase', () => {
  it('a relative clause after an adjective keeps its own date', () => {
    const texts = ['The choir sang in the old quarry when the weather held fair, which it last managed in the summer of 1983.'];
    const e = shortestAt('2021-04-10', texts, 'last managed');
    expect(e.date.start.slice(0, 4)).toBe('1983');
    expect(e.title).not.toMatch(/^which\b/i);
  });

  it('after a word that is also a verb, the clause is titled by its own subject', () => {
    const texts = ['She finished the Ashby fell race, which she first tried in May 2009 and gave up halfway.'];
    const e = shortestAt('2021-04-10', texts, 'first tried');
    expect(e.date.start).toBe('2009-05');
    expect(e.title).toMatch(/^She first tried/);
  });

  it('one told as a habit tells no happening of its own', () => {
    const texts = ['The old mill pond froze hard, which it did every Christmas in the 1950s.'];
    expect(events('2021-04-10', ...texts).some((e) => quoteOf(e, texts).includes('which it did'))).toBe(false);
    // Told of one time, the same clause is one.
    const once = ['The old mill pond froze hard, which it last did at Christmas in 1962.'];
    expect(shortestAt('2021-04-10', once, 'last did').date.start).toBe('1962-12-25');
  });

  it('a subject relative with no antecedent stays no event of its own (the clause before is what it tells of)', () => {
    const texts = ['The board will meet in March, which is expected to settle the matter.'];
    const all = events('2021-04-10', ...texts);
    expect(all.some((e) => /^which\b/i.test(quoteOf(e, texts)) && /^Which/i.test(e.title))).toBe(false);
  });
});
