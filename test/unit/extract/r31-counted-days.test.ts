import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 31 (b31): counts from a named day that probe 19 placed on the wrong day. Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('"N years ago tomorrow" is the day after publication, N years back', () => {
  it('a centenary told the day before', () => {
    const d = shortestAt('2021-03-11', ['The lifeboat station was opened a hundred years ago tomorrow.'], 'lifeboat').date;
    expect([d.start, d.end]).toEqual(['1921-03-12', undefined]);
  });
  it('"ago today" is still publication\'s day', () => {
    const d = shortestAt('2021-03-11', ['The lifeboat station was opened a hundred years ago today.'], 'lifeboat').date;
    expect(d.start).toBe('1921-03-11');
  });
});

describe('"for N days from <weekday>" is a stretch starting on that day', () => {
  // 2021-03-11 is a Thursday.
  it('a present or future one starts on the weekday ahead', () => {
    const d = shortestAt('2021-03-11', ['Her permit is withdrawn for 30 days from Monday.'], 'permit').date;
    expect([d.start, d.end]).toEqual(['2021-03-15', '2021-04-13']);
  });
  it('a past one starts on the weekday before', () => {
    const d = shortestAt('2021-03-11', ['The lane was closed for two weeks from Monday.'], 'lane').date;
    expect([d.start, d.end]).toEqual(['2021-03-08', '2021-03-21']);
  });
  it('without "for", "two weeks from Friday" is still one day', () => {
    const d = shortestAt('2021-03-11', ['The lane will reopen two weeks from Friday.'], 'lane').date;
    expect([d.start, d.end]).toEqual(['2021-03-26', undefined]);
  });
});
