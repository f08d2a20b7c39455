import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: "It" or "They" on a timeline says nothing. A subject opening on a possessive ("Her first
// novel", "Their two mills", "Its clock tower") was never read as what the next sentence's pronoun stands for; it
// is, in the article's words, when nothing else in the sentence could be meant. Not for a person ("His father").

const titles = (published: string, text: string) => events(published, text).map((e) => e.title);

describe('a subject opening on a possessive', () => {
  it('names "it" after a singular thing', () => {
    expect(clauseSubject('Her second album was recorded in a barn.', false, false)).toBe('Her second album');
    expect(titles('2024-06-14', 'Her second album was recorded in a barn in 1988. It sold 40,000 copies in 1989.')).toContain('Her second album sold 40,000 copies');
  });

  it('names "they" after a plural', () => {
    expect(titles('2024-06-14', 'Their two mills were built in 1840. They closed in 1932.')).toContain('Their two mills closed');
  });

  it('names "it" after a thing owned by a place', () => {
    expect(titles('2024-06-14', 'Its clock tower was added in 1860. It was struck by lightning in 1911.')).toContain('Its clock tower was struck by lightning');
  });

  it('leaves a person and a possessive pronoun alone', () => {
    expect(clauseSubject('His uncle moved to Oslo.', false, false)).toBeNull();
    expect(clauseSubject('Its roof collapsed.', false, true)).toBeNull();
  });
});
