import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 47 (s47): a first conjunct with a bare clock time, before a second with its own subject that names a day and an
// earlier hour ("shut at 9 p.m., and it reopened at 5 a.m. today"), cannot share the second's day: the story goes on
// while the clock went back. The first is its own clause, on the day the story is telling of. With the first's hour the
// earlier one, both stay on the second's day. Every sentence here was written for this test.

const PUB = '2020-03-10';

describe('r47-clock-before-conjunct: a later hour before ", and" and an earlier hour with a day is an earlier day', () => {
  it.each([
    ['Rain began before dawn on Sunday.', 'The bridge was shut to traffic at 3 p.m. after the river rose over the road, and it opened again at 7 a.m. today once the water fell.', 'bridge was shut', 'at 7 a.m. today', '2020-03-08'],
    ['The storm reached the coast on Saturday.', 'The ferry was held in port at 10 p.m., and it sailed at 6 a.m. on Monday with the backlog.', 'ferry was held', 'at 6 a.m. on Monday', '2020-03-07'],
  ])('%s %s', (lead, text, words, second, day) => {
    const texts = [lead, text];
    expect(shortestAt(PUB, texts, words).date).toMatchObject({ start: day, rule: 'narrative-focus/clock-before-conjunct' });
    // The second conjunct keeps its own day.
    expect(shortestAt(PUB, texts, words).date.start).not.toBe(shortestAt(PUB, texts, second).date.start);
  });
});

describe('r47-clock-before-conjunct: an earlier hour in the first conjunct shares the second\'s day', () => {
  it('keeps the day', () => {
    const texts = ['Rain began before dawn on Sunday.', 'The bridge was shut to traffic at 6 a.m., and it opened again at 7 p.m. today once the water fell.'];
    expect(shortestAt(PUB, texts, 'bridge was shut').date.start).toBe('2020-03-10');
  });
});
