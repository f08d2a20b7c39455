import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 56 (r56): the year it is now comes from the caller (ExtractOptions.year, TagOptions.year), not from a clock
// inside the extractor, so a text that writes no year and has no publication date is read the same on any day.
// Sentences written for this test.

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);

describe('r56-year-now: the year it is now is given, not read from a clock', () => {
  it('r56-year-now: a yearless day with no weekday is put in the year given', () => {
    const [e] = extractEvents(paragraphs('The Tullagh ferry stopped running on 3 March after its slipway cracked.'), { published: null, year: 2019 });
    expect(e.date.start).toBe('2019-03-03');
    expect(e.date.yearUncertain).toBe(true);
  });

  it('r56-year-now: a weekday beside the day picks the latest fitting year no later than the one given', () => {
    const [e] = extractEvents(paragraphs('The Tullagh ferry stopped running on Tuesday, 3 March, after its slipway cracked.'), { published: null, year: 2019 });
    expect(e.date.start).toBe('2015-03-03');
  });

  it('r56-year-now: the tagger alone takes the year given too', () => {
    const [t] = tagTimexes('The slipway cracked on 3 March.', { dct: null, year: 2011 });
    expect(t.value).toBe('2011-03-03');
  });
});
