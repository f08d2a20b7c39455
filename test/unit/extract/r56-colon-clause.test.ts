import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 56 (b56): a colon after a clause with a date of its own opens a second clause with its own date, as a semicolon
// does; a colon after an undated lead-in still joins it to the dated clause after it. Every sentence here was
// written for this test.

describe('two dated clauses joined by a colon', () => {
  it('each keeps its own date', () => {
    const texts = ['The tannery shut its doors in May 1990: the bank had called in its loans that March.'];
    const shut = shortestAt('1990-08-02', texts, 'shut its doors');
    expect(shut.date.start).toBe('1990-05');
    const loans = shortestAt('1990-08-02', texts, 'called in its loans');
    expect(loans.date.start).toBe('1990-03');
  });

  it('a stretch of months told in an aside before the colon', () => {
    const texts = ['The spring quarter, January to March, was the quieter: the accounts filed in June had shown orders barely moving.'];
    const quarter = shortestAt('1994-09-20', texts, 'The spring quarter');
    expect(quoteOf(quarter, texts)).not.toContain('accounts filed');
    const filed = shortestAt('1994-09-20', texts, 'accounts filed');
    expect(filed.date.start).toBe('1994-06');
  });

  it('an undated lead-in stays with the clause after the colon', () => {
    const texts = ['Then the trams came back: a private firm reopened the line in 1971.'];
    const all = events('2001-04-04', ...texts);
    expect(all).toHaveLength(1);
    expect(quoteOf(all[0], texts)).toContain('Then the trams came back');
  });
});
