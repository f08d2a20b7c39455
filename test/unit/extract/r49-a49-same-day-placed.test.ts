import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): "the same day" with a month or year right after it (sentences written for this test).

describe('r49-a49-same-day-placed: "the same day in <date>" is a day of that date', () => {
  const texts = [
    'Ferry crew to retire together',
    'The ferry crossed to Ulsay for a final time on Friday evening. Its two skippers, the sisters Nell and Ruth Garvie, started work on the same day in June 1979.',
  ];

  it('is dated by the month after it, not by the day told before', () => {
    const e = shortestAt('2019-11-18', texts, 'started work');
    expect(e.date.start).toBe('1979-06');
  });

  it('"that morning in <year>" is a day of that year', () => {
    const t = ['Old bell found', 'The bell was rung at the fete on Saturday. The vicar last heard it that morning in 1944, when it was taken down.'];
    expect(shortestAt('2019-11-18', t, 'last heard it').date.start).toMatch(/^1944/);
  });

  it('a plain "the same day" still counts from the day told before', () => {
    const t = ['Bridge shut', 'The bridge was closed on Tuesday after a lorry struck it. Engineers inspected it the same day.'];
    expect(shortestAt('2019-11-18', t, 'Engineers inspected').date.start).toBe('2019-11-12');
  });
});
