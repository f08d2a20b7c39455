import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (e56): a date in the occasion of a telling ("speaking at the quay on Monday") set off before the telling's
// verb is the telling's, in that verb's tense, not in the tense of what was told ("would be mended"). Every sentence
// here was written for this test. Publication: Wednesday 14 June 2023.
const PUB = '2023-06-14';

describe('a telling participle set off before its verb', () => {
  it('between commas after the subject', () => {
    const texts = ['The Frellham harbourmaster, speaking at the quay on Monday, said the breakwater would be mended.'];
    expect(shortestAt(PUB, texts, 'speaking at the quay on Monday').date.start).toBe('2023-06-12');
  });

  it('opening the sentence', () => {
    const texts = ['Speaking to reporters on Monday, the Frellham harbourmaster said the breakwater would be mended.'];
    expect(shortestAt(PUB, texts, 'Speaking to reporters on Monday').date.start).toBe('2023-06-12');
  });
});
