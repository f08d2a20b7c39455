import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 59 (count59): "for N years until <subject> <past verb> <date>", the until-clause's date following its verb with
// no preposition ("until she retired last year", "until his back gave out the spring before"), ends the years as one
// after "in" does (`ENDED_BY`, stretches-beside.ts). Every sentence here was written for this test.

describe('a length ended by an until-clause whose date has no preposition', () => {
  it('"until she retired last year"', () => {
    const texts = ['Mrs Zellby had kept the corner shop for eleven years until she retired last year.'];
    const ev = shortestAt('2015-08-01', texts, 'for eleven years');
    expect(ev.date.start).toBe('2003');
    expect(ev.date.end).toBe('2014');
  });

  it('a phrasal verb, its date a season counted back', () => {
    const texts = [
      'Kenelm Dallow has handed the orchard to his niece this month.',
      'He had tended it for twenty-six years until his back gave out the spring before.',
    ];
    const ev = shortestAt('2015-08-01', texts, 'for twenty-six years');
    expect(ev.date.end).toBe('2015');
    expect(ev.date.start).toBe('1989');
  });

  it('a date after "until" with no clause of its own is still read as before', () => {
    const texts = ['Mrs Zellby had kept the corner shop for eleven years until 2014.'];
    const ev = shortestAt('2015-08-01', texts, 'for eleven years');
    expect(ev.date.start).toBe('2003');
    expect(ev.date.end).toBe('2014');
  });
});
