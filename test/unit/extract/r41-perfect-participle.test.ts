import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 41 (s41): a present perfect takes no finished past time ("has approved it in 2019" is not English), so a
// dated participle phrase closing a present-perfect sentence tells of its own noun at its own date; the main clause is
// placed as an undated present perfect, not on the phrase's year. Every sentence here was written for this test.

const PUB = '2025-03-12';

describe('r41-perfect-participle: a dated phrase after a present perfect keeps its date to itself', () => {
  it('r41-perfect-participle: the approval is not dated by the year the plan was drawn up', () => {
    const texts = ['The parish board has approved the new footbridge plan, first drawn up in 2019.'];
    const main = shortestAt(PUB, texts, 'has approved');
    expect(main.date.start).not.toBe('2019');
    expect(quoteOf(main, texts)).not.toContain('2019');
    expect(shortestAt(PUB, texts, 'drawn up in 2019').date.start).toBe('2019');
  });

  it('r41-perfect-participle: a month in the phrase, and a passive present perfect', () => {
    const texts = ['The old tannery has been sold to a cider maker, valued by the bank in October.'];
    expect(shortestAt(PUB, texts, 'has been sold').date.start).not.toBe('2024-10');
    expect(shortestAt(PUB, texts, 'valued by the bank').date.start).toBe('2024-10');
  });

  it('r41-perfect-participle: a simple past keeps the phrase as its second predicate, as before', () => {
    const texts = ['The parish board approved the new footbridge plan, first drawn up in 2019.'];
    const dated = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes('approved'));
    expect(dated.map((e) => e.date.start)).toContain('2019');
  });

  it('r41-perfect-participle: a phrase with no date of its own stays with the clause', () => {
    const texts = ['The parish board has approved the new footbridge plan, drawn up by residents.'];
    const all = events(PUB, ...texts);
    expect(all).toHaveLength(1);
    expect(quoteOf(all[0], texts)).toContain('drawn up by residents');
  });
});
