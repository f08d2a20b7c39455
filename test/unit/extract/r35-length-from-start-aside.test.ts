import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 35 (l35): a past predicate that lasts a length, its subject's start dated by an aside before it ("Mr Hale, who
// founded the firm in 1962, led it for 30 years"), is the stretch of that length from the aside's date. Every sentence
// here was written for this test (none comes from an eval set or a probe).

const PUB = '2005-06-10';

function dateOf(text: string, words: string) {
  return shortestAt(PUB, [text], words).date;
}

describe('a length after an aside that dates the start', () => {
  it.each([
    ['Mr Hale, who founded the firm in 1962 with two friends, led it for 30 years and is now its chairman.', 'led it', '1962', '1992'],
    ['Ms Roe, who took over the bakery in 1971, ran it for twenty years before she retired.', 'ran it', '1971', '1991'],
    ['The dock strike, which began on March 3, lasted for six days.', 'lasted', '2005-03-03', '2005-03-08'],
    ['The choir, which was founded in 1948 by a village teacher, sang at the abbey for ten years.', 'sang at the abbey', '1948', '1958'],
  ])('%s', (text, words, start, end) => {
    expect(dateOf(text, words)).toMatchObject({ start, end, rule: 'sequence/for-length-from-start-aside' });
  });
});

describe('not a stretch from the aside', () => {
  it.each([
    ['Mr Hale, who founded the firm in 1962, will lead it for two more years.'],
    ['Ms Roe, who took over the bakery in 1971, had run cafes for twenty years before that.'],
    ['The clinic, which opened in 1990, shut for 20 days a year.'],
    ['Mr Dale, who was born in 1931, worked at the mill for 35 years.'],
    ['The old mill, which opened in 1850, was 35 years old when the canal came.'],
  ])('%s', (text) => {
    expect(events(PUB, text).map((e) => e.date.rule)).not.toContain('sequence/for-length-from-start-aside');
  });
});
