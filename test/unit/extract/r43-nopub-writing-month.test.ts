import { describe, expect, it } from 'vitest';
import { writingMonth, writtenYears } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 43 (w43): without a publication date. A year in a clause whose verb is a modal's ("could start in 2004") is a
// plan, not the latest year told. And the months a text writes without a year, by the tense of their clauses, suggest
// the month of writing: a month told as past that falls after it is last year's, one still to come before it next
// year's, as they are with a publication date; always flagged. Sentences written for this test.

describe('r43-modal-plan: a year after a modal is still ahead', () => {
  it('r43-modal-plan: "could start in", "is due to be switched off in the autumn of" do not make the latest year', () => {
    expect(writtenYears(['The pier was closed in 2009. If a grant is found, repairs could start in 2013 at the earliest.'])).toEqual({ latest: 2009, ahead: 2013 });
    expect(writtenYears(['The tram depot opened in 1931, and the last tram is due to be withdrawn in the spring of 1962.'])).toEqual({ latest: 1931, ahead: 1962 });
  });

  it('r43-modal-plan: "could have" and "could not" tell of the past', () => {
    expect(writtenYears(['The pier was closed in 2009. The repairs could have been finished in 2011.'])).toEqual({ latest: 2011, ahead: null });
  });

  it('r43-modal-plan: the month "May" before a year is no modal', () => {
    expect(writtenYears(['The mill was sold in May and the new owners rebuilt it in 1998.'])).toEqual({ latest: 1998, ahead: null });
    expect(writtenYears(['In May the old owners had let it fall into ruin by 1993.'])).toEqual({ latest: 1993, ahead: null });
  });
});

describe('r43-writing-month: the month of writing from the yearless months told', () => {
  it('r43-writing-month: past months just before it and months to come just after it', () => {
    expect(writingMonth(['The orchard flooded in October and again on Nov. 20. The new drains will be dug in January.'])).toBe(11);
    // Past months only: the one that leaves them least far back, across the turn of the year.
    expect(writingMonth(['The cellar flooded in December. It flooded again on 9 February.'])).toBe(2);
  });

  it('r43-writing-month: none from a single month, or from months of no told tense', () => {
    expect(writingMonth(['The fair opened in June.'])).toBeNull();
    expect(writingMonth(['June and July are the busiest months at the fair.'])).toBeNull();
  });

  it('r43-writing-month: a month with its year written is no evidence', () => {
    expect(writingMonth(['The fair opened in June 1990 and closed in August 1990.'])).toBeNull();
  });
});

describe('r43-writing-month: yearless months around the guessed month of writing', () => {
  it('r43-writing-month: a past month well after it is in the year before, flagged', () => {
    const texts = [
      'The ferry Marisol ran aground off Tallow Point on 3 February, the operator said.',
      'She was last refitted in October, and an inspector checked her hull on 14 January.',
      'Her owners had bought her in 2016.',
    ];
    expect(at(texts, 'last refitted').date).toMatchObject({ start: '2015-10', yearUncertain: true });
    expect(at(texts, 'ran aground').date).toMatchObject({ start: '2016-02-03', yearUncertain: true });
  });

  it('r43-writing-month: a month to come before it is in the year after, flagged', () => {
    const texts = [
      'The Harlow Street baths closed on 2 November for repairs, the council said.',
      'A survey in October found cracks in the main pool, and the baths will reopen in March.',
      'The baths were built in 2011.',
    ];
    expect(at(texts, 'reopen').date).toMatchObject({ start: '2012-03', yearUncertain: true });
    expect(at(texts, 'baths closed').date).toMatchObject({ start: '2011-11-02', yearUncertain: true });
  });

  it('r43-writing-month: with one month told, every month stays in the guessed year', () => {
    const texts = ['The baths will reopen in March, the council said.', 'The baths were built in 2011.'];
    expect(at(texts, 'reopen').date).toMatchObject({ start: '2011-03', yearUncertain: true });
  });
});
