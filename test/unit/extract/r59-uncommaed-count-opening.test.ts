import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (rel59): "Six days after the fire crews returned …": a count opening its sentence with no comma after its
// phrase; the phrase ends where a one-word subject and its past verb begin. Every sentence here was written for this test.

describe('a count opening its sentence without a comma', () => {
  const texts = ['Fire swept through the Amberlode bakery on 14 April 2019.', 'Six days after the fire inspectors examined the ovens.'];

  it('is counted from the happening its phrase names', () => {
    const e = events('2020-01-10', ...texts).find((x) => quoteOf(x, texts).includes('inspectors examined'));
    expect(e?.date.start).toBe('2019-04-20');
  });

  it('a phrase holding a verb of its own is not cut', () => {
    const own = ['Fire swept through the Amberlode bakery on 14 April 2019.', 'Six days after the fire spread inspectors came.'];
    const e = events('2020-01-10', ...own).find((x) => quoteOf(x, own).includes('inspectors came'));
    expect(e?.date.start).not.toBe('2019-04-20');
  });
});
