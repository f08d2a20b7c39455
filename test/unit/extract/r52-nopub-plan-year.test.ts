import { describe, expect, it } from 'vitest';
import { writtenYears } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 52 (w52): without a publication date, a year written as a plan bounds the guess at the year of writing.
// Sentences written for this test.

describe('r52-forecast-for-year: a year after a forecast told in the present is still ahead', () => {
  it('r52-forecast-for-year: "forecasts ... for 2031" and "expects ... in 2040" are plans, not the latest past year', () => {
    expect(writtenYears(['Bus fares rose by 12 percent last year, and the transport board forecasts 5 percent for 2031.'])).toEqual({ latest: null, ahead: 2031 });
    expect(writtenYears(['The bell foundry was sold in 1994.', 'Its new owner expects a first profit in 2040.'])).toEqual({ latest: 1994, ahead: 2040 });
  });

  it('r52-forecast-for-year: not a forecast told in the past, nor one in another clause', () => {
    expect(writtenYears(['The board forecast 5 percent for 2031, and fares rose by twice that.']).latest).toBe(2031);
    expect(writtenYears(['The almanac, which predicts frosts, was first printed in 1911.']).latest).toBe(1911);
  });
});

describe('r52-last-year-plan: "last year" does not push the guess onto a year the text writes as still ahead', () => {
  const story = (plan: string) => [
    'On Tuesday the growers of the Dorrimack orchard co-operative voted to buy a second press.',
    'The co-operative was set up in March 2027 by eleven growers.',
    `Its cider sales dropped by a third last year, and it ${plan}.`,
  ];

  it('r52-last-year-plan: a plan for the year after the latest past year written keeps the writing before it', () => {
    // March 2027 puts the writing in 2028 at the earliest; "last year" would make it 2029, the plan's own year.
    const e = at(story('is expected to break even in 2029'), 'voted to buy');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2028');
  });

  it('r52-last-year-plan: a forecast for that year does the same', () => {
    const e = at(story('forecasts a recovery for 2029'), 'voted to buy');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2028');
  });

  it('r52-last-year-plan: a plan further off leaves "last year" its reading', () => {
    const e = at(story('is expected to break even in 2033'), 'voted to buy');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2029');
  });
});

describe('r52-since-year-past: a year that starts a stretch is gone by', () => {
  it('r52-since-year-past: "since the autumn of 2019" after an infinitive is still the latest past year', () => {
    expect(writtenYears(['The ferry firm gave up its last route after failing to win a contract since the autumn of 2019.'])).toEqual({ latest: 2019, ahead: null });
    expect(writtenYears(['The lodge opened in 1990.', 'Members hope to keep the roof up, as they have managed to do since 2012.']).latest).toBe(2012);
  });

  it('r52-since-year-past: a plan without "since" stays ahead', () => {
    expect(writtenYears(['The lodge opened in 1990.', 'Members hope to mend the roof in 2031.'])).toEqual({ latest: 1990, ahead: 2031 });
  });
});
