import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 59 (title63): a later predicate joined after a dated clause ("…, and has … ever since") shares that clause's
// subject (leadSubject, clause-words.ts): the noun phrase after a fronted phrase of place or time, never the
// preposition opening the sentence, and an article's noun phrase whole, not its first word. Sentences written for this
// test.

describe('r59-fronted-lead-subject: the subject a later predicate shares', () => {
  it('r59-fronted-lead-subject: past a fronted phrase of place', () => {
    const texts = ['Across the estuary, the Drumlo ferry restarted its night crossings in June 2019 and has carried more riders every year since.'];
    expect(shortestAt('2024-05-01', texts, 'has carried more riders').title).toBe('Drumlo ferry has carried more riders every year');
  });

  it('r59-fronted-lead-subject: the whole noun phrase after its article', () => {
    const texts = ['The old tannery was restored in 2019 and has drawn walkers ever since.'];
    expect(shortestAt('2024-05-01', texts, 'has drawn walkers').title).toBe('Old tannery has drawn walkers');
  });
});
