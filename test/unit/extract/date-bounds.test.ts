import { describe, expect, it } from 'vitest';
import { dateBound } from '../../../shared/extract/date-bounds';
import { unitsOf } from './clause-work';

// Whether a clause's event follows or precedes its date, and the happening after the conjunction that falls on it
// (date-bounds.ts), on one-clause sentences written for this test (none comes from an eval set or a probe).

/** The bound of a one-clause sentence dated by `words`, and the words of its happening. */
function bounded(text: string, words: string): { bound?: string; sub?: string } {
  const [u] = unitsOf(text, '2021-03-03');
  const main = u.timexes.find((t) => t.text === words)!;
  const { bound, sub } = dateBound(u, { start: u.start, end: u.end }, main);
  return { ...(bound ? { bound } : {}), ...(sub ? { sub: u.paraText.slice(sub.start, sub.end) } : {}) };
}

describe('a bound', () => {
  it('after a bare date: the event follows it, and names no happening of its own', () => {
    expect(bounded('The shop has stayed shut since March.', 'March')).toEqual({ bound: 'after' });
    expect(bounded('The ferry must sail before Friday.', 'Friday')).toEqual({ bound: 'before' });
  });
  it('after a happening dated in its own words: the happening falls on the date', () => {
    expect(bounded('The ferry sailed after the storm on Friday.', 'Friday')).toEqual({ bound: 'after', sub: 'after the storm on Friday.' });
  });
});

describe('no bound', () => {
  it('when a clause of its own opens after the conjunction', () => {
    expect(bounded('Talks stalled after the union said that it would strike in May.', 'May')).toEqual({});
  });
  it('when the conjunction bounds a time of the day, not the day', () => {
    expect(bounded('The crew left shortly after 6 a.m. on Sunday.', '6 a.m. on Sunday')).toEqual({});
    expect(bounded('The roads were closed before dawn on Monday.', 'Monday')).toEqual({});
  });
  it('when "since" belongs to a comparison ("for the first time since 1990")', () => {
    expect(bounded('The river peaked for the first time since 1990 on Tuesday.', 'Tuesday')).toEqual({});
  });
});
