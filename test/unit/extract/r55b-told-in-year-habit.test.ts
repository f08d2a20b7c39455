import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55b): a telling dated "in <year>" ("estimated in 2011 that", "said in a review in 2011 that") whose report
// holds a habit ("each year", "every week") is still an event on its date, as one dated "on <day>" is (datesTelling in
// schedules.ts). Every sentence here was written for this test.

describe('a habit in the report of a telling dated in a year', () => {
  it('"estimated in 2011 that … each year" is the estimate, in 2011', () => {
    const texts = ['The harbour board estimated in 2011 that the ferry carried 40,000 people each year.'];
    const d = shortestAt('2016-08-05', texts, 'estimated').date;
    expect([d.start, d.mod]).toEqual(['2011', undefined]);
  });

  it('"said in a review in 2011 that … every week" is the saying, in 2011', () => {
    const texts = ['Trade on the quay has fallen.', 'The harbour board said in a review in 2011 that the ferry ran twice every week.'];
    const d = shortestAt('2016-08-05', texts, 'said in a review').date;
    expect([d.start, d.mod]).toEqual(['2011', undefined]);
  });

  it('a habit with no telling before its year stays a habit ("In 2011 the ferry ran every week")', () => {
    const texts = ['In 2011 the ferry ran to the island every week.'];
    const d = shortestAt('2016-08-05', texts, 'ferry ran').date;
    expect(d.start).not.toBe('2011');
  });
});
