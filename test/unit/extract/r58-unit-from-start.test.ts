import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 58 (worst58): one unit named with "the" or "during", a word or two before it, then its start ("the charging
// year beginning 1 May", "during carnival week, from 7 November") is that unit from the day, not the day alone
// (PERIOD_FROM, periodFrom in date-stretches.ts). Every sentence here was written for this test.

const at = (pub: string, text: string, words: string) => events(pub, text).find((e) => quoteOf(e, [text]).includes(words));

describe('a named unit from its start', () => {
  it('reads a year beginning on a day as that day to the day before a year on', () => {
    const text = 'Members will pay £12 more in the charging year beginning 1 May.';
    const ev = at('2001-02-09', text, 'Members will pay');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2001-05-01', '2002-04-30']);
  });

  it('reads a named week set off by a comma and "from" as seven days', () => {
    const text = 'During carnival week, from 7 November, the Quarrow ballroom will open until midnight.';
    const ev = at('2022-10-12', text, 'ballroom');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2022-11-07', '2022-11-13']);
  });

  it('leaves "a week from" a day as one day, a week on', () => {
    // 11 September 2019 was a Wednesday.
    const text = 'The Quarrow ferry timetable will change a week from Tuesday.';
    const ev = at('2019-09-11', text, 'ferry timetable');
    expect([ev?.date.start, ev?.date.end]).toEqual(['2019-09-24', undefined]);
  });
});
