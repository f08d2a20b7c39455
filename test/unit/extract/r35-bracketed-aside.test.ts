import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 35 (c35): a bracketed clause with a date of its own ("(built in 1860)", "(who retired in 2001)") dates only
// itself; the clause around it keeps its own date. Every sentence here was written for this test.

describe('a bracketed clause with its own date', () => {
  it('a participle in brackets after an object is an event of its own; the sale keeps 1961 and the closing 1975', () => {
    const texts = ['The tannery was sold in 1961 to Holt and Sons (founded in 1887) and closed in 1975.'];
    expect(shortestAt('2019-05-01', texts, 'founded in 1887').date.start).toBe('1887');
    expect(shortestAt('2019-05-01', texts, 'was sold in 1961').date.start).toBe('1961');
    expect(shortestAt('2019-05-01', texts, 'closed in 1975').date.start).toBe('1975');
  });

  it('a bracketed relative clause between subject and verb does not lend its year to the verb', () => {
    const texts = ['The ferry sank in the estuary on Friday, June 14, 2019.', 'Its designer (who retired in 2001) inspected the wreck the following day.'];
    expect(shortestAt('2019-11-20', texts, 'who retired in 2001').date.start).toBe('2001');
    expect(shortestAt('2019-11-20', texts, 'inspected the wreck').date.start).toBe('2019-06-15');
  });

  it('a bracket after the sentence\'s own date: the outer clause keeps it', () => {
    const texts = ['The band moved in 1972 to a disused cinema (opened in 1931 and shut since the war).'];
    expect(shortestAt('2019-05-01', texts, 'opened in 1931').date.start).toBe('1931');
    const moved = events('2019-05-01', ...texts).find((e) => quoteOf(e, texts).startsWith('The band moved'));
    expect(moved?.date.start).toBe('1972');
  });

  // Must not fire.
  it('a bracket with no date of its own leaves the sentence one event', () => {
    const texts = ['The mayor (pictured) opened the footbridge on Sunday, May 5, 2019, after a delay.'];
    const all = events('2019-05-20', ...texts);
    expect(all).toHaveLength(1);
    expect(all[0].date.start).toBe('2019-05-05');
    expect(quoteOf(all[0], texts)).toContain('(pictured) opened');
  });
});
