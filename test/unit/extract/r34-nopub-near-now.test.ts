import { describe, expect, it } from 'vitest';
import { nopub, quoteOf, shortestNoPub as at } from './event-lookup';

// Round 34 (d34): without a publication date (and no dateline to count from), "yesterday", "today", "tomorrow",
// "last night" and "this morning" name a day near the unknown day of writing. Like a weekday (round 33, c33) the clause
// keeps its event, dated only by a guess at its year (the last year the article writes before it, else the latest it
// writes), always flagged, with a note saying the day is not known. Before, it gave no event. Every sentence here was
// written for this test.

describe('a day named from the unknown day of writing, without a publication date', () => {
  it('"yesterday" before any year: the latest year the article writes, flagged', () => {
    const texts = ['The lifeboat crew rescued two anglers yesterday off Skerry Point.', 'The station was rebuilt in 1996.'];
    const d = at(texts, 'rescued two anglers').date;
    expect(d).toMatchObject({ start: '1996', yearUncertain: true, rule: 'day-word/latest-year-in-text/no-dct' });
    expect(d.note).toMatch(/“yesterday” and no publication date.*latest one the article writes, a guess/);
  });

  it('"last night" after a year: the last year written before it, flagged', () => {
    const texts = ['The harbour road was last repaired in 2009.', 'Police closed it last night after a landslip.'];
    const d = at(texts, 'closed it').date;
    expect(d).toMatchObject({ start: '2009', yearUncertain: true, rule: 'part-of-day/year-in-text/no-dct' });
    expect(d.note).toMatch(/so the day is not known; the year is the last one the article writes before it, a guess/);
  });

  it('"this morning" and "tomorrow" too', () => {
    const texts = ['The museum, shut by a flood in 2015, reopened this morning.', 'Its cafe will open tomorrow.'];
    expect(at(texts, 'reopened this morning').date).toMatchObject({ start: '2015', yearUncertain: true });
    expect(at(texts, 'cafe will open').date).toMatchObject({ start: '2015', yearUncertain: true });
  });

  it('"today" used for the present in general ("the cars of today") gives no date', () => {
    const texts = ['The cars of today are far lighter than those built in 1970.'];
    expect(nopub(...texts).filter((e) => /day-word/.test(e.date.rule ?? ''))).toHaveLength(0);
  });

  it('with no year anywhere in the article the year is a guess, flagged (round 55, e55)', () => {
    const texts = ['The lifeboat crew rescued two anglers yesterday off Skerry Point.'];
    const found = nopub(...texts).filter((e) => quoteOf(e, texts).includes('rescued two anglers'));
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.date).toMatchObject({ yearUncertain: true });
  });

  it('with a publication date nothing changes: the day before publication', () => {
    const texts = ['The lifeboat crew rescued two anglers yesterday off Skerry Point.', 'The station was rebuilt in 1996.'];
    const d = at(texts, 'rescued two anglers', '2004-08-12').date;
    expect(d).toMatchObject({ start: '2004-08-11' });
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('a week or month named from the unknown day of writing, without a publication date', () => {
  const texts = ['The hospital trust was formed in 2003.', 'It closed its maternity ward last week.', 'A new ward will open next month, and volunteers will paint it this weekend.', 'Births fell last year.'];

  // Round 41 (w41): a text that says "last year" wrote its latest past year (2003) from two years on at least, so
  // the guessed year of writing here is 2005, no year written (it was 2003, the last year written before it).
  it('"last week": the guessed year of writing, flagged', () => {
    const d = at(texts, 'closed its maternity ward').date;
    expect(d).toMatchObject({ start: '2005', yearUncertain: true, rule: 'relative-unit/latest-year-in-text/no-dct' });
    expect(d.note).toMatch(/“last week” and no publication date.*a guess/);
  });

  it('"next month" and "this weekend" too', () => {
    expect(at(texts, 'new ward will open').date).toMatchObject({ start: '2005', yearUncertain: true, rule: 'relative-unit/latest-year-in-text/no-dct' });
    expect(at(texts, 'volunteers will paint').date).toMatchObject({ start: '2005', yearUncertain: true, rule: 'relative-unit/latest-year-in-text/no-dct' });
  });

  // Round 37 (d37): "last year" is now counted from the guessed year of writing, flagged (it was left to the narrative
  // before): over the released sets it found 64 such events and dated more of them right than it dated wrong.
  it('"last year" is counted from the guessed year, flagged', () => {
    expect(at(texts, 'Births fell').date).toMatchObject({ start: '2004', yearUncertain: true, rule: 'relative-unit/from-writing-year/no-dct' });
  });

  it('with a publication date nothing changes', () => {
    expect(at(texts, 'closed its maternity ward', '2006-03-15').date).toMatchObject({ start: '2006-03-06', end: '2006-03-12' });
  });
});

describe('a few days, weeks or months ago, without a publication date', () => {
  it('"three days ago" after a year: the last year written before it, flagged', () => {
    const texts = ['The cooperative bought the dairy in 1988.', 'Its herd was moved to Ferrin three days ago.'];
    const d = at(texts, 'herd was moved').date;
    expect(d).toMatchObject({ start: '1988', yearUncertain: true, rule: 'ago/year-in-text/no-dct' });
    expect(d.note).toMatch(/“three days ago” and no publication date.*a guess/);
  });

  it('"a fortnight ago" and "two months ago" too', () => {
    const texts = ['The gallery, which opened in 2007, lost its grant a fortnight ago.', 'Its director resigned two months ago.'];
    expect(at(texts, 'lost its grant').date).toMatchObject({ start: '2007', yearUncertain: true });
    expect(at(texts, 'director resigned').date).toMatchObject({ start: '2007', yearUncertain: true });
  });

  // Round 37 (d37): counted from the guessed year of writing, flagged, as "last year" now is.
  it('"ten years ago" is counted from the guessed year, flagged', () => {
    const texts = ['The gallery opened in 2007.', 'Its founder left ten years ago.'];
    expect(at(texts, 'founder left').date).toMatchObject({ start: '1997', yearUncertain: true, rule: 'ago/from-writing-year/no-dct' });
  });

  it('with a publication date nothing changes', () => {
    const texts = ['The cooperative bought the dairy in 1988.', 'Its herd was moved to Ferrin three days ago.'];
    expect(at(texts, 'herd was moved', '1995-04-10').date).toMatchObject({ start: '1995-04-07' });
  });
});
