import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 55 (s55): a relative pronoun right before a modal ("a well in March that would supply the school") opens a
// clause of its own; its modal does not make the month before it a plan, and the month keeps the past verb's tense.
// Every sentence here was written for this test.

describe('a modal in a relative clause after a date does not govern it', () => {
  it('a past approval in a month is in the months before publication', () => {
    const texts = ['The parish approved a new well in March that would supply the village school, and digging is due to start in June.'];
    const ev = shortestAt('2019-08-20', texts, 'approved a new well');
    expect(ev.date.start).toBe('2019-03');
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('the plan in the next clause is still ahead', () => {
    const texts = ['The parish approved a new well in March that would supply the village school, and digging is due to start in June.'];
    expect(shortestAt('2019-08-20', texts, 'digging is due').date.start).toBe('2020-06');
  });
});
