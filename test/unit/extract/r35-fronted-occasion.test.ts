import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (a35): a day closing a fronted phrase that names the occasion of a telling ("In a letter to parents on
// Tuesday, the head said …") dates the telling, told in the past, whatever the told clause's "would". Every sentence
// here was written for this test (none comes from an eval set or a probe).

const PUB = '2020-08-03'; // a Monday

describe('a fronted occasion phrase with a day, then a past telling', () => {
  it.each([
    ['In a letter to parents on Tuesday, the head said the school would reopen in September.', 'letter to parents', '2020-07-28'],
    ['At a briefing for reporters on Thursday, the minister said fares would rise.', 'briefing for reporters', '2020-07-30'],
    ['In a post on its website on Friday, the brewery said the taproom would close for good.', 'post on its website', '2020-07-31'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.start).toBe(day);
  });

  it('a telling still to come keeps its future: "At a ceremony on Thursday, the mayor will say …"', () => {
    const ev = shortestAt(PUB, ['At a ceremony on Thursday, the mayor will say the bridge is open.'], 'ceremony');
    expect(ev.date.start).toBe('2020-08-06');
  });
});
