import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 57 (a57): "counted 88 otters on Sunday, up from 61 last spring": the earlier figure a count is set against was
// taken at its own time, an event of its own beside the clause's. Every sentence here was written for this test.

describe('an earlier figure set against a count', () => {
  const texts = ['Wardens on the Tillmouth marshes counted 88 otters on Sunday, up from 61 last spring.'];

  it('the earlier figure is dated at its own time', () => {
    const all = events('2017-03-09', ...texts);
    const earlier = all.find((e) => quoteOf(e, texts) === 'up from 61 last spring');
    expect(earlier?.date.start).toBe('2016-03');
    expect(earlier?.date.end).toBe('2016-05');
  });

  it('the count keeps its own day', () => {
    const all = events('2017-03-09', ...texts);
    const count = all.find((e) => quoteOf(e, texts).includes('counted 88 otters'));
    expect(count?.date.start).toBe('2017-03-05');
  });

  it('"down from" with a unit, counted back in years', () => {
    const plain = ['Membership of the Tillmouth rowing club fell to 140 in January, down from 190 members three years ago.'];
    const all = events('2017-03-09', ...plain);
    const earlier = all.find((e) => quoteOf(e, plain).startsWith('down from 190'));
    expect(earlier?.date.start).toBe('2014');
  });
});
