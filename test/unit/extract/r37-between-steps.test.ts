import { describe, expect, it } from 'vitest';
import { events, shortestAt, shortestNoPub } from './event-lookup';

// Round 37 (u37): a clause bounded only by a later date ("… before firefighters put it out on May 11", "was back at
// full output by the end of April") that the paragraph tells after an earlier dated step lies between the two: a
// range the story's order gives, drawn as uncertain (a sequence/ rule), not "before" reaching back into any year.
// Every sentence here was written for this test.

const PUB = '2012-06-20';

describe('a "before"/"by" bound starts at the dated step told before it', () => {
  it.each([
    ['The blaze started on May 2 near the quarry and spread for nine days, destroying 40 barns, before firefighters put it out on May 11.', 'spread for nine days', '2012-05-02', '2012-05-11'],
    ['The society was formed in 1971 and met in a chapel vestry before the new hall opened in 1982.', 'met in a chapel vestry', '1971', '1982'],
    ['The council first discussed a bypass in 1988, but the scheme was dropped twice for want of funds before ministers approved it last spring.', 'dropped twice', '1988', '2012-05'],
    ['The strike began on March 6 and ended 19 days later. The plant was back at full output by the end of April, the firm said.', 'back at full output', '2012-03-25', '2012-04'],
  ])('%s', (text, words, start, end) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, end, rule: 'sequence/between-steps' });
    expect(d.mod).toBeUndefined();
  });

  it('does so without a publication date', () => {
    const d = shortestNoPub(['Divers found the wreck in 2003 and raised the bell before the salvage licence ran out in 2006.'], 'raised the bell').date;
    expect(d).toMatchObject({ start: '2003', end: '2006', rule: 'sequence/between-steps' });
  });

  it('keeps the subordinate happening on its own date', () => {
    const d = shortestAt(PUB, ['Divers found the wreck in 2003 and raised the bell before the salvage licence ran out in 2006.'], 'salvage licence ran out').date;
    expect(d).toMatchObject({ start: '2006' });
    expect(d.end).toBeUndefined();
  });
});

describe('the bound stays open', () => {
  it.each([
    // A possibility, not a step done.
    [['Residents began leaving the estate in May. Analysts said the landlord could face a fine before the autumn.'], 'could face a fine'],
    // The step told before is later than the bound: a look back, not a step after it.
    [['The mill closed in 2005. Its looms had been sold before 1990 to a firm in Leeds.'], 'looms had been sold'],
  ])('%s', (texts, words) => {
    const d = shortestAt(PUB, texts, words).date;
    expect(d.mod).toBe('before');
    expect(d.rule).not.toBe('sequence/between-steps');
  });
});

// A first conjunct with its own subject, a happening told in the simple past with no time of its own, before a second
// with another subject that holds the clause's date: a step the story tells first, on or before that date (and after
// the dated step told before it, when there is one).
describe('a first conjunct before a dated second is on or before its date', () => {
  it.each([
    ['Detectives matched the tool marks to the roof, and the suspect was arrested at his home on June 2.', 'matched the tool marks', '2012-06-02'],
    ['Engineers traced the fault to a cracked valve, and the plant restarted on Tuesday.', 'traced the fault', '2012-06-19'],
    ['The widow kept the shop open, sold the van and let the flat upstairs, and her son took over the business in 1978.', 'kept the shop open', '1978'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, mod: 'before', rule: 'sequence/before-conjunct-after' });
  });

  it('keeps the second conjunct on its date', () => {
    const d = shortestAt(PUB, ['Detectives matched the tool marks to the roof, and the suspect was arrested at his home on June 2.'], 'suspect was arrested').date;
    expect(d).toMatchObject({ start: '2012-06-02' });
    expect(d.mod).toBeUndefined();
  });

  it('starts at the dated step told before it', () => {
    const d = shortestAt(PUB, ['A walker reported seeing the boy yesterday morning. The search was extended to the old mine workings, and a farmer found the boy this morning.'], 'search was extended').date;
    expect(d).toMatchObject({ start: '2012-06-19', end: '2012-06-20', rule: 'sequence/between-steps' });
  });

  it('leaves a state told first in the dated clause', () => {
    const all = events(PUB, 'Turnout was lower than expected, and the mayor won re-election in May.');
    expect(all).toHaveLength(1);
    expect(all[0].date).toMatchObject({ start: '2012-05' });
  });
});
