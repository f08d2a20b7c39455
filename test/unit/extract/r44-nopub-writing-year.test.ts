import { describe, expect, it } from 'vitest';
import { anniversaryYear, monthOfYearTold, writtenYears } from '../../../shared/extract/text-years';

// Round 44 (w44): without a publication date, what the text itself says about the year it was written in. Sentences
// written for this test.

describe('r44-span-end-year: a span written as "2023-24" reaches its later year', () => {
  it('r44-span-end-year: a season or a winter written with two digits after its first year', () => {
    expect(writtenYears(['The reservoir was built in 1994. The winter of 2016-17 was the wettest the keepers had logged.'])).toEqual({ latest: 2017, ahead: null });
    expect(writtenYears(['Corrie Rovers were relegated in 1987/88, their worst season.'])).toEqual({ latest: 1988, ahead: null });
  });

  it('r44-span-end-year: four digits after a hyphen', () => {
    expect(writtenYears(['Takings at the pier fell in every summer of 2011-2014, the trust said.'])).toEqual({ latest: 2014, ahead: null });
  });

  it('r44-span-end-year: a date written in numbers, or two digits that are not the next year, name no later year', () => {
    expect(writtenYears(['The survey was filed on 2000-01-05 after the winter of 1998-99.'])).toEqual({ latest: 1999, ahead: null });
    expect(writtenYears(['The gauge read 1998-07 on the old scale, in the dry summer of 1995-96.'])).toEqual({ latest: 1996, ahead: null });
  });

  it('r44-span-end-year: a span still to come is a plan', () => {
    expect(writtenYears(['The quay was rebuilt in 2008. The harbour board will dredge the channel in 2019-20.'])).toEqual({ latest: 2008, ahead: 2020 });
  });
});

describe('r44-day-run-year: a run of days with its month and year is a month told with its year', () => {
  it('r44-day-run-year: "on Nov. 7-9, 1960", "from 12 to 14 March 2004", "on 3 and 4 May 1999" give their month', () => {
    expect(monthOfYearTold(1960, ['The harbour board held its hearings at Dunmere on Nov. 7-9, 1960, and heard from the pilots.'])).toBe(11);
    expect(monthOfYearTold(2004, ['The regatta was sailed from 12 to 14 March 2004 in a rising gale, the club said.'])).toBe(3);
    expect(monthOfYearTold(1999, ['Pickets stood at the mill gate on 3 and 4 May 1999 before the owners gave way.'])).toBe(5);
  });

  it('r44-day-run-year: an anniversary counts from a run of days', () => {
    expect(anniversaryYear(['Twenty years ago this week, the river rose through the lower town.', 'It stayed above the quay on Feb. 2-5, 1990, and the mill never reopened.'])).toBe(2010);
  });
});
