import { describe, expect, it } from 'vitest';
import { hedgeWords, TELLING_OR_TOLD_WORD, TELLING_VERB_WORD } from '../../../shared/extract/lexicon';

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

describe('r40-telling: a telling verb as a whole word, with or without a bare "told"', () => {
  it('r40-telling: a telling verb is found anywhere in a text, "told" only with its listener', () => {
    for (const s of ['The ferry operator said on Friday that crossings would resume.', 'She told reporters the pier was safe.', 'Harbour staff say the crane is sound.']) expect([s, TELLING_VERB_WORD.test(s)]).toEqual([s, true]);
    for (const s of ['The story was told.', 'He tells of a wet winter.', 'Their sayings were printed.', 'They wanted to say more.']) expect([s, TELLING_VERB_WORD.test(s)]).toEqual([s, false]);
  });

  it('r40-telling: the wider pattern also takes "told" and "tells" with no listener, as whole words only', () => {
    for (const s of ['The story was told.', 'He tells of a wet winter.', 'The ferry operator said so.']) expect([s, TELLING_OR_TOLD_WORD.test(s)]).toEqual([s, true]);
    for (const s of ['The bells tolled.', 'Their sayings were printed.', 'The retold tale ran long.']) expect([s, TELLING_OR_TOLD_WORD.test(s)]).toEqual([s, false]);
  });
});
