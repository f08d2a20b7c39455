import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): "that weekend" after a day told (sentences written for this test).

describe('r49-a49-that-weekend: the weekend of the day in focus', () => {
  const texts = ['Canal clean-up', 'The towpath flooded on Wednesday, 3 April. That weekend, forty volunteers cleared the silt from the locks.'];

  it('is the Saturday and Sunday of that day\'s week', () => {
    const e = shortestAt('2024-04-20', texts, 'forty volunteers');
    expect(e.date.start).toBe('2024-04-06');
    expect(e.date.end).toBe('2024-04-07');
  });

  it('"the same weekend" likewise', () => {
    const t = ['Canal clean-up', 'The towpath flooded on Wednesday, 3 April. The same weekend, forty volunteers cleared the silt.'];
    expect(shortestAt('2024-04-20', t, 'forty volunteers').date.start).toBe('2024-04-06');
  });
});
