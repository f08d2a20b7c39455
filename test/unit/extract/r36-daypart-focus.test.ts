import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (x36): a sentence that goes on from one day to a later one ("began late on Saturday, and by dawn on Sunday
// …") leaves the story at the later day; a time of day told next with no day of its own ("at about 3 a.m.", "in the
// dark", "before first light") is of that day, not the sentence's first. Every sentence here was written for this test.

const PUB = '2016-05-03'; // a Tuesday: Saturday 2016-04-30, Sunday 2016-05-01

function dateOf(texts: string[], words: string) {
  return shortestAt(PUB, texts, words).date;
}

describe('a time of day after a sentence that moved on to a later day: the later day', () => {
  it.each([
    [['Rain began late on Saturday, and by dawn on Sunday the river had burst its banks.', 'Trees fell across the line in the dark, and the signals failed at about 3 a.m.'], 'signals failed', '2016-05-01'],
    [['The crews arrived on Saturday and worked through to Sunday, when the last beam went in.', 'The crane was taken down at 6 p.m.'], 'crane was taken down', '2016-05-01'],
    [['The ferry left port on Saturday morning and reached the island on Sunday.', 'Passengers went ashore at 9.15am.'], 'Passengers went ashore', '2016-05-01'],
  ])('%s', (texts, words, day) => {
    expect(dateOf(texts, words).start).toBe(day);
  });
});

describe('what stays as it was', () => {
  it('a sentence that steps back to an earlier day leaves the story where it was', () => {
    const texts = ['The levee broke on Sunday, two days after the rain began on Friday.', 'The water reached the square at 4 p.m.'];
    expect(dateOf(texts, 'water reached the square').start).toBe('2016-05-01');
  });
});
