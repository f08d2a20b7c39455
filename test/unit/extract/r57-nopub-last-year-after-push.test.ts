import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 57 (w57): without a publication date, a text that says "last year" and writes 2031 as its latest past year is
// guessed to be written in 2033 (the latest year told with a year is at least two back). A month or day named "last
// year" ("in April last year", "on 9 January last year") is then the year before that guess, 2032, flagged, as it is
// when the guess is the latest year written: counted from the guess, not put around it as a yearless month. Every
// sentence was written for this test.

const story = [
  'The Sethworth lifeboat station was rebuilt in 2031 after a storm wrecked its slipway.',
  'Its longest-serving volunteer retired in April last year.',
  'The crew rescued two kayakers on 9 January last year.',
  'A new boat arrived on Tuesday.',
];

describe('r57-nopub-last-year-after-push: "last year" counted from a guess pushed past the latest year', () => {
  it('r57-nopub-last-year-after-push: "in April last year" is the year before the guessed year', () => {
    const ev = shortestNoPub(story, 'volunteer retired');
    expect(ev.date.start).toBe('2032-04');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-last-year-after-push: "on 9 January last year" too', () => {
    const ev = shortestNoPub(story, 'rescued two kayakers');
    expect(ev.date.start).toBe('2032-01-09');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-last-year-after-push: with the publication date, counted from it', () => {
    const ev = shortestAt('2036-05-20', story, 'volunteer retired');
    expect(ev.date.start).toBe('2035-04');
  });
});
