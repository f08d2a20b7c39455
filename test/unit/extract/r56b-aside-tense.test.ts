import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (e56): the tense of a date is its own clause's. A clause set off inside the sentence (a relative clause
// between commas, dashes or brackets, or a participle phrase after the subject) has verbs of its own, which neither
// decide a date in the main clause nor are decided by it; and "will now be held" is the future's passive, as "will be
// held" is. Every sentence here was written for this test. Publication: Wednesday 14 June 2023.
const PUB = '2023-06-14';

describe('a past verb inside a set-off clause does not date the main clause', () => {
  it('a relative clause between commas', () => {
    const texts = ['The Osgarth regatta, which was rained off in May, goes ahead on Sunday.'];
    expect(shortestAt(PUB, texts, 'goes ahead on Sunday').date.start).toBe('2023-06-18');
    expect(shortestAt(PUB, texts, 'rained off in May').date.start).toBe('2023-05');
  });

  it('a participle phrase after the subject', () => {
    const texts = ['The Osgarth regatta, rained off in May, goes ahead on Sunday.'];
    expect(shortestAt(PUB, texts, 'goes ahead on Sunday').date.start).toBe('2023-06-18');
  });

  it('a relative clause on a possessive subject', () => {
    const texts = ['The Quillby rowing club, whose boathouse burned down last winter, races on Saturday.'];
    expect(shortestAt(PUB, texts, 'races on Saturday').date.start).toBe('2023-06-17');
    // An aside after the date may tell of what the date names: it is still read with it.
    const after = ["Sunday's takings, which came to just over 1,400 pounds, will go to the Frellham lifeboat fund."];
    expect(shortestAt(PUB, after, "Sunday's takings").date.start).toBe('2023-06-11');
  });
});

describe('a main-clause future does not date the set-off clause', () => {
  it('a weekday inside a relative clause whose object holds a figure with a comma', () => {
    const texts = ['The Osgarth tenants, who handed a petition with 2,300 names to the council on Monday, say they will go to court.'];
    const ev = shortestAt('2023-03-10', texts, 'handed a petition');
    expect(ev.date.start).toBe('2023-03-06');
  });

  it('a holiday inside brackets', () => {
    const texts = ['The Frellham charity (which raised £3,000 at Easter) will hold a second auction on Saturday.'];
    expect(shortestAt(PUB, texts, 'raised £3,000 at Easter').date.start).toBe('2023-04-09');
  });

  it("a fixture's bare verb after 'who' is a plural present, still ahead", () => {
    const texts = ['The Osgarth and Quillby crews, who meet again on Saturday, last met on Boxing Day.'];
    expect(shortestAt(PUB, texts, 'meet again on Saturday').date.start).toBe('2023-06-17');
  });
});

describe('"will now be" before a participle is the future', () => {
  it('a weekday after an aside told in the past', () => {
    const texts = ['The harvest supper, which was called off after the gales, will now be held on Saturday.'];
    const ev = shortestAt(PUB, texts, 'held on Saturday');
    expect(ev.date.start).toBe('2023-06-17');
  });

  it('a holiday', () => {
    const texts = ['The Quillby pantomime will now be staged on Boxing Day.'];
    expect(shortestAt(PUB, texts, 'Boxing Day').date.start).toBe('2023-12-26');
  });
});
