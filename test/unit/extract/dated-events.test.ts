import { describe, expect, it } from 'vitest';
import { datedEvents } from '../../../shared/extract/dated-events';
import { parseYmd } from '../../../shared/time-value';
import { unitsOf } from './clause-work';

// dated-events.ts: the events of one unit, one per dated clause and those its words name beside it.
// Every sentence here was written for this test (none from an eval set or a probe).

const PUBLISHED = '2021-04-20';

/** The events datedEvents makes of a one-paragraph text: the words each quotes, its title, date and reading order. */
function made(text: string) {
  let n = 0;
  return unitsOf(text, PUBLISHED).flatMap((u) => datedEvents(u, parseYmd(PUBLISHED), () => n++).map((d) => ({ quote: text.slice(d.start, d.end), title: d.title, start: d.date.start, order: d.order })));
}

describe('datedEvents', () => {
  it('one event per dated clause, in reading order', () => {
    expect(made('The museum opened in 1998 and doubled in size in 2004.').map((d) => d.start)).toEqual(['1998', '2004']);
  });
  it('a day made possessive names a happening of its own, on that day', () => {
    const events = made("Officials began a recount of ballots from Sunday's vote on Tuesday.");
    expect(events.map((d) => [d.quote, d.title, d.start])).toEqual([
      ["from Sunday's vote", 'Vote', '2021-04-18'],
      ["Officials began a recount of ballots from Sunday's vote on Tuesday.", 'Officials began a recount of ballots from the vote', '2021-04-20'],
    ]);
  });
  it('a bare date phrase after "and" repeats the clause before it, on its own date', () => {
    const events = made('The court will hold sessions on Thursday, December 21, and on Saturday, January 6.');
    expect(events.map((d) => [d.title, d.start])).toEqual([
      ['Court will hold sessions', '2023-12-21'],
      ['Court will hold sessions', '2024-01-06'],
    ]);
  });
  it('a year naming the subject is the event it names, beside the clause\'s own', () => {
    const events = made('1991 Nobel laureate Ana Ruiz spent the winter in Lima.');
    expect(events[0]).toMatchObject({ quote: '1991 Nobel laureate', start: '1991' });
  });
});
