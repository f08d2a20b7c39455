import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 54 (s54): a year closing a "since" clause that a present perfect runs on from ("has fed 800 goats since it
// was founded in 1996") starts a stretch up to now, background to the day the story is at: "the following night" after it
// still counts from that day. "The following year" still counts from the clause's year. Every sentence here was
// written for this test.

describe('a "since" clause year under a present perfect leaves the day in focus', () => {
  it('a part of a day counts from the day told before', () => {
    const texts = [
      'Forty goats were let onto the common at dusk on Tuesday, April 9.',
      'The sanctuary has cared for more than 800 goats since it was founded in 1996.',
      'The keeper said the first goat climbed the churchyard wall the following night.',
    ];
    expect(shortestAt('2019-05-22', texts, 'climbed the churchyard wall').date.start).toBe('2019-04-10');
  });

  it('a flashback open before it stays open: the story is still at its day', () => {
    const texts = [
      'Forty goats were let onto the common at dusk on Tuesday, April 9, having wintered in a barn. Several had been rescued from a flooded quarry last autumn. The sanctuary has cared for more than 800 goats since it was founded in 1996.',
      'The keeper said the first goat climbed the churchyard wall the following night.',
    ];
    expect(shortestAt('2019-05-22', texts, 'climbed the churchyard wall').date.start).toBe('2019-04-10');
  });

  it('"the following year" still counts from the clause\'s year', () => {
    const texts = [
      'Forty goats were let onto the common at dusk on Tuesday, April 9.',
      'The barn has stood empty since its last owner moved out in 2003.',
      'It was sold at auction the following year.',
    ];
    expect(shortestAt('2019-05-22', texts, 'sold at auction').date.start).toBe('2004');
  });
});
