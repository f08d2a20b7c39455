import { describe, expect, it } from 'vitest';
import { hoursFrom, laterInSequence, sinceThen } from '../../../shared/extract/narrative-sequence';
import { placingAt, pushed } from './placing';

// Sentences that go on from the happening told last (narrative-sequence.ts). Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('since then', () => {
  it('"Since then": from the happening told last up to publication', () => {
    const w = placingAt('The museum reopened on 2 March 2015. Since then, it has doubled its staff.', 1, { dated: { 0: '2015-03-02' } });
    expect(sinceThen(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2015-03-02', end: '2021-06-01', rule: 'narrative-focus/since-then' })]);
  });
  it('"has since", the same span', () => {
    const w = placingAt('The firm was sold in 2012. It has since moved its plant to Lyon.', 1, { dated: { 0: '2012' } });
    expect(sinceThen(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2012', end: '2021-06-01' })]);
  });
  it('"since then" closing a present perfect, the same span', () => {
    const w = placingAt('The two pilots first flew together in 2009. They have trained side by side since then.', 1, { dated: { 0: '2009' } });
    expect(sinceThen(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2009', end: '2021-06-01' })]);
    // Told in the simple past, "since then" is no present-perfect stretch here.
    expect(sinceThen(placingAt('The two pilots first flew together in 2009. They trained side by side since then.', 1, { dated: { 0: '2009' } }))).toBe(false);
  });
  it('nothing with no happening told before', () => {
    expect(sinceThen(placingAt('Since then, it has doubled its staff.', 0))).toBe(false);
  });
});

describe('hours from the happening told last', () => {
  it('keep its day', () => {
    const w = placingAt('The final was played on 4 May 2021. Fans were still singing an hour after the final whistle.', 1, { dated: { 0: '2021-05-04' } });
    expect(hoursFrom(w)).toBe(true);
    expect(pushed(w)).toEqual([expect.objectContaining({ start: '2021-05-04', rule: 'sequence/hours-from' })]);
  });
});

describe('later in the sequence', () => {
  it('"Hours later" keeps the day; "Later" is after it; a future "later" is nothing', () => {
    const text = 'The ferry sank on 9 April 2021. Hours later, divers found the wreck. Later the crew was rescued. Later the crew will be honoured.';
    const dated = { 0: '2021-04-09' };
    const hours = placingAt(text, 1, { dated });
    laterInSequence(hours);
    expect(pushed(hours)).toEqual([expect.objectContaining({ start: '2021-04-09', rule: 'sequence/hours-later' })]);
    const later = placingAt(text, 2, { dated });
    laterInSequence(later);
    expect(pushed(later)).toEqual([expect.objectContaining({ start: '2021-04-09', mod: 'after', rule: 'sequence/after-previous-dated' })]);
    const future = placingAt(text, 3, { dated });
    laterInSequence(future);
    expect(future.out).toEqual([]);
  });
});
