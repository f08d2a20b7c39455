import { describe, expect, it } from 'vitest';
import { writingMonth } from '../../../shared/extract/text-years';

// Round 56 (e56): without a publication date, two neighbouring months that tie as the month of writing (a month told
// as past and the next told as ahead) give the earlier; a wider tie gives none. Every sentence here was written for
// this test.

describe('writingMonth with a tie', () => {
  it('two neighbouring months give the earlier', () => {
    const paragraphs = ['The Osgarth lido closed on January 9 after a boiler failed.', 'It will reopen on February 20, the trust said.'];
    expect(writingMonth(paragraphs)).toBe(1);
    // Three months tied (January past, March ahead) still give none.
    const wider = ['The Osgarth lido closed on January 9 after a boiler failed.', 'It will reopen on March 20, the trust said.'];
    expect(writingMonth(wider)).toBeNull();
  });
});
