import { describe, expect, it } from 'vitest';
import { tellsLastMonth } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 49 (w49): without a publication date, a month of the months before the writing named as "last March" beside
// the latest year written with a month. Sentences written for this test.

describe('r49-nopub-last-month: "last March" beside a year written with a later month', () => {
  const story = (dated: string): string[] => [
    'The ferry operator Brandle Lines was fined on Tuesday for sailing without a certified engineer aboard.',
    `Inspectors first boarded the boat ${dated}, after a passenger complained of smoke in the saloon.`,
    'The company was charged last March and pleaded guilty when it first appeared in court in May.',
    'It must pay the fine by June 30.',
  ];

  it('r49-nopub-last-month: "in August 2014" and "charged last March" put the writing two years on', () => {
    const e = at(story('in August 2014'), 'fined on Tuesday');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2016');
  });

  // The yearless months (charged in March and heard in May, to pay by June) put the writing in May: August of the
  // year before would lie within the twelve months before it, and be "last August".
  it('r49-nopub-last-month: a month written with its year earlier than the month of writing lies a year back from the next year', () => {
    const e = at(story('in February 2014'), 'fined on Tuesday');
    expect(e.date).toMatchObject({ yearUncertain: true });
    expect(e.date?.start.slice(0, 4)).toBe('2015');
  });

  it('r49-nopub-last-month: "last" as a month or season of the writer, not of something else', () => {
    expect(tellsLastMonth(['The harvest was poor last summer.'])).toBe(true);
    expect(tellsLastMonth(["Last October's gales took the roof off."])).toBe(true);
    expect(tellsLastMonth(['It was the last summer of the war.'])).toBe(false);
    expect(tellsLastMonth(['She spent her last May in the house in 1990.'])).toBe(false);
    expect(tellsLastMonth(['The hall was booked last month.'])).toBe(false);
  });
});
