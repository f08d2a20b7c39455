import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (a54): a day counted on ("the next morning") after a month the story is at goes on from that month, not
// from a date told in an aside between them (a relative clause or, now, a past participle set off after the subject).
// The first case also needs r54-month-part-year's rule. Every sentence here was written for this test.

describe('a day counted after an aside counts from the story, not from the aside', () => {
  it('a participle aside beside a month leaves the month in focus', () => {
    const texts = ['On an October afternoon in 1988 a water main burst beneath the market square. The borough engineer, appointed six months before, sealed the pipe the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'sealed the pipe');
    expect(ev.date.start).toBe('1988-10');
  });

  it('a participle aside beside a day leaves the day in focus', () => {
    const texts = ['A gale tore the roof off the village hall on Nov. 8, 2015. The hall, rebuilt in 1990, was shut the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'was shut');
    expect(ev.date.start).toBe('2015-11-09');
  });

  it('a verb before the comma makes no aside', () => {
    const texts = ['On an October afternoon in 1988 a water main burst beneath the market square. The council sold the old pumps, bought in 1961, and hired a contractor the next morning.'];
    const ev = shortestAt('2020-05-04', texts, 'hired a contractor');
    expect(ev.date.start).not.toBe('1988-10');
  });
});
