import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (a55): an occasion named by a possessive weekday, followed by a clause of where or when it happened told in
// the past ("Friday's final, where she beat …"), has happened, whatever an infinitive before it points at. Every
// sentence here was written for this test.

describe('a possessive weekday whose occasion is told as done', () => {
  it('"to reach Saturday\'s final, where they lost" is the Saturday before publication', () => {
    // Tuesday 14 November 2023: the Saturday before is 11 November.
    const texts = ['The Oxhollow Rovers won both of their heats to reach Saturday\'s final, where they lost narrowly to Caskey Town.'];
    const ev = shortestAt('2023-11-14', texts, "Saturday's final");
    expect(ev.date.start).toBe('2023-11-11');
  });

  it('a clause still to come leaves the occasion ahead', () => {
    const texts = ['The Oxhollow Rovers won both of their heats to reach Saturday\'s final, where they will meet Caskey Town.'];
    const ev = shortestAt('2023-11-14', texts, "Saturday's final");
    expect(ev.date.start).toBe('2023-11-18');
  });
});
