import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../shared/document';
import { singleDay } from '../../../shared/extract/draft';

// Round 48 (r48): the one day a draft is dated to, shared by the passes that move a stretch's end or a window's start
// to the day the story has got to (record-since.ts, since-spans.ts, undated-sentences.ts). The dates here were made
// up for this test.

const on = (date: Partial<EventDate>) => ({ date: { basis: 'stated', rule: 'r48', start: '2031-03-09', ...date } as EventDate });

describe('r48-single-day: a draft dated to one whole day', () => {
  it('gives that day', () => {
    expect(singleDay(on({}))).toBe('2031-03-09');
  });

  it('gives none for a stretch, a modified day, a month, or no draft', () => {
    expect(singleDay(on({ end: '2031-03-12' }))).toBeNull();
    expect(singleDay(on({ mod: 'before' }))).toBeNull();
    expect(singleDay(on({ start: '2031-03' }))).toBeNull();
    expect(singleDay(undefined)).toBeNull();
  });
});
