import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (worst57): "N days earlier than usual" and "a month later in 2019 than before" measure a gap between two
// times being compared; they do not count on from the time in focus. Every sentence here was written for this test.

describe('a count before "than" is a comparison, not a count on', () => {
  it('"a week earlier than normal in June" keeps the month it names', () => {
    const texts = [
      'The Pelmworth orchard growers met on Tuesday to plan the autumn fair.',
      'Their secretary said the first cherries had ripened a week earlier than normal in June.',
    ];
    const ev = shortestAt('2022-09-15', texts, 'first cherries had ripened');
    expect(ev.date.start).toBe('2022-06');
  });

  it('"ten days later in 2017 than in other years" is 2017', () => {
    const texts = [
      'A survey of the Harrowsmere marshes was published on Monday by a society of amateur naturalists.',
      'It shows that swallows arrived some ten days later in 2017 than in other years of the count.',
    ];
    const ev = shortestAt('2023-05-10', texts, 'swallows arrived');
    expect(ev.date.start).toBe('2017');
    // Without "than" the count still counts on from the day told before.
    const ferry = ['The ferry Brenvick Star ran aground on 12 October off the Grisby shoals.', 'Her captain had reported a faulty compass three days earlier.'];
    expect(shortestAt('2020-10-20', ferry, 'reported a faulty compass').date.start).toBe('2020-10-09');
  });
});

describe('a compared gap stays out of the title', () => {
  it('", a week later than promised" goes with its comparison; "ten days earlier in spring than" leaves no count', () => {
    const ferry = ['The Fenwaith chain ferry resumed service on Monday, a week later than promised, after a cable snapped.'];
    const ev = shortestAt('2020-06-10', ferry, 'resumed service');
    expect(ev.title).not.toMatch(/than|week/);
    expect(ev.title).toMatch(/resumed service/);
    const bees = ['Wild bees in the Tibbermead valley now swarm about ten days earlier in spring than their forebears in the 1950s, a survey found.'];
    const swarm = shortestAt('2020-06-10', bees, 'now swarm');
    expect(swarm.title).not.toMatch(/than|days/);
    expect(swarm.title).toMatch(/swarm$/);
  });
});
