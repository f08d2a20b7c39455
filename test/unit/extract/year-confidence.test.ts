import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 28: when a year the text does not state is shown as certain. A bare month or season placed only by its tense
// and the publication date is a reading, not a certainty, when the text gives a reason to doubt it. Every sentence
// here was written for this test (none comes from an eval set or a probe).

const PUB = '2012-11-20';
const dateAt = (pub: string, texts: string[], words: string) => shortestAt(pub, texts, words).date;

describe('a bare month told in the past after an older year of its own paragraph', () => {
  it('the year the tense gives is flagged: the paragraph may still be telling of that year', () => {
    const texts = ['The quay was rebuilt in 1931. An inspection in August found rust in the piles.'];
    const d = dateAt(PUB, texts, 'inspection');
    expect(d.start).toBe('2012-08');
    expect(d.yearUncertain).toBe(true);
  });

  it('a season in the same place is flagged as well', () => {
    const d = dateAt(PUB, ['The chapel lost its spire in 1950. Scaffolding went up around the tower in the spring.'], 'Scaffolding');
    expect(d.start).toBe('2012-03');
    expect(d.yearUncertain).toBe(true);
  });

  it('not after a year paragraphs back, nor one in an aside, nor for a month ahead (a past day there is flagged since round 35)', () => {
    const texts = ['The quay was rebuilt in 1931.', 'Trade at the harbour has grown every year.', 'An inspection in August found rust in the piles.'];
    const flagged = dateAt(PUB, ['The quay was rebuilt in 1931. An inspection in August found rust in the piles.'], 'inspection');
    expect(flagged.yearUncertain).toBe(true);
    expect(dateAt(PUB, texts, 'inspection').yearUncertain).toBeUndefined();
    const aside = dateAt(PUB, ['The quay, which was rebuilt in 1931, failed an inspection in August.'], 'failed an inspection');
    expect(aside.start).toBe('2012-08');
    expect(aside.yearUncertain).toBeUndefined();
    // Round 35: a day told there is flagged as a month is (r35-year-provenance.test.ts); its year stays the tense's.
    const day = dateAt(PUB, ['The quay was rebuilt in 1931. Divers inspected the piles on Aug. 14.'], 'Divers');
    expect(day.start).toBe('2012-08-14');
    expect(day.yearUncertain).toBe(true);
    const ahead = dateAt(PUB, ['The quay was rebuilt in 1931. Divers will inspect the piles in March.'], 'Divers');
    expect(ahead.start).toBe('2013-03');
    expect(ahead.yearUncertain).toBeUndefined();
  });
});

describe('a month a present perfect runs from up to publication', () => {
  it('is the last one before publication, not flagged, even after an older year of its paragraph', () => {
    const texts = ['The ferry was built in 1958. It has been laid up at the quay since the spring.'];
    const d = dateAt(PUB, texts, 'laid up');
    expect(d.start).toBe('2012-03');
    expect(d.end).toBe(PUB);
    expect(d.yearUncertain).toBeUndefined();
    // Told in the past perfect it does not run up to publication, and the older year may still hold it.
    expect(dateAt(PUB, ['The ferry was built in 1958. By then it had been laid up since the spring.'], 'laid up').yearUncertain).toBe(true);
  });
});

describe("publication's own month told in the past, in the month's first week", () => {
  it('a whole month told as done days after it began may be an earlier one: flagged', () => {
    const d = dateAt('2014-01-04', ['January was the wettest month the valley has had.'], 'wettest');
    expect(d.start).toBe('2014-01');
    expect(d.yearUncertain).toBe(true);
    // Later in the month the reading stands.
    expect(dateAt('2014-01-24', ['January was the wettest month the valley has had.'], 'wettest').yearUncertain).toBeUndefined();
  });
});
