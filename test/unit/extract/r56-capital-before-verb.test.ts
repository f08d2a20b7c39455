import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 56 (b56): a capitalised word right before a past verb ("Four lost their jobs", "Many fled") is no auxiliary
// because its lower-case tail spells one ("our", "any", "all", "am"); the verb still tells the sentence's past.
// Every sentence here was written for this test.

function quotes(published: string, ...texts: string[]): string[] {
  return events(published, ...texts).map((e) => quoteOf(e, texts));
}

describe('a count or a name opening the clause before a past verb', () => {
  it('a number word opening the sentence leaves its verb past', () => {
    const q = quotes('2021-05-20', 'Nine pigs broke out of the pen at the show. Four were led back by stewards with buckets of apples.');
    expect(q.some((s) => s.includes('Four were led back'))).toBe(true);
  });

  it('"Many" opening the sentence', () => {
    const q = quotes('2021-05-20', 'The river rose above the old flood wall. Many carried their furniture up to the church loft.');
    expect(q.some((s) => s.includes('Many carried their furniture'))).toBe(true);
  });

  it('a short first name before the verb', () => {
    const q = quotes('2021-05-20', 'The allotment show had forty entries. Pam grew the heaviest marrow in the parish.');
    expect(q.some((s) => s.includes('Pam grew the heaviest marrow'))).toBe(true);
  });

  it('an auxiliary written in lower case still governs its participle', () => {
    const q = quotes('2021-05-20', 'The old pump house will be repainted.');
    expect(q).toEqual([]);
  });
});
