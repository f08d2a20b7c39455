import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): a day counted on ("the next morning") after a month the story is at goes on from that month, not
// from a date told in an aside between them (a relative clause or, now, a past participle set off after the subject).
// The first case also needs r54-month-part-year's rule. Every sentence here was written for this test.

describe('a day counted after an aside counts from the story, not from the aside', () => {
  it('a participle aside beside a month leaves the month in focus', () => {
    const texts = ['On a March evening in 1974 a ferry lost its rudder off the point. The lifeboat crew, founded two years earlier, towed it into harbour the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'towed it into harbour');
    expect(ev.date.start).toBe('1974-03');
  });

  it('a participle aside beside a day leaves the day in focus', () => {
    const texts = ['A gale tore the roof off the village hall on Nov. 8, 2015. The hall, rebuilt in 1990, was shut the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'was shut');
    expect(ev.date.start).toBe('2015-11-09');
  });

  it('a verb before the comma makes no aside', () => {
    const texts = ['On a March evening in 1974 a ferry lost its rudder off the point. The crew sold the boat, bought in 1961, and left the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'left the next morning');
    expect(ev.date.start).not.toBe('1974-03');
  });
});
