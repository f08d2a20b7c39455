import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): a thing listed for a written day ("listed the appeal for 3 June") and one that "has been called for"
// a day are arrangements: the day lies ahead of the setting. Every sentence here was written for this test.

describe('arranged for a day', () => {
  it('a day and month after "listed … for" is still ahead', () => {
    const texts = ['The magistrate at Cragwold listed a further hearing for 3 February.'];
    const e = events('2024-09-20', ...texts).find((x) => quoteOf(x, texts).includes('3 February'));
    expect(e?.date.start).toBe('2025-02-03');
  });

  it('a weekday after "has been called for" is the coming one', () => {
    const texts = ['A meeting of the Drubwell allotment holders has been called for Thursday to discuss the flooding.'];
    const e = events('2024-09-20', ...texts).find((x) => quoteOf(x, texts).includes('Thursday'));
    expect(e?.date.start).toBe('2024-09-26');
  });

  it('a hearing told as held stays past', () => {
    const texts = ['The magistrate at Cragwold heard the case on 3 February.'];
    const e = events('2024-09-20', ...texts).find((x) => quoteOf(x, texts).includes('3 February'));
    expect(e?.date.start).toBe('2024-02-03');
  });
});
