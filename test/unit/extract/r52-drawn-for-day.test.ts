import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 52 (a52): a fixture "drawn for" a day ("The replay has been drawn for 12 September") is set for that day, as
// one "set for" or "fixed for" it is: the day lies ahead of the draw, whatever its tense. Every sentence here was
// written for this test.

const tag = (text: string, dct: string) => tagTimexes(text, { dct });

describe('a fixture drawn for a day', () => {
  it('is the coming day, not the last one gone', () => {
    const t = tag('Our youth side learned that its semi-final has been drawn for September 12.', '2016-04-18').find((x) => x.text === 'September 12');
    expect(t?.value).toBe('2016-09-12');
  });

  it('not a day something was only drawn on', () => {
    const t = tag('The picture was drawn on September 12 by a pupil.', '2016-04-18').find((x) => x.text === 'September 12');
    expect(t?.value).toBe('2015-09-12');
  });
});
