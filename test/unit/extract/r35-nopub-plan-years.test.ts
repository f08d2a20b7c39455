import { describe, expect, it } from 'vitest';
import { latestWrittenYear } from '../../../shared/extract/text-years';
import { shortestAt, shortestNoPub as at } from './event-lookup';

// Round 35 (d35): without a publication date, the year a yearless date is guessed in is the latest year the article
// writes (round 33). A year told as still ahead ("is due to reopen in 2026", "must cut emissions by 2030", "will run
// until 2019") is a plan's: the story is told before it, so it no longer wins over the latest year told as past or
// present. Every sentence here was written for this test.

describe('a plan\'s year is not the story\'s', () => {
  it('"is due to reopen in" a later year', () => {
    expect(latestWrittenYear(['The pool closed in 2021 after a roof beam cracked.', 'It is due to reopen in 2026.'])).toBe(2021);
  });

  it('"will ... by" a later year, told before the past one', () => {
    expect(latestWrittenYear(['The council said it would plant 10,000 trees by 2030.', 'Only 800 were planted in 2017.'])).toBe(2017);
  });

  it('"will run until" a later year', () => {
    expect(latestWrittenYear(['The lease will run until 2019, and the tenants have asked for more.', 'They moved in during 2012.'])).toBe(2012);
  });

  it('a year told in the past stays the latest even when a plan names an earlier one', () => {
    expect(latestWrittenYear(['Work will start in 2014.', 'The site was sold in 2016.'])).toBe(2016);
  });

  it('when the article writes only a plan\'s year, that year is still the guess', () => {
    expect(latestWrittenYear(['The new school will open in 2031.'])).toBe(2031);
  });

  it('a yearless month-day is guessed in the year told, not the plan\'s, and stays flagged', () => {
    const texts = ['The ferry Marl Queen ran aground on March 9, blocking the harbour mouth.', 'The harbour was last dredged in 2009.', 'A new breakwater is due to be finished by 2014.'];
    expect(at(texts, 'ran aground').date).toMatchObject({ start: '2009-03-09', yearUncertain: true });
  });

  it('with a publication date nothing changes', () => {
    const texts = ['The ferry Marl Queen ran aground on March 9, blocking the harbour mouth.', 'The harbour was last dredged in 2009.', 'A new breakwater is due to be finished by 2014.'];
    expect(shortestAt('2012-03-12', texts, 'ran aground').date).toMatchObject({ start: '2012-03-09' });
  });
});
