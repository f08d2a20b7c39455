import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 40 (u40): a relative clause in the simple past that closes a sentence, on the doer a dated past clause named
// after "by" ("The mural was painted in 1936 by a young teacher, who signed it with a fish."), tells what the doer did
// then: that clause's date, its year flagged as a reading. Every sentence here was written for this test (none comes
// from an eval set or a probe).

const PUB = '2024-05-14';
const rulesAt = (text: string, words: string) => events(PUB, text).filter((e) => quoteOf(e, [text]).includes(words)).map((e) => e.date.rule);

describe('r40-relative-of-dated: the doer after "by" of a dated happening, then what the doer did', () => {
  it.each([
    ['The mural in Cobb Lane was painted in 1936 by a young art teacher, who signed it with a small fish.', 'signed it with', '1936'],
    ['The wreck was found on 12 August 1994 by two divers from Penmarrow, who raised its bell a week later.', 'raised its bell', ''],
    ['The comet was first spotted in March 1911 by a farmer named Ezra Coyle, who wrote to the observatory at Brill.', 'wrote to the observatory', '1911-03'],
  ])('r40-relative-of-dated: %s', (text, words, start) => {
    if (!start) {
      // "a week later": a time of its own, not the clause's.
      expect(rulesAt(text, words)).not.toContain('sequence/relative-of-dated-clause');
      return;
    }
    expect(shortestAt(PUB, [text], words).date).toMatchObject({ start, rule: 'sequence/relative-of-dated-clause', yearUncertain: true });
  });
});

describe('r40-relative-of-dated: not', () => {
  it.each([
    // Someone merely named in the dated clause may be told of at any time.
    ['In 1987 he married Ilsa Brennock, who taught at the village school.', 'taught at the village'],
    // A past perfect looks back from the date.
    ['The boathouse was bought in 2003 by a retired pilot, who had restored boats all his life.', 'restored boats'],
    // A state of the doer, not something done.
    ['The boathouse was bought in 2003 by a retired pilot, who owned two seaplanes.', 'owned two seaplanes'],
    // A time of its own, placed against another happening.
    ['The boathouse was bought in 2003 by a retired pilot, who moved in after the wedding.', 'moved in after'],
    // Not closing the sentence: the relative sits inside the clause.
    ['The boathouse was bought in 2003 by a retired pilot, who repainted it, and sold again in 2011.', 'repainted it'],
  ])('r40-relative-of-dated: %s', (text, words) => {
    expect(rulesAt(text, words)).not.toContain('sequence/relative-of-dated-clause');
  });
});
