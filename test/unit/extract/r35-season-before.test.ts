import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (a35): "the summer before", "the winter after", a season with "before"/"after" and no object, is counted
// from the time the story is at, as "the previous summer" is; counted from publication it is a guess. Every sentence
// here was written for this test (none comes from an eval set or a probe).

const PUB = '2016-10-05';

describe('a season "before" or "after" with no object', () => {
  it.each([
    ['The foundry closed in May 2009. Its owner had fallen ill the winter before.', 'owner had fallen ill', '2008-WI'],
    ['The lifeboat station shut in 2011; its crew had been cut the spring before, and nobody objected.', 'crew had been cut', '2010-SP'],
    ['The ferry was sold in March 2012. The harbour board had raised its fees the autumn before.', 'raised its fees', '2011-FA'],
  ])('%s', (text, words, value) => {
    const ev = shortestAt(PUB, [text], words);
    const [y, s] = value.split('-');
    const first = { SP: '03', SU: '06', FA: '09', WI: '12' }[s as 'SP'];
    expect(ev.date.start).toBe(`${y}-${first}`);
  });

  it.each([
    ['She kept the post office for twenty years until her eyes failed the winter before.', 'eyes failed'],
    ['He had farmed the hill all his life, until a fall ended it the summer before.', 'fall ended it'],
    ['The choir rehearsed in the old hall until the roof gave way the spring before.', 'roof gave way'],
  ])('counted from nothing the story dates, it is a guess: %s', (text, words) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.yearUncertain).toBe(true);
  });
});
