import { describe, expect, it } from 'vitest';
import { hedgeWords } from '../../../shared/extract/lexicon';

// Round 40 (r40): word lists that several readers wrote each for themselves, now kept once in lexicon.ts, each reader
// adding its own words to a shared core. Phrases written for this test.

const whole = (src: string) => new RegExp(`^${src}$`, 'i');

describe('r40-hedge: the words that hedge a count', () => {
  it('r40-hedge: the core alone takes about, nearly, almost and some, in any case', () => {
    const re = whole(hedgeWords());
    for (const w of ['about', 'Nearly', 'ALMOST', 'some']) expect([w, re.test(w)]).toEqual([w, true]);
  });

  it('r40-hedge: the core takes no word a reader must add for itself', () => {
    const re = whole(hedgeWords());
    for (const w of ['around', 'roughly', 'only', 'another', 'close to', 'more than', 'just over', 'exactly', '']) expect([w, re.test(w)]).toEqual([w, false]);
  });

  it("r40-hedge: a reader's own words are added to the core, patterns included", () => {
    const re = whole(hedgeWords('around', String.raw`close\s+to`, String.raw`(?:more|less)\s+than`));
    for (const w of ['around', 'close  to', 'less than', 'nearly']) expect([w, re.test(w)]).toEqual([w, true]);
    for (const w of ['roughly', 'close', 'than']) expect([w, re.test(w)]).toEqual([w, false]);
  });
});
