import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 50 (a50): "<count> after that" right after a sentence that told a day counts on from that day, as "two days
// later" would. Every sentence here was written for this test.

const valueOf = (text: string, words: string) => tagTimexes(text, { dct: '2019-10-02' }).find((t) => t.text === words);

describe('a count "after that" after a day told just before', () => {
  it('counts from that day', () => {
    const text = 'The lease was signed on 3 July. The tenants moved in five days after that.';
    expect(valueOf(text, 'five days after that')?.value).toBe('2019-07-08');
  });

  it('not after a clause of its own in the count\'s sentence, which "that" may stand for', () => {
    const text = 'The lease was signed on 3 July. The tenants met the owner, and five days after that they moved in.';
    expect(valueOf(text, 'five days after that')).toBeUndefined();
  });
});
