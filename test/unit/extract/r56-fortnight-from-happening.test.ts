import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56): "a fortnight before / after <happening>" counts fourteen days from the happening's date, as "two
// weeks before" already did. Every sentence here was written for this test.

describe('a fortnight counted from a named happening', () => {
  it('before it: fourteen days back', () => {
    const texts = ['The Maddercombe regatta began on Wednesday with thirty boats.', 'The harbourmaster only declared the slipway safe a fortnight before the regatta.'];
    const ev = shortestAt('1996-08-19', texts, 'declared the slipway safe');
    expect(ev.date.start).toBe('1996-07-31');
  });

  it('after it: fourteen days on', () => {
    const texts = ['A gale tore the roof off the Quennowby chapel on 3 March.', 'The first tiles went back on a fortnight after the gale.'];
    const ev = shortestAt('2021-04-20', texts, 'first tiles went back');
    expect(ev.date.start).toBe('2021-03-17');
  });
});
