import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (a35): a bare verb after past "did" (or "didn't") is past, and its "to" is a preposition as after
// "returned"; a day "until" it is the last such day before publication, not the next. Every sentence here was written
// for this test (none comes from an eval set or a probe).

const PUB = '2019-10-16'; // a Wednesday

describe('"did not VERB to … until <day>" is past', () => {
  it.each([
    ['The pumps failed on 2 January, and the town did not return to normal until 20 January.', 'did not return to normal', '2019-01-20'],
    ['Flooding closed the school, and classes did not go back to the old building until 4 March.', 'did not go back', '2019-03-04'],
    ["The strike ended, but the dockers didn't come back to work until 11 April.", 'come back to work', '2019-04-11'],
    ['The ferry didn’t get back to its winter timetable until 3 February.', 'winter timetable', '2019-02-03'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.start).toBe(day);
    expect(ev.date.yearUncertain).toBeFalsy();
  });

  it('a verb that looks forward keeps its infinitive: "did not plan to leave until 9 March"', () => {
    const ev = shortestAt(PUB, ['The minister did not plan to leave office until 9 March.'], 'leave office');
    expect(ev.date.start).not.toBe('2019-03-09');
  });
});
