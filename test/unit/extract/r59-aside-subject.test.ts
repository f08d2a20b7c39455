import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 59 (title63): an aside set off after the noun phrase opening its sentence, dated of its own, is titled with
// that phrase before it (subjectBeforeAside, title-context.ts), as the main clause after the aside is. Sentences
// written for this test.

describe('r59-aside-subject: an aside after the opening noun phrase names that phrase', () => {
  it('r59-aside-subject: an infinitive aside after "due"', () => {
    const texts = ['The rowing regatta, due to be raced on Sunday, has been put off until 3 May.'];
    expect(shortestAt('2024-04-20', texts, 'due to be raced').title).toBe('Rowing regatta due to be raced');
  });

  it('r59-aside-subject: a subject relative takes the phrase in place of its pronoun (no publication date)', () => {
    const texts = ['Dunstray Choir, which first sang in 1911, will give its last concert next month.'];
    expect(shortestNoPub(texts, 'which first sang').title).toBe('Dunstray Choir first sang');
  });

  it('r59-aside-subject: not a telling set off inside its clause', () => {
    const texts = ['The plums, she said, were picked on Tuesday and would not keep.'];
    expect(shortestAt('2024-04-20', texts, 'were picked').title).not.toMatch(/^Plums she/);
  });
});
