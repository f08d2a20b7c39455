import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 53 (s53): a subject made of a noun and a participle phrase ending in a year, before a verb in the present,
// names a thing of that year; the present clause holds after it. Every sentence here was written for this test.

describe('"Nine new trams delivered in 2016 still wait …"', () => {
  it('the ordering is an event of its own, in its year', () => {
    const texts = ['Four spare turbines bought in 2012 are still sitting in a shed at the quay.'];
    const all = events('2019-01-05', ...texts);
    const named = all.find((e) => quoteOf(e, texts) === 'Four spare turbines bought in 2012');
    expect(named?.date).toMatchObject({ start: '2012', rule: 'year/named-thing' });
    expect(named?.date.mod).toBeUndefined();
  });

  it('after "the" and two words, with "remain"', () => {
    const texts = ['The two bells installed in 1868 remain in the tower.'];
    const named = events('2019-01-05', ...texts).find((e) => quoteOf(e, texts) === 'The two bells installed in 1868');
    expect(named?.date.start).toBe('1868');
  });

  it('not a past clause opening on its subject', () => {
    const texts = ['The old quarry closed in 1990 and was flooded.'];
    expect(events('2019-01-05', ...texts).some((e) => e.date.rule?.includes('named-thing'))).toBe(false);
  });
});
