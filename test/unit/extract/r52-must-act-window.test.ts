import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 52 (b52): a window to act told as what someone must do in it. Every sentence here was written for this test.

describe('"which the panel must do within 45 days of the ruling": a window to act, as "must be lodged within" already was', () => {
  it('an active "must <verb>" before "within N days of the <noun>" runs from the story\'s day for the count', () => {
    // 2011-05-12 is a Thursday; the Tuesday before is the 10th.
    const texts = ['The town council voted on Tuesday to sell the old baths.', 'The mayor stays in charge until the auditor reports on the sale, which he must do within 30 days of the vote.'];
    const ev = shortestAt('2011-05-12', texts, 'must do within 30 days');
    expect([ev.date.start, ev.date.end]).toEqual(['2011-05-10', '2011-06-09']);
    expect(ev.date.rule).toBe('window/from-story-day');
  });

  it('a plain verb and weeks, and "must do so"', () => {
    const reply = shortestAt('2011-05-12', ['The board must reply within six weeks of the complaint.'], 'six weeks');
    expect([reply.date.start, reply.date.end]).toEqual(['2011-05-12', '2011-06-23']);
    const so = shortestAt('2011-05-12', ['Anyone who wants a refund must do so within 14 days of the cancellation.'], '14 days');
    expect([so.date.start, so.date.end]).toEqual(['2011-05-12', '2011-05-26']);
  });

  it('not a past "must have" guess, nor "within" without "of the <noun>"', () => {
    const guess = events('2011-05-12', 'The thieves must have struck within two days of the sale.').filter((e) => e.date.rule?.startsWith('window/'));
    expect(guess).toEqual([]);
    const bare = events('2011-05-12', 'The board must reply within six weeks.').filter((e) => e.date.rule?.startsWith('window/'));
    expect(bare).toEqual([]);
  });
});
