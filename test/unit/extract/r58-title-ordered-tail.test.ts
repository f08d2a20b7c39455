import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. A happening's noun after "after" ("a flood") was left alone when the
// clause before it ended on a clause of its own ("… when the chapel was rebuilt"); the phrase orders that last clause,
// which now tells it.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-title-ordered-tail: a noun after "after" told with the clause closing the one before', () => {
  it('r58-title-ordered-tail: the clause after "when" takes the phrase', () => {
    const e = at('The font is said to have survived when the chapel was rebuilt after a flood in 1791.', 'after a flood');
    expect(e.title).toBe('Chapel was rebuilt after a flood');
    expect(e.date.start).toBe('1791');
  });

  it('r58-title-ordered-tail: a pronoun opening that clause is left as it was', () => {
    expect(at('The mayor left when he was sacked after a row in 1999.', 'after a row').title).not.toMatch(/^He /);
  });
});
