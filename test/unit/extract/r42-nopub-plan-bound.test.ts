import { describe, expect, it } from 'vitest';
import { writtenYears } from '../../../shared/extract/text-years';

// Round 42 (w42): without a publication date, a year closing "until" or "by" is still ahead of the writing when its
// clause is told in the present ("The lease runs until 2031") or as a plan set in the past ("was meant to stay shut
// until 2030"); it is the story's only when its clause tells what was done by then. Sentences written for this test.

describe('r42-plan-bound: a bound told in the present or as a past plan is ahead', () => {
  it('r42-plan-bound: "now runs until" and "could be finished by" do not make the latest year', () => {
    expect(writtenYears(['The quarry closed in 2011. Its lease now runs until March 31, 2031.'])).toEqual({ latest: 2011, ahead: 2031 });
    expect(writtenYears(['The mill burned down in 2012. A new one could be finished by the spring of 2016 if a buyer is found.'])).toEqual({ latest: 2012, ahead: 2016 });
  });

  it('r42-plan-bound: "was meant to stay shut until" is a plan, not a year told', () => {
    expect(writtenYears(['The vault was sealed in 1988 and was meant to stay shut until 2038.'])).toEqual({ latest: 1988, ahead: 2038 });
  });

  it('r42-plan-bound: a past telling of what lasted until then is the story\'s', () => {
    expect(writtenYears(['The vault was sealed in 1988 and stayed shut until 2004.'])).toEqual({ latest: 2004, ahead: null });
    expect(writtenYears(['The inn was open until March 2009.'])).toEqual({ latest: 2009, ahead: null });
  });
});
