import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (worst57): "N days earlier than usual" and "a month later in 2019 than before" measure a gap between two
// times being compared; they do not count on from the time in focus. Every sentence here was written for this test.

describe('a count before "than" is a comparison, not a count on', () => {
  it('"a week earlier than usual in June" keeps the month it names', () => {
    const texts = [
      'The Pelmworth orchard growers met on Tuesday to plan the autumn fair.',
      'Their secretary said the first cherries had ripened a week earlier than usual in June.',
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
  });

  it('a plain count still counts on: "three days earlier" after a dated day', () => {
    const texts = [
      'The ferry Brenvick Lass ran aground on 12 October off the Grisby shoals.',
      'Her captain had reported a faulty compass three days earlier.',
    ];
    const ev = shortestAt('2020-10-20', texts, 'reported a faulty compass');
    expect(ev.date.start).toBe('2020-10-09');
  });
});
