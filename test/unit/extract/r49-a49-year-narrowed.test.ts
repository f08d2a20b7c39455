import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 49 (a49): a day inside "this year" dates the clause that names both (sentences written for this test).

describe('r49-a49-year-narrowed: the day a year word is narrowed to', () => {
  it('a day set off right after "this year" is the clause\'s date, one event', () => {
    const texts = ['Regatta notes', 'The rowing club holds its regatta later this year, on Sunday 14 July, and its boathouse reopens on 1 June.'];
    const e = shortestAt('2024-03-05', texts, 'holds its regatta');
    expect(e.date.start).toBe('2024-07-14');
    expect(shortestAt('2024-03-05', texts, 'boathouse reopens').date.start).toBe('2024-06-01');
  });

  it('so does one closing the sentence', () => {
    const texts = ['Regatta notes', 'The rowing club holds its regatta later this year, on Sunday 14 July.'];
    expect(shortestAt('2024-03-05', texts, 'holds its regatta').date.start).toBe('2024-07-14');
  });

  it('a year told among the auxiliaries leaves the day after the verb to date it', () => {
    const texts = ['Fair moves', 'The horse fair, which used to be held in August, will this year take place on 6 June.'];
    expect(shortestAt('2024-03-05', texts, 'take place').date.start).toBe('2024-06-06');
  });
});
