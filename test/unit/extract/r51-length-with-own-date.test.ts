import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 51 (c51): a happening after "after" given its length as an adjective ("a two-day strike") and a date of its own
// took place on that date; only undated is it the stretch up to the clause's date. Every sentence here was written for
// this test.

describe('"after a <length> <happening> in <date>"', () => {
  it('is its own event on its own month, not the days before the clause', () => {
    const texts = ['Bakers at the sister plant accepted a pay offer two weeks ago after a two-day strike in January.'];
    const d = shortestAt('2023-03-02', texts, 'two-day strike').date;
    expect(d).toMatchObject({ start: '2023-01' });
    expect(d.end).toBeUndefined();
  });

  it('keeps the main clause on its own date', () => {
    const texts = ['Bakers at the sister plant accepted a pay offer two weeks ago after a two-day strike in January.'];
    expect(shortestAt('2023-03-02', texts, 'accepted a pay offer').date).toMatchObject({ start: '2023-02-16' });
  });

  it('leaves an undated length as the stretch up to the clause\'s date', () => {
    const texts = ['The jury found the porter guilty on Friday after a six-week trial.'];
    expect(shortestAt('2023-03-02', texts, 'six-week trial').date).toMatchObject({ start: '2023-01-14', end: '2023-02-24', rule: 'sequence/spell-before-date' });
  });
});
