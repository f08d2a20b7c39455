import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 53, second wave (a53b): a first conjunct closing on the day's end ("by dusk", "before dark") with no day of its
// own, before ", and" and a second conjunct with its own subject on a whole day, is of an earlier day than that one:
// the day the story is telling of, not the second's. Every sentence here was written for this test.

describe('a conjunct ending "by dusk" does not borrow the next conjunct\'s day', () => {
  const texts = [
    'The rowing boats set off at 7 a.m. on Saturday from the slipway below the mill.',
    'Thirty of the crews had beached their boats on the far shore by dusk, and the stragglers paddled across on Sunday.',
  ];

  it('the first conjunct is the day in focus', () => {
    const ev = shortestAt('2013-06-10', texts, 'by dusk');
    expect(ev.date.start).toBe('2013-06-08');
    expect(ev.date.mod).toBeUndefined();
  });

  it('the second conjunct keeps its own day', () => {
    expect(shortestAt('2013-06-10', texts, 'paddled across').date.start).toBe('2013-06-09');
  });

  it('"before dark" in the simple past reads the same', () => {
    const t = ['The ferry left the harbour at noon on Friday.', 'Most passengers were ashore before dark, and the crew unloaded the cargo on Saturday.'];
    expect(shortestAt('2019-03-12', t, 'before dark').date.start).toBe('2019-03-08');
    expect(shortestAt('2019-03-12', t, 'unloaded').date.start).toBe('2019-03-09');
  });
});
