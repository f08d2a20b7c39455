import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/extract/draft';
import { whenClauseEvents, whenClauses } from '../../../shared/extract/when-clauses';
import { parseYmd } from '../../../shared/time-value';
import { unitsOf } from './clause-work';

// when-clauses.ts: "2008, when the company posted a loss": the when-clause right after a date happened then.
// Every sentence here was written for this test (none from an eval set or a probe).

describe('when-clauses', () => {
  const text = 'Sales rose from 2008, when the company posted a loss, to 2012.';
  it('finds the when-clause after a date, up to the next comma', () => {
    const [u] = unitsOf(text, '2021-04-20');
    expect(whenClauses(u).map((w) => [w.timex.text, text.slice(w.start, w.end)])).toEqual([['2008', 'the company posted a loss']]);
  });
  it('makes it an event on that date, whatever the date is to the main clause', () => {
    const [u] = unitsOf(text, '2021-04-20');
    const out: Omit<Draft, 'order'>[] = [];
    whenClauseEvents(u, whenClauses(u), parseYmd('2021-04-20'), (d) => out.push(d));
    expect(out.map((d) => [d.title, d.date.start])).toEqual([['Company posted a loss', '2008']]);
  });
  it('a when-clause with a date of its own is dated by that, not taken here', () => {
    const [u] = unitsOf('Sales rose from 2008, when the company posted a loss in May, to 2012.', '2021-04-20');
    expect(whenClauses(u)).toEqual([]);
  });
});
