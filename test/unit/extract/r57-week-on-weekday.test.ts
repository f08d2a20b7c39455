import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 57 (a57): "a week on Saturday" is the British "Saturday week", the Saturday a week after the coming one. Every
// sentence here was written for this test.

describe('"a week on" before a weekday', () => {
  it('told on a Wednesday, "a week on Saturday" is ten days ahead', () => {
    const texts = ['The Ossmere choir will sing at the abbey a week on Saturday, its conductor said.'];
    // 6 April 2016 was a Wednesday: the coming Saturday is 9 April, a week on it 16 April.
    const ev = shortestAt('2016-04-06', texts, 'a week on Saturday');
    expect(ev.date.start).toBe('2016-04-16');
  });

  it('told on a Tuesday, "one week on Friday" is the Friday after the coming one', () => {
    const texts = ['Ticket holders can collect their seats one week on Friday at the kiosk by the pier.'];
    // 12 July 2016 was a Tuesday: the coming Friday is 15 July, a week on it 22 July.
    const ev = shortestAt('2016-07-12', texts, 'one week on Friday');
    expect(ev.date.start).toBe('2016-07-22');
  });

  it('with no publication date the clause is still an event, its year a guess', () => {
    const texts = ['The Ossmere choir sang there in 2009 and will sing at the abbey again a week on Saturday.'];
    const ev = shortestNoPub(texts, 'a week on Saturday');
    expect(ev.date.yearUncertain).toBe(true);
  });
});
