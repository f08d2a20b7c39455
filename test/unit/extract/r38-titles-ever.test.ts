import { describe, expect, it } from 'vitest';
import { withoutLoneEver } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. "ever since" counts from a date; with "since" gone, the "ever"
// it leaves modified nothing ("Chapel has been closed ever").

const titles = (published: string, text: string) => events(published, text).map((e) => e.title);

describe('an "ever" left by "ever since"', () => {
  it('goes from a perfect clause joined after a dated one', () => {
    expect(titles('2024-06-14', 'The pier was wrecked by a gale in 1987 and has been shut ever since.')).toContain('Pier has been shut');
  });

  it('goes from a clause of its own about a dated move', () => {
    const t = titles('2024-06-14', 'The couple bought the farm in 1964 and have worked it together ever since.');
    expect(t.some((x) => / ever$/.test(x))).toBe(false);
  });

  it('goes from a sentence of its own after the date', () => {
    const t = titles('2024-06-14', 'The lifeboat station opened in 1882. Its crews have answered every call ever since.');
    expect(t.some((x) => / ever$/.test(x))).toBe(false);
  });

  it('stays after a superlative, an ordinal, a comparison or "for"', () => {
    expect(withoutLoneEver('Match drew the biggest crowd ever')).toBe('Match drew the biggest crowd ever');
    expect(withoutLoneEver('She won the first medal ever')).toBe('She won the first medal ever');
    expect(withoutLoneEver('Shares rose more than ever')).toBe('Shares rose more than ever');
    expect(withoutLoneEver('The road was closed for ever')).toBe('The road was closed for ever');
    expect(withoutLoneEver('Hall has shown films ever')).toBe('Hall has shown films');
  });
});
