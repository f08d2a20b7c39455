import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 38 (u38): an undated past sentence that puts its happening at a moment within a day ("late in the evening",
// "in the first hour of trading", a match's clock, "for three hours") is on the day the story is telling of, not only
// some day before publication. Every sentence here was written for this test (none comes from an eval set or a probe).

const LEAD = 'Fire crews were called to the Harwick timber yard on Thursday afternoon.';
const PUB = '2024-03-09';
const dayOf = (texts: string[], words: string) => {
  const e = shortestAt(PUB, texts, words);
  return [e.date.start, e.date.end, e.date.mod];
};

describe('a moment within the day, with no day of its own, is the day in focus', () => {
  it('"late in the evening", "early in the morning", "in the small hours"', () => {
    expect(dayOf([LEAD, 'The flames reached the sawmill late in the evening.'], 'reached the sawmill')).toEqual(['2024-03-07', undefined, undefined]);
    expect(dayOf([LEAD, 'A second crew arrived early in the morning.'], 'second crew')).toEqual(['2024-03-07', undefined, undefined]);
    expect(dayOf([LEAD, 'The roof gave way in the small hours.'], 'roof gave way')).toEqual(['2024-03-07', undefined, undefined]);
  });

  it('"in the first hour of …", "in the closing minutes of …"', () => {
    expect(dayOf([LEAD, 'Shares in the yard’s owner dropped 6 per cent in the first hour of trading.'], 'dropped 6 per cent')).toEqual(['2024-03-07', undefined, undefined]);
    expect(dayOf([LEAD, 'The council leader was heckled in the closing minutes of the meeting.'], 'was heckled')).toEqual(['2024-03-07', undefined, undefined]);
  });

  it("a match's clock: minutes from the end, at the final whistle, in stoppage time", () => {
    const match = 'Dunmore Athletic beat Carrow 2-1 on Saturday afternoon.';
    const pub = '2024-03-11';
    const at = (s: string, w: string) => shortestAt(pub, [match, s], w).date.start;
    expect(at('Their captain headed the winner six minutes from the end.', 'headed the winner')).toBe('2024-03-09');
    expect(at('The goalkeeper was sent off ten minutes before half-time.', 'was sent off')).toBe('2024-03-09');
    expect(at('The manager was carried off the pitch at the final whistle.', 'was carried off')).toBe('2024-03-09');
    expect(at('Carrow hit the post in stoppage time.', 'hit the post')).toBe('2024-03-09');
  });

  it('a length of hours spent: "for three hours", "lasted two hours", "took four hours"', () => {
    expect(dayOf([LEAD, 'Police closed the bypass for three hours while the smoke cleared.'], 'closed the bypass')).toEqual(['2024-03-07', undefined, undefined]);
    expect(dayOf([LEAD, 'The search of the sheds lasted two hours.'], 'search of the sheds')).toEqual(['2024-03-07', undefined, undefined]);
    expect(dayOf([LEAD, 'Clearing the road took about four hours.'], 'Clearing the road')).toEqual(['2024-03-07', undefined, undefined]);
  });

  it('not hours told as a habit, nor a sentence with no day in focus', () => {
    const habit = shortestAt(PUB, [LEAD, 'The yard ran its saws for ten hours a day.'], 'ran its saws');
    expect(habit.date.rule).not.toBe('narrative-focus/same-day');
    const alone = shortestAt(PUB, ['The flames reached the sawmill late in the evening.'], 'reached the sawmill');
    expect(alone.date.rule).not.toBe('narrative-focus/part-of-day');
  });
});
