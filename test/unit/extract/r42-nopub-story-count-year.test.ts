import { describe, expect, it } from 'vitest';
import { storyCountYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 42 (w42): without a publication date, a story's own happening counted in years after an older one whose year
// is written ("reopened on Friday, 40 years after the flood of 1968") tells the year of writing: the older year plus
// the count. Only an exact count told of a day near the writing. Sentences written for this test.

describe('r42-story-count: the story day counted in years after a written year', () => {
  it('r42-story-count: one year written in the counting sentence', () => {
    expect(storyCountYear(['The ferry to Olm sailed again on Friday, 12 years after the old pier was condemned in 1994.'])).toBe(2006);
  });

  it('r42-story-count: no year in the sentence, the month and year told in the next', () => {
    const text = ['Villagers rang the restored bells of St Anne\'s on Sunday morning, sixty-two years after the tower was shut. The belfry was declared unsafe in May 1951, after a beam split.'];
    expect(storyCountYear(text)).toBe(2013);
  });

  it('r42-story-count: a headline count over an opening sentence that writes the year', () => {
    expect(storyCountYear(['A parrot that flew off from a pet shop in Dunsby in the spring of 2009 has been handed back to its owner.'], 'Lost parrot home, four years after escape')).toBe(2013);
  });

  it('r42-story-count: "N years on," tells of now by itself', () => {
    expect(storyCountYear(['Harlby lost its cottage hospital in 1996; nineteen years on, the nearest ward is still forty miles away.'])).toBe(2015);
    // Not a length spent on something ("thirty years on the buses").
    expect(storyCountYear(['She drove for the corporation in 1970, and spent thirty years on the buses.'])).toBeNull();
  });

  it('r42-story-count: not a hedged count, not two old happenings, not without a day near the writing', () => {
    expect(storyCountYear(['The hall reopened on Friday, nearly 12 years after it was closed in 1994.'])).toBeNull();
    expect(storyCountYear(['The firm moved to Harle in 1961, 30 years after it was founded.'])).toBeNull();
    expect(storyCountYear(['The hall reopened, 12 years after it was closed in 1994.'])).toBeNull();
  });
});

describe('r42-story-count: the year of writing it gives is still a guess', () => {
  it('r42-story-count: a yearless month of the story takes the counted year, flagged', () => {
    const texts = [
      'The ferry to Olm sailed again on Friday, 12 years after the old pier was condemned in 1994.',
      'The harbour board ordered the new pier in March.',
    ];
    expect(at(texts, 'ordered the new pier').date).toMatchObject({ start: '2006-03', yearUncertain: true });
  });
});

