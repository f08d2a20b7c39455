import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56b): "needed a <thing> to <do> on <day>": the past "needed" with a determiner-led object tells what it
// took to reach an outcome that is behind the writer (one still to come would be "needs"), so the day is read in the
// past. A person as object ("needed him to …") still looks forward. Every sentence here was written for this test.

describe('a past need of a thing, then what it was for', () => {
  it('dates the day of the outcome in the past', () => {
    const texts = ['Yarnell took the county title yesterday. She needed a late penalty to beat Kesterby in the quarter-final on Saturday, after rain had stopped play on Friday.'];
    const ev = shortestAt('2018-03-26', texts, 'quarter-final on Saturday');
    expect(ev.date.start).toBe('2018-03-24');
    expect(ev.date.rule).toBe('weekday/past-tense');
  });

  it('reads a month the same way', () => {
    const texts = ['The ferry needed a borrowed engine to finish its crossing to Quellby in March.'];
    const ev = shortestAt('2021-05-10', texts, 'in March');
    expect(ev.date.start).toBe('2021-03');
  });

  it('still looks forward from a past need of a person to act', () => {
    const texts = ['The trust said it needed him to sign the lease on Thursday.'];
    const ev = shortestAt('2018-03-26', texts, 'on Thursday');
    expect(ev.date.start).toBe('2018-03-29');
  });
});
