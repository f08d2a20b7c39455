import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. "since it <verb>" after a record ("the lowest since it was dug")
// was titled "It was dug"; the "it" stands for what the record is of: its possessor, the subject of a clause
// inside the record, or, the record set off by a comma, the subject the sentence opens on.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-title-record-since-it: "since it" after a record names what the record is of', () => {
  it('r58-title-record-since-it: a record set off by a comma is of the sentence subject', () => {
    const e = at('The Hobden reservoir dropped to a fifth of its volume in July, the lowest since it was dug in 1958.', 'since it was dug');
    expect(e.title).toBe('Hobden reservoir was dug');
    expect(e.date.start).toBe('1958');
  });

  it('r58-title-record-since-it: a record owned by a possessor, and one holding a clause of its own', () => {
    const owned = 'This is the guild\'s second gold medal since it was formed in 1977.';
    expect(at(owned, 'since it was formed').title).toBe('Guild was formed');
    // The clause the sentence opens on is not the one "since it" opens.
    expect(at(owned, 'gold medal').title).toBe('This is the guild\'s second gold medal');
    const inner = 'It is the first time the bell has left the tower since it was cast in 1702.';
    expect(at(inner, 'since it was cast').title).toBe('Bell was cast');
  });
});
