import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 50 (a50): "the past" after a noun of a feeling and "in" ("her interest in the past") is what the feeling is
// about, no time; the clause takes the date told after it. Every sentence here was written for this test.

describe('"interest in the past"', () => {
  it('is no time expression, and its clause keeps its own date', () => {
    const text = 'Her interest in the past grew, she once wrote, on a cold Sunday in 1974, when she read an old diary.';
    expect(tagTimexes(text, { dct: '2011-04-04' }).some((t) => t.value === 'PAST_REF')).toBe(false);
    expect(shortestAt('2011-04-04', [text], 'Her interest in the past grew').date.start).toBe('1974');
  });

  it('"in the past" after a verb is still a past time', () => {
    expect(tagTimexes('The firm has cut prices in the past.', { dct: '2011-04-04' }).some((t) => t.value === 'PAST_REF')).toBe(true);
  });
});
