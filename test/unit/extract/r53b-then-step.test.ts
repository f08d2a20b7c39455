import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): ", then" before a verb with a date of its own opens the next step of a list of plans
// ("visit X on Wednesday, then host Y on Easter Monday"), an event of its own at its own date, not more of the first
// step's. Every sentence here was written for this test.

describe('", then" and a verb with its own date is the next step', () => {
  const texts = ['The Owls are second in the league and visit Ebbetsford on Wednesday, then host the Rooks on Easter Monday.'];

  it('the second step takes its own day', () => {
    expect(shortestAt('2018-03-26', texts, 'host the Rooks').date.start).toBe('2018-04-02');
  });

  it('the first step keeps its day', () => {
    expect(shortestAt('2018-03-26', texts, 'visit Ebbetsford').date.start).toBe('2018-03-28');
  });

  it('"then" before a time phrase is no step', () => {
    const t = ['The choir sang in the abbey on Friday, then on Sunday in the cathedral.'];
    expect(shortestAt('2018-03-26', t, 'sang').date.start).toBe('2018-03-23');
  });
});
