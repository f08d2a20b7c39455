import { describe, expect, it } from 'vitest';
import { changeDone, dateChangeEvents } from '../../../shared/extract/date-changes';
import { clauseWork } from './clause-work';

// date-changes.ts: a change from one date to another names two days, not the span between them.
// Every sentence here was written for this test (none from an eval set or a probe).

describe('date changes', () => {
  it('"moved the hearing from May 3 to June 7": the day it moves from, the day it moves to, and the moving', () => {
    const text = 'The council has moved the hearing from May 3 to June 7.';
    const t = clauseWork(text, '2021-04-20', 'May 3');
    expect(dateChangeEvents(t.w)).toBe(true);
    expect(t.emitted.map((d) => [t.quote(d), d.date.start, d.date.mod])).toEqual([
      ['The council has moved the hearing from May 3', '2021-05-03', undefined],
      ['to June 7', '2021-06-07', undefined],
      ['The council has moved the hearing ', '2021-04-20', 'before'],
    ]);
  });
  it('a range that is no change is left alone', () => {
    const t = clauseWork('The fair runs from May 3 to June 7.', '2021-04-20', 'May 3');
    expect(dateChangeEvents(t.w)).toBe(false);
    expect(t.emitted).toEqual([]);
  });
  it('changeDone: a past or perfect verb tells the change as done; an adjective or a future does not', () => {
    expect(changeDone('The board has postponed the vote from ')).toBe(true);
    expect(changeDone('Under the extended deadline from ')).toBe(false);
    expect(changeDone('The vote will be moved from ')).toBe(false);
  });
});
