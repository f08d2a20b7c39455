import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (c31): a day or month told in a paragraph set in an old season ("the winter of 1963") is read in that
// season when it falls in its months, as a guess. Every sentence here was written for this test (none comes from an
// eval set or a probe).

const PUB = '2021-11-12';
const dateAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('a day of an old season its paragraph is set in', () => {
  it('"the winter of 1963 … The ferry got through on Jan. 28" is January 1963, flagged', () => {
    const texts = ['The storm reminded Ada of the winter of 1963, when the island was cut off for a month. The ferry got through on Jan. 28, with flour and coal.'];
    const d = dateAt(texts, 'ferry got through');
    expect(d.start).toBe('1963-01-28');
    expect(d.yearUncertain).toBe(true);
  });

  it('a December day of that winter is the same year', () => {
    const texts = ['We talked of the winter of 1963 at the quay. The harbour froze on Dec. 20 that time, and the boats stayed in.'];
    const d = dateAt(texts, 'harbour froze');
    expect(d.start).toBe('1963-12-20');
    expect(d.yearUncertain).toBe(true);
  });

  it('"the winter of 1962-63" puts its January in the later year and its December in the earlier', () => {
    const jan = dateAt(['The canal was closed all through the winter of 1962-63. The ice broke up on Feb. 9, and the boats moved again.'], 'ice broke up');
    expect(jan.start).toBe('1963-02-09');
    const dec = dateAt(['The canal was closed all through the winter of 1962-63. The ice had formed on Dec. 27, and no boat moved.'], 'ice had formed');
    expect(dec.start).toBe('1962-12-27');
  });

  it('a summer day and a bare month of that summer', () => {
    const day = dateAt(['My grandfather spoke often of the summer of 1976, when the reservoir ran dry. Rain finally came on Aug. 28.'], 'Rain finally came');
    expect(day.start).toBe('1976-08-28');
    expect(day.yearUncertain).toBe(true);
    const month = dateAt(['My grandfather spoke often of the summer of 1976, when the reservoir ran dry. Rain finally came in August.'], 'Rain finally came');
    expect(month.start).toBe('1976-08');
    expect(month.yearUncertain).toBe(true);
  });
});

describe('what the season does not hold', () => {
  it('a day outside its months keeps the tense\'s year', () => {
    const d = dateAt(['The storm reminded Ada of the winter of 1963, when the island was cut off. The ferry got through on Oct. 28.'], 'ferry got through');
    expect(d.start).toBe('2021-10-28');
  });

  it('a day after a bare old year keeps the tense\'s year (round 28), flagged since round 35 (r35-year-provenance)', () => {
    const d = dateAt(['The jetty was built in 1963. Divers checked the piles on Jan. 28.'], 'Divers');
    expect(d.start).toBe('2021-01-28');
    expect(d.yearUncertain).toBe(true);
  });

  it('a season a stretch runs from is no place the story is at', () => {
    const d = dateAt(['The road has been gritted by the parish since the winter of 1963. The plough came through on Jan. 28.'], 'plough came');
    expect(d.start).toBe('2021-01-28');
  });

  it('a season in another paragraph, or a later year written after it, leaves the day to its tense', () => {
    const away = dateAt(['The storm reminded Ada of the winter of 1963, when the island was cut off.', 'The ferry got through on Jan. 28.'], 'ferry got through');
    expect(away.start).toBe('2021-01-28');
    const later = dateAt(['The storm reminded Ada of the winter of 1963. The island was cut off again in 2018. The ferry got through on Jan. 28.'], 'ferry got through');
    expect(later.start).toBe('2021-01-28');
  });

  it('a day told ahead is not pulled back into the old season', () => {
    const d = dateAt(['The storm reminded Ada of the winter of 1963, when the island was cut off. The new ferry will sail on Jan. 28.'], 'new ferry');
    expect(d.start).toBe('2022-01-28');
  });

  it('a recent season (under two years back) is left to the tense as before', () => {
    const d = dateAt(['The storm reminded Ada of the winter of 2020, when the island was cut off. The ferry got through on Jan. 28.'], 'ferry got through');
    expect(d.start).toBe('2021-01-28');
  });
});

describe('a bare season after an old one', () => {
  it('"the summer just gone" after "the summer of 1976" is not that summer', () => {
    const texts = ['The hottest was the summer of 1976, when the reservoir ran dry. But the summer just gone came close.'];
    expect(dateAt(texts, 'came close').start.startsWith('1976')).toBe(false);
  });
});
