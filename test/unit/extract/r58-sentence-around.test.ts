import { describe, expect, it } from 'vitest';
import { writingMonth } from '../../../shared/extract/text-years';

// Issue 8, without a publication date: the year clues of text-years.ts read a month's own sentence with the shared
// splitter, so an abbreviated month ("Nov.", "Dec.") does not end the sentence before its verb. Sentences written for
// this test.

describe('r58-sentence-around: a yearless month read in its whole sentence', () => {
  it('r58-sentence-around: abbreviated months keep the tense of the verb after them', () => {
    // A past November and a December still to come put the writing at the turn between them, the earlier month.
    expect(writingMonth(['On Nov. 3 the crew of the dredger was paid off.', 'On Dec. 14 the new owners will take the keys.'])).toBe(11);
  });
});
