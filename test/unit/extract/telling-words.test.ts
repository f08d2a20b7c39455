import { describe, expect, it } from 'vitest';
import { isPresentTelling, isTellingWord } from '../../../shared/extract/lexicon';

// The one check the stages share for whether a word is a telling verb (lexicon.ts), on words, not sentences.

describe('isTellingWord', () => {
  it('knows the telling verbs in either tense and in any case', () => {
    for (const w of ['said', 'says', 'Announced', 'WARNS', 'stressed']) expect(isTellingWord(w)).toBe(true);
  });

  it('takes no other word, "told" alone (which needs its listener) nor a verb that only begins like one', () => {
    for (const w of ['told', 'sailed', 'sayings', 'noted-down', '']) expect(isTellingWord(w)).toBe(false);
  });
});

describe('isPresentTelling', () => {
  it('is true only of a telling in the present', () => {
    expect(isPresentTelling('Says')).toBe(true);
    expect(isPresentTelling('announces')).toBe(true);
    expect(isPresentTelling('announced')).toBe(false);
    expect(isPresentTelling('says reporters')).toBe(false);
  });
});
