import { describe, expect, it } from 'vitest';
import { nopub, quoteOf, shortestNoPub as at } from './event-lookup';

// Round 34 (d34): without a publication date, the undated parts of a dated sentence (a telling with no day of its own,
// "the union said"; a past clause the sentence's date does not reach) are placed as the undated sentences are (see
// r34-nopub-before-writing.test.ts): before the day the text suggests the article was written, always flagged. Before,
// "before publication" had no day and they gave no event. Every sentence here was written for this test.

describe('a telling with no day of its own in a dated sentence, without a publication date', () => {
  it('", the union said," after a dated clause', () => {
    const texts = ['The bakery chain Brode cut 40 jobs in March 2012, the union said.'];
    const d = at(texts, 'the union said').date;
    // Round 38: "in March 2012" is told from a later year, so the writing year is guessed as 2013.
    expect(d).toMatchObject({ start: '2013', mod: 'before', yearUncertain: true, rule: 'reported-speech/before-publication' });
    expect(d.note).toMatch(/no publication date.*a guess/);
    // The told happening keeps its own written date, not flagged.
    expect(at(texts, 'cut 40 jobs').date).toMatchObject({ start: '2012-03' });
  });

  it('"the director told reporters" closing the sentence', () => {
    const texts = ['The orchestra cancelled its spring tour in 2020, the director told reporters.'];
    expect(at(texts, 'director told reporters').date).toMatchObject({ start: '2020', mod: 'before', yearUncertain: true });
  });

  it('a telling that opens the sentence ("Officials said that …")', () => {
    const texts = ['Officials said that the ferry had been withdrawn in May 2011.', 'A new ferry entered service in 2014.'];
    expect(at(texts, 'Officials said').date).toMatchObject({ start: '2014', mod: 'before', yearUncertain: true, rule: 'reported-speech/before-publication' });
    expect(at(texts, 'withdrawn').date).toMatchObject({ start: '2011-05' });
  });

  it('with a publication date nothing changes: before publication, not flagged', () => {
    const texts = ['The bakery chain Brode cut 40 jobs in March 2012, the union said.'];
    const d = at(texts, 'the union said', '2012-04-02').date;
    expect(d).toMatchObject({ start: '2012-04-02', mod: 'before', rule: 'reported-speech/before-publication' });
    expect(d.yearUncertain).toBeUndefined();
  });
});
