import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): "that year" in a sentence opened by a happening it names ("After the flood …") is that happening's
// year, not the year told last in the sentence before. Every sentence here was written for this test.

describe('"that year" after an opening happening', () => {
  it('a holiday takes the year of the happening the sentence opens with', () => {
    const texts = [
      'The Drubwell tannery was flooded on 9 March 2012, when the river rose overnight.',
      'In a statement, the owner said her father had sold the orchard a decade ago. After the flood a parcel from the bishop arrived on Guy Fawkes Night that year, she said.',
    ];
    const e = events('2021-10-05', ...texts).find((x) => quoteOf(x, texts).includes('parcel from the bishop'));
    expect(e?.date.start).toBe('2012-11-05');
  });

  it('a written day and month does the same', () => {
    const texts = [
      'The Drubwell tannery was flooded on 9 March 2012, when the river rose overnight.',
      'In a statement, the owner said her father had sold the orchard a decade ago. After the flood the insurers paid out on 14 August that year, she said.',
    ];
    const e = events('2021-10-05', ...texts).find((x) => quoteOf(x, texts).includes('insurers paid out'));
    expect(e?.date.start).toBe('2012-08-14');
  });

  it('a day before the happening the opener says it followed is left alone', () => {
    const texts = [
      'The Drubwell tannery was flooded on 9 March 2012, when the river rose overnight.',
      'In a statement, the owner said her father had sold the orchard a decade ago. After the flood the insurers had paid out on 2 January that year, she said.',
    ];
    const e = events('2021-10-05', ...texts).find((x) => quoteOf(x, texts).includes('insurers had paid out'));
    expect(e?.date.start).not.toBe('2012-01-02');
  });
});
