import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (b34): "by <day>" with a state told in the past is that day. Every sentence here was written for this test
// (none comes from an eval set or a probe).

const PUB = '2005-06-01'; // a Wednesday

describe('a past state "by" a day holds on that day', () => {
  it.each([
    ['The storm broke on Sunday. By Tuesday the harbour was full of wreckage.', 'harbour was full', '2005-05-31'],
    ['Rain started on May 20. By Tuesday afternoon the river was rising fast through the town.', 'river was rising', '2005-05-31'],
    ['The frost set in on May 25. By Monday the lake ice was six inches thick.', 'ice was six inches thick', '2005-05-30'],
    ['The pumps were started on Sunday, and the cellar was dry by Tuesday.', 'cellar was dry', '2005-05-31'],
    ['The appeal went out on Saturday. By Monday there were 300 volunteers on the beach.', '300 volunteers', '2005-05-30'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date).toMatchObject({ start: day });
    expect(ev.date.end).toBeUndefined();
    expect(ev.date.mod).toBeUndefined();
  });
});

describe('what was done by a day stays done on it or before it', () => {
  it('a perfect counts from the happening told before', () => {
    const ev = shortestAt(PUB, ['The flood began on May 24. By Monday it had destroyed 40 homes.'], 'destroyed 40 homes');
    expect(ev.date).toMatchObject({ start: '2005-05-24', end: '2005-05-30' });
  });

  it('a passive is no state', () => {
    const ev = shortestAt(PUB, ['The slide came down on Sunday. By Tuesday the road was cleared.'], 'road was cleared');
    expect(ev.date.start).not.toBe('2005-05-31');
  });

  it('a plan ("was to") is no state', () => {
    const ev = shortestAt(PUB, ['The inquiry opened on May 2. Judge Hale was to report by Tuesday.'], 'was to report');
    expect(ev.date.start === '2005-05-31' && !ev.date.end && !ev.date.mod).toBe(false);
  });
});
