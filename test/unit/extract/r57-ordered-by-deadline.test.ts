import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 57 (a57): "told the firm to refund its tenants by the end of this year": the ordering is past, but the infinitive
// after a verb that looks ahead holds what is still to be done, so the deadline is ahead, not a past "done by". Every
// sentence here was written for this test.

describe('a deadline in an infinitive after a past verb that looks ahead', () => {
  it('is the deadline day ahead, not done by then', () => {
    const texts = ['The tribunal ordered Brindle Haulage to refund its drivers by the end of this year.'];
    const ev = shortestAt('2014-05-06', texts, 'refund its drivers');
    expect(ev.date.start).toBe('2014-12-31');
    expect(ev.date.mod).toBeUndefined();
  });

  it('a past perfect of the doing itself is still done by then', () => {
    const texts = ['The refunds to Brindle Haulage drivers had been paid by the end of this year.'];
    const ev = shortestAt('2014-12-30', texts, 'had been paid');
    expect(ev.date.mod).toBe('before');
  });
});
