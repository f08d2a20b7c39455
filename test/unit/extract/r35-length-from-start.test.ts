import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (l35): a length told with its start is the stretch from the start, however the start is tied on: "for six
// days from March 4", set off by a comma (", from March 4"), or told as a participle ("starting on", "beginning").
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2005-06-10';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('a length, then its start after a comma or a participle', () => {
  it.each([
    ['Engineers kept the pumps running for six days, from March 4, while the river fell.', 'pumps', '2005-03-04', '2005-03-09'],
    ['The bridge was closed for three weeks, starting on April 11, so that its deck could be relaid.', 'bridge', '2005-04-11', '2005-05-01'],
    ['The museum shut its doors for a fortnight beginning May 2 while the roof was repaired.', 'museum', '2005-05-02', '2005-05-15'],
    ['The county ran a night bus for four months, from February 2004.', 'night bus', '2004-02', '2004-05'],
    ['The library will close for ten days, starting June 20, for a new floor.', 'library', '2005-06-20', '2005-06-29'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end });
  });
});

describe('not a length tied to the date', () => {
  it.each([
    ['Staff were given paid leave for 20 days a year, from January 2004.', 'paid leave'],
    ['She was 35 years old, from March 3 the oldest of the crew.', 'oldest'],
    ['He was jailed for six years on March 3, the court heard.', 'jailed'],
  ])('%s', (text, words) => {
    expect(dateOf(text, words).end).toBeUndefined();
  });
});
