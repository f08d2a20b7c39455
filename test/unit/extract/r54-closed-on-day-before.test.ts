import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 54 (b54): a closure with no time of its own ("Its café and gift shop will be shut as well."), told in the
// sentence right after one that names a day still to come, is on that day. Every sentence here was written for this test.

describe('a closure told right after a day still to come takes that day', () => {
  it('the next sentence of the paragraph is on the day', () => {
    const texts = ['The town museum will close for a staff training day on Monday, March 9. Its café and gift shop will be shut as well.'];
    const ev = shortestAt('2020-03-02', texts, 'gift shop will be shut');
    expect(ev.date.start).toBe('2020-03-09');
    expect(ev.date.mod).toBeUndefined();
  });

  it('not two sentences on, nor after a day gone by, nor a maybe, nor another plan', () => {
    const far = ['The town museum will close for a staff training day on Monday, March 9. Visitors are asked to plan ahead. Its café and gift shop will be shut as well.'];
    expect(events('2020-03-02', ...far).some((e) => quoteOf(e, far).includes('gift shop'))).toBe(false);
    const gone = ['The town museum closed for a staff training day on Monday, March 2. Its café and gift shop will be shut as well.'];
    expect(events('2020-03-06', ...gone).some((e) => quoteOf(e, gone).includes('gift shop'))).toBe(false);
    const maybe = ['The town museum will close for a staff training day on Monday, March 9. Its café and gift shop may be shut as well.'];
    expect(events('2020-03-02', ...maybe).some((e) => quoteOf(e, maybe).includes('gift shop'))).toBe(false);
    const other = ['The town museum will close for a staff training day on Monday, March 9. Its café will sell cakes from the bakery.'];
    expect(events('2020-03-02', ...other).some((e) => quoteOf(e, other).includes('sell cakes'))).toBe(false);
  });
});
