import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (s57): "on the opening day", "on the second evening" or "on my first morning", with no date of their own,
// count from the opening (or, for someone's own day, the start told in the paragraph) the story dated, not from
// whatever day was told last. Every sentence here was written for this test.

describe('a day counted into an opening', () => {
  it('"on the second evening" is the day after the opening, not the day after the last day told', () => {
    const texts = [
      'An orchard café at Harlstead Cross opened on April 6, and its owners said today that it will stay open all winter.',
      'A hailstorm on Aug. 14 broke two of its windows.',
      '"Our first customer walked in on the second evening, a shepherd wanting soup," the owner recalled.',
    ];
    const ev = shortestAt('2021-11-30', texts, 'first customer walked in');
    expect(ev.date.start).toBe('2021-04-07');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('"on the opening day" is the day of the opening', () => {
    const texts = [
      'The reading room at Saltinby Staithe opened on 3 March 1911 above a chandler\'s shop.',
      'Its first borrower, a ferryman, took out a tide table on the opening day.',
    ];
    const ev = shortestAt('2011-03-05', texts, 'took out a tide table');
    expect(ev.date.start).toBe('1911-03-03');
    expect(ev.date.mod ?? null).toBeNull();
  });
});

describe('a day counted into a happening held over a few days', () => {
  it('"on the first evening" is its first day, not the day told last', () => {
    const texts = [
      'The chess congress ran from 2 to 4 March at the Quillerton Spa Hotel and was won by a schoolgirl.',
      'Its organisers disqualified the runner-up on Thursday for using a phone.',
      'An arbiter spotted the phone on the first evening.',
    ];
    const ev = shortestAt('2024-03-22', texts, 'spotted the phone');
    expect(ev.date.start).toBe('2024-03-02');
    expect(ev.date.mod ?? null).toBeNull();
  });
});

describe('someone\'s own first day', () => {
  it('"on my first morning" is of the start told in its paragraph', () => {
    const texts = [
      'The Amblecote brickworks will fire its last kiln on Friday.',
      'Doris Eddoes, 78, who joined the works in 1962, came to watch. "I scalded my thumb on my first morning," she said.',
    ];
    const ev = shortestAt('2022-06-08', texts, 'scalded my thumb');
    expect(ev.date.start).toBe('1962');
    // A start told in another paragraph may be another's, and is not counted from.
    const other = [
      'A bus firm began a weekly service to the valley in 1974.',
      'I spent two days at the hostel. The cook burned the porridge on my first evening.',
    ];
    expect(shortestAt('2023-05-20', other, 'burned the porridge').date.start).not.toBe('1974');
  });
});
