import { describe, expect, it } from 'vitest';
import { agoHappeningYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 59 (nopub59): without a publication date, a happening counted "N years ago" and told again elsewhere with its
// year (the same verb and the word beside it) names the year of writing: that year plus the count. Sentences written
// for this test.

describe('r59-ago-happening: a count back to a happening the text dates elsewhere', () => {
  it('r59-ago-happening: the verb and the word after it, the year close after them', () => {
    const text = [
      'A small moth that was declared extinct five years ago has been seen again near Sandridge.',
      'Surveys in 1961 and 1987 found nothing, and the moth was formally declared extinct in 2009.',
    ];
    expect(agoHappeningYear(text)).toBe(2014);
  });

  it('r59-ago-happening: the word before the verb, the year earlier in its one-year sentence', () => {
    const text = [
      'The organ will stay at the chapel in Ellmore, where it first sounded 140 years ago.',
      'It was made by a firm of cabinet makers in 1871, and first sounded at Easter that spring.',
    ];
    expect(agoHappeningYear(text)).toBe(2011);
  });

  it('r59-ago-happening: not a hedged count, not another verb, not a count beside a year of its own', () => {
    expect(agoHappeningYear(['The moth was declared extinct more than five years ago.', 'It was declared extinct in 2009.'])).toBeNull();
    expect(agoHappeningYear(['The moth was declared extinct five years ago.', 'It was last recorded in 2009.'])).toBeNull();
    expect(agoHappeningYear(['The moth was declared extinct five years ago, in 2009.', 'It was declared extinct in 2009.'])).toBeNull();
  });
});

describe('r59-ago-happening: the year of writing it gives is still a guess', () => {
  it('r59-ago-happening: a yearless month of the story takes the counted year, flagged', () => {
    const texts = [
      'A small moth that was declared extinct five years ago has been seen again near Sandridge.',
      'A volunteer photographed a female on a chalk bank in June.',
      'Surveys in 1961 and 1987 found nothing, and the moth was formally declared extinct in 2009.',
    ];
    expect(at(texts, 'photographed a female').date).toMatchObject({ start: '2014-06', yearUncertain: true });
  });
});
