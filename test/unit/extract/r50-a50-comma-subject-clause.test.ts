import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (a50): in a list of clauses joined by commas, a clause opening on its own subject and an irregular past
// ("…, the last dyer left in 1975, and …") is its own event at its own date. Every sentence here was written for
// this test.

describe('a listed clause with its own subject and an irregular past', () => {
  it('is cut from the clause before it', () => {
    const texts = ['The tannery stopped work in October 1971, the last dyer left in 1975, and the roof fell in 1978.'];
    const e = shortestAt('2010-06-01', texts, 'the last dyer left');
    expect(e.date.start).toBe('1975');
    expect(shortestAt('2010-06-01', texts, 'stopped work').date.start).toBe('1971-10');
  });

  it('not a noun phrase naming a time told by a clause of its own', () => {
    const texts = ['The tannery closed in May 2001, the year its owner died in a crash, and was sold in 2006.'];
    expect(shortestAt('2010-06-01', texts, 'the year its owner died').date.start).toBe('2001-05');
  });

  it('nor a superlative with a clause of its own, nor a clause after a fronted phrase with no verb', () => {
    const lowest = ['The pond sank to a third of its depth in late July, the lowest since it was dug in 1931.'];
    expect(shortestAt('2010-09-01', lowest, 'The pond sank').date.start).toBe('2010-07');
    const fronted = ['In its second season, 1994, a boiler burst on the last Monday before Easter, and the baths shut.'];
    expect(shortestAt('2010-09-01', fronted, 'a boiler burst').date.start).toBe('1994-03-28');
  });
});
