import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 56 (a56b): "The inquest opened on Monday last week and lasted four days": the date is told in two pieces, and
// the opening is still a happening of its own on that day, before the stretch the second predicate gives the whole.
// Every sentence here was written for this test.

describe('a first predicate whose date is told in two pieces', () => {
  const texts = ['The tribunal sat on Thursday last week and heard evidence for three days.', 'The inquest opened on Monday last week and lasted four days.'];

  it('keeps the first happening on its day', () => {
    const all = events('2017-06-14', ...texts);
    const opened = all.find((e) => quoteOf(e, texts) === 'The inquest opened on Monday last week');
    expect(opened?.date.start).toBe('2017-06-05');
    expect(opened?.date.end).toBeUndefined();
  });

  it('still gives the whole its stretch', () => {
    const all = events('2017-06-14', ...texts);
    const whole = all.find((e) => quoteOf(e, texts).includes('lasted four days'));
    expect([whole?.date.start, whole?.date.end]).toEqual(['2017-06-05', '2017-06-08']);
  });
});
