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

describe('"to public consultation": an adjective of scope before a noun of action is no infinitive either', () => {
  it('a past clause keeps its range in the year before publication', () => {
    const d = shortestAt('2021-05-20', ['The plan was drawn up in November and went out to public consultation from Feb. 1 to March 12.'], 'consultation').date;
    expect([d.start, d.end, d.yearUncertain]).toEqual(['2021-02-01', '2021-03-12', undefined]);
  });
  it('an infinitive still points ahead', () => {
    const d = shortestAt('2021-05-20', ['The union voted to strike on March 3.'], 'strike').date;
    expect(d.start).toBe('2022-03-03');
  });
});

describe('"the 3 percent it forecast in May": a pronoun after a figure with a same-form past is past', () => {
  it('in a sentence that looks ahead, the forecast is still the one already made', () => {
    const d = shortestAt('2021-11-20', ['The bank now expects growth of 2 percent next year, down from the 3 percent it forecast in May.'], 'forecast').date;
    expect([d.start, d.yearUncertain]).toEqual(['2021-05', undefined]);
  });
  it('"will forecast" stays ahead', () => {
    const d = shortestAt('2021-11-20', ['The bank will forecast in May.'], 'forecast').date;
    expect(d.start).toBe('2022-05');
  });
});
