import { describe, expect, it } from 'vitest';
import { shortestNoPub as at } from './event-lookup';

// Round 40 (w40): without a publication date, a month or day written without its year took the last year written
// anywhere before it, however far back and whatever the story had told since. With a publication date only a year the
// date's sentence goes on from is taken (its own, another predicate's, or the happening's told just before); now the
// same holds without one: an older year from further back gives way to the guessed year of writing (the latest the
// article writes), flagged as ever. Sentences written for this test.

describe('a yearless month after an older year from paragraphs back takes the guessed year of writing', () => {
  it('"In February" after a year of the business\'s past written in the paragraph before, the latest year earlier still', () => {
    const texts = [
      'The Mossgate bakery moved to Quay Street in 2019, when a grant paid for new ovens.',
      'The two sisters who run it bought the business from their uncle in 2011.',
      'Its owners said the lease had run out. In February, the landlord asked for twice the rent.',
    ];
    // 2011 is the last year written, a paragraph back and across a telling: the month is the story's (2019, a guess).
    expect(at(texts, 'the landlord asked').date).toMatchObject({ start: '2019-02', yearUncertain: true });
  });

  it('a day told in a later paragraph, after background years, goes with the latest year', () => {
    const texts = [
      'The Orrel ferry first crossed the sound in 1998, and a second boat joined it in 2016.',
      'The older boat was sold in 2012.',
      'Crews said they had been warned. The service stopped on March 9, and no date has been set for it to resume.',
    ];
    expect(at(texts, 'The service stopped').date).toMatchObject({ start: '2016-03-09', yearUncertain: true });
  });
});

describe('a year the sentence goes on from is still taken', () => {
  it('the year of the happening told just before, in the same paragraph', () => {
    const texts = [
      'The Mossgate bakery opened a second shop in 2021.',
      'The first shop closed in 2015. Its last loaves were sold on March 3.',
    ];
    // "Its last loaves were sold" goes on from the closing just before it.
    expect(at(texts, 'last loaves were sold').date).toMatchObject({ start: '2015-03-03', yearUncertain: true });
  });

  it('the year of the same sentence', () => {
    const texts = [
      'The bakery opened a second shop in 2021.',
      'Its first shop, which closed in 2015 after a fire in March, was never rebuilt.',
    ];
    expect(at(texts, 'after a fire').date.start.slice(0, 4)).toBe('2015');
  });

  it('no later year written: the older year stays, flagged', () => {
    const texts = ['The Mossgate bakery was founded in 2011 by two sisters from Kellby.', 'Its owners said the lease had run out. In February, the landlord asked for twice the rent.'];
    expect(at(texts, 'the landlord asked').date).toMatchObject({ start: '2011-02', yearUncertain: true });
  });
});
