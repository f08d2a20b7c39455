import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (l35): "a two-week strike that began on March 3" is the stretch from its start; so it is when the noun
// carries a place before the relative clause ("a four-day inquiry at the county court that opened on"). Every sentence
// here was written for this test (none comes from an eval set or a probe).

const PUB = '2005-06-10';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('a length-adjective noun with a place, then one of its ends', () => {
  it.each([
    ['A four-day inquiry at the county court that opened on May 3 heard from twenty witnesses.', 'inquiry', '2005-05-03', '2005-05-06'],
    ['The ten-day fair in the old market square began on April 8 and drew large crowds.', 'fair', '2005-04-08', '2005-04-17'],
    ['A three-day strike at the Harwick depot that ended on Feb. 9 left buses idle.', 'strike', '2005-02-07', '2005-02-09'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end });
  });
});

describe('not a length of the happening the date ends', () => {
  it.each([
    ['The 35-year-old driver at the wheel that night was arrested on May 3.', 'driver'],
    ['A two-hour meeting at the town hall is planned, and the hall opened on May 3.', 'hall opened'],
  ])('%s', (text, words) => {
    expect(dateOf(text, words).end).toBeUndefined();
  });
});
