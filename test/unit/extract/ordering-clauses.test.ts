import { describe, expect, it } from 'vitest';
import { anaphoricOrder, orderingClause, reportedOrdering } from '../../../shared/extract/ordering-clauses';
import { placingAt, pushed } from './placing';

// Sentences placed by an ordering word (ordering-clauses.ts). Every sentence here was written for this test (none
// comes from an eval set or a probe).

describe('"Before that", "After that": against the happening told last', () => {
  it('before it', () => {
    const w = placingAt('The mill closed on 4 May 2020. Before that, it had made rope for a century.', 1, { dated: { 0: '2020-05-04' } });
    expect(anaphoricOrder(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2020-05-04', mod: 'before', rule: 'sequence/before-antecedent' })]);
  });
  it('a stretch counted up to it ("for six years")', () => {
    const w = placingAt('The mill closed on 4 May 2020. Before that she ran the ferry company for six years.', 1, { dated: { 0: '2020-05-04' } });
    expect(anaphoricOrder(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2014-05-04', end: '2020-05-04', rule: 'sequence/spell-before-antecedent' })]);
  });
  it('nothing without a happening told before it', () => {
    const w = placingAt('Before that, it had made rope for a century.', 0);
    expect(anaphoricOrder(w)).toBe(false);
    expect(w.out).toEqual([]);
  });
});

describe('an ordering clause opening the sentence', () => {
  it('with no date anywhere: the main clause before publication, the ordering clause before it', () => {
    const w = placingAt('After the dam burst, the village was evacuated.', 0);
    expect(orderingClause(w)).toBe(true);
    expect(pushed(w)).toEqual([
      expect.objectContaining({ text: 'the village was evacuated.', rule: 'narrative-order/before-publication' }),
      expect.objectContaining({ text: 'After the dam burst', mod: 'before', rule: 'ordering-clause/after' }),
    ]);
    expect(w.ctx.unitEvent.get(w.u)).toBe(w.out[0]);
  });
  it('a count of years against the sentence\'s own date: the stretch up to it', () => {
    const w = placingAt('After nine years in Oslo, she moved to Bergen in 2019.', 0, { dated: { 0: '2019' } });
    expect(orderingClause(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ text: 'After nine years in Oslo', start: '2010', end: '2019', rule: 'sequence/spell-before-date' })]);
  });
  it('not a gerund subject ("Following these rules …")', () => {
    expect(orderingClause(placingAt('Following these rules will save the crew an hour.', 0))).toBe(false);
  });
});

describe('remarks made after a happening', () => {
  it('with no date: the happening before publication, and the sentence goes on to the other steps', () => {
    const w = placingAt('The minister spoke after the vote on the harbour budget.', 0);
    expect(reportedOrdering(w)).toBe(w);
    expect(pushed(w)).toEqual([expect.objectContaining({ text: 'spoke after the vote on the harbour budget', rule: 'reported-after/before-publication' })]);
  });
  it('with a date of its own: before that date, and the sentence is done with', () => {
    const w = placingAt('The minister spoke after the vote on the harbour budget on 3 May 2021.', 0, { dated: { 0: '2021-05-03' } });
    expect(reportedOrdering(w)).toBeNull();
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2021-05-03', mod: 'before', rule: 'reported-after/sentence-date' })]);
  });
});
