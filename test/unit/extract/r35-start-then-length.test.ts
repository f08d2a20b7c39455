import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (l35): a clause opened by its start ("From May 26", "Starting on March 3") that tells a length later ("there
// were 40 days without rain", "ran for six weeks", "had 20 days of snow") is the stretch of that length from the start.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2005-06-10';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('a start opening the clause, a length after it', () => {
  it.each([
    ['From May 6 there were 30 days without rain at the airport.', 'days without rain', '2005-05-06', '2005-06-04'],
    ['Starting on March 3, the plant ran for six weeks on a single shift.', 'plant ran', '2005-03-03', '2005-04-13'],
    ['From Feb. 2 the village had 20 days of snow.', 'village', '2005-02-02', '2005-02-21'],
    ['Beginning in January 2004, the bank cut its staff for six months.', 'bank', '2004-01', '2004-06'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end });
  });
});

describe('not a stretch from the start', () => {
  it.each([
    ['From June 1 he was 35 years old and the oldest in the squad.', 'oldest'],
    ['From March 3 the mill worked 20 days a month for the navy.', 'mill'],
    ['From April 2 to April 9 the road was shut for two days.', 'road'],
    ['Tolls rose from March 3, and for six weeks traffic fell.', 'Tolls'],
  ])('%s', (text, words) => {
    const d = dateOf(text, words);
    expect(d.rule ?? '').not.toMatch(/for-duration/);
  });
});
