import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 47 (s47): a present perfect opened by "Since then", before ", and" and a second clause that holds the
// sentence's date, is the stretch from the happening told before up to publication, even when the second clause opens
// on a phrase of place or time rather than its subject. The second keeps its own date. Every sentence here was written
// for this test.

const PUB = '2012-07-01';

describe('r47-since-then-conjunct: "Since then … has …, and <phrase> on <date> …" is two clauses', () => {
  it.each([
    ['The plan was rejected in March 2011 by one vote.', 'Since then the company has twice cut its prices, and at a meeting in the hall on June 4 about 200 residents were split.', 'company has twice cut', 'about 200 residents', '2012-06-04'],
    ['The quarry was sold in May 2010.', 'Since then, the new owners have doubled the workforce, and in a vote on April 2 the council backed a second pit.', 'owners have doubled', 'council backed', '2012-04-02'],
  ])('%s %s', (lead, text, stretch, second, day) => {
    const texts = [lead, text];
    const d = shortestAt(PUB, texts, stretch).date;
    expect(d).toMatchObject({ end: PUB, rule: 'narrative-focus/since-then' });
    expect(d.start).not.toBe(day);
    expect(shortestAt(PUB, texts, second).date.start).toBe(day);
  });
});
