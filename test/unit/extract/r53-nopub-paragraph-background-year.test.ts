import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 53 (w53): without a publication date, a bare year written earlier in a paragraph and older than the guessed
// year of writing is background ("founded in 1884"); a yearless month told later in that paragraph, in a sentence
// that does not go on from it, is the story's, in the guessed year, flagged, as with a publication date the month is
// the one before publication. A year written with its month or season keeps its months (the last two cases held at
// the base and guard that bound). Sentences written for this test.

const story = (third: string) => [
  'The governors of the Brannersby lace school voted on Monday to sell its old workshop by the canal.',
  'Two of its three teachers retired in 2029, and the roll has fallen by a third.',
  third,
];

describe('r53-paragraph-background-year: a yearless month after a background year in its paragraph', () => {
  it('r53-paragraph-background-year: "founded in 1884. … It teaches … Its roof was mended in March" is the story\'s March', () => {
    const e = at(story('The school was founded in 1884 by a glove maker\'s widow. It teaches bobbin lace to about forty pupils a year. Its roof was mended in March at a cost of 4,000 pounds.'), 'roof was mended');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start).toBe('2029-03');
  });

  it('r53-paragraph-background-year: the sentence right after the year still goes on from it', () => {
    const e = at(story('The school was founded in 1884 by a glove maker\'s widow. Its first pupils were taught in March in her parlour.'), 'first pupils were taught');
    expect(e.date?.start).toBe('1884-03');
  });

  it('r53-paragraph-background-year: a month after a day of that year in focus keeps the year', () => {
    const e = at(story('A burst pipe flooded the workshop on 4 February 1931. It teaches bobbin lace to about forty pupils a year. The workshop reopened in March with new benches.'), 'workshop reopened');
    expect(e.date?.start).toBe('1931-03');
  });

  it('r53-paragraph-background-year: a season of that year written before it keeps the year', () => {
    const e = at(story('The school moved to the canal in the winter of 1931. It teaches bobbin lace to about forty pupils a year. The first looms arrived in February on a barge.'), 'first looms arrived');
    expect(e.date?.start).toBe('1931-02');
  });
});
