import { describe, expect, it } from 'vitest';
import { agoHappeningYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 59 (nopub59): without a publication date, a happening counted "N years ago" and told again elsewhere with its
// year (the same verb and the word beside it) names the year of writing: that year plus the count. Sentences written
// for this test.

describe('r59-ago-happening: a count back to a happening the text dates elsewhere', () => {
  it('r59-ago-happening: the verb and the word after it, the year close after them', () => {
    const text = [
      'A rare beetle that was judged lost six years ago has turned up again near Sandridge.',
      'Searches in 1958 and 1990 came to nothing, and the beetle was officially judged lost in 2008.',
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
    expect(agoHappeningYear(['The beetle was judged lost more than six years ago.', 'It was judged lost in 2008.'])).toBeNull();
    expect(agoHappeningYear(['The beetle was judged lost six years ago.', 'It was last recorded in 2008.'])).toBeNull();
    expect(agoHappeningYear(['The beetle was judged lost six years ago, in 2008.', 'It was judged lost in 2008.'])).toBeNull();
  });
});

describe('r59-ago-happening: the year of writing it gives is still a guess', () => {
  it('r59-ago-happening: a yearless month of the story takes the counted year, flagged', () => {
    const texts = [
      'A rare beetle that was judged lost six years ago has turned up again near Sandridge.',
      'A volunteer photographed a female on a chalk bank in June.',
      'Searches in 1958 and 1990 came to nothing, and the beetle was officially judged lost in 2008.',
    ];
    expect(at(texts, 'photographed a female').date).toMatchObject({ start: '2014-06', yearUncertain: true });
  });
});
