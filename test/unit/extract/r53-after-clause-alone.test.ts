import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53 (a53): a clause "after" opens, cut off from its main clause by a relative clause between them ("…, which
// was due in June, after the pier gave way on Monday night"), is the happening it tells, on its date, not a time
// after it. Every sentence here was written for this test.

describe('an "after" clause standing alone after a comma is its happening, on the date', () => {
  it('the happening is on the day', () => {
    const texts = ['The club has scrapped this year\'s boat show, which was to open on June 20 by the harbour, after a stretch of the old pier slid into the sea in a storm on Monday night.'];
    const ev = shortestAt('2016-06-03', texts, 'old pier slid');
    expect(ev.date.start).toBe('2016-05-30');
    expect(ev.date.mod).toBeUndefined();
  });

  it('an "after" clause that opens the sentence still bounds the main clause', () => {
    const texts = ['After the pier slid into the sea on Monday, the club scrapped the show.'];
    const ev = shortestAt('2016-06-03', texts, 'club scrapped');
    expect(ev.date.mod).toBe('after');
  });
});
